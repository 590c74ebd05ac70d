// SPDX-License-Identifier: GPL-3.0-or-later
// Core pieces the GUI's data-in work needs: a password asked for at refresh
// time ("password=ask", never stored), a forced decimal separator in the
// CSV preview, and the SELECT check the sources editor shows.
#include "csv_fixtures.h"
#include "fixtures.h"

#include "io/datarefresh.h"
#include "io/datasourcewatcher.h"
#include "model/datasourcesettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

DataSource askingSource(const QString &location)
{
    DataSource d;
    d.id = DataSourceId(QStringLiteral("erp"));
    d.name = QStringLiteral("ERP");
    d.kind = DataSourceKind::Sql;
    d.location = location;
    d.mapping = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("query"),
                                   QStringLiteral("SELECT month AS period, total AS value FROM s")},
                                  {QStringLiteral("kpi"), QStringLiteral("revenue")}})
            .toJson(QJsonDocument::Compact));
    d.seq = 1;
    return d;
}

} // namespace

TEST_CASE("password=ask: the location keeps no password, the refresh asks for one", "[datain]")
{
    auto settings =
        DataSourceSettings::of(askingSource(QStringLiteral("QPSQL:kpis;user=ann;password=ask")));
    REQUIRE(settings.ok());
    CHECK(settings->askPassword);
    CHECK(settings->user == QStringLiteral("ann"));
    // Any other password is still refused.
    CHECK_FALSE(
        DataSourceSettings::of(askingSource(QStringLiteral("QPSQL:kpis;password=asked"))).ok());
    CHECK_FALSE(
        DataSourceSettings::of(askingSource(QStringLiteral("QPSQL:kpis"))).value().askPassword);

    Scratch s;
    const QString dbPath = s.path(QStringLiteral("erp.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE s(month TEXT, total REAL)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO s VALUES ('2026-04', 321)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mk"));
    Scorecard sc = csvScorecard();
    sc.dataSources.push_back(askingSource(QStringLiteral("QSQLITE:erp.db;password=ask")));
    auto doc = openNew(s, sc);

    // No provider (the CLI): the source fails with the reason, nothing changes.
    auto r = DataRefresh::refresh(*doc);
    REQUIRE(r.ok());
    REQUIRE(r->sources.size() == 1);
    CHECK_FALSE(r->sources[0].ok);
    CHECK(r->sources[0].error == DataRefresh::noPasswordMessage());
    CHECK(doc->dataSource(DataSourceId(QStringLiteral("erp")))->lastError ==
          DataRefresh::noPasswordMessage());

    // A provider that declines: the same.
    int asked = 0;
    r = DataRefresh::refresh(*doc, {}, QDateTime::currentDateTimeUtc(),
                             [&](const DataSource &) -> std::optional<QString> {
                                 ++asked;
                                 return std::nullopt;
                             });
    REQUIRE(r.ok());
    CHECK(asked == 1);
    CHECK_FALSE(r->sources[0].ok);

    // A provider that gives one: the query runs (SQLite ignores it), and it is not stored.
    r = DataRefresh::refresh(*doc, {}, QDateTime::currentDateTimeUtc(),
                             [&](const DataSource &source) -> std::optional<QString> {
                                 ++asked;
                                 CHECK(source.id.value == QStringLiteral("erp"));
                                 return QStringLiteral("pa55word");
                             });
    REQUIRE(r.ok());
    CHECK(asked == 2);
    INFO(r->sources[0].error.toStdString());
    CHECK(r->sources[0].ok);
    CHECK(doc->measurement(KpiId(QStringLiteral("revenue")),
                           *Period::parse(u"2026-04", Frequency::Monthly))
              ->value == 321);
    QFile raw(doc->path());
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("pa55word"));
}

TEST_CASE("CsvImport: a forced decimal separator overrides detection", "[datain]")
{
    const Scorecard sc = csvScorecard();
    const QByteArray csv = "kpi;period;value\nrevenue;2026-04;1.250\nrevenue;2026-05;7\n";
    CsvImport::Options options;
    auto detected = CsvImport::preview(sc, csv, options);
    REQUIRE(detected.ok());
    CHECK(detected->decimal == NumberText::Decimal::Comma); // semicolons: decimal comma
    CHECK(detected->entries.front().value == 1250);

    options.decimal = NumberText::Decimal::Point;
    auto forced = CsvImport::preview(sc, csv, options);
    REQUIRE(forced.ok());
    CHECK(forced->decimal == NumberText::Decimal::Point);
    REQUIRE(forced->entries.size() == 2);
    CHECK(forced->entries.front().value == 1.25);
}

TEST_CASE("DataRefresh::isSelectQuery accepts reads only", "[datain]")
{
    CHECK(DataRefresh::isSelectQuery(QStringLiteral("SELECT 1")));
    CHECK(DataRefresh::isSelectQuery(
        QStringLiteral("-- note\n with x as (select 1) select * from x")));
    CHECK_FALSE(DataRefresh::isSelectQuery(QStringLiteral("DELETE FROM t")));
    CHECK_FALSE(DataRefresh::isSelectQuery(QString()));
}

TEST_CASE("DataSourceWatcher: refreshes wait while paused and run on resume", "[datain]")
{
    Scratch s;
    {
        QFile f(s.path(QStringLiteral("sheet.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("kpi,period,value\nrevenue,2026-04,210\n");
    }
    Scorecard sc = csvScorecard();
    DataSource d;
    d.id = DataSourceId(QStringLiteral("sheet"));
    d.name = QStringLiteral("sheet");
    d.location = QStringLiteral("sheet.csv");
    d.seq = 1;
    sc.dataSources.push_back(d);
    auto doc = openNew(s, sc);
    DataSourceWatcher watcher(doc.get());
    QSignalSpy refreshed(&watcher, &DataSourceWatcher::refreshed);
    watcher.setPaused(true);
    CHECK(watcher.isPaused());
    watcher.refreshAll();
    CHECK(refreshed.count() == 0);
    CHECK(doc->undoStack()->count() == 0);
    CHECK_FALSE(doc->dataSource(d.id)->lastRefresh.isValid());
    watcher.setPaused(false);
    CHECK(refreshed.count() == 1);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->measurement(KpiId(QStringLiteral("revenue")),
                           *Period::parse(u"2026-04", Frequency::Monthly))
              ->value == 210);
    // Nothing left waiting: resuming again runs nothing.
    watcher.setPaused(true);
    watcher.setPaused(false);
    CHECK(refreshed.count() == 1);
}

TEST_CASE("DataSourceWatcher: no refresh runs inside another one (a password prompt)", "[datain]")
{
    Scratch s;
    {
        QFile f(s.path(QStringLiteral("sheet.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("kpi,period,value\nrevenue,2026-04,210\n");
    }
    Scorecard sc = csvScorecard();
    DataSource csv;
    csv.id = DataSourceId(QStringLiteral("sheet"));
    csv.name = QStringLiteral("sheet");
    csv.location = QStringLiteral("sheet.csv");
    csv.seq = 1;
    sc.dataSources.push_back(csv);
    DataSource sql = askingSource(QStringLiteral("QSQLITE:missing.db;password=ask"));
    sql.seq = 2;
    sc.dataSources.push_back(sql);
    auto doc = openNew(s, sc);
    DataSourceWatcher watcher(doc.get());
    QSignalSpy refreshed(&watcher, &DataSourceWatcher::refreshed);
    int asked = 0;
    watcher.setPasswordProvider([&](const DataSource &) -> std::optional<QString> {
        // A nested event loop would let a timer fire now: the watcher defers it.
        if (++asked == 1) {
            watcher.refreshAll();
            CHECK(refreshed.count() == 0);
        }
        return QStringLiteral("x");
    });
    watcher.refreshAll();
    CHECK(refreshed.count() == 1);
    CHECK(asked == 1);
    // The deferred one runs after the first, once.
    QElapsedTimer waited;
    waited.start();
    while (refreshed.count() < 2 && waited.elapsed() < 5000)
        QTest::qWait(10);
    CHECK(refreshed.count() == 2);
    CHECK(asked == 2);
    QTest::qWait(50);
    CHECK(refreshed.count() == 2);
}
