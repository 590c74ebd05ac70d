// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace scorecard {

/**
 * An objective's score history on a monthly grid: one value per month in
 * which at least one of its measures has a measurement, nothing carried
 * forward. Months are Period::ordinal() values of monthly periods.
 */
struct ScoreHistory
{
    std::vector<int> months; ///< ascending
    std::vector<double> values;

    size_t size() const { return months.size(); }
};

/** How well the data support a cause-and-effect link. */
enum class Evidence { Strong, Weak, None, NotEnoughData };

/** "strong", "weak", "none", "not_enough_data". */
QString toString(Evidence evidence);

/** The thresholds of the evidence labels (see linkEvidence()). */
namespace evidence {
inline constexpr int kMaxLag = 6;      ///< months the effect may trail its cause
inline constexpr int kMinPeriods = 8;  ///< overlapping months before any claim
inline constexpr double kStrong = 0.6; ///< rho at or above: strong
inline constexpr double kWeak = 0.3;   ///< rho at or above: weak; below: none
} // namespace evidence

/** The correlation of cause and effect at one lag. */
struct LagCorrelation
{
    int lag = 0;
    int periods = 0;           ///< months where both series have a value
    std::optional<double> rho; ///< null below kMinPeriods or without variation in a series
};

/** The evidence for one link. */
struct LinkEvidence
{
    ObjectiveId from;
    ObjectiveId to;
    /** Spearman's rho at the best lag; null when no lag has enough data. */
    std::optional<double> correlation;
    std::optional<int> bestLag;
    /** Months used at the best lag; without one, the most months any lag had. */
    int periods = 0;
    Evidence evidence = Evidence::NotEnoughData;
    std::vector<LagCorrelation> lags; ///< lags 0..kMaxLag
};

/**
 * Average ranks (1-based) of @p values: tied values share the mean of the
 * ranks they span ({10, 20, 20, 30} -> {1, 2.5, 2.5, 4}).
 */
std::vector<double> averageRanks(const std::vector<double> &values);

/**
 * Spearman's rank correlation of two equally long series: Pearson's
 * correlation of their average ranks. Null when shorter than 2 or when a
 * series has no variation (all values equal).
 */
std::optional<double> spearman(const std::vector<double> &x, const std::vector<double> &y);

/**
 * The score histories of @p objectives (all when empty) up to @p asOf.
 *
 * An objective's measures are its KPIs and those of the objectives cascading
 * into it (recursively): the KPIs whose values reach its score. A
 * measurement falls in the month its period starts in (when the engine
 * starts to use it), and only periods starting at or before @p asOf count.
 * For each month in which any requested objective has one, the engine scores
 * the snapshot once at the month's end (or @p asOf, if earlier); each
 * objective with a measurement that month and a score keeps the value.
 */
QHash<QString, ScoreHistory> scoreHistories(const Scorecard &sc, QDate asOf,
                                            const QList<QString> &objectives = {});

/**
 * The evidence for "@p cause drives @p effect": for each lag L in
 * 0..kMaxLag, the months t where the cause has a value at t and the effect
 * at t + L are paired and Spearman's rho computed, provided there are at
 * least kMinPeriods pairs and both sides vary. The best lag is the one with
 * the highest rho (the smallest lag on a tie). Evidence: rho >= kStrong
 * strong, >= kWeak weak, otherwise none (a negative correlation contradicts
 * the link: none); without any lag to compute, not_enough_data.
 */
LinkEvidence evidenceBetween(const ScoreHistory &cause, const ScoreHistory &effect);

/** The evidence for every link of @p scorecard, in snapshot order, from data up to @p asOf. */
std::vector<LinkEvidence> linkEvidence(const Scorecard &scorecard, QDate asOf);

} // namespace scorecard
