// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "model/limits.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

/** Runs @p sql on @p path through a plain connection (no scorecard safety). */
QVariant rawQuery(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            out = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString openError(const QString &path)
{
    auto r = ScorecardFile::open(path);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("A new file carries the application id, schema version and journal mode", "[storage]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("new.scorecard"));
    auto created = ScorecardFile::create(path, smallScorecard());
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    CHECK(rawQuery(path, QStringLiteral("PRAGMA application_id")).toInt() ==
          schema::kApplicationId);
    CHECK(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt() == schema::kCurrentVersion);
    CHECK(rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("delete"));
    // Closed, the scorecard is one file: no journal or temporary file is left next to it.
    CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("What is written is what is read back", "[storage]")
{
    Scratch s;
    const Scorecard original = smallScorecard();
    const QString path = s.path(QStringLiteral("rt.scorecard"));
    REQUIRE(ScorecardFile::create(path, original).ok());
    const Scorecard loaded = reload(path);
    CHECK(loaded.info == original.info);
    CHECK(loaded.perspectives == original.perspectives);
    CHECK(loaded.objectives == original.objectives);
    CHECK(loaded.links == original.links);
    CHECK(loaded.kpis == original.kpis);
    CHECK(loaded.okrs == original.okrs);
    CHECK(loaded.initiatives == original.initiatives);
    CHECK(loaded == original);
}

TEST_CASE("create refuses to overwrite unless asked", "[storage]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("x.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    auto again = ScorecardFile::create(path, smallScorecard());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    CHECK(ScorecardFile::create(path, smallScorecard(), true).ok());
}

TEST_CASE("create with invalid content leaves no file behind", "[storage]")
{
    Scratch s;
    Scorecard bad = smallScorecard();
    bad.objectives[0].perspective = PerspectiveId(QStringLiteral("nowhere"));
    const QString path = s.path(QStringLiteral("bad.scorecard"));
    auto r = ScorecardFile::create(path, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("FOREIGN KEY")));
    CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Opening refuses what is not a usable scorecard", "[storage][refusal]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("f.scorecard"));

    SECTION("missing")
    {
        CHECK(openError(path) == QStringLiteral("no such file"));
    }
    SECTION("zero length")
    {
        writeBytes(path, {});
        CHECK(openError(path) == QStringLiteral("the file is empty, not a scorecard"));
    }
    SECTION("not SQLite")
    {
        writeBytes(path, QByteArray("{\"format\": \"scorecard\"}").repeated(20));
        CHECK(openError(path) == QStringLiteral("not a scorecard file (not a SQLite database)"));
    }
    SECTION("a SQLite database of another application")
    {
        rawQuery(path, QStringLiteral("CREATE TABLE songs(title TEXT)"));
        CHECK(openError(path) ==
              QStringLiteral("not a scorecard file (a SQLite database of another application)"));
    }
    SECTION("a newer schema, never modified")
    {
        REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
        rawQuery(path, QStringLiteral("PRAGMA user_version = 7"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        CHECK(openError(path) ==
              QStringLiteral("this file was made by a newer version (schema 7)"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
    }
    SECTION("corrupt pages")
    {
        REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        REQUIRE(bytes.size() > 8192);
        // Keep the 100-byte header, scribble over the rest of the first pages.
        for (qsizetype i = 100; i < 8192; ++i)
            bytes[i] = char(i * 7);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString error = openError(path);
        INFO(error.toStdString());
        CHECK(error.startsWith(QStringLiteral("the file is damaged")));
    }
    SECTION("truncated")
    {
        REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.resize(50);
        f.close();
        CHECK(openError(path) ==
              QStringLiteral("the file is truncated (shorter than a SQLite header)"));
    }
    SECTION("a planted trigger")
    {
        REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
        rawQuery(path, QStringLiteral("CREATE TABLE loot(x)"));
        CHECK(openError(path) ==
              QStringLiteral("not a valid scorecard: unexpected table loot in the file's schema"));
    }
    SECTION("an altered table")
    {
        REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
        rawQuery(path, QStringLiteral("ALTER TABLE kpi ADD COLUMN extra TEXT"));
        CHECK(openError(path) ==
              QStringLiteral(
                  "not a valid scorecard: table kpi in the file's schema has been altered"));
    }
}

TEST_CASE("A trigger planted in a file never runs", "[storage][refusal]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("trap.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    rawQuery(path, QStringLiteral("CREATE TABLE loot(x)"));
    rawQuery(path, QStringLiteral("CREATE TRIGGER steal AFTER UPDATE ON objective BEGIN "
                                  "INSERT INTO loot VALUES (new.name); END"));
    auto file = ScorecardFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(rawQuery(path, QStringLiteral("SELECT count(*) FROM loot")).toInt() == 0);
}

TEST_CASE("A file opened read-only refuses edits and says why", "[storage]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("ro.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    auto doc = ScorecardDocument::open(path, ScorecardFile::Access::ReadOnly);
    REQUIRE(doc.ok());
    CHECK((*doc)->isReadOnly());
    CHECK((*doc)->readOnlyReason() == QStringLiteral("opened read-only on request"));
    Scorecard before = (*doc)->scorecard();
    auto r = (*doc)->apply({Change::remove((*doc)->scorecard().links.front())});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("the file is read-only")));
    CHECK((*doc)->scorecard() == before);
}

TEST_CASE("A file another program is writing opens read-only", "[storage]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("busy.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    const QString name = QStringLiteral("other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto file = ScorecardFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->isReadOnly());
        CHECK((*file)->readOnlyReason().contains(QStringLiteral("busy")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("saveCopy writes a consistent, openable copy", "[storage]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    const QString copy = s.path(QStringLiteral("copy.scorecard"));
    REQUIRE(doc->saveCopy(copy).ok());
    CHECK(reload(copy) == doc->scorecard());
    CHECK_FALSE(doc->saveCopy(doc->path()).ok());
}
