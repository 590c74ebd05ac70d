// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/rollup.h"

#include "scoring/tr.h"

namespace scorecard::scoring {

using detail::formatScore;
using detail::tr;

Score weightedMean(std::vector<Contributor> inputs, const Bands &bands)
{
    double weightSum = 0;
    double weightedSum = 0;
    int counted = 0;
    int missing = 0;
    int zeroWeight = 0;
    int zeroWeightScored = 0;
    int cancelled = 0;

    for (Contributor &c : inputs) {
        if (c.excluded == Exclusion::Cancelled) {
            ++cancelled;
            continue;
        }
        if (!(c.weight > 0)) { // also catches NaN
            c.excluded = Exclusion::ZeroWeight;
            ++zeroWeight;
            if (c.score)
                ++zeroWeightScored;
            continue;
        }
        if (c.excluded == Exclusion::Cycle) {
            ++missing;
            continue;
        }
        if (!c.score) {
            c.excluded = Exclusion::NoData;
            ++missing;
            continue;
        }
        c.excluded = Exclusion::None;
        weightSum += c.weight;
        weightedSum += c.weight * *c.score;
        ++counted;
    }

    Score score;
    score.method = Method::WeightedMean;
    score.bands = bands;
    score.missing = missing;
    const int total = int(inputs.size());
    if (counted > 0) {
        score.value = weightedSum / weightSum;
        score.status = statusFor(*score.value, bands);
        score.partial = missing > 0;
        score.explanation = tr("Weighted mean of %1 of %2 inputs: %3.")
                                .arg(counted)
                                .arg(total)
                                .arg(formatScore(*score.value));
    } else if (total == 0) {
        score.explanation = tr("Nothing to roll up: there are no inputs.");
    } else if (zeroWeightScored > 0) {
        score.explanation = tr("No data: every input with a score has zero weight.");
    } else {
        score.explanation = tr("No data: none of the %1 inputs has a score.").arg(total);
    }
    if (missing > 0)
        score.explanation += QLatin1Char(' ') + tr("Without data: %1.").arg(missing);
    if (zeroWeight > 0)
        score.explanation += QLatin1Char(' ') + tr("Zero weight, not counted: %1.").arg(zeroWeight);
    if (cancelled > 0)
        score.explanation += QLatin1Char(' ') + tr("Cancelled, not counted: %1.").arg(cancelled);
    score.inputs = std::move(inputs);
    return score;
}

} // namespace scorecard::scoring
