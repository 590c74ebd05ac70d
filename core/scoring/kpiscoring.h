// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kpi.h"
#include "scoring/score.h"

#include <QDate>

#include <optional>

namespace scorecard::scoring {

/**
 * Linear scoring: 100 * (value - baseline) / (target - baseline), clamped to
 * [0, 100]. A missing baseline counts as 0. Lower-is-better KPIs (baseline
 * above target) use the same formula. Null without a target or when target
 * equals baseline.
 */
std::optional<double> linearScore(double value, std::optional<double> baseline,
                                  std::optional<double> target);

/**
 * Range scoring: 100 inside [low, high]; outside, linear down to 0 at one
 * range width beyond the nearer bound (a zero-width range scores 0 outside).
 * Null when a bound is missing or low > high.
 */
std::optional<double> rangeScore(double value, std::optional<double> low,
                                 std::optional<double> high);

/**
 * Goal / red flag scoring: 100/3 * ((value - redFlag) / (goal - redFlag) + 1),
 * clamped to [0, 100]: the red flag scores 33.3, the goal 66.7. A goal below
 * the red flag makes lower better. Null when either is missing or they are equal.
 */
std::optional<double> goalRedFlagScore(double value, std::optional<double> goal,
                                       std::optional<double> redFlag);

/** Yes/no scoring: 100 for any non-zero value, else 0. */
double yesNoScore(double value);

/** The method @p kpi is scored with: Range for a linear KPI of direction range. */
Method methodOf(const Kpi &kpi);

/** Scores @p value with the method and parameters of @p kpi; null if it cannot be scored. */
std::optional<double> scoreValue(const Kpi &kpi, double value);

/**
 * The latest measurement of @p kpi whose period starts at or before @p asOf
 * (so the period containing @p asOf counts), by binary search over the
 * sorted measurements; null if there is none.
 */
const Measurement *latestMeasurement(const Kpi &kpi, QDate asOf);

/**
 * Whether a KPI of @p frequency whose latest value is for @p latest is stale
 * at @p asOf: the value's period ends before the period just before the one
 * containing @p asOf. At 2026-03-31 a monthly value for 2026-01 is stale, one
 * for 2026-02 is not.
 */
bool isStale(const Period &latest, QDate asOf, Frequency frequency);

/** The value of kpiScore() alone, without building the explanation (for trends). */
std::optional<double> kpiValueAt(const Kpi &kpi, QDate asOf);

/**
 * The score of @p kpi at @p asOf with its status and explanation; no trend.
 * The KPI's own bands apply, else @p scorecardBands. Status: NoData without a
 * measurement at or before @p asOf or when the KPI cannot be scored (the
 * explanation says why); Stale when isStale() (the score is still given);
 * otherwise the band of the score.
 */
Score kpiScore(const Kpi &kpi, QDate asOf, const Bands &scorecardBands);

} // namespace scorecard::scoring
