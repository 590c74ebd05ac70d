// SPDX-License-Identifier: GPL-3.0-or-later
// The Details dock's editors (ui/editors): each writes through one command
// that undo takes back, refuses invalid input with the reason next to the
// field, and the KPI's measurements grid pastes a spreadsheet block in one step.
#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "detailspanel.h"
#include "document/scorecarddocument.h"
#include "editors/departmenteditor.h"
#include "editors/initiativeeditor.h"
#include "editors/kpieditor.h"
#include "editors/linkeditor.h"
#include "editors/measurementsgrid.h"
#include "editors/measurementsmodel.h"
#include "editors/objectiveeditor.h"
#include "editors/okreditor.h"
#include "editors/perspectiveeditor.h"
#include "editors/pillareditor.h"
#include "entityselection.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "strategymap/linkitem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

/** The bundled sample in a scratch file, shown in a Details panel. */
struct Details
{
    MapFile file{sampleScorecard()};
    EntitySelection selection;
    DetailsPanel panel{&selection};
    ScorecardDocument *doc = file.doc.get();
    QUndoStack *stack = doc->undoStack();

    Details()
    {
        panel.resize(440, 1100);
        panel.setDocument(doc);
        panel.setAsOf(QDate(2026, 10, 31));
    }
    template <typename E> E *select(EntityKind kind, const QString &id)
    {
        selection.setCurrent(kind, id);
        auto *e = qobject_cast<E *>(panel.currentEditor());
        REQUIRE(e);
        REQUIRE(e->entityId() == id);
        return e;
    }
};

bool showsError(EntityEditor *e, QWidget *field)
{
    QLabel *l = e->errorLabel(field);
    return l && !l->isHidden() && !l->text().isEmpty();
}

template <typename Command, typename T> void push(ScorecardDocument *doc, const T &entity)
{
    auto cmd = Command::create(*doc, entity);
    INFO(cmd.error().toStdString());
    REQUIRE(cmd.ok());
    REQUIRE(doc->push(std::move(cmd).value()).ok());
}

void selectData(QComboBox *combo, const QString &id)
{
    const int at = combo->findData(id);
    REQUIRE(at >= 0);
    combo->setCurrentIndex(at);
}

} // namespace

TEST_CASE("The Details dock picks the editor by the kind of the selected item", "[ui][editors]")
{
    Details d;
    const std::pair<EntityKind, QString> items[] = {
        {EntityKind::Perspective, u"financial"_s},
        {EntityKind::Pillar, u"operational-excellence"_s},
        {EntityKind::Department, u"sales"_s},
        {EntityKind::Objective, u"grow-revenue"_s},
        {EntityKind::Link,
         Link{ObjectiveId(u"develop-skills"_s), ObjectiveId(u"lean-manufacturing"_s), {}, 0}.key()},
        {EntityKind::Kpi, u"monthly-revenue"_s},
        {EntityKind::Okr, u"okr-iberia-launch"_s},
        {EntityKind::Initiative, u"erp-crm-integration"_s}};
    for (const auto &[kind, id] : items) {
        d.selection.setCurrent(kind, id);
        EntityEditor *e = d.panel.currentEditor();
        REQUIRE(e);
        CHECK(e->kind() == kind);
        CHECK(e == d.panel.editorFor(kind));
        CHECK(e->isEnabled());
        CHECK_FALSE(e->applyButton()->isEnabled()); // nothing changed yet
    }
    // The explanation stays above the editor.
    d.selection.setCurrent(EntityKind::Kpi, u"monthly-revenue"_s);
    CHECK(d.panel.explanation().startsWith(u"As of"_s));
    d.selection.clear();
    CHECK_FALSE(d.panel.currentEditor());
}

TEST_CASE("Perspective, pillar and link editors apply one command that undo takes back",
          "[ui][editors]")
{
    Details d;
    auto *p = d.select<PerspectiveEditor>(EntityKind::Perspective, u"financial"_s);
    p->colorEdit()->setText(u"red"_s);
    CHECK(showsError(p, p->colorEdit()));
    CHECK_FALSE(p->applyButton()->isEnabled());
    p->colorEdit()->setText(u"#aa0000"_s);
    p->nameEdit()->setText(u"Money"_s);
    CHECK_FALSE(showsError(p, p->colorEdit()));
    REQUIRE(p->apply());
    CHECK(d.doc->perspective(PerspectiveId(u"financial"_s))->name == u"Money"_s);
    CHECK(d.doc->perspective(PerspectiveId(u"financial"_s))->color == u"#aa0000"_s);
    CHECK(d.stack->count() == 1);
    CHECK(d.stack->undoText().contains(u"Money"_s));
    d.stack->undo();
    CHECK(d.doc->perspective(PerspectiveId(u"financial"_s))->name == u"Financial"_s);
    CHECK(p->nameEdit()->text() == u"Financial"_s); // the editor follows undo

    // A name another perspective has: the document's rule, shown under Apply.
    p->nameEdit()->setText(u"internal processes"_s);
    CHECK_FALSE(p->applyButton()->isEnabled());
    CHECK(p->messageLabel()->text().contains(u"already"_s));

    auto *pillar = d.select<PillarEditor>(EntityKind::Pillar, u"operational-excellence"_s);
    pillar->nameEdit()->setText(QString());
    CHECK(showsError(pillar, pillar->nameEdit()));
    CHECK_FALSE(pillar->applyButton()->isEnabled());
    pillar->nameEdit()->setText(u"Excellence"_s);
    pillar->descriptionEdit()->setPlainText(u"Lean and safe."_s);
    REQUIRE(pillar->apply());
    CHECK(d.doc->pillar(PillarId(u"operational-excellence"_s))->description == u"Lean and safe."_s);
    d.stack->undo();
    CHECK(d.doc->pillar(PillarId(u"operational-excellence"_s))->name ==
          u"Operational Excellence"_s);

    const Link key{ObjectiveId(u"develop-skills"_s), ObjectiveId(u"lean-manufacturing"_s), {}, 0};
    auto *link = d.select<LinkEditor>(EntityKind::Link, key.key());
    CHECK(link->causeLabel()->text().contains(u"skills"_s, Qt::CaseInsensitive));
    CHECK_FALSE(link->effectLabel()->text().isEmpty());
    CHECK(link->noteEdit()->toPlainText() == u"Lean training enables kaizen on the shop floor"_s);
    link->noteEdit()->setPlainText(u"Training first"_s);
    REQUIRE(link->apply());
    CHECK(d.doc->link(key.from, key.to)->note == u"Training first"_s);
    d.stack->undo();
    CHECK(d.doc->link(key.from, key.to)->note ==
          u"Lean training enables kaizen on the shop floor"_s);
    CHECK(link->noteEdit()->toPlainText() == u"Lean training enables kaizen on the shop floor"_s);
}

TEST_CASE("The department editor moves a department and refuses a cycle", "[ui][editors]")
{
    Details d;
    auto *e = d.select<DepartmentEditor>(EntityKind::Department, u"sales"_s);
    CHECK(e->parentCombo()->currentData().toString() == u"company"_s);
    // Sales EMEA is inside Sales: Sales cannot go inside it.
    selectData(e->parentCombo(), u"sales-emea"_s);
    CHECK(showsError(e, e->parentCombo()));
    CHECK(e->errorLabel(e->parentCombo())->text().contains(u"loop"_s));
    CHECK_FALSE(e->applyButton()->isEnabled());
    CHECK_FALSE(e->apply());
    CHECK(d.stack->count() == 0);
    selectData(e->parentCombo(), u"sales"_s);
    CHECK(showsError(e, e->parentCombo()));
    CHECK_FALSE(e->applyButton()->isEnabled());

    selectData(e->parentCombo(), u"operations"_s);
    CHECK_FALSE(showsError(e, e->parentCombo()));
    REQUIRE(e->applyButton()->isEnabled());
    REQUIRE(e->apply());
    CHECK(d.doc->department(DepartmentId(u"sales"_s))->parent.value == u"operations"_s);
    d.stack->undo();
    CHECK(d.doc->department(DepartmentId(u"sales"_s))->parent.value == u"company"_s);
    CHECK(e->parentCombo()->currentData().toString() == u"company"_s);
}

TEST_CASE("The objective editor moves an objective and refuses a bad weight", "[ui][editors]")
{
    Details d;
    auto *e = d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    const Objective before = *d.doc->objective(ObjectiveId(u"grow-revenue"_s));
    REQUIRE(before.department.value != u"sales"_s);
    e->weightEdit()->setText(u"heavy"_s);
    CHECK(showsError(e, e->weightEdit()));
    CHECK_FALSE(e->applyButton()->isEnabled());
    e->weightEdit()->setText(u"2,5"_s); // a decimal comma, as a spreadsheet would write it
    CHECK_FALSE(showsError(e, e->weightEdit()));
    selectData(e->pillarCombo(), u"customer-intimacy"_s);
    selectData(e->departmentCombo(), u"sales"_s);
    REQUIRE(e->apply());
    const Objective *o = d.doc->objective(ObjectiveId(u"grow-revenue"_s));
    CHECK(o->weight == 2.5);
    CHECK(o->pillar.value == u"customer-intimacy"_s);
    CHECK(o->department.value == u"sales"_s);
    CHECK(d.stack->count() == 1);
    d.stack->undo();
    CHECK(*d.doc->objective(ObjectiveId(u"grow-revenue"_s)) == before);

    // An objective cannot support one that (through others) supports it.
    auto *margin = d.select<ObjectiveEditor>(EntityKind::Objective, u"improve-operating-margin"_s);
    selectData(margin->parentCombo(), u"grow-revenue"_s);
    REQUIRE(margin->apply());
    e = d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    selectData(e->parentCombo(), u"improve-operating-margin"_s);
    CHECK(showsError(e, e->parentCombo()));
    CHECK(e->errorLabel(e->parentCombo())->text().contains(u"loop"_s));
    CHECK_FALSE(e->applyButton()->isEnabled());
    CHECK(e->parentCombo()->findData(u"grow-revenue"_s) < 0); // never itself
    CHECK(e->weightEdit()->text() == u"%1"_s.arg(before.weight));
}

TEST_CASE("The KPI editor validates as you type and applies one command", "[ui][editors]")
{
    Details d;
    auto *e = d.select<KpiEditor>(EntityKind::Kpi, u"monthly-revenue"_s);
    const Kpi before = *d.doc->kpi(KpiId(u"monthly-revenue"_s));
    CHECK(e->targetEdit()->text() == u"10000"_s);
    CHECK_FALSE(e->frequencyCombo()->isEnabled()); // it has values

    e->targetEdit()->setText(u"lots"_s);
    CHECK(showsError(e, e->targetEdit()));
    CHECK(e->errorLabel(e->targetEdit())->text().contains(u"lots"_s));
    CHECK_FALSE(e->applyButton()->isEnabled());
    CHECK_FALSE(e->apply());
    e->targetEdit()->setText(u"8200"_s); // equal to the baseline
    CHECK(showsError(e, e->targetEdit()));
    CHECK_FALSE(e->applyButton()->isEnabled());
    e->rangeLowEdit()->setText(u"50"_s);
    e->rangeHighEdit()->setText(u"10"_s);
    CHECK(showsError(e, e->rangeHighEdit()));
    e->rangeLowEdit()->clear();
    e->rangeHighEdit()->clear();
    e->ownBandsCheck()->setChecked(true);
    e->greenEdit()->setText(u"50"_s);
    e->amberEdit()->setText(u"70"_s);
    CHECK(showsError(e, e->amberEdit()));
    e->amberEdit()->setText(u"40"_s);
    e->targetEdit()->setText(u"12000"_s);
    e->unitEdit()->setText(u"EUR thousand"_s);
    selectData(e->departmentCombo(), u"sales"_s);
    CHECK(d.doc->kpi(KpiId(u"monthly-revenue"_s))->target == 10000); // nothing before Apply
    REQUIRE(e->applyButton()->isEnabled());
    REQUIRE(e->apply());
    const Kpi *k = d.doc->kpi(KpiId(u"monthly-revenue"_s));
    CHECK(k->target == 12000);
    CHECK(k->unit == u"EUR thousand"_s);
    CHECK(k->department.value == u"sales"_s);
    REQUIRE(k->bands);
    CHECK(k->bands->green == 50);
    CHECK(k->bands->amber == 40);
    CHECK(k->measurements == before.measurements);
    CHECK(d.stack->count() == 1);
    CHECK(d.stack->undoText().contains(u"Monthly revenue"_s));
    d.stack->undo();
    CHECK(*d.doc->kpi(KpiId(u"monthly-revenue"_s)) == before);
    CHECK(e->targetEdit()->text() == u"10000"_s);
    CHECK_FALSE(e->ownBandsCheck()->isChecked());
}

TEST_CASE("The OKR editor adds, edits and removes key results in one command", "[ui][editors]")
{
    Details d;
    auto *e = d.select<OkrEditor>(EntityKind::Okr, u"okr-iberia-launch"_s);
    const Okr before = *d.doc->okr(OkrId(u"okr-iberia-launch"_s));
    QTableWidget *krs = e->keyResultsTable();
    REQUIRE(krs->rowCount() == 3);
    krs->item(0, OkrEditor::CurrentColumn)->setText(u"4"_s);
    e->addKeyResult();
    REQUIRE(krs->rowCount() == 4);
    krs->item(3, OkrEditor::TitleColumn)->setText(u"Service partner signed"_s);
    krs->item(3, OkrEditor::TargetColumn)->setText(u"x"_s);
    CHECK(showsError(e, krs));
    CHECK(e->errorLabel(krs)->text().contains(u"Key result 4"_s));
    CHECK_FALSE(e->applyButton()->isEnabled());
    krs->item(3, OkrEditor::TargetColumn)->setText(u"1"_s);
    CHECK_FALSE(showsError(e, krs));
    krs->setCurrentCell(2, 0);
    e->removeKeyResult();
    e->endEdit()->setText(u"2026-02-30"_s);
    CHECK(showsError(e, e->endEdit()));
    CHECK_FALSE(e->applyButton()->isEnabled());
    e->endEdit()->setText(u"2027-03-31"_s);
    REQUIRE(e->apply());
    const Okr *o = d.doc->okr(OkrId(u"okr-iberia-launch"_s));
    REQUIRE(o->keyResults.size() == 3);
    CHECK(o->keyResults[0].currentValue == 4);
    CHECK(o->keyResults[2].title == u"Service partner signed"_s);
    CHECK_FALSE(o->keyResults[2].id.isNull());
    CHECK(o->end == QDate(2027, 3, 31));
    CHECK(d.stack->count() == 1);
    d.stack->undo();
    CHECK(*d.doc->okr(OkrId(u"okr-iberia-launch"_s)) == before);
    CHECK(krs->rowCount() == 3);
}

TEST_CASE("The initiative editor edits dates, money, progress, contributions and milestones",
          "[ui][editors]")
{
    Details d;
    auto *e = d.select<InitiativeEditor>(EntityKind::Initiative, u"erp-crm-integration"_s);
    const Initiative before = *d.doc->initiative(InitiativeId(u"erp-crm-integration"_s));
    CHECK(e->progressEdit()->text() == u"85"_s);
    e->progressEdit()->setText(u"150"_s);
    CHECK(showsError(e, e->progressEdit()));
    CHECK_FALSE(e->applyButton()->isEnabled());
    e->progressEdit()->setText(u"90"_s);
    e->endEdit()->setText(u"2024-01-01"_s); // before the start
    CHECK(showsError(e, e->endEdit()));
    CHECK_FALSE(e->applyButton()->isEnabled());
    e->endEdit()->setText(u"2027-06-30"_s);
    e->spentEdit()->setText(u"-1"_s);
    CHECK(showsError(e, e->spentEdit()));
    e->spentEdit()->setText(u"1 300 000"_s);
    CHECK_FALSE(showsError(e, e->spentEdit()));

    QTableWidget *contributions = e->contributionsTable();
    REQUIRE(contributions->rowCount() == 2);
    contributions->item(1, InitiativeEditor::ContributionWeightColumn)->setText(u"3"_s);
    // The same objective twice is refused.
    auto *second =
        qobject_cast<QComboBox *>(contributions->cellWidget(1, InitiativeEditor::ObjectiveColumn));
    REQUIRE(second);
    const QString original = second->currentData().toString();
    selectData(second, u"modernise-data-systems"_s);
    CHECK(showsError(e, contributions));
    CHECK_FALSE(e->applyButton()->isEnabled());
    selectData(second, original);
    CHECK_FALSE(showsError(e, contributions));

    QTableWidget *milestones = e->milestonesTable();
    e->addMilestone();
    REQUIRE(milestones->rowCount() == 4);
    milestones->item(3, InitiativeEditor::DueColumn)->setText(u"soon"_s);
    CHECK(showsError(e, milestones));
    CHECK_FALSE(e->applyButton()->isEnabled());
    milestones->item(3, InitiativeEditor::DueColumn)->setText(u"2027-03-01"_s);
    milestones->item(2, InitiativeEditor::DoneColumn)->setCheckState(Qt::Checked);
    REQUIRE(e->applyButton()->isEnabled());
    REQUIRE(e->apply());
    const Initiative *in = d.doc->initiative(InitiativeId(u"erp-crm-integration"_s));
    CHECK(in->progress == Approx(0.9));
    CHECK(in->spent == 1300000);
    CHECK(in->end == QDate(2027, 6, 30));
    CHECK(in->contributions[1].weight == 3);
    REQUIRE(in->milestones.size() == 4);
    CHECK(in->milestones[2].done);
    CHECK(in->milestones[3].due == QDate(2027, 3, 1));
    CHECK(d.stack->count() == 1);
    d.stack->undo();
    CHECK(*d.doc->initiative(InitiativeId(u"erp-crm-integration"_s)) == before);
    CHECK(milestones->rowCount() == 3);
    CHECK(e->progressEdit()->text() == u"85"_s);
}

TEST_CASE("Editors follow other edits but keep what the user is typing", "[ui][editors]")
{
    Details d;
    auto *e = d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    d.panel.show();
    QApplication::setActiveWindow(&d.panel);
    e->nameEdit()->setFocus();
    e->nameEdit()->setCursorPosition(3);
    Objective o = *d.doc->objective(ObjectiveId(u"grow-revenue"_s));
    o.owner = u"Someone else"_s;
    push<ChangeEntityCommand<Objective>>(d.doc, o);
    CHECK(e->ownerEdit()->text() == u"Someone else"_s); // no edits of its own: follows
    CHECK(e->nameEdit()->hasFocus()); // and the field the user is in keeps focus and cursor
    CHECK(e->nameEdit()->cursorPosition() == 3);

    e->nameEdit()->setText(u"Grow revenue fast"_s); // the user starts typing
    o.owner = u"A third owner"_s;
    push<ChangeEntityCommand<Objective>>(d.doc, o);
    CHECK(e->nameEdit()->text() == u"Grow revenue fast"_s);
    CHECK(e->applyButton()->isEnabled());
    e->revert();
    CHECK(e->nameEdit()->text() == o.name);
    CHECK(e->ownerEdit()->text() == u"A third owner"_s);

    // The edited item removed: the editor goes away.
    push<RemoveEntityCommand<Objective>>(d.doc, o);
    CHECK_FALSE(d.panel.currentEditor());
    d.stack->undo();
    CHECK(d.panel.currentEditor() == e);
}

TEST_CASE("A read-only document shows the editors disabled", "[ui][editors]")
{
    MapFile file{sampleScorecard(), false};
    auto doc = ScorecardDocument::open(file.path, ScorecardFile::Access::ReadOnly);
    REQUIRE(doc.ok());
    EntitySelection selection;
    DetailsPanel panel(&selection);
    panel.setDocument(doc->get());
    for (auto [kind, id] : {std::pair{EntityKind::Kpi, u"monthly-revenue"_s},
                            std::pair{EntityKind::Department, u"sales"_s}}) {
        selection.setCurrent(kind, id);
        EntityEditor *e = panel.currentEditor();
        REQUIRE(e);
        CHECK_FALSE(e->isEnabled());
        CHECK_FALSE(e->applyButton()->isEnabled());
    }
    auto *kpi = qobject_cast<KpiEditor *>(panel.editorFor(EntityKind::Kpi));
    REQUIRE(kpi);
    CHECK_FALSE(kpi->measurements()->paste(u"1\n2"_s));
    CHECK((*doc)->undoStack()->count() == 0);
}

TEST_CASE("The measurements grid edits, adds, deletes and pastes in one undo step", "[ui][editors]")
{
    Details d;
    auto *e = d.select<KpiEditor>(EntityKind::Kpi, u"monthly-revenue"_s);
    MeasurementsGrid *grid = e->measurements();
    MeasurementsModel *model = grid->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const KpiId kpi(u"monthly-revenue"_s);
    const auto values = [&] { return d.doc->kpi(kpi)->measurements; };
    const std::vector<Measurement> original = values();
    const size_t count = original.size();
    REQUIRE(model->rowCount() == int(count));
    CHECK(model->index(0, MeasurementsModel::PeriodColumn).data().toString() == u"2024-12"_s);

    // In place: a value and a note.
    REQUIRE(model->setData(model->index(0, MeasurementsModel::ValueColumn), u"8150"_s));
    CHECK(d.doc->measurement(kpi, *Period::parse(u"2024-12"_s, Frequency::Monthly))->value == 8150);
    CHECK_FALSE(model->setData(model->index(0, MeasurementsModel::ValueColumn), u"many"_s));
    REQUIRE(model->setData(model->index(1, MeasurementsModel::NoteColumn), u"audited"_s));
    CHECK(d.doc->measurement(kpi, *Period::parse(u"2025-01"_s, Frequency::Monthly))->note ==
          u"audited"_s);

    // Paste a column of three values from the selected period on: one undo step.
    const int at = model->rowOf(*Period::parse(u"2025-03"_s, Frequency::Monthly));
    REQUIRE(at >= 0);
    grid->view()->setCurrentIndex(model->index(at, MeasurementsModel::ValueColumn));
    const int steps = d.stack->count();
    const Kpi before = *d.doc->kpi(kpi);
    QGuiApplication::clipboard()->setText(u"9 001,5\r\n9002\r\n9003\r\n"_s);
    d.panel.show();
    QApplication::setActiveWindow(&d.panel);
    grid->view()->setFocus();
    QTest::keySequence(grid->view(), QKeySequence::Paste);
    CHECK(grid->message().isEmpty());
    CHECK(d.stack->count() == steps + 1);
    CHECK(d.doc->measurement(kpi, *Period::parse(u"2025-03"_s, Frequency::Monthly))->value ==
          9001.5);
    CHECK(d.doc->measurement(kpi, *Period::parse(u"2025-05"_s, Frequency::Monthly))->value == 9003);
    CHECK(d.stack->undoText().contains(u"Paste 3"_s));
    d.stack->undo();
    CHECK(*d.doc->kpi(kpi) == before);

    // A row of values past the last period adds new periods.
    grid->view()->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    const Period last = model->measurement(model->rowCount() - 1).period;
    REQUIRE(grid->paste(u"1\t2\t3\t4"_s));
    CHECK(model->rowCount() == int(count) + 3);
    CHECK(d.doc->measurement(kpi, last.next().next().next())->value == 4);
    d.stack->undo();
    CHECK(model->rowCount() == int(count));

    // A bad cell: a clear message, and nothing written.
    const int stepsNow = d.stack->count();
    const Kpi unchanged = *d.doc->kpi(kpi);
    CHECK_FALSE(grid->paste(u"10\neleven\n12"_s));
    CHECK(grid->message().contains(u"line 2"_s));
    CHECK(grid->message().contains(u"eleven"_s));
    CHECK(d.stack->count() == stepsNow);
    CHECK(*d.doc->kpi(kpi) == unchanged);
    CHECK_FALSE(grid->paste(u"1\t2\t3\n4\t5\t6"_s));
    CHECK(grid->message().contains(u"Line 1"_s));
    CHECK_FALSE(grid->paste(u"1,5\n2.5"_s));
    CHECK(*d.doc->kpi(kpi) == unchanged);

    // Add a period by hand, then delete two rows at once.
    grid->periodEdit()->setText(u"2031-13"_s);
    CHECK_FALSE(grid->addButton()->isEnabled());
    grid->periodEdit()->setText(u"2030-01"_s);
    grid->valueEdit()->setText(u"10500"_s);
    REQUIRE(grid->addButton()->isEnabled());
    REQUIRE(grid->addMeasurement());
    CHECK(d.doc->measurement(kpi, *Period::parse(u"2030-01"_s, Frequency::Monthly))->value ==
          10500);
    grid->view()->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    grid->view()->selectionModel()->select(model->index(1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const Period first = model->measurement(0).period;
    const int beforeDelete = d.stack->count();
    REQUIRE(grid->deleteSelected());
    CHECK(d.stack->count() == beforeDelete + 1);
    CHECK(model->rowCount() == int(count) - 1);
    CHECK_FALSE(d.doc->measurement(kpi, first));
    d.stack->undo();
    CHECK(model->rowCount() == int(count) + 1);
    // Undo everything: the KPI is as it was.
    while (d.stack->canUndo())
        d.stack->undo();
    CHECK(values() == original);
    CHECK(model->rowCount() == int(count));
}

TEST_CASE("Screenshots of each editor in the Details dock", "[ui][editors][screenshot]")
{
    Details d;
    const QString dir = qEnvironmentVariable("SCORECARD_EDITOR_SHOTS");
    const std::pair<EntityKind, QString> items[] = {
        {EntityKind::Perspective, u"financial"_s},
        {EntityKind::Pillar, u"operational-excellence"_s},
        {EntityKind::Department, u"sales-emea"_s},
        {EntityKind::Objective, u"grow-revenue"_s},
        {EntityKind::Link,
         Link{ObjectiveId(u"develop-skills"_s), ObjectiveId(u"lean-manufacturing"_s), {}, 0}.key()},
        {EntityKind::Kpi, u"monthly-revenue"_s},
        {EntityKind::Okr, u"okr-iberia-launch"_s},
        {EntityKind::Initiative, u"erp-crm-integration"_s}};
    d.panel.show();
    for (const auto &[kind, id] : items) {
        d.selection.setCurrent(kind, id);
        EntityEditor *e = d.panel.currentEditor();
        REQUIRE(e);
        QApplication::processEvents();
        // Every label of the form fits: nothing is cut off in a 440 px dock.
        for (QLabel *l : e->findChildren<QLabel *>()) {
            if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty())
                CHECK(l->width() >= l->minimumSizeHint().width());
        }
        const QImage shot = e->grab().toImage();
        CHECK_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            d.panel.grab().save(QDir(dir).filePath(
                u"details-%1.png"_s.arg(QString::fromLatin1(e->metaObject()->className() + 11))));
        }
    }
}

TEST_CASE("The KPI editor in the main window's Details dock", "[ui][editors][screenshot]")
{
    MapFile file{sampleScorecard(), false};
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &m) { errors << m; });
    REQUIRE(window.openFile(file.path));
    window.setAsOf(QDate(2026, 10, 31));
    window.resize(1600, 1000);
    window.show();
    window.selection()->setCurrent(EntityKind::Kpi, u"monthly-revenue"_s);
    QApplication::processEvents();
    auto *kpi = qobject_cast<KpiEditor *>(window.detailsPanel()->currentEditor());
    REQUIRE(kpi);
    CHECK(kpi->isVisibleTo(&window));
    // The editor is usable at the dock's default width: its fields are not squeezed shut.
    CHECK(kpi->nameEdit()->width() >= 120);
    CHECK(kpi->measurements()->view()->width() >= 200);
    kpi->targetEdit()->setText(u"ten"_s);
    CHECK(showsError(kpi, kpi->targetEdit()));
    QApplication::processEvents();
    // The reason under the field pushes the rows below down; the field keeps its height.
    CHECK(kpi->targetEdit()->height() >= kpi->targetEdit()->sizeHint().height());
    const QString path = qEnvironmentVariable("SCORECARD_EDITOR_SHOTS");
    if (!path.isEmpty())
        window.grab().save(QDir(path).filePath(u"mainwindow-kpi.png"_s));
    CHECK(errors.isEmpty());
}

TEST_CASE("Selecting a link on the map shows the link editor", "[ui][editors]")
{
    MapFile file{sampleScorecard(), false};
    MainWindow window;
    REQUIRE(window.openFile(file.path));
    StrategyMapScene *scene = window.mapPanel()->scene();
    REQUIRE(scene);
    LinkItem *link = nullptr;
    for (QGraphicsItem *item : scene->items()) {
        if ((link = dynamic_cast<LinkItem *>(item)))
            break;
    }
    REQUIRE(link);
    scene->clearSelection();
    link->setSelected(true);
    CHECK(window.selection()->kind() == EntityKind::Link);
    CHECK(window.selection()->id() == link->key());
    auto *editor = qobject_cast<LinkEditor *>(window.detailsPanel()->currentEditor());
    REQUIRE(editor);
    editor->noteEdit()->setPlainText(u"Proven in 2025"_s);
    REQUIRE(editor->apply());
    const int split = link->key().indexOf(QChar(0x1f));
    const Link *l = window.document()->link(ObjectiveId(link->key().left(split)),
                                            ObjectiveId(link->key().mid(split + 1)));
    REQUIRE(l);
    CHECK(l->note == u"Proven in 2025"_s);
    window.document()->undoStack()->undo();
    CHECK(editor->noteEdit()->toPlainText() != u"Proven in 2025"_s);
}

TEST_CASE("The measurements model passes the model tester through every kind of change",
          "[ui][editors]")
{
    MapFile file{sampleScorecard()};
    ScorecardDocument *doc = file.doc.get();
    MeasurementsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setDocument(doc);
    model.setKpi(KpiId(u"monthly-revenue"_s));
    const int rows = model.rowCount();
    REQUIRE(rows == int(doc->kpi(KpiId(u"monthly-revenue"_s))->measurements.size()));
    for (int r = 1; r < rows; ++r)
        CHECK(model.measurement(r - 1).period < model.measurement(r).period);

    // Values before, between and after the ones there, in one command.
    const Period first = model.measurement(0).period;
    const Period last = model.measurement(rows - 1).period;
    std::vector<MeasurementRecord> records{
        {KpiId(u"monthly-revenue"_s), {first.previous().previous(), 1, {}}},
        {KpiId(u"monthly-revenue"_s), {last.next(), 2, {}}},
        {KpiId(u"monthly-revenue"_s), {first.next(), 3, u"restated"_s}}};
    auto cmd = ImportMeasurementsCommand::create(*doc, records);
    REQUIRE(cmd.ok());
    REQUIRE(doc->push(std::move(cmd).value()).ok());
    CHECK(model.rowCount() == rows + 2);
    CHECK(model.measurement(0).period == first.previous().previous());
    CHECK(model.index(2, MeasurementsModel::NoteColumn).data().toString() == u"restated"_s);
    doc->undoStack()->undo();
    CHECK(model.rowCount() == rows);

    // Another KPI, then the KPI removed and restored.
    model.setKpi(KpiId(u"no-such-kpi"_s));
    CHECK(model.rowCount() == 0);
    model.setKpi(KpiId(u"monthly-revenue"_s));
    const Kpi kpi = *doc->kpi(KpiId(u"monthly-revenue"_s));
    auto remove = RemoveEntityCommand<Kpi>::create(*doc, kpi);
    REQUIRE(remove.ok());
    REQUIRE(doc->push(std::move(remove).value()).ok());
    CHECK(model.rowCount() == 0);
    doc->undoStack()->undo();
    CHECK(model.rowCount() == rows);
    CHECK_FALSE(model.flags(model.index(0, MeasurementsModel::PeriodColumn)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(0, MeasurementsModel::ValueColumn)) & Qt::ItemIsEditable);
}

TEST_CASE("A paste with no row selected continues after the last period", "[ui][editors]")
{
    Details d;
    auto *e = d.select<KpiEditor>(EntityKind::Kpi, u"monthly-revenue"_s);
    MeasurementsGrid *grid = e->measurements();
    MeasurementsModel *model = grid->model();
    const int rows = model->rowCount();
    const Period last = model->measurement(rows - 1).period;
    grid->view()->setCurrentIndex({});
    REQUIRE(grid->paste(u"10100\tfirst\n10200\t\n"_s));
    CHECK(model->rowCount() == rows + 2);
    const KpiId kpi(u"monthly-revenue"_s);
    CHECK(d.doc->measurement(kpi, last)->value != 10100); // untouched
    CHECK(d.doc->measurement(kpi, last.next())->value == 10100);
    CHECK(d.doc->measurement(kpi, last.next())->note == u"first"_s);
    CHECK(d.doc->measurement(kpi, last.next().next())->value == 10200);
    CHECK(d.stack->count() == 1);
    // Pasting the same values again changes nothing and says so.
    grid->view()->setCurrentIndex(model->index(rows, 0));
    CHECK_FALSE(grid->paste(u"10100\tfirst\n10200"_s));
    CHECK_FALSE(grid->message().isEmpty());
    CHECK(d.stack->count() == 1);
}

TEST_CASE("Moving the selection applies the editor's pending edits, or says they were invalid",
          "[ui][editors]")
{
    Details d;
    QStringList dropped;
    QObject::connect(&d.panel, &DetailsPanel::pendingEditDropped,
                     [&](const QString &message) { dropped << message; });
    auto *e = d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    e->nameEdit()->setText(u"Grow revenue in every region"_s); // typed, Apply not pressed
    d.select<ObjectiveEditor>(EntityKind::Objective, u"improve-operating-margin"_s);
    CHECK(d.doc->objective(ObjectiveId(u"grow-revenue"_s))->name ==
          u"Grow revenue in every region"_s);
    CHECK(d.stack->count() == 1); // one command, as if Apply had been pressed
    CHECK(dropped.isEmpty());

    // Invalid edits cannot be applied: nothing changes and the user is told.
    e = d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    const double weight = d.doc->objective(ObjectiveId(u"grow-revenue"_s))->weight;
    e->weightEdit()->setText(u"heavy"_s);
    d.select<ObjectiveEditor>(EntityKind::Objective, u"improve-operating-margin"_s);
    CHECK(d.doc->objective(ObjectiveId(u"grow-revenue"_s))->weight == weight);
    CHECK(d.stack->count() == 1);
    REQUIRE(dropped.size() == 1);
    CHECK(dropped.front().contains(u"not valid"_s));

    // Selecting again with nothing typed pushes nothing.
    d.select<ObjectiveEditor>(EntityKind::Objective, u"grow-revenue"_s);
    CHECK(d.stack->count() == 1);
    CHECK(dropped.size() == 1);
}

TEST_CASE("In the main window, Del in the values grid deletes the value, not the KPI",
          "[ui][editors]")
{
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const KpiId kpi(u"nps"_s);
    const size_t before = window.document()->kpi(kpi)->measurements.size();
    REQUIRE(before > 0);
    window.selection()->setCurrent(EntityKind::Kpi, kpi.value);
    auto *editor = qobject_cast<KpiEditor *>(window.detailsPanel()->currentEditor());
    REQUIRE(editor);
    QTableView *grid = editor->measurements()->view();
    grid->setFocus();
    grid->selectRow(0);
    QApplication::processEvents();
    REQUIRE(grid->hasFocus());
    QTest::keyClick(grid, Qt::Key_Delete);
    QApplication::processEvents();
    REQUIRE(window.document()->kpi(kpi)); // the KPI is still there
    CHECK(window.document()->kpi(kpi)->measurements.size() == before - 1);
}
