// SPDX-License-Identifier: GPL-3.0-or-later
// Files written by schema version 1 must keep opening after every later change.
#include "fixtures.h"

#include "commands/entitycommands.h"
#include "io/jsonformat.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

QByteArray fixtureJson()
{
    // sample-v1.json is the fixture's content, exported when the fixture was made.
    QFile json(QStringLiteral(SCORECARD_TEST_DATA "/v1/sample-v1.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    return json.readAll();
}

QString copyOfFixture(const Scratch &s)
{
    const QString path = s.path(QStringLiteral("v1.scorecard"));
    REQUIRE(QFile::copy(QStringLiteral(SCORECARD_TEST_DATA "/v1/sample-v1.scorecard"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A version 1 file opens, upgrades and keeps its content", "[migration]")
{
    Scratch s;
    const QString path = copyOfFixture(s);
    auto doc = ScorecardDocument::open(path);
    INFO(doc.error().toStdString());
    REQUIRE(doc.ok());
    CHECK_FALSE((*doc)->isReadOnly());
    CHECK(toJson((*doc)->scorecard()) == fixtureJson());
    // Upgraded to the current schema: version 2 added the data_source table.
    CHECK((*doc)->storage()->schemaVersion() == schema::kCurrentVersion);
    QSqlQuery q((*doc)->storage()->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM data_source")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();

    // The upgraded file takes data sources, and opens again with them.
    DataSource source;
    source.id = DataSourceId(QStringLiteral("sheet"));
    source.location = QStringLiteral("numbers.csv");
    REQUIRE((*doc)->push(AddEntityCommand<DataSource>::create(**doc, source).value()).ok());
    doc->reset();
    const Scorecard again = reload(path);
    REQUIRE(again.dataSources.size() == 1);
    CHECK(again.dataSources[0].location == QStringLiteral("numbers.csv"));
}

TEST_CASE("A version 1 file opened read-only is read as it is and never upgraded", "[migration]")
{
    Scratch s;
    const QString path = copyOfFixture(s);
    const QByteArray before = digest(path);
    auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
    INFO(file.error().toStdString());
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == 1);
    auto content = (*file)->load();
    INFO(content.error().toStdString());
    REQUIRE(content.ok());
    CHECK(content->dataSources.empty());
    CHECK(toJson(*content) == fixtureJson());
    file->reset();
    CHECK(digest(path) == before);
}

TEST_CASE("Schema version 2 is version 1 plus the data_source table", "[migration]")
{
    const QStringList two = schema::migrationTo(2);
    REQUIRE(two.size() == 1);
    CHECK(two.front().startsWith(QStringLiteral("CREATE TABLE data_source (")));
    CHECK_FALSE(two.front().contains(QStringLiteral("password")));
    CHECK(schema::migrationTo(3).isEmpty());
}
