// SPDX-License-Identifier: GPL-3.0-or-later
// The strategy map's layered layout and the link cycle check: pure functions, no widgets.
#include "analysis/linkcycles.h"
#include "layout/maplayout.h"

#include <QRectF>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace scorecard;
using namespace scorecard::layout;
using namespace Qt::StringLiterals;

namespace {

Scorecard lanes(int count)
{
    Scorecard sc;
    for (int i = 0; i < count; ++i)
        sc.perspectives.push_back({PerspectiveId(u"p%1"_s.arg(i)), u"P%1"_s.arg(i), {}, i});
    return sc;
}

void addObjective(Scorecard &sc, const QString &id, int lane, const QString &pillar = {})
{
    Objective o;
    o.id = ObjectiveId(id);
    o.name = id;
    o.perspective = PerspectiveId(u"p%1"_s.arg(lane));
    o.pillar = PillarId(pillar);
    o.seq = qint64(sc.objectives.size()) + 1;
    sc.objectives.push_back(o);
}

void addLink(Scorecard &sc, const QString &from, const QString &to)
{
    sc.links.push_back({ObjectiveId(from), ObjectiveId(to), {}, qint64(sc.links.size()) + 1});
}

/** Every objective in the lane of its perspective and the column of its pillar; no overlaps. */
void checkCells(const Scorecard &sc, const MapLayout &layout, const LayoutOptions &options = {})
{
    REQUIRE(layout.placements.size() == sc.objectives.size());
    for (const Objective &o : sc.objectives) {
        const Placement *p = layout.find(o.id);
        REQUIRE(p);
        CHECK(p->lane == layout.grid.laneOf(o.perspective));
        CHECK(p->column == layout.grid.columnOf(o.pillar));
        CHECK(layout.grid.columns[size_t(p->column)] ==
              (o.pillar.isNull() ? PillarId() : o.pillar));
        CHECK(p->position.x() >= 0);
        CHECK(p->position.y() >= 0);
    }
    for (const Placement &a : layout.placements) {
        for (const Placement &b : layout.placements) {
            if (&a == &b || a.lane != b.lane || a.column != b.column)
                continue;
            const QRectF ra(a.position, QSizeF(options.cardWidth, options.cardHeight));
            const QRectF rb(b.position, QSizeF(options.cardWidth, options.cardHeight));
            INFO(a.id.value.toStdString() << " and " << b.id.value.toStdString());
            CHECK_FALSE(ra.intersects(rb));
        }
    }
}

/**
 * A random map that has a crossing-free layered drawing: cards get a hidden
 * order per lane (pillar columns left to right), and links between
 * neighbouring lanes are kept only if they cross no link kept before in that
 * order. The objectives are then listed in a shuffled order, so the layout
 * starts from a drawing with crossings.
 */
Scorecard planarMap(unsigned seed, int laneCount, int pillarCount, int maxPerCell, int linkTries)
{
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Scorecard sc = lanes(laneCount);
    for (int p = 0; p < pillarCount; ++p)
        sc.pillars.push_back({PillarId(u"t%1"_s.arg(p)), u"T%1"_s.arg(p), {}, {}, p + 1});
    std::vector<std::vector<QString>> order{size_t(laneCount)}; // the hidden order per lane
    std::vector<Objective> objectives;
    int n = 0;
    for (int l = 0; l < laneCount; ++l) {
        for (int c = 0; c <= pillarCount; ++c) { // c == pillarCount: no pillar
            const int count = uniform(c == pillarCount ? 0 : 1, maxPerCell);
            for (int k = 0; k < count; ++k) {
                const QString id = u"o%1"_s.arg(n++);
                order[size_t(l)].push_back(id);
                Objective o;
                o.id = ObjectiveId(id);
                o.name = id;
                o.perspective = PerspectiveId(u"p%1"_s.arg(l));
                if (c < pillarCount)
                    o.pillar = PillarId(u"t%1"_s.arg(c));
                objectives.push_back(o);
            }
        }
    }
    std::shuffle(objectives.begin(), objectives.end(), rng);
    for (size_t i = 0; i < objectives.size(); ++i)
        objectives[i].seq = qint64(i) + 1;
    sc.objectives = objectives;

    for (int l = 0; l + 1 < laneCount; ++l) {
        const auto &upper = order[size_t(l)];
        const auto &lower = order[size_t(l) + 1];
        if (upper.empty() || lower.empty())
            continue;
        std::vector<std::pair<int, int>> kept;
        for (int t = 0; t < linkTries; ++t) {
            const int u = uniform(0, int(upper.size()) - 1);
            const int v = uniform(0, int(lower.size()) - 1);
            bool ok = true;
            for (const auto &[ku, kv] : kept) {
                if ((ku == u && kv == v) || (ku - u) * (kv - v) < 0)
                    ok = false;
            }
            if (!ok)
                continue;
            kept.emplace_back(u, v);
            // Causes are mostly below their effects, but not always.
            if (uniform(0, 3) == 0)
                addLink(sc, upper[size_t(u)], lower[size_t(v)]);
            else
                addLink(sc, lower[size_t(v)], upper[size_t(u)]);
        }
    }
    return sc;
}

} // namespace

TEST_CASE("The map grid has a lane per perspective and a column per pillar", "[layout]")
{
    Scorecard sc = lanes(3);
    SECTION("no pillars: one unnamed column")
    {
        addObjective(sc, u"a"_s, 0);
        const MapGrid grid = mapGrid(sc);
        CHECK(grid.lanes.size() == 3);
        REQUIRE(grid.columns.size() == 1);
        CHECK(grid.hasNoPillarColumn());
    }
    SECTION("pillars, every objective in one: no 'no pillar' column")
    {
        sc.pillars.push_back({PillarId(u"x"_s), u"X"_s, {}, {}, 1});
        sc.pillars.push_back({PillarId(u"y"_s), u"Y"_s, {}, {}, 2});
        addObjective(sc, u"a"_s, 0, u"y"_s);
        const MapGrid grid = mapGrid(sc);
        REQUIRE(grid.columns.size() == 2);
        CHECK_FALSE(grid.hasNoPillarColumn());
        CHECK(grid.columnOf(PillarId(u"y"_s)) == 1);
        CHECK(grid.laneOf(PerspectiveId(u"p2"_s)) == 2);
        CHECK(grid.laneOf(PerspectiveId(u"nope"_s)) == -1);
    }
    SECTION("an objective without pillar adds a trailing column")
    {
        sc.pillars.push_back({PillarId(u"x"_s), u"X"_s, {}, {}, 1});
        addObjective(sc, u"a"_s, 0, u"x"_s);
        addObjective(sc, u"b"_s, 1);
        const MapGrid grid = mapGrid(sc);
        REQUIRE(grid.columns.size() == 2);
        CHECK(grid.hasNoPillarColumn());
        CHECK(grid.columnOf(PillarId()) == 1);
    }
}

TEST_CASE("The layout puts every objective in its lane and pillar column", "[layout]")
{
    Scorecard sc = lanes(4);
    sc.pillars.push_back({PillarId(u"x"_s), u"X"_s, {}, {}, 1});
    sc.pillars.push_back({PillarId(u"y"_s), u"Y"_s, {}, {}, 2});
    for (int i = 0; i < 30; ++i)
        addObjective(sc, u"o%1"_s.arg(i), i % 4, i % 3 == 0 ? QString() : u"xy"_s.mid(i % 2, 1));
    for (int i = 4; i < 30; ++i)
        addLink(sc, u"o%1"_s.arg(i), u"o%1"_s.arg((i * 7) % 4 + (i / 4 - 1) * 4));
    LayoutOptions options;
    options.maxPerRow = 2; // forces rows inside a cell
    const MapLayout layout = computeLayout(sc, options);
    checkCells(sc, layout, options);
    CHECK(computeLayout(sc, options).positions() == layout.positions()); // deterministic
}

TEST_CASE("The layout removes a simple crossing", "[layout]")
{
    Scorecard sc = lanes(2);
    addObjective(sc, u"a"_s, 0);
    addObjective(sc, u"b"_s, 0);
    addObjective(sc, u"c"_s, 1);
    addObjective(sc, u"d"_s, 1);
    addLink(sc, u"c"_s, u"b"_s);
    addLink(sc, u"d"_s, u"a"_s);
    MapLayout stored;
    stored.grid = mapGrid(sc);
    for (int i = 0; i < 4; ++i)
        stored.placements.push_back(
            {sc.objectives[size_t(i)].id, i / 2, 0, i % 2, QPointF((i % 2) * 224.0, 0)});
    CHECK(countCrossings(sc, stored) == 1);
    const MapLayout layout = computeLayout(sc);
    checkCells(sc, layout);
    CHECK(countCrossings(sc, layout) == 0);
}

TEST_CASE("The layout finds a crossing-free drawing where one exists", "[layout]")
{
    // Maps built to have a crossing-free layered drawing (see planarMap()).
    struct Shape
    {
        int lanes, pillars, maxPerCell, linkTries;
    };
    const Shape shape = GENERATE(Shape{4, 0, 4, 6}, Shape{4, 0, 6, 12}, Shape{4, 2, 3, 8},
                                 Shape{4, 3, 3, 10}, Shape{6, 1, 4, 12}, Shape{3, 0, 8, 20});
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Scorecard sc =
            planarMap(seed, shape.lanes, shape.pillars, shape.maxPerCell, shape.linkTries);
        const MapLayout layout = computeLayout(sc);
        INFO("seed " << seed << ", " << shape.lanes << " lanes, " << shape.pillars
                     << " pillars, up to " << shape.maxPerCell << " per cell, " << sc.links.size()
                     << " links");
        checkCells(sc, layout);
        CHECK(countCrossings(sc, layout) == 0);
    }
}

TEST_CASE("Stored positions are kept, the others are placed after them", "[layout]")
{
    Scorecard sc = lanes(2);
    addObjective(sc, u"a"_s, 0);
    addObjective(sc, u"b"_s, 0);
    addObjective(sc, u"c"_s, 1);
    sc.objectives[0].position = QPointF(300, 20);
    const LayoutOptions options;
    const MapLayout layout = completeLayout(sc, options);
    checkCells(sc, layout);
    CHECK(layout.find(ObjectiveId(u"a"_s))->position == QPointF(300, 20));
    CHECK(layout.find(ObjectiveId(u"b"_s))->position ==
          QPointF(300 + options.cardWidth + options.horizontalGap, 0));
    CHECK(layout.find(ObjectiveId(u"c"_s))->position == QPointF(0, 0));
    CHECK(layout.find(ObjectiveId(u"a"_s))->slot == 0);
    CHECK(layout.find(ObjectiveId(u"b"_s))->slot == 1);
}

TEST_CASE("An objective whose perspective is unknown is left out of the layout", "[layout]")
{
    Scorecard sc = lanes(1);
    addObjective(sc, u"a"_s, 0);
    addObjective(sc, u"b"_s, 5);
    const MapLayout layout = computeLayout(sc);
    CHECK(layout.placements.size() == 1);
    CHECK(layout.find(ObjectiveId(u"b"_s)) == nullptr);
}

TEST_CASE("A new link that would close a loop of causes is detected", "[layout][cycles]")
{
    Scorecard sc = lanes(1);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        addObjective(sc, id, 0);
    addLink(sc, u"a"_s, u"b"_s);
    addLink(sc, u"b"_s, u"c"_s);
    addLink(sc, u"a"_s, u"d"_s);
    const ObjectiveId a(u"a"_s), b(u"b"_s), c(u"c"_s), d(u"d"_s);

    CHECK(wouldCloseCycle(sc, c, a));
    CHECK(cycleThrough(sc, c, a) == QList<ObjectiveId>{c, a, b, c});
    CHECK(wouldCloseCycle(sc, b, a));
    CHECK(cycleThrough(sc, b, a) == QList<ObjectiveId>{b, a, b});
    CHECK(wouldCloseCycle(sc, a, a)); // a self-link is a loop of one
    CHECK(cycleThrough(sc, a, a) == QList<ObjectiveId>{a, a});

    CHECK_FALSE(wouldCloseCycle(sc, a, c)); // a shortcut, not a loop
    CHECK_FALSE(wouldCloseCycle(sc, d, c)); // another branch
    CHECK_FALSE(wouldCloseCycle(sc, c, d));
    CHECK_FALSE(wouldCloseCycle(sc, a, ObjectiveId(u"unknown"_s)));
    CHECK_FALSE(wouldCloseCycle(sc, ObjectiveId(), a));

    // A longer chain through a diamond: the shortest way back is reported.
    addLink(sc, u"c"_s, u"d"_s);
    addLink(sc, u"d"_s, u"b"_s);
    CHECK(wouldCloseCycle(sc, b, a) == true);
    CHECK(cycleThrough(sc, d, a) == QList<ObjectiveId>{d, a, d});
}

TEST_CASE("A fully laid out map keeps every stored position", "[layout]")
{
    Scorecard sc = lanes(2);
    addObjective(sc, u"a"_s, 0);
    addObjective(sc, u"b"_s, 0);
    addObjective(sc, u"c"_s, 1);
    addLink(sc, u"c"_s, u"b"_s);
    sc.objectives[0].position = QPointF(500, 0);
    sc.objectives[1].position = QPointF(0, 40);
    sc.objectives[2].position = QPointF(10, 10);
    const MapLayout layout = completeLayout(sc);
    checkCells(sc, layout);
    CHECK(layout.find(ObjectiveId(u"a"_s))->position == QPointF(500, 0));
    CHECK(layout.find(ObjectiveId(u"b"_s))->position == QPointF(0, 40));
    CHECK(layout.find(ObjectiveId(u"a"_s))->slot == 1);
    CHECK(layout.find(ObjectiveId(u"b"_s))->slot == 0);
}
