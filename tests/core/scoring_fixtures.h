// SPDX-License-Identifier: GPL-3.0-or-later
// Small builders for scoring tests: scorecards are assembled in code so that
// every expected number can be worked out by hand next to the assertion.
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"

#include <catch2/catch.hpp>

#include <QString>

namespace scorecard::scoringtest {

/** A period in canonical text form; fails the test on a typo. */
inline Period period(QStringView text, Frequency frequency = Frequency::Monthly)
{
    auto p = Period::parse(text, frequency);
    if (!p.ok())
        FAIL(p.error().toStdString());
    return *p;
}

inline QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

/** A linear, increasing, monthly KPI from baseline 0 to target 100. */
inline Kpi kpi(const QString &id, const QString &objective = {}, double weight = 1)
{
    Kpi k;
    k.id = KpiId(id);
    k.name = id;
    k.objective = ObjectiveId(objective);
    k.baseline = 0;
    k.target = 100;
    k.weight = weight;
    return k;
}

/** Appends a value for @p periodText (in the KPI's frequency); call in period order. */
inline Kpi &addValue(Kpi &k, QStringView periodText, double value)
{
    k.measurements.push_back({period(periodText, k.frequency), value, {}});
    return k;
}

inline Perspective perspective(const QString &id, int position = 0)
{
    Perspective p;
    p.id = PerspectiveId(id);
    p.name = id;
    p.position = position;
    return p;
}

inline Pillar pillar(const QString &id)
{
    Pillar p;
    p.id = PillarId(id);
    p.name = id;
    return p;
}

inline Department department(const QString &id)
{
    Department d;
    d.id = DepartmentId(id);
    d.name = id;
    return d;
}

inline Objective objective(const QString &id, const QString &perspectiveId, double weight = 1,
                           const QString &parent = {})
{
    Objective o;
    o.id = ObjectiveId(id);
    o.name = id;
    o.perspective = PerspectiveId(perspectiveId);
    o.weight = weight;
    o.parent = ObjectiveId(parent);
    return o;
}

inline KeyResult keyResult(const QString &id, double start, double target, double current,
                           double weight = 1)
{
    KeyResult kr;
    kr.id = KeyResultId(id);
    kr.title = id;
    kr.startValue = start;
    kr.targetValue = target;
    kr.currentValue = current;
    kr.weight = weight;
    return kr;
}

inline Okr okr(const QString &id, const QString &objective, std::vector<KeyResult> keyResults,
               double weight = 1)
{
    Okr o;
    o.id = OkrId(id);
    o.title = id;
    o.objective = ObjectiveId(objective);
    o.keyResults = std::move(keyResults);
    o.weight = weight;
    return o;
}

inline Initiative initiative(const QString &id, double progress, QDate start, QDate end,
                             InitiativeStatus status = InitiativeStatus::Active)
{
    Initiative i;
    i.id = InitiativeId(id);
    i.name = id;
    i.progress = progress;
    i.start = start;
    i.end = end;
    i.status = status;
    return i;
}

/** The input of @p score for (@p kind, @p id); fails the test if there is none. */
inline const scoring::Contributor &inputOf(const scoring::Score &score, scoring::InputKind kind,
                                           const QString &id)
{
    for (const scoring::Contributor &c : score.inputs) {
        if (c.kind == kind && c.id == id)
            return c;
    }
    FAIL("no input " << scoring::toString(kind).toStdString() << " " << id.toStdString());
    return score.inputs.front(); // not reached: FAIL throws
}

} // namespace scorecard::scoringtest

// Readable failure messages for the engine's enums.
namespace Catch {
template <> struct StringMaker<scorecard::scoring::Status>
{
    static std::string convert(scorecard::scoring::Status s)
    {
        return scorecard::scoring::toString(s).toStdString();
    }
};
template <> struct StringMaker<scorecard::scoring::Health>
{
    static std::string convert(scorecard::scoring::Health h)
    {
        return scorecard::scoring::toString(h).toStdString();
    }
};
template <> struct StringMaker<scorecard::scoring::Exclusion>
{
    static std::string convert(scorecard::scoring::Exclusion e)
    {
        const QString s = scorecard::scoring::toString(e);
        return s.isEmpty() ? std::string("counted") : s.toStdString();
    }
};
} // namespace Catch
