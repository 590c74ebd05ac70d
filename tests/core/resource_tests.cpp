// SPDX-License-Identifier: GPL-3.0-or-later
// Resources under stress: repeated opening, a full disk, read-only files.
#include "fixtures.h"

#include "commands/editcommands.h"
#include "io/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("Opening and closing the sample 1,000 times leaves no connection behind", "[resources]")
{
    // Under ./build.sh test --asan, LeakSanitizer checks this loop for leaks at exit.
    Scratch s;
    const QString path = s.path(QStringLiteral("sample.scorecard"));
    QFile json(QStringLiteral(SCORECARD_SAMPLE_JSON));
    REQUIRE(json.open(QIODevice::ReadOnly));
    REQUIRE(ScorecardFile::create(path, fromJson(json.readAll()).value()).ok());
    const QStringList before = QSqlDatabase::connectionNames();
    size_t objectives = 0;
    for (int i = 0; i < 1000; ++i) {
        auto doc = ScorecardDocument::open(path, ScorecardFile::Access::ReadOnly);
        REQUIRE(doc.ok());
        objectives += (*doc)->scorecard().objectives.size();
    }
    CHECK(objectives == 17 * 1000);
    CHECK(QSqlDatabase::connectionNames() == before);
}

TEST_CASE("A full disk rolls the edit back and says so", "[resources]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    // SQLite's page limit stands in for a full disk: writing past it fails with SQLITE_FULL.
    QSqlQuery q(doc->storage()->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();

    std::vector<MeasurementRecord> many;
    Period p = *Period::parse(u"1990-01", Frequency::Monthly);
    for (int i = 0; i < 3000; ++i, p = p.next())
        many.push_back({KpiId(QStringLiteral("revenue")), {p, double(i), QStringLiteral("a note to take up room")}});
    const Scorecard before = doc->scorecard();
    auto r = doc->push(ImportMeasurementsCommand::create(*doc, many).value());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("disk is full")));
    CHECK(doc->scorecard() == before);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(reload(doc->path()) == before);
    // With room again, the same edit works.
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    q.finish();
    CHECK(doc->push(ImportMeasurementsCommand::create(*doc, many).value()).ok());
}

TEST_CASE("Reading a file never creates anything beside it", "[resources]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("shared.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    {
        auto doc = ScorecardDocument::open(path, ScorecardFile::Access::ReadOnly);
        REQUIRE(doc.ok());
        CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("shared.scorecard")});
    }
    CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("shared.scorecard")});
}
