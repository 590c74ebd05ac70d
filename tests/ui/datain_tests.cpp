// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of "data in": the CSV import wizard, File/Data > Export Data,
// the data sources dialog and editor, refresh in the main window, failing
// sources in the Problems and Details docks.
#include "commands/entitycommands.h"
#include "csvimportwizard.h"
#include "dataactions.h"
#include "datasourceeditor.h"
#include "datasourcesdialog.h"
#include "detailspanel.h"
#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "io/datarefresh.h"
#include "io/datasourcewatcher.h"
#include "io/generator.h"
#include "kpichartpanel.h"
#include "mainwindow.h"
#include "model/templates.h"
#include "problemspanel.h"
#include "scorecardpanel.h"
#include "scorecardtreemodel.h"
#include "sourcetrust.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace Qt::StringLiterals;

namespace {

/**
 * The KPIs the CSV corpus (tests/data/csv) is written for: revenue
 * (monthly, 2026-01..03 = 130, 160, 190), churn (quarterly, 2026-Q1 = 7,
 * note "ok"), tickets "Support tickets" (weekly, 2026-W01 = 40), headcount
 * (yearly, 2025 = 120), satisfaction "Satisfacción clientes" (monthly) and
 * two KPIs named "Sales".
 */
Scorecard dataScorecard()
{
    Scorecard sc = fourPerspectiveTemplate(u"Data test"_s);
    Objective grow;
    grow.id = ObjectiveId(u"grow"_s);
    grow.name = u"Grow"_s;
    grow.perspective = PerspectiveId(u"financial"_s);
    grow.seq = 1;
    sc.objectives.push_back(grow);
    auto kpi = [&](const QString &id, const QString &name, Frequency f) -> Kpi & {
        Kpi k;
        k.id = KpiId(id);
        k.name = name;
        k.frequency = f;
        k.objective = grow.id;
        k.baseline = 0;
        k.target = 200;
        k.seq = qint64(sc.kpis.size()) + 1;
        sc.kpis.push_back(k);
        return sc.kpis.back();
    };
    Kpi &revenue = kpi(u"revenue"_s, u"Revenue"_s, Frequency::Monthly);
    for (int m = 1; m <= 3; ++m)
        revenue.measurements.push_back(
            {*Period::parse(u"2026-%1"_s.arg(m), Frequency::Monthly), 100.0 + 30 * m, {}});
    kpi(u"churn"_s, u"Churn"_s, Frequency::Quarterly)
        .measurements.push_back({*Period::parse(u"2026-Q1", Frequency::Quarterly), 7, u"ok"_s});
    kpi(u"tickets"_s, u"Support tickets"_s, Frequency::Weekly)
        .measurements.push_back({*Period::parse(u"2026-W01", Frequency::Weekly), 40, {}});
    kpi(u"headcount"_s, u"Headcount"_s, Frequency::Yearly)
        .measurements.push_back({*Period::parse(u"2025", Frequency::Yearly), 120, {}});
    kpi(u"satisfaction"_s, u"Satisfacci\u00f3n clientes"_s, Frequency::Monthly);
    kpi(u"sales-north"_s, u"Sales"_s, Frequency::Monthly);
    kpi(u"sales-south"_s, u"Sales"_s, Frequency::Monthly);
    return sc;
}

QString corpus(const char *name)
{
    return QStringLiteral(SCORECARD_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

struct DataFile
{
    QTemporaryDir dir;
    QString path;

    explicit DataFile(Scorecard sc = dataScorecard())
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"data.scorecard"_s);
        auto created = ScorecardFile::create(path, sc);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
    }
    QString file(const QString &name) const { return dir.filePath(name); }
    std::unique_ptr<ScorecardDocument> open() const
    {
        auto doc = ScorecardDocument::open(path);
        INFO(doc.error().toStdString());
        REQUIRE(doc.ok());
        return std::move(doc).value();
    }
};

std::optional<double> valueOf(const ScorecardDocument &doc, const char *kpi, const char *period,
                              Frequency f)
{
    const Measurement *m = doc.measurement(KpiId(QString::fromLatin1(kpi)),
                                           *Period::parse(QString::fromLatin1(period), f));
    return m ? std::optional<double>(m->value) : std::nullopt;
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

/** The first row of @p model whose @p column reads @p text, or -1. */
int findRow(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cellText(model, r, column) == text)
            return r;
    }
    return -1;
}

DataSource csvSource(const QString &id, const QString &location, const QStringList &kpis = {})
{
    DataSource s;
    s.id = DataSourceId(id);
    s.name = id;
    s.kind = DataSourceKind::Csv;
    s.location = location;
    s.kpis = kpis;
    return s;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Import wizard previews the corpus file: counts, rows to add, unchanged", "[datain]")
{
    DataFile file;
    auto doc = file.open();
    CsvImportWizard wizard(doc.get());
    QAbstractItemModelTester tester(wizard.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(wizard.importButton()->isEnabled());
    REQUIRE(wizard.setFile(corpus("long-basic.csv")));
    const CsvImport::Preview *p = wizard.preview();
    REQUIRE(p);
    CHECK(p->added == 8);
    CHECK(p->overwritten == 0);
    CHECK(p->unchanged == 1);
    CHECK(p->errors.empty());
    CHECK(wizard.summaryLabel()->text().contains(u"<b>8</b> to add"_s));
    CHECK(wizard.summaryLabel()->text().contains(u"long layout"_s));
    CHECK(wizard.problem().isEmpty());
    CHECK(wizard.importButton()->isEnabled());

    auto *model = wizard.previewModel();
    REQUIRE(model->rowCount() == 9);
    // Row 2 of the file is already there; row 4 reads "1,234.5" as 1234.5.
    CHECK(cellText(model, 0, CsvPreviewModel::RowColumn) == u"2"_s);
    CHECK(cellText(model, 0, CsvPreviewModel::ActionColumn) == u"Unchanged"_s);
    const int row4 = findRow(model, CsvPreviewModel::RowColumn, u"4"_s);
    REQUIRE(row4 >= 0);
    CHECK(cellText(model, row4, CsvPreviewModel::ActionColumn) == u"Add"_s);
    CHECK(cellText(model, row4, CsvPreviewModel::PeriodColumn) == u"2026-05"_s);
    CHECK(cellText(model, row4, CsvPreviewModel::ValueColumn) ==
          QLocale().toString(1234.5, 'g', QLocale::FloatingPointShortest));
    CHECK(cellText(model, row4, CsvPreviewModel::KpiColumn) == u"Revenue (revenue)"_s);
    // Nothing is written by a preview.
    CHECK(doc->undoStack()->count() == 0);
    CHECK_FALSE(valueOf(*doc, "revenue", "2026-04", Frequency::Monthly));
}

TEST_CASE("Import wizard shows overwrites old -> new and recomputes when options change",
          "[datain]")
{
    DataFile file;
    auto doc = file.open();
    const QString csv = file.file(u"semi.csv"_s);
    // Semicolons and decimal commas, as a German spreadsheet writes them.
    writeFile(csv, "KPI;Period;Value\nrevenue;2026-03;200,5\nrevenue;2026-04;1.210,25\n");
    CsvImportWizard wizard(doc.get());
    REQUIRE(wizard.setFile(csv));
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->overwritten == 1);
    CHECK(wizard.preview()->added == 1);
    auto *model = wizard.previewModel();
    const int row2 = findRow(model, CsvPreviewModel::RowColumn, u"2"_s);
    REQUIRE(row2 >= 0);
    CHECK(cellText(model, row2, CsvPreviewModel::ActionColumn) == u"Overwrite"_s);
    CHECK(cellText(model, row2, CsvPreviewModel::ValueColumn) ==
          u"%1 \u2192 %2"_s.arg(QLocale().toString(190.0), QLocale().toString(200.5)));

    // Forcing the decimal point makes "200,5" an error: the preview follows at once.
    wizard.decimalCombo()->setCurrentIndex(
        wizard.decimalCombo()->findData(int(NumberText::Decimal::Point)));
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->hasErrors());
    CHECK_FALSE(wizard.importButton()->isEnabled());
    CHECK(cellText(model, 0, CsvPreviewModel::ActionColumn) == u"Error"_s);
    CHECK(cellText(model, 0, CsvPreviewModel::FileColumn) == u"Value"_s);
    // Comma as the delimiter: the file then has a single column and cannot be read.
    wizard.decimalCombo()->setCurrentIndex(0);
    wizard.delimiterCombo()->setCurrentIndex(wizard.delimiterCombo()->findData(u","_s));
    CHECK_FALSE(wizard.preview());
    CHECK(wizard.problemLabel()->isVisibleTo(&wizard));
    CHECK(wizard.problem().startsWith(u"Cannot import semi.csv: "_s));
    CHECK_FALSE(wizard.importButton()->isEnabled());
    // Back to detection: readable again.
    wizard.delimiterCombo()->setCurrentIndex(0);
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->changes() == 2);
    CHECK(wizard.importButton()->isEnabled());
}

TEST_CASE("Import wizard lists errors by row and column, Import only with skip errors, one undo "
          "step",
          "[datain]")
{
    DataFile file;
    auto doc = file.open();
    CsvImportWizard wizard(doc.get());
    REQUIRE(wizard.setFile(corpus("errors.csv")));
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->errors.size() == 9);
    CHECK(wizard.preview()->added == 2);
    auto *model = wizard.previewModel();
    REQUIRE(model->rowCount() == 11);
    // Errors first, in file order, quoting the text.
    CHECK(cellText(model, 0, CsvPreviewModel::RowColumn) == u"4"_s);
    CHECK(cellText(model, 0, CsvPreviewModel::ActionColumn) == u"Error"_s);
    CHECK(cellText(model, 0, CsvPreviewModel::DetailColumn) == u"unknown KPI \"Sales EMEA\""_s);
    CHECK(model->data(model->index(0, CsvPreviewModel::DetailColumn), Qt::ToolTipRole).toString() ==
          u"row 4: unknown KPI \"Sales EMEA\""_s);
    CHECK(cellText(model, 1, CsvPreviewModel::FileColumn) == u"Value"_s);
    CHECK(cellText(model, 1, CsvPreviewModel::DetailColumn) == u"\"eighty\" is not a number"_s);
    CHECK(wizard.problemLabel()->text().contains(u"9 errors"_s));
    CHECK_FALSE(wizard.importButton()->isEnabled());
    CHECK_FALSE(wizard.importNow());
    CHECK(doc->undoStack()->count() == 0);

    wizard.skipErrorsBox()->setChecked(true);
    CHECK(wizard.importButton()->isEnabled());
    CHECK(wizard.summaryLabel()->text().contains(u"9 rows with errors will be skipped"_s));
    REQUIRE(wizard.importNow());
    CHECK(doc->undoStack()->count() == 1);
    CHECK(valueOf(*doc, "revenue", "2026-04", Frequency::Monthly) == 210);
    CHECK(valueOf(*doc, "revenue", "2026-05", Frequency::Monthly) == 220);
    doc->undoStack()->undo();
    CHECK_FALSE(valueOf(*doc, "revenue", "2026-04", Frequency::Monthly));
    CHECK_FALSE(valueOf(*doc, "revenue", "2026-05", Frequency::Monthly));
    CHECK(valueOf(*doc, "revenue", "2026-03", Frequency::Monthly) == 190);
    CHECK(wizard.preview()->added == 2);
    // The preview follows the document: with the values back, nothing is left to add.
    doc->undoStack()->redo();
    CHECK(wizard.preview()->added == 0);
    CHECK(wizard.preview()->unchanged == 2);
    CHECK(wizard.problem().startsWith(u"Nothing to change"_s));
}

TEST_CASE("Import wizard: Cancel in the progress dialog writes nothing", "[datain]")
{
    DataFile file;
    auto doc = file.open();
    CsvImportWizard wizard(doc.get());
    REQUIRE(wizard.setFile(corpus("long-basic.csv")));

    SECTION("while writing")
    {
        int writes = 0;
        wizard.setProgressHook([&](CsvImport::Stage stage, qint64, qint64) {
            if (stage != CsvImport::Stage::Writing)
                return;
            ++writes;
            auto *progress = wizard.findChild<QProgressDialog *>(u"csvProgress"_s);
            REQUIRE(progress);
            progress->cancel();
        });
        CHECK_FALSE(wizard.importNow());
        CHECK(writes == 1);
        CHECK(wizard.problemLabel()->text() == u"The import was cancelled: nothing was written."_s);
        CHECK(doc->undoStack()->count() == 0);
        CHECK_FALSE(valueOf(*doc, "revenue", "2026-04", Frequency::Monthly));
        // Nor in the file: a second connection sees the old values.
        auto again = ScorecardDocument::open(file.path, ScorecardFile::Access::ReadOnly);
        REQUIRE(again.ok());
        CHECK_FALSE(valueOf(**again, "revenue", "2026-04", Frequency::Monthly));
        CHECK(valueOf(**again, "revenue", "2026-03", Frequency::Monthly) == 190);
        // Nothing is stuck: the next try imports.
        wizard.setProgressHook({});
        REQUIRE(wizard.importNow());
        CHECK(doc->undoStack()->count() == 1);
        CHECK(valueOf(*doc, "revenue", "2026-04", Frequency::Monthly) == 210);
    }
    SECTION("while reading")
    {
        wizard.setProgressHook([&](CsvImport::Stage stage, qint64, qint64) {
            if (stage == CsvImport::Stage::Reading)
                wizard.findChild<QProgressDialog *>(u"csvProgress"_s)->cancel();
        });
        wizard.layoutCombo()->setCurrentIndex(1); // recomputes
        CHECK_FALSE(wizard.preview());
        CHECK(wizard.problem() == u"Reading long-basic.csv was cancelled: nothing was imported."_s);
        CHECK_FALSE(wizard.importButton()->isEnabled());
        CHECK(doc->undoStack()->count() == 0);
    }
}

TEST_CASE("Export Data through the GUI action, long and wide, re-importing changes nothing",
          "[datain]")
{
    DataFile file;
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &m) { errors << m; });
    REQUIRE(window.openFile(file.path));
    DataActions *data = window.dataActions();
    REQUIRE(data);
    data->setErrorHandler([&](const QString &m) { errors << m; });
    // The actions are in the Data menu (and File).
    QMenu *menu = window.dataMenu();
    CHECK(menu->actions().contains(data->importAction()));
    CHECK(menu->actions().contains(data->exportAction()));
    CHECK(menu->actions().contains(data->refreshAction()));
    CHECK(menu->actions().contains(data->sourcesAction()));
    QMenu *fileMenu = window.menuBar()->findChild<QMenu *>(u"fileMenu"_s);
    REQUIRE(fileMenu);
    CHECK(fileMenu->actions().contains(data->importAction()));
    CHECK(fileMenu->actions().contains(data->exportAction()));
    CHECK(fileMenu->actions().indexOf(data->exportAction()) > 3); // after New, Open, Save As
    CHECK(data->exportAction()->isEnabled());
    CHECK(data->importAction()->isEnabled());
    CHECK_FALSE(data->refreshAction()->isEnabled()); // no sources

    const auto layout = GENERATE(CsvImport::Layout::Long, CsvImport::Layout::Wide);
    const QString out = file.file(u"export.csv"_s);
    data->setExportTarget([&] { return std::optional(std::pair{out, layout}); });
    data->exportAction()->trigger();
    CHECK(errors.isEmpty());
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(
        bytes.startsWith(layout == CsvImport::Layout::Long ? "kpi,period,value,note\r\n" : "kpi,"));
    CHECK(bytes.contains("revenue"));

    CsvImportWizard wizard(window.document());
    REQUIRE(wizard.setFile(out));
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->changes() == 0);
    CHECK(wizard.preview()->unchanged == 6);
    CHECK(wizard.preview()->errors.empty());
    CHECK(wizard.problem() ==
          u"Nothing to change: every value in the file is already in the scorecard."_s);
    CHECK_FALSE(wizard.importButton()->isEnabled());
    CHECK(window.document()->undoStack()->count() == 0);

    // A target that cannot be written: a specific error, nothing half-written.
    data->setExportTarget([&] {
        return std::optional(std::pair{file.file(u"no/such/dir/x.csv"_s), layout});
    });
    data->exportAction()->trigger();
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().startsWith(u"The data was not exported: cannot write "_s));
}

TEST_CASE("Data sources dialog: add, edit and remove, each one undo step", "[datain]")
{
    DataFile file;
    writeFile(file.file(u"sales.csv"_s), "kpi,period,value\nrevenue,2026-04,210\n");
    auto doc = file.open();
    DataSourcesDialog dialog(doc.get());
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK_FALSE(dialog.editButton()->isEnabled());

    // Add.
    dialog.setEditorRunner([&](DataSourceEditor &e) {
        CHECK_FALSE(e.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        CHECK(e.nameError()->text() == u"A name is required"_s);
        CHECK(e.nameError()->isVisibleTo(&e));
        e.nameEdit()->setText(u"Sales sheet"_s);
        CHECK(e.pathError()->text() == u"Choose the CSV file"_s);
        e.pathEdit()->setText(u"missing.csv"_s);
        // A file that is not there yet is a warning only.
        CHECK(e.pathError()->text().startsWith(u"No such file: "_s));
        CHECK(e.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        e.pathEdit()->setText(u"sales.csv"_s);
        CHECK_FALSE(e.pathError()->isVisibleTo(&e));
        e.setKpiChecked(u"revenue"_s, true);
        REQUIRE(e.apply());
    });
    dialog.addButton()->click();
    REQUIRE(doc->scorecard().dataSources.size() == 1);
    const DataSource added = doc->scorecard().dataSources.front();
    CHECK(added.name == u"Sales sheet"_s);
    CHECK(added.location == u"sales.csv"_s);
    CHECK(added.kpis == QStringList{u"revenue"_s});
    CHECK(added.mapping == u"{}"_s);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(0) == u"Sales sheet"_s);
    CHECK(dialog.list()->topLevelItem(0)->text(4) == u"never"_s);
    CHECK(doc->undoStack()->count() == 1);

    // Edit: the layout, delimiter and decimal separator go into the mapping.
    dialog.setEditorRunner([&](DataSourceEditor &e) {
        CHECK(e.nameEdit()->text() == u"Sales sheet"_s);
        CHECK(e.pathEdit()->text() == u"sales.csv"_s);
        e.layoutCombo()->setCurrentIndex(e.layoutCombo()->findData(u"long"_s));
        e.delimiterCombo()->setCurrentIndex(e.delimiterCombo()->findData(u"tab"_s));
        e.decimalCombo()->setCurrentIndex(e.decimalCombo()->findData(u"comma"_s));
        REQUIRE(e.apply());
    });
    dialog.setCurrent(added.id);
    dialog.editButton()->click();
    CHECK(doc->dataSource(added.id)->mapping ==
          u"{\"decimal\":\"comma\",\"delimiter\":\"tab\",\"layout\":\"long\"}"_s);
    // Opened again, the editor shows what the mapping says.
    dialog.setEditorRunner([&](DataSourceEditor &e) {
        CHECK(e.decimalCombo()->currentData().toString() == u"comma"_s);
        CHECK(e.delimiterCombo()->currentData().toString() == u"tab"_s);
    });
    dialog.editButton()->click();
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    CHECK(doc->dataSource(added.id)->mapping == u"{}"_s);
    doc->undoStack()->redo();

    // Remove, then undo brings it back to the list.
    dialog.setCurrent(added.id);
    REQUIRE(dialog.removeCurrent());
    CHECK(doc->scorecard().dataSources.empty());
    CHECK(dialog.list()->topLevelItemCount() == 0);
    doc->undoStack()->undo();
    CHECK(doc->dataSource(added.id));
    CHECK(dialog.list()->topLevelItemCount() == 1);
    doc->undoStack()->undo(); // the edit
    doc->undoStack()->undo(); // the add
    CHECK(doc->scorecard().dataSources.empty());
    CHECK(dialog.list()->topLevelItemCount() == 0);
}

TEST_CASE("Data source editor: SQL fields validated next to the field, never a password",
          "[datain]")
{
    REQUIRE(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)); // libqt6sql6-sqlite
    DataFile file;
    {
        // A SQLite file the query reads.
        const QString conn = u"datain-make-db"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
            db.setDatabaseName(file.file(u"erp.db"_s));
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"CREATE TABLE sales (month TEXT, total REAL)"_s));
            REQUIRE(q.exec(u"INSERT INTO sales VALUES ('2026-04', 321)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }
    auto doc = file.open();
    DataSourceEditor e(doc.get(), {});
    e.nameEdit()->setText(u"ERP"_s);
    e.kindCombo()->setCurrentIndex(e.kindCombo()->findData(int(DataSourceKind::Sql)));
    e.driverCombo()->setCurrentIndex(e.driverCombo()->findData(u"QSQLITE"_s));
    CHECK(e.databaseError()->text() == u"Name the database (for SQLite: its file)"_s);
    e.databaseEdit()->setText(u"erp.db"_s);
    CHECK_FALSE(e.databaseError()->isVisibleTo(&e));
    CHECK(e.queryError()->text() == u"Write a SELECT that returns period and value columns"_s);
    e.queryEdit()->setPlainText(u"DELETE FROM sales"_s);
    CHECK(e.queryError()->text().startsWith(u"A refresh only reads"_s));
    CHECK_FALSE(e.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    e.queryEdit()->setPlainText(u"SELECT month AS period, total AS value FROM sales"_s);
    e.queryKpiCombo()->setCurrentIndex(e.queryKpiCombo()->findData(u"revenue"_s));
    e.userEdit()->setText(u"report"_s);
    e.askPasswordBox()->setChecked(true);
    CHECK(e.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    REQUIRE(e.apply());
    REQUIRE(doc->scorecard().dataSources.size() == 1);
    const DataSource s = doc->scorecard().dataSources.front();
    CHECK(s.kind == DataSourceKind::Sql);
    CHECK(s.location == u"QSQLITE:erp.db;user=report;password=ask"_s);
    CHECK(
        s.mapping ==
        u"{\"kpi\":\"revenue\",\"query\":\"SELECT month AS period, total AS value FROM sales\"}"_s);

    // The password is asked for at refresh time, once per session, and never stored.
    MainWindow window;
    doc.reset();
    sourcetrust::allow(file.path, {s}); // made by this user, in the editor above
    REQUIRE(window.openFile(file.path));
    DataActions *data = window.dataActions();
    int asked = 0;
    std::optional<QString> answer = u"s3cret"_s;
    data->setPasswordPrompt([&](const DataSource &source) {
        ++asked;
        CHECK(source.name == u"ERP"_s);
        return answer;
    });
    settle(); // the refresh on opening
    CHECK(asked == 1);
    CHECK(valueOf(*window.document(), "revenue", "2026-04", Frequency::Monthly) == 321);
    REQUIRE(data->refreshAll());
    CHECK(asked == 1); // kept in memory
    QFile raw(file.path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("s3cret"));

    // A cancelled prompt: the source fails with a clear message, values stay.
    data->forgetPasswords();
    answer.reset();
    REQUIRE(data->refreshAll());
    CHECK(asked == 2);
    CHECK(window.document()->scorecard().dataSources.front().lastError ==
          DataRefresh::noPasswordMessage());
    CHECK(valueOf(*window.document(), "revenue", "2026-04", Frequency::Monthly) == 321);
}

TEST_CASE("A failing source shows in Problems with its error and last good refresh, its KPI "
          "is selected on click and says so in Details",
          "[datain]")
{
    Scorecard sc = dataScorecard();
    sc.dataSources.push_back(csvSource(u"gone"_s, u"gone.csv"_s, {u"churn"_s}));
    DataFile file(sc);
    MainWindow window;
    window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
    sourcetrust::allow(file.path, sc.dataSources); // the user allowed them before
    REQUIRE(window.openFile(file.path));
    settle(); // refresh on opening
    const DataSource *s = window.document()->dataSource(DataSourceId(u"gone"_s));
    REQUIRE(s);
    CHECK(s->lastError.startsWith(u"cannot read "_s));
    CHECK(valueOf(*window.document(), "churn", "2026-Q1", Frequency::Quarterly) == 7);

    ProblemsPanel *problems = window.problemsPanel();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < problems->list()->topLevelItemCount(); ++i) {
        if (problems->list()->topLevelItem(i)->text(1).startsWith(u"Data source"_s))
            item = problems->list()->topLevelItem(i);
    }
    REQUIRE(item);
    CHECK(item->text(0) == u"Warning"_s); // as `check` reports it: data_source_failed
    CHECK(
        item->text(1) ==
        u"Data source \u201cgone\u201d failed: %1 (last good refresh: never)"_s.arg(s->lastError));
    CHECK(item->text(2).contains(u"keep their values"_s));
    Q_EMIT problems->list()->itemClicked(item, 1);
    CHECK(window.selection()->kind() == EntityKind::Kpi);
    CHECK(window.selection()->id() == u"churn"_s);
    const QString details = window.detailsPanel()->explanation();
    CHECK(details.contains(u"Data source: gone (CSV file gone.csv), last refreshed: never"_s));
    CHECK(details.contains(u"Last refresh failed: "_s + s->lastError));

    // The file appears: Refresh All clears the problem and records the time.
    writeFile(file.file(u"gone.csv"_s), "kpi,period,value\nchurn,2026-Q2,6\n");
    REQUIRE(window.dataActions()->refreshAction()->isEnabled());
    window.dataActions()->refreshAction()->trigger();
    s = window.document()->dataSource(DataSourceId(u"gone"_s));
    CHECK(s->lastError.isEmpty());
    CHECK(s->lastRefresh.isValid());
    for (int i = 0; i < problems->list()->topLevelItemCount(); ++i)
        CHECK_FALSE(problems->list()->topLevelItem(i)->text(1).startsWith(u"Data source"_s));
    CHECK_FALSE(window.detailsPanel()->explanation().contains(u"Last refresh failed"_s));
}

TEST_CASE("Refresh from a changed CSV file updates the scorecard tree, the map and the chart",
          "[datain]")
{
    Scorecard sc = dataScorecard();
    sc.dataSources.push_back(csvSource(u"sheet"_s, u"sheet.csv"_s));
    DataFile file(sc);
    writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,100\n");
    MainWindow window;
    window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
    sourcetrust::allow(file.path, sc.dataSources); // the user allowed them before
    REQUIRE(window.openFile(file.path));
    window.setAsOf(QDate(2026, 10, 31));
    settle();
    ScorecardTreeModel *model = window.scorecardPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto value = [&] {
        return model
            ->data(model->indexOf(ScorecardTreeModel::NodeKind::Kpi, u"revenue"_s,
                                  ScorecardTreeModel::ValueColumn))
            .toString();
    };
    CHECK(value() == QLocale().toString(100));
    const int steps = window.document()->undoStack()->count();

    SECTION("Refresh All")
    {
        // The map's card and the KPI chart follow too, with no other action.
        window.selection()->setCurrent(EntityKind::Kpi, u"revenue"_s);
        auto lastActual = [&]() -> std::optional<double> {
            for (QAbstractSeries *series : window.chartPanel()->chart()->series()) {
                auto *line = qobject_cast<QLineSeries *>(series);
                if (line && line->name() == u"Actual"_s && line->count() > 0)
                    return line->at(line->count() - 1).y();
            }
            return std::nullopt;
        };
        auto cardScore = [&] {
            return window.mapPanel()->scene()->cardItem(ObjectiveId(u"grow"_s))->content().score;
        };
        CHECK(lastActual() == 100);
        const std::optional<double> scoreBefore = cardScore();
        writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,150\n");
        window.dataActions()->refreshAction()->trigger();
        CHECK(value() == QLocale().toString(150));
        CHECK(lastActual() == 150);
        CHECK(cardScore() != scoreBefore);
        CHECK(cardScore() ==
              window.document()->scores(QDate(2026, 10, 31))->objectives.value(u"grow"_s).value);
        CHECK(window.document()->undoStack()->count() == steps + 1);
        window.document()->undoStack()->undo();
        CHECK(value() == QLocale().toString(100));
    }
    SECTION("the file changes on disk")
    {
        window.dataActions()->watcher()->setDebounce(50);
        writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,175\n");
        QElapsedTimer waited;
        waited.start();
        while (value() != QLocale().toString(175) && waited.elapsed() < 10000)
            QTest::qWait(20);
        CHECK(value() == QLocale().toString(175));
    }
    SECTION("a broken file keeps the value")
    {
        writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,lots\n");
        window.dataActions()->refreshAction()->trigger();
        CHECK(value() == QLocale().toString(100));
        CHECK(window.document()->dataSource(DataSourceId(u"sheet"_s))->lastError ==
              u"row 2, column value: \"lots\" is not a number"_s);
        CHECK(window.problemsPanel()->count() >= 1);
    }
}

TEST_CASE("A file's sources are read only once the user allows them: the banner, Refresh All's "
          "question, sources the user adds, and a source changed in the file",
          "[datain]")
{
    Scorecard sc = dataScorecard();
    sc.dataSources.push_back(csvSource(u"sheet"_s, u"sheet.csv"_s));
    DataFile file(sc);
    writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,150\n");
    auto revenue = [](const MainWindow &w) {
        return valueOf(*w.document(), "revenue", "2026-10", Frequency::Monthly);
    };
    {
        MainWindow window;
        window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
        REQUIRE(window.openFile(file.path));
        settle();
        DataActions *data = window.dataActions();
        // Not read on opening, not watched; the banner names the source.
        CHECK_FALSE(revenue(window));
        CHECK(data->watcher() == nullptr);
        CHECK(window.document()->undoStack()->count() == 0);
        CHECK(data->consentBar()->isVisibleTo(&window));
        CHECK(data->consentText()->text().contains(u"sheet: sheet.csv"_s));
        CHECK(data->refreshAction()->isEnabled());

        // Refresh All asks first; No reads nothing.
        QString asked;
        data->setConfirm([&](const QString &question) {
            asked = question;
            return false;
        });
        CHECK_FALSE(data->refreshAll());
        CHECK(asked.contains(u"sheet: sheet.csv"_s));
        CHECK_FALSE(revenue(window));
        CHECK(data->consentBar()->isVisibleTo(&window));

        // The banner's button allows and reads them: one undo step.
        QPushButton *allow = data->consentBar()->findChild<QPushButton *>();
        REQUIRE(allow);
        allow->click();
        CHECK(revenue(window) == 150);
        CHECK(window.document()->undoStack()->count() == 1);
        CHECK_FALSE(data->consentBar()->isVisibleTo(&window));
        CHECK(data->watcher() != nullptr);
        CHECK(sourcetrust::isAllowed(file.path, sc.dataSources.front()));
    }
    {
        // Allowed on this computer: read on opening from now on.
        writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,175\n");
        MainWindow window;
        REQUIRE(window.openFile(file.path));
        settle();
        CHECK(revenue(window) == 175);
        CHECK_FALSE(window.dataActions()->consentBar()->isVisibleTo(&window));
    }
    {
        // The file now names another file (someone changed it): asked again.
        auto doc = file.open();
        DataSource moved = *doc->dataSource(DataSourceId(u"sheet"_s));
        moved.location = u"../elsewhere.csv"_s;
        REQUIRE(doc->push(ChangeEntityCommand<DataSource>::create(*doc, moved).value()).ok());
        doc.reset();
        MainWindow window;
        REQUIRE(window.openFile(file.path));
        settle();
        DataActions *data = window.dataActions();
        CHECK(data->watcher() == nullptr);
        CHECK(data->consentText()->text().contains(u"../elsewhere.csv"_s));
        // Refresh All's Yes allows it (it then fails: no such file, shown as an error).
        data->setConfirm([](const QString &) { return true; });
        window.setErrorHandler([](const QString &) {});
        CHECK(data->refreshAll());
        CHECK_FALSE(data->consentBar()->isVisibleTo(&window));
        CHECK(window.document()
                  ->dataSource(DataSourceId(u"sheet"_s))
                  ->lastError.startsWith(u"cannot read "_s));
    }
}

TEST_CASE("Sources the user adds in the Data Sources dialog are allowed without asking", "[datain]")
{
    DataFile file;
    writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,150\n");
    MainWindow window;
    window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
    REQUIRE(window.openFile(file.path));
    DataActions *data = window.dataActions();
    int asked = 0;
    data->setConfirm([&](const QString &) {
        ++asked;
        return false;
    });
    data->setSourcesDialogRunner([](DataSourcesDialog &dialog) {
        dialog.setEditorRunner([](DataSourceEditor &e) {
            e.nameEdit()->setText(u"Sheet"_s);
            e.pathEdit()->setText(u"sheet.csv"_s);
            REQUIRE(e.apply());
        });
        dialog.addButton()->click();
        Q_EMIT dialog.refreshRequested(); // the dialog's Refresh: no question
    });
    data->sourcesAction()->trigger();
    REQUIRE(window.document()->scorecard().dataSources.size() == 1);
    CHECK(asked == 0); // never asked about the user's own source
    CHECK(sourcetrust::isAllowed(file.path, window.document()->scorecard().dataSources.front()));
    CHECK(valueOf(*window.document(), "revenue", "2026-10", Frequency::Monthly) == 150);
    CHECK(data->watcher() != nullptr);
    CHECK_FALSE(data->consentBar()->isVisibleTo(&window));
}

// Hidden (run with "[.datain-shots]"): the wizard's preview and the sources
// dialog as PNG files in $DATAIN_SHOTS (default /tmp), to look at.
TEST_CASE("Screenshots of the import wizard and the data sources dialog", "[.datain-shots]")
{
    const QString out = qEnvironmentVariableIsSet("DATAIN_SHOTS")
                            ? qEnvironmentVariable("DATAIN_SHOTS")
                            : u"/tmp"_s;
    Scorecard sc = dataScorecard();
    sc.dataSources.push_back(csvSource(u"sheet"_s, u"sheet.csv"_s, {u"revenue"_s}));
    sc.dataSources.push_back(csvSource(u"gone"_s, u"gone.csv"_s, {u"churn"_s}));
    sc.dataSources[0].seq = 1;
    sc.dataSources[1].seq = 2;
    DataFile file(sc);
    const QString csv = file.file(u"upload.csv"_s);
    writeFile(csv, "KPI,Period,Value,Note\nrevenue,2026-03,200.5,corrected\nrevenue,2026-04,210,\n"
                   "Sales EMEA,2026-04,100,\nrevenue,2026-06,eighty,\nchurn,2026-Q2,6.5,\n"
                   "headcount,2026,125,\ntickets,2026-W07,38,\n");
    writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-05,250\n");
    auto doc = file.open();
    REQUIRE(DataRefresh::refresh(*doc).ok());
    CsvImportWizard wizard(doc.get());
    wizard.resize(980, 560);
    REQUIRE(wizard.setFile(csv));
    wizard.show();
    settle();
    CHECK(wizard.grab().save(out + u"/datain-wizard.png"_s));
    wizard.skipErrorsBox()->setChecked(true);
    settle();
    CHECK(wizard.grab().save(out + u"/datain-wizard-skip.png"_s));

    DataSourcesDialog dialog(doc.get());
    dialog.show();
    settle();
    CHECK(dialog.grab().save(out + u"/datain-sources.png"_s));
    DataSourceEditor editor(doc.get(), DataSourceId(u"sheet"_s));
    editor.show();
    settle();
    CHECK(editor.grab().save(out + u"/datain-editor.png"_s));
    DataSourceEditor sql(doc.get(), {});
    sql.kindCombo()->setCurrentIndex(1);
    sql.nameEdit()->setText(u"ERP"_s);
    sql.queryEdit()->setPlainText(u"UPDATE sales SET x = 1"_s);
    sql.show();
    settle();
    CHECK(sql.grab().save(out + u"/datain-editor-sql.png"_s));

    MainWindow window;
    REQUIRE(window.openFile(file.path));
    for (const char *name : {"fileMenu", "dataMenu"}) {
        QMenu *menu = window.menuBar()->findChild<QMenu *>(QString::fromLatin1(name));
        menu->popup(QPoint(0, 0));
        settle();
        CHECK(menu->grab().save(out + u"/datain-"_s + QString::fromLatin1(name) + u".png"_s));
        menu->hide();
    }
}

// Hidden (run with "[.datain-big]"): a million rows through the wizard, timed.
TEST_CASE("Import wizard with a million rows", "[.datain-big]")
{
    GeneratorOptions g;
    g.objectives = 1000;
    g.kpisPerObjective = 10;
    g.months = 1;
    g.lastMonth = QDate(2020, 1, 1);
    Scorecard sc = generateScorecard(g);
    REQUIRE(sc.kpis.size() == 10000);
    DataFile file(sc);
    QByteArray csv = "kpi,period,value\r\n";
    csv.reserve(40 * 1000000);
    for (const Kpi &k : sc.kpis) {
        for (int m = 0; m < 100; ++m) {
            const QDate d = QDate(2021, 1, 1).addMonths(m);
            csv += k.id.value.toLatin1() + ',' + QByteArray::number(d.year()) + '-' +
                   QByteArray::number(d.month()).rightJustified(2, '0') + ',' +
                   QByteArray::number(m * 1.5) + "\r\n";
        }
    }
    const QString path = file.file(u"big.csv"_s);
    writeFile(path, csv);
    auto doc = file.open();
    CsvImportWizard wizard(doc.get());
    int reports = 0;
    wizard.setProgressHook([&](CsvImport::Stage, qint64, qint64) { ++reports; });
    QElapsedTimer t;
    t.start();
    REQUIRE(wizard.setFile(path));
    const qint64 previewMs = t.restart();
    CHECK(wizard.preview()->added == 1000000);
    CHECK(wizard.previewModel()->rowCount() == 1000000);
    REQUIRE(wizard.importNow());
    const qint64 importMs = t.elapsed();
    CHECK(doc->undoStack()->count() == 1);
    CHECK(reports > 10);
    WARN("1M rows: preview " << previewMs << " ms, import " << importMs << " ms, " << reports
                             << " progress reports");
}

TEST_CASE("A scorecard opened read-only is never refreshed or written", "[datain]")
{
    Scorecard sc = dataScorecard();
    sc.dataSources.push_back(csvSource(u"sheet"_s, u"sheet.csv"_s));
    DataFile file(sc);
    writeFile(file.file(u"sheet.csv"_s), "kpi,period,value\nrevenue,2026-10,100\n");
    auto bytes = [&] {
        QFile f(file.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray before = bytes();
    // Another program is writing: the window opens the file read-only.
    const QString conn = u"datain-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
        db.setDatabaseName(file.path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"BEGIN IMMEDIATE"_s));
        MainWindow window;
        window.setErrorHandler([](const QString &) {});
        REQUIRE(window.openFile(file.path));
        REQUIRE(window.document()->isReadOnly());
        REQUIRE(q.exec(u"ROLLBACK"_s));
        settle();
        CHECK(window.dataActions()->watcher() == nullptr);
        CHECK_FALSE(window.dataActions()->refreshAction()->isEnabled());
        CHECK_FALSE(window.dataActions()->importAction()->isEnabled());
        CHECK(window.dataActions()->exportAction()->isEnabled());
        CHECK_FALSE(window.dataActions()->refreshAll());
        CHECK_FALSE(window.document()->dataSource(DataSourceId(u"sheet"_s))->lastRefresh.isValid());
        CHECK_FALSE(valueOf(*window.document(), "revenue", "2026-10", Frequency::Monthly));
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    CHECK(bytes() == before);
}

TEST_CASE("Import wizard reads a wide file and follows a forced layout", "[datain]")
{
    DataFile file;
    auto doc = file.open();
    CsvImportWizard wizard(doc.get());
    REQUIRE(wizard.setFile(corpus("wide-basic.csv")));
    REQUIRE(wizard.preview());
    CHECK(wizard.preview()->layout == CsvImport::Layout::Wide);
    CHECK(wizard.preview()->added == 4);
    CHECK(wizard.preview()->unchanged == 1);
    CHECK(wizard.preview()->blankCells == 4);
    CHECK(wizard.summaryLabel()->text().contains(u"wide layout"_s));
    CHECK(wizard.summaryLabel()->text().contains(u"Columns not used: Unit."_s));
    // Read as long, the same file has no period or value column: a specific reason.
    wizard.layoutCombo()->setCurrentIndex(
        wizard.layoutCombo()->findData(int(CsvImport::Layout::Long)));
    CHECK_FALSE(wizard.preview());
    CHECK(wizard.problem().startsWith(u"Cannot import wide-basic.csv: "_s));
    CHECK(wizard.problemLabel()->isVisibleTo(&wizard));
    CHECK_FALSE(wizard.importButton()->isEnabled());
    CHECK(wizard.previewModel()->rowCount() == 0);
    // A file that is not there.
    CHECK_FALSE(wizard.setFile(file.file(u"nope.csv"_s)));
    CHECK(wizard.problem().startsWith(u"Cannot read "_s));
    CHECK_FALSE(wizard.importButton()->isEnabled());
}
