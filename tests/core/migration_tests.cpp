// SPDX-License-Identifier: GPL-3.0-or-later
// Files written by schema version 1 must keep opening after every later change.
#include "fixtures.h"

#include "io/jsonformat.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("A version 1 file opens, upgrades and keeps its content", "[migration]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("v1.scorecard"));
    REQUIRE(QFile::copy(QStringLiteral(SCORECARD_TEST_DATA "/v1/sample-v1.scorecard"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto doc = ScorecardDocument::open(path);
    INFO(doc.error().toStdString());
    REQUIRE(doc.ok());
    CHECK_FALSE((*doc)->isReadOnly());
    // sample-v1.json is the fixture's content, exported when the fixture was made.
    QFile json(QStringLiteral(SCORECARD_TEST_DATA "/v1/sample-v1.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(toJson((*doc)->scorecard()) == json.readAll());
}
