// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bands.h"
#include "model/period.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace scorecard::scoring {

/** The traffic light of a score. */
enum class Status { Green, Amber, Red, NoData, Stale };

/** How an initiative is doing against its schedule. */
enum class Health { NotStarted, OnTrack, Behind, AtRisk, Overdue, Done, Cancelled, Unknown };

/** How a score was obtained. */
enum class Method {
    Linear,       ///< KPI: from baseline to target (increase or decrease)
    Range,        ///< KPI: inside [range low, range high] is 100
    GoalRedFlag,  ///< KPI: red flag scores 33.3, goal 66.7
    YesNo,        ///< KPI: non-zero is 100
    Progress,     ///< initiative: 100 * progress
    WeightedMean, ///< objective, OKR and every roll-up
};

/** What kind of thing an input of a roll-up is. */
enum class InputKind { Kpi, KeyResult, Okr, Initiative, Objective, Perspective };

/** Why an input of a roll-up was left out of the mean (None: it was counted). */
enum class Exclusion {
    None,
    NoData,     ///< no score: counted as missing
    Cycle,      ///< a cascading parent loop was broken here: counted as missing
    ZeroWeight, ///< weight 0 (or negative): shown, not missing
    Cancelled,  ///< a cancelled initiative: shown, not missing
};

/** File-format style words: "green", "amber", "red", "no_data", "stale". */
QString toString(Status status);
/** "not_started", "on_track", "behind", "at_risk", "overdue", "done", "cancelled", "unknown". */
QString toString(Health health);
/** "linear", "range", "goal_redflag", "yes_no", "progress", "weighted_mean". */
QString toString(Method method);
/** "kpi", "key_result", "okr", "initiative", "objective", "perspective". */
QString toString(InputKind kind);
/** "" (counted), "no_data", "cycle", "zero_weight", "cancelled". */
QString toString(Exclusion exclusion);

/**
 * The band of @p score: >= green is Green, >= amber is Amber, anything lower
 * is Red. A score within 1e-9 below a threshold counts as reaching it.
 */
Status statusFor(double score, const Bands &bands);

/** One input of a weighted mean, as shown by "why is this red?". */
struct Contributor
{
    InputKind kind = InputKind::Objective;
    QString id;
    std::optional<double> score;
    double weight = 0;
    Exclusion excluded = Exclusion::None;

    bool counted() const { return excluded == Exclusion::None; }
    friend bool operator==(const Contributor &, const Contributor &) = default;
};

/** A named number a KPI score was computed from ("baseline", "target", "range_low" ...). */
struct Parameter
{
    QString name;
    double value = 0;
    bool assumed = false; ///< not set on the KPI: the engine's default was used
    friend bool operator==(const Parameter &, const Parameter &) = default;
};

/**
 * A score (0-100) with everything needed to explain it.
 *
 * KPIs fill period, measuredValue and parameters; roll-ups and OKRs fill
 * inputs. A null value always comes with status NoData.
 */
struct Score
{
    std::optional<double> value;
    Status status = Status::NoData;
    /** Some inputs had no data and were left out; missing says how many. */
    bool partial = false;
    int missing = 0;
    /** Change since the previous period (KPI) or month (roll-ups); null if either side is. */
    std::optional<double> trend;
    Method method = Method::WeightedMean;
    /** Human-readable (translated) text: how the value came about, or why there is none. */
    QString explanation;
    /** The bands the status was taken from. */
    Bands bands;

    std::optional<Period> period;        ///< KPI: the measurement used
    std::optional<double> measuredValue; ///< KPI: its value
    std::vector<Parameter> parameters;   ///< KPI: baseline/target, range, goal/red flag
    std::vector<Contributor> inputs;     ///< roll-ups and OKRs: every child, counted or not

    friend bool operator==(const Score &, const Score &) = default;
};

/** An initiative's score (100 * progress) and its schedule health. */
struct InitiativeScore : Score
{
    Health health = Health::Unknown;
    /** Where progress should be by now (0..1), linear from start to end; null if unknown. */
    std::optional<double> expectedProgress;
    /** Actual / expected progress, the number health is banded on; null if not applicable. */
    std::optional<double> healthRatio;

    friend bool operator==(const InitiativeScore &, const InitiativeScore &) = default;
};

/**
 * The scores as of the end of the month before the as-of date: the other
 * side of every roll-up trend. OKRs and initiatives keep no history, so their
 * current scores are used on both sides.
 */
struct PreviousScores
{
    QDate asOf;
    std::optional<double> company;
    QHash<QString, std::optional<double>> perspectives, pillars, departments, objectives, kpis;
    friend bool operator==(const PreviousScores &, const PreviousScores &) = default;
};

/** Every score of one scorecard at one date, keyed by entity id. */
struct Results
{
    QDate asOf;
    Score company;
    QHash<QString, Score> perspectives, pillars, departments, objectives, kpis, okrs;
    QHash<QString, InitiativeScore> initiatives;
    PreviousScores previous;
    friend bool operator==(const Results &, const Results &) = default;
};

} // namespace scorecard::scoring
