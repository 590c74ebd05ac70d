// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "model/scorecard.h"
#include "scoring/score.h"

#include <QDate>

#include <optional>
#include <vector>

namespace scorecard {

/**
 * How much of the execution layer is connected to the strategy.
 *
 * Counted items: every KPI, every OKR and every initiative that is not
 * cancelled. Connected means: a KPI or OKR names an objective that exists;
 * an initiative has at least one contribution with a weight above 0 to an
 * objective that exists. value() = 100 * connected / counted.
 */
struct AlignmentScore
{
    int kpis = 0;
    int kpisConnected = 0;
    int okrs = 0;
    int okrsConnected = 0;
    int initiatives = 0;
    int initiativesConnected = 0;

    int total() const { return kpis + okrs + initiatives; }
    int connected() const { return kpisConnected + okrsConnected + initiativesConnected; }
    /** 0-100; null when there is nothing to count. */
    std::optional<double> value() const;
};

/** Above this many objectives on one map, too_many_objectives is hinted (Kaplan & Norton: 15-25).
 */
inline constexpr int kMaxObjectivesOnMap = 25;

/** Counts the connected KPIs, OKRs and initiatives of @p scorecard. */
AlignmentScore alignmentScore(const Scorecard &scorecard);

/**
 * The alignment findings of @p scorecard as of @p results.asOf (the engine's
 * results for that snapshot: KPI data and staleness, initiative health come
 * from them). Errors first, then warnings, then hints; within a severity in
 * the order of the checks, each in snapshot order. Codes (severity):
 *
 * - kpi_unaligned, okr_unaligned, initiative_no_contribution (error);
 * - initiative_zero_weights, objective_no_measure, objective_no_links,
 *   perspective_empty, pillar_empty, link_downward, link_cycle,
 *   kpi_no_target, kpi_target_equals_baseline, kpi_range_inverted,
 *   kpi_no_data, kpi_stale, initiative_overdue, weights_zero,
 *   data_source_failed (warning);
 * - pillar_single_perspective, too_many_objectives (hint).
 *
 * Cancelled initiatives are history: they get no initiative findings.
 */
std::vector<Finding> checkAlignment(const Scorecard &scorecard, const scoring::Results &results);

/** The same, scoring @p scorecard at @p asOf first. */
std::vector<Finding> checkAlignment(const Scorecard &scorecard, QDate asOf);

} // namespace scorecard
