// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/initiative.h"
#include "model/okr.h"
#include "scoring/score.h"

#include <QDate>

#include <optional>

namespace scorecard::scoring {

/**
 * A key result's progress: (current - start) / (target - start), clamped to
 * [0, 1]; a target below the start works for lower-is-better results. When
 * target equals start there is no distance to cover: progress is 1 if
 * current >= target, else 0.
 */
double keyResultProgress(const KeyResult &keyResult);

/**
 * An OKR's score: the weighted mean (key result weights) of its key results'
 * scores (100 * progress), banded with @p bands. No key results: NoData.
 * Inputs list the key results (kind KeyResult).
 */
Score okrScore(const Okr &okr, const Bands &bands);

/**
 * The share of the work (0..1) planned to be done at @p asOf, linear from
 * @p start (0) to @p end (1), clamped; null if a date is missing or
 * @p end is before @p start.
 */
std::optional<double> expectedProgress(QDate start, QDate end, QDate asOf);

/**
 * An initiative's score (100 * progress, progress clamped to [0, 1]; status
 * from @p bands) and its health at @p asOf. Health, first match wins:
 * status done: Done; cancelled: Cancelled; a date missing or end before
 * start: Unknown; before start: NotStarted; after end: Overdue; expected
 * progress 0 (as-of is the start date): OnTrack; otherwise actual/expected
 * progress >= 0.95: OnTrack, >= 0.85: Behind, else AtRisk (1e-9 tolerance,
 * as for bands). Planned and on-hold initiatives are judged like active ones.
 */
InitiativeScore initiativeScore(const Initiative &initiative, QDate asOf, const Bands &bands);

} // namespace scorecard::scoring
