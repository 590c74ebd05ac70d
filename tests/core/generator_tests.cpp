// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "io/generator.h"
#include "io/jsonformat.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("generate is deterministic and has the requested size", "[generate]")
{
    GeneratorOptions options;
    options.objectives = 40;
    options.kpisPerObjective = 3;
    options.months = 12;
    options.seed = 42;
    options.lastMonth = QDate(2026, 10, 1);
    const Scorecard a = generateScorecard(options);
    CHECK(toJson(a) == toJson(generateScorecard(options)));
    options.seed = 43;
    CHECK_FALSE(toJson(a) == toJson(generateScorecard(options)));

    CHECK(a.perspectives.size() == 4);
    CHECK(a.objectives.size() == 40);
    REQUIRE(a.kpis.size() == 120);
    for (const Kpi &k : a.kpis) {
        REQUIRE(k.measurements.size() == 12);
        CHECK(k.measurements.front().period.toString() == QStringLiteral("2025-11"));
        CHECK(k.measurements.back().period.toString() == QStringLiteral("2026-10"));
        CHECK_FALSE(k.objective.isNull());
    }
    CHECK_FALSE(a.links.empty());
    CHECK_FALSE(a.okrs.empty());
    CHECK_FALSE(a.initiatives.empty());
    // Whatever it generates is a valid scorecard: JSON import accepts it unchanged.
    auto back = fromJson(toJson(a));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(*back == a);
}

TEST_CASE("cli: generate writes a file that reports, and refuses bad numbers", "[generate][cli]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("g.scorecard"));
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SCORECARD_CLI_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        return p.exitCode();
    };
    CHECK(run({QStringLiteral("generate"), path, QStringLiteral("--objectives"), QStringLiteral("12"),
               QStringLiteral("--months"), QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("3"),
               QStringLiteral("--last-month"), QStringLiteral("2026-06")}) == 0);
    const Scorecard sc = reload(path);
    CHECK(sc.objectives.size() == 12);
    CHECK(sc.kpis.size() == 24);
    CHECK(run({QStringLiteral("report"), path, QStringLiteral("--as-of"), QStringLiteral("2026-06-30")}) == 0);
    CHECK(run({QStringLiteral("generate"), s.path(QStringLiteral("h.scorecard")), QStringLiteral("--objectives"),
               QStringLiteral("many")}) == 2);
}
