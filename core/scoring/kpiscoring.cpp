// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/kpiscoring.h"

#include "scoring/tr.h"

#include <algorithm>
#include <cmath>

namespace scorecard::scoring {

using detail::formatScore;
using detail::formatValue;
using detail::tr;

namespace {

double clampScore(double score)
{
    return std::clamp(score, 0.0, 100.0);
}

/** Why @p kpi cannot be scored whatever its value, or an empty string if it can. */
QString whyUnscorable(const Kpi &kpi)
{
    switch (methodOf(kpi)) {
    case Method::Linear:
        if (!kpi.target)
            return tr("no target is set");
        if (*kpi.target == kpi.baseline.value_or(0))
            return tr("the target equals the baseline (%1)").arg(formatValue(*kpi.target));
        return {};
    case Method::Range:
        if (!kpi.rangeLow || !kpi.rangeHigh)
            return tr("the range needs both a low and a high bound");
        if (*kpi.rangeLow > *kpi.rangeHigh)
            return tr("the range's low bound %1 is above its high bound %2")
                .arg(formatValue(*kpi.rangeLow), formatValue(*kpi.rangeHigh));
        return {};
    case Method::GoalRedFlag:
        if (!kpi.goal || !kpi.redFlag)
            return tr("goal/red flag scoring needs both a goal and a red flag");
        if (*kpi.goal == *kpi.redFlag)
            return tr("the goal equals the red flag (%1)").arg(formatValue(*kpi.goal));
        return {};
    case Method::YesNo:
    case Method::Progress:
    case Method::WeightedMean:
        return {};
    }
    return {};
}

/** How a scorable KPI's value turns into a score, in words. */
QString describeMethod(const Kpi &kpi)
{
    switch (methodOf(kpi)) {
    case Method::Linear: {
        QString text =
            kpi.direction == Direction::Decrease
                ? tr("linear scoring, lower is better, from baseline %1 (0) to target %2 (100)")
                : tr("linear scoring from baseline %1 (0) to target %2 (100)");
        text = text.arg(formatValue(kpi.baseline.value_or(0)), formatValue(*kpi.target));
        if (!kpi.baseline)
            text += tr("; no baseline is set, so 0 is assumed");
        return text;
    }
    case Method::Range:
        return tr("range scoring: 100 from %1 to %2, falling to 0 one range width outside")
            .arg(formatValue(*kpi.rangeLow), formatValue(*kpi.rangeHigh));
    case Method::GoalRedFlag:
        return tr("goal/red flag scoring: red flag %1 scores 33.3, goal %2 scores 66.7")
            .arg(formatValue(*kpi.redFlag), formatValue(*kpi.goal));
    case Method::YesNo:
        return tr("yes/no scoring: any non-zero value scores 100, zero scores 0");
    case Method::Progress:
    case Method::WeightedMean:
        break;
    }
    return {};
}

std::vector<Parameter> parametersOf(const Kpi &kpi)
{
    std::vector<Parameter> out;
    auto add = [&out](const QString &name, std::optional<double> value) {
        if (value)
            out.push_back({name, *value, false});
    };
    switch (methodOf(kpi)) {
    case Method::Linear:
        out.push_back({QStringLiteral("baseline"), kpi.baseline.value_or(0), !kpi.baseline});
        add(QStringLiteral("target"), kpi.target);
        break;
    case Method::Range:
        add(QStringLiteral("range_low"), kpi.rangeLow);
        add(QStringLiteral("range_high"), kpi.rangeHigh);
        break;
    case Method::GoalRedFlag:
        add(QStringLiteral("goal"), kpi.goal);
        add(QStringLiteral("red_flag"), kpi.redFlag);
        break;
    case Method::YesNo:
    case Method::Progress:
    case Method::WeightedMean:
        break;
    }
    return out;
}

} // namespace

std::optional<double> linearScore(double value, std::optional<double> baseline,
                                  std::optional<double> target)
{
    const double base = baseline.value_or(0);
    if (!target || *target == base)
        return std::nullopt;
    return clampScore(100 * (value - base) / (*target - base));
}

std::optional<double> rangeScore(double value, std::optional<double> low,
                                 std::optional<double> high)
{
    if (!low || !high || *low > *high)
        return std::nullopt;
    if (value >= *low && value <= *high)
        return 100.0;
    const double width = *high - *low;
    if (width == 0)
        return 0.0;
    const double distance = value < *low ? *low - value : value - *high;
    return clampScore(100 * (1 - distance / width));
}

std::optional<double> goalRedFlagScore(double value, std::optional<double> goal,
                                       std::optional<double> redFlag)
{
    if (!goal || !redFlag || *goal == *redFlag)
        return std::nullopt;
    const double d = *goal - *redFlag;
    return clampScore(100.0 / 3.0 * ((value - *redFlag) / d + 1));
}

double yesNoScore(double value)
{
    return value != 0 ? 100.0 : 0.0;
}

Method methodOf(const Kpi &kpi)
{
    switch (kpi.scoring) {
    case ScoringMethod::Linear:
        return kpi.direction == Direction::Range ? Method::Range : Method::Linear;
    case ScoringMethod::GoalRedFlag:
        return Method::GoalRedFlag;
    case ScoringMethod::YesNo:
        return Method::YesNo;
    }
    return Method::Linear;
}

std::optional<double> scoreValue(const Kpi &kpi, double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    switch (methodOf(kpi)) {
    case Method::Linear:
        return linearScore(value, kpi.baseline, kpi.target);
    case Method::Range:
        return rangeScore(value, kpi.rangeLow, kpi.rangeHigh);
    case Method::GoalRedFlag:
        return goalRedFlagScore(value, kpi.goal, kpi.redFlag);
    case Method::YesNo:
        return yesNoScore(value);
    case Method::Progress:
    case Method::WeightedMean:
        break;
    }
    return std::nullopt;
}

const Measurement *latestMeasurement(const Kpi &kpi, QDate asOf)
{
    const auto &ms = kpi.measurements;
    const auto after =
        std::upper_bound(ms.begin(), ms.end(), asOf, [](const QDate &date, const Measurement &m) {
            return date < m.period.startDate();
        });
    return after == ms.begin() ? nullptr : &*std::prev(after);
}

bool isStale(const Period &latest, QDate asOf, Frequency frequency)
{
    // Compared by dates, so a value recorded at another frequency is judged fairly too.
    const Period previous = Period::containing(asOf, frequency).previous();
    return latest.endDate() < previous.startDate();
}

std::optional<double> kpiValueAt(const Kpi &kpi, QDate asOf)
{
    const Measurement *m = latestMeasurement(kpi, asOf);
    return m ? scoreValue(kpi, m->value) : std::nullopt;
}

Score kpiScore(const Kpi &kpi, QDate asOf, const Bands &scorecardBands)
{
    Score score;
    score.method = methodOf(kpi);
    score.bands = kpi.bands.value_or(scorecardBands);
    score.parameters = parametersOf(kpi);

    const Measurement *m = latestMeasurement(kpi, asOf);
    if (!m) {
        score.status = Status::NoData;
        score.explanation = tr("No measurement at or before %1.").arg(asOf.toString(Qt::ISODate));
        return score;
    }
    score.period = m->period;
    score.measuredValue = m->value;
    score.value = scoreValue(kpi, m->value);
    const bool stale = isStale(m->period, asOf, kpi.frequency);

    if (score.value) {
        score.status = stale ? Status::Stale : statusFor(*score.value, score.bands);
        score.explanation = tr("The value %1 for %2 scores %3 by %4.")
                                .arg(formatValue(m->value), m->period.toString(),
                                     formatScore(*score.value), describeMethod(kpi));
    } else {
        score.status = Status::NoData;
        QString why = whyUnscorable(kpi);
        if (why.isEmpty())
            why = tr("the value is not a finite number");
        score.explanation = tr("The value %1 for %2 cannot be scored: %3.")
                                .arg(formatValue(m->value), m->period.toString(), why);
    }
    if (stale) {
        const Period previous = Period::containing(asOf, kpi.frequency).previous();
        score.explanation +=
            QLatin1Char(' ') +
            tr("Stale: there is no value for %1 or later.").arg(previous.toString());
    }
    return score;
}

} // namespace scorecard::scoring
