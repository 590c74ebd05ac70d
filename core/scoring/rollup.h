// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

#include <vector>

namespace scorecard::scoring {

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
