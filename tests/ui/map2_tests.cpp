// SPDX-License-Identifier: GPL-3.0-or-later
// The strategy map's second round (issue 4): mini-map, filter combo, accessibility and
// keyboard nudges, link routing around cards, portable SVG text.
#include "mapfixture.h"

#include "commands/entitycommands.h"
#include "mainwindow.h"
#include "strategymap/linkitem.h"
#include "strategymap/mapexport.h"
#include "strategymap/maptheme.h"
#include "strategymap/minimapwidget.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"
#include "strategymap/strategymapview.h"
#include "strategymap/svgtext.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QXmlStreamReader>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

QRectF cardRect(const ObjectiveCardItem *card)
{
    return QRectF(card->pos(), QSizeF(card->width(), card->height()));
}

/**
 * Every link of @p scene runs outside every card but its own two (sampled
 * every 2 units along the line and over the arrowhead), and its arrowhead's
 * tip touches the border of its effect's card.
 */
void checkLinksAvoidCards(const StrategyMapScene &scene)
{
    const QList<ObjectiveCardItem *> cards = scene.cardItems();
    const QList<LinkItem *> links = scene.linkItems();
    REQUIRE_FALSE(links.isEmpty());
    for (const LinkItem *link : links) {
        const QPainterPath &line = link->line();
        REQUIRE(line.length() > 0);
        std::vector<QPointF> points;
        const int samples = std::max(20, int(line.length() / 2));
        for (int i = 0; i <= samples; ++i)
            points.push_back(line.pointAtPercent(double(i) / samples));
        const QPolygonF head = link->arrowHead();
        REQUIRE(head.size() >= 3);
        for (const QPointF &p : head)
            points.push_back(p);
        for (const ObjectiveCardItem *card : cards) {
            if (card->id() == link->from() || card->id() == link->to())
                continue;
            const QRectF inside = cardRect(card).adjusted(1, 1, -1, -1);
            for (const QPointF &p : points) {
                INFO(link->from().value.toStdString()
                     << " -> " << link->to().value.toStdString() << " crosses "
                     << card->id().value.toStdString() << " at " << p.x() << ", " << p.y());
                REQUIRE_FALSE(inside.contains(p));
            }
        }
        // The arrowhead ends on the effect's border, outside the card.
        const QRectF target = cardRect(scene.cardItem(link->to()));
        const QPointF tip = link->tip();
        const double dx = std::max({target.left() - tip.x(), 0.0, tip.x() - target.right()});
        const double dy = std::max({target.top() - tip.y(), 0.0, tip.y() - target.bottom()});
        CHECK(std::hypot(dx, dy) < 1.0);
        CHECK_FALSE(target.adjusted(1, 1, -1, -1).contains(tip));
        // The head is not swallowed by the line's own cards either.
        CHECK_FALSE(target.adjusted(1, 1, -1, -1).contains(head.boundingRect().center()));
    }
}

Link link(const QString &from, const QString &to, qint64 seq)
{
    return Link{ObjectiveId(from), ObjectiveId(to), {}, seq};
}

} // namespace

TEST_CASE("Links route around cards on the sample map", "[map2]")
{
    MapFile f(sampleScorecard());
    StrategyMapScene scene(f.doc.get());
    checkLinksAvoidCards(scene);
    REQUIRE(scene.autoLayout().ok());
    checkLinksAvoidCards(scene);
}

namespace {

/**
 * Cards stacked in one column across lanes, two rows in one cell (partly and
 * entirely covered), three links into one card from the lane below.
 */
Scorecard routingScorecard()
{
    Scorecard sc = fourPerspectiveTemplate(u"Routing"_s);
    sc.pillars = {{PillarId(u"a"_s), u"A"_s, {}, {}, 1},
                  {PillarId(u"b"_s), u"B"_s, {}, {}, 2},
                  {PillarId(u"c"_s), u"C"_s, {}, {}, 3}};
    sc.objectives = {
        objective(u"top"_s, u"financial"_s, u"a"_s), objective(u"middle"_s, u"customer"_s, u"a"_s),
        objective(u"lower"_s, u"internal"_s, u"a"_s), objective(u"bottom"_s, u"learning"_s, u"a"_s),
        objective(u"side-1"_s, u"internal"_s, u"b"_s),
        objective(u"side-2"_s, u"internal"_s, u"b"_s),
        objective(u"side-3"_s, u"customer"_s, u"b"_s),
        // Two rows in one cell: the lower card's link up must pass the upper one.
        objective(u"upper-row"_s, u"learning"_s, u"b"_s),
        objective(u"lower-row"_s, u"learning"_s, u"b"_s),
        // Right under another card: links leave and enter by its sides.
        objective(u"covering"_s, u"internal"_s, u"c"_s),
        objective(u"covered"_s, u"internal"_s, u"c"_s)};
    // Stacked in one column: bottom -> top passes right through middle and lower.
    for (size_t i = 0; i < sc.objectives.size(); ++i) {
        sc.objectives[i].seq = qint64(i) + 1;
        sc.objectives[i].position = QPointF(0, 0);
    }
    sc.objectives[5].position = QPointF(260, 0);  // side-2 beside side-1
    sc.objectives[8].position = QPointF(70, 160); // lower-row, partly under upper-row
    sc.objectives[10].position = QPointF(0, 160); // covered, right under covering
    sc.links = {link(u"bottom"_s, u"top"_s, 1), link(u"lower"_s, u"top"_s, 2),
                // Three links between the same two lanes into one card, one out of side-1.
                link(u"side-1"_s, u"side-3"_s, 3), link(u"side-2"_s, u"side-3"_s, 4),
                link(u"lower"_s, u"side-3"_s, 5), link(u"side-1"_s, u"middle"_s, 6),
                link(u"lower-row"_s, u"side-1"_s, 7), link(u"upper-row"_s, u"side-2"_s, 8),
                link(u"covered"_s, u"top"_s, 9), link(u"side-3"_s, u"covered"_s, 10)};
    return sc;
}

} // namespace

TEST_CASE("A link whose straight path crosses a card bends around it", "[map2]")
{
    const Scorecard sc = routingScorecard();
    MapFile f(sc);
    StrategyMapScene scene(f.doc.get());
    REQUIRE(scene.cardItems().size() == 11);
    REQUIRE(scene.linkItems().size() == 10);
    REQUIRE(scene.cellOf(ObjectiveId(u"upper-row"_s)) == scene.cellOf(ObjectiveId(u"lower-row"_s)));
    checkLinksAvoidCards(scene);

    const LinkItem *longOne = scene.linkItem(sc.links[0].key());
    const QRectF middle = cardRect(scene.cardItem(ObjectiveId(u"middle"_s)));
    // It bends: part of it runs beside the middle card, at the middle card's height.
    bool beside = false;
    for (int i = 0; i <= 200; ++i) {
        const QPointF p = longOne->line().pointAtPercent(i / 200.0);
        beside = beside || (p.y() > middle.top() && p.y() < middle.bottom() &&
                            (p.x() < middle.left() || p.x() > middle.right()));
    }
    CHECK(beside);

    // Several links into one side of a card arrive at points kept apart.
    std::vector<double> tips;
    for (const Link &l : sc.links) {
        if (l.to == ObjectiveId(u"side-3"_s))
            tips.push_back(scene.linkItem(l.key())->tip().x());
    }
    REQUIRE(tips.size() == 3);
    std::sort(tips.begin(), tips.end());
    CHECK(tips[1] - tips[0] >= 8);
    CHECK(tips[2] - tips[1] >= 8);

    // After moving cards the routes are recomputed and still avoid every card.
    const QPointF p = *f.doc->objective(ObjectiveId(u"side-2"_s))->position;
    REQUIRE(scene
                .commitMoves({{ObjectiveId(u"side-2"_s),
                               scene.cardItem(ObjectiveId(u"side-2"_s))->pos() + QPointF(40, 0)}})
                .ok());
    CHECK(f.doc->objective(ObjectiveId(u"side-2"_s))->position->x() == p.x() + 40);
    checkLinksAvoidCards(scene);
}

TEST_CASE("Arrow nudges of one burst are one undo step", "[map2]")
{
    MapFile f(mapScorecard());
    ScorecardDocument &doc = *f.doc;
    StrategyMapScene scene(&doc);
    REQUIRE(scene.autoLayout().ok());
    const ObjectiveId id(u"profit"_s);
    scene.selectObjective(id);
    const QPointF before = *doc.objective(id)->position;
    QUndoStack *stack = doc.undoStack();
    const int steps = stack->count();
    for (int i = 0; i < 3; ++i) {
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QCoreApplication::sendEvent(&scene, &right);
    }
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&scene, &down);
    CHECK(*doc.objective(id)->position == before + QPointF(30, 1));
    CHECK(scene.cardItem(id)->pos() ==
          scene.geometry().cellOrigin(scene.cellOf(id).first, scene.cellOf(id).second) + before +
              QPointF(30, 1));
    CHECK(stack->count() == steps + 1);
    stack->undo();
    CHECK(*doc.objective(id)->position == before);
    stack->redo();
    CHECK(*doc.objective(id)->position == before + QPointF(30, 1));

    // Another card: another burst, another step.
    scene.selectObjective(ObjectiveId(u"revenue"_s));
    const QPointF revenue = *doc.objective(ObjectiveId(u"revenue"_s))->position;
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &right);
    CHECK(stack->count() == steps + 2);
    CHECK(*doc.objective(ObjectiveId(u"revenue"_s))->position == revenue + QPointF(10, 0));
    // A pause ends a burst too.
    QTest::qWait(StrategyMapScene::kNudgeBurstMs + 100);
    QCoreApplication::sendEvent(&scene, &right);
    CHECK(stack->count() == steps + 3);
    // There and back within a burst leaves nothing to undo.
    QKeyEvent left(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &left);
    CHECK(stack->count() == steps + 2);
    CHECK(*doc.objective(ObjectiveId(u"revenue"_s))->position == revenue + QPointF(10, 0));
}

TEST_CASE("The focused objective is described for screen readers", "[map2]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get());
    StrategyMapView view;
    view.setScene(&scene);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    CHECK(view.accessibleDescription().isEmpty());
    const QList<ObjectiveId> order = scene.readingOrder();
    const qsizetype at = order.indexOf(ObjectiveId(u"loyal-clients"_s));
    REQUIRE(at >= 0);
    for (qsizetype i = 0; i <= at; ++i)
        QTest::keyClick(&view, Qt::Key_Tab);
    REQUIRE(scene.currentObjective() == ObjectiveId(u"loyal-clients"_s));
    const ObjectiveCardItem *card = scene.cardItem(ObjectiveId(u"loyal-clients"_s));
    REQUIRE(card->content().score);
    const QString expected =
        u"Objective Loyal clients, Partners & Clients, pillar Growth, score %1, %2, 1 KPI, drives "
        u"1 "
        u"objective, driven by 1 objective"_s.arg(QString::number(*card->content().score, 'f', 0),
                                                  statusLabel(card->content().status).toLower());
    CHECK(view.accessibleDescription() == expected);
    CHECK(scene.accessibleDescription(ObjectiveId(u"loyal-clients"_s)) == expected);
    // Renaming it updates what is said.
    Objective o = *f.doc->objective(ObjectiveId(u"loyal-clients"_s));
    o.name = u"Delighted clients"_s;
    REQUIRE(f.doc->push(ChangeEntityCommand<Objective>::create(*f.doc, o).value()).ok());
    CHECK(view.accessibleDescription().startsWith(
        u"Objective Delighted clients, Partners & Clients"_s));
    // The card's tooltip has the same facts for the mouse.
    CHECK(card->toolTip().contains(u"Delighted clients"_s));
    // Enter edits the name of the focused card.
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(scene.nameEditor());
    CHECK(scene.nameEditor()->objective() == ObjectiveId(u"loyal-clients"_s));
    scene.clearSelection();
}

TEST_CASE("Tab leaves the map after the last card: no keyboard trap", "[map2]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get());
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *view = new StrategyMapView(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(view);
    layout->addWidget(after);
    view->setScene(&scene);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    before->setFocus();
    // Tab into the map focuses its first card.
    QTest::keyClick(before, Qt::Key_Tab);
    REQUIRE(view->hasFocus());
    const QList<ObjectiveId> order = scene.readingOrder();
    CHECK(scene.currentObjective() == order.front());
    for (qsizetype i = 1; i < order.size(); ++i)
        QTest::keyClick(view, Qt::Key_Tab);
    CHECK(scene.currentObjective() == order.back());
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(after->hasFocus());
    CHECK(scene.selectedItems().isEmpty());
    // Shift+Tab comes back to the last card, and before the first one leaves the other way.
    QTest::keyClick(after, Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(view->hasFocus());
    CHECK(scene.currentObjective() == order.back());
    for (qsizetype i = 1; i < order.size(); ++i)
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(scene.currentObjective() == order.front());
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(before->hasFocus());
}

TEST_CASE("The filter combo shows one pillar, one department or the connected objectives", "[map2]")
{
    Scorecard sc = mapScorecard();
    sc.departments = {{DepartmentId(u"plant"_s), u"Plant"_s, {}, 1}};
    sc.objectives[3].department = DepartmentId(u"plant"_s); // lean-process
    sc.objectives[4].department = DepartmentId(u"plant"_s); // quality
    MapFile f(sc);
    StrategyMapPanel panel;
    panel.resize(1000, 700);
    panel.setDocument(f.doc.get());
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QComboBox *combo = panel.filterCombo();
    REQUIRE(combo == panel.findChild<QComboBox *>(u"mapFilterCombo"_s));
    QStringList choices;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            choices << combo->itemText(i);
    }
    CHECK(choices == QStringList{u"All objectives"_s, u"Pillar: Operations"_s, u"Pillar: Growth"_s,
                                 u"Department: Plant"_s, u"Connected to selection"_s});
    auto choose = [&](const QString &data) {
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    };
    StrategyMapScene *scene = panel.scene();
    choose(u"pillar:ops"_s);
    CHECK(scene->cardItems().size() == 4);
    CHECK(scene->options().pillar == PillarId(u"ops"_s));

    // Edits keep the filter: a rename, and a new objective in the pillar shows up.
    Objective renamed = *f.doc->objective(ObjectiveId(u"quality"_s));
    renamed.name = u"Zero defects"_s;
    REQUIRE(f.doc->push(ChangeEntityCommand<Objective>::create(*f.doc, renamed).value()).ok());
    Objective added = objective(u"safety"_s, u"internal"_s, u"ops"_s);
    REQUIRE(f.doc->push(AddEntityCommand<Objective>::create(*f.doc, added).value()).ok());
    CHECK(combo->currentData().toString() == u"pillar:ops"_s);
    CHECK(scene->cardItems().size() == 5);
    CHECK(scene->cardItem(ObjectiveId(u"quality"_s))->content().name == u"Zero defects"_s);

    choose(u"department:plant"_s);
    CHECK(scene->cardItems().size() == 2);
    CHECK(scene->options().pillar.isNull());

    // Connected to selection: refused without a selection, the chain through it with one.
    choose(u"all"_s);
    CHECK(scene->cardItems().size() == 8);
    scene->clearSelection();
    choose(u"connected"_s);
    CHECK(scene->options().connectedTo.isNull());
    CHECK(combo->currentData().toString() == u"all"_s);
    scene->selectObjective(ObjectiveId(u"skills"_s));
    choose(u"connected"_s);
    CHECK(scene->options().connectedTo == ObjectiveId(u"skills"_s));
    CHECK(scene->cardItems().size() == 4); // skills -> quality -> lean -> profit

    // The filtered pillar goes away: back to all objectives.
    choose(u"pillar:growth"_s);
    CHECK(scene->cardItems().size() == 2);
    const Pillar growth = *f.doc->pillar(PillarId(u"growth"_s));
    REQUIRE(f.doc->push(RemoveEntityCommand<Pillar>::create(*f.doc, growth).value()).ok());
    QTRY_COMPARE(combo->currentData().toString(), u"all"_s);
    QTRY_VERIFY(scene->options().pillar.isNull());
    CHECK(combo->findData(u"pillar:growth"_s) < 0);
    CHECK(scene->cardItems().size() == 8);
}

TEST_CASE("The mini-map shows the whole map, follows the view and moves it", "[map2]")
{
    QSettings().remove(u"strategyMap/miniMap"_s);
    MapFile f(sampleScorecard());
    StrategyMapPanel panel;
    panel.resize(900, 600);
    panel.setDocument(f.doc.get());
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    StrategyMapView *view = panel.view();
    MiniMapWidget *mini = panel.miniMap();
    QAction *toggle = panel.miniMapAction();
    REQUIRE(toggle->isChecked());

    view->fitToWindow();
    QTRY_VERIFY(!mini->isVisible()); // the whole map is in view: nothing to navigate
    view->actualSize();
    QTRY_VERIFY(mini->isVisible());
    const QRect port = view->viewport()->geometry();
    CHECK(mini->geometry().right() <= port.right());
    CHECK(mini->geometry().bottom() <= port.bottom());
    CHECK(mini->width() <= MiniMapWidget::kMaxWidth + 8);
    CHECK(mini->height() <= MiniMapWidget::kMaxHeight + 8);
    const QRectF shown = mini->visibleRect();
    CHECK(shown.width() < mini->width() - 4);
    CHECK(shown.width() > 4);

    // A click moves the view there.
    const QPoint target(mini->width() - 12, mini->height() - 12);
    QTest::mouseClick(mini, Qt::LeftButton, {}, target);
    const QPointF wanted = mini->toScene(target);
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    const QRectF sceneRect = view->scene()->sceneRect();
    // At the map's edge the view stops at the scroll limit: it shows that corner.
    const QRectF nowShown = view->mapToScene(view->viewport()->rect()).boundingRect();
    CHECK(nowShown.adjusted(-2, -2, 2, 2).contains(wanted));
    CHECK(centre.x() > sceneRect.center().x());
    CHECK(centre.y() > sceneRect.center().y());
    CHECK(mini->visibleRect().center().x() > shown.center().x());

    // Scene changes redraw the cached picture once, a moment later, not on every change.
    QTRY_VERIFY(mini->renderCount() > 0);
    QTest::qWait(MiniMapWidget::kRefreshDelayMs + 100);
    const int renders = mini->renderCount();
    Objective o = *f.doc->objective(f.doc->scorecard().objectives.front().id);
    for (int i = 0; i < 3; ++i) {
        o.name += u"!"_s;
        REQUIRE(f.doc->push(ChangeEntityCommand<Objective>::create(*f.doc, o).value()).ok());
    }
    CHECK(mini->renderCount() == renders);
    QTRY_VERIFY(mini->renderCount() > renders);
    QTest::qWait(MiniMapWidget::kRefreshDelayMs + 100);
    CHECK(mini->renderCount() <= renders + 2);

    // Not drawn while hidden (another tab), drawn again when shown.
    panel.hide();
    const int hiddenRenders = mini->renderCount();
    o.name += u"?"_s;
    REQUIRE(f.doc->push(ChangeEntityCommand<Objective>::create(*f.doc, o).value()).ok());
    QTest::qWait(MiniMapWidget::kRefreshDelayMs + 100);
    CHECK(mini->renderCount() == hiddenRenders);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(mini->isVisible());
    QTRY_VERIFY(mini->renderCount() > hiddenRenders);

    // Turned off, it stays hidden; the choice is remembered.
    toggle->setChecked(false);
    CHECK_FALSE(mini->isVisible());
    CHECK_FALSE(QSettings().value(u"strategyMap/miniMap"_s).toBool());
    view->zoomIn();
    CHECK_FALSE(mini->isVisible());
    toggle->setChecked(true);
    CHECK(mini->isVisible());
    QSettings().remove(u"strategyMap/miniMap"_s);
}

TEST_CASE("Exported SVG text names fallback fonts and keeps its measured width", "[map2]")
{
    CHECK(MapTheme::loadBundledFont());
    CHECK(QFontDatabase::families().contains(u"DejaVu Sans"_s));
    MapFile f(sampleScorecard());
    StrategyMapScene::Options options;
    options.asOf = QDate(2026, 11, 30);
    options.editable = false;
    StrategyMapScene scene(f.doc.get(), options);
    const QString path = f.dir.filePath(u"map.svg"_s);
    REQUIRE(mapexport::exportScene(scene, path, mapexport::Format::Svg, {}).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    CHECK(svg.size() < 2 * 1024 * 1024); // no embedded font
    QXmlStreamReader xml(svg);
    int texts = 0;
    QString joined;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"text")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString family = a.value(u"font-family"_s).toString();
        const double length = a.value(u"textLength"_s).toDouble();
        const QString text = xml.readElementText();
        if (text.trimmed().isEmpty())
            continue;
        ++texts;
        joined += text;
        INFO(text.toStdString());
        CHECK(family == svgtext::fontFamilies());
        CHECK(a.value(u"lengthAdjust"_s) == u"spacingAndGlyphs"_s);
        // The width the map was laid out with: DejaVu Sans at that size.
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(a.value(u"font-size"_s).toInt());
        font.setBold(a.value(u"font-weight"_s).toInt() >= 600);
        font.setHintingPreference(QFont::PreferNoHinting);
        CHECK(length == Approx(QFontMetricsF(font).horizontalAdvance(text)).margin(0.5));
    }
    CHECK_FALSE(xml.hasError());
    CHECK(texts > 20);
    for (const Objective &o : f.doc->scorecard().objectives)
        CHECK(squeezed(joined).contains(squeezed(o.name)));

    // Escaped text is measured as the reader sees it.
    const QByteArray escaped = svgtext::makePortable(
        "<svg><text x=\"1\" y=\"2\" font-family=\"DejaVu Sans\" font-size=\"12\" "
        "font-weight=\"400\" font-style=\"normal\" >R&amp;D &lt;2&gt;</text></svg>");
    QFont twelve(u"DejaVu Sans"_s);
    twelve.setPixelSize(12);
    twelve.setHintingPreference(QFont::PreferNoHinting);
    CHECK(
        escaped.contains(QStringLiteral("textLength=\"%1\"")
                             .arg(QFontMetricsF(twelve).horizontalAdvance(u"R&D <2>"_s), 0, 'f', 2)
                             .toUtf8()));
    CHECK(escaped.contains(">R&amp;D &lt;2&gt;</text>"));
}

TEST_CASE("View > Mini-map toggles the map's overview", "[map2]")
{
    MainWindow window;
    auto *viewMenu = window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    REQUIRE(viewMenu);
    QAction *found = nullptr;
    for (QAction *action : viewMenu->actions()) {
        if (action->objectName() == u"miniMapAction")
            found = action;
    }
    REQUIRE(found);
    CHECK(found->isCheckable());
    CHECK(found == window.findChild<StrategyMapPanel *>()->miniMapAction());
}

// Hidden ([.map2routing]): the routing case as a picture, for a look.
TEST_CASE("Picture of the routing case", "[.map2routing]")
{
    const QString target = qEnvironmentVariable("SCORECARD_MAP_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    MapFile f(routingScorecard());
    StrategyMapScene scene(f.doc.get());
    REQUIRE(mapexport::exportScene(scene, target, mapexport::Format::Png, {}).ok());
}

// Hidden ([.map2shot]): the main window's map at 100 % with the mini-map, for a look.
// Run with SCORECARD_MAP_SCREENSHOT=/path/to/file.png.
TEST_CASE("Screenshot of the map with the mini-map", "[.map2shot]")
{
    const QString target = qEnvironmentVariable("SCORECARD_MAP_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    MapFile f(sampleScorecard());
    StrategyMapPanel panel;
    panel.resize(1300, 800);
    panel.setAsOf(QDate(2026, 11, 30));
    panel.setDocument(f.doc.get());
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.view()->actualSize();
    panel.scene()->selectObjective(f.doc->scorecard().objectives.front().id);
    QTRY_VERIFY(panel.miniMap()->isVisible());
    QTest::qWait(MiniMapWidget::kRefreshDelayMs + 200);
    REQUIRE(panel.grab().save(target));
}
