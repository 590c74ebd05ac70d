// SPDX-License-Identifier: GPL-3.0-or-later
// The strategy map scene over a document: items follow every kind of command,
// undo and redo; edits made on the map are commands.
#include "mapfixture.h"

#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "layout/maplayout.h"
#include "mainwindow.h"
#include "scoring/engine.h"
#include "strategymap/connecthandleitem.h"
#include "strategymap/linkitem.h"
#include "strategymap/nameeditoritem.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"
#include "strategymap/strategymapview.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

bool onBorder(const QPointF &p, const QRectF &r)
{
    constexpr double eps = 0.5;
    const bool inX = p.x() >= r.left() - eps && p.x() <= r.right() + eps;
    const bool inY = p.y() >= r.top() - eps && p.y() <= r.bottom() + eps;
    return (inX && (std::abs(p.y() - r.top()) < eps || std::abs(p.y() - r.bottom()) < eps)) ||
           (inY && (std::abs(p.x() - r.left()) < eps || std::abs(p.x() - r.right()) < eps));
}

QRectF cardRect(const ObjectiveCardItem *card)
{
    return QRectF(card->pos(), QSizeF(card->width(), card->height()));
}

/**
 * Everything the scene shows comes from the document: one card per objective
 * in the lane of its perspective and the column of its pillar, at its stored
 * position, with its name and status; one arrow per link, from the cause's
 * border to the effect's border.
 */
void checkMatchesDocument(const StrategyMapScene &scene, const ScorecardDocument &doc)
{
    const Scorecard &sc = doc.scorecard();
    const layout::MapGrid grid = layout::mapGrid(sc);
    const scoring::Results results = scoring::Engine(sc).compute(scene.asOf());
    REQUIRE(scene.cardItems().size() == qsizetype(sc.objectives.size()));
    for (const Objective &o : sc.objectives) {
        INFO("objective " << o.id.value.toStdString());
        const ObjectiveCardItem *card = scene.cardItem(o.id);
        REQUIRE(card);
        CHECK(card->content().name == o.name);
        CHECK(squeezed(card->nameLines().join(QString())) == squeezed(o.name));
        CHECK(card->content().status == results.objectives.value(o.id.value).status);
        CHECK(card->content().score == results.objectives.value(o.id.value).value);
        // The badges count what the document links to the objective.
        const auto kpis = std::count_if(sc.kpis.begin(), sc.kpis.end(),
                                        [&](const Kpi &k) { return k.objective == o.id; });
        const auto okrs = std::count_if(sc.okrs.begin(), sc.okrs.end(),
                                        [&](const Okr &k) { return k.objective == o.id; });
        long initiatives = 0;
        for (const Initiative &i : sc.initiatives)
            initiatives +=
                std::count_if(i.contributions.begin(), i.contributions.end(),
                              [&](const Contribution &c) { return c.objective == o.id; });
        CHECK(card->content().kpis == kpis);
        CHECK(card->content().okrs == okrs);
        CHECK(card->content().initiatives == initiatives);
        const int lane = grid.laneOf(o.perspective);
        const int column = grid.columnOf(o.pillar);
        const QPointF centre = cardRect(card).center();
        CHECK(scene.geometry().laneAt(centre.y()) == lane);
        CHECK(scene.geometry().columnAt(centre.x()) == column);
        CHECK(scene.geometry().laneRect(lane).contains(cardRect(card)));
        CHECK(scene.geometry().columnRect(column).contains(cardRect(card)));
        CHECK(scene.cellOf(o.id) == std::make_pair(lane, column));
        if (o.position) {
            CHECK(card->pos() ==
                  scene.geometry().cellOrigin(lane, column) +
                      QPointF(std::max(0.0, o.position->x()), std::max(0.0, o.position->y())));
        }
    }
    REQUIRE(scene.linkItems().size() == qsizetype(sc.links.size()));
    for (const Link &l : sc.links) {
        INFO("link " << l.from.value.toStdString() << " -> " << l.to.value.toStdString());
        const LinkItem *item = scene.linkItem(l.key());
        REQUIRE(item);
        CHECK(item->from() == l.from);
        CHECK(item->to() == l.to);
        CHECK(onBorder(item->line().pointAtPercent(0), cardRect(scene.cardItem(l.from))));
        CHECK(onBorder(item->tip(), cardRect(scene.cardItem(l.to))));
        // The arrowhead stands outside the effect's card: never hidden under it.
        const QPolygonF head = item->arrowHead();
        const QPointF base = (head.at(1) + head.at(2)) / 2;
        CHECK_FALSE(cardRect(scene.cardItem(l.to)).adjusted(1, 1, -1, -1).contains(base));
    }
}

/** Pushes @p command, checks the scene, then undo and redo, checking after each. */
void pushAndCheck(StrategyMapScene &scene, ScorecardDocument &doc,
                  Result<std::unique_ptr<QUndoCommand>> command)
{
    INFO(command.error().toStdString());
    REQUIRE(command.ok());
    const Scorecard before = doc.scorecard();
    REQUIRE(doc.push(std::move(command).value()).ok());
    const Scorecard after = doc.scorecard();
    checkMatchesDocument(scene, doc);
    doc.undoStack()->undo();
    CHECK(doc.scorecard() == before);
    checkMatchesDocument(scene, doc);
    doc.undoStack()->redo();
    CHECK(doc.scorecard() == after);
    checkMatchesDocument(scene, doc);
}

StrategyMapScene::Options at(QDate date)
{
    StrategyMapScene::Options o;
    o.asOf = date;
    return o;
}

} // namespace

TEST_CASE("The map shows the document and follows every kind of command", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc, at(QDate(2026, 11, 30)));
    checkMatchesDocument(scene, doc);
    CHECK(scene.grid().columns.size() == 3); // two pillars and "no pillar"
    CHECK(scene.cardItem(ObjectiveId(u"loyal-clients"_s))->content().kpis == 1);
    CHECK(scene.cardItem(ObjectiveId(u"loyal-clients"_s))->content().status ==
          scoring::Status::Green);

    SECTION("add an objective")
    {
        pushAndCheck(scene, doc,
                     AddEntityCommand<Objective>::create(
                         doc, objective(u"new-one"_s, u"customer"_s, u"ops"_s)));
    }
    SECTION("rename, and a name long enough to wrap")
    {
        Objective o = *doc.objective(ObjectiveId(u"skills"_s));
        o.name = u"Build the critical skills our plants and field service teams need by 2028"_s;
        pushAndCheck(scene, doc, ChangeEntityCommand<Objective>::create(doc, o));
        const ObjectiveCardItem *card = scene.cardItem(o.id);
        CHECK(card->nameLines().size() >= 3);
        CHECK(card->height() > scene.cardItem(ObjectiveId(u"culture"_s))->height());
    }
    SECTION("move to another perspective and pillar")
    {
        Objective o = *doc.objective(ObjectiveId(u"quality"_s));
        o.perspective = PerspectiveId(u"customer"_s);
        o.pillar = PillarId(u"growth"_s);
        pushAndCheck(scene, doc, ChangeEntityCommand<Objective>::create(doc, o));
    }
    SECTION("move on the map")
    {
        pushAndCheck(
            scene, doc,
            MoveObjectivesCommand::create(doc, {{ObjectiveId(u"profit"_s), QPointF(250, 30)},
                                                {ObjectiveId(u"culture"_s), QPointF(0, 0)}}));
    }
    SECTION("add and remove links")
    {
        pushAndCheck(scene, doc,
                     AddEntityCommand<Link>::create(
                         doc, Link{ObjectiveId(u"skills"_s), ObjectiveId(u"profit"_s), {}, 0}));
        pushAndCheck(
            scene, doc,
            RemoveEntityCommand<Link>::create(
                doc, Link{ObjectiveId(u"quality"_s), ObjectiveId(u"lean-process"_s), {}, 0}));
    }
    SECTION("remove an objective with its links")
    {
        pushAndCheck(scene, doc,
                     RemoveEntityCommand<Objective>::create(
                         doc, *doc.objective(ObjectiveId(u"lean-process"_s))));
    }
    SECTION("a new measurement changes the status")
    {
        Measurement m{*Period::parse(u"2026-11"_s, Frequency::Monthly), 20, {}};
        pushAndCheck(scene, doc, SetMeasurementCommand::create(doc, KpiId(u"nps"_s), m));
        CHECK(scene.cardItem(ObjectiveId(u"loyal-clients"_s))->content().status ==
              scoring::Status::Red);
    }
    SECTION("remove a pillar: its objectives go to the 'no pillar' column")
    {
        pushAndCheck(scene, doc,
                     RemoveEntityCommand<Pillar>::create(doc, doc.scorecard().pillars[1]));
    }
    SECTION("add and remove a KPI, an OKR and an initiative: the badges follow")
    {
        Kpi k;
        k.id = KpiId(u"margin-kpi"_s);
        k.name = u"Margin"_s;
        k.objective = ObjectiveId(u"profit"_s);
        pushAndCheck(scene, doc, AddEntityCommand<Kpi>::create(doc, k));
        Okr okr;
        okr.id = OkrId(u"okr-profit"_s);
        okr.title = u"Profit OKR"_s;
        okr.objective = ObjectiveId(u"profit"_s);
        pushAndCheck(scene, doc, AddEntityCommand<Okr>::create(doc, okr));
        Initiative in;
        in.id = InitiativeId(u"program"_s);
        in.name = u"Programme"_s;
        in.contributions = {{ObjectiveId(u"profit"_s), 1.0}, {ObjectiveId(u"skills"_s), 0.5}};
        pushAndCheck(scene, doc, AddEntityCommand<Initiative>::create(doc, in));
        CHECK(scene.cardItem(ObjectiveId(u"profit"_s))->content().initiatives >= 1);
        pushAndCheck(scene, doc,
                     RemoveEntityCommand<Kpi>::create(doc, *doc.kpi(KpiId(u"margin-kpi"_s))));
    }
    SECTION("add a perspective and a pillar: a new lane and a new column")
    {
        Perspective p;
        p.id = PerspectiveId(u"sustainability"_s);
        p.name = u"Sustainability"_s;
        pushAndCheck(scene, doc, AddEntityCommand<Perspective>::create(doc, p));
        Pillar pillar;
        pillar.id = PillarId(u"green"_s);
        pillar.name = u"Green"_s;
        pushAndCheck(scene, doc, AddEntityCommand<Pillar>::create(doc, pillar));
        Objective o = *doc.objective(ObjectiveId(u"skills"_s));
        o.perspective = p.id;
        o.pillar = pillar.id;
        o.position.reset();
        pushAndCheck(scene, doc, ChangeEntityCommand<Objective>::create(doc, o));
        CHECK(scene.geometry().laneCount() == 5);
    }
    SECTION("reorder perspectives: lanes follow")
    {
        pushAndCheck(scene, doc,
                     ReorderPerspectivesCommand::create(
                         doc, {PerspectiveId(u"learning"_s), PerspectiveId(u"internal"_s),
                               PerspectiveId(u"customer"_s), PerspectiveId(u"financial"_s)}));
        CHECK(scene.cellOf(ObjectiveId(u"skills"_s)).first == 0);
    }
}

TEST_CASE("Opening shows a computed layout and writes nothing, Auto-layout is one step", "[map]")
{
    MapFile f(mapScorecard(), false);
    const QByteArray before = fileHash(f.path);
    {
        auto doc = ScorecardDocument::open(f.path);
        REQUIRE(doc.ok());
        StrategyMapScene scene(doc->get());
        checkMatchesDocument(scene, **doc);
        // Every card has its own place: no two overlap.
        const auto cards = scene.cardItems();
        for (const ObjectiveCardItem *a : cards) {
            for (const ObjectiveCardItem *b : cards) {
                if (a != b)
                    CHECK_FALSE(cardRect(a).intersects(cardRect(b)));
            }
        }
    }
    CHECK(fileHash(f.path) == before);

    auto doc = ScorecardDocument::open(f.path);
    REQUIRE(doc.ok());
    StrategyMapScene scene(doc->get());
    const QHash<ObjectiveId, QPointF> shown = scene.shownPositions();
    const int steps = (*doc)->undoStack()->count();
    REQUIRE(scene.autoLayout().ok());
    CHECK((*doc)->undoStack()->count() == steps + 1);
    for (const Objective &o : (*doc)->scorecard().objectives) {
        REQUIRE(o.position);
        CHECK(*o.position == shown.value(o.id)); // the picture does not change
    }
    checkMatchesDocument(scene, **doc);
    CHECK_FALSE(scene.autoLayout().ok()); // already laid out
    (*doc)->undoStack()->undo();
    for (const Objective &o : (*doc)->scorecard().objectives)
        CHECK_FALSE(o.position);
    checkMatchesDocument(scene, **doc);
}

TEST_CASE("Dragging cards stores positions, a drop into another lane or pillar re-files it",
          "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    REQUIRE(scene.autoLayout().ok());
    const int steps = doc.undoStack()->count();
    const MapGeometry &g = scene.geometry();

    SECTION("within its cell: one move command")
    {
        const ObjectiveId id(u"quality"_s);
        const QPointF to = scene.cardItem(id)->pos() + QPointF(0, 25);
        REQUIRE(scene.commitMoves({{id, to}}).ok());
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(doc.objective(id)->perspective == PerspectiveId(u"internal"_s));
        CHECK(scene.cardItem(id)->pos() == to);
    }
    SECTION("into another lane and pillar column: one undo step")
    {
        const ObjectiveId id(u"culture"_s);
        const QPointF target = g.cellOrigin(1, 0) + QPointF(300, 0); // customer x operations
        REQUIRE(scene.commitMoves({{id, target}}).ok());
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(doc.objective(id)->perspective == PerspectiveId(u"customer"_s));
        CHECK(doc.objective(id)->pillar == PillarId(u"ops"_s));
        checkMatchesDocument(scene, doc);
        doc.undoStack()->undo();
        CHECK(doc.objective(id)->perspective == PerspectiveId(u"learning"_s));
        CHECK(doc.objective(id)->pillar.isNull());
        checkMatchesDocument(scene, doc);
    }
    SECTION("several cards, one of them into another lane: one undo step")
    {
        const ObjectiveId a(u"profit"_s), b(u"skills"_s);
        REQUIRE(scene
                    .commitMoves({{a, scene.cardItem(a)->pos() + QPointF(40, 0)},
                                  {b, g.cellOrigin(2, 0) + QPointF(500, 0)}})
                    .ok());
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(doc.objective(b)->perspective == PerspectiveId(u"internal"_s));
        doc.undoStack()->undo();
        CHECK(doc.objective(b)->perspective == PerspectiveId(u"learning"_s));
        checkMatchesDocument(scene, doc);
    }
    SECTION("with the mouse, in a view")
    {
        StrategyMapView view;
        view.setScene(&scene);
        view.resize(1400, 1000);
        view.show();
        view.setZoom(1.0);
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        const ObjectiveId id(u"skills"_s);
        ObjectiveCardItem *card = scene.cardItem(id);
        const QPoint from = view.mapFromScene(card->sceneBoundingRect().center());
        const QPoint to = from + QPoint(0, -int(g.laneRect(3).top() - g.laneRect(2).top()));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(view.viewport(), from + (to - from) * i / 10);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(doc.objective(id)->perspective == PerspectiveId(u"internal"_s));
        checkMatchesDocument(scene, doc);
    }
}

TEST_CASE("A file that has no positions keeps the picture when one card is moved", "[map]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get());
    const QHash<ObjectiveId, QPointF> shown = scene.shownPositions();
    const ObjectiveId id(u"profit"_s);
    REQUIRE(scene.commitMoves({{id, scene.cardItem(id)->pos() + QPointF(30, 10)}}).ok());
    for (const Objective &o : f.doc->scorecard().objectives) {
        REQUIRE(o.position);
        if (o.id != id)
            CHECK(*o.position == shown.value(o.id));
    }
    f.doc->undoStack()->undo();
    for (const Objective &o : f.doc->scorecard().objectives)
        CHECK_FALSE(o.position);
}

TEST_CASE("Links drawn on the map: self-links and duplicates refused, loops confirmed", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    const ObjectiveId skills(u"skills"_s), profit(u"profit"_s), quality(u"quality"_s);
    const qsizetype links = qsizetype(doc.scorecard().links.size());

    auto self = scene.addLink(skills, skills);
    CHECK_FALSE(self.ok());
    CHECK(self.error() == u"an objective cannot be linked to itself"_s);
    auto duplicate = scene.addLink(skills, quality);
    CHECK_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(u"already linked"_s));

    QStringList questions;
    bool answer = false;
    scene.setConfirmHandler([&](const QString &q) {
        questions << q;
        return answer;
    });
    auto refused = scene.addLink(profit, skills); // skills -> quality -> lean -> profit
    CHECK_FALSE(refused.ok());
    REQUIRE(questions.size() == 1);
    CHECK(questions.front().contains(u"Profit \u2192 Skills \u2192 Quality"_s));
    CHECK(qsizetype(doc.scorecard().links.size()) == links);

    answer = true;
    REQUIRE(scene.addLink(profit, skills).ok());
    CHECK(qsizetype(doc.scorecard().links.size()) == links + 1);
    checkMatchesDocument(scene, doc);

    questions.clear();
    REQUIRE(scene.addLink(ObjectiveId(u"culture"_s), profit).ok()); // no loop: no question
    CHECK(questions.isEmpty());
    checkMatchesDocument(scene, doc);
}

TEST_CASE("Delete removes the selected cards and arrows as one step", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    const Scorecard before = doc.scorecard();
    const int steps = doc.undoStack()->count();
    scene.cardItem(ObjectiveId(u"culture"_s))->setSelected(true);
    scene.linkItem(Link{ObjectiveId(u"quality"_s), ObjectiveId(u"lean-process"_s), {}, 0}.key())
        ->setSelected(true);
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &del);
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK_FALSE(doc.objective(ObjectiveId(u"culture"_s)));
    CHECK_FALSE(doc.link(ObjectiveId(u"quality"_s), ObjectiveId(u"lean-process"_s)));
    CHECK(doc.scorecard().links.size() == before.links.size() - 2); // culture's link went too
    checkMatchesDocument(scene, doc);
    doc.undoStack()->undo();
    CHECK(doc.scorecard() == before);
    checkMatchesDocument(scene, doc);
}

TEST_CASE("Rename in place: Enter commits, Esc cancels", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    const ObjectiveId id(u"skills"_s);

    scene.startRename(id);
    REQUIRE(scene.nameEditor());
    scene.nameEditor()->setPlainText(u"Grow the skills we need"_s);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    scene.sendEvent(scene.nameEditor(), &enter);
    CHECK(doc.objective(id)->name == u"Grow the skills we need"_s);
    CHECK_FALSE(scene.nameEditor());
    checkMatchesDocument(scene, doc);

    const int steps = doc.undoStack()->count();
    scene.startRename(id);
    REQUIRE(scene.nameEditor());
    scene.nameEditor()->setPlainText(u"Not this"_s);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    scene.sendEvent(scene.nameEditor(), &escape);
    CHECK(doc.objective(id)->name == u"Grow the skills we need"_s);
    CHECK(doc.undoStack()->count() == steps);

    // F2 on the selected card opens the editor too.
    scene.cardItem(id)->setSelected(true);
    QKeyEvent f2(QEvent::KeyPress, Qt::Key_F2, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &f2);
    CHECK(scene.nameEditor());
}

TEST_CASE("Double-click in a lane adds an objective there", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    const MapGeometry &g = scene.geometry();
    const QPointF where = g.cellOrigin(2, 1) + QPointF(150, 40); // internal x growth
    const int steps = doc.undoStack()->count();
    auto added = scene.addObjectiveAt(where, u"Automate testing"_s);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK(doc.undoStack()->count() == steps + 1);
    const Objective *o = doc.objective(*added);
    REQUIRE(o);
    CHECK(o->name == u"Automate testing"_s);
    CHECK(o->perspective == PerspectiveId(u"internal"_s));
    CHECK(o->pillar == PillarId(u"growth"_s));
    checkMatchesDocument(scene, doc);
    doc.undoStack()->undo();
    CHECK_FALSE(doc.objective(*added));
    checkMatchesDocument(scene, doc);
    CHECK_FALSE(scene.addObjectiveAt(QPointF(-100, -100)).ok());
}

TEST_CASE("Selecting a card highlights its causes and effects", "[map]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get());
    scene.cardItem(ObjectiveId(u"quality"_s))->setSelected(true);
    using CE = ObjectiveCardItem::Emphasis;
    using LE = LinkItem::Emphasis;
    CHECK(scene.cardItem(ObjectiveId(u"skills"_s))->emphasis() == CE::Related);       // cause
    CHECK(scene.cardItem(ObjectiveId(u"lean-process"_s))->emphasis() == CE::Related); // effect
    CHECK(scene.cardItem(ObjectiveId(u"revenue"_s))->emphasis() == CE::Dimmed);
    CHECK(scene.linkItem(Link{ObjectiveId(u"skills"_s), ObjectiveId(u"quality"_s), {}, 0}.key())
              ->emphasis() == LE::Related);
    CHECK(
        scene
            .linkItem(Link{ObjectiveId(u"culture"_s), ObjectiveId(u"loyal-clients"_s), {}, 0}.key())
            ->emphasis() == LE::Dimmed);
    scene.clearSelection();
    CHECK(scene.cardItem(ObjectiveId(u"revenue"_s))->emphasis() == CE::Normal);
}

TEST_CASE("A read-only file shows its map but refuses edits", "[map]")
{
    MapFile f(mapScorecard(), false);
    auto doc = ScorecardDocument::open(f.path, ScorecardFile::Access::ReadOnly);
    REQUIRE(doc.ok());
    StrategyMapScene scene(doc->get());
    checkMatchesDocument(scene, **doc);
    CHECK_FALSE(scene.isEditable());
    CHECK_FALSE(scene.cardItem(ObjectiveId(u"skills"_s))->flags() & QGraphicsItem::ItemIsMovable);
    CHECK_FALSE(scene.autoLayout().ok());
    CHECK_FALSE(scene.addObjectiveAt(scene.geometry().cellOrigin(0, 0)).ok());
}

TEST_CASE("Filters show one pillar or one department", "[map]")
{
    Scorecard sc = mapScorecard();
    sc.departments = {{DepartmentId(u"plant"_s), u"Plant"_s, {}, 1},
                      {DepartmentId(u"line-1"_s), u"Line 1"_s, DepartmentId(u"plant"_s), 2}};
    sc.objectives[3].department = DepartmentId(u"plant"_s);  // lean-process
    sc.objectives[4].department = DepartmentId(u"line-1"_s); // quality
    MapFile f(sc);
    StrategyMapScene::Options options;
    options.pillar = PillarId(u"growth"_s);
    StrategyMapScene byPillar(f.doc.get(), options);
    CHECK(byPillar.grid().columns.size() == 1);
    CHECK(byPillar.cardItems().size() == 2);
    CHECK(byPillar.linkItems().size() == 1);

    options = {};
    options.department = DepartmentId(u"plant"_s);
    StrategyMapScene byDepartment(f.doc.get(), options);
    CHECK(byDepartment.cardItems().size() == 2); // the plant and its line

    options = {};
    options.connectedTo = ObjectiveId(u"quality"_s); // skills -> quality -> lean -> profit
    StrategyMapScene connected(f.doc.get(), options);
    CHECK(connected.cardItems().size() == 4);
    CHECK(connected.cardItem(ObjectiveId(u"skills"_s)));
    CHECK(connected.cardItem(ObjectiveId(u"profit"_s)));
    CHECK_FALSE(connected.cardItem(ObjectiveId(u"culture"_s)));
    CHECK(connected.linkItems().size() == 3);
    CHECK(byDepartment.linkItem(
        Link{ObjectiveId(u"quality"_s), ObjectiveId(u"lean-process"_s), {}, 0}.key()));
}

TEST_CASE("The main window shows the strategy map of the open file", "[map][ui]")
{
    MapFile f(mapScorecard(), false);
    MainWindow window;
    REQUIRE(window.openFile(f.path));
    REQUIRE(window.mapPanel()->scene());
    CHECK(window.mapPanel()->scene()->cardItems().size() == 7);
    CHECK(window.mapPanel()->view()->scene() == window.mapPanel()->scene());
    // Opening another file replaces the map.
    MapFile g(sampleScorecard(), false);
    REQUIRE(window.openFile(g.path));
    CHECK(window.mapPanel()->scene()->cardItems().size() ==
          qsizetype(window.document()->scorecard().objectives.size()));
}

TEST_CASE("The view zooms within limits and fits the map", "[map][ui]")
{
    MapFile f(sampleScorecard());
    StrategyMapScene scene(f.doc.get());
    StrategyMapView view;
    view.setScene(&scene);
    view.resize(800, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.fitToWindow();
    QCoreApplication::processEvents(); // the scroll bars go away
    const double fitted = view.zoom();
    CHECK(fitted < 1.0);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    INFO("visible " << visible.x() << ", " << visible.y() << ", " << visible.width() << " x "
                    << visible.height() << "; scene " << scene.sceneRect().width() << " x "
                    << scene.sceneRect().height());
    CHECK(visible.contains(scene.sceneRect().adjusted(2, 2, -2, -2)));
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(view.zoom() == Approx(fitted * 1.2));
    QTest::keyClick(&view, Qt::Key_1, Qt::ControlModifier);
    CHECK(view.zoom() == 1.0);
    for (int i = 0; i < 40; ++i)
        view.zoomOut();
    CHECK(view.zoom() == StrategyMapView::kMinZoom);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    CHECK(view.zoom() == Approx(fitted));
}

TEST_CASE("Keyboard: Tab walks the cards, arrows nudge, Enter renames", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    REQUIRE(scene.autoLayout().ok());
    const QList<ObjectiveId> order = scene.readingOrder();
    REQUIRE(order.size() == 7);
    CHECK(order.front() == ObjectiveId(u"profit"_s)); // top lane, first column
    CHECK(order.back() == ObjectiveId(u"culture"_s)); // bottom lane, "no pillar" column

    StrategyMapView view;
    view.setScene(&scene);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.setFocus();
    for (const ObjectiveId &id : order) {
        QTest::keyClick(&view, Qt::Key_Tab);
        REQUIRE(scene.selectedItems().size() == 1);
        CHECK(static_cast<ObjectiveCardItem *>(scene.selectedItems().front())->id() == id);
    }
    // Past the last card the focus leaves the map; alone in its window, it comes straight
    // back to the first card.
    QTest::keyClick(&view, Qt::Key_Tab);
    REQUIRE(scene.selectedItems().size() == 1);
    CHECK(static_cast<ObjectiveCardItem *>(scene.selectedItems().front())->id() == order.front());

    const ObjectiveId id = order.front();
    const QPointF before = *doc.objective(id)->position;
    const int steps = doc.undoStack()->count();
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &right);
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&scene, &down);
    CHECK(*doc.objective(id)->position == before + QPointF(10, 1));
    CHECK(doc.undoStack()->count() == steps + 1); // one burst of nudges, one step
    checkMatchesDocument(scene, doc);

    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &enter);
    REQUIRE(scene.nameEditor());
    CHECK(scene.nameEditor()->objective() == id);
}

TEST_CASE("Dragging from a card's handle to another card links them", "[map]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    StrategyMapView view;
    view.setScene(&scene);
    view.resize(1500, 1000);
    view.show();
    view.setZoom(1.0);
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const ObjectiveId from(u"culture"_s), to(u"profit"_s);
    ObjectiveCardItem *card = scene.cardItem(from);
    card->setSelected(true); // the handle shows on the selected card
    REQUIRE(card->connectHandle()->isVisible());
    view.setZoom(0.5); // both cards in sight
    view.centerOn(scene.sceneRect().center());
    const QPoint press = view.mapFromScene(card->connectHandle()->scenePos());
    const QPoint end = view.mapFromScene(scene.cardItem(to)->sceneBoundingRect().center());
    REQUIRE(view.viewport()->rect().contains(press));
    REQUIRE(view.viewport()->rect().contains(end));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, press);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(view.viewport(), press + (end - press) * i / 8);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
    CHECK(doc.link(from, to));
    CHECK(doc.objective(from)->position == std::nullopt); // the card itself did not move
    checkMatchesDocument(scene, doc);
}

TEST_CASE("Align and distribute keep cards in their cells, one step each", "[map]")
{
    Scorecard sc = mapScorecard();
    sc.objectives.push_back(objective(u"speed"_s, u"internal"_s, u"ops"_s));
    sc.objectives.back().seq = 8;
    MapFile f(sc);
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    REQUIRE(scene.autoLayout().ok());
    const ObjectiveId lean(u"lean-process"_s), quality(u"quality"_s), speed(u"speed"_s),
        skills(u"skills"_s);
    REQUIRE(doc.push(MoveObjectivesCommand::create(doc, {{lean, QPointF(0, 0)},
                                                         {quality, QPointF(300, 20)},
                                                         {speed, QPointF(900, 5)},
                                                         {skills, QPointF(50, 0)}})
                         .value())
                .ok());

    for (const ObjectiveId &id : {lean, quality, speed, skills})
        scene.cardItem(id)->setSelected(true);
    const int steps = doc.undoStack()->count();
    REQUIRE(scene.alignSelected(StrategyMapScene::Alignment::Top).ok());
    CHECK(doc.undoStack()->count() == steps + 1);
    // Per lane: the internal cards share the top of the highest; skills stays in its lane.
    CHECK(doc.objective(quality)->position->y() == 0);
    CHECK(doc.objective(speed)->position->y() == 0);
    CHECK(doc.objective(skills)->perspective == PerspectiveId(u"learning"_s));

    REQUIRE(scene.alignSelected(StrategyMapScene::Alignment::Left).ok());
    for (const ObjectiveId &id : {lean, quality, speed, skills})
        CHECK(scene.cardItem(id)->pos().x() == scene.cardItem(lean)->pos().x());
    CHECK(doc.objective(skills)->pillar == PillarId(u"ops"_s));
    checkMatchesDocument(scene, doc);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.objective(quality)->position == QPointF(300, 20));

    scene.clearSelection();
    for (const ObjectiveId &id : {lean, quality, speed})
        scene.cardItem(id)->setSelected(true);
    REQUIRE(scene.distributeSelected().ok());
    const double a = scene.cardItem(lean)->pos().x();
    const double b = scene.cardItem(quality)->pos().x();
    const double c = scene.cardItem(speed)->pos().x();
    CHECK(b - a == Approx(c - b).margin(1));
    CHECK(doc.objective(speed)->position->x() == 900);
    checkMatchesDocument(scene, doc);
}

TEST_CASE("Copy and paste objectives with their links, within and between files", "[map]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get());
    REQUIRE(scene.autoLayout().ok());
    CHECK(scene.copySelected().isEmpty());
    for (const char16_t *id : {u"skills", u"quality", u"culture"})
        scene.cardItem(ObjectiveId(QString::fromUtf16(id)))->setSelected(true);
    const QByteArray json = scene.copySelected();
    REQUIRE_FALSE(json.isEmpty());

    SECTION("into the same file: new ids, same lanes, one step")
    {
        const Scorecard before = f.doc->scorecard();
        auto pasted = scene.paste(json);
        INFO(pasted.error().toStdString());
        REQUIRE(pasted.ok());
        REQUIRE(pasted->size() == 3);
        auto named = [&](const QString &name) -> const Objective * {
            for (const ObjectiveId &id : *pasted) {
                if (f.doc->objective(id) && f.doc->objective(id)->name == name)
                    return f.doc->objective(id);
            }
            return nullptr;
        };
        const Objective *copy = named(u"Skills"_s);
        REQUIRE(copy);
        CHECK(copy->id != ObjectiveId(u"skills"_s));
        CHECK(copy->perspective == PerspectiveId(u"learning"_s));
        CHECK(copy->pillar == PillarId(u"ops"_s));
        REQUIRE(named(u"Quality"_s));
        CHECK(f.doc->link(copy->id, named(u"Quality"_s)->id)); // skills -> quality, copied
        CHECK(f.doc->scorecard().links.size() == before.links.size() + 1);
        CHECK(scene.selectedItems().size() == 3);
        checkMatchesDocument(scene, *f.doc);
        f.doc->undoStack()->undo();
        CHECK(f.doc->scorecard() == before);
    }
    SECTION("into another file: lanes matched by name")
    {
        Scorecard other = fourPerspectiveTemplate(u"Other"_s);
        for (Perspective &p : other.perspectives)
            p.id = PerspectiveId(p.id.value + u"-2"_s); // same names, other ids
        MapFile g(other);
        StrategyMapScene target(g.doc.get());
        auto pasted = target.paste(json);
        INFO(pasted.error().toStdString());
        REQUIRE(pasted.ok());
        for (const ObjectiveId &id : *pasted) {
            const Objective *o = g.doc->objective(id);
            REQUIRE(o);
            CHECK(o->perspective.value.endsWith(u"-2"_s));
            CHECK(o->pillar.isNull()); // no such pillar there
            if (o->name == u"Skills"_s)
                CHECK(o->perspective == PerspectiveId(u"learning-2"_s));
        }
        checkMatchesDocument(target, *g.doc);
    }
    CHECK_FALSE(scene.paste("not json").ok());
}

TEST_CASE("A scorecard without perspectives or objectives still draws", "[map]")
{
    MapFile f(emptyTemplate(u"Empty"_s));
    StrategyMapScene scene(f.doc.get());
    CHECK(scene.cardItems().isEmpty());
    CHECK(scene.geometry().laneCount() == 0);
    CHECK_FALSE(scene.sceneRect().isEmpty()); // the title and the legend
    CHECK_FALSE(scene.addObjectiveAt(QPointF(300, 300)).ok());
    CHECK_FALSE(scene.autoLayout().ok());
    CHECK(scene.readingOrder().isEmpty());

    MapFile g(fourPerspectiveTemplate(u"Lanes only"_s));
    StrategyMapScene lanes(g.doc.get());
    CHECK(lanes.geometry().laneCount() == 4);
    CHECK(lanes.geometry().columnCount() == 1);
    auto added = lanes.addObjectiveAt(lanes.geometry().cellOrigin(3, 0) + QPointF(10, 10));
    REQUIRE(added.ok());
    CHECK(g.doc->objective(*added)->perspective == PerspectiveId(u"learning"_s));
    checkMatchesDocument(lanes, *g.doc);
}

namespace {

/** Sends one mouse event to @p view's viewport at viewport point @p at. */
void sendMouse(StrategyMapView &view, QEvent::Type type, Qt::MouseButton button,
               Qt::MouseButtons held, QPoint at, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *viewport = view.viewport();
    QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, held,
                      modifiers);
    QCoreApplication::sendEvent(viewport, &event);
}

/** A point of lane @p lane that no card covers. */
QPointF emptyPointOfLane(const StrategyMapScene &scene, const ScorecardDocument &doc, int lane)
{
    const QRectF rect = scene.geometry().laneRect(lane);
    for (double x = rect.left() + 20; x < rect.right() - 20; x += 10) {
        const QPointF p(x, rect.center().y());
        bool covered = false;
        for (const Objective &o : doc.scorecard().objectives)
            covered = covered ||
                      scene.cardItem(o.id)->sceneBoundingRect().adjusted(-8, -8, 8, 8).contains(p);
        if (!covered)
            return p;
    }
    FAIL("no empty point in the lane");
    return {};
}

} // namespace

TEST_CASE("Mouse: double-click adds or renames, a rubber band selects, the wheel zooms, the "
          "middle button and Space pan",
          "[map][ui]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    REQUIRE(scene.autoLayout().ok());
    StrategyMapView view;
    view.setScene(&scene);
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.actualSize();

    SECTION("double-click on an empty spot of a lane adds an objective there, named in place")
    {
        const int lane = 2; // Internal Processes in the four-perspective template
        const QPointF spot = emptyPointOfLane(scene, doc, lane);
        view.centerOn(spot);
        const QPoint at = view.mapFromScene(spot);
        const size_t before = doc.scorecard().objectives.size();
        const int steps = doc.undoStack()->count();
        sendMouse(view, QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, at);
        sendMouse(view, QEvent::MouseButtonRelease, Qt::LeftButton, {}, at);
        sendMouse(view, QEvent::MouseButtonDblClick, Qt::LeftButton, Qt::LeftButton, at);
        sendMouse(view, QEvent::MouseButtonRelease, Qt::LeftButton, {}, at);
        REQUIRE(doc.scorecard().objectives.size() == before + 1);
        CHECK(doc.undoStack()->count() == steps + 1);
        const Objective &added = doc.scorecard().objectives.back();
        CHECK(added.perspective == doc.scorecard().perspectives[size_t(lane)].id);
        REQUIRE(scene.nameEditor());
        // Double-click on a card's name renames it instead.
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(&scene, &escape);
        const ObjectiveId profit(u"profit"_s);
        const QPointF name = scene.cardItem(profit)->sceneBoundingRect().center();
        view.centerOn(name);
        const QPoint onCard = view.mapFromScene(name);
        sendMouse(view, QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, onCard);
        sendMouse(view, QEvent::MouseButtonRelease, Qt::LeftButton, {}, onCard);
        sendMouse(view, QEvent::MouseButtonDblClick, Qt::LeftButton, Qt::LeftButton, onCard);
        sendMouse(view, QEvent::MouseButtonRelease, Qt::LeftButton, {}, onCard);
        CHECK(doc.scorecard().objectives.size() == before + 1);
        REQUIRE(scene.nameEditor());
        CHECK(scene.nameEditor()->objective() == profit);
    }
    SECTION("a rubber band from an empty spot selects the cards it covers")
    {
        view.fitToWindow();
        QCoreApplication::processEvents();
        const QRectF lane0 = scene.geometry().laneRect(0);
        QList<ObjectiveId> inLane;
        for (const Objective &o : doc.scorecard().objectives)
            if (lane0.contains(scene.cardItem(o.id)->sceneBoundingRect().center()))
                inLane << o.id;
        REQUIRE(inLane.size() >= 1);
        const QPoint from = view.mapFromScene(lane0.topLeft() + QPointF(2, 2));
        const QPoint to = view.mapFromScene(lane0.bottomRight() - QPointF(2, 2));
        sendMouse(view, QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, from);
        sendMouse(view, QEvent::MouseMove, Qt::NoButton, Qt::LeftButton, (from + to) / 2);
        sendMouse(view, QEvent::MouseMove, Qt::NoButton, Qt::LeftButton, to);
        sendMouse(view, QEvent::MouseButtonRelease, Qt::LeftButton, {}, to);
        QList<ObjectiveId> selected;
        for (const Objective &o : doc.scorecard().objectives)
            if (scene.cardItem(o.id)->isSelected())
                selected << o.id;
        CHECK(selected == inLane);
    }
    SECTION("the wheel zooms by one step per notch")
    {
        const double before = view.zoom();
        const QPoint centre = view.viewport()->rect().center();
        QWheelEvent wheel(QPointF(centre), view.viewport()->mapToGlobal(QPointF(centre)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        CHECK(view.zoom() == Approx(before * 1.2));
        QWheelEvent back(QPointF(centre), view.viewport()->mapToGlobal(QPointF(centre)), {},
                         QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &back);
        CHECK(view.zoom() == Approx(before / 1.2));
    }
    SECTION("the middle button drags the map; Space turns the left button into a hand")
    {
        view.setZoom(3.0);
        QCoreApplication::processEvents();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 2);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        const int steps = doc.undoStack()->count();
        const int h = view.horizontalScrollBar()->value();
        const int v = view.verticalScrollBar()->value();
        const QPoint start(400, 300);
        sendMouse(view, QEvent::MouseButtonPress, Qt::MiddleButton, Qt::MiddleButton, start);
        sendMouse(view, QEvent::MouseMove, Qt::NoButton, Qt::MiddleButton,
                  start + QPoint(-50, -30));
        sendMouse(view, QEvent::MouseButtonRelease, Qt::MiddleButton, {}, start + QPoint(-50, -30));
        CHECK(view.horizontalScrollBar()->value() == h + 50);
        CHECK(view.verticalScrollBar()->value() == v + 30);
        CHECK(doc.undoStack()->count() == steps); // nothing moved

        CHECK(view.dragMode() == QGraphicsView::RubberBandDrag);
        QTest::keyPress(&view, Qt::Key_Space);
        CHECK(view.dragMode() == QGraphicsView::ScrollHandDrag);
        QTest::keyRelease(&view, Qt::Key_Space);
        CHECK(view.dragMode() == QGraphicsView::RubberBandDrag);
    }
}
