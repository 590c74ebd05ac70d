// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded session through the main window, as a user would click it:
// new file, a pillar, an objective with a KPI, three months of values, another
// as-of date, then undo everything back to the empty template. The document
// is checked after every step and a screenshot is saved
// (SCORECARD_SESSION_DIR, default: "session" beside the test binary).
#include "document/scorecarddocument.h"
#include "editactions.h"
#include "entityselection.h"
#include "io/jsonformat.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "scorecardfiltermodel.h"
#include "scorecardpanel.h"
#include "scorecardtreemodel.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace Qt::StringLiterals;
using Model = ScorecardTreeModel;

namespace {

struct Session
{
    QTemporaryDir dir;
    MainWindow window;
    QStringList errors;
    QDir shots;
    int step = 0;

    Session()
    {
        const QString target = qEnvironmentVariable("SCORECARD_SESSION_DIR");
        shots.setPath(target.isEmpty()
                          ? QDir(QCoreApplication::applicationDirPath()).filePath(u"session"_s)
                          : target);
        REQUIRE(shots.mkpath(u"."_s));
        window.setErrorHandler([this](const QString &m) { errors << m; });
        window.resize(1500, 950);
        window.show();
    }
    ScorecardDocument &doc() { return *window.document(); }
    ScorecardPanel *panel() { return window.scorecardPanel(); }
    void shot(const QString &name)
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString file =
            shots.filePath(u"%1-%2.png"_s.arg(++step, 2, 10, QChar(u'0')).arg(name));
        CHECK(window.grab().save(file));
    }
    /** Types @p text into the name editor that Insert opened, and commits it. */
    void typeName(const QString &text)
    {
        QTreeView *view = panel()->view();
        REQUIRE(panel()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        REQUIRE(editor);
        editor->setText(text);
        window.commitPendingEdits();
    }
    bool setCell(Model::NodeKind kind, const QString &id, int column, const QString &text)
    {
        const QModelIndex index =
            panel()->proxy()->mapFromSource(panel()->model()->indexOf(kind, id, column));
        REQUIRE(index.isValid());
        return panel()->proxy()->setData(index, text);
    }
};

} // namespace

TEST_CASE("A recorded session: build a small scorecard, enter values, change the date, undo "
          "it all",
          "[ui][workspace2][session]")
{
    Session s;
    const QString path = s.dir.filePath(u"Strategy 2027.scorecard"_s);
    REQUIRE(s.window.newFile(path));
    s.window.setAsOf(QDate(2026, 8, 31));
    s.window.tabs()->setCurrentWidget(s.panel());
    const QByteArray start = toJson(s.doc().scorecard());
    CHECK(s.doc().scorecard().perspectives.size() == 4);
    CHECK(s.doc().scorecard().objectives.empty());
    CHECK(s.doc().scorecard().pillars.empty());
    s.shot(u"new-file"_s);

    // 1. A pillar, named in place.
    EditActions *edits = s.window.editActions();
    s.window.selection()->clear();
    auto pillar = edits->insert(EntityKind::Pillar);
    REQUIRE(pillar.ok());
    s.typeName(u"Digital"_s);
    REQUIRE(s.doc().pillar(PillarId(*pillar)));
    CHECK(s.doc().pillar(PillarId(*pillar))->name == u"Digital"_s);
    CHECK(s.doc().undoStack()->count() == 2); // add, rename
    s.shot(u"pillar"_s);

    // 2. An objective in that pillar (the top lane), and a KPI under it with a target.
    REQUIRE(s.window.selection()->kind() == EntityKind::Pillar);
    auto objective = edits->insert(EntityKind::Objective);
    REQUIRE(objective.ok());
    s.typeName(u"Grow online revenue"_s);
    const Objective *o = s.doc().objective(ObjectiveId(*objective));
    REQUIRE(o);
    CHECK(o->name == u"Grow online revenue"_s);
    CHECK(o->pillar.value == *pillar);
    CHECK(o->perspective.value == u"financial"_s);
    auto kpi = edits->insert(EntityKind::Kpi);
    REQUIRE(kpi.ok());
    s.typeName(u"Online revenue share"_s);
    REQUIRE(s.setCell(Model::NodeKind::Kpi, *kpi, Model::TargetColumn, u"40"_s));
    const Kpi *k = s.doc().kpi(KpiId(*kpi));
    REQUIRE(k);
    CHECK(k->objective.value == *objective);
    CHECK(k->name == u"Online revenue share"_s);
    CHECK(k->target == 40.0);
    s.shot(u"objective-and-kpi"_s);

    // 3. Three months of values, each entered in the tree at its as-of date.
    const std::pair<QDate, double> months[] = {
        {QDate(2026, 8, 31), 22}, {QDate(2026, 9, 30), 31}, {QDate(2026, 10, 31), 38}};
    for (const auto &[date, value] : months) {
        s.window.setAsOf(date);
        REQUIRE(
            s.setCell(Model::NodeKind::Kpi, *kpi, Model::ValueColumn, QLocale().toString(value)));
        const Measurement *m =
            s.doc().measurement(KpiId(*kpi), Period::containing(date, Frequency::Monthly));
        REQUIRE(m);
        CHECK(m->value == value);
    }
    CHECK(s.doc().kpi(KpiId(*kpi))->measurements.size() == 3);
    s.window.selection()->setCurrent(EntityKind::Kpi, *kpi);
    const QModelIndex score = s.panel()->proxy()->mapFromSource(
        s.panel()->model()->indexOf(Model::NodeKind::Kpi, *kpi, Model::ScoreColumn));
    const QString octoberScore = score.data().toString();
    CHECK_FALSE(octoberScore.isEmpty());
    s.shot(u"three-months"_s);

    // 4. Another as-of date: September's value is the latest one then.
    s.window.setAsOf(QDate(2026, 9, 30));
    const QModelIndex value = score.siblingAtColumn(Model::ValueColumn);
    CHECK(value.data().toString().contains(QLocale().toString(31)));
    CHECK(score.data().toString() != octoberScore);
    s.shot(u"as-of-september"_s);
    s.window.tabs()->setCurrentWidget(s.window.mapPanel());
    CHECK(s.window.mapPanel()->scene()->cardItem(ObjectiveId(*objective)));
    s.shot(u"map-as-of-september"_s);
    // Presenting it: the map alone, nothing editable; then back to work.
    s.window.presentationMode()->action()->trigger();
    CHECK_FALSE(s.window.mapPanel()->scene()->isEditable());
    s.shot(u"presentation"_s);
    s.window.presentationMode()->action()->trigger();
    CHECK(s.window.mapPanel()->scene()->isEditable());

    // 5. Undo everything: back to the template, byte for byte in JSON.
    const int steps = s.doc().undoStack()->count();
    CHECK(steps == 10); // pillar, objective, KPI: add and rename each; target; three values
    while (s.doc().undoStack()->canUndo())
        s.window.undoAction()->trigger();
    CHECK(toJson(s.doc().scorecard()) == start);
    CHECK(s.doc().scorecard().objectives.empty());
    s.window.tabs()->setCurrentWidget(s.panel());
    // Still grouped by pillar (Insert > Pillar chose it), now without any: the tree says why.
    CHECK(s.panel()->model()->grouping() == Model::Grouping::ByPillar);
    CHECK(s.panel()->emptyHint().contains(u"Insert > Pillar"_s));
    s.shot(u"undone"_s);
    QComboBox *grouping = s.panel()->groupingCombo();
    grouping->setCurrentIndex(grouping->findData(int(Model::Grouping::ByPerspective)));
    CHECK(s.panel()->emptyHint().isEmpty());
    CHECK(s.panel()->proxy()->rowCount() == 4);
    CHECK(s.errors.isEmpty());
}
