// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

namespace scorecard {

/** What `scorecard-cli generate` builds. */
struct GeneratorOptions
{
    int objectives = 16;
    int kpisPerObjective = 2;
    int months = 24;
    quint32 seed = 1;
    /** The last month with data; defaults to the month before today's. */
    QDate lastMonth;
};

/**
 * A deterministic synthetic scorecard for benchmarks and tests: the same
 * options always give the same scorecard. Four perspectives, pillars and a
 * department tree scaled to the size, objectives with realistic names and
 * upward cause-and-effect links, monthly KPIs whose values follow a trend
 * with noise towards their targets, a few OKRs and initiatives.
 */
Scorecard generateScorecard(const GeneratorOptions &options);

} // namespace scorecard
