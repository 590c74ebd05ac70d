// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"
#include "util/result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace scorecard {

/** One hypothetical change: a KPI value, or an initiative's progress. */
struct Hypothesis
{
    enum class Kind { KpiValue, InitiativeProgress };
    Kind kind = Kind::KpiValue;
    QString id;       ///< the KPI's or the initiative's id
    double value = 0; ///< the KPI's value, or the progress (0..1)
};

/** The score of one entity before and after the hypotheses. */
struct ProjectedScore
{
    EntityKind kind = EntityKind::Objective; ///< Kpi, Initiative, Objective, Perspective, Scorecard
    QString id;                              ///< empty for the company (kind Scorecard)
    QString name;
    std::optional<double> before;
    std::optional<double> after;
    scoring::Status statusBefore = scoring::Status::NoData;
    scoring::Status statusAfter = scoring::Status::NoData;
    /** Kpi and Initiative: the value assumed (KPI value, or progress 0..1). */
    std::optional<double> assumed;
};

/** A projection: the modified copy, every score before and after, and what the change touches. */
struct WhatIf
{
    Scorecard projected;
    scoring::Results before;
    scoring::Results after;
    /**
     * The changed KPIs and initiatives, then every objective they reach
     * (their objectives and those objectives' parents, up the cascade), the
     * perspectives of those objectives, and the company; each once, in that
     * order.
     */
    std::vector<ProjectedScore> changes;
};

/**
 * Projects the scores at @p asOf if @p hypotheses held, without touching
 * @p scorecard: a copy is modified and scored. A KPI value becomes the
 * measurement of the period (of the KPI's frequency) that contains @p asOf,
 * replacing the one there, so it is the latest value the engine sees. An
 * initiative's progress is replaced. Later hypotheses on the same id win.
 * Fails with a one-line message on an unknown id, a value that is not a
 * finite number, or a progress outside 0..1.
 */
Result<WhatIf> projectWhatIf(const Scorecard &scorecard, QDate asOf,
                             const std::vector<Hypothesis> &hypotheses);

} // namespace scorecard
