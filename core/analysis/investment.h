// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"

#include <optional>
#include <vector>

namespace scorecard {

/** One term of an initiative's strategic contribution: one objective it contributes to. */
struct ContributionTerm
{
    ObjectiveId objective;
    /** The contribution's weight / the sum of the initiative's contribution weights. */
    double weightShare = 0;
    /** The objective's weight share up to the company (see companyShares()). */
    double companyShare = 0;
    /** How far the objective is from target: 1 - score / 100; null when it has no score. */
    std::optional<double> gap;
    /** weightShare * companyShare * gap; 0 when there is no gap. */
    double value = 0;
};

/** The investment view of one initiative. */
struct InitiativeInvestment
{
    InitiativeId id;
    QString name;
    double budget = 0;
    double spent = 0;
    double progress = 0; ///< fraction 0..1, as in the file
    InitiativeStatus status = InitiativeStatus::Planned;
    scoring::Health health = scoring::Health::Unknown;
    /** The sum of the terms' values: the share of the company score still to win through it. */
    double contribution = 0;
    /** Some contributed objective has no score: its term counts 0. */
    bool partial = false;
    /** contribution / budget; null without a budget above 0. */
    std::optional<double> contributionPerBudget;
    /** 1 = most contribution per unit of budget; null when not ranked (no budget, cancelled). */
    std::optional<int> rank;
    std::vector<ContributionTerm> terms; ///< in the order of the initiative's contributions
};

/** A red or amber objective that no live initiative works on. */
struct StrategicGap
{
    ObjectiveId objective;
    QString name;
};

/** Budget and spending allocated to an objective that is already green. */
struct GreenSpend
{
    ObjectiveId objective;
    QString name;
    double budget = 0; ///< sum of budget x contribution weight share
    double spent = 0;  ///< sum of spent x contribution weight share
};

/** Everything the Investments view and `report --by initiative` show. */
struct InvestmentAnalysis
{
    std::vector<InitiativeInvestment> initiatives; ///< snapshot order
    std::vector<StrategicGap> gaps;                ///< snapshot order of the objectives
    std::vector<GreenSpend> green;                 ///< green objectives with budget or spending
    double budgetOnGreen = 0;
    double spentOnGreen = 0;
};

/**
 * Every objective's weight share up to the company, by snapshot index: the
 * fraction of the company score that one point of the objective's score
 * moves when every input has a score (static weights, no renormalisation
 * for missing data). It follows both paths the engine rolls up along:
 *
 *   share(o) = w(o) / W(perspective of o) x 1 / P
 *            + w(o) / I(parent of o) x share(parent of o)
 *
 * where w is a weight (negative counts as 0), W(p) the sum of the weights of
 * the objectives in perspective p, P the number of perspectives whose W is
 * above 0 (the others never score), and I(parent) the sum of the weights of
 * all the parent's inputs (KPIs, OKRs, contributions of initiatives that are
 * not cancelled, supporting objectives). A term with a zero denominator, an
 * unknown perspective or parent, or a parent link that closes a cycle, is 0.
 */
std::vector<double> companyShares(const Scorecard &scorecard);

/**
 * Investment decisions at the as-of date of @p results (the engine's scores
 * for @p scorecard):
 *
 * - contribution(i) = sum over i's contributions c to existing objectives of
 *   weightShare(c) x companyShare(objective) x (1 - score(objective) / 100),
 *   where weightShare(c) = weight(c) / the sum of i's contribution weights
 *   (negative weights count as 0) and an objective without score counts 0
 *   (the initiative is marked partial);
 * - rank: initiatives with a budget above 0 that are not cancelled, by
 *   contribution / budget, highest first; ties by higher contribution, then
 *   snapshot order;
 * - gaps: objectives whose status is red or amber and that get no
 *   contribution with weight above 0 from a planned, active or on-hold
 *   initiative;
 * - green: for each green objective, the budget and spending of every
 *   initiative contributing to it, times that contribution's weight share.
 */
InvestmentAnalysis analyseInvestments(const Scorecard &scorecard, const scoring::Results &results);

} // namespace scorecard
