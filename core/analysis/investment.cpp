// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/investment.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace scorecard {
namespace {

double weightOf(double w)
{
    return std::isfinite(w) && w > 0 ? w : 0.0;
}

QHash<QString, int> objectiveIndex(const Scorecard &sc)
{
    QHash<QString, int> index;
    for (int i = 0; i < int(sc.objectives.size()); ++i) {
        if (!index.contains(sc.objectives[size_t(i)].id.value)) // the first of duplicates wins
            index.insert(sc.objectives[size_t(i)].id.value, i);
    }
    return index;
}

int find(const QHash<QString, int> &index, const QString &id)
{
    return id.isEmpty() ? -1 : index.value(id, -1);
}

bool isLive(InitiativeStatus s)
{
    return s == InitiativeStatus::Planned || s == InitiativeStatus::Active ||
           s == InitiativeStatus::OnHold;
}

/** The weight shares of @p initiative's contributions to known objectives (0 for the others). */
std::vector<double> weightShares(const Initiative &initiative, const QHash<QString, int> &index)
{
    std::vector<double> shares;
    shares.reserve(initiative.contributions.size());
    double sum = 0;
    for (const Contribution &c : initiative.contributions) {
        const double w = find(index, c.objective.value) >= 0 ? weightOf(c.weight) : 0.0;
        shares.push_back(w);
        sum += w;
    }
    for (double &s : shares)
        s = sum > 0 ? s / sum : 0.0;
    return shares;
}

} // namespace

std::vector<double> companyShares(const Scorecard &sc)
{
    const size_t n = sc.objectives.size();
    const QHash<QString, int> index = objectiveIndex(sc);

    QHash<QString, double> perspectiveWeight;
    for (const Perspective &p : sc.perspectives)
        perspectiveWeight.insert(p.id.value, 0.0);
    for (const Objective &o : sc.objectives) {
        auto it = perspectiveWeight.find(o.perspective.value);
        if (it != perspectiveWeight.end())
            *it += weightOf(o.weight);
    }
    const auto scoring = std::count_if(perspectiveWeight.cbegin(), perspectiveWeight.cend(),
                                       [](double w) { return w > 0; });

    // The sum of every input weight per objective, as the engine rolls them up.
    std::vector<double> inputWeight(n, 0.0);
    auto input = [&](const ObjectiveId &id, double w) {
        const int o = find(index, id.value);
        if (o >= 0)
            inputWeight[size_t(o)] += weightOf(w);
    };
    for (const Kpi &k : sc.kpis)
        input(k.objective, k.weight);
    for (const Okr &o : sc.okrs)
        input(o.objective, o.weight);
    for (const Initiative &i : sc.initiatives) {
        if (i.status == InitiativeStatus::Cancelled)
            continue;
        for (const Contribution &c : i.contributions)
            input(c.objective, c.weight);
    }
    for (const Objective &o : sc.objectives)
        input(o.parent, o.weight);

    std::vector<double> direct(n, 0.0);
    for (size_t o = 0; o < n; ++o) {
        const Objective &objective = sc.objectives[o];
        const double w = perspectiveWeight.value(objective.perspective.value, 0.0);
        if (w > 0 && scoring > 0)
            direct[o] = weightOf(objective.weight) / w / double(scoring);
    }

    // share(o) needs share(parent): walk up each chain until a known share,
    // then fill it in top-down. A parent already on the walk closes a cycle:
    // that link carries nothing.
    enum : char { Unknown, Walking, Known };
    std::vector<char> state(n, Unknown);
    std::vector<double> share(n, 0.0);
    std::vector<int> chain;
    for (size_t start = 0; start < n; ++start) {
        chain.clear();
        int o = int(start);
        while (o >= 0 && state[size_t(o)] == Unknown) {
            state[size_t(o)] = Walking;
            chain.push_back(o);
            o = find(index, sc.objectives[size_t(o)].parent.value);
        }
        // o is now -1, a Known objective, or a Walking one (a cycle).
        // Backwards from the top of the chain (an index loop: clang 14 cannot
        // use libstdc++ 12's std::views::reverse).
        for (size_t k = chain.size(); k-- > 0;) {
            const size_t c = size_t(chain[k]);
            const int parent = find(index, sc.objectives[c].parent.value);
            double value = direct[c];
            if (parent >= 0 && state[size_t(parent)] == Known && inputWeight[size_t(parent)] > 0)
                value += weightOf(sc.objectives[c].weight) / inputWeight[size_t(parent)] *
                         share[size_t(parent)];
            share[c] = value;
            state[c] = Known;
        }
    }
    return share;
}

InvestmentAnalysis analyseInvestments(const Scorecard &sc, const scoring::Results &results)
{
    InvestmentAnalysis out;
    const QHash<QString, int> index = objectiveIndex(sc);
    const std::vector<double> shares = companyShares(sc);
    const size_t n = sc.objectives.size();

    auto scoreOf = [&](size_t o) -> const scoring::Score * {
        const auto it = results.objectives.constFind(sc.objectives[o].id.value);
        return it == results.objectives.cend() ? nullptr : &*it;
    };

    std::vector<char> worked(n, 0);
    std::vector<double> greenBudget(n, 0.0), greenSpent(n, 0.0);
    std::vector<char> greenFunded(n, 0);

    out.initiatives.reserve(sc.initiatives.size());
    for (const Initiative &initiative : sc.initiatives) {
        InitiativeInvestment inv;
        inv.id = initiative.id;
        inv.name = initiative.name;
        inv.budget = initiative.budget;
        inv.spent = initiative.spent;
        inv.progress = initiative.progress;
        inv.status = initiative.status;
        const auto scored = results.initiatives.constFind(initiative.id.value);
        if (scored != results.initiatives.cend())
            inv.health = scored->health;

        const std::vector<double> weightShare = weightShares(initiative, index);
        for (size_t c = 0; c < initiative.contributions.size(); ++c) {
            const Contribution &contribution = initiative.contributions[c];
            const int o = find(index, contribution.objective.value);
            if (o < 0)
                continue;
            ContributionTerm term;
            term.objective = contribution.objective;
            term.weightShare = weightShare[c];
            term.companyShare = shares[size_t(o)];
            const scoring::Score *score = scoreOf(size_t(o));
            if (score && score->value) {
                term.gap = 1.0 - std::clamp(*score->value, 0.0, 100.0) / 100.0;
                term.value = term.weightShare * term.companyShare * *term.gap;
            } else {
                inv.partial = true;
            }
            inv.contribution += term.value;
            inv.terms.push_back(term);

            if (isLive(initiative.status) && weightOf(contribution.weight) > 0)
                worked[size_t(o)] = 1;
            if (score && score->status == scoring::Status::Green && term.weightShare > 0) {
                greenBudget[size_t(o)] += weightOf(initiative.budget) * term.weightShare;
                greenSpent[size_t(o)] += weightOf(initiative.spent) * term.weightShare;
                greenFunded[size_t(o)] = 1;
            }
        }
        if (initiative.budget > 0)
            inv.contributionPerBudget = inv.contribution / initiative.budget;
        out.initiatives.push_back(std::move(inv));
    }

    std::vector<size_t> ranked;
    for (size_t i = 0; i < out.initiatives.size(); ++i) {
        const InitiativeInvestment &inv = out.initiatives[i];
        if (inv.contributionPerBudget && inv.status != InitiativeStatus::Cancelled)
            ranked.push_back(i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) {
        const InitiativeInvestment &x = out.initiatives[a], &y = out.initiatives[b];
        if (*x.contributionPerBudget != *y.contributionPerBudget)
            return *x.contributionPerBudget > *y.contributionPerBudget;
        return x.contribution > y.contribution;
    });
    for (size_t r = 0; r < ranked.size(); ++r)
        out.initiatives[ranked[r]].rank = int(r + 1);

    for (size_t o = 0; o < n; ++o) {
        const Objective &objective = sc.objectives[o];
        const scoring::Score *score = scoreOf(o);
        const bool redOrAmber = score && (score->status == scoring::Status::Red ||
                                          score->status == scoring::Status::Amber);
        if (redOrAmber && !worked[o])
            out.gaps.push_back({objective.id, objective.name});
        if (greenFunded[o]) {
            out.green.push_back({objective.id, objective.name, greenBudget[o], greenSpent[o]});
            out.budgetOnGreen += greenBudget[o];
            out.spentOnGreen += greenSpent[o];
        }
    }
    return out;
}

} // namespace scorecard
