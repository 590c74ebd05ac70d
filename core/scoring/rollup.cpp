// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/rollup.h"

#include "scoring/tr.h"

namespace scorecard::scoring {

using detail::formatScore;
using detail::tr;

Exclusion MeanAccumulator::add(std::optional<double> score, double weight, Exclusion excluded)
{
    if (excluded == Exclusion::Cancelled) {
        ++m_cancelled;
        return Exclusion::Cancelled;
    }
    if (!(weight > 0)) { // also catches NaN
        ++m_zeroWeight;
        if (score)
            ++m_zeroWeightScored;
        return Exclusion::ZeroWeight;
    }
    if (excluded == Exclusion::Cycle) {
        ++m_missing;
        return Exclusion::Cycle;
    }
    if (!score) {
        ++m_missing;
        return Exclusion::NoData;
    }
    m_weightSum += weight;
    m_weightedSum += weight * *score;
    ++m_counted;
    return Exclusion::None;
}

std::optional<double> MeanAccumulator::value() const
{
    if (m_counted == 0)
        return std::nullopt;
    return m_weightedSum / m_weightSum;
}

Score weightedMean(std::vector<Contributor> inputs, const Bands &bands)
{
    MeanAccumulator mean;
    for (Contributor &c : inputs)
        c.excluded = mean.add(c.score, c.weight, c.excluded);

    Score score;
    score.method = Method::WeightedMean;
    score.bands = bands;
    score.value = mean.value();
    score.missing = mean.missing();
    const int total = int(inputs.size());
    if (score.value) {
        score.status = statusFor(*score.value, bands);
        score.partial = mean.missing() > 0;
        score.explanation = tr("Weighted mean of %1 of %2 inputs: %3.")
                                .arg(mean.counted())
                                .arg(total)
                                .arg(formatScore(*score.value));
    } else if (total == 0) {
        score.explanation = tr("Nothing to roll up: there are no inputs.");
    } else if (mean.zeroWeightScored() > 0) {
        score.explanation = tr("No data: every input with a score has zero weight.");
    } else {
        score.explanation = tr("No data: none of the %1 inputs has a score.").arg(total);
    }
    if (mean.missing() > 0)
        score.explanation += QLatin1Char(' ') + tr("Without data: %1.").arg(mean.missing());
    if (mean.zeroWeight() > 0)
        score.explanation +=
            QLatin1Char(' ') + tr("Zero weight, not counted: %1.").arg(mean.zeroWeight());
    if (mean.cancelled() > 0)
        score.explanation +=
            QLatin1Char(' ') + tr("Cancelled, not counted: %1.").arg(mean.cancelled());
    score.inputs = std::move(inputs);
    return score;
}

} // namespace scorecard::scoring
