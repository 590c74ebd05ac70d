// SPDX-License-Identifier: GPL-3.0-or-later
// Live data connections: data sources stored in the scorecard, refreshed
// from a CSV file that changes and from a SQL query over a SQLite file; a
// failing source keeps its KPIs' data and records why.
#include "csv_fixtures.h"
#include "fixtures.h"

#include "commands/entitycommands.h"
#include "io/datarefresh.h"
#include "io/datasourcewatcher.h"
#include "io/jsonformat.h"
#include "model/datasourcesettings.h"
#include "scoring/engine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

const QDateTime kFirst(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
const QDateTime kSecond(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

DataSource csvSource(const char *id, const QString &location, const QStringList &kpis = {})
{
    DataSource d;
    d.id = DataSourceId(QString::fromLatin1(id));
    d.name = QString::fromLatin1(id);
    d.kind = DataSourceKind::Csv;
    d.location = location;
    d.kpis = kpis;
    return d;
}

DataSource sqlSource(const char *id, const QString &location, const QString &query,
                     const QString &kpi = {})
{
    DataSource d;
    d.id = DataSourceId(QString::fromLatin1(id));
    d.kind = DataSourceKind::Sql;
    d.location = location;
    QJsonObject mapping{{QStringLiteral("query"), query}};
    if (!kpi.isEmpty())
        mapping.insert(QStringLiteral("kpi"), kpi);
    d.mapping = QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    return d;
}

/** A SQLite database at @p path made by @p statements (a source, not a scorecard). */
void makeDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("make-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

DataRefresh::Report refresh(ScorecardDocument &doc, const QDateTime &now)
{
    auto r = DataRefresh::refresh(doc, {}, now);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

double valueOf(const ScorecardDocument &doc, const char *kpi, const char16_t *period)
{
    const Kpi *k = doc.kpi(KpiId(QString::fromLatin1(kpi)));
    REQUIRE(k);
    const Measurement *m =
        doc.measurement(k->id, *Period::parse(QStringView(period), k->frequency));
    REQUIRE(m);
    return m->value;
}

std::optional<double> revenueScore(const ScorecardDocument &doc)
{
    return scoring::Engine(doc.scorecard())
        .compute(QDate(2026, 6, 30))
        .kpis.value(QStringLiteral("revenue"))
        .value;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Data sources are added, changed and removed as undoable commands", "[datasource]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    DataSource d = csvSource("sheet", QStringLiteral("sheet.csv"), {QStringLiteral("revenue")});
    REQUIRE(doc->push(AddEntityCommand<DataSource>::create(*doc, d).value()).ok());
    CHECK(doc->undoStack()->text(0) == QStringLiteral("Add data source \u201csheet\u201d"));
    REQUIRE(doc->dataSource(d.id));
    CHECK(doc->dataSource(d.id)->seq == 1);
    CHECK(reload(doc->path()).dataSources == doc->scorecard().dataSources);

    DataSource changed = *doc->dataSource(d.id);
    changed.mapping = QStringLiteral("{\"delimiter\":\";\",\"layout\":\"long\"}");
    REQUIRE(doc->push(ChangeEntityCommand<DataSource>::create(*doc, changed).value()).ok());
    CHECK(reload(doc->path()).dataSources.at(0).mapping == changed.mapping);
    doc->undoStack()->undo();
    CHECK(doc->dataSource(d.id)->mapping == QStringLiteral("{}"));
    REQUIRE(doc->push(RemoveEntityCommand<DataSource>::create(*doc, d).value()).ok());
    CHECK(reload(doc->path()).dataSources.empty());
    doc->undoStack()->undo();
    CHECK(reload(doc->path()).dataSources.size() == 1);

    auto refused = [&](DataSource bad) {
        auto r = AddEntityCommand<DataSource>::create(*doc, std::move(bad));
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(refused(csvSource("other", QStringLiteral("x.csv"), {QStringLiteral("ghost")})) ==
          QStringLiteral("data source \"other\": there is no KPI \"ghost\""));
    CHECK(refused(csvSource("sheet", QStringLiteral("x.csv"))) ==
          QStringLiteral("there is already a data source with the id \"sheet\""));
    CHECK(refused(sqlSource("db", QStringLiteral("QPSQL:kpis;user=ann;password=x"),
                            QStringLiteral("SELECT 1"))) ==
          QStringLiteral("data source \"db\": a password is never stored in the scorecard: use "
                         "the driver's own way (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for "
                         "QODBC)"));
    CHECK(refused(sqlSource("db", QStringLiteral("sales.db"), QStringLiteral("SELECT 1"))) ==
          QStringLiteral("data source \"db\": a sql location is written DRIVER:DATABASE, e.g. "
                         "QSQLITE:sales.db"));
    DataSource noQuery = sqlSource("db", QStringLiteral("QSQLITE:a.db"), QString());
    noQuery.mapping = QStringLiteral("{}");
    CHECK(refused(noQuery) ==
          QStringLiteral("data source \"db\": a sql source needs a \"query\" in its mapping"));
    DataSource notJson = csvSource("j", QStringLiteral("x.csv"));
    notJson.mapping = QStringLiteral("[1]");
    CHECK(refused(notJson) ==
          QStringLiteral("data source \"j\": the mapping must be a JSON object"));
}

TEST_CASE("Data sources travel in JSON (format version 2) and survive a round trip", "[datasource]")
{
    Scorecard sc = csvScorecard();
    CHECK(toJson(sc).contains("\"version\": 1,")); // nothing of version 2: still version 1
    sc.dataSources.push_back(csvSource("sheet", QStringLiteral("numbers/sheet.csv"),
                                       {QStringLiteral("revenue"), QStringLiteral("churn")}));
    sc.dataSources.back().mapping = QStringLiteral("{\"encoding\":\"utf-16\",\"layout\":\"wide\"}");
    sc.dataSources.back().lastRefresh = kFirst;
    sc.dataSources.back().seq = 1;
    sc.dataSources.push_back(sqlSource("erp", QStringLiteral("QSQLITE:erp.db"),
                                       QStringLiteral("SELECT month, amount FROM \"sales\""),
                                       QStringLiteral("revenue")));
    sc.dataSources.back().lastError = QStringLiteral("cannot read it");
    sc.dataSources.back().seq = 2;
    const QByteArray json = toJson(sc);
    CHECK(json.contains("\"version\": 2,"));
    CHECK(json.contains("      \"mapping\": {\n        \"encoding\": \"utf-16\",\n"));
    CHECK(json.contains("\"last_refresh\": \"2026-12-01T08:00:00.000Z\""));
    auto back = fromJson(json);
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->dataSources == sc.dataSources);
    CHECK(toJson(*back) == json);

    // And in the file.
    Scratch s;
    auto doc = openNew(s, sc);
    CHECK(doc->scorecard().dataSources == sc.dataSources);
    CHECK(toJson(reload(doc->path())) == json);
}

TEST_CASE("A refresh from a CSV file follows the file as it changes", "[datasource]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(csvSource("sheet", QStringLiteral("sheet.csv")));
    auto doc = openNew(s, sc);
    const QString csv = s.path(QStringLiteral("sheet.csv"));
    writeFile(csv, "kpi,period,value\nrevenue,2026-04,150\nrevenue,2026-05,170\n");

    const std::optional<double> before = revenueScore(*doc);
    DataRefresh::Report r = refresh(*doc, kFirst);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].ok);
    CHECK(r.sources[0].added == 2);
    CHECK(r.changes == 2);
    CHECK(valueOf(*doc, "revenue", u"2026-05") == 170);
    CHECK(doc->dataSource(DataSourceId(QStringLiteral("sheet")))->lastRefresh == kFirst);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->text(0) == QStringLiteral("Refresh data (2 values)"));
    const std::optional<double> first = revenueScore(*doc);
    CHECK(first != before);

    // The file changes: the next refresh brings the new values, and the score moves.
    writeFile(csv, "kpi,period,value\nrevenue,2026-04,150\nrevenue,2026-05,195\n"
                   "revenue,2026-06,210\n");
    r = refresh(*doc, kSecond);
    CHECK(r.sources[0].added == 1);
    CHECK(r.sources[0].overwritten == 1);
    CHECK(r.sources[0].unchanged == 1);
    CHECK(valueOf(*doc, "revenue", u"2026-05") == 195);
    CHECK(valueOf(*doc, "revenue", u"2026-06") == 210);
    CHECK(revenueScore(*doc) != first);
    const Scorecard after = doc->scorecard();
    CHECK(reload(doc->path()) == after);

    // One undo step per refresh: values and status go back together.
    doc->undoStack()->undo();
    CHECK(valueOf(*doc, "revenue", u"2026-05") == 170);
    CHECK(doc->dataSource(DataSourceId(QStringLiteral("sheet")))->lastRefresh == kFirst);
    CHECK(revenueScore(*doc) == first);
    CHECK(reload(doc->path()) == doc->scorecard());
    doc->undoStack()->redo();
    CHECK(reload(doc->path()) == after);
}

TEST_CASE("A SQL source reads period and value columns from a SQLite file", "[datasource]")
{
    Scratch s;
    makeDatabase(
        s.path(QStringLiteral("erp.db")),
        {QStringLiteral("CREATE TABLE sales(month TEXT, region TEXT, amount REAL, memo TEXT)"),
         QStringLiteral("INSERT INTO sales VALUES ('2026-04', 'EMEA', 150.5, 'april'), "
                        "('2026-05', 'EMEA', NULL, NULL), ('2026-06-30', 'EMEA', 1e3, ''), "
                        "('2026-04', 'APAC', 99, '')"),
         QStringLiteral("CREATE TABLE kpis(kpi TEXT, period TEXT, value INTEGER)"),
         QStringLiteral("INSERT INTO kpis VALUES ('churn', '2026-Q2', 6), "
                        "('Headcount', '2026', 130)")});
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(sqlSource("erp", QStringLiteral("QSQLITE:erp.db"),
                                       QStringLiteral("SELECT month AS period, amount AS value, "
                                                      "memo AS note FROM sales "
                                                      "WHERE region = 'EMEA' ORDER BY month"),
                                       QStringLiteral("revenue")));
    sc.dataSources.push_back(sqlSource(
        "hr", QStringLiteral("QSQLITE:") + s.path(QStringLiteral("erp.db")),
        QStringLiteral("-- every KPI the table names\nSELECT kpi, period, value FROM kpis")));
    sc.dataSources[0].seq = 1;
    sc.dataSources[1].seq = 2;
    auto doc = openNew(s, sc);
    const QByteArray db = digest(s.path(QStringLiteral("erp.db")));
    const DataRefresh::Report r = refresh(*doc, kFirst);
    REQUIRE(r.sources.size() == 2);
    INFO(r.sources[0].error.toStdString() << " / " << r.sources[1].error.toStdString());
    CHECK(r.allOk());
    CHECK(r.sources[0].added == 2); // NULL is a blank cell: skipped, not zero
    CHECK(r.sources[1].added == 2);
    CHECK(valueOf(*doc, "revenue", u"2026-04") == 150.5);
    CHECK(doc->measurement(KpiId(QStringLiteral("revenue")),
                           *Period::parse(u"2026-04", Frequency::Monthly))
              ->note == QStringLiteral("april"));
    CHECK_FALSE(doc->measurement(KpiId(QStringLiteral("revenue")),
                                 *Period::parse(u"2026-05", Frequency::Monthly)));
    CHECK(valueOf(*doc, "revenue", u"2026-06") == 1000);
    CHECK(valueOf(*doc, "churn", u"2026-Q2") == 6);
    CHECK(valueOf(*doc, "headcount", u"2026") == 130);
    CHECK(digest(s.path(QStringLiteral("erp.db"))) == db); // read, never written
}

TEST_CASE("A failing source keeps its KPIs' data and records why, the others still refresh",
          "[datasource]")
{
    Scratch s;
    makeDatabase(
        s.path(QStringLiteral("erp.db")),
        {QStringLiteral("CREATE TABLE sales(month TEXT, amount TEXT)"),
         QStringLiteral("INSERT INTO sales VALUES ('2026-04', '150'), ('2026-05', 'n/a')")});
    Scorecard sc = csvScorecard();
    sc.dataSources = {
        csvSource("good", QStringLiteral("good.csv")),
        csvSource("missing", QStringLiteral("missing.csv")),
        csvSource("malformed", QStringLiteral("malformed.csv")),
        sqlSource("bad-column", QStringLiteral("QSQLITE:erp.db"),
                  QStringLiteral("SELECT month AS period, amount AS total FROM sales"),
                  QStringLiteral("revenue")),
        sqlSource("bad-value", QStringLiteral("QSQLITE:erp.db"),
                  QStringLiteral("SELECT month AS period, amount AS value FROM sales"),
                  QStringLiteral("revenue")),
        sqlSource("no-db", QStringLiteral("QSQLITE:gone.db"), QStringLiteral("SELECT 1")),
        sqlSource("no-table", QStringLiteral("QSQLITE:erp.db"),
                  QStringLiteral("SELECT period, value FROM missing_table"),
                  QStringLiteral("revenue")),
        sqlSource("writes", QStringLiteral("QSQLITE:erp.db"), QStringLiteral("DELETE FROM sales"),
                  QStringLiteral("revenue")),
        sqlSource("no-driver", QStringLiteral("QNOSUCH:db"), QStringLiteral("SELECT 1")),
        csvSource("clash", QStringLiteral("clash.csv")),
    };
    for (qsizetype i = 0; i < qsizetype(sc.dataSources.size()); ++i) {
        sc.dataSources[size_t(i)].seq = i + 1;
        sc.dataSources[size_t(i)].lastRefresh = kFirst;
    }
    auto doc = openNew(s, sc);
    writeFile(s.path(QStringLiteral("good.csv")), "kpi,period,value\nchurn,2026-Q2,6\n");
    writeFile(s.path(QStringLiteral("malformed.csv")),
              "kpi,period,value\nrevenue,2026-01,999\nrevenue,2026-02,eighty\nrevenue,2026-13,1\n");
    writeFile(s.path(QStringLiteral("clash.csv")), "kpi,period,value\nchurn,2026-Q2,7\n");
    const Kpi revenueBefore = *doc->kpi(KpiId(QStringLiteral("revenue")));

    const DataRefresh::Report r = refresh(*doc, kSecond);
    CHECK_FALSE(r.allOk());
    QStringList lines;
    for (const DataRefresh::SourceResult &source : r.sources)
        lines << source.id.value + QStringLiteral(": ") +
                     (source.ok ? QStringLiteral("ok") : source.error);
    const QString folder = s.dir.path();
    CHECK(lines ==
          QStringList{
              QStringLiteral("good: ok"),
              QStringLiteral("missing: cannot read %1/missing.csv: no such file").arg(folder),
              QStringLiteral("malformed: row 3, column value: \"eighty\" is not a number (and 1 "
                             "more error)"),
              QStringLiteral("bad-column: row 1: no value column (a long file has the columns "
                             "KPI, period, value and optionally note; a wide file has a KPI "
                             "column and one column per period)"),
              QStringLiteral("bad-value: row 3, column value: \"n/a\" is not a number"),
              QStringLiteral("no-db: cannot read %1/gone.db: no such file").arg(folder),
              QStringLiteral("no-table: the query failed: no such table: missing_table Unable "
                             "to execute statement"),
              QStringLiteral("writes: the query must be a SELECT (or WITH ... SELECT): a refresh "
                             "only reads"),
              QStringLiteral("no-driver: the Qt Sql driver QNOSUCH is not installed (available: "
                             "%1)")
                  .arg(QSqlDatabase::drivers().join(QStringLiteral(", "))),
              QStringLiteral("clash: row 2: the value of KPI \"churn\" for 2026-Q2 is also given "
                             "by data source \"good\"")});
    // The failing sources' KPI keeps its values; the good source's value is in.
    CHECK(doc->kpi(KpiId(QStringLiteral("revenue")))->measurements == revenueBefore.measurements);
    CHECK(valueOf(*doc, "churn", u"2026-Q2") == 6);
    for (const DataSource &d : doc->scorecard().dataSources) {
        INFO(d.id.value.toStdString());
        const bool ok = d.id.value == u"good";
        CHECK(d.lastRefresh == (ok ? kSecond : kFirst)); // the last good refresh
        CHECK(d.lastError.isEmpty() == ok);
    }
    CHECK(reload(doc->path()) == doc->scorecard());
    CHECK(QFile::exists(s.path(QStringLiteral("erp.db"))));
    CHECK_FALSE(QFile::exists(s.path(QStringLiteral("gone.db")))); // never created

    // The same failures again, nothing new: no command.
    const int steps = doc->undoStack()->count();
    writeFile(s.path(QStringLiteral("good.csv")), "kpi,period,value\nchurn,2026-Q2,6\n");
    auto again = DataRefresh::refresh(*doc, {DataSourceId(QStringLiteral("missing"))}, kSecond);
    REQUIRE(again.ok());
    CHECK(doc->undoStack()->count() == steps);
}

TEST_CASE("A source naming a device, a pipe, a folder or a runaway query fails, never hangs",
          "[datasource]")
{
    // A shared scorecard chooses its sources' paths and queries: none of them
    // may block the refresh, exhaust memory or crash it.
    Scratch s;
    QDir(s.dir.path()).mkdir(QStringLiteral("folder"));
    makeDatabase(s.path(QStringLiteral("erp.db")), {QStringLiteral("CREATE TABLE t(x INTEGER)"),
                                                    QStringLiteral("INSERT INTO t VALUES (1)")});
    Scorecard sc = csvScorecard();
    sc.dataSources = {
        csvSource("zero", QStringLiteral("/dev/zero")),
        csvSource("folder", QStringLiteral("folder")),
        sqlSource("db-folder", QStringLiteral("QSQLITE:folder"), QStringLiteral("SELECT 1")),
        sqlSource("forever", QStringLiteral("QSQLITE:erp.db"),
                  QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                                 "n) SELECT count(*) FROM n"),
                  QStringLiteral("revenue")),
    };
#ifdef Q_OS_UNIX
    const QString fifo = s.path(QStringLiteral("pipe.csv"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    sc.dataSources.push_back(csvSource("pipe", QStringLiteral("pipe.csv")));
#endif
    for (qsizetype i = 0; i < qsizetype(sc.dataSources.size()); ++i)
        sc.dataSources[size_t(i)].seq = i + 1;
    auto doc = openNew(s, sc);
    const Scorecard before = doc->scorecard();

    DataRefresh::setTimeout(std::chrono::milliseconds(300));
    const DataRefresh::Report r = refresh(*doc, kFirst);
    DataRefresh::setTimeout(std::chrono::seconds(30));
    QStringList lines;
    for (const DataRefresh::SourceResult &source : r.sources)
        lines << source.id.value + QStringLiteral(": ") +
                     (source.ok ? QStringLiteral("ok") : source.error);
    const QString folder = s.dir.path();
    QStringList expected{
        QStringLiteral("zero: cannot read /dev/zero: not a regular file"),
        QStringLiteral("folder: cannot read %1/folder: not a regular file").arg(folder),
        QStringLiteral("db-folder: cannot read %1/folder: not a regular file").arg(folder),
        QStringLiteral("forever: the query was stopped after 1 seconds")};
#ifdef Q_OS_UNIX
    expected << QStringLiteral("pipe: cannot read %1/pipe.csv: not a regular file").arg(folder);
#endif
    CHECK(lines == expected);
    // Nothing but the sources' errors changed.
    for (const Kpi &k : before.kpis)
        CHECK(doc->kpi(k.id)->measurements == k.measurements);
}

TEST_CASE("A CSV source's mapping can fix the decimal separator", "[datasource]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    DataSource point = csvSource("sheet", QStringLiteral("sheet.csv"));
    point.mapping = QStringLiteral("{\"decimal\":\"point\"}");
    point.seq = 1;
    sc.dataSources = {point};
    auto doc = openNew(s, sc);
    writeFile(s.path(QStringLiteral("sheet.csv")), "kpi;period;value\nrevenue;2026-08;1,234\n");
    CHECK(refresh(*doc, kFirst).allOk());
    CHECK(valueOf(*doc, "revenue", u"2026-08") == 1234); // detection would say 1.234

    DataSource bad = point;
    bad.mapping = QStringLiteral("{\"decimal\":\"dot\"}");
    const auto settings = DataSourceSettings::of(bad);
    REQUIRE_FALSE(settings.ok());
    CHECK(settings.error() ==
          QStringLiteral("mapping \"decimal\" must be one of point, comma, not \"dot\""));
}

TEST_CASE("A source limited to some KPIs leaves the other rows of a shared sheet alone",
          "[datasource]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(
        csvSource("sheet", QStringLiteral("shared.csv"), {QStringLiteral("headcount")}));
    auto doc = openNew(s, sc);
    writeFile(s.path(QStringLiteral("shared.csv")),
              "kpi,period,value\nrevenue,2026-04,1\nSomebody else's KPI,2026-04,x\n"
              "headcount,2026,140\n");
    const DataRefresh::Report r = refresh(*doc, kFirst);
    INFO(r.sources[0].error.toStdString());
    REQUIRE(r.allOk());
    CHECK(r.sources[0].added == 1);
    CHECK(valueOf(*doc, "headcount", u"2026") == 140);
    CHECK_FALSE(doc->measurement(KpiId(QStringLiteral("revenue")),
                                 *Period::parse(u"2026-04", Frequency::Monthly)));
}

TEST_CASE("scorecard-cli refresh: one line per source, exit 1 when one failed", "[datasource][cli]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    sc.dataSources = {csvSource("sheet", QStringLiteral("sheet.csv")),
                      csvSource("gone", QStringLiteral("gone.csv"))};
    sc.dataSources[1].seq = 2;
    const QString path = s.path(QStringLiteral("t.scorecard"));
    REQUIRE(ScorecardFile::create(path, sc).ok());
    writeFile(s.path(QStringLiteral("sheet.csv")), "kpi,period,value\nrevenue,2026-04,150\n");
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SCORECARD_CLI_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        return std::tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError()));
    };
    auto [code, out, err] = run({QStringLiteral("refresh"), path});
    CHECK(code == 1);
    CHECK(out == QStringLiteral("sheet: added: 1, overwritten: 0, unchanged: 0\n"
                                "gone: failed: cannot read %1/gone.csv: no such file\n")
                     .arg(s.dir.path()));
    CHECK(err == QStringLiteral("scorecard-cli: %1: data source \"gone\": cannot read "
                                "%2/gone.csv: no such file\n")
                     .arg(path, s.dir.path()));
    std::tie(code, out, err) =
        run({QStringLiteral("refresh"), path, QStringLiteral("--source"), QStringLiteral("sheet")});
    CHECK(code == 0);
    CHECK(out == QStringLiteral("sheet: added: 0, overwritten: 0, unchanged: 1\n"));
    std::tie(code, out, err) =
        run({QStringLiteral("refresh"), path, QStringLiteral("--source"), QStringLiteral("nope")});
    CHECK(code == 2);
    CHECK(err == QStringLiteral("scorecard-cli: %1: there is no data source \"nope\"\n").arg(path));
    const Scorecard after = reload(path);
    CHECK(after.dataSources[0].lastError.isEmpty());
    CHECK(after.dataSources[1].lastError.startsWith(QStringLiteral("cannot read")));
    CHECK(after.kpis[0].measurements.back().value == 150);
}

TEST_CASE("A watched CSV file that changes on disk refreshes its KPIs, and the scores follow",
          "[datasource][watch]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(csvSource("sheet", QStringLiteral("data/sheet.csv")));
    auto doc = openNew(s, sc);
    QDir(s.dir.path()).mkdir(QStringLiteral("data"));
    const QString csv = s.path(QStringLiteral("data/sheet.csv"));
    writeFile(csv, "kpi,period,value\nrevenue,2026-04,150\n");

    DataSourceWatcher watcher(doc.get());
    watcher.setDebounce(50);
    CHECK(watcher.watchedFiles() == QStringList{csv});
    QSignalSpy refreshed(&watcher, &DataSourceWatcher::refreshed);
    watcher.refreshAll(); // as on opening the scorecard
    REQUIRE(refreshed.count() == 1);
    const std::optional<double> first = revenueScore(*doc);

    // The test rewrites the file and waits for the score to change.
    writeFile(csv, "kpi,period,value\nrevenue,2026-04,150\nrevenue,2026-06,210\n");
    QTRY_VERIFY_WITH_TIMEOUT(revenueScore(*doc) != first, 10000);
    CHECK(valueOf(*doc, "revenue", u"2026-06") == 210);
    CHECK(watcher.lastReport().allOk());
    const std::optional<double> second = revenueScore(*doc);

    // Saved the way editors do: a new file renamed over the old one.
    writeFile(csv + QStringLiteral(".tmp"), "kpi,period,value\nrevenue,2026-06,120\n");
    REQUIRE(std::rename(QFile::encodeName(csv + QStringLiteral(".tmp")).constData(),
                        QFile::encodeName(csv).constData()) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(*doc, "revenue", u"2026-06") == 120, 10000);
    CHECK(revenueScore(*doc) != second);

    // Removed, then created again: still watched (through its folder).
    REQUIRE(QFile::remove(csv));
    QTest::qWait(200);
    writeFile(csv, "kpi,period,value\nrevenue,2026-06,130\n");
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(*doc, "revenue", u"2026-06") == 130, 10000);

    // A broken save keeps the data and records the error; the next good save clears it.
    const int before = refreshed.count();
    writeFile(csv, "kpi,period,value\nrevenue,2026-06,lots\n");
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > before, 10000);
    CHECK(valueOf(*doc, "revenue", u"2026-06") == 130);
    CHECK(doc->dataSource(DataSourceId(QStringLiteral("sheet")))->lastError ==
          QStringLiteral("row 2, column value: \"lots\" is not a number"));
    writeFile(csv, "kpi,period,value\nrevenue,2026-06,140\n");
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(*doc, "revenue", u"2026-06") == 140, 10000);
    CHECK(doc->dataSource(DataSourceId(QStringLiteral("sheet")))->lastError.isEmpty());

    // Each refresh was one undo step.
    CHECK(doc->undoStack()->count() >= 5);
    CHECK(reload(doc->path()) == doc->scorecard());

    // A source pointed elsewhere: the watcher follows the document.
    DataSource moved = *doc->dataSource(DataSourceId(QStringLiteral("sheet")));
    moved.location = QStringLiteral("other.csv");
    REQUIRE(doc->push(ChangeEntityCommand<DataSource>::create(*doc, moved).value()).ok());
    CHECK(watcher.watchedFiles() == QStringList{s.path(QStringLiteral("other.csv"))});
}

TEST_CASE("Sources refresh on an interval when asked to", "[datasource][watch]")
{
    Scratch s;
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(sqlSource("db", QStringLiteral("QSQLITE:kpis.db"),
                                       QStringLiteral("SELECT period, value FROM v"),
                                       QStringLiteral("headcount")));
    auto doc = openNew(s, sc);
    makeDatabase(s.path(QStringLiteral("kpis.db")),
                 {QStringLiteral("CREATE TABLE v(period TEXT, value REAL)"),
                  QStringLiteral("INSERT INTO v VALUES ('2026', 130)")});
    DataSourceWatcher watcher(doc.get());
    CHECK(watcher.watchedFiles().isEmpty()); // a database is not a watched file
    watcher.setInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(doc->measurement(KpiId(QStringLiteral("headcount")),
                                              *Period::parse(u"2026", Frequency::Yearly)),
                             10000);
    CHECK(valueOf(*doc, "headcount", u"2026") == 130);
    watcher.setInterval(0);
}
