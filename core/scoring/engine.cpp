// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine.h"

#include "scoring/kpiscoring.h"
#include "scoring/progressscoring.h"
#include "scoring/rollup.h"

#include <algorithm>

namespace scorecard::scoring {

namespace {

/** One input of an objective: an index into the snapshot's vector of that kind. */
struct ChildRef
{
    InputKind kind;
    int index;
    int contribution = -1; ///< initiatives: which of its contributions
};

std::optional<double> valueOf(const Score &score)
{
    return score.value;
}

std::optional<double> valueOf(const std::optional<double> &value)
{
    return value;
}

template <typename Hash> std::optional<double> lookup(const Hash &hash, const QString &id)
{
    const auto it = hash.constFind(id);
    return it == hash.cend() ? std::nullopt : valueOf(*it);
}

std::optional<double> difference(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

template <typename T> QHash<QString, int> indexById(const std::vector<T> &items)
{
    QHash<QString, int> out;
    out.reserve(qsizetype(items.size()));
    for (int i = 0; i < int(items.size()); ++i)
        if (!out.contains(items[size_t(i)].id.value)) // the first of duplicate ids wins
            out.insert(items[size_t(i)].id.value, i);
    return out;
}

/** @p id's position in @p ids, or -1 for a null or unknown id. */
int find(const QHash<QString, int> &ids, const QString &id)
{
    return id.isEmpty() ? -1 : ids.value(id, -1);
}

} // namespace

struct Engine::Index
{
    QHash<QString, int> kpiById;
    std::vector<int> kpiObjective; ///< -1: unaligned

    std::vector<std::vector<ChildRef>> objectiveChildren;
    std::vector<int> objectiveParent; ///< -1: top level
    /** The link to the parent was cut to break a cycle: the parent does not count it. */
    std::vector<char> parentLinkBroken;
    /** Every objective, children before their parents. */
    std::vector<int> evaluationOrder;
    std::vector<int> objectivePerspective, objectivePillar, objectiveDepartment;

    std::vector<std::vector<int>> perspectiveObjectives, pillarObjectives, departmentObjectives;
};

Engine::Engine(const Scorecard &scorecard) : m_scorecard(&scorecard)
{
    auto index = std::make_shared<Index>();
    const size_t objectiveCount = scorecard.objectives.size();

    index->kpiById = indexById(scorecard.kpis);
    const QHash<QString, int> objectiveById = indexById(scorecard.objectives);
    const QHash<QString, int> perspectiveById = indexById(scorecard.perspectives);
    const QHash<QString, int> pillarById = indexById(scorecard.pillars);
    const QHash<QString, int> departmentById = indexById(scorecard.departments);

    index->objectiveChildren.resize(objectiveCount);
    index->kpiObjective.reserve(scorecard.kpis.size());
    for (int k = 0; k < int(scorecard.kpis.size()); ++k) {
        const int o = find(objectiveById, scorecard.kpis[size_t(k)].objective.value);
        index->kpiObjective.push_back(o);
        if (o >= 0)
            index->objectiveChildren[size_t(o)].push_back({InputKind::Kpi, k});
    }
    for (int i = 0; i < int(scorecard.okrs.size()); ++i) {
        const int o = find(objectiveById, scorecard.okrs[size_t(i)].objective.value);
        if (o >= 0)
            index->objectiveChildren[size_t(o)].push_back({InputKind::Okr, i});
    }
    for (int i = 0; i < int(scorecard.initiatives.size()); ++i) {
        const auto &contributions = scorecard.initiatives[size_t(i)].contributions;
        for (int c = 0; c < int(contributions.size()); ++c) {
            const int o = find(objectiveById, contributions[size_t(c)].objective.value);
            if (o >= 0)
                index->objectiveChildren[size_t(o)].push_back({InputKind::Initiative, i, c});
        }
    }

    index->objectiveParent.reserve(objectiveCount);
    index->perspectiveObjectives.resize(scorecard.perspectives.size());
    index->pillarObjectives.resize(scorecard.pillars.size());
    index->departmentObjectives.resize(scorecard.departments.size());
    auto group = [](std::vector<int> &of, std::vector<std::vector<int>> &members, int g, int o) {
        of.push_back(g);
        if (g >= 0)
            members[size_t(g)].push_back(o);
    };
    for (int o = 0; o < int(objectiveCount); ++o) {
        const Objective &objective = scorecard.objectives[size_t(o)];
        const int parent = find(objectiveById, objective.parent.value);
        index->objectiveParent.push_back(parent);
        if (parent >= 0)
            index->objectiveChildren[size_t(parent)].push_back({InputKind::Objective, o});
        group(index->objectivePerspective, index->perspectiveObjectives,
              find(perspectiveById, objective.perspective.value), o);
        group(index->objectivePillar, index->pillarObjectives,
              find(pillarById, objective.pillar.value), o);
        group(index->objectiveDepartment, index->departmentObjectives,
              find(departmentById, objective.department.value), o);
    }

    // Depth-first over parent -> child links, iteratively so that a long
    // cascade cannot overflow the stack. Post-order gives children before
    // parents; a child met while on the stack closes a cycle, and its link
    // to the parent is cut.
    enum : char { Unvisited, OnStack, Finished };
    std::vector<char> state(objectiveCount, Unvisited);
    index->parentLinkBroken.assign(objectiveCount, 0);
    index->evaluationOrder.reserve(objectiveCount);
    std::vector<std::pair<int, size_t>> stack; // objective, next child to look at
    for (int root = 0; root < int(objectiveCount); ++root) {
        if (state[size_t(root)] != Unvisited)
            continue;
        state[size_t(root)] = OnStack;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto &[o, next] = stack.back();
            const auto &children = index->objectiveChildren[size_t(o)];
            if (next < children.size()) {
                const ChildRef child = children[next++];
                if (child.kind != InputKind::Objective)
                    continue;
                if (state[size_t(child.index)] == Unvisited) {
                    state[size_t(child.index)] = OnStack;
                    stack.emplace_back(child.index, 0); // invalidates o and next
                } else if (state[size_t(child.index)] == OnStack) {
                    index->parentLinkBroken[size_t(child.index)] = 1;
                }
                continue;
            }
            state[size_t(o)] = Finished;
            index->evaluationOrder.push_back(o);
            stack.pop_back();
        }
    }
    m_index = std::move(index);
}

QDate Engine::previousMonthEnd(QDate asOf)
{
    return Period::containing(asOf, Frequency::Monthly).previous().endDate();
}

Results Engine::compute(QDate asOf) const
{
    const Scorecard &sc = *m_scorecard;
    const Bands &bands = sc.info.bands;
    Results results;
    results.asOf = asOf;
    results.previous.asOf = previousMonthEnd(asOf);

    results.kpis.reserve(qsizetype(sc.kpis.size()));
    results.previous.kpis.reserve(qsizetype(sc.kpis.size()));
    for (int k = 0; k < int(sc.kpis.size()); ++k)
        scoreKpiInto(results, k);

    results.okrs.reserve(qsizetype(sc.okrs.size()));
    for (const Okr &okr : sc.okrs)
        results.okrs.insert(okr.id.value, okrScore(okr, bands));

    results.initiatives.reserve(qsizetype(sc.initiatives.size()));
    for (const Initiative &initiative : sc.initiatives)
        results.initiatives.insert(initiative.id.value, initiativeScore(initiative, asOf, bands));

    results.objectives.reserve(qsizetype(sc.objectives.size()));
    results.previous.objectives.reserve(qsizetype(sc.objectives.size()));
    for (int o : m_index->evaluationOrder)
        scoreObjectiveInto(results, o);

    for (size_t i = 0; i < sc.perspectives.size(); ++i)
        scoreGroupInto(results, results.perspectives, results.previous.perspectives,
                       sc.perspectives[i].id.value, m_index->perspectiveObjectives[i]);
    for (size_t i = 0; i < sc.pillars.size(); ++i)
        scoreGroupInto(results, results.pillars, results.previous.pillars, sc.pillars[i].id.value,
                       m_index->pillarObjectives[i]);
    for (size_t i = 0; i < sc.departments.size(); ++i)
        scoreGroupInto(results, results.departments, results.previous.departments,
                       sc.departments[i].id.value, m_index->departmentObjectives[i]);
    scoreCompanyInto(results);
    return results;
}

void Engine::updateKpi(Results &results, const KpiId &kpi) const
{
    const int k = m_index->kpiById.value(kpi.value, -1);
    if (k < 0)
        return;
    scoreKpiInto(results, k);

    // The objective chain, bottom up, noting the groups it touches.
    std::vector<int> perspectives, pillars, departments;
    auto note = [](std::vector<int> &touched, int g) {
        if (g >= 0 && std::find(touched.begin(), touched.end(), g) == touched.end())
            touched.push_back(g);
    };
    int o = m_index->kpiObjective[size_t(k)];
    for (size_t steps = 0; o >= 0 && steps < m_index->objectiveParent.size(); ++steps) {
        scoreObjectiveInto(results, o);
        note(perspectives, m_index->objectivePerspective[size_t(o)]);
        note(pillars, m_index->objectivePillar[size_t(o)]);
        note(departments, m_index->objectiveDepartment[size_t(o)]);
        if (m_index->parentLinkBroken[size_t(o)])
            break; // the parent does not count this objective
        o = m_index->objectiveParent[size_t(o)];
    }

    const Scorecard &sc = *m_scorecard;
    for (int p : perspectives)
        scoreGroupInto(results, results.perspectives, results.previous.perspectives,
                       sc.perspectives[size_t(p)].id.value,
                       m_index->perspectiveObjectives[size_t(p)]);
    for (int p : pillars)
        scoreGroupInto(results, results.pillars, results.previous.pillars,
                       sc.pillars[size_t(p)].id.value, m_index->pillarObjectives[size_t(p)]);
    for (int d : departments)
        scoreGroupInto(results, results.departments, results.previous.departments,
                       sc.departments[size_t(d)].id.value,
                       m_index->departmentObjectives[size_t(d)]);
    if (!perspectives.empty())
        scoreCompanyInto(results);
}

void Engine::scoreKpiInto(Results &results, int k) const
{
    const Kpi &kpi = m_scorecard->kpis[size_t(k)];
    Score score = kpiScore(kpi, results.asOf, m_scorecard->info.bands);
    const QDate periodEnd = Period::containing(results.asOf, kpi.frequency).previous().endDate();
    const std::optional<double> atPeriodEnd = kpiValueAt(kpi, periodEnd);
    // For monthly KPIs both reference dates are the same day.
    const std::optional<double> atMonthEnd =
        periodEnd == results.previous.asOf ? atPeriodEnd : kpiValueAt(kpi, results.previous.asOf);
    score.trend = difference(score.value, atPeriodEnd);
    results.kpis.insert(kpi.id.value, std::move(score));
    results.previous.kpis.insert(kpi.id.value, atMonthEnd);
}

void Engine::scoreObjectiveInto(Results &results, int o) const
{
    const QString &id = m_scorecard->objectives[size_t(o)].id.value;
    const std::optional<double> before = rollUpObjective(results, o, Pass::Previous).value;
    Score score = rollUpObjective(results, o, Pass::Current);
    score.trend = difference(score.value, before);
    results.objectives.insert(id, std::move(score));
    results.previous.objectives.insert(id, before);
}

Score Engine::rollUpObjective(const Results &results, int o, Pass pass) const
{
    const Scorecard &sc = *m_scorecard;
    const bool current = pass == Pass::Current;
    const auto &children = m_index->objectiveChildren[size_t(o)];
    std::vector<Contributor> inputs;
    inputs.reserve(children.size());
    for (const ChildRef &child : children) {
        const size_t i = size_t(child.index);
        switch (child.kind) {
        case InputKind::Kpi: {
            const Kpi &kpi = sc.kpis[i];
            const auto score = current ? lookup(results.kpis, kpi.id.value)
                                       : lookup(results.previous.kpis, kpi.id.value);
            inputs.push_back({InputKind::Kpi, kpi.id.value, score, kpi.weight, Exclusion::None});
            break;
        }
        case InputKind::Okr: {
            const Okr &okr = sc.okrs[i];
            inputs.push_back({InputKind::Okr, okr.id.value, lookup(results.okrs, okr.id.value),
                              okr.weight, Exclusion::None});
            break;
        }
        case InputKind::Initiative: {
            const Initiative &initiative = sc.initiatives[i];
            const double weight = initiative.contributions[size_t(child.contribution)].weight;
            const bool cancelled = initiative.status == InitiativeStatus::Cancelled;
            inputs.push_back({InputKind::Initiative, initiative.id.value,
                              lookup(results.initiatives, initiative.id.value), weight,
                              cancelled ? Exclusion::Cancelled : Exclusion::None});
            break;
        }
        case InputKind::Objective: {
            const Objective &objective = sc.objectives[i];
            if (m_index->parentLinkBroken[i]) {
                // No score at all: what the cycle would give depends on evaluation order.
                inputs.push_back({InputKind::Objective, objective.id.value, std::nullopt,
                                  objective.weight, Exclusion::Cycle});
                break;
            }
            const auto score = current ? lookup(results.objectives, objective.id.value)
                                       : lookup(results.previous.objectives, objective.id.value);
            inputs.push_back({InputKind::Objective, objective.id.value, score, objective.weight,
                              Exclusion::None});
            break;
        }
        case InputKind::KeyResult:
        case InputKind::Perspective:
            break;
        }
    }
    return weightedMean(std::move(inputs), sc.info.bands);
}

Score Engine::rollUpObjectives(const Results &results, const std::vector<int> &objectives,
                               Pass pass) const
{
    const Scorecard &sc = *m_scorecard;
    std::vector<Contributor> inputs;
    inputs.reserve(objectives.size());
    for (int o : objectives) {
        const Objective &objective = sc.objectives[size_t(o)];
        const auto score = pass == Pass::Current
                               ? lookup(results.objectives, objective.id.value)
                               : lookup(results.previous.objectives, objective.id.value);
        inputs.push_back(
            {InputKind::Objective, objective.id.value, score, objective.weight, Exclusion::None});
    }
    return weightedMean(std::move(inputs), sc.info.bands);
}

void Engine::scoreGroupInto(Results &results, QHash<QString, Score> &scores,
                            QHash<QString, std::optional<double>> &previous, const QString &id,
                            const std::vector<int> &objectives) const
{
    const std::optional<double> before =
        rollUpObjectives(results, objectives, Pass::Previous).value;
    Score score = rollUpObjectives(results, objectives, Pass::Current);
    score.trend = difference(score.value, before);
    scores.insert(id, std::move(score));
    previous.insert(id, before);
}

void Engine::scoreCompanyInto(Results &results) const
{
    const Scorecard &sc = *m_scorecard;
    std::vector<Contributor> current, before;
    current.reserve(sc.perspectives.size());
    before.reserve(sc.perspectives.size());
    for (const Perspective &p : sc.perspectives) {
        current.push_back({InputKind::Perspective, p.id.value,
                           lookup(results.perspectives, p.id.value), 1.0, Exclusion::None});
        before.push_back({InputKind::Perspective, p.id.value,
                          lookup(results.previous.perspectives, p.id.value), 1.0, Exclusion::None});
    }
    results.previous.company = weightedMean(std::move(before), sc.info.bands).value;
    results.company = weightedMean(std::move(current), sc.info.bands);
    results.company.trend = difference(results.company.value, results.previous.company);
}

} // namespace scorecard::scoring
