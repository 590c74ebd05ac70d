// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine.h"

#include "scoring/kpiscoring.h"
#include "scoring/progressscoring.h"
#include "scoring/rollup.h"

#include <algorithm>
#include <utility>

namespace scorecard::scoring {

namespace detail {

/** One input of an objective: an index into the snapshot's vector of that kind. */
struct ChildRef
{
    InputKind kind;
    int index;
    int contribution = -1; ///< initiatives: which of its contributions
};

/** What the engine knows about the snapshot's layout; built once per Engine. */
struct EngineIndex
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

} // namespace detail

using detail::ChildRef;
using detail::EngineIndex;

namespace {

using Values = std::vector<std::optional<double>>;

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
    for (int i = 0; i < int(items.size()); ++i) {
        if (!out.contains(items[size_t(i)].id.value)) // the first of duplicate ids wins
            out.insert(items[size_t(i)].id.value, i);
    }
    return out;
}

/** @p id's position in @p ids, or -1 for a null or unknown id. */
int find(const QHash<QString, int> &ids, const QString &id)
{
    return id.isEmpty() ? -1 : ids.value(id, -1);
}

/*
 * Score sources: where a roll-up reads its children's scores for one pass
 * (current or previous month). compute() fills vectors by snapshot index as
 * it goes; updateKpi() reads what is already in the results, by id. Both
 * give the same numbers, so the roll-up code below is shared.
 */

/** Children's scores by snapshot index (compute()). */
struct VectorSource
{
    const Values &kpis, &okrs, &initiatives, &objectives;

    std::optional<double> kpi(size_t i) const { return kpis[i]; }
    std::optional<double> okr(size_t i) const { return okrs[i]; }
    std::optional<double> initiative(size_t i) const { return initiatives[i]; }
    std::optional<double> objective(size_t i) const { return objectives[i]; }
};

/** Children's scores by id from earlier results (updateKpi()). */
template <typename KpiHash, typename ObjectiveHash> struct ResultsSource
{
    const Scorecard &sc;
    const Results &results;
    const KpiHash &kpis;
    const ObjectiveHash &objectives;

    std::optional<double> kpi(size_t i) const { return lookup(kpis, sc.kpis[i].id.value); }
    std::optional<double> okr(size_t i) const { return lookup(results.okrs, sc.okrs[i].id.value); }
    std::optional<double> initiative(size_t i) const
    {
        return lookup(results.initiatives, sc.initiatives[i].id.value);
    }
    std::optional<double> objective(size_t i) const
    {
        return lookup(objectives, sc.objectives[i].id.value);
    }
};

// OKRs and initiatives keep no history: both passes read their current scores.
auto currentSource(const Scorecard &sc, const Results &r)
{
    return ResultsSource<QHash<QString, Score>, QHash<QString, Score>>{sc, r, r.kpis, r.objectives};
}

auto previousSource(const Scorecard &sc, const Results &r)
{
    using Hash = QHash<QString, std::optional<double>>;
    return ResultsSource<Hash, Hash>{sc, r, r.previous.kpis, r.previous.objectives};
}

/** The scoring steps shared by compute() and updateKpi(). */
class Scorer
{
public:
    Scorer(const Scorecard &sc, const EngineIndex &index) : m_sc(sc), m_index(index) {}

    /** Scores KPI @p k into @p r; returns its current and previous-month values. */
    std::pair<std::optional<double>, std::optional<double>> scoreKpi(Results &r, size_t k) const
    {
        const Kpi &kpi = m_sc.kpis[k];
        Score score = kpiScore(kpi, r.asOf, m_sc.info.bands);
        const QDate periodEnd = Period::containing(r.asOf, kpi.frequency).previous().endDate();
        const std::optional<double> atPeriodEnd = kpiValueAt(kpi, periodEnd);
        // For monthly KPIs both reference dates are the same day.
        const std::optional<double> atMonthEnd =
            periodEnd == r.previous.asOf ? atPeriodEnd : kpiValueAt(kpi, r.previous.asOf);
        score.trend = difference(score.value, atPeriodEnd);
        const std::optional<double> now = score.value;
        r.kpis.emplace(kpi.id.value, std::move(score));
        r.previous.kpis.insert(kpi.id.value, atMonthEnd);
        return {now, atMonthEnd};
    }

    /** Scores objective @p o into @p r from its children's scores in the two sources. */
    template <typename Current, typename Previous>
    std::pair<std::optional<double>, std::optional<double>>
    scoreObjective(Results &r, size_t o, const Current &current, const Previous &previous) const
    {
        const auto &children = m_index.objectiveChildren[o];
        auto each = [&](const auto &source, auto &&visit) {
            forEachObjectiveInput(children, source, visit);
        };
        return rollUpInto(r.objectives, r.previous.objectives, m_sc.objectives[o].id.value,
                          children.size(), each, current, previous);
    }

    /** Scores a perspective, pillar or department over its @p members. */
    template <typename Current, typename Previous>
    void scoreGroup(QHash<QString, Score> &scores, QHash<QString, std::optional<double>> &before,
                    const QString &id, const std::vector<int> &members, const Current &current,
                    const Previous &previous) const
    {
        auto each = [&](const auto &source, auto &&visit) {
            for (int o : members) {
                const Objective &objective = m_sc.objectives[size_t(o)];
                visit(InputKind::Objective, objective.id.value, source.objective(size_t(o)),
                      objective.weight, Exclusion::None);
            }
        };
        rollUpInto(scores, before, id, members.size(), each, current, previous);
    }

    /** The company: the mean of the perspectives' scores, already in @p r, weight 1 each. */
    void scoreCompany(Results &r) const
    {
        std::vector<Contributor> inputs;
        inputs.reserve(m_sc.perspectives.size());
        MeanAccumulator before;
        for (const Perspective &p : m_sc.perspectives) {
            inputs.push_back({InputKind::Perspective, p.id.value,
                              lookup(r.perspectives, p.id.value), 1.0, Exclusion::None});
            before.add(lookup(r.previous.perspectives, p.id.value), 1.0);
        }
        r.previous.company = before.value();
        r.company = weightedMean(std::move(inputs), m_sc.info.bands);
        r.company.trend = difference(r.company.value, r.previous.company);
    }

private:
    /** Calls @p visit(kind, id, score, weight, exclusion) for each input, in order. */
    template <typename Source, typename Visit>
    void forEachObjectiveInput(const std::vector<ChildRef> &children, const Source &source,
                               Visit &&visit) const
    {
        for (const ChildRef &child : children) {
            const size_t i = size_t(child.index);
            switch (child.kind) {
            case InputKind::Kpi:
                visit(InputKind::Kpi, m_sc.kpis[i].id.value, source.kpi(i), m_sc.kpis[i].weight,
                      Exclusion::None);
                break;
            case InputKind::Okr:
                visit(InputKind::Okr, m_sc.okrs[i].id.value, source.okr(i), m_sc.okrs[i].weight,
                      Exclusion::None);
                break;
            case InputKind::Initiative: {
                const Initiative &initiative = m_sc.initiatives[i];
                const bool cancelled = initiative.status == InitiativeStatus::Cancelled;
                visit(InputKind::Initiative, initiative.id.value, source.initiative(i),
                      initiative.contributions[size_t(child.contribution)].weight,
                      cancelled ? Exclusion::Cancelled : Exclusion::None);
                break;
            }
            case InputKind::Objective: {
                const Objective &objective = m_sc.objectives[i];
                // A cut cycle link shows no score at all: what it would read depends on
                // the order of evaluation.
                if (m_index.parentLinkBroken[i])
                    visit(InputKind::Objective, objective.id.value, std::nullopt, objective.weight,
                          Exclusion::Cycle);
                else
                    visit(InputKind::Objective, objective.id.value, source.objective(i),
                          objective.weight, Exclusion::None);
                break;
            }
            case InputKind::KeyResult:
            case InputKind::Perspective:
                break;
            }
        }
    }

    /**
     * Rolls up the inputs @p each yields: the previous month's value alone
     * (no explanation needed), then the current score with its inputs and
     * trend; stores both. Returns the current and previous values.
     */
    template <typename Each, typename Current, typename Previous>
    std::pair<std::optional<double>, std::optional<double>>
    rollUpInto(QHash<QString, Score> &scores, QHash<QString, std::optional<double>> &before,
               const QString &id, size_t inputCount, const Each &each, const Current &current,
               const Previous &previous) const
    {
        MeanAccumulator mean;
        each(previous,
             [&mean](InputKind, const QString &, std::optional<double> score, double weight,
                     Exclusion excluded) { mean.add(score, weight, excluded); });
        const std::optional<double> then = mean.value();

        std::vector<Contributor> inputs;
        inputs.reserve(inputCount);
        each(current, [&inputs](InputKind kind, const QString &childId, std::optional<double> score,
                                double weight, Exclusion excluded) {
            inputs.push_back({kind, childId, score, weight, excluded});
        });
        Score score = weightedMean(std::move(inputs), m_sc.info.bands);
        score.trend = difference(score.value, then);
        const std::optional<double> now = score.value;
        scores.emplace(id, std::move(score));
        before.insert(id, then);
        return {now, then};
    }

    const Scorecard &m_sc;
    const EngineIndex &m_index;
};

} // namespace

Engine::Engine(const Scorecard &scorecard) : m_scorecard(&scorecard)
{
    auto index = std::make_shared<EngineIndex>();
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
    const EngineIndex &index = *m_index;
    const Scorer scorer(sc, index);
    const Bands &bands = sc.info.bands;
    Results r;
    r.asOf = asOf;
    r.previous.asOf = previousMonthEnd(asOf);

    Values kpiNow(sc.kpis.size()), kpiBefore(sc.kpis.size());
    r.kpis.reserve(qsizetype(sc.kpis.size()));
    r.previous.kpis.reserve(qsizetype(sc.kpis.size()));
    for (size_t k = 0; k < sc.kpis.size(); ++k)
        std::tie(kpiNow[k], kpiBefore[k]) = scorer.scoreKpi(r, k);

    Values okrs(sc.okrs.size());
    r.okrs.reserve(qsizetype(sc.okrs.size()));
    for (size_t i = 0; i < sc.okrs.size(); ++i) {
        Score score = okrScore(sc.okrs[i], bands);
        okrs[i] = score.value;
        r.okrs.emplace(sc.okrs[i].id.value, std::move(score));
    }

    Values initiatives(sc.initiatives.size());
    r.initiatives.reserve(qsizetype(sc.initiatives.size()));
    for (size_t i = 0; i < sc.initiatives.size(); ++i) {
        InitiativeScore score = initiativeScore(sc.initiatives[i], asOf, bands);
        initiatives[i] = score.value;
        r.initiatives.emplace(sc.initiatives[i].id.value, std::move(score));
    }

    // Filled in evaluation order: children are always there before their parents read them.
    Values objectiveNow(sc.objectives.size()), objectiveBefore(sc.objectives.size());
    const VectorSource current{kpiNow, okrs, initiatives, objectiveNow};
    const VectorSource previous{kpiBefore, okrs, initiatives, objectiveBefore};
    r.objectives.reserve(qsizetype(sc.objectives.size()));
    r.previous.objectives.reserve(qsizetype(sc.objectives.size()));
    for (int o : index.evaluationOrder)
        std::tie(objectiveNow[size_t(o)], objectiveBefore[size_t(o)]) =
            scorer.scoreObjective(r, size_t(o), current, previous);

    for (size_t i = 0; i < sc.perspectives.size(); ++i)
        scorer.scoreGroup(r.perspectives, r.previous.perspectives, sc.perspectives[i].id.value,
                          index.perspectiveObjectives[i], current, previous);
    for (size_t i = 0; i < sc.pillars.size(); ++i)
        scorer.scoreGroup(r.pillars, r.previous.pillars, sc.pillars[i].id.value,
                          index.pillarObjectives[i], current, previous);
    for (size_t i = 0; i < sc.departments.size(); ++i)
        scorer.scoreGroup(r.departments, r.previous.departments, sc.departments[i].id.value,
                          index.departmentObjectives[i], current, previous);
    scorer.scoreCompany(r);
    return r;
}

void Engine::updateKpi(Results &results, const KpiId &kpi) const
{
    const Scorecard &sc = *m_scorecard;
    const EngineIndex &index = *m_index;
    const int k = index.kpiById.value(kpi.value, -1);
    if (k < 0)
        return;
    const Scorer scorer(sc, index);
    scorer.scoreKpi(results, size_t(k));

    const auto current = currentSource(sc, results);
    const auto previous = previousSource(sc, results);

    // The objective chain, bottom up, noting the groups it touches.
    std::vector<int> perspectives, pillars, departments;
    auto note = [](std::vector<int> &touched, int g) {
        if (g >= 0 && std::find(touched.begin(), touched.end(), g) == touched.end())
            touched.push_back(g);
    };
    int o = index.kpiObjective[size_t(k)];
    for (size_t steps = 0; o >= 0 && steps < index.objectiveParent.size(); ++steps) {
        scorer.scoreObjective(results, size_t(o), current, previous);
        note(perspectives, index.objectivePerspective[size_t(o)]);
        note(pillars, index.objectivePillar[size_t(o)]);
        note(departments, index.objectiveDepartment[size_t(o)]);
        if (index.parentLinkBroken[size_t(o)])
            break; // the parent does not count this objective
        o = index.objectiveParent[size_t(o)];
    }

    for (int p : perspectives)
        scorer.scoreGroup(results.perspectives, results.previous.perspectives,
                          sc.perspectives[size_t(p)].id.value,
                          index.perspectiveObjectives[size_t(p)], current, previous);
    for (int p : pillars)
        scorer.scoreGroup(results.pillars, results.previous.pillars, sc.pillars[size_t(p)].id.value,
                          index.pillarObjectives[size_t(p)], current, previous);
    for (int d : departments)
        scorer.scoreGroup(results.departments, results.previous.departments,
                          sc.departments[size_t(d)].id.value, index.departmentObjectives[size_t(d)],
                          current, previous);
    if (!perspectives.empty())
        scorer.scoreCompany(results);
}

} // namespace scorecard::scoring
