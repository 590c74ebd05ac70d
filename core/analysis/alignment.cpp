// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/alignment.h"

#include "analysis/datasourcehealth.h"

#include "scoring/engine.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Alignment", text);
}

using Severity = Finding::Severity;

bool positive(double weight)
{
    return std::isfinite(weight) && weight > 0;
}

/** Everything the checks look up by id, built once. */
struct Index
{
    explicit Index(const Scorecard &sc)
    {
        for (int i = 0; i < int(sc.objectives.size()); ++i)
            objectives.insert(sc.objectives[size_t(i)].id.value, i);
        for (int i = 0; i < int(sc.perspectives.size()); ++i)
            perspectives.insert(sc.perspectives[size_t(i)].id.value, i);
    }
    /** The position of objective @p id, or -1 for a null or unknown id (first of duplicates). */
    int objective(const ObjectiveId &id) const
    {
        return id.isNull() ? -1 : objectives.value(id.value, -1);
    }
    int perspective(const PerspectiveId &id) const
    {
        return id.isNull() ? -1 : perspectives.value(id.value, -1);
    }

    QHash<QString, int> objectives, perspectives;
};

bool connected(const Index &index, const Initiative &initiative)
{
    return std::any_of(initiative.contributions.begin(), initiative.contributions.end(),
                       [&](const Contribution &c) {
                           return positive(c.weight) && index.objective(c.objective) >= 0;
                       });
}

class Checker
{
public:
    Checker(const Scorecard &sc, const scoring::Results &results)
        : m_sc(sc), m_results(results), m_index(sc)
    {
    }

    std::vector<Finding> run()
    {
        checkKpiAlignment();
        checkOkrAlignment();
        checkInitiatives();
        checkObjectives();
        checkPerspectives();
        checkPillars();
        checkLinkDirection();
        checkLinkCycles();
        checkKpiTargets();
        checkKpiData();
        checkZeroWeights();
        checkMapSize();
        for (Finding &f : datasourcehealth::findings(m_sc))
            m_findings.push_back(std::move(f));
        std::stable_sort(
            m_findings.begin(), m_findings.end(),
            [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
        return std::move(m_findings);
    }

private:
    void add(Severity severity, const char *code, EntityKind kind, const QString &entity,
             const QString &message, const QString &fix, const QString &related = {})
    {
        m_findings.push_back(
            {severity, QString::fromLatin1(code), entity, message, fix, kind, related});
    }

    QString objectiveName(const ObjectiveId &id) const
    {
        const int o = m_index.objective(id);
        return o < 0 ? id.value : m_sc.objectives[size_t(o)].name;
    }

    void checkKpiAlignment()
    {
        for (const Kpi &k : m_sc.kpis) {
            if (m_index.objective(k.objective) >= 0)
                continue;
            const QString message =
                k.objective.isNull()
                    ? tr("KPI \"%1\" is not linked to an objective: it measures nothing in the "
                         "strategy.")
                          .arg(k.name)
                    : tr("KPI \"%1\" is linked to objective \"%2\", which does not exist.")
                          .arg(k.name, k.objective.value);
            add(Severity::Error, "kpi_unaligned", EntityKind::Kpi, k.id.value, message,
                tr("link it to the objective it measures, or remove it"));
        }
    }

    void checkOkrAlignment()
    {
        for (const Okr &o : m_sc.okrs) {
            if (m_index.objective(o.objective) >= 0)
                continue;
            const QString message =
                o.objective.isNull()
                    ? tr("OKR \"%1\" is not connected to an objective.").arg(o.title)
                    : tr("OKR \"%1\" is connected to objective \"%2\", which does not exist.")
                          .arg(o.title, o.objective.value);
            add(Severity::Error, "okr_unaligned", EntityKind::Okr, o.id.value, message,
                tr("connect it to the objective it serves, or remove it"));
        }
    }

    void checkInitiatives()
    {
        for (const Initiative &i : m_sc.initiatives) {
            if (i.status == InitiativeStatus::Cancelled)
                continue;
            const bool anyKnown = std::any_of(
                i.contributions.begin(), i.contributions.end(),
                [&](const Contribution &c) { return m_index.objective(c.objective) >= 0; });
            if (!anyKnown) {
                add(Severity::Error, "initiative_no_contribution", EntityKind::Initiative,
                    i.id.value,
                    tr("Initiative \"%1\" contributes to no objective: its budget has no "
                       "defined strategic purpose.")
                        .arg(i.name),
                    tr("add the objectives it drives, with a contribution weight each"));
            } else if (!connected(m_index, i)) {
                add(Severity::Warning, "initiative_zero_weights", EntityKind::Initiative,
                    i.id.value,
                    tr("Every contribution of initiative \"%1\" has weight 0: it counts for "
                       "nothing.")
                        .arg(i.name),
                    tr("give at least one contribution a weight above 0"));
            }
            const auto health = m_results.initiatives.constFind(i.id.value);
            if (health != m_results.initiatives.cend() &&
                health->health == scoring::Health::Overdue) {
                add(Severity::Warning, "initiative_overdue", EntityKind::Initiative, i.id.value,
                    tr("Initiative \"%1\" ended on %2 and is not done (progress %3%).")
                        .arg(i.name, i.end.toString(Qt::ISODate),
                             QString::number(std::clamp(i.progress, 0.0, 1.0) * 100, 'f', 0)),
                    tr("mark it done or cancelled, or move its end date"));
            }
        }
    }

    void checkObjectives()
    {
        const size_t n = m_sc.objectives.size();
        std::vector<char> measured(n, 0), linked(n, 0);
        auto mark = [&](std::vector<char> &flags, const ObjectiveId &id) {
            const int o = m_index.objective(id);
            if (o >= 0)
                flags[size_t(o)] = 1;
        };
        for (const Kpi &k : m_sc.kpis)
            mark(measured, k.objective);
        for (const Okr &o : m_sc.okrs)
            mark(measured, o.objective);
        for (const Initiative &i : m_sc.initiatives) {
            if (i.status == InitiativeStatus::Cancelled)
                continue;
            for (const Contribution &c : i.contributions)
                mark(measured, c.objective);
        }
        // A cascaded (supporting) objective feeds its parent's score.
        for (const Objective &o : m_sc.objectives)
            mark(measured, o.parent);
        for (const Link &l : m_sc.links) {
            mark(linked, l.from);
            mark(linked, l.to);
        }
        for (size_t o = 0; o < n; ++o) {
            const Objective &objective = m_sc.objectives[o];
            if (!measured[o])
                add(Severity::Warning, "objective_no_measure", EntityKind::Objective,
                    objective.id.value,
                    tr("Objective \"%1\" has no KPI, OKR, initiative or supporting objective: "
                       "it can never be scored.")
                        .arg(objective.name),
                    tr("add a KPI that shows whether it is achieved"));
            if (!linked[o])
                add(Severity::Warning, "objective_no_links", EntityKind::Objective,
                    objective.id.value,
                    tr("Objective \"%1\" has no cause-and-effect link: the map does not say "
                       "what it drives or what drives it.")
                        .arg(objective.name),
                    tr("draw a link to the objective it helps achieve"));
        }
    }

    void checkPerspectives()
    {
        std::vector<int> count(m_sc.perspectives.size(), 0);
        for (const Objective &o : m_sc.objectives) {
            const int p = m_index.perspective(o.perspective);
            if (p >= 0)
                ++count[size_t(p)];
        }
        for (size_t p = 0; p < m_sc.perspectives.size(); ++p) {
            if (count[p] == 0)
                add(Severity::Warning, "perspective_empty", EntityKind::Perspective,
                    m_sc.perspectives[p].id.value,
                    tr("Perspective \"%1\" has no objectives.").arg(m_sc.perspectives[p].name),
                    tr("add the objectives of this perspective, or remove it"));
        }
    }

    void checkPillars()
    {
        for (const Pillar &pillar : m_sc.pillars) {
            QSet<QString> perspectives;
            int objectives = 0;
            for (const Objective &o : m_sc.objectives) {
                if (o.pillar == pillar.id) {
                    ++objectives;
                    perspectives.insert(o.perspective.value);
                }
            }
            if (objectives == 0)
                add(Severity::Warning, "pillar_empty", EntityKind::Pillar, pillar.id.value,
                    tr("Pillar \"%1\" has no objectives.").arg(pillar.name),
                    tr("assign the objectives that serve this theme, or remove it"));
            else if (perspectives.size() < 2)
                add(Severity::Hint, "pillar_single_perspective", EntityKind::Pillar,
                    pillar.id.value,
                    tr("Pillar \"%1\" has objectives in one perspective only: a strategic theme "
                       "usually runs from Learning & Growth up to Financial.")
                        .arg(pillar.name),
                    tr("assign objectives from the other perspectives that serve this theme"));
        }
    }

    /** The perspective position of objective @p id, or -1 when unknown. */
    int lane(const ObjectiveId &id) const
    {
        const int o = m_index.objective(id);
        if (o < 0)
            return -1;
        const int p = m_index.perspective(m_sc.objectives[size_t(o)].perspective);
        return p < 0 ? -1 : m_sc.perspectives[size_t(p)].position;
    }

    QString laneName(const ObjectiveId &id) const
    {
        const int o = m_index.objective(id);
        const int p = o < 0 ? -1 : m_index.perspective(m_sc.objectives[size_t(o)].perspective);
        return p < 0 ? QString() : m_sc.perspectives[size_t(p)].name;
    }

    void checkLinkDirection()
    {
        // Position 0 is the top lane (Financial): a cause should sit at the same
        // position or below (a higher number) than its effect.
        for (const Link &l : m_sc.links) {
            const int from = lane(l.from), to = lane(l.to);
            if (from < 0 || to < 0 || to <= from)
                continue;
            add(Severity::Warning, "link_downward", EntityKind::Link, l.from.value,
                tr("The link from \"%1\" (%2) to \"%3\" (%4) points downward: effects normally "
                   "sit in a higher perspective than their causes.")
                    .arg(objectiveName(l.from), laneName(l.from), objectiveName(l.to),
                         laneName(l.to)),
                tr("check the direction of the link; reverse it if it was drawn the wrong way"),
                l.to.value);
        }
    }

    void checkLinkCycles()
    {
        // Depth-first search over the links in snapshot order; every link that
        // reaches an objective still on the stack closes a cycle.
        const size_t n = m_sc.objectives.size();
        std::vector<std::vector<int>> out(n); // link indexes by cause
        for (int i = 0; i < int(m_sc.links.size()); ++i) {
            const Link &l = m_sc.links[size_t(i)];
            const int from = m_index.objective(l.from), to = m_index.objective(l.to);
            if (from >= 0 && to >= 0)
                out[size_t(from)].push_back(i);
        }
        enum : char { Unvisited, OnStack, Finished };
        std::vector<char> state(n, Unvisited);
        std::vector<std::pair<int, size_t>> stack; // objective, next outgoing link
        for (int root = 0; root < int(n); ++root) {
            if (state[size_t(root)] != Unvisited)
                continue;
            state[size_t(root)] = OnStack;
            stack.emplace_back(root, 0);
            while (!stack.empty()) {
                const int o = stack.back().first;
                const size_t next = stack.back().second;
                if (next == out[size_t(o)].size()) {
                    state[size_t(o)] = Finished;
                    stack.pop_back();
                    continue;
                }
                ++stack.back().second;
                const Link &l = m_sc.links[size_t(out[size_t(o)][next])];
                const int to = m_index.objective(l.to);
                if (state[size_t(to)] == Unvisited) {
                    state[size_t(to)] = OnStack;
                    stack.emplace_back(to, 0);
                } else if (state[size_t(to)] == OnStack) {
                    reportCycle(l, stack, to);
                }
            }
        }
    }

    void reportCycle(const Link &closing, const std::vector<std::pair<int, size_t>> &stack, int to)
    {
        QStringList path;
        bool inCycle = false;
        for (const auto &[o, unused] : stack) {
            inCycle = inCycle || o == to;
            if (inCycle)
                path << QLatin1Char('"') + m_sc.objectives[size_t(o)].name + QLatin1Char('"');
        }
        path << QLatin1Char('"') + m_sc.objectives[size_t(to)].name + QLatin1Char('"');
        add(Severity::Warning, "link_cycle", EntityKind::Link, closing.from.value,
            tr("The link from \"%1\" to \"%2\" closes a cycle: %3.")
                .arg(objectiveName(closing.from), objectiveName(closing.to),
                     path.join(QStringLiteral(" -> "))),
            tr("cause and effect should not go round in a circle: remove or reverse one link"),
            closing.to.value);
    }

    void checkKpiTargets()
    {
        for (const Kpi &k : m_sc.kpis) {
            const QString id = k.id.value;
            switch (k.scoring) {
            case ScoringMethod::YesNo:
                break;
            case ScoringMethod::GoalRedFlag:
                if (!k.goal || !k.redFlag)
                    add(Severity::Warning, "kpi_no_target", EntityKind::Kpi, id,
                        tr("KPI \"%1\" is scored by goal and red flag but lacks one of them.")
                            .arg(k.name),
                        tr("set both the goal and the red flag"));
                else if (*k.goal == *k.redFlag)
                    add(Severity::Warning, "kpi_target_equals_baseline", EntityKind::Kpi, id,
                        tr("KPI \"%1\" has its goal equal to its red flag: it cannot be scored.")
                            .arg(k.name),
                        tr("set a goal different from the red flag"));
                break;
            case ScoringMethod::Linear:
                if (k.direction == Direction::Range) {
                    if (!k.rangeLow || !k.rangeHigh)
                        add(Severity::Warning, "kpi_no_target", EntityKind::Kpi, id,
                            tr("KPI \"%1\" is scored against a range but lacks a bound.")
                                .arg(k.name),
                            tr("set both ends of the target range"));
                    else if (*k.rangeLow > *k.rangeHigh)
                        add(Severity::Warning, "kpi_range_inverted", EntityKind::Kpi, id,
                            tr("KPI \"%1\" has its range low above its range high: it cannot be "
                               "scored.")
                                .arg(k.name),
                            tr("swap the two ends of the range"));
                } else if (!k.target) {
                    add(Severity::Warning, "kpi_no_target", EntityKind::Kpi, id,
                        tr("KPI \"%1\" has no target: nobody can tell whether it is good enough.")
                            .arg(k.name),
                        tr("set a target (and a baseline to measure progress from)"));
                } else if (*k.target == k.baseline.value_or(0)) {
                    add(Severity::Warning, "kpi_target_equals_baseline", EntityKind::Kpi, id,
                        tr("KPI \"%1\" has its target equal to its baseline: there is no distance "
                           "to cover, so it cannot be scored.")
                            .arg(k.name),
                        tr("set the baseline to where the KPI started"));
                }
                break;
            }
        }
    }

    void checkKpiData()
    {
        const QString asOf = m_results.asOf.toString(Qt::ISODate);
        for (const Kpi &k : m_sc.kpis) {
            const auto it = m_results.kpis.constFind(k.id.value);
            if (it == m_results.kpis.cend())
                continue;
            if (!it->period)
                add(Severity::Warning, "kpi_no_data", EntityKind::Kpi, k.id.value,
                    tr("KPI \"%1\" has no measurement up to %2.").arg(k.name, asOf),
                    tr("enter its first value, or ask its owner to"));
            else if (it->status == scoring::Status::Stale)
                add(Severity::Warning, "kpi_stale", EntityKind::Kpi, k.id.value,
                    tr("KPI \"%1\" is stale: its latest value is for %2.")
                        .arg(k.name, it->period->toString()),
                    tr("enter the values of the periods since then"));
        }
    }

    void zeroWeights(EntityKind kind, const QString &id, const QString &message, int children,
                     int weighted)
    {
        if (children > 0 && weighted == 0)
            add(Severity::Warning, "weights_zero", kind, id, message,
                tr("give at least one of them a weight above 0"));
    }

    void checkZeroWeights()
    {
        const size_t n = m_sc.objectives.size();
        std::vector<int> children(n, 0), weighted(n, 0);
        auto child = [&](const ObjectiveId &parent, double weight) {
            const int o = m_index.objective(parent);
            if (o < 0)
                return;
            ++children[size_t(o)];
            if (positive(weight))
                ++weighted[size_t(o)];
        };
        for (const Kpi &k : m_sc.kpis)
            child(k.objective, k.weight);
        for (const Okr &o : m_sc.okrs)
            child(o.objective, o.weight);
        for (const Initiative &i : m_sc.initiatives) {
            if (i.status == InitiativeStatus::Cancelled)
                continue;
            for (const Contribution &c : i.contributions)
                child(c.objective, c.weight);
        }
        for (const Objective &o : m_sc.objectives)
            child(o.parent, o.weight);
        for (size_t o = 0; o < n; ++o)
            zeroWeights(EntityKind::Objective, m_sc.objectives[o].id.value,
                        tr("Every input of objective \"%1\" has weight 0: it can never be scored.")
                            .arg(m_sc.objectives[o].name),
                        children[o], weighted[o]);

        auto groups = [&](EntityKind kind, const auto &list, auto memberOf, const char *text) {
            for (const auto &group : list) {
                int count = 0, positiveCount = 0;
                for (const Objective &o : m_sc.objectives) {
                    if (memberOf(o) == group.id) {
                        ++count;
                        if (positive(o.weight))
                            ++positiveCount;
                    }
                }
                zeroWeights(kind, group.id.value, tr(text).arg(group.name), count, positiveCount);
            }
        };
        groups(
            EntityKind::Perspective, m_sc.perspectives,
            [](const Objective &o) { return o.perspective; },
            QT_TRANSLATE_NOOP("scorecard::Alignment",
                              "Every objective of perspective \"%1\" has weight 0."));
        groups(
            EntityKind::Pillar, m_sc.pillars, [](const Objective &o) { return o.pillar; },
            QT_TRANSLATE_NOOP("scorecard::Alignment",
                              "Every objective of pillar \"%1\" has weight 0."));
        groups(
            EntityKind::Department, m_sc.departments,
            [](const Objective &o) { return o.department; },
            QT_TRANSLATE_NOOP("scorecard::Alignment",
                              "Every objective of department \"%1\" has weight 0."));

        for (const Okr &o : m_sc.okrs) {
            const int positiveCount =
                int(std::count_if(o.keyResults.begin(), o.keyResults.end(),
                                  [](const KeyResult &kr) { return positive(kr.weight); }));
            zeroWeights(EntityKind::Okr, o.id.value,
                        tr("Every key result of OKR \"%1\" has weight 0.").arg(o.title),
                        int(o.keyResults.size()), positiveCount);
        }
    }

    void checkMapSize()
    {
        const int n = int(m_sc.objectives.size());
        if (n > kMaxObjectivesOnMap)
            add(Severity::Hint, "too_many_objectives", EntityKind::Scorecard, {},
                tr("The map has %1 objectives; Kaplan and Norton advise roughly 15 to 25, so "
                   "that the strategy stays focused and fits on one page.")
                    .arg(n),
                tr("merge related objectives, or move detail into cascaded scorecards"));
    }

    const Scorecard &m_sc;
    const scoring::Results &m_results;
    const Index m_index;
    std::vector<Finding> m_findings;
};

} // namespace

std::optional<double> AlignmentScore::value() const
{
    if (total() == 0)
        return std::nullopt;
    return 100.0 * connected() / total();
}

AlignmentScore alignmentScore(const Scorecard &sc)
{
    const Index index(sc);
    AlignmentScore s;
    for (const Kpi &k : sc.kpis) {
        ++s.kpis;
        if (index.objective(k.objective) >= 0)
            ++s.kpisConnected;
    }
    for (const Okr &o : sc.okrs) {
        ++s.okrs;
        if (index.objective(o.objective) >= 0)
            ++s.okrsConnected;
    }
    for (const Initiative &i : sc.initiatives) {
        if (i.status == InitiativeStatus::Cancelled)
            continue;
        ++s.initiatives;
        if (connected(index, i))
            ++s.initiativesConnected;
    }
    return s;
}

std::vector<Finding> checkAlignment(const Scorecard &scorecard, const scoring::Results &results)
{
    return Checker(scorecard, results).run();
}

std::vector<Finding> checkAlignment(const Scorecard &scorecard, QDate asOf)
{
    const scoring::Engine engine(scorecard);
    return checkAlignment(scorecard, engine.compute(asOf));
}

} // namespace scorecard
