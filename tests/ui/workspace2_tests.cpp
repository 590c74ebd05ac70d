// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace, second part: grouping by initiative, owner filter, kept
// collapse state, drag and drop in the tree, Insert and Delete, File >
// Close, presentation mode, and a recorded session with screenshots.
#include "commands/entitycommands.h"
#include "document/scorecarddocument.h"
#include "editactions.h"
#include "entityselection.h"
#include "io/jsonformat.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "presentationmode.h"
#include "scorecardfiltermodel.h"
#include "scorecardpanel.h"
#include "scorecardtreemodel.h"
#include "strategymap/linkitem.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace scorecard;
using namespace scorecard::maptest;
using Model = ScorecardTreeModel;
using Kind = ScorecardTreeModel::NodeKind;

namespace {

QStringList childIds(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids << model.index(r, 0, parent).data(Model::IdRole).toString();
    return ids;
}

QList<int> childKinds(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QList<int> kinds;
    for (int r = 0; r < model.rowCount(parent); ++r)
        kinds << model.index(r, 0, parent).data(Model::KindRole).toInt();
    return kinds;
}

std::unique_ptr<QMimeData> drag(const Model &model, Kind kind, const QString &id)
{
    return std::unique_ptr<QMimeData>(model.mimeData({model.indexOf(kind, id)}));
}

struct Window
{
    MapFile file{mapScorecard(), false};
    MainWindow window;
    QStringList errors;
    QStringList questions;
    bool answer = true;

    Window()
    {
        window.setErrorHandler([this](const QString &m) { errors << m; });
        REQUIRE(window.openFile(file.path));
        window.setAsOf(QDate(2026, 10, 31));
        window.editActions()->setConfirmHandler([this](const QString &q) {
            questions << q;
            return answer;
        });
    }
    ScorecardPanel *panel() const { return window.scorecardPanel(); }
    QModelIndex proxyRow(Kind kind, const QString &id, int column = 0) const
    {
        return panel()->proxy()->mapFromSource(panel()->model()->indexOf(kind, id, column));
    }
    ScorecardDocument &doc() const { return *window.document(); }
    int steps() const { return window.document()->undoStack()->count(); }
};

} // namespace

TEST_CASE("Grouped by initiative: each initiative's objectives and their measures, and the "
          "objectives no initiative drives",
          "[ui][model][workspace2]")
{
    MapFile file(sampleScorecard());
    ScorecardDocument &doc = *file.doc;
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGrouping(Model::Grouping::ByInitiative);
    const Scorecard &sc = doc.scorecard();
    REQUIRE_FALSE(sc.initiatives.empty());

    QStringList expectedTop;
    for (const Initiative &i : sc.initiatives)
        expectedTop << i.id.value;
    QStringList without;
    for (const Objective &o : sc.objectives) {
        bool driven = false;
        for (const Initiative &i : sc.initiatives) {
            for (const Contribution &c : i.contributions)
                driven = driven || c.objective == o.id;
        }
        if (!driven)
            without << o.id.value;
    }
    if (!without.isEmpty())
        expectedTop << QString();
    CHECK(childIds(model, {}) == expectedTop);

    const Initiative first = sc.initiatives.front(); // a copy: the list changes below
    const QModelIndex group = model.index(0, 0);
    CHECK(group.data().toString() == first.name);
    QStringList contributed;
    for (const Objective &o : sc.objectives) {
        for (const Contribution &c : first.contributions) {
            if (c.objective == o.id)
                contributed << o.id.value;
        }
    }
    CHECK(childIds(model, group) == contributed);
    // Under an initiative an objective lists its KPIs and OKRs, not initiatives again.
    for (int r = 0; r < model.rowCount(group); ++r) {
        const QModelIndex objective = model.index(r, 0, group);
        CHECK_FALSE(childKinds(model, objective).contains(int(Kind::Initiative)));
        const Objective *o = doc.objective(ObjectiveId(objective.data(Model::IdRole).toString()));
        REQUIRE(o);
        int measures = 0;
        for (const Kpi &k : sc.kpis)
            measures += k.objective == o->id;
        for (const Okr &k : sc.okrs)
            measures += k.objective == o->id;
        CHECK(model.rowCount(objective) == measures);
    }
    if (!without.isEmpty()) {
        const QModelIndex none = model.index(model.rowCount() - 1, 0);
        CHECK(none.data().toString() == u"No initiative"_s);
        CHECK(childIds(model, none) == without);
    }

    // Removing the initiative removes its group; its objectives join "No initiative" if
    // nothing else drives them; undo puts everything back.
    auto cmd = RemoveEntityCommand<Initiative>::create(doc, first);
    REQUIRE(cmd.ok());
    REQUIRE(doc.push(std::move(cmd).value()).ok());
    CHECK_FALSE(childIds(model, {}).contains(first.id.value));
    doc.undoStack()->undo();
    CHECK(childIds(model, {}) == expectedTop);
    CHECK(childIds(model, model.index(0, 0)) == contributed);
    model.setGrouping(Model::Grouping::ByPerspective);
    CHECK(model.index(0, 0).data(Model::KindRole).toInt() == int(Kind::Perspective));
}

TEST_CASE("Drag and drop moves an objective to another group or a KPI to another objective, "
          "one undo step each, refused drops change nothing",
          "[ui][model][workspace2]")
{
    MapFile file(mapScorecard());
    ScorecardDocument &doc = *file.doc;
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack &stack = *doc.undoStack();

    SECTION("an objective onto another perspective, then undo")
    {
        auto data = drag(model, Kind::Objective, u"culture"_s);
        REQUIRE(data);
        const QModelIndex customer = model.indexOf(Kind::Perspective, u"customer"_s);
        CHECK(model.flags(model.indexOf(Kind::Objective, u"culture"_s)) & Qt::ItemIsDragEnabled);
        CHECK(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, customer));
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, customer));
        CHECK(doc.objective(ObjectiveId(u"culture"_s))->perspective.value == u"customer"_s);
        CHECK(model.indexOf(Kind::Objective, u"culture"_s).parent() ==
              model.indexOf(Kind::Perspective, u"customer"_s));
        CHECK(stack.count() == 1);
        CHECK(stack.undoText().contains(u"Culture"_s));
        stack.undo();
        CHECK(doc.objective(ObjectiveId(u"culture"_s))->perspective.value == u"learning"_s);
        CHECK(model.indexOf(Kind::Objective, u"culture"_s).parent() ==
              model.indexOf(Kind::Perspective, u"learning"_s));
    }
    SECTION("dropping on an objective row files it in that objective's group")
    {
        auto data = drag(model, Kind::Objective, u"culture"_s);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                   model.indexOf(Kind::Objective, u"profit"_s)));
        CHECK(doc.objective(ObjectiveId(u"culture"_s))->perspective.value == u"financial"_s);
    }
    SECTION("a KPI onto another objective, then undo")
    {
        auto data = drag(model, Kind::Kpi, u"nps"_s);
        REQUIRE(data);
        const QModelIndex revenue = model.indexOf(Kind::Objective, u"revenue"_s);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, revenue));
        CHECK(doc.kpi(KpiId(u"nps"_s))->objective.value == u"revenue"_s);
        CHECK(model.indexOf(Kind::Kpi, u"nps"_s).parent() ==
              model.indexOf(Kind::Objective, u"revenue"_s));
        CHECK(doc.kpi(KpiId(u"nps"_s))->measurements.size() == 1); // values go along
        CHECK(stack.count() == 1);
        stack.undo();
        CHECK(doc.kpi(KpiId(u"nps"_s))->objective.value == u"loyal-clients"_s);
    }
    SECTION("by pillar: onto a pillar, and onto No pillar")
    {
        model.setGrouping(Model::Grouping::ByPillar);
        auto back = drag(model, Kind::Objective, u"profit"_s);
        REQUIRE(model.dropMimeData(back.get(), Qt::MoveAction, -1, 0,
                                   model.indexOf(Kind::Pillar, QString())));
        CHECK(doc.objective(ObjectiveId(u"profit"_s))->pillar.isNull());
        CHECK(childIds(model, model.indexOf(Kind::Pillar, QString())) ==
              QStringList({u"profit"_s, u"culture"_s}));
        auto data = drag(model, Kind::Objective, u"culture"_s);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                   model.indexOf(Kind::Pillar, u"ops"_s)));
        CHECK(doc.objective(ObjectiveId(u"culture"_s))->pillar.value == u"ops"_s);
        CHECK(doc.objective(ObjectiveId(u"culture"_s))->perspective.value == u"learning"_s);
        CHECK(stack.count() == 2);
    }
    SECTION("refused drops")
    {
        const QByteArray before = toJson(doc.scorecard());
        auto objective = drag(model, Kind::Objective, u"culture"_s);
        auto kpi = drag(model, Kind::Kpi, u"nps"_s);
        const QModelIndex learning = model.indexOf(Kind::Perspective, u"learning"_s);
        const QModelIndex loyal = model.indexOf(Kind::Objective, u"loyal-clients"_s);
        // Onto the place it already has.
        CHECK_FALSE(model.canDropMimeData(objective.get(), Qt::MoveAction, -1, 0, learning));
        CHECK_FALSE(model.dropMimeData(objective.get(), Qt::MoveAction, -1, 0, learning));
        CHECK_FALSE(model.dropMimeData(kpi.get(), Qt::MoveAction, -1, 0, loyal));
        // A KPI onto a perspective (no objective there), anything onto the root.
        CHECK_FALSE(model.dropMimeData(kpi.get(), Qt::MoveAction, -1, 0, learning));
        CHECK_FALSE(model.dropMimeData(objective.get(), Qt::MoveAction, 0, 0, {}));
        // A copy, foreign data.
        CHECK_FALSE(model.dropMimeData(objective.get(), Qt::CopyAction, -1, 0,
                                       model.indexOf(Kind::Perspective, u"customer"_s)));
        QMimeData junk;
        junk.setData(Model::mimeType(), "planet\tmars");
        CHECK_FALSE(model.dropMimeData(&junk, Qt::MoveAction, -1, 0,
                                       model.indexOf(Kind::Perspective, u"customer"_s)));
        QMimeData gone;
        gone.setData(Model::mimeType(), "objective\tno-such-objective");
        CHECK_FALSE(model.dropMimeData(&gone, Qt::MoveAction, -1, 0,
                                       model.indexOf(Kind::Perspective, u"customer"_s)));
        // Grouped by initiative: an objective's place there is a contribution, not a move.
        model.setGrouping(Model::Grouping::ByInitiative);
        CHECK(model.rowCount() == 1); // "No initiative" only
        CHECK_FALSE(model.dropMimeData(objective.get(), Qt::MoveAction, -1, 0, model.index(0, 0)));
        // Not editable (presentation mode): no drag, no drop.
        model.setGrouping(Model::Grouping::ByPerspective);
        model.setEditable(false);
        CHECK_FALSE(model.flags(model.indexOf(Kind::Objective, u"culture"_s)) &
                    Qt::ItemIsDragEnabled);
        CHECK_FALSE(model.flags(model.indexOf(Kind::Objective, u"culture"_s)) & Qt::ItemIsEditable);
        CHECK_FALSE(model.dropMimeData(objective.get(), Qt::MoveAction, -1, 0,
                                       model.indexOf(Kind::Perspective, u"customer"_s)));
        CHECK(stack.count() == 0);
        CHECK(toJson(doc.scorecard()) == before);
    }
}

TEST_CASE("Dropping through the view's sorted, filtered proxy: two objectives at once are one "
          "undo step",
          "[ui][workspace2]")
{
    Window w;
    QTreeView *view = w.panel()->view();
    QAbstractItemModel *proxy = view->model();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view->dragEnabled());
    CHECK(view->acceptDrops());
    CHECK(proxy->supportedDropActions() & Qt::MoveAction);
    view->sortByColumn(Model::NameColumn, Qt::DescendingOrder);
    const QModelIndexList rows = {w.proxyRow(Kind::Objective, u"culture"_s),
                                  w.proxyRow(Kind::Objective, u"skills"_s),
                                  w.proxyRow(Kind::Perspective, u"learning"_s)}; // not dragged
    std::unique_ptr<QMimeData> data(proxy->mimeData(rows));
    REQUIRE(data);
    CHECK(QString::fromUtf8(data->data(Model::mimeType())).split(u'\n').size() == 2);
    const QModelIndex customer = w.proxyRow(Kind::Perspective, u"customer"_s);
    REQUIRE(proxy->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, customer));
    REQUIRE(proxy->dropMimeData(data.get(), Qt::MoveAction, 0, 0, customer));
    CHECK(w.doc().objective(ObjectiveId(u"culture"_s))->perspective.value == u"customer"_s);
    CHECK(w.doc().objective(ObjectiveId(u"skills"_s))->perspective.value == u"customer"_s);
    CHECK(w.steps() == 1);
    CHECK(w.doc().undoStack()->undoText() == u"Move 2 items"_s);
    CHECK(w.proxyRow(Kind::Objective, u"skills"_s).parent() ==
          w.proxyRow(Kind::Perspective, u"customer"_s));
    w.window.undoAction()->trigger();
    CHECK(w.doc().objective(ObjectiveId(u"culture"_s))->perspective.value == u"learning"_s);
    CHECK(w.doc().objective(ObjectiveId(u"skills"_s))->perspective.value == u"learning"_s);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("The owner filter lists the document's owners and keeps rows of one owner",
          "[ui][workspace2]")
{
    Window w;
    QAbstractItemModelTester tester(w.panel()->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QComboBox *owners = w.panel()->ownerFilter();
    CHECK(owners->count() == 1); // "All owners": nobody owns anything yet
    Objective revenue = *w.doc().objective(ObjectiveId(u"revenue"_s));
    revenue.owner = u"Dana CFO"_s;
    REQUIRE(w.doc().push(ChangeEntityCommand<Objective>::create(w.doc(), revenue).value()).ok());
    Kpi nps = *w.doc().kpi(KpiId(u"nps"_s));
    nps.owner = u"Ari"_s;
    REQUIRE(w.doc().push(ChangeEntityCommand<Kpi>::create(w.doc(), nps).value()).ok());
    REQUIRE(owners->count() == 3);
    CHECK(owners->itemText(1) == u"Ari"_s);
    CHECK(owners->itemText(2) == u"Dana CFO"_s);

    owners->setCurrentIndex(owners->findText(u"Dana CFO"_s));
    CHECK(w.panel()->proxy()->owner() == u"Dana CFO"_s);
    CHECK(w.proxyRow(Kind::Objective, u"revenue"_s).isValid());
    CHECK_FALSE(w.proxyRow(Kind::Objective, u"profit"_s).isValid());
    CHECK_FALSE(w.proxyRow(Kind::Kpi, u"nps"_s).isValid());
    CHECK(w.proxyRow(Kind::Perspective, u"financial"_s).isValid()); // the path to a match
    CHECK_FALSE(w.proxyRow(Kind::Perspective, u"learning"_s).isValid());

    // Undoing the owner change takes the owner out of the list and the filter off.
    w.doc().undoStack()->undo();
    w.doc().undoStack()->undo();
    CHECK(owners->count() == 1);
    CHECK(w.panel()->proxy()->owner().isEmpty());
    CHECK(w.proxyRow(Kind::Objective, u"profit"_s).isValid());
}

TEST_CASE("Collapsed rows stay collapsed across regrouping, filtering, undo and as-of changes",
          "[ui][workspace2]")
{
    Window w;
    QAbstractItemModelTester tester(w.panel()->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView *view = w.panel()->view();
    auto expanded = [&](Kind kind, const QString &id) {
        const QModelIndex row = w.proxyRow(kind, id);
        REQUIRE(row.isValid());
        return view->isExpanded(row);
    };
    CHECK(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK(expanded(Kind::Perspective, u"internal"_s));
    view->collapse(w.proxyRow(Kind::Objective, u"loyal-clients"_s));
    view->collapse(w.proxyRow(Kind::Perspective, u"internal"_s));
    CHECK(w.panel()->isCollapsedByUser(EntityKind::Objective, u"loyal-clients"_s));

    QComboBox *grouping = w.panel()->groupingCombo();
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByPillar)));
    CHECK_FALSE(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK(expanded(Kind::Pillar, u"growth"_s));
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByPerspective)));
    CHECK_FALSE(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK_FALSE(expanded(Kind::Perspective, u"internal"_s));
    CHECK(expanded(Kind::Perspective, u"financial"_s));

    // A filter shows every match; clearing it brings the collapsed rows back.
    w.panel()->filterEdit()->setText(u"net promoter"_s);
    CHECK(expanded(Kind::Objective, u"loyal-clients"_s));
    w.panel()->filterEdit()->clear();
    CHECK_FALSE(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK_FALSE(expanded(Kind::Perspective, u"internal"_s));

    // Rows that come back with undo keep their state; new parents open.
    auto remove = RemoveEntityCommand<Objective>::create(
        w.doc(), *w.doc().objective(ObjectiveId(u"loyal-clients"_s)));
    REQUIRE(w.doc().push(std::move(remove).value()).ok());
    CHECK_FALSE(w.proxyRow(Kind::Objective, u"loyal-clients"_s).isValid());
    w.doc().undoStack()->undo();
    CHECK_FALSE(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK(expanded(Kind::Perspective, u"customer"_s));
    CHECK_FALSE(expanded(Kind::Perspective, u"internal"_s));

    w.window.setAsOf(QDate(2026, 6, 30));
    CHECK_FALSE(expanded(Kind::Objective, u"loyal-clients"_s));
    CHECK(expanded(Kind::Perspective, u"financial"_s));

    // Expanding by hand is remembered too.
    view->expand(w.proxyRow(Kind::Perspective, u"internal"_s));
    CHECK_FALSE(w.panel()->isCollapsedByUser(EntityKind::Perspective, u"internal"_s));
}

TEST_CASE("Insert adds one item under the selection, selects it and opens its name",
          "[ui][workspace2]")
{
    Window w;
    EditActions *edits = w.window.editActions();
    QMenu *insertMenu = w.window.insertMenu();
    CHECK(insertMenu->actions().size() == 7);
    // The tree's context menu has the inserts that go under a row, and Delete.
    const QList<QAction *> context = w.panel()->view()->actions();
    CHECK(context.contains(edits->insertAction(EntityKind::Kpi)));
    CHECK(context.contains(edits->deleteAction()));
    // Nothing selected: no objective to put a KPI or OKR under.
    w.window.selection()->clear();
    CHECK_FALSE(edits->insertAction(EntityKind::Kpi)->isEnabled());
    CHECK_FALSE(edits->insertAction(EntityKind::Okr)->isEnabled());
    CHECK(edits->insertAction(EntityKind::Objective)->isEnabled());

    SECTION("a KPI under the selected objective, named in place")
    {
        w.window.selection()->setCurrent(EntityKind::Objective, u"revenue"_s);
        QAction *kpi = edits->insertAction(EntityKind::Kpi);
        REQUIRE(kpi->isEnabled());
        const int before = w.steps();
        kpi->trigger();
        CHECK(w.steps() == before + 1);
        REQUIRE(w.window.selection()->kind() == EntityKind::Kpi);
        const QString id = w.window.selection()->id();
        const Kpi *k = w.doc().kpi(KpiId(id));
        REQUIRE(k);
        CHECK(k->objective.value == u"revenue"_s);
        CHECK(w.window.tabs()->currentWidget() == w.panel());
        QTreeView *view = w.panel()->view();
        CHECK(w.panel()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        REQUIRE(editor);
        editor->setText(u"Revenue growth"_s);
        w.window.commitPendingEdits();
        CHECK_FALSE(w.panel()->isEditing());
        CHECK(w.doc().kpi(KpiId(id))->name == u"Revenue growth"_s);
        CHECK(w.steps() == before + 2);
        w.doc().undoStack()->undo();
        w.doc().undoStack()->undo();
        CHECK_FALSE(w.doc().kpi(KpiId(id)));
    }
    SECTION("an objective in the selected perspective, an OKR and an initiative under it")
    {
        w.window.selection()->setCurrent(EntityKind::Perspective, u"internal"_s);
        auto objective = edits->insert(EntityKind::Objective);
        REQUIRE(objective.ok());
        w.window.commitPendingEdits();
        const Objective *o = w.doc().objective(ObjectiveId(*objective));
        REQUIRE(o);
        CHECK(o->perspective.value == u"internal"_s);
        CHECK(w.window.selection()->id() == *objective);
        auto okr = edits->insert(EntityKind::Okr);
        REQUIRE(okr.ok());
        w.window.commitPendingEdits();
        CHECK(w.doc().okr(OkrId(*okr))->objective.value == *objective);
        w.window.selection()->setCurrent(EntityKind::Objective, *objective);
        auto initiative = edits->insert(EntityKind::Initiative);
        REQUIRE(initiative.ok());
        w.window.commitPendingEdits();
        const Initiative *in = w.doc().initiative(InitiativeId(*initiative));
        REQUIRE(in);
        REQUIRE(in->contributions.size() == 1);
        CHECK(in->contributions.front().objective.value == *objective);
        CHECK(w.steps() == 3);
    }
    SECTION("a pillar, a department inside the selected one, a perspective: unique names")
    {
        auto pillar = edits->insert(EntityKind::Pillar);
        REQUIRE(pillar.ok());
        CHECK(w.panel()->model()->grouping() == Model::Grouping::ByPillar);
        CHECK(w.panel()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(
            w.panel()->view()->indexWidget(w.panel()->view()->currentIndex()));
        REQUIRE(editor);
        editor->setText(u"Digital"_s);
        w.window.commitPendingEdits();
        CHECK(w.doc().pillar(PillarId(*pillar))->name == u"Digital"_s);
        auto second = edits->insert(EntityKind::Pillar);
        REQUIRE(second.ok());
        w.window.commitPendingEdits();
        CHECK(w.doc().pillar(PillarId(*second))->name != w.doc().pillar(PillarId(*pillar))->name);

        auto department = edits->insert(EntityKind::Department);
        REQUIRE(department.ok());
        w.window.commitPendingEdits();
        w.window.selection()->setCurrent(EntityKind::Department, *department);
        auto inner = edits->insert(EntityKind::Department);
        REQUIRE(inner.ok());
        w.window.commitPendingEdits();
        CHECK(w.doc().department(DepartmentId(*inner))->parent.value == *department);

        const size_t lanes = w.doc().scorecard().perspectives.size();
        REQUIRE(edits->insert(EntityKind::Perspective).ok());
        w.window.commitPendingEdits();
        CHECK(w.doc().scorecard().perspectives.size() == lanes + 1);
    }
    SECTION("on the map tab a new objective is named on its card")
    {
        w.window.tabs()->setCurrentWidget(w.window.mapPanel());
        w.window.selection()->setCurrent(EntityKind::Perspective, u"learning"_s);
        auto objective = edits->insert(EntityKind::Objective);
        REQUIRE(objective.ok());
        StrategyMapScene *scene = w.window.mapPanel()->scene();
        REQUIRE(scene->nameEditor());
        CHECK(scene->nameEditor()->objective().value == *objective);
        w.window.commitPendingEdits();
        CHECK_FALSE(scene->nameEditor());
    }
    SECTION("KPI without a selected objective is refused with a reason")
    {
        auto r = edits->insert(EntityKind::Kpi);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(u"objective"_s));
        CHECK(w.steps() == 0);
    }
}

TEST_CASE("Delete removes the selected item in one step after a confirmation that lists what "
          "else changes",
          "[ui][workspace2]")
{
    Window w;
    EditActions *edits = w.window.editActions();
    QAction *remove = edits->deleteAction();
    CHECK(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    w.window.tabs()->setCurrentWidget(w.panel());
    w.window.selection()->clear();
    CHECK_FALSE(remove->isEnabled());

    w.window.selection()->setCurrent(EntityKind::Objective, u"loyal-clients"_s);
    REQUIRE(remove->isEnabled());
    auto lines = edits->consequences(EntityKind::Objective, u"loyal-clients"_s);
    REQUIRE(lines.ok());
    // Two links (culture -> loyal clients -> revenue) go; the KPI stays, detached.
    CHECK(lines->filter(u"link"_s).size() == 2);
    CHECK(lines->filter(u"Net promoter score"_s).size() == 1);

    const QByteArray before = toJson(w.doc().scorecard());
    w.answer = false;
    remove->trigger();
    REQUIRE(w.questions.size() == 1);
    CHECK(w.questions.front().contains(u"Loyal clients"_s));
    CHECK(w.questions.front().contains(u"Net promoter score"_s));
    CHECK(toJson(w.doc().scorecard()) == before);
    CHECK(w.steps() == 0);

    w.answer = true;
    remove->trigger();
    CHECK_FALSE(w.doc().objective(ObjectiveId(u"loyal-clients"_s)));
    CHECK(w.doc().kpi(KpiId(u"nps"_s))->objective.isNull());
    CHECK(w.steps() == 1);
    CHECK(w.window.selection()->isEmpty());
    w.doc().undoStack()->undo();
    CHECK(toJson(w.doc().scorecard()) == before);

    // A perspective that still holds objectives: refused, with the reason.
    w.window.selection()->setCurrent(EntityKind::Perspective, u"learning"_s);
    remove->trigger();
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.front().startsWith(u"Cannot delete"_s));
    CHECK(toJson(w.doc().scorecard()) == before);

    // On the map: the selected cards.
    w.window.tabs()->setCurrentWidget(w.window.mapPanel());
    w.window.mapPanel()->scene()->selectObjective(ObjectiveId(u"skills"_s));
    REQUIRE(remove->isEnabled());
    remove->trigger();
    CHECK(w.questions.last().contains(u"Skills"_s));
    CHECK_FALSE(w.doc().objective(ObjectiveId(u"skills"_s)));
    CHECK(w.steps() == 1);

    // An arrow alone.
    StrategyMapScene *scene = w.window.mapPanel()->scene();
    scene->clearSelection();
    const size_t links = w.doc().scorecard().links.size();
    REQUIRE_FALSE(scene->linkItems().isEmpty());
    scene->linkItems().front()->setSelected(true);
    remove->trigger();
    CHECK(w.questions.last() == u"Delete the selected arrow?"_s);
    CHECK(w.doc().scorecard().links.size() == links - 1);
    CHECK(w.steps() == 2);
    // Nothing selected on the map: nothing happens, no message.
    scene->clearSelection();
    const int asked = int(w.questions.size());
    remove->trigger();
    CHECK(w.questions.size() == asked);
    CHECK(w.steps() == 2);
    CHECK(w.errors.size() == 1); // only the perspective's refusal above
}

TEST_CASE("File > Close commits an edit in progress, closes the file and keeps it as the last "
          "file, the window state is remembered",
          "[ui][workspace2]")
{
    Window w;
    CHECK(w.window.closeAction()->shortcut() == QKeySequence(QKeySequence::Close));
    CHECK(w.window.closeAction()->isEnabled());
    QTreeView *view = w.panel()->view();
    w.window.tabs()->setCurrentWidget(w.panel());
    const QModelIndex name = w.proxyRow(Kind::Objective, u"quality"_s);
    view->setCurrentIndex(name);
    view->edit(name);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(name));
    REQUIRE(editor);
    editor->setText(u"Quality first"_s);

    w.window.closeAction()->trigger();
    CHECK_FALSE(w.window.document());
    CHECK_FALSE(w.window.closeAction()->isEnabled());
    for (QAction *a : w.window.editActions()->insertActions())
        CHECK_FALSE(a->isEnabled());
    CHECK_FALSE(w.window.editActions()->deleteAction()->isEnabled());
    CHECK(w.window.statusBar()->findChildren<QLabel *>().front()->text() == u"No scorecard open"_s);
    CHECK(w.panel()->emptyHint().contains(u"File > Open"_s));
    CHECK(w.errors.isEmpty());

    // The typed name reached the file as a command.
    auto reopened = ScorecardDocument::open(w.file.path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->objective(ObjectiveId(u"quality"_s))->name == u"Quality first"_s);
    CHECK(QSettings().value(u"lastFile"_s).toString() == QFileInfo(w.file.path).absoluteFilePath());

    // Closing the window stores geometry and dock layout.
    QSettings().remove(u"window"_s);
    w.window.close();
    CHECK_FALSE(QSettings().value(u"window/state"_s).toByteArray().isEmpty());
    CHECK_FALSE(QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
}

TEST_CASE("Presentation mode: the map full screen and nothing editable, leaving restores",
          "[ui][workspace2]")
{
    Window w;
    PresentationMode *mode = w.window.presentationMode();
    QAction *toggle = mode->action();
    CHECK(toggle->shortcut() == QKeySequence(Qt::Key_F5));
    QMenu *view = w.window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    REQUIRE(view);
    CHECK(view->actions().contains(toggle));
    w.window.tabs()->setCurrentWidget(w.panel());
    w.window.show();
    QApplication::processEvents();
    auto *details = w.window.findChild<QDockWidget *>(u"detailsDock"_s);
    REQUIRE(details);
    CHECK(details->isVisible());
    Objective culture = *w.doc().objective(ObjectiveId(u"culture"_s));
    culture.owner = u"HR"_s;
    REQUIRE(w.doc().push(ChangeEntityCommand<Objective>::create(w.doc(), culture).value()).ok());
    REQUIRE(w.window.undoAction()->isEnabled());
    w.window.selection()->setCurrent(EntityKind::Objective, u"culture"_s);

    toggle->trigger();
    CHECK(mode->isActive());
    CHECK(w.window.tabs()->currentWidget() == w.window.mapPanel());
    CHECK(w.window.windowState() & Qt::WindowFullScreen);
    CHECK_FALSE(details->isVisible());
    StrategyMapScene *scene = w.window.mapPanel()->scene();
    CHECK_FALSE(scene->isEditable());
    CHECK_FALSE(scene->cardItem(ObjectiveId(u"culture"_s))->flags() & QGraphicsItem::ItemIsMovable);
    CHECK_FALSE(w.proxyRow(Kind::Objective, u"culture"_s).flags() & Qt::ItemIsEditable);
    CHECK_FALSE(w.proxyRow(Kind::Objective, u"culture"_s).flags() & Qt::ItemIsDragEnabled);
    for (QAction *a : w.window.editActions()->insertActions())
        CHECK_FALSE(a->isEnabled());
    CHECK_FALSE(w.window.editActions()->deleteAction()->isEnabled());
    CHECK_FALSE(w.window.undoAction()->isEnabled());
    CHECK_FALSE(w.window.editActions()->insert(EntityKind::Objective).ok());
    CHECK(w.window.statusBar()->findChildren<QLabel *>().at(1)->text().contains(u"Presentation"_s));
    // The map refuses edits too.
    CHECK_FALSE(scene->autoLayout().ok());

    toggle->trigger();
    CHECK_FALSE(mode->isActive());
    QApplication::processEvents();
    CHECK(w.window.tabs()->currentWidget() == w.panel());
    CHECK_FALSE(w.window.windowState() & Qt::WindowFullScreen);
    CHECK(details->isVisible());
    CHECK(scene->isEditable());
    CHECK(w.proxyRow(Kind::Objective, u"culture"_s).flags() & Qt::ItemIsEditable);
    CHECK(w.window.undoAction()->isEnabled());
    CHECK(w.window.editActions()->deleteAction()->isEnabled());

    // Esc leaves presentation mode (and does nothing otherwise).
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    toggle->trigger();
    REQUIRE(mode->isActive());
    QTest::keyClick(&w.window, Qt::Key_Escape);
    CHECK_FALSE(mode->isActive());
    CHECK_FALSE(toggle->isChecked());
    w.window.hide();
}

TEST_CASE("A read-only file offers no Insert or Delete, the status bar says so", "[ui][workspace2]")
{
    MapFile file(mapScorecard(), false);
    {
        // Another program holds the write lock: the file opens read-only.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"workspace2-locker"_s);
        other.setDatabaseName(file.path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(u"BEGIN IMMEDIATE"_s)); // readers may, writers wait
        MainWindow window;
        window.setErrorHandler([](const QString &) {});
        REQUIRE(window.openFile(file.path));
        REQUIRE(window.document()->isReadOnly());
        window.selection()->setCurrent(EntityKind::Objective, u"revenue"_s);
        for (QAction *a : window.editActions()->insertActions())
            CHECK_FALSE(a->isEnabled());
        CHECK_FALSE(window.editActions()->deleteAction()->isEnabled());
        CHECK_FALSE(window.editActions()->insert(EntityKind::Objective).ok());
        CHECK_FALSE(window.mapPanel()->scene()->isEditable());
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        REQUIRE(labels.size() >= 3);
        CHECK(labels.at(0)->text() == window.document()->path());
        CHECK(labels.at(1)->text().contains(u"Read-only"_s));
        CHECK(labels.at(2)->text().startsWith(u"As of"_s));
        window.closeFile();
        lock.exec(u"ROLLBACK"_s);
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"workspace2-locker"_s);
}

TEST_CASE("View has the standard zoom shortcuts", "[ui][workspace2]")
{
    MainWindow window;
    QMenu *view = window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    REQUIRE(view);
    QList<QKeySequence> shortcuts;
    for (QAction *a : view->actions())
        shortcuts << a->shortcut();
    CHECK(shortcuts.contains(QKeySequence(QKeySequence::ZoomIn)));
    CHECK(shortcuts.contains(QKeySequence(QKeySequence::ZoomOut)));
    CHECK(shortcuts.contains(QKeySequence(Qt::Key_F5)));
    CHECK(shortcuts.contains(QKeySequence(QKeySequence::FullScreen)));
}

TEST_CASE("Screenshots of the tree grouped by initiative and of the Insert menu's result",
          "[.workspace2-shots]")
{
    const QString target = qEnvironmentVariable("SCORECARD_SHOT_DIR");
    REQUIRE_FALSE(target.isEmpty());
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.resize(1600, 1000);
    window.setAsOf(QDate(2026, 11, 30));
    window.tabs()->setCurrentWidget(window.scorecardPanel());
    window.show();
    QComboBox *grouping = window.scorecardPanel()->groupingCombo();
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByInitiative)));
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(QDir(target).filePath(u"by-initiative.png"_s)));
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByPerspective)));
    const Objective &first = window.document()->scorecard().objectives.front();
    window.selection()->setCurrent(EntityKind::Objective, first.id.value);
    REQUIRE(window.editActions()->insert(EntityKind::Kpi).ok());
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(QDir(target).filePath(u"insert-kpi.png"_s)));
    window.commitPendingEdits();
    window.closeFile();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(QDir(target).filePath(u"closed.png"_s)));
}

TEST_CASE("The Del key deletes the selected row, inside an editor it deletes text",
          "[ui][workspace2]")
{
    Window w;
    w.window.tabs()->setCurrentWidget(w.panel());
    w.window.show();
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTreeView *view = w.panel()->view();
    view->setFocus();
    view->setCurrentIndex(w.proxyRow(Kind::Objective, u"culture"_s));
    REQUIRE(w.window.selection()->id() == u"culture"_s);

    // In the name editor, Del edits the text.
    view->edit(view->currentIndex());
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    REQUIRE(editor);
    editor->setFocus();
    editor->setCursorPosition(0);
    QTest::keyClick(editor, Qt::Key_Delete);
    CHECK(editor->text() == u"ulture"_s);
    CHECK(w.questions.isEmpty());
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(w.doc().objective(ObjectiveId(u"culture"_s))->name == u"Culture"_s);

    // On the row, Del asks and deletes.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(w.questions.size() == 1);
    CHECK_FALSE(w.doc().objective(ObjectiveId(u"culture"_s)));
    CHECK(w.steps() == 1);
    w.window.hide();
}

TEST_CASE("Timing on a big scorecard (SCORECARD_BIG_FILE)", "[.workspace2-big]")
{
    const QString path = qEnvironmentVariable("SCORECARD_BIG_FILE");
    REQUIRE_FALSE(path.isEmpty());
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    QElapsedTimer timer;
    timer.start();
    REQUIRE(window.openFile(path));
    window.tabs()->setCurrentWidget(window.scorecardPanel());
    window.show();
    QApplication::processEvents();
    WARN("open + show: " << timer.restart() << " ms");
    QComboBox *grouping = window.scorecardPanel()->groupingCombo();
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByPillar)));
    QApplication::processEvents();
    WARN("regroup: " << timer.restart() << " ms");
    const Objective &first = window.document()->scorecard().objectives.front();
    window.selection()->setCurrent(EntityKind::Objective, first.id.value);
    REQUIRE(window.editActions()->insert(EntityKind::Kpi).ok());
    window.commitPendingEdits();
    QApplication::processEvents();
    WARN("insert KPI: " << timer.restart() << " ms");
    window.undoAction()->trigger();
    QApplication::processEvents();
    WARN("undo: " << timer.restart() << " ms");
}

TEST_CASE("A drop event on the tree view's row moves the KPI there", "[ui][workspace2]")
{
    Window w;
    w.window.tabs()->setCurrentWidget(w.panel());
    w.window.resize(1400, 900);
    w.window.show();
    QApplication::processEvents();
    QTreeView *view = w.panel()->view();
    std::unique_ptr<QMimeData> data(view->model()->mimeData({w.proxyRow(Kind::Kpi, u"nps"_s)}));
    REQUIRE(data);
    const QModelIndex target = w.proxyRow(Kind::Objective, u"revenue"_s);
    const QRect rect = view->visualRect(target);
    REQUIRE(rect.isValid());
    const QPointF pos = rect.center();
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent drop(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    CHECK(w.doc().kpi(KpiId(u"nps"_s))->objective.value == u"revenue"_s);
    CHECK(w.steps() == 1);

    // Onto the row of its own objective now: refused, nothing changes.
    const QRect same = view->visualRect(w.proxyRow(Kind::Objective, u"revenue"_s));
    QDragMoveEvent refused(same.center(), Qt::MoveAction, data.get(), Qt::LeftButton,
                           Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &refused);
    CHECK_FALSE(refused.isAccepted());
    QDropEvent dropSame(QPointF(same.center()), Qt::MoveAction, data.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropSame);
    CHECK(w.steps() == 1);
    w.window.hide();
}

TEST_CASE("A value being typed when the as-of date changes goes to the period it was opened for",
          "[ui][workspace2]")
{
    Window w; // as of 2026-10-31
    w.window.tabs()->setCurrentWidget(w.panel());
    QTreeView *view = w.panel()->view();
    const QModelIndex value = w.proxyRow(Kind::Kpi, u"nps"_s, Model::ValueColumn);
    view->setCurrentIndex(value);
    view->edit(value);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(value));
    REQUIRE(editor);
    editor->setText(u"97"_s);
    w.window.setAsOf(QDate(2026, 11, 30));
    CHECK_FALSE(w.panel()->isEditing());
    const Measurement *october =
        w.doc().measurement(KpiId(u"nps"_s), *Period::parse(u"2026-10"_s, Frequency::Monthly));
    REQUIRE(october);
    CHECK(october->value == 97);
    CHECK_FALSE(
        w.doc().measurement(KpiId(u"nps"_s), *Period::parse(u"2026-11"_s, Frequency::Monthly)));
}

TEST_CASE("Closing the window while presenting remembers the working layout, not the "
          "presentation's",
          "[ui][workspace2]")
{
    {
        Window w;
        w.window.show();
        QApplication::processEvents();
        w.window.presentationMode()->setActive(true);
        REQUIRE_FALSE(w.window.findChild<QDockWidget *>(u"detailsDock"_s)->isVisible());
        w.window.close();
        CHECK_FALSE(w.window.presentationMode()->isActive());
    }
    MainWindow next;
    next.show();
    QApplication::processEvents();
    CHECK(next.findChild<QDockWidget *>(u"detailsDock"_s)->isVisible());
    CHECK(next.findChild<QDockWidget *>(u"problemsDock"_s)->isVisible());
    CHECK_FALSE(next.windowState() & Qt::WindowFullScreen);
    next.hide();
}
