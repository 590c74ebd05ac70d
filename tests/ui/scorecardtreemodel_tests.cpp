// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "mapfixture.h"
#include "scorecardtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace scorecard;
using namespace scorecard::maptest;
using Model = ScorecardTreeModel;

namespace {

QModelIndex findRow(const Model &model, Model::NodeKind kind, const QString &id, int column = 0)
{
    return model.indexOf(kind, id, column);
}

QString cell(const Model &model, Model::NodeKind kind, const QString &id, int column)
{
    return findRow(model, kind, id, column).data().toString();
}

template <typename T> void push(ScorecardDocument &doc, Result<CommandPtr> cmd)
{
    INFO(cmd.error().toStdString());
    REQUIRE(cmd.ok());
    auto r = doc.push(std::move(cmd).value());
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
}

} // namespace

TEST_CASE("The scorecard tree shows perspectives, objectives and their KPIs with scores",
          "[ui][model]")
{
    MapFile file(mapScorecard());
    Model model(file.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(QDate(2026, 10, 31));
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(0, 0).data().toString() == u"Financial"_s);
    CHECK(model.rowCount(model.index(0, 0)) == 2);
    const QModelIndex nps = findRow(model, Model::NodeKind::Kpi, u"nps"_s);
    REQUIRE(nps.isValid());
    CHECK(nps.parent().data(Model::IdRole).toString() == u"loyal-clients"_s);
    CHECK(cell(model, Model::NodeKind::Kpi, u"nps"_s, Model::ValueColumn) == u"95"_s);
    CHECK(cell(model, Model::NodeKind::Kpi, u"nps"_s, Model::TargetColumn) == u"100"_s);
    CHECK(cell(model, Model::NodeKind::Kpi, u"nps"_s, Model::ScoreColumn) ==
          QLocale().toString(95.0, 'f', 1));
    CHECK(cell(model, Model::NodeKind::Kpi, u"nps"_s, Model::UpdatedColumn) == u"2026-10"_s);
    CHECK(model.index(nps.row(), Model::StatusColumn, nps.parent())
              .data(Qt::DecorationRole)
              .value<QIcon>()
              .isNull() == false);
    CHECK(
        model.index(nps.row(), Model::StatusColumn, nps.parent()).data(Model::StatusRole).toInt() ==
        int(scoring::Status::Green));
}

TEST_CASE("The scorecard tree follows adds, removals, moves, undo and redo", "[ui][model]")
{
    MapFile file(sampleScorecard());
    ScorecardDocument &doc = *file.doc;
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int lanes = model.rowCount();
    REQUIRE(lanes >= 4);
    const QModelIndex firstLane = model.index(0, 0);
    const QString laneId = firstLane.data(Model::IdRole).toString();
    const int objectives = model.rowCount(firstLane);

    Objective o;
    o.name = u"Brand new objective"_s;
    o.perspective = PerspectiveId(laneId);
    push<Objective>(doc, AddEntityCommand<Objective>::create(doc, o));
    CHECK(model.rowCount(model.index(0, 0)) == objectives + 1);
    const QString newId = doc.scorecard().objectives.back().id.value;
    REQUIRE(findRow(model, Model::NodeKind::Objective, newId).isValid());

    Kpi k;
    k.name = u"Fresh KPI"_s;
    k.objective = ObjectiveId(newId);
    k.target = 10;
    push<Kpi>(doc, AddEntityCommand<Kpi>::create(doc, k));
    CHECK(model.rowCount(findRow(model, Model::NodeKind::Objective, newId)) == 1);

    // Move the objective to the last lane: the row goes there.
    Objective moved = *doc.objective(ObjectiveId(newId));
    moved.perspective = PerspectiveId(model.index(lanes - 1, 0).data(Model::IdRole).toString());
    push<Objective>(doc, ChangeEntityCommand<Objective>::create(doc, moved));
    CHECK(findRow(model, Model::NodeKind::Objective, newId).parent().row() == lanes - 1);
    CHECK(model.rowCount(model.index(0, 0)) == objectives);

    // Remove an objective that has KPIs: the KPIs are detached and leave the tree.
    const Objective victim = doc.scorecard().objectives.front();
    push<Objective>(doc, RemoveEntityCommand<Objective>::create(doc, victim));
    CHECK_FALSE(findRow(model, Model::NodeKind::Objective, victim.id.value).isValid());

    QUndoStack *stack = doc.undoStack();
    while (stack->canUndo())
        stack->undo();
    CHECK(model.rowCount(model.index(0, 0)) == objectives);
    CHECK_FALSE(findRow(model, Model::NodeKind::Objective, newId).isValid());
    CHECK(findRow(model, Model::NodeKind::Objective, victim.id.value).isValid());
    while (stack->canRedo())
        stack->redo();
    CHECK(findRow(model, Model::NodeKind::Objective, newId).isValid());
    CHECK_FALSE(findRow(model, Model::NodeKind::Objective, victim.id.value).isValid());
    CHECK(resets.count() == 0); // precise inserts and removals, no resets
}

TEST_CASE("Editing the scorecard tree pushes commands that undo", "[ui][model]")
{
    MapFile file(mapScorecard());
    ScorecardDocument &doc = *file.doc;
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(QDate(2026, 11, 15));
    QSignalSpy errors(&model, &Model::errorOccurred);

    const QModelIndex name =
        findRow(model, Model::NodeKind::Objective, u"profit"_s, Model::NameColumn);
    REQUIRE(model.flags(name) & Qt::ItemIsEditable);
    REQUIRE(model.setData(name, u"More profit"_s));
    CHECK(doc.objective(ObjectiveId(u"profit"_s))->name == u"More profit"_s);
    CHECK(name.data().toString() == u"More profit"_s);

    const QModelIndex owner =
        findRow(model, Model::NodeKind::Objective, u"profit"_s, Model::OwnerColumn);
    REQUIRE(model.setData(owner, u"CFO"_s));
    CHECK(doc.objective(ObjectiveId(u"profit"_s))->owner == u"CFO"_s);

    const QModelIndex weight = findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::WeightColumn);
    REQUIRE(model.setData(weight, 2.5));
    CHECK(doc.kpi(KpiId(u"nps"_s))->weight == 2.5);
    CHECK_FALSE(model.setData(weight, u"heavy"_s));
    CHECK(errors.count() == 1);

    const QModelIndex target = findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::TargetColumn);
    REQUIRE(model.setData(target, 80));
    CHECK(doc.kpi(KpiId(u"nps"_s))->target == 80.0);

    // The value column enters the value of the as-of period (November).
    const QModelIndex value = findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::ValueColumn);
    REQUIRE(model.setData(value, 40));
    const Measurement *m =
        doc.measurement(KpiId(u"nps"_s), *Period::parse(u"2026-11"_s, Frequency::Monthly));
    REQUIRE(m);
    CHECK(m->value == 40.0);
    CHECK(value.data().toString() == u"40"_s);
    CHECK(findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::ScoreColumn).data().toString() ==
          QLocale().toString(50.0, 'f', 1));

    // Columns without a command are read-only; so is everything in a read-only file.
    CHECK_FALSE(model.flags(findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::ScoreColumn)) &
                Qt::ItemIsEditable);

    QUndoStack *stack = doc.undoStack();
    while (stack->canUndo())
        stack->undo();
    CHECK(doc.objective(ObjectiveId(u"profit"_s))->name == u"Profit"_s);
    CHECK(doc.objective(ObjectiveId(u"profit"_s))->owner.isEmpty());
    CHECK(doc.kpi(KpiId(u"nps"_s))->weight == 1.0);
    CHECK(doc.kpi(KpiId(u"nps"_s))->target == 100.0);
    CHECK_FALSE(doc.measurement(KpiId(u"nps"_s), *Period::parse(u"2026-11"_s, Frequency::Monthly)));
    CHECK(name.data().toString() == u"Profit"_s);
}

TEST_CASE("Changing the as-of date re-scores the score columns", "[ui][model]")
{
    MapFile file(mapScorecard());
    Model model(file.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(QDate(2026, 10, 31));
    const QModelIndex score = findRow(model, Model::NodeKind::Kpi, u"nps"_s, Model::ScoreColumn);
    CHECK_FALSE(score.data().toString().isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAsOf(QDate(2026, 9, 30)); // before the only value
    CHECK(changed.count() > 0);
    CHECK(score.data().toString().isEmpty());
    CHECK(score.siblingAtColumn(Model::StatusColumn).data(Model::StatusRole).toInt() ==
          int(scoring::Status::NoData));
}

TEST_CASE("A read-only scorecard tree offers no editing", "[ui][model]")
{
    MapFile file(mapScorecard(), false);
    auto doc = ScorecardDocument::open(file.path, ScorecardFile::Access::ReadOnly);
    REQUIRE(doc.ok());
    Model model(doc->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex name = findRow(model, Model::NodeKind::Objective, u"profit"_s);
    REQUIRE(name.isValid());
    CHECK_FALSE(model.flags(name) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(name, u"x"_s));
}

TEST_CASE("The scorecard tree groups objectives by pillar or department", "[ui][model]")
{
    MapFile file(mapScorecard());
    ScorecardDocument &doc = *file.doc;
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGrouping(Model::Grouping::ByPillar);
    REQUIRE(model.rowCount() == 3); // two pillars and "No pillar" (culture)
    CHECK(model.index(0, 0).data().toString() == u"Operations"_s);
    CHECK(model.index(2, 0).data().toString() == u"No pillar"_s);
    CHECK(model.rowCount(model.index(0, 0)) == 4);
    CHECK(findRow(model, Model::NodeKind::Objective, u"culture"_s).parent().row() == 2);
    // A pillar's name is edited on its group row (Insert > Pillar names it there);
    // "No pillar" and the other columns of a group are not editable.
    CHECK(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(0, Model::OwnerColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(2, 0)) & Qt::ItemIsEditable);
    REQUIRE(model.setData(model.index(0, 0), u"Excellence"_s));
    CHECK(doc.pillar(PillarId(u"ops"_s))->name == u"Excellence"_s);
    doc.undoStack()->undo();
    CHECK(model.index(0, 0).data().toString() == u"Operations"_s);

    // Giving culture a pillar moves it there; the empty "No pillar" group goes.
    Objective culture = *doc.objective(ObjectiveId(u"culture"_s));
    culture.pillar = PillarId(u"growth"_s);
    push<Objective>(doc, ChangeEntityCommand<Objective>::create(doc, culture));
    CHECK(model.rowCount() == 2);
    CHECK(findRow(model, Model::NodeKind::Objective, u"culture"_s).parent().row() == 1);
    doc.undoStack()->undo();
    CHECK(model.rowCount() == 3);

    model.setGrouping(Model::Grouping::ByDepartment);
    CHECK(model.rowCount() == 1); // no departments: all in "No department"
    CHECK(model.rowCount(model.index(0, 0)) == 7);
    model.setGrouping(Model::Grouping::ByPerspective);
    CHECK(model.rowCount() == 4);
}
