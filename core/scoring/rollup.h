// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

#include <optional>
#include <vector>

namespace scorecard::scoring {

/**
 * Accumulates a weighted mean under the roll-up rules (see weightedMean()),
 * input by input, without keeping the inputs. weightedMean() is built on it;
 * the engine also uses it where only the number is needed.
 */
class MeanAccumulator
{
public:
    /** Adds one input and returns the exclusion it ends up with (None: counted). */
    Exclusion add(std::optional<double> score, double weight, Exclusion excluded = Exclusion::None);

    /** The mean of the counted inputs; null if none was counted. */
    std::optional<double> value() const;

    int counted() const { return m_counted; }
    int missing() const { return m_missing; }
    int zeroWeight() const { return m_zeroWeight; }
    int zeroWeightScored() const { return m_zeroWeightScored; }
    int cancelled() const { return m_cancelled; }

private:
    double m_weightSum = 0;
    double m_weightedSum = 0;
    int m_counted = 0;
    int m_missing = 0;
    int m_zeroWeight = 0;
    int m_zeroWeightScored = 0;
    int m_cancelled = 0;
};

/**
 * The weighted mean of @p inputs, as used by every roll-up (objectives,
 * perspectives, pillars, departments, the company) and by OKRs over their
 * key results. Weights are relative. Each input ends up with its exclusion:
 *
 * - inputs pre-marked Cancelled stay out and are not missing;
 * - a weight of 0 (or negative, or not a number): ZeroWeight, not missing;
 * - inputs pre-marked Cycle, or without a score: left out and missing;
 * - everything else is counted.
 *
 * With at least one counted input the score is the mean and the status comes
 * from @p bands; partial is set when inputs are missing. With none the score
 * is null and the status NoData (never 0). Method is WeightedMean.
 */
Score weightedMean(std::vector<Contributor> inputs, const Bands &bands);

} // namespace scorecard::scoring
