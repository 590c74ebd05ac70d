// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/alignment.h"
#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "detailspanel.h"
#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "kpichartpanel.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "model/templates.h"
#include "problemspanel.h"
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
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::maptest;
using Model = ScorecardTreeModel;

namespace {

QString makeFile(const QTemporaryDir &dir)
{
    Scorecard sc = fourPerspectiveTemplate(QStringLiteral("UI test"));
    Objective o;
    o.id = ObjectiveId(QStringLiteral("grow"));
    o.name = QStringLiteral("Grow");
    o.perspective = PerspectiveId(QStringLiteral("financial"));
    o.seq = 1;
    sc.objectives.push_back(o);
    const QString path = dir.filePath(QStringLiteral("ui.scorecard"));
    REQUIRE(ScorecardFile::create(path, sc).ok());
    return path;
}

struct Window
{
    MapFile file{mapScorecard(), false};
    MainWindow window;
    QStringList errors;

    Window()
    {
        window.setErrorHandler([this](const QString &m) { errors << m; });
        REQUIRE(window.openFile(file.path));
        window.setAsOf(QDate(2026, 10, 31));
    }
    QModelIndex proxyRow(Model::NodeKind kind, const QString &id, int column = 0) const
    {
        ScorecardPanel *panel = window.scorecardPanel();
        return panel->proxy()->mapFromSource(panel->model()->indexOf(kind, id, column));
    }
};

} // namespace

TEST_CASE("The main window opens a file and refuses a bad one", "[ui][workspace]")
{
    QTemporaryDir dir;
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &m) { errors << m; });
    REQUIRE(window.openFile(makeFile(dir)));
    CHECK(window.windowTitle().startsWith(QStringLiteral("UI test")));
    REQUIRE(window.scorecardPanel()->view()->model());
    CHECK(window.scorecardPanel()->view()->model()->rowCount() == 4);
    CHECK(window.document()->scorecard().objectives.size() == 1);
    CHECK_FALSE(window.openFile(dir.filePath(QStringLiteral("missing.scorecard"))));
    CHECK(errors.size() == 1);
    CHECK(window.document()->scorecard().info.name == QStringLiteral("UI test"));
}

TEST_CASE("The as-of date reaches the map, the scorecard and the details", "[ui][workspace]")
{
    Window w;
    CHECK(w.window.mapPanel()->scene()->asOf() == QDate(2026, 10, 31));
    CHECK(w.window.scorecardPanel()->model()->asOf() == QDate(2026, 10, 31));
    const QModelIndex score = w.proxyRow(Model::NodeKind::Kpi, u"nps"_s, Model::ScoreColumn);
    CHECK_FALSE(score.data().toString().isEmpty());
    w.window.setAsOf(QDate(2026, 9, 30));
    CHECK(w.window.mapPanel()->scene()->asOf() == QDate(2026, 9, 30));
    CHECK(score.data().toString().isEmpty());
    CHECK(score.siblingAtColumn(Model::StatusColumn).data().toString() ==
          statusLabel(scoring::Status::NoData));
}

TEST_CASE("Selecting in the scorecard selects on the map and the other way round",
          "[ui][workspace]")
{
    Window w;
    QTreeView *view = w.window.scorecardPanel()->view();
    StrategyMapScene *scene = w.window.mapPanel()->scene();
    const QModelIndex quality = w.proxyRow(Model::NodeKind::Objective, u"quality"_s);
    REQUIRE(quality.isValid());
    view->setCurrentIndex(quality);
    CHECK(w.window.selection()->kind() == EntityKind::Objective);
    CHECK(w.window.selection()->id() == u"quality"_s);
    REQUIRE(scene->selectedItems().size() == 1);
    CHECK(dynamic_cast<ObjectiveCardItem *>(scene->selectedItems().front())->id().value ==
          u"quality"_s);
    CHECK(w.window.detailsPanel()->editor()->isVisibleTo(w.window.detailsPanel()));

    scene->selectObjective(ObjectiveId(u"skills"_s));
    CHECK(w.window.selection()->id() == u"skills"_s);
    CHECK(view->currentIndex().siblingAtColumn(0).data(Model::IdRole).toString() == u"skills"_s);
    CHECK(w.window.detailsPanel()->nameEdit()->text() == u"Skills"_s);

    // A KPI selected in the tree shows its explanation in the details.
    view->setCurrentIndex(w.proxyRow(Model::NodeKind::Kpi, u"nps"_s));
    CHECK(w.window.selection()->kind() == EntityKind::Kpi);
    CHECK(w.window.detailsPanel()->explanation().contains(u"95"_s));
    CHECK_FALSE(w.window.detailsPanel()->editor()->isVisibleTo(w.window.detailsPanel()));
}

TEST_CASE("The details editor validates and changes an objective in one undo step",
          "[ui][workspace]")
{
    Window w;
    ScorecardDocument *doc = w.window.document();
    w.window.selection()->setCurrent(EntityKind::Objective, u"profit"_s);
    DetailsPanel *details = w.window.detailsPanel();
    CHECK(details->explanation().startsWith(u"As of"_s));
    details->nameEdit()->setText(QString());
    CHECK_FALSE(details->applyButton()->isEnabled());
    CHECK_FALSE(details->nameError()->text().isEmpty());
    details->nameEdit()->setText(u"Profitability"_s);
    details->weightEdit()->setText(u"-2"_s);
    CHECK_FALSE(details->applyButton()->isEnabled());
    CHECK_FALSE(details->weightError()->text().isEmpty());
    details->weightEdit()->setText(u"3"_s);
    details->ownerEdit()->setText(u"CFO"_s);
    REQUIRE(details->applyButton()->isEnabled());
    REQUIRE(details->apply());
    const Objective *o = doc->objective(ObjectiveId(u"profit"_s));
    CHECK(o->name == u"Profitability"_s);
    CHECK(o->owner == u"CFO"_s);
    CHECK(o->weight == 3.0);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(w.window.undoAction()->text().contains(u"Profitability"_s));
    w.window.undoAction()->trigger();
    CHECK(doc->objective(ObjectiveId(u"profit"_s))->name == u"Profit"_s);
    CHECK(details->nameEdit()->text() == u"Profit"_s);
}

TEST_CASE("Edits in the scorecard view reach the document and undo", "[ui][workspace]")
{
    Window w;
    ScorecardDocument *doc = w.window.document();
    QTreeView *view = w.window.scorecardPanel()->view();
    const QModelIndex target = w.proxyRow(Model::NodeKind::Kpi, u"nps"_s, Model::TargetColumn);
    REQUIRE(view->model()->setData(target, u"90"_s));
    CHECK(doc->kpi(KpiId(u"nps"_s))->target == 90.0);
    w.window.undoAction()->trigger();
    CHECK(doc->kpi(KpiId(u"nps"_s))->target == 100.0);
    CHECK(view->model()->setData(target, u"lots"_s) == false);
    CHECK(w.errors.size() == 1);
}

TEST_CASE("Filters narrow the scorecard and selected rows copy as tab-separated text",
          "[ui][workspace]")
{
    Window w;
    ScorecardPanel *panel = w.window.scorecardPanel();
    QAbstractItemModelTester tester(panel->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel->filterEdit()->setText(u"net promoter"_s);
    CHECK(panel->proxy()->rowCount() == 1); // the customer lane, kept for its KPI
    panel->filterEdit()->clear();
    CHECK(panel->proxy()->rowCount() == 4);
    panel->statusFilter()->setCurrentIndex(
        panel->statusFilter()->findData(int(scoring::Status::Green)));
    CHECK(w.proxyRow(Model::NodeKind::Kpi, u"nps"_s).isValid());
    CHECK_FALSE(w.proxyRow(Model::NodeKind::Objective, u"culture"_s).isValid());
    panel->statusFilter()->setCurrentIndex(0);

    QTreeView *view = panel->view();
    view->setCurrentIndex(w.proxyRow(Model::NodeKind::Objective, u"loyal-clients"_s));
    view->selectionModel()->select(w.proxyRow(Model::NodeKind::Kpi, u"nps"_s),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    panel->copyAction()->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(u'\t').size() == Model::ColumnCount);
    CHECK(lines[0].startsWith(u"Name\tOwner"_s));
    CHECK(lines[1].startsWith(u"Loyal clients\t"_s));
    const QStringList nps = lines[2].split(u'\t');
    REQUIRE(nps.size() == Model::ColumnCount);
    CHECK(nps[Model::NameColumn] == u"Net promoter score"_s);
    CHECK(nps[Model::ValueColumn] == u"95"_s);
    CHECK(nps[Model::UpdatedColumn] == u"2026-10"_s);
}

TEST_CASE("Save As continues with the copy, New starts from the template", "[ui][workspace]")
{
    Window w;
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.scorecard"_s);
    REQUIRE(w.window.saveAs(copy));
    CHECK(w.window.document()->path() == copy);
    CHECK(w.window.document()->scorecard().objectives.size() == 7);
    const QString fresh = dir.filePath(u"fresh.scorecard"_s);
    REQUIRE(w.window.newFile(fresh));
    CHECK(w.window.document()->scorecard().perspectives.size() == 4);
    CHECK(w.window.document()->scorecard().objectives.empty());
    CHECK(w.window.scorecardPanel()->model()->rowCount() == 4);
    // Or empty: no perspectives at all.
    REQUIRE(w.window.newFile(dir.filePath(u"empty.scorecard"_s), true));
    CHECK(w.window.document()->scorecard().perspectives.empty());
    CHECK(w.window.document()->scorecard().objectives.empty());
    CHECK(w.window.scorecardPanel()->model()->rowCount() == 0);
}

TEST_CASE("Another program's edits appear after a poll", "[ui][workspace]")
{
    Window w;
    auto other = ScorecardDocument::open(w.file.path);
    REQUIRE(other.ok());
    Objective changed = *(*other)->objective(ObjectiveId(u"culture"_s));
    changed.name = u"Culture of learning"_s;
    REQUIRE((*other)->push(ChangeEntityCommand<Objective>::create(**other, changed).value()).ok());
    QAbstractItemModelTester tester(w.window.scorecardPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.window.pollFile();
    CHECK(w.proxyRow(Model::NodeKind::Objective, u"culture"_s).data().toString() ==
          u"Culture of learning"_s);
}

TEST_CASE("The Problems dock lists the alignment findings and selects their entity",
          "[ui][workspace]")
{
    Window w;
    ProblemsPanel *problems = w.window.problemsPanel();
    const auto findings = checkAlignment(w.window.document()->scorecard(), w.window.asOf());
    REQUIRE_FALSE(findings.empty());
    CHECK(problems->count() == int(findings.size()));
    CHECK(problems->list()->topLevelItem(0)->text(1) == findings.front().message);
    int row = -1;
    for (size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].entityKind == EntityKind::Objective) {
            row = int(i);
            break;
        }
    }
    REQUIRE(row >= 0);
    QTreeWidgetItem *item = problems->list()->topLevelItem(row);
    Q_EMIT problems->list()->itemActivated(item, 1);
    CHECK(w.window.selection()->kind() == EntityKind::Objective);
    CHECK(w.window.selection()->id() == findings[size_t(row)].entity);
    CHECK(w.window.scorecardPanel()
              ->view()
              ->currentIndex()
              .siblingAtColumn(0)
              .data(Model::IdRole)
              .toString() == findings[size_t(row)].entity);

    // The list follows the document.
    auto messages = [problems] {
        QStringList list;
        for (int i = 0; i < problems->count(); ++i)
            list << problems->list()->topLevelItem(i)->text(1);
        return list;
    };
    const QStringList before = messages();
    Kpi k;
    k.name = u"Culture index"_s;
    k.objective = ObjectiveId(u"culture"_s);
    k.target = 10;
    REQUIRE(w.window.document()
                ->push(AddEntityCommand<Kpi>::create(*w.window.document(), k).value())
                .ok());
    CHECK(problems->count() ==
          int(checkAlignment(w.window.document()->scorecard(), w.window.asOf()).size()));
    CHECK(messages() != before);
}

TEST_CASE("The KPI chart shows the selected KPI's values, target, bands and as-of date",
          "[ui][workspace]")
{
    Window w;
    KpiChartPanel *chart = w.window.chartPanel();
    CHECK(chart->kpiId().isEmpty());
    w.window.selection()->setCurrent(EntityKind::Kpi, u"nps"_s);
    CHECK(chart->kpiId() == u"nps"_s);
    QStringList names;
    int areas = 0;
    const QLineSeries *actual = nullptr;
    for (QAbstractSeries *s : chart->chart()->series()) {
        names << s->name();
        if (s->type() == QAbstractSeries::SeriesTypeArea)
            ++areas;
        if (s->name() == u"Actual"_s)
            actual = static_cast<QLineSeries *>(s);
    }
    CHECK(names.contains(u"Target"_s));
    CHECK(areas == 3); // green, amber and red bands of linear scoring
    REQUIRE(actual);
    REQUIRE(actual->count() == 1);
    CHECK(actual->at(0).y() == 95.0);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"chart.png"_s);
    REQUIRE(chart->exportPng(png));
    CHECK(QImage(png).width() > 0);

    // A new value appears at once; another kind of selection clears the chart.
    Measurement m{*Period::parse(u"2026-11"_s, Frequency::Monthly), 70, {}};
    REQUIRE(
        w.window.document()
            ->push(SetMeasurementCommand::create(*w.window.document(), KpiId(u"nps"_s), m).value())
            .ok());
    bool found = false;
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->name() == u"Actual"_s)
            found = static_cast<QLineSeries *>(s)->count() == 2;
    }
    CHECK(found);

    // An objective shows its score history: one point per month with a value,
    // here the objective's only KPI scored linearly from 0 to 100 (score = value).
    const auto scoresOf = [&] {
        std::vector<double> ys;
        for (QAbstractSeries *s : chart->chart()->series()) {
            if (s->name() == u"Score"_s) {
                for (const QPointF &p : static_cast<QLineSeries *>(s)->points())
                    ys.push_back(p.y());
            }
        }
        return ys;
    };
    w.window.selection()->setCurrent(EntityKind::Objective, u"loyal-clients"_s);
    CHECK(chart->kpiId().isEmpty());
    CHECK(chart->objectiveId() == u"loyal-clients"_s);
    CHECK(scoresOf() == std::vector<double>{95}); // November starts after the as-of date
    w.window.setAsOf(QDate(2026, 11, 30));
    CHECK(scoresOf() == std::vector<double>{95, 70});
    REQUIRE(chart->exportPng(dir.filePath(u"objective.png"_s)));

    // Anything else clears the chart.
    w.window.selection()->setCurrent(EntityKind::Perspective, u"financial"_s);
    CHECK(chart->kpiId().isEmpty());
    CHECK(chart->objectiveId().isEmpty());
}

TEST_CASE("A link finding in Problems selects its arrow on the map", "[ui][workspace]")
{
    Window w;
    ScorecardDocument *doc = w.window.document();
    // Financial "revenue" driving Learning & Growth "skills": against the map's logic.
    Link down{ObjectiveId(u"revenue"_s), ObjectiveId(u"skills"_s), {}, 0};
    REQUIRE(doc->push(AddEntityCommand<Link>::create(*doc, down).value()).ok());
    ProblemsPanel *problems = w.window.problemsPanel();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < problems->count(); ++i) {
        if (problems->list()->topLevelItem(i)->text(1).contains(u"points downward"_s))
            item = problems->list()->topLevelItem(i);
    }
    REQUIRE(item);
    Q_EMIT problems->list()->itemActivated(item, 1);
    CHECK(w.window.selection()->kind() == EntityKind::Link);
    CHECK(w.window.selection()->id() == down.key());
    // The arrow is selected (with its cause card, which shows where it starts).
    int arrows = 0;
    for (QGraphicsItem *item : w.window.mapPanel()->scene()->selectedItems()) {
        if (auto *arrow = dynamic_cast<LinkItem *>(item)) {
            CHECK(arrow->key() == down.key());
            ++arrows;
        }
    }
    CHECK(arrows == 1);
}

TEST_CASE("Typing into the scorecard view edits the document", "[ui][workspace]")
{
    Window w;
    ScorecardDocument *doc = w.window.document();
    w.window.tabs()->setCurrentWidget(w.window.scorecardPanel());
    w.window.show();
    QTreeView *view = w.window.scorecardPanel()->view();
    auto typeInto = [&](const QModelIndex &index, const QString &text) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // old editors
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>()) {
            if (e->isVisible())
                editor = e;
        }
        REQUIRE(editor);
        CHECK(editor->text() != text); // it starts from the stored value
        editor->setText(text);
        // What the delegate does on Return: commit, then close the editor.
        QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
        Q_EMIT delegate->commitData(editor);
        Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
        INFO(w.errors.join(u'|').toStdString());
        CHECK(w.errors.isEmpty());
        CHECK(w.errors.isEmpty());
    };
    // A large target: the editor is a line edit, not a spin box capped at 99.99.
    typeInto(w.proxyRow(Model::NodeKind::Kpi, u"nps"_s, Model::TargetColumn), u"2500"_s);
    CHECK(doc->kpi(KpiId(u"nps"_s))->target == 2500.0);
    typeInto(w.proxyRow(Model::NodeKind::Objective, u"culture"_s, Model::NameColumn),
             u"Learning culture"_s);
    CHECK(doc->objective(ObjectiveId(u"culture"_s))->name == u"Learning culture"_s);
    CHECK(doc->undoStack()->count() == 2);
    w.window.undoAction()->trigger();
    w.window.undoAction()->trigger();
    CHECK(doc->kpi(KpiId(u"nps"_s))->target == 100.0);
    CHECK(doc->objective(ObjectiveId(u"culture"_s))->name == u"Culture"_s);
    w.window.close();
}

TEST_CASE("No two window-wide actions share a shortcut", "[ui][mainwindow]")
{
    MainWindow window;
    QHash<QKeySequence, QString> seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut ||
            action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue; // they only apply while their widget has the focus
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name = action->text().remove(u'&');
            INFO(key.toString().toStdString()
                 << ": " << name.toStdString() << " and " << seen.value(key).toStdString());
            CHECK((!seen.contains(key) || seen.value(key) == name));
            seen.insert(key, name);
        }
    }
    CHECK(seen.contains(QKeySequence(Qt::Key_F5)));
    CHECK(seen.contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
}
