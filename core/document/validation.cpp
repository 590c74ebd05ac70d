// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/validation.h"

#include "document/scorecarddocument.h"
#include "model/datasourcesettings.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace scorecard::validation {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Validation", text);
}

Result<void> checkId(const QString &id, const QString &what, bool exists, Mode mode)
{
    if (id.trimmed().isEmpty())
        return fail(tr("the %1 needs an id").arg(what));
    if (id.size() > limits::kMaxIdLength)
        return fail(
            tr("the %1 id is longer than %2 characters").arg(what).arg(limits::kMaxIdLength));
    if (mode == Mode::Add && exists)
        return fail(tr("there is already a %1 with the id \"%2\"").arg(what, id));
    if (mode == Mode::Change && !exists)
        return fail(tr("there is no %1 with the id \"%2\"").arg(what, id));
    return {};
}

Result<void> checkName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return fail(tr("the %1 needs a name").arg(what));
    if (name.size() > limits::kMaxTextLength)
        return fail(
            tr("the %1's name is longer than %2 characters").arg(what).arg(limits::kMaxTextLength));
    return {};
}

Result<void> checkText(const QString &text, const QString &what)
{
    if (text.size() > limits::kMaxTextLength)
        return fail(
            tr("the %1 is longer than %2 characters").arg(what).arg(limits::kMaxTextLength));
    return {};
}

Result<void> checkWeight(double w, const QString &what)
{
    if (!std::isfinite(w) || w < 0)
        return fail(tr("the weight of %1 must be a number of at least 0").arg(what));
    return {};
}

Result<void> checkFinite(const std::optional<double> &v, const QString &what)
{
    if (v && !std::isfinite(*v))
        return fail(tr("%1 must be a finite number").arg(what));
    return {};
}

Result<void> checkBands(const Bands &b)
{
    if (!std::isfinite(b.green) || !std::isfinite(b.amber) || b.green < 0 || b.green > 100 ||
        b.amber < 0 || b.amber > 100)
        return fail(tr("status bands must lie between 0 and 100"));
    if (b.amber > b.green)
        return fail(tr("the amber band (%1) must not be above the green band (%2)")
                        .arg(b.amber)
                        .arg(b.green));
    return {};
}

Result<void> checkDates(const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && end < start)
        return fail(tr("the end date %1 is before the start date %2")
                        .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    return {};
}

Result<void> checkDepartment(const ScorecardDocument &doc, const DepartmentId &id)
{
    if (!id.isNull() && !doc.department(id))
        return fail(tr("there is no department \"%1\"").arg(id.value));
    return {};
}

Result<void> checkObjectiveRef(const ScorecardDocument &doc, const ObjectiveId &id)
{
    if (!id.isNull() && !doc.objective(id))
        return fail(tr("there is no objective \"%1\"").arg(id.value));
    return {};
}

} // namespace

#define TRY(expr)                                                                                  \
    if (auto r_ = (expr); !r_)                                                                     \
        return r_;

Result<void> check(const ScorecardDocument &, const ScorecardInfo &info)
{
    TRY(checkText(info.name, tr("scorecard name")))
    TRY(checkText(info.description, tr("description")))
    TRY(checkText(info.currency, tr("currency")))
    return checkBands(info.bands);
}

Result<void> check(const ScorecardDocument &doc, const Perspective &p, Mode mode)
{
    TRY(checkId(p.id.value, tr("perspective"), doc.perspective(p.id), mode))
    TRY(checkName(p.name, tr("perspective")))
    for (const Perspective &other : doc.scorecard().perspectives) {
        if (other.id != p.id && other.name.compare(p.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(tr("there is already a perspective named \"%1\"").arg(other.name));
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Pillar &p, Mode mode)
{
    TRY(checkId(p.id.value, tr("pillar"), doc.pillar(p.id), mode))
    TRY(checkName(p.name, tr("pillar")))
    TRY(checkText(p.description, tr("description")))
    for (const Pillar &other : doc.scorecard().pillars) {
        if (other.id != p.id && other.name.compare(p.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(tr("there is already a pillar named \"%1\"").arg(other.name));
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Department &d, Mode mode)
{
    TRY(checkId(d.id.value, tr("department"), doc.department(d.id), mode))
    TRY(checkName(d.name, tr("department")))
    TRY(checkDepartment(doc, d.parent))
    // Walk up from the new parent: reaching d itself would make a cycle.
    QSet<QString> seen;
    for (DepartmentId up = d.parent; !up.isNull();) {
        if (up == d.id)
            return fail(tr("department \"%1\" cannot be inside itself").arg(d.name));
        if (seen.contains(up.value))
            break;
        seen.insert(up.value);
        const Department *p = doc.department(up);
        up = p ? p->parent : DepartmentId();
    }
    for (const Department &other : doc.scorecard().departments) {
        if (other.id != d.id && other.parent == d.parent &&
            other.name.compare(d.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(tr("there is already a department named \"%1\" there").arg(other.name));
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Objective &o, Mode mode)
{
    TRY(checkId(o.id.value, tr("objective"), doc.objective(o.id), mode))
    TRY(checkName(o.name, tr("objective")))
    TRY(checkText(o.description, tr("description")))
    TRY(checkText(o.owner, tr("owner")))
    TRY(checkWeight(o.weight, tr("objective \"%1\"").arg(o.name)))
    if (!doc.perspective(o.perspective))
        return fail(tr("there is no perspective \"%1\"").arg(o.perspective.value));
    if (!o.pillar.isNull() && !doc.pillar(o.pillar))
        return fail(tr("there is no pillar \"%1\"").arg(o.pillar.value));
    TRY(checkDepartment(doc, o.department))
    TRY(checkObjectiveRef(doc, o.parent))
    if (o.position && (!std::isfinite(o.position->x()) || !std::isfinite(o.position->y())))
        return fail(tr("the map position must be finite"));
    QSet<QString> seen;
    for (ObjectiveId up = o.parent; !up.isNull();) {
        if (up == o.id)
            return fail(tr("objective \"%1\" cannot support itself (parent cycle)").arg(o.name));
        if (seen.contains(up.value))
            break;
        seen.insert(up.value);
        const Objective *p = doc.objective(up);
        up = p ? p->parent : ObjectiveId();
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Link &l, Mode mode)
{
    TRY(checkObjectiveRef(doc, l.from))
    TRY(checkObjectiveRef(doc, l.to))
    if (l.from.isNull() || l.to.isNull())
        return fail(tr("a link needs a cause and an effect objective"));
    if (l.from == l.to)
        return fail(tr("an objective cannot be linked to itself"));
    TRY(checkText(l.note, tr("note")))
    const bool exists = doc.link(l.from, l.to) != nullptr;
    if (mode == Mode::Add && exists)
        return fail(tr("\"%1\" is already linked to \"%2\"").arg(l.from.value, l.to.value));
    if (mode == Mode::Change && !exists)
        return fail(tr("there is no link from \"%1\" to \"%2\"").arg(l.from.value, l.to.value));
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Kpi &k, Mode mode)
{
    const Kpi *current = doc.kpi(k.id);
    TRY(checkId(k.id.value, tr("KPI"), current, mode))
    TRY(checkName(k.name, tr("KPI")))
    TRY(checkText(k.unit, tr("unit")))
    TRY(checkText(k.owner, tr("owner")))
    TRY(checkObjectiveRef(doc, k.objective))
    TRY(checkDepartment(doc, k.department))
    TRY(checkWeight(k.weight, tr("KPI \"%1\"").arg(k.name)))
    TRY(checkFinite(k.baseline, tr("the baseline")))
    TRY(checkFinite(k.target, tr("the target")))
    TRY(checkFinite(k.rangeLow, tr("the range's low end")))
    TRY(checkFinite(k.rangeHigh, tr("the range's high end")))
    TRY(checkFinite(k.redFlag, tr("the red flag")))
    TRY(checkFinite(k.goal, tr("the goal")))
    if (k.bands)
        TRY(checkBands(*k.bands))
    if (k.scoring == ScoringMethod::Linear && k.direction != Direction::Range && k.baseline &&
        k.target && *k.baseline == *k.target)
        return fail(tr("KPI \"%1\": the target equals the baseline, so progress cannot be measured")
                        .arg(k.name));
    if (k.rangeLow && k.rangeHigh && *k.rangeLow > *k.rangeHigh)
        return fail(tr("KPI \"%1\": the range's low end is above its high end").arg(k.name));
    if (k.scoring == ScoringMethod::GoalRedFlag && k.goal && k.redFlag && *k.goal == *k.redFlag)
        return fail(tr("KPI \"%1\": the goal equals the red flag").arg(k.name));
    if (mode == Mode::Change && current && current->frequency != k.frequency &&
        !current->measurements.empty())
        return fail(tr("KPI \"%1\" has measurements: its frequency cannot change").arg(k.name));
    if (mode == Mode::Add) {
        for (const Measurement &m : k.measurements) {
            if (m.period.frequency() != k.frequency || !std::isfinite(m.value))
                return fail(
                    tr("KPI \"%1\": invalid measurement for %2").arg(k.name, m.period.toString()));
        }
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Okr &o, Mode mode)
{
    TRY(checkId(o.id.value, tr("OKR"), doc.okr(o.id), mode))
    TRY(checkName(o.title, tr("OKR")))
    TRY(checkObjectiveRef(doc, o.objective))
    TRY(checkWeight(o.weight, tr("OKR \"%1\"").arg(o.title)))
    TRY(checkDates(o.start, o.end))
    QSet<QString> ids;
    for (const KeyResult &kr : o.keyResults) {
        TRY(checkName(kr.title, tr("key result")))
        if (kr.id.isNull())
            return fail(tr("key result \"%1\" needs an id").arg(kr.title));
        if (ids.contains(kr.id.value))
            return fail(tr("key result id \"%1\" is used twice").arg(kr.id.value));
        ids.insert(kr.id.value);
        TRY(checkWeight(kr.weight, tr("key result \"%1\"").arg(kr.title)))
        if (!std::isfinite(kr.startValue) || !std::isfinite(kr.targetValue) ||
            !std::isfinite(kr.currentValue))
            return fail(tr("key result \"%1\": values must be finite numbers").arg(kr.title));
    }
    for (const Okr &other : doc.scorecard().okrs) {
        if (other.id == o.id)
            continue;
        for (const KeyResult &kr : other.keyResults) {
            if (ids.contains(kr.id.value))
                return fail(tr("key result id \"%1\" is already used by OKR \"%2\"")
                                .arg(kr.id.value, other.title));
        }
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const Initiative &in, Mode mode)
{
    TRY(checkId(in.id.value, tr("initiative"), doc.initiative(in.id), mode))
    TRY(checkName(in.name, tr("initiative")))
    TRY(checkDepartment(doc, in.department))
    TRY(checkDates(in.start, in.end))
    if (!std::isfinite(in.budget) || in.budget < 0 || !std::isfinite(in.spent) || in.spent < 0)
        return fail(tr("initiative \"%1\": budget and spent must be at least 0").arg(in.name));
    if (!(in.progress >= 0 && in.progress <= 1))
        return fail(
            tr("initiative \"%1\": progress must be between 0 and 1 (0% and 100%)").arg(in.name));
    QSet<QString> seen;
    for (const Contribution &c : in.contributions) {
        TRY(checkObjectiveRef(doc, c.objective))
        if (c.objective.isNull())
            return fail(tr("initiative \"%1\": a contribution needs an objective").arg(in.name));
        if (seen.contains(c.objective.value))
            return fail(tr("initiative \"%1\" contributes to \"%2\" twice")
                            .arg(in.name, c.objective.value));
        seen.insert(c.objective.value);
        TRY(checkWeight(c.weight, tr("the contribution to \"%1\"").arg(c.objective.value)))
    }
    for (const Milestone &m : in.milestones)
        TRY(checkName(m.title, tr("milestone")))
    return {};
}

Result<void> check(const ScorecardDocument &doc, const DataSource &d, Mode mode)
{
    const DataSource *current = doc.dataSource(d.id);
    TRY(checkId(d.id.value, tr("data source"), current, mode))
    TRY(checkText(d.name, tr("data source's name")))
    TRY(checkText(d.location, tr("data source's location")))
    TRY(checkText(d.mapping, tr("data source's mapping")))
    TRY(checkText(d.lastError, tr("data source's last error")))
    if (auto s = DataSourceSettings::of(d); !s)
        return fail(tr("data source \"%1\": %2").arg(d.id.value, s.error()));
    // A KPI named in the filter must exist; one removed since it was named stays harmless.
    for (const QString &kpi : d.kpis) {
        if (!doc.kpi(KpiId(kpi)) && !(current && current->kpis.contains(kpi)))
            return fail(tr("data source \"%1\": there is no KPI \"%2\"").arg(d.id.value, kpi));
    }
    return {};
}

Result<void> check(const ScorecardDocument &doc, const MeasurementRecord &m)
{
    const Kpi *k = doc.kpi(m.kpi);
    if (!k)
        return fail(tr("there is no KPI \"%1\"").arg(m.kpi.value));
    return check(*k, m.measurement);
}

Result<void> check(const Kpi &k, const Measurement &m)
{
    if (!m.period.isValid() || m.period.frequency() != k.frequency)
        return fail(tr("KPI \"%1\" is %2: the period must be one of that frequency")
                        .arg(k.name, toString(k.frequency)));
    if (!std::isfinite(m.value))
        return fail(tr("KPI \"%1\": a value must be a finite number").arg(k.name));
    return checkText(m.note, tr("note"));
}

#undef TRY

QString makeId(const QString &name, const std::function<bool(const QString &)> &taken)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString base = name.normalized(QString::NormalizationForm_KD).toLower();
    base.replace(nonWord, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base = base.left(60);
    if (base.isEmpty())
        base = QStringLiteral("item");
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace scorecard::validation
