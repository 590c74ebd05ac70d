// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "io/report.h"
#include "scoring/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

// Hand-computed on smallScorecard() at 2026-03-31:
// - revenue: increase, baseline 100, target 200, latest value 190 (2026-03):
//   100 * (190 - 100) / (200 - 100) = 90.0 -> green (>= 90). Previous period
//   (2026-02) value 160 scores 60, so the trend is +30.0.
// - churn: decrease, baseline 10, target 5, 2026-Q1 value 7:
//   100 * (7 - 10) / (5 - 10) = 60.0 -> amber with its own bands (80/50).
// - okr-1: key results 400/1000 (0.4 -> 40, weight 2) and (25-10)/(40-10) = 0.5 -> 50 (weight 1):
//   (40*2 + 50*1) / 3 = 43.33
// - happy-clients: churn 60 (w1), okr-1 43.33 (w1), initiative crm 30 (progress 0.3, contribution
// w2):
//   (60 + 43.33 + 30*2) / 4 = 40.83 -> 40.8, red.
TEST_CASE("The report rounds to one decimal and holds every section", "[report]")
{
    const Scorecard sc = smallScorecard();
    const scoring::Engine engine(sc);
    const Report report(sc, engine.compute(QDate(2026, 3, 31)));

    const QJsonObject root = QJsonDocument::fromJson(report.render(Report::Format::Json)).object();
    CHECK(root.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-31"));
    for (const char *key : {"company", "perspectives", "pillars", "departments", "objectives",
                            "kpis", "okrs", "initiatives"})
        CHECK(root.contains(QString::fromLatin1(key)));

    auto find = [&](const char *section, const char *id) {
        for (const QJsonValue &v : root.value(QString::fromLatin1(section)).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QString::fromLatin1(id))
                return v.toObject();
        }
        FAIL("no " << id << " in " << section);
        return QJsonObject();
    };
    const QJsonObject revenue = find("kpis", "revenue");
    CHECK(revenue.value(QStringLiteral("score")).toDouble() == 90.0);
    CHECK(revenue.value(QStringLiteral("status")).toString() == QStringLiteral("green"));
    CHECK(revenue.value(QStringLiteral("trend")).toDouble() == 30.0);
    CHECK(revenue.value(QStringLiteral("partial")).toBool() == false);
    const QJsonObject churn = find("kpis", "churn");
    CHECK(churn.value(QStringLiteral("score")).toDouble() == 60.0);
    CHECK(churn.value(QStringLiteral("status")).toString() == QStringLiteral("amber"));
    CHECK(find("okrs", "okr-1").value(QStringLiteral("score")).toDouble() == 43.3);
    const QJsonObject clients = find("objectives", "happy-clients");
    CHECK(clients.value(QStringLiteral("score")).toDouble() == 40.8);
    CHECK(clients.value(QStringLiteral("status")).toString() == QStringLiteral("red"));
    // An objective with no measure at all is no_data with a null score, never 0.
    const QJsonObject skills = find("objectives", "skills");
    CHECK(skills.value(QStringLiteral("score")).isNull());
    CHECK(skills.value(QStringLiteral("status")).toString() == QStringLiteral("no_data"));

    // --by keeps the object shape: as_of, company and the one list.
    const QJsonObject byKpi =
        QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("kpi")))
            .object();
    CHECK(byKpi.keys() == QStringList({QStringLiteral("as_of"), QStringLiteral("company"),
                                       QStringLiteral("kpis")}));

    const QByteArray csv = report.render(Report::Format::Csv);
    CHECK(csv.startsWith("section,id,name,score,status,partial,trend\r\n"));
    CHECK(csv.contains("kpis,revenue,Revenue,90.0,green,false,30.0\r\n"));
    CHECK(csv.contains("objectives,happy-clients,Delight clients,40.8,red,false,"));

    const QString text = QString::fromUtf8(report.render(Report::Format::Text));
    CHECK(text.startsWith(QStringLiteral("Scores as of 2026-03-31")));
    CHECK(text.contains(QStringLiteral("Delight clients")));
    CHECK(text.contains(QStringLiteral("  40.8  red")));
}

TEST_CASE("cli: report formats and errors", "[report][cli]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("r.scorecard"));
    REQUIRE(ScorecardFile::create(path, smallScorecard()).ok());
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SCORECARD_CLI_PATH),
                QStringList{QStringLiteral("report"), path} + args);
        REQUIRE(p.waitForFinished(60000));
        return std::pair<int, QByteArray>(p.exitCode(),
                                          p.readAllStandardOutput() + p.readAllStandardError());
    };
    auto [code, out] =
        run({QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--by"), QStringLiteral("objective")});
    CHECK(code == 0);
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    CHECK(root.value(QStringLiteral("objectives")).toArray().size() == 4);
    CHECK(run({QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}).first == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("xml")}).first == 2);
    CHECK(run({QStringLiteral("--by"), QStringLiteral("galaxy")}).first == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("csv")}).first == 0);
}
