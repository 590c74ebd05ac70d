// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson(): structure and types through JsonFields, then references.
// Reading stops at the first problem, so its message is exact.
#include "io/jsonfields.h"
#include "io/jsonformat.h"
#include "model/datasourcesettings.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace scorecard {
namespace {

using Range = JsonFields::Range;

constexpr std::array kDirections{Direction::Increase, Direction::Decrease, Direction::Range};
constexpr std::array kScorings{ScoringMethod::Linear, ScoringMethod::GoalRedFlag,
                               ScoringMethod::YesNo};
constexpr std::array kFrequencies{Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly,
                                  Frequency::Yearly};
constexpr std::array kSourceKinds{DataSourceKind::Csv, DataSourceKind::Sql};
constexpr std::array kStatuses{InitiativeStatus::Planned, InitiativeStatus::Active,
                               InitiativeStatus::OnHold, InitiativeStatus::Done,
                               InitiativeStatus::Cancelled};

QString elementPath(const QString &listPath, qsizetype index)
{
    return listPath + u'[' + QString::number(index) + u']';
}

QString parentPath(QStringView list, qsizetype index)
{
    return elementPath(list.toString(), index) + QStringLiteral(".parent");
}

/** The ids of one entity type, each with the path of the element that declared it. */
class IdRegistry
{
public:
    /** Records the id at fields.pathOf(key); fails if it was declared before. */
    bool add(const JsonFields &fields, QStringView key, const QString &id)
    {
        const auto it = m_entries.constFind(id);
        if (it != m_entries.constEnd()) {
            return fields.fail(key, JsonFields::tr("duplicate id %1 (also used by %2)")
                                        .arg(quoteForMessage(id), it->path));
        }
        m_entries.insert(id, {fields.path(), m_entries.size()});
        return true;
    }
    bool contains(const QString &id) const { return m_entries.contains(id); }
    /** Position of @p id in its list, or -1. */
    qsizetype indexOf(const QString &id) const
    {
        const auto it = m_entries.constFind(id);
        return it == m_entries.constEnd() ? -1 : it->index;
    }

private:
    struct Entry
    {
        QString path;
        qsizetype index;
    };
    QHash<QString, Entry> m_entries;
};

/**
 * Checks an optional reference to an id of @p registry; @p unknown is a
 * message with %1 for the missing id, e.g. "unknown pillar %1".
 */
bool checkReference(const JsonFields &fields, QStringView key, const QString &id,
                    const IdRegistry &registry, const char *unknown)
{
    return id.isEmpty() || registry.contains(id) ||
           fields.fail(key, JsonFields::tr(unknown).arg(quoteForMessage(id)));
}

/**
 * Finds the first element (in list order) that lies on a cycle of parent
 * links and returns the cycle's ids, starting and ending with that element.
 * @p parents holds each element's parent index, or -1.
 */
std::optional<std::pair<qsizetype, QStringList>> findCycle(const QStringList &ids,
                                                           const std::vector<qsizetype> &parents)
{
    std::vector<bool> acyclic(ids.size(), false);
    for (qsizetype start = 0; start < ids.size(); ++start) {
        if (acyclic[start])
            continue;
        std::vector<qsizetype> chain;
        std::vector<bool> onChain(ids.size(), false);
        qsizetype at = start;
        while (at >= 0 && !acyclic[at] && !onChain[at]) {
            onChain[at] = true;
            chain.push_back(at);
            at = parents[at];
        }
        if (at == start) {
            QStringList names;
            for (qsizetype i : chain)
                names.append(ids[i]);
            names.append(ids[start]);
            return std::make_pair(start, names);
        }
        if (at < 0 || acyclic[at]) { // reached a root: everything on the way is fine
            for (qsizetype i : chain)
                acyclic[i] = true;
        }
        // Otherwise the chain runs into a cycle that does not contain start;
        // a later start on that cycle reports it.
    }
    return std::nullopt;
}

QString cycleText(const QStringList &ids)
{
    constexpr qsizetype kShown = 8;
    QStringList parts;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i == kShown && ids.size() > kShown + 1) {
            parts.append(QStringLiteral("\u2026"));
            i = ids.size() - 1;
        }
        parts.append(quoteForMessage(ids[i]));
    }
    return parts.join(QStringLiteral(" -> "));
}

class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(scorecard::JsonFormat)

public:
    Result<Scorecard> read(const QByteArray &bytes);

private:
    bool readHeader(const JsonFields &root);
    bool readSettings(const JsonFields &root);
    static bool readBands(const JsonFields &fields, Bands &bands);

    /** Calls read(fields, index) for each element of the array at @p key; all must be objects. */
    template <typename Read>
    bool forEachObject(const JsonFields &parent, QStringView key, Read &&read);

    bool readPerspective(const JsonFields &f, qsizetype index);
    bool readPillar(const JsonFields &f, qsizetype index);
    bool readDepartment(const JsonFields &f, qsizetype index);
    bool resolveDepartmentParents();
    bool readObjective(const JsonFields &f, qsizetype index);
    bool resolveObjectiveParents();
    bool readLink(const JsonFields &f, qsizetype index);
    bool readKpi(const JsonFields &f, qsizetype index);
    bool readMeasurement(const JsonFields &f, Kpi &kpi, QHash<QString, QString> &seen);
    bool readOkr(const JsonFields &f, qsizetype index);
    bool readKeyResult(const JsonFields &f, Okr &okr);
    bool readInitiative(const JsonFields &f, qsizetype index);
    bool readDataSource(const JsonFields &f, qsizetype index);

    JsonErrors m_errors;
    Scorecard m_sc;
    IdRegistry m_perspectives, m_pillars, m_departments, m_objectives, m_kpis, m_okrs, m_keyResults,
        m_initiatives, m_dataSources;
    QHash<QString, QString> m_links; // Link::key() -> path
};

template <typename Read>
bool DocumentReader::forEachObject(const JsonFields &parent, QStringView key, Read &&read)
{
    QJsonArray array;
    if (!parent.array(key, array))
        return false;
    const QString listPath = parent.pathOf(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString path = elementPath(listPath, i);
        if (!element.isObject()) {
            return m_errors.fail(path, tr("expected an object, got %1").arg(describeJson(element)));
        }
        if (!read(JsonFields(m_errors, element.toObject(), path), i))
            return false;
    }
    return true;
}

Result<Scorecard> DocumentReader::read(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("not JSON: %1 (at offset %2)")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!doc.isObject()) {
        return fail(tr("expected a JSON object at the top level, got %1")
                        .arg(doc.isArray() ? tr("an array") : tr("nothing")));
    }

    // Not translated: the result of a pure function should not depend on the locale.
    m_sc.info.name = QStringLiteral("Untitled scorecard");
    const JsonFields root(m_errors, doc.object(), QString());
    auto each = [this, &root](QStringView key,
                              bool (DocumentReader::*read)(const JsonFields &, qsizetype)) {
        return forEachObject(root, key, [this, read](const JsonFields &f, qsizetype i) {
            return (this->*read)(f, i);
        });
    };
    const bool ok =
        readHeader(root) &&
        root.allowOnly({u"format", u"version", u"name", u"description", u"settings",
                        u"perspectives", u"pillars", u"departments", u"objectives", u"links",
                        u"kpis", u"okrs", u"initiatives", u"data_sources"}) &&
        root.text(u"name", m_sc.info.name) && root.text(u"description", m_sc.info.description) &&
        readSettings(root) && each(u"perspectives", &DocumentReader::readPerspective) &&
        each(u"pillars", &DocumentReader::readPillar) &&
        each(u"departments", &DocumentReader::readDepartment) && resolveDepartmentParents() &&
        each(u"objectives", &DocumentReader::readObjective) && resolveObjectiveParents() &&
        each(u"links", &DocumentReader::readLink) && each(u"kpis", &DocumentReader::readKpi) &&
        each(u"okrs", &DocumentReader::readOkr) &&
        each(u"initiatives", &DocumentReader::readInitiative) &&
        each(u"data_sources", &DocumentReader::readDataSource);
    if (!ok)
        return fail(m_errors.message());
    return std::move(m_sc);
}

bool DocumentReader::readHeader(const JsonFields &root)
{
    QString format;
    if (!root.require(u"format") || !root.text(u"format", format))
        return false;
    if (format != QStringView(jsonformat::kFormatName)) {
        return root.fail(
            u"format", tr("expected %1, got %2")
                           .arg(quoteForMessage(jsonformat::kFormatName), quoteForMessage(format)));
    }
    double version = 0;
    if (!root.require(u"version") || !root.number(u"version", version))
        return false;
    if (version != std::trunc(version))
        return root.fail(u"version",
                         tr("expected a whole number, got %1").arg(jsonNumberText(version)));
    if (version > jsonformat::kVersion) {
        return root.fail(
            u"version",
            tr("made by a newer version (format version %1)").arg(jsonNumberText(version)));
    }
    if (version < 1) {
        return root.fail(u"version",
                         tr("unsupported format version %1").arg(jsonNumberText(version)));
    }
    return true;
}

bool DocumentReader::readBands(const JsonFields &f, Bands &bands)
{
    if (!f.allowOnly({u"green", u"amber"}) || !f.number(u"green", bands.green, Range::Percent) ||
        !f.number(u"amber", bands.amber, Range::Percent)) {
        return false;
    }
    return bands.amber <= bands.green ||
           f.fail(u"amber", tr("must not be greater than green (%1 > %2)")
                                .arg(jsonNumberText(bands.amber), jsonNumberText(bands.green)));
}

bool DocumentReader::readSettings(const JsonFields &root)
{
    std::optional<JsonFields> settings;
    if (!root.object(u"settings", settings, false))
        return false;
    if (!settings)
        return true;
    std::optional<JsonFields> bands;
    return settings->allowOnly({u"bands", u"currency"}) &&
           settings->object(u"bands", bands, false) &&
           (!bands || readBands(*bands, m_sc.info.bands)) &&
           settings->text(u"currency", m_sc.info.currency);
}

bool DocumentReader::readPerspective(const JsonFields &f, qsizetype index)
{
    Perspective p;
    p.position = int(index);
    if (!f.allowOnly({u"id", u"name", u"color"}) || !f.id(u"id", p.id.value) ||
        !m_perspectives.add(f, u"id", p.id.value) || !f.name(u"name", p.name) ||
        !f.text(u"color", p.color)) {
        return false;
    }
    m_sc.perspectives.push_back(std::move(p));
    return true;
}

bool DocumentReader::readPillar(const JsonFields &f, qsizetype index)
{
    Pillar p;
    p.seq = index + 1;
    if (!f.allowOnly({u"id", u"name", u"description", u"color"}) || !f.id(u"id", p.id.value) ||
        !m_pillars.add(f, u"id", p.id.value) || !f.name(u"name", p.name) ||
        !f.text(u"description", p.description) || !f.text(u"color", p.color)) {
        return false;
    }
    m_sc.pillars.push_back(std::move(p));
    return true;
}

bool DocumentReader::readDepartment(const JsonFields &f, qsizetype index)
{
    Department d;
    d.seq = index + 1;
    if (!f.allowOnly({u"id", u"name", u"parent"}) || !f.id(u"id", d.id.value) ||
        !m_departments.add(f, u"id", d.id.value) || !f.name(u"name", d.name) ||
        !f.reference(u"parent", d.parent.value)) {
        return false;
    }
    m_sc.departments.push_back(std::move(d));
    return true;
}

bool DocumentReader::resolveDepartmentParents()
{
    // Parents may be listed after their children, so they are checked once all are read.
    QStringList ids;
    std::vector<qsizetype> parents;
    for (qsizetype i = 0; i < qsizetype(m_sc.departments.size()); ++i) {
        const Department &d = m_sc.departments[size_t(i)];
        const QString path = parentPath(u"departments", i);
        if (!d.parent.isNull() && !m_departments.contains(d.parent.value)) {
            return m_errors.fail(path,
                                 tr("unknown department %1").arg(quoteForMessage(d.parent.value)));
        }
        if (d.parent == d.id)
            return m_errors.fail(path, tr("a department cannot be its own parent"));
        ids.append(d.id.value);
        parents.push_back(m_departments.indexOf(d.parent.value));
    }
    if (const auto cycle = findCycle(ids, parents)) {
        return m_errors.fail(parentPath(u"departments", cycle->first),
                             tr("departments form a cycle: %1").arg(cycleText(cycle->second)));
    }
    return true;
}

bool DocumentReader::readObjective(const JsonFields &f, qsizetype index)
{
    Objective o;
    o.seq = index + 1;
    std::optional<JsonFields> position;
    if (!f.allowOnly({u"id", u"name", u"perspective", u"pillar", u"department", u"parent", u"owner",
                      u"description", u"weight", u"position"}) ||
        !f.id(u"id", o.id.value) || !m_objectives.add(f, u"id", o.id.value) ||
        !f.name(u"name", o.name) || !f.id(u"perspective", o.perspective.value) ||
        !checkReference(f, u"perspective", o.perspective.value, m_perspectives,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown perspective %1")) ||
        !f.reference(u"pillar", o.pillar.value) ||
        !checkReference(f, u"pillar", o.pillar.value, m_pillars,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown pillar %1")) ||
        !f.reference(u"department", o.department.value) ||
        !checkReference(f, u"department", o.department.value, m_departments,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown department %1")) ||
        !f.reference(u"parent", o.parent.value) || !f.text(u"owner", o.owner) ||
        !f.text(u"description", o.description) ||
        !f.number(u"weight", o.weight, Range::NonNegative) ||
        !f.object(u"position", position, true)) {
        return false;
    }
    if (position) {
        double x = 0, y = 0;
        if (!position->allowOnly({u"x", u"y"}) || !position->requiredNumber(u"x", x) ||
            !position->requiredNumber(u"y", y)) {
            return false;
        }
        o.position = QPointF(x, y);
    }
    m_sc.objectives.push_back(std::move(o));
    return true;
}

bool DocumentReader::resolveObjectiveParents()
{
    QStringList ids;
    std::vector<qsizetype> parents;
    for (qsizetype i = 0; i < qsizetype(m_sc.objectives.size()); ++i) {
        const Objective &o = m_sc.objectives[size_t(i)];
        const QString path = parentPath(u"objectives", i);
        if (!o.parent.isNull() && !m_objectives.contains(o.parent.value)) {
            return m_errors.fail(path,
                                 tr("unknown objective %1").arg(quoteForMessage(o.parent.value)));
        }
        if (o.parent == o.id)
            return m_errors.fail(path, tr("an objective cannot be its own parent"));
        ids.append(o.id.value);
        parents.push_back(m_objectives.indexOf(o.parent.value));
    }
    if (const auto cycle = findCycle(ids, parents)) {
        return m_errors.fail(parentPath(u"objectives", cycle->first),
                             tr("objectives form a cycle: %1").arg(cycleText(cycle->second)));
    }
    return true;
}

bool DocumentReader::readLink(const JsonFields &f, qsizetype index)
{
    Link l;
    l.seq = index + 1;
    if (!f.allowOnly({u"from", u"to", u"note"}) || !f.id(u"from", l.from.value) ||
        !f.id(u"to", l.to.value) || !f.text(u"note", l.note)) {
        return false;
    }
    const QString from = quoteForMessage(l.from.value), to = quoteForMessage(l.to.value);
    if (!m_objectives.contains(l.from.value))
        return f.fail(u"from", tr("unknown objective %1 (to %2)").arg(from, to));
    if (!m_objectives.contains(l.to.value))
        return f.fail(u"to", tr("unknown objective %1 (from %2)").arg(to, from));
    if (l.from == l.to)
        return f.fail(u"to", tr("an objective cannot link to itself (%1)").arg(from));
    if (const auto it = m_links.constFind(l.key()); it != m_links.constEnd()) {
        return m_errors.fail(f.path(),
                             tr("duplicate link from %1 to %2 (also %3)").arg(from, to, *it));
    }
    m_links.insert(l.key(), f.path());
    m_sc.links.push_back(std::move(l));
    return true;
}

bool DocumentReader::readMeasurement(const JsonFields &f, Kpi &kpi, QHash<QString, QString> &seen)
{
    Measurement m;
    QString periodText;
    if (!f.allowOnly({u"period", u"value", u"note"}) || !f.require(u"period") ||
        !f.text(u"period", periodText)) {
        return false;
    }
    Result<Period> period = Period::parse(periodText, kpi.frequency);
    if (!period)
        return f.fail(u"period", period.error());
    m.period = *period;
    const QString canonical = m.period.toString();
    if (const auto it = seen.constFind(canonical); it != seen.constEnd())
        return f.fail(u"period", tr("duplicate period %1 (also %2)").arg(canonical, *it));
    seen.insert(canonical, f.pathOf(u"period"));
    if (!f.requiredNumber(u"value", m.value) || !f.text(u"note", m.note))
        return false;
    kpi.measurements.push_back(std::move(m));
    return true;
}

bool DocumentReader::readKpi(const JsonFields &f, qsizetype index)
{
    Kpi k;
    k.seq = index + 1;
    std::optional<JsonFields> bands;
    if (!f.allowOnly({u"id", u"name", u"objective", u"unit", u"direction", u"baseline", u"target",
                      u"range_low", u"range_high", u"scoring", u"red_flag", u"goal", u"bands",
                      u"frequency", u"weight", u"owner", u"department", u"measurements"}) ||
        !f.id(u"id", k.id.value) || !m_kpis.add(f, u"id", k.id.value) || !f.name(u"name", k.name) ||
        !f.reference(u"objective", k.objective.value) ||
        !checkReference(f, u"objective", k.objective.value, m_objectives,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown objective %1")) ||
        !f.text(u"unit", k.unit) ||
        !f.enumeration(u"direction", k.direction, directionFromString, kDirections) ||
        !f.optionalNumber(u"baseline", k.baseline) || !f.optionalNumber(u"target", k.target) ||
        !f.optionalNumber(u"range_low", k.rangeLow) ||
        !f.optionalNumber(u"range_high", k.rangeHigh) ||
        !f.enumeration(u"scoring", k.scoring, scoringFromString, kScorings) ||
        !f.optionalNumber(u"red_flag", k.redFlag) || !f.optionalNumber(u"goal", k.goal) ||
        !f.object(u"bands", bands, true)) {
        return false;
    }
    if (bands) {
        k.bands.emplace();
        if (!readBands(*bands, *k.bands))
            return false;
    }
    if (!f.enumeration(u"frequency", k.frequency, frequencyFromString, kFrequencies) ||
        !f.number(u"weight", k.weight, Range::NonNegative) || !f.text(u"owner", k.owner) ||
        !f.reference(u"department", k.department.value) ||
        !checkReference(f, u"department", k.department.value, m_departments,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown department %1"))) {
        return false;
    }
    // Periods are parsed in the KPI's frequency, read above.
    QHash<QString, QString> seen; // canonical period -> path
    if (!forEachObject(f, u"measurements", [&](const JsonFields &m, qsizetype) {
            return readMeasurement(m, k, seen);
        })) {
        return false;
    }
    std::stable_sort(
        k.measurements.begin(), k.measurements.end(),
        [](const Measurement &a, const Measurement &b) { return a.period < b.period; });
    m_sc.kpis.push_back(std::move(k));
    return true;
}

bool DocumentReader::readKeyResult(const JsonFields &f, Okr &okr)
{
    KeyResult kr;
    if (!f.allowOnly({u"id", u"title", u"start_value", u"target_value", u"current_value", u"unit",
                      u"weight"}) ||
        !f.id(u"id", kr.id.value) || !m_keyResults.add(f, u"id", kr.id.value) ||
        !f.name(u"title", kr.title) || !f.number(u"start_value", kr.startValue) ||
        !f.number(u"target_value", kr.targetValue) ||
        !f.number(u"current_value", kr.currentValue) || !f.text(u"unit", kr.unit) ||
        !f.number(u"weight", kr.weight, Range::NonNegative)) {
        return false;
    }
    okr.keyResults.push_back(std::move(kr));
    return true;
}

bool DocumentReader::readOkr(const JsonFields &f, qsizetype index)
{
    Okr o;
    o.seq = index + 1;
    if (!f.allowOnly({u"id", u"title", u"objective", u"owner", u"start", u"end", u"weight",
                      u"key_results"}) ||
        !f.id(u"id", o.id.value) || !m_okrs.add(f, u"id", o.id.value) ||
        !f.name(u"title", o.title) || !f.reference(u"objective", o.objective.value) ||
        !checkReference(f, u"objective", o.objective.value, m_objectives,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown objective %1")) ||
        !f.text(u"owner", o.owner) || !f.date(u"start", o.start) || !f.date(u"end", o.end) ||
        !f.number(u"weight", o.weight, Range::NonNegative) ||
        !forEachObject(f, u"key_results",
                       [&](const JsonFields &kr, qsizetype) { return readKeyResult(kr, o); })) {
        return false;
    }
    m_sc.okrs.push_back(std::move(o));
    return true;
}

bool DocumentReader::readInitiative(const JsonFields &f, qsizetype index)
{
    Initiative ini;
    ini.seq = index + 1;
    if (!f.allowOnly({u"id", u"name", u"owner", u"department", u"start", u"end", u"budget",
                      u"spent", u"progress", u"status", u"contributions", u"milestones"}) ||
        !f.id(u"id", ini.id.value) || !m_initiatives.add(f, u"id", ini.id.value) ||
        !f.name(u"name", ini.name) || !f.text(u"owner", ini.owner) ||
        !f.reference(u"department", ini.department.value) ||
        !checkReference(f, u"department", ini.department.value, m_departments,
                        QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown department %1")) ||
        !f.date(u"start", ini.start) || !f.date(u"end", ini.end) ||
        !f.number(u"budget", ini.budget, Range::NonNegative) ||
        !f.number(u"spent", ini.spent, Range::NonNegative) ||
        !f.number(u"progress", ini.progress, Range::Fraction) ||
        !f.enumeration(u"status", ini.status, initiativeStatusFromString, kStatuses)) {
        return false;
    }
    QHash<QString, QString> contributed; // objective id -> path
    auto readContribution = [&](const JsonFields &c, qsizetype) {
        Contribution contribution;
        if (!c.allowOnly({u"objective", u"weight"}) ||
            !c.id(u"objective", contribution.objective.value) ||
            !checkReference(c, u"objective", contribution.objective.value, m_objectives,
                            QT_TRANSLATE_NOOP("scorecard::JsonFormat", "unknown objective %1")) ||
            !c.number(u"weight", contribution.weight, Range::NonNegative)) {
            return false;
        }
        const QString &id = contribution.objective.value;
        if (const auto it = contributed.constFind(id); it != contributed.constEnd()) {
            return c.fail(
                u"objective",
                tr("objective %1 is listed twice (also %2)").arg(quoteForMessage(id), *it));
        }
        contributed.insert(id, c.pathOf(u"objective"));
        ini.contributions.push_back(std::move(contribution));
        return true;
    };
    auto readMilestone = [&](const JsonFields &m, qsizetype) {
        Milestone milestone;
        if (!m.allowOnly({u"title", u"due", u"done"}) || !m.name(u"title", milestone.title) ||
            !m.date(u"due", milestone.due) || !m.boolean(u"done", milestone.done)) {
            return false;
        }
        ini.milestones.push_back(std::move(milestone));
        return true;
    };
    if (!forEachObject(f, u"contributions", readContribution) ||
        !forEachObject(f, u"milestones", readMilestone)) {
        return false;
    }
    m_sc.initiatives.push_back(std::move(ini));
    return true;
}

bool DocumentReader::readDataSource(const JsonFields &f, qsizetype index)
{
    DataSource d;
    d.seq = index + 1;
    QJsonObject mapping;
    QJsonArray kpis;
    QString lastRefresh;
    if (!f.allowOnly({u"id", u"name", u"kind", u"location", u"mapping", u"kpis", u"last_refresh",
                      u"last_error"}) ||
        !f.id(u"id", d.id.value) || !m_dataSources.add(f, u"id", d.id.value) ||
        !f.text(u"name", d.name) || !f.require(u"kind") ||
        !f.enumeration(u"kind", d.kind, dataSourceKindFromString, kSourceKinds) ||
        !f.name(u"location", d.location) || !f.rawObject(u"mapping", mapping) ||
        !f.array(u"kpis", kpis) || !f.reference(u"last_refresh", lastRefresh) ||
        !f.text(u"last_error", d.lastError)) {
        return false;
    }
    d.mapping = QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    if (auto settings = DataSourceSettings::of(d); !settings)
        return f.fail(u"mapping", settings.error());
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        const QString path = elementPath(f.pathOf(u"kpis"), i);
        if (!kpis.at(i).isString())
            return f.errors().fail(path,
                                   tr("expected a KPI id, got %1").arg(describeJson(kpis.at(i))));
        const QString id = kpis.at(i).toString();
        if (!m_kpis.contains(id))
            return f.errors().fail(path, tr("unknown KPI %1").arg(quoteForMessage(id)));
        d.kpis << id;
    }
    if (!lastRefresh.isEmpty()) {
        d.lastRefresh = QDateTime::fromString(lastRefresh, Qt::ISODateWithMs);
        if (!d.lastRefresh.isValid())
            return f.fail(u"last_refresh",
                          tr("expected a date and time like 2026-03-15T08:30:00Z, got %1")
                              .arg(quoteForMessage(lastRefresh)));
    }
    m_sc.dataSources.push_back(std::move(d));
    return true;
}

} // namespace

Result<Scorecard> fromJson(const QByteArray &bytes)
{
    return DocumentReader().read(bytes);
}

} // namespace scorecard
