// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/linkevidence.h"

#include "scoring/engine.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace scorecard {

QString toString(Evidence e)
{
    switch (e) {
    case Evidence::Strong:
        return QStringLiteral("strong");
    case Evidence::Weak:
        return QStringLiteral("weak");
    case Evidence::None:
        return QStringLiteral("none");
    case Evidence::NotEnoughData:
        return QStringLiteral("not_enough_data");
    }
    return {};
}

std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i + 1;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        // Positions i..j-1 hold one value: ranks i+1..j, whose mean is (i + 1 + j) / 2.
        const double rank = double(i + 1 + j) / 2.0;
        for (size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

std::optional<double> spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const std::vector<double> rx = averageRanks(x), ry = averageRanks(y);
    const double n = double(x.size());
    const double mean = (n + 1) / 2; // the mean of any set of average ranks 1..n
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < rx.size(); ++i) {
        const double dx = rx[i] - mean, dy = ry[i] - mean;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt; // a series without variation
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

QHash<QString, ScoreHistory> scoreHistories(const Scorecard &sc, QDate asOf,
                                            const QList<QString> &wanted)
{
    const size_t n = sc.objectives.size();
    QHash<QString, int> index;
    for (int i = 0; i < int(n); ++i) {
        if (!index.contains(sc.objectives[size_t(i)].id.value))
            index.insert(sc.objectives[size_t(i)].id.value, i);
    }
    auto find = [&](const ObjectiveId &id) { return id.isNull() ? -1 : index.value(id.value, -1); };

    // The months each objective's own KPIs have a measurement in.
    std::vector<std::set<int>> ownMonths(n);
    for (const Kpi &k : sc.kpis) {
        const int o = find(k.objective);
        if (o < 0)
            continue;
        for (const Measurement &m : k.measurements) {
            const QDate start = m.period.startDate();
            if (start > asOf)
                break; // sorted by period
            ownMonths[size_t(o)].insert(Period::containing(start, Frequency::Monthly).ordinal());
        }
    }
    std::vector<std::vector<int>> children(n);
    for (int i = 0; i < int(n); ++i) {
        const int parent = find(sc.objectives[size_t(i)].parent);
        if (parent >= 0)
            children[size_t(parent)].push_back(i);
    }

    std::vector<int> targets;
    if (wanted.isEmpty()) {
        targets.resize(n);
        std::iota(targets.begin(), targets.end(), 0);
    } else {
        for (const QString &id : wanted) {
            const int o = index.value(id, -1);
            if (o >= 0 && std::find(targets.begin(), targets.end(), o) == targets.end())
                targets.push_back(o);
        }
    }

    // Each target's months: its own and its supporting objectives', recursively.
    std::vector<std::set<int>> months(targets.size());
    std::set<int> allMonths;
    std::vector<char> seen(n, 0);
    for (size_t t = 0; t < targets.size(); ++t) {
        std::fill(seen.begin(), seen.end(), 0);
        std::vector<int> stack{targets[t]};
        seen[size_t(targets[t])] = 1;
        while (!stack.empty()) {
            const int o = stack.back();
            stack.pop_back();
            months[t].insert(ownMonths[size_t(o)].begin(), ownMonths[size_t(o)].end());
            for (int c : children[size_t(o)]) {
                if (!seen[size_t(c)]) {
                    seen[size_t(c)] = 1;
                    stack.push_back(c);
                }
            }
        }
        allMonths.insert(months[t].begin(), months[t].end());
    }

    QHash<QString, ScoreHistory> out;
    for (int o : targets)
        out.insert(sc.objectives[size_t(o)].id.value, {});
    if (allMonths.empty())
        return out;

    // One ordinal's month: the first month of year 1900 has a known ordinal, step from there.
    const Period base = Period::containing(QDate(Period::kMinYear, 1, 1), Frequency::Monthly);
    const int baseOrdinal = base.ordinal();
    const scoring::Engine engine(sc);
    for (int month : allMonths) {
        const QDate start = base.startDate().addMonths(month - baseOrdinal);
        const QDate end = std::min(Period::containing(start, Frequency::Monthly).endDate(), asOf);
        const scoring::Results results = engine.compute(end);
        for (size_t t = 0; t < targets.size(); ++t) {
            if (!months[t].count(month))
                continue;
            const QString &id = sc.objectives[size_t(targets[t])].id.value;
            const auto it = results.objectives.constFind(id);
            if (it == results.objectives.cend() || !it->value)
                continue;
            ScoreHistory &h = out[id];
            h.months.push_back(month);
            h.values.push_back(*it->value);
        }
    }
    return out;
}

LinkEvidence evidenceBetween(const ScoreHistory &cause, const ScoreHistory &effect)
{
    LinkEvidence e;
    QHash<int, double> effectAt;
    for (size_t i = 0; i < effect.size(); ++i)
        effectAt.insert(effect.months[i], effect.values[i]);

    for (int lag = 0; lag <= evidence::kMaxLag; ++lag) {
        std::vector<double> x, y;
        for (size_t i = 0; i < cause.size(); ++i) {
            const auto it = effectAt.constFind(cause.months[i] + lag);
            if (it != effectAt.cend()) {
                x.push_back(cause.values[i]);
                y.push_back(*it);
            }
        }
        LagCorrelation c;
        c.lag = lag;
        c.periods = int(x.size());
        if (c.periods >= evidence::kMinPeriods)
            c.rho = spearman(x, y);
        e.lags.push_back(c);

        // Compared with a little tolerance, so rounding noise cannot pick a longer lag.
        if (c.rho && (!e.correlation || *c.rho > *e.correlation + 1e-12)) {
            e.correlation = c.rho;
            e.bestLag = lag;
            e.periods = c.periods;
        }
    }
    if (!e.correlation) {
        for (const LagCorrelation &c : e.lags)
            e.periods = std::max(e.periods, c.periods);
        e.evidence = Evidence::NotEnoughData;
    } else if (*e.correlation >= evidence::kStrong) {
        e.evidence = Evidence::Strong;
    } else if (*e.correlation >= evidence::kWeak) {
        e.evidence = Evidence::Weak;
    } else {
        e.evidence = Evidence::None;
    }
    return e;
}

std::vector<LinkEvidence> linkEvidence(const Scorecard &sc, QDate asOf)
{
    QList<QString> ends;
    for (const Link &l : sc.links)
        ends << l.from.value << l.to.value;
    const QHash<QString, ScoreHistory> histories = scoreHistories(sc, asOf, ends);
    std::vector<LinkEvidence> out;
    out.reserve(sc.links.size());
    const ScoreHistory none;
    for (const Link &l : sc.links) {
        const auto from = histories.constFind(l.from.value);
        const auto to = histories.constFind(l.to.value);
        LinkEvidence e = evidenceBetween(from == histories.cend() ? none : *from,
                                         to == histories.cend() ? none : *to);
        e.from = l.from;
        e.to = l.to;
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace scorecard
