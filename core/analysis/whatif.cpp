// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/whatif.h"

#include "scoring/engine.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::WhatIf", text);
}

template <typename List> auto findById(List &list, const QString &id) -> decltype(&list.front())
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const auto &item) { return item.id.value == id; });
    return it == list.end() ? nullptr : &*it;
}

void setMeasurement(Kpi &kpi, QDate asOf, double value)
{
    const Period period = Period::containing(asOf, kpi.frequency);
    auto &ms = kpi.measurements;
    const auto it =
        std::lower_bound(ms.begin(), ms.end(), period,
                         [](const Measurement &m, const Period &p) { return m.period < p; });
    if (it != ms.end() && it->period == period)
        it->value = value;
    else
        ms.insert(it, Measurement{period, value, tr("what-if")});
}

/** Collects the entities a change reaches, each once, in order of kind. */
class Reach
{
public:
    explicit Reach(const Scorecard &sc) : m_sc(sc) {}

    void objective(const ObjectiveId &id)
    {
        // Up the cascade; a parent cycle stops where an objective repeats.
        QString next = id.value;
        while (!next.isEmpty() && !m_objectiveSet.contains(next)) {
            const Objective *o = findById(m_sc.objectives, next);
            if (!o)
                break;
            m_objectiveSet.insert(next);
            m_objectives.push_back(o);
            next = o->parent.value;
        }
    }

    std::vector<const Objective *> objectives() const { return m_objectives; }

    std::vector<const Perspective *> perspectives() const
    {
        std::vector<const Perspective *> out;
        for (const Perspective &p : m_sc.perspectives) {
            const bool reached =
                std::any_of(m_objectives.begin(), m_objectives.end(),
                            [&](const Objective *o) { return o->perspective == p.id; });
            if (reached)
                out.push_back(&p);
        }
        return out;
    }

private:
    const Scorecard &m_sc;
    QSet<QString> m_objectiveSet;
    std::vector<const Objective *> m_objectives;
};

template <typename Hash>
ProjectedScore projected(EntityKind kind, const QString &id, const QString &name,
                         const Hash &before, const Hash &after)
{
    ProjectedScore p;
    p.kind = kind;
    p.id = id;
    p.name = name;
    if (const auto it = before.constFind(id); it != before.cend()) {
        p.before = it->value;
        p.statusBefore = it->status;
    }
    if (const auto it = after.constFind(id); it != after.cend()) {
        p.after = it->value;
        p.statusAfter = it->status;
    }
    return p;
}

} // namespace

Result<WhatIf> projectWhatIf(const Scorecard &scorecard, QDate asOf,
                             const std::vector<Hypothesis> &hypotheses)
{
    WhatIf w;
    w.projected = scorecard;
    for (const Hypothesis &h : hypotheses) {
        if (!std::isfinite(h.value))
            return fail(tr("the value for \"%1\" is not a finite number").arg(h.id));
        if (h.kind == Hypothesis::Kind::KpiValue) {
            Kpi *kpi = findById(w.projected.kpis, h.id);
            if (!kpi)
                return fail(tr("there is no KPI \"%1\"").arg(h.id));
            setMeasurement(*kpi, asOf, h.value);
        } else {
            Initiative *initiative = findById(w.projected.initiatives, h.id);
            if (!initiative)
                return fail(tr("there is no initiative \"%1\"").arg(h.id));
            if (h.value < 0 || h.value > 1)
                return fail(tr("the progress of \"%1\" must be between 0 and 1, got %2")
                                .arg(h.id, QString::number(h.value)));
            initiative->progress = h.value;
        }
    }

    w.before = scoring::Engine(scorecard).compute(asOf);
    w.after = scoring::Engine(w.projected).compute(asOf);

    Reach reach(w.projected);
    QSet<QString> kpisListed, initiativesListed;
    for (const Hypothesis &h : hypotheses) {
        if (h.kind == Hypothesis::Kind::KpiValue) {
            const Kpi *kpi = findById(w.projected.kpis, h.id);
            if (!kpisListed.contains(h.id)) {
                kpisListed.insert(h.id);
                w.changes.push_back(
                    projected(EntityKind::Kpi, h.id, kpi->name, w.before.kpis, w.after.kpis));
            }
            reach.objective(kpi->objective);
        } else {
            const Initiative *initiative = findById(w.projected.initiatives, h.id);
            if (!initiativesListed.contains(h.id)) {
                initiativesListed.insert(h.id);
                w.changes.push_back(projected(EntityKind::Initiative, h.id, initiative->name,
                                              w.before.initiatives, w.after.initiatives));
            }
            for (const Contribution &c : initiative->contributions)
                reach.objective(c.objective);
        }
    }
    // The assumed value of each changed KPI or initiative: the last hypothesis on it.
    for (ProjectedScore &p : w.changes) {
        for (const Hypothesis &h : hypotheses) {
            const bool same = h.id == p.id &&
                              (h.kind == Hypothesis::Kind::KpiValue) == (p.kind == EntityKind::Kpi);
            if (same)
                p.assumed = h.value;
        }
    }
    for (const Objective *o : reach.objectives())
        w.changes.push_back(projected(EntityKind::Objective, o->id.value, o->name,
                                      w.before.objectives, w.after.objectives));
    for (const Perspective *p : reach.perspectives())
        w.changes.push_back(projected(EntityKind::Perspective, p->id.value, p->name,
                                      w.before.perspectives, w.after.perspectives));
    ProjectedScore company;
    company.kind = EntityKind::Scorecard;
    company.name = scorecard.info.name;
    company.before = w.before.company.value;
    company.after = w.after.company.value;
    company.statusBefore = w.before.company.status;
    company.statusAfter = w.after.company.status;
    w.changes.push_back(company);
    return w;
}

} // namespace scorecard
