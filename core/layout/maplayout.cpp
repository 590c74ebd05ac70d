// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/maplayout.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

namespace scorecard::layout {

int MapGrid::laneOf(const PerspectiveId &perspective) const
{
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i] == perspective)
            return int(i);
    }
    return -1;
}

int MapGrid::columnOf(const PillarId &pillar) const
{
    int none = -1;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == pillar)
            return int(i);
        if (columns[i].isNull())
            none = int(i);
    }
    return none;
}

MapGrid mapGrid(const Scorecard &scorecard)
{
    MapGrid grid;
    for (const Perspective &p : scorecard.perspectives)
        grid.lanes.push_back(p.id);
    QSet<QString> pillars;
    for (const Pillar &p : scorecard.pillars) {
        grid.columns.push_back(p.id);
        pillars.insert(p.id.value);
    }
    bool needsNone = grid.columns.empty();
    for (const Objective &o : scorecard.objectives) {
        if (o.pillar.isNull() || !pillars.contains(o.pillar.value))
            needsNone = true;
    }
    if (needsNone)
        grid.columns.push_back(PillarId());
    return grid;
}

const Placement *MapLayout::find(const ObjectiveId &id) const
{
    for (const Placement &p : placements) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QHash<ObjectiveId, QPointF> MapLayout::positions() const
{
    QHash<ObjectiveId, QPointF> result;
    result.reserve(qsizetype(placements.size()));
    for (const Placement &p : placements)
        result.insert(p.id, p.position);
    return result;
}

namespace {

/** A link between two lanes, by node index; upper is the node in the lane nearer the top. */
struct Edge
{
    int upper;
    int lower;
};

/**
 * The working state of the ordering: nodes (objectives that have a lane),
 * their cells, and for every cell the nodes in their current order.
 */
class Orderer
{
public:
    Orderer(const Scorecard &sc, const MapGrid &grid, const LayoutOptions &options)
        : m_options(options), m_laneCount(int(grid.lanes.size())),
          m_columnCount(int(grid.columns.size()))
    {
        QHash<QString, int> index;
        for (const Objective &o : sc.objectives) {
            const int lane = grid.laneOf(o.perspective);
            const int column = grid.columnOf(o.pillar);
            if (lane < 0 || column < 0)
                continue;
            index.insert(o.id.value, int(m_lane.size()));
            m_ids.push_back(o.id);
            m_lane.push_back(lane);
            m_column.push_back(column);
        }
        m_cells.resize(size_t(m_laneCount * m_columnCount));
        for (size_t n = 0; n < m_ids.size(); ++n)
            cell(m_lane[n], m_column[n]).push_back(int(n));
        m_neighbours.resize(m_ids.size());
        for (const Link &l : sc.links) {
            const auto from = index.constFind(l.from.value);
            const auto to = index.constFind(l.to.value);
            if (from == index.constEnd() || to == index.constEnd() || *from == *to)
                continue;
            const int a = *from;
            const int b = *to;
            if (m_lane[size_t(a)] == m_lane[size_t(b)])
                continue;
            const bool aUpper = m_lane[size_t(a)] < m_lane[size_t(b)];
            m_edges.push_back({aUpper ? a : b, aUpper ? b : a});
            m_neighbours[size_t(a)].push_back(b);
            m_neighbours[size_t(b)].push_back(a);
        }
        // Column widths in slots: the fullest cell of the column, capped at one row.
        m_columnStart.assign(size_t(m_columnCount) + 1, 0);
        for (int c = 0; c < m_columnCount; ++c) {
            int widest = 1;
            for (int l = 0; l < m_laneCount; ++l)
                widest = std::max(widest, std::min(perRow(), int(cell(l, c).size())));
            m_columnStart[size_t(c) + 1] = m_columnStart[size_t(c)] + widest;
        }
        m_x.assign(m_ids.size(), 0.0);
        updateX();
    }

    /**
     * Starts from the scorecard's order, from two depth-first orders (from
     * the top lane and from the bottom lane: connected cards start out next to
     * each other) and, while crossings remain, from a few shuffled orders;
     * sweeps, sifts and transposes from each, and keeps the best.
     */
    void run()
    {
        std::vector<std::vector<int>> best = m_cells;
        int bestCrossings = crossings();
        const std::vector<std::vector<int>> given = m_cells;
        std::mt19937 shuffler(20261130); // fixed: the same scorecard gives the same layout
        // Large maps get fewer sweeps and no shuffled starts: the layout must stay interactive.
        const bool large = m_ids.size() > kLargeMap;
        const int startCount = large ? 2 : 3 + std::max(0, m_options.restarts);
        const int sweeps = large ? std::min(m_options.sweeps, 4) : m_options.sweeps;
        for (int s = 0; s < startCount && bestCrossings > 0; ++s) {
            m_cells = given;
            updateX();
            if (s == 1 || s == 2) {
                m_cells = depthFirstOrder(s == 1);
            } else if (s > 2) {
                for (auto &nodes : m_cells)
                    std::shuffle(nodes.begin(), nodes.end(), shuffler);
            }
            updateX();
            for (int i = 0; i <= sweeps && bestCrossings > 0; ++i) {
                if (i > 0)
                    sweep(/*down=*/(i + s) % 2 == 1);
                sift();
                transpose();
                const int c = crossings();
                if (c < bestCrossings) {
                    bestCrossings = c;
                    best = m_cells;
                }
            }
        }
        m_cells = std::move(best);
        updateX();
    }

    /** Placements with cell-relative positions, in node (scorecard) order. */
    std::vector<Placement> placements() const
    {
        std::vector<Placement> result(m_ids.size());
        const double pitch = m_options.cardWidth + m_options.horizontalGap;
        for (int l = 0; l < m_laneCount; ++l) {
            for (int c = 0; c < m_columnCount; ++c) {
                const std::vector<int> &nodes = cell(l, c);
                double rowTop = 0;
                for (size_t start = 0; start < nodes.size(); start += size_t(perRow())) {
                    const size_t end = std::min(nodes.size(), start + size_t(perRow()));
                    double rowHeight = 0;
                    for (size_t k = start; k < end; ++k) {
                        const int n = nodes[k];
                        Placement &p = result[size_t(n)];
                        p.id = m_ids[size_t(n)];
                        p.lane = l;
                        p.column = c;
                        p.slot = int(k);
                        p.position = QPointF(double(k - start) * pitch, rowTop);
                        rowHeight = std::max(rowHeight, heightOf(n));
                    }
                    rowTop += rowHeight + m_options.verticalGap;
                }
            }
        }
        return result;
    }

private:
    static constexpr size_t kLargeMap = 120;

    int perRow() const { return std::max(1, m_options.maxPerRow); }
    std::vector<int> &cell(int lane, int column)
    {
        return m_cells[size_t(lane * m_columnCount + column)];
    }
    const std::vector<int> &cell(int lane, int column) const
    {
        return m_cells[size_t(lane * m_columnCount + column)];
    }
    double heightOf(int n) const
    {
        return m_options.heights.value(m_ids[size_t(n)], m_options.cardHeight);
    }

    /** Cells filled in the order a depth-first walk over the links meets the cards. */
    std::vector<std::vector<int>> depthFirstOrder(bool fromTop) const
    {
        std::vector<std::vector<int>> cells(m_cells.size());
        std::vector<char> seen(m_ids.size(), 0);
        std::vector<int> roots;
        for (int l = 0; l < m_laneCount; ++l) {
            const int lane = fromTop ? l : m_laneCount - 1 - l;
            for (int c = 0; c < m_columnCount; ++c) {
                for (int n : cell(lane, c))
                    roots.push_back(n);
            }
        }
        std::vector<int> stack;
        for (int root : roots) {
            if (seen[size_t(root)])
                continue;
            stack.push_back(root);
            while (!stack.empty()) {
                const int n = stack.back();
                stack.pop_back();
                if (seen[size_t(n)])
                    continue;
                seen[size_t(n)] = 1;
                cells[size_t(m_lane[size_t(n)] * m_columnCount + m_column[size_t(n)])].push_back(n);
                // Push in reverse order of the current x so the leftmost neighbour comes next.
                std::vector<int> next = m_neighbours[size_t(n)];
                std::stable_sort(next.begin(), next.end(),
                                 [&](int a, int b) { return m_x[size_t(a)] > m_x[size_t(b)]; });
                for (int m : next) {
                    if (!seen[size_t(m)])
                        stack.push_back(m);
                }
            }
        }
        return cells;
    }

    /** An ordering coordinate: the slot's column on the whole map, rows as tiny offsets. */
    void updateX()
    {
        for (int l = 0; l < m_laneCount; ++l) {
            for (int c = 0; c < m_columnCount; ++c) {
                const std::vector<int> &nodes = cell(l, c);
                for (size_t k = 0; k < nodes.size(); ++k) {
                    m_x[size_t(nodes[k])] = m_columnStart[size_t(c)] + double(int(k) % perRow()) +
                                            double(int(k) / perRow()) * 1e-3;
                }
            }
        }
    }

    /** Orders each lane by the barycentre of its neighbours in the lanes already swept. */
    void sweep(bool down)
    {
        for (int step = 1; step < m_laneCount; ++step) {
            const int lane = down ? step : m_laneCount - 1 - step;
            for (int c = 0; c < m_columnCount; ++c) {
                std::vector<int> &nodes = cell(lane, c);
                std::vector<std::pair<double, int>> keyed;
                keyed.reserve(nodes.size());
                for (int n : nodes) {
                    double sum = 0;
                    double weights = 0;
                    for (int m : m_neighbours[size_t(n)]) {
                        const int other = m_lane[size_t(m)];
                        if (down ? other >= lane : other <= lane)
                            continue;
                        // Neighbours in the next lane count most; further ones still pull.
                        const double w = std::abs(other - lane) == 1 ? 1.0 : 0.25;
                        sum += w * m_x[size_t(m)];
                        weights += w;
                    }
                    keyed.emplace_back(weights > 0 ? sum / weights : m_x[size_t(n)], n);
                }
                std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
                    if (a.first != b.first)
                        return a.first < b.first;
                    return m_x[size_t(a.second)] < m_x[size_t(b.second)];
                });
                for (size_t k = 0; k < nodes.size(); ++k)
                    nodes[k] = keyed[k].second;
            }
            updateX();
        }
    }

    /** Crossings between the links of @p u and those of @p v if u stands left of v. */
    int pairCrossings(int u, int v) const
    {
        int count = 0;
        for (int a : m_neighbours[size_t(u)]) {
            for (int b : m_neighbours[size_t(v)]) {
                if (m_lane[size_t(a)] == m_lane[size_t(b)] && m_x[size_t(a)] > m_x[size_t(b)])
                    ++count;
            }
        }
        return count;
    }

    /**
     * Sifting: takes each card out of its cell in turn and puts it back where
     * its links cross the fewest links of the other cards of the cell.
     */
    void sift()
    {
        for (int l = 0; l < m_laneCount; ++l) {
            for (int c = 0; c < m_columnCount; ++c) {
                std::vector<int> &nodes = cell(l, c);
                if (nodes.size() < 2)
                    continue;
                const std::vector<int> original = nodes;
                for (int u : original) {
                    auto at = std::find(nodes.begin(), nodes.end(), u);
                    const size_t current = size_t(at - nodes.begin());
                    nodes.erase(at);
                    // cost(p) = crossings with the cards left of p (u right of them)
                    //         + crossings with the cards from p on (u left of them).
                    int cost = 0;
                    for (int v : nodes)
                        cost += pairCrossings(u, v);
                    int bestCost = cost;
                    size_t best = 0;
                    int currentCost = cost;
                    for (size_t p = 1; p <= nodes.size(); ++p) {
                        const int v = nodes[p - 1];
                        cost += pairCrossings(v, u) - pairCrossings(u, v);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = p;
                        }
                        if (p == current)
                            currentCost = cost;
                    }
                    if (currentCost <= bestCost)
                        best = current; // keep the place unless moving helps
                    nodes.insert(nodes.begin() + std::ptrdiff_t(best), u);
                }
                updateX();
            }
        }
    }

    /** Swaps neighbours within a cell while that removes crossings. */
    void transpose()
    {
        bool improved = true;
        for (int round = 0; improved && round < 50; ++round) {
            improved = false;
            for (int l = 0; l < m_laneCount; ++l) {
                for (int c = 0; c < m_columnCount; ++c) {
                    std::vector<int> &nodes = cell(l, c);
                    for (size_t k = 0; k + 1 < nodes.size(); ++k) {
                        if (int(k + 1) % perRow() == 0)
                            continue; // the next card starts a new row
                        const int u = nodes[k];
                        const int v = nodes[k + 1];
                        if (pairCrossings(v, u) < pairCrossings(u, v)) {
                            std::swap(nodes[k], nodes[k + 1]);
                            std::swap(m_x[size_t(u)], m_x[size_t(v)]);
                            improved = true;
                        }
                    }
                }
            }
        }
    }

    int crossings() const
    {
        // Group the links by their pair of lanes; only links of one group can cross.
        std::map<std::pair<int, int>, std::vector<const Edge *>> groups;
        for (const Edge &e : m_edges)
            groups[{m_lane[size_t(e.upper)], m_lane[size_t(e.lower)]}].push_back(&e);
        int count = 0;
        for (const auto &[lanes, edges] : groups) {
            for (size_t i = 0; i < edges.size(); ++i) {
                for (size_t j = i + 1; j < edges.size(); ++j) {
                    const double du = m_x[size_t(edges[i]->upper)] - m_x[size_t(edges[j]->upper)];
                    const double dl = m_x[size_t(edges[i]->lower)] - m_x[size_t(edges[j]->lower)];
                    if (du * dl < 0)
                        ++count;
                }
            }
        }
        return count;
    }

    const LayoutOptions &m_options;
    int m_laneCount;
    int m_columnCount;
    std::vector<ObjectiveId> m_ids;
    std::vector<int> m_lane;
    std::vector<int> m_column;
    std::vector<std::vector<int>> m_neighbours;
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_cells;
    std::vector<double> m_columnStart;
    std::vector<double> m_x;
};

} // namespace

MapLayout computeLayout(const Scorecard &scorecard, const LayoutOptions &options)
{
    MapLayout layout;
    layout.grid = mapGrid(scorecard);
    Orderer orderer(scorecard, layout.grid, options);
    orderer.run();
    layout.placements = orderer.placements();
    return layout;
}

MapLayout completeLayout(const Scorecard &scorecard, const LayoutOptions &options)
{
    const bool allStored = std::all_of(scorecard.objectives.begin(), scorecard.objectives.end(),
                                       [](const Objective &o) { return o.position.has_value(); });
    MapLayout layout;
    if (allStored) {
        // Nothing to place: the stored order is the order (no crossing reduction needed).
        layout.grid = mapGrid(scorecard);
        for (const Objective &o : scorecard.objectives) {
            const int lane = layout.grid.laneOf(o.perspective);
            const int column = layout.grid.columnOf(o.pillar);
            if (lane >= 0 && column >= 0)
                layout.placements.push_back({o.id, lane, column, 0, *o.position});
        }
    } else {
        layout = computeLayout(scorecard, options);
    }
    QHash<ObjectiveId, const Objective *> objectives;
    for (const Objective &o : scorecard.objectives)
        objectives.insert(o.id, &o);

    // Per cell: the right edge of the stored cards, then the others after it in layout order.
    std::map<std::pair<int, int>, std::vector<Placement *>> cells;
    for (Placement &p : layout.placements)
        cells[{p.lane, p.column}].push_back(&p);
    const double pitch = options.cardWidth + options.horizontalGap;
    for (auto &[key, members] : cells) {
        std::sort(members.begin(), members.end(),
                  [](const Placement *a, const Placement *b) { return a->slot < b->slot; });
        std::optional<double> right;
        for (Placement *p : members) {
            const Objective *o = objectives.value(p->id);
            if (o && o->position) {
                p->position = *o->position;
                right = std::max(right.value_or(0.0), o->position->x() + options.cardWidth);
            }
        }
        double x = right ? *right + options.horizontalGap : 0.0;
        for (Placement *p : members) {
            const Objective *o = objectives.value(p->id);
            if (o && o->position)
                continue;
            p->position = QPointF(x, 0);
            x += pitch;
        }
        // Slots follow what is drawn: left to right.
        std::vector<Placement *> drawn = members;
        std::stable_sort(drawn.begin(), drawn.end(), [](const Placement *a, const Placement *b) {
            if (a->position.x() != b->position.x())
                return a->position.x() < b->position.x();
            return a->position.y() < b->position.y();
        });
        for (size_t k = 0; k < drawn.size(); ++k)
            drawn[k]->slot = int(k);
    }
    return layout;
}

std::vector<double> columnOffsets(const MapLayout &layout, const LayoutOptions &options)
{
    const size_t columns = layout.grid.columns.size();
    std::vector<double> width(columns, options.cardWidth);
    for (const Placement &p : layout.placements) {
        if (p.column >= 0 && size_t(p.column) < columns)
            width[size_t(p.column)] = std::max(width[size_t(p.column)],
                                               std::max(0.0, p.position.x()) + options.cardWidth);
    }
    std::vector<double> offsets(columns + 1, 0.0);
    for (size_t c = 0; c < columns; ++c)
        offsets[c + 1] = offsets[c] + width[c] + options.horizontalGap;
    return offsets;
}

int countCrossings(const Scorecard &scorecard, const MapLayout &layout,
                   const LayoutOptions &options)
{
    const std::vector<double> offsets = columnOffsets(layout, options);
    QHash<ObjectiveId, std::pair<int, double>> where; // lane, x of the card's centre
    for (const Placement &p : layout.placements) {
        where.insert(p.id, {p.lane, offsets[size_t(p.column)] + std::max(0.0, p.position.x()) +
                                        options.cardWidth / 2});
    }
    struct End
    {
        double upperX;
        double lowerX;
    };
    std::map<std::pair<int, int>, std::vector<End>> groups;
    for (const Link &l : scorecard.links) {
        const auto a = where.constFind(l.from);
        const auto b = where.constFind(l.to);
        if (a == where.constEnd() || b == where.constEnd() || a->first == b->first)
            continue;
        const bool aUpper = a->first < b->first;
        const auto &up = aUpper ? *a : *b;
        const auto &low = aUpper ? *b : *a;
        groups[{up.first, low.first}].push_back({up.second, low.second});
    }
    int count = 0;
    for (const auto &[lanes, ends] : groups) {
        for (size_t i = 0; i < ends.size(); ++i) {
            for (size_t j = i + 1; j < ends.size(); ++j) {
                if ((ends[i].upperX - ends[j].upperX) * (ends[i].lowerX - ends[j].lowerX) < 0)
                    ++count;
            }
        }
    }
    return count;
}

} // namespace scorecard::layout
