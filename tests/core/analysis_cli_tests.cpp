// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-cli check with alignment findings, and report's analysis options.
#include "analysis_fixtures.h"
#include "clirun.h"
#include "fixtures.h"

#include "storage/scorecardfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::analysistest;
using scorecard::test::CliRun;
using scorecard::test::runCli;
using scorecard::test::Scratch;

namespace {

CliRun cli(const QStringList &args)
{
    return runCli(args);
}

QString create(const Scratch &s, const QString &name, Scorecard sc)
{
    const QString path = s.path(name);
    const Result<void> created = ScorecardFile::create(path, numbered(sc));
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    return path;
}

} // namespace

TEST_CASE("cli: check exits 0 on a clean scorecard, 1 on an error-level finding", "[cli][analysis]")
{
    Scratch s;
    const QString clean = create(s, QStringLiteral("clean.scorecard"), cleanScorecard());
    const CliRun ok = cli(
        {QStringLiteral("check"), clean, QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == (clean + QStringLiteral(": ok\n") + clean +
                     QStringLiteral(": alignment score 100.0% (4 of 4 KPIs, OKRs and initiatives "
                                    "are connected to an objective)\n"))
                        .toUtf8());

    Scorecard broken = cleanScorecard();
    broken.kpis[1].objective = {};
    const QString bad = create(s, QStringLiteral("bad.scorecard"), broken);
    const CliRun text = cli(
        {QStringLiteral("check"), bad, QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(": error: [k2] KPI \"k2\" is not linked to an objective"));

    const CliRun json =
        cli({QStringLiteral("check"), bad, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(json.exitCode == 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    CHECK(root.value(QStringLiteral("file")).toString() == bad);
    CHECK(root.value(QStringLiteral("valid")).toBool() == false);
    CHECK(root.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-31"));
    // 3 of 4 connected: k1, okr1, i1.
    CHECK(root.value(QStringLiteral("alignment_score")).toDouble() == 75.0);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject f = findings.at(0).toObject();
    CHECK(f.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(f.value(QStringLiteral("code")).toString() == QStringLiteral("kpi_unaligned"));
    CHECK(f.value(QStringLiteral("entity")).toString() == QStringLiteral("k2"));
    CHECK(f.value(QStringLiteral("entity_kind")).toString() == QStringLiteral("kpi"));
    CHECK(f.value(QStringLiteral("related")).isNull());
    CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
    CHECK_FALSE(f.value(QStringLiteral("fix")).toString().isEmpty());

    // Warnings alone keep exit 0.
    Scorecard warned = cleanScorecard();
    warned.kpis[1].measurements.clear();
    const QString stale = create(s, QStringLiteral("warn.scorecard"), warned);
    const CliRun warn = cli(
        {QStringLiteral("check"), stale, QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(warn.exitCode == 0);
    CHECK(warn.out.contains(": warning: [k2] "));

    // A link finding names both ends.
    Scorecard reversed = cleanScorecard();
    std::swap(reversed.links[0].from, reversed.links[0].to);
    const QString down = create(s, QStringLiteral("down.scorecard"), reversed);
    const CliRun link = cli(
        {QStringLiteral("check"), down, QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(link.exitCode == 0);
    CHECK(link.out.contains(": warning: [o-fin -> o-cus] The link from \"o-fin\""));

    CHECK(cli({QStringLiteral("check"), clean, QStringLiteral("--as-of"),
               QStringLiteral("31.03.2026")})
              .exitCode == 2);
}
