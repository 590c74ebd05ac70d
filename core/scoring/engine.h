// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"

#include <QDate>

#include <memory>

namespace scorecard::scoring {

namespace detail {
struct EngineIndex;
}

/**
 * Scores a whole scorecard at an as-of date: KPIs, OKRs and initiatives,
 * then objectives (cascading through Objective::parent, children first),
 * then perspectives, pillars, departments and the company.
 *
 * The engine keeps a reference to the snapshot and an index of it (id maps,
 * parent -> children lists, the objective evaluation order), built once in
 * the constructor. Values may change between calls (measurements, targets,
 * weights, progress ...); anything that adds, removes or reorders entities
 * or re-links them (a KPI's objective, an objective's parent, perspective,
 * pillar or department, an initiative's contributions) needs a new Engine.
 *
 * Roll-up rules (see weightedMean()):
 * - objective: its KPIs (KPI weight), OKRs (OKR weight), contributing
 *   initiatives (contribution weight; cancelled ones are shown but left out)
 *   and the objectives naming it as parent (their weight), in that order;
 * - perspective, pillar, department: their objectives (objective weight);
 *   a department does not include its sub-departments;
 * - company: the perspectives, weight 1 each.
 * Scores of unknown or null references (a KPI without objective, an
 * objective without perspective) are computed but roll up nowhere.
 *
 * A loop in parent links is broken where the depth-first evaluation (in
 * snapshot order) meets an objective already on its stack: that child is
 * shown with Exclusion::Cycle and counts as missing.
 *
 * Trends: a KPI's is its score minus its score at the end of the period
 * before the one containing as-of (KPI frequency); every roll-up's is its
 * score minus its score as of previousMonthEnd(). OKRs and initiatives keep
 * no history, so they have no trend and enter both sides with their current
 * scores.
 */
class Engine
{
public:
    /** Indexes @p scorecard, which must outlive the engine and keep its layout. */
    explicit Engine(const Scorecard &scorecard);

    /** Every score at @p asOf. O(number of entities); measurements are binary-searched. */
    Results compute(QDate asOf) const;

    /**
     * Brings @p results (from compute() on this engine) up to date after the
     * measurements or settings of one KPI changed in the snapshot: re-scores
     * that KPI, its objective and the objective's parent chain, their
     * perspectives, pillars and departments, and the company. The result
     * equals a full compute(). Unknown ids are ignored.
     */
    void updateKpi(Results &results, const KpiId &kpi) const;

    /** The last day of the month before @p asOf: the reference date of roll-up trends. */
    static QDate previousMonthEnd(QDate asOf);

private:
    const Scorecard *m_scorecard;
    std::shared_ptr<const detail::EngineIndex> m_index;
};

} // namespace scorecard::scoring
