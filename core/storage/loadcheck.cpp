// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/loadcheck.h"

#include "model/limits.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::LoadCheck", text);
}

Error tooLong(const QString &what, const QString &id)
{
    return fail(tr("%1 \"%2\" has a text longer than %3 characters")
                    .arg(what, id.left(limits::kMaxIdLength))
                    .arg(limits::kMaxTextLength));
}

bool textsFit(std::initializer_list<const QString *> texts)
{
    for (const QString *t : texts) {
        if (t->size() > limits::kMaxTextLength)
            return false;
    }
    return true;
}

bool finite(std::initializer_list<double> values)
{
    for (double v : values) {
        if (!std::isfinite(v))
            return false;
    }
    return true;
}

bool finite(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

Error notFinite(const QString &what, const QString &id)
{
    return fail(tr("%1 \"%2\" has a number that is not finite (NaN or infinity)").arg(what, id));
}

/** Follows parent links from every node; a walk that comes back to a node is a cycle. */
template<typename List, typename Parent>
Result<void> checkTree(const List &list, Parent parentOf, const QString &what)
{
    QHash<QString, QString> parent;
    for (const auto &e : list)
        parent.insert(e.id.value, parentOf(e));
    for (const auto &e : list) {
        QSet<QString> seen{e.id.value};
        QStringList path{e.id.value};
        for (QString up = parent.value(e.id.value); !up.isEmpty(); up = parent.value(up)) {
            path << up;
            if (seen.contains(up))
                return fail(tr("the %1 form a cycle: %2").arg(what, path.join(QStringLiteral(" -> "))));
            seen.insert(up);
        }
    }
    return {};
}

} // namespace

Result<void> checkRowCounts(QSqlDatabase &db, int schemaVersion)
{
    struct Table
    {
        const char *name;
        int since; ///< the schema version that added it
    };
    static const Table tables[] = {{"perspective", 1}, {"pillar", 1},      {"department", 1},
                                   {"objective", 1},   {"link", 1},        {"kpi", 1},
                                   {"okr", 1},         {"key_result", 1},  {"initiative", 1},
                                   {"contribution", 1}, {"milestone", 1}, {"data_source", 2}};
    QSqlQuery q(db);
    for (const auto &[table, since] : tables) {
        if (since > schemaVersion)
            continue;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return sqlFailure(tr("cannot count the rows of %1").arg(QLatin1String(table)), q.lastError());
        const qint64 n = q.value(0).toLongLong();
        if (n > limits::kMaxEntities)
            return fail(tr("the file has %1 rows in %2; the limit is %3")
                            .arg(n)
                            .arg(QLatin1String(table))
                            .arg(limits::kMaxEntities));
    }
    return {};
}

Result<void> checkValues(QSqlDatabase &db, int schemaVersion)
{
    // The schema's CHECK constraints, asked again: SQLite does not verify them
    // in quick_check on a read-only connection, and a word the code does not
    // know must never be read as some default.
    struct Rule
    {
        const char *table;
        const char *column;
        const char *bad; ///< SQL condition true for a bad row
        int since = 1;   ///< the schema version that added the table
    };
    static const Rule rules[] = {
        {"kpi", "direction", "direction NOT IN ('increase', 'decrease', 'range')"},
        {"kpi", "scoring", "scoring NOT IN ('linear', 'goal_redflag', 'yes_no')"},
        {"kpi", "frequency", "frequency NOT IN ('weekly', 'monthly', 'quarterly', 'yearly')"},
        {"kpi", "weight", "NOT (weight >= 0)"},
        {"kpi", "band_green", "(band_green IS NULL) <> (band_amber IS NULL) OR band_green NOT BETWEEN 0 AND 100 "
                              "OR band_amber NOT BETWEEN 0 AND 100 OR band_amber > band_green"},
        {"initiative", "status", "status NOT IN ('planned', 'active', 'on_hold', 'done', 'cancelled')"},
        {"initiative", "progress", "NOT (progress BETWEEN 0 AND 1)"},
        {"initiative", "budget", "NOT (budget >= 0 AND spent >= 0)"},
        {"objective", "weight", "NOT (weight >= 0)"},
        {"okr", "weight", "NOT (weight >= 0)"},
        {"key_result", "weight", "NOT (weight >= 0)"},
        {"contribution", "weight", "NOT (weight >= 0)"},
        {"scorecard", "band_green", "band_green NOT BETWEEN 0 AND 100 OR band_amber NOT BETWEEN 0 AND 100 "
                                    "OR band_amber > band_green"},
        {"data_source", "kind", "kind NOT IN ('csv', 'sql')", 2},
        {"data_source", "location", "length(location) = 0", 2},
    };
    QSqlQuery q(db);
    for (const Rule &rule : rules) {
        if (rule.since > schemaVersion)
            continue;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1")
                                .arg(QLatin1String(rule.column), QLatin1String(rule.table), QLatin1String(rule.bad));
        if (!q.exec(sql))
            return sqlFailure(tr("cannot check the values of %1").arg(QLatin1String(rule.table)), q.lastError());
        if (q.next())
            return fail(tr("the file is damaged: table %1 holds the invalid %2 \"%3\"")
                            .arg(QLatin1String(rule.table), QLatin1String(rule.column),
                                 q.value(0).toString().left(100)));
    }
    return {};
}

Result<void> checkLoaded(const Scorecard &sc)
{
    if (!textsFit({&sc.info.name, &sc.info.description, &sc.info.currency}))
        return tooLong(tr("the scorecard"), sc.info.name.left(40));
    if (!finite({sc.info.bands.green, sc.info.bands.amber}))
        return notFinite(tr("the scorecard"), sc.info.name);

    QSet<QString> perspectives, pillars, departments, objectives;
    for (const Perspective &p : sc.perspectives) {
        if (!textsFit({&p.name, &p.color}))
            return tooLong(tr("perspective"), p.id.value);
        perspectives.insert(p.id.value);
    }
    for (const Pillar &p : sc.pillars) {
        if (!textsFit({&p.name, &p.description, &p.color}))
            return tooLong(tr("pillar"), p.id.value);
        pillars.insert(p.id.value);
    }
    for (const Department &d : sc.departments) {
        if (!textsFit({&d.name}))
            return tooLong(tr("department"), d.id.value);
        departments.insert(d.id.value);
    }
    for (const Objective &o : sc.objectives) {
        if (!textsFit({&o.name, &o.owner, &o.description}))
            return tooLong(tr("objective"), o.id.value);
        if (!finite({o.weight}) || (o.position && !finite({o.position->x(), o.position->y()})))
            return notFinite(tr("objective"), o.id.value);
        objectives.insert(o.id.value);
    }
    for (const Link &l : sc.links) {
        if (!objectives.contains(l.from.value) || !objectives.contains(l.to.value))
            return fail(tr("the link from \"%1\" to \"%2\" refers to a missing objective").arg(l.from.value, l.to.value));
        if (!textsFit({&l.note}))
            return tooLong(tr("link"), l.from.value);
    }
    for (const Objective &o : sc.objectives) {
        if (!perspectives.contains(o.perspective.value) || (!o.pillar.isNull() && !pillars.contains(o.pillar.value))
            || (!o.department.isNull() && !departments.contains(o.department.value))
            || (!o.parent.isNull() && !objectives.contains(o.parent.value)))
            return fail(tr("objective \"%1\" refers to a missing perspective, pillar, department or objective")
                            .arg(o.id.value));
    }
    for (const Kpi &k : sc.kpis) {
        if (!textsFit({&k.name, &k.unit, &k.owner}))
            return tooLong(tr("KPI"), k.id.value);
        if (!finite({k.weight}) || !finite(k.baseline) || !finite(k.target) || !finite(k.rangeLow)
            || !finite(k.rangeHigh) || !finite(k.redFlag) || !finite(k.goal)
            || (k.bands && !finite({k.bands->green, k.bands->amber})))
            return notFinite(tr("KPI"), k.id.value);
        for (const Measurement &m : k.measurements) {
            if (!std::isfinite(m.value))
                return fail(tr("KPI \"%1\": the value for %2 is not a finite number")
                                .arg(k.id.value, m.period.toString()));
            if (m.note.size() > limits::kMaxTextLength)
                return tooLong(tr("KPI"), k.id.value);
        }
        if ((!k.objective.isNull() && !objectives.contains(k.objective.value))
            || (!k.department.isNull() && !departments.contains(k.department.value)))
            return fail(tr("KPI \"%1\" refers to a missing objective or department").arg(k.id.value));
    }
    for (const Okr &o : sc.okrs) {
        if (!textsFit({&o.title, &o.owner}))
            return tooLong(tr("OKR"), o.id.value);
        if (!finite({o.weight}))
            return notFinite(tr("OKR"), o.id.value);
        for (const KeyResult &kr : o.keyResults) {
            if (!textsFit({&kr.title, &kr.unit}))
                return tooLong(tr("key result"), kr.id.value);
            if (!finite({kr.startValue, kr.targetValue, kr.currentValue, kr.weight}))
                return notFinite(tr("key result"), kr.id.value);
        }
        if (!o.objective.isNull() && !objectives.contains(o.objective.value))
            return fail(tr("OKR \"%1\" refers to a missing objective").arg(o.id.value));
    }
    for (const Initiative &in : sc.initiatives) {
        if (!textsFit({&in.name, &in.owner}))
            return tooLong(tr("initiative"), in.id.value);
        if (!finite({in.budget, in.spent, in.progress}))
            return notFinite(tr("initiative"), in.id.value);
        for (const Contribution &c : in.contributions) {
            if (!objectives.contains(c.objective.value))
                return fail(tr("initiative \"%1\" contributes to a missing objective").arg(in.id.value));
            if (!finite({c.weight}))
                return notFinite(tr("initiative"), in.id.value);
        }
        for (const Milestone &m : in.milestones) {
            if (!textsFit({&m.title}))
                return tooLong(tr("initiative"), in.id.value);
        }
    }
    for (const DataSource &d : sc.dataSources) {
        if (!textsFit({&d.name, &d.location, &d.mapping, &d.lastError}))
            return tooLong(tr("data source"), d.id.value);
    }
    if (auto r = checkTree(sc.departments, [](const Department &d) { return d.parent.value; }, tr("departments")); !r)
        return r;
    return checkTree(sc.objectives, [](const Objective &o) { return o.parent.value; }, tr("objectives' parents"));
}

} // namespace scorecard
