// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/progressscoring.h"

#include "scoring/rollup.h"
#include "scoring/tr.h"

#include <algorithm>
#include <cmath>

namespace scorecard::scoring {

using detail::formatScore;
using detail::kBandTolerance;
using detail::tr;

namespace {

QString percent(double fraction)
{
    return formatScore(100 * fraction) + QLatin1Char('%');
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

double keyResultProgress(const KeyResult &keyResult)
{
    const double start = keyResult.startValue;
    const double target = keyResult.targetValue;
    const double current = keyResult.currentValue;
    if (target == start)
        return current >= target ? 1.0 : 0.0;
    const double progress = (current - start) / (target - start);
    if (std::isnan(progress))
        return 0.0;
    return std::clamp(progress, 0.0, 1.0);
}

Score okrScore(const Okr &okr, const Bands &bands)
{
    if (okr.keyResults.empty()) {
        Score score;
        score.method = Method::WeightedMean;
        score.bands = bands;
        score.explanation = tr("No data: the OKR has no key results.");
        return score;
    }
    std::vector<Contributor> inputs;
    inputs.reserve(okr.keyResults.size());
    for (const KeyResult &kr : okr.keyResults)
        inputs.push_back({InputKind::KeyResult, kr.id.value, 100 * keyResultProgress(kr), kr.weight,
                          Exclusion::None});
    return weightedMean(std::move(inputs), bands);
}

std::optional<double> expectedProgress(QDate start, QDate end, QDate asOf)
{
    if (!start.isValid() || !end.isValid() || !asOf.isValid() || end < start)
        return std::nullopt;
    if (asOf <= start)
        return 0.0;
    if (asOf >= end)
        return 1.0;
    return double(start.daysTo(asOf)) / double(start.daysTo(end));
}

InitiativeScore initiativeScore(const Initiative &initiative, QDate asOf, const Bands &bands)
{
    InitiativeScore score;
    score.method = Method::Progress;
    score.bands = bands;

    QString text;
    if (std::isfinite(initiative.progress)) {
        const double progress = std::clamp(initiative.progress, 0.0, 1.0);
        score.value = 100 * progress;
        score.status = statusFor(*score.value, bands);
        text = tr("Progress %1 scores %2.").arg(percent(progress), formatScore(*score.value));
    } else {
        text = tr("No data: the progress is not a number.");
    }

    const QDate start = initiative.start;
    const QDate end = initiative.end;
    score.expectedProgress = expectedProgress(start, end, asOf);

    QString health;
    if (initiative.status == InitiativeStatus::Done) {
        score.health = Health::Done;
        health = tr("Health: done.");
    } else if (initiative.status == InitiativeStatus::Cancelled) {
        score.health = Health::Cancelled;
        health = tr("Health: cancelled; left out of every roll-up.");
    } else if (!score.expectedProgress) {
        score.health = Health::Unknown;
        health = !start.isValid() || !end.isValid()
                     ? tr("Health unknown: the start or end date is missing.")
                     : tr("Health unknown: the end date %1 is before the start date %2.")
                           .arg(isoDate(end), isoDate(start));
    } else if (asOf < start) {
        score.health = Health::NotStarted;
        health = tr("Health: not started; it starts on %1.").arg(isoDate(start));
    } else if (asOf > end) {
        score.health = Health::Overdue;
        health = tr("Health: overdue; it was due on %1 and is not done.").arg(isoDate(end));
    } else if (*score.expectedProgress == 0) {
        score.health = Health::OnTrack;
        health = tr("Health: on track; it starts today.");
    } else if (!score.value) {
        score.health = Health::Unknown;
        health = tr("Health unknown without a progress value.");
    } else {
        const double expected = *score.expectedProgress;
        const double ratio = (*score.value / 100) / expected;
        score.healthRatio = ratio;
        if (ratio >= 0.95 - kBandTolerance) {
            score.health = Health::OnTrack;
            health = tr("on track");
        } else if (ratio >= 0.85 - kBandTolerance) {
            score.health = Health::Behind;
            health = tr("behind");
        } else {
            score.health = Health::AtRisk;
            health = tr("at risk");
        }
        health = tr("Health: %1 of the planned %2 by %3 (linear from %4 to %5) is done: %6.")
                     .arg(percent(ratio), percent(expected), isoDate(asOf), isoDate(start),
                          isoDate(end), health);
    }
    score.explanation = text + QLatin1Char(' ') + health;
    return score;
}

} // namespace scorecard::scoring
