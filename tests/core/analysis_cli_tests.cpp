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
#include <QSet>

#include <limits>

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

TEST_CASE("cli: report --by link and --by initiative through the binary", "[cli][analysis]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("sample.scorecard"));
    REQUIRE(cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), path})
                .exitCode == 0);
    const CliRun links = cli({QStringLiteral("report"), path, QStringLiteral("--by"),
                              QStringLiteral("link"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-11-30")});
    INFO(links.err.toStdString());
    REQUIRE(links.exitCode == 0);
    const QJsonArray list =
        QJsonDocument::fromJson(links.out).object().value(QStringLiteral("links")).toArray();
    const Scorecard sc = scorecard::test::reload(path);
    REQUIRE(list.size() == qsizetype(sc.links.size()));
    QSet<QString> evidence;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        // Exactly the public fields, no more, no fewer.
        CHECK(o.keys() == QStringList({QStringLiteral("best_lag"), QStringLiteral("correlation"),
                                       QStringLiteral("evidence"), QStringLiteral("from"),
                                       QStringLiteral("periods"), QStringLiteral("to")}));
        const QString e = o.value(QStringLiteral("evidence")).toString();
        evidence.insert(e);
        CHECK(o.value(QStringLiteral("correlation")).isNull() == (e == u"not_enough_data"));
    }
    // The sample shows a strong link and an unsupported one.
    CHECK(evidence.contains(QStringLiteral("strong")));
    CHECK(evidence.contains(QStringLiteral("none")));

    const CliRun investments = cli({QStringLiteral("report"), path, QStringLiteral("--by"),
                                    QStringLiteral("initiative"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-11-30")});
    REQUIRE(investments.exitCode == 0);
    const QJsonArray initiatives = QJsonDocument::fromJson(investments.out)
                                       .object()
                                       .value(QStringLiteral("initiatives"))
                                       .toArray();
    REQUIRE(initiatives.size() == qsizetype(sc.initiatives.size()));
    double previous = std::numeric_limits<double>::infinity();
    for (const QJsonValue &v : initiatives) {
        const QJsonObject o = v.toObject();
        for (const char *field : {"id", "budget", "contribution", "contribution_per_budget",
                                  "health"}) {
            INFO(field);
            CHECK(o.contains(QString::fromLatin1(field)));
        }
        // Ranked by contribution per unit of budget, the best first.
        const double perBudget = o.value(QStringLiteral("contribution_per_budget")).toDouble();
        CHECK(perBudget <= previous);
        previous = perBudget;
    }
}

TEST_CASE("cli: check reports a data source whose last refresh failed, as a warning",
          "[cli][analysis]")
{
    Scratch s;
    Scorecard sc = cleanScorecard();
    DataSource source;
    source.id = DataSourceId(QStringLiteral("sheet"));
    source.name = QStringLiteral("Sales sheet");
    source.location = QStringLiteral("sales.csv");
    source.kpis = {QStringLiteral("ghost"), QStringLiteral("k2")}; // the first known KPI counts
    source.lastError = QStringLiteral("row 2, column value: \"eighty\" is not a number");
    source.seq = 1;
    sc.dataSources.push_back(source);
    const QString path = create(s, QStringLiteral("source.scorecard"), sc);
    const CliRun json =
        cli({QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    CHECK(json.exitCode == 0); // a warning: the KPIs keep their values
    const QJsonArray findings =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject f = findings.at(0).toObject();
    CHECK(f.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(f.value(QStringLiteral("code")).toString() == QStringLiteral("data_source_failed"));
    CHECK(f.value(QStringLiteral("entity")).toString() == QStringLiteral("sheet"));
    CHECK(f.value(QStringLiteral("entity_kind")).toString() == QStringLiteral("data_source"));
    CHECK(f.value(QStringLiteral("related")).toString() == QStringLiteral("k2"));
    CHECK(f.value(QStringLiteral("message")).toString() ==
          QStringLiteral("Data source \u201cSales sheet\u201d failed: row 2, column value: "
                         "\"eighty\" is not a number (last good refresh: never)"));
}
