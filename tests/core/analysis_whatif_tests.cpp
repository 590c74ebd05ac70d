// SPDX-License-Identifier: GPL-3.0-or-later
// What-if projections: a modified copy is scored, the original never changes.
#include "analysis_fixtures.h"
#include "fixtures.h"

#include "analysis/finding.h"
#include "analysis/whatif.h"
#include "storage/scorecardfile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::analysistest;
using scorecard::test::Scratch;

namespace {

const ProjectedScore &changeOf(const WhatIf &w, EntityKind kind, const QString &id = {})
{
    for (const ProjectedScore &p : w.changes) {
        if (p.kind == kind && p.id == id)
            return p;
    }
    FAIL("no change for " << id.toStdString());
    return w.changes.front();
}

QStringList reached(const WhatIf &w)
{
    QStringList out;
    for (const ProjectedScore &p : w.changes)
        out << entityKindName(p.kind) + QLatin1Char(':') + p.id;
    return out;
}

} // namespace

// cleanScorecard() at 2026-03-31:
//   o-fin = mean(k1 50, i1 30) = 40;  o-cus = mean(k2 80, okr1 5/10 -> 50) = 65
//   fin = 40, cus = 65, company = (40 + 65) / 2 = 52.5
TEST_CASE("What-if: a KPI value replaces the as-of period's measurement", "[analysis][whatif]")
{
    const Scorecard sc = cleanScorecard();
    const Scorecard copy = sc;
    auto w = projectWhatIf(sc, asOf(), {{Hypothesis::Kind::KpiValue, QStringLiteral("k1"), 90}});
    REQUIRE(w.ok());
    CHECK(sc == copy); // the original is untouched

    // After: o-fin = mean(90, 30) = 60; fin = 60; company = (60 + 65) / 2 = 62.5.
    const ProjectedScore &k1 = changeOf(*w, EntityKind::Kpi, QStringLiteral("k1"));
    CHECK(k1.before == 50.0);
    CHECK(k1.after == 90.0);
    CHECK(k1.assumed == 90.0);
    CHECK(k1.statusBefore == scoring::Status::Red);
    CHECK(k1.statusAfter == scoring::Status::Green);
    const ProjectedScore &objective = changeOf(*w, EntityKind::Objective, QStringLiteral("o-fin"));
    CHECK(objective.before == 40.0);
    CHECK(objective.after == 60.0);
    const ProjectedScore &fin = changeOf(*w, EntityKind::Perspective, QStringLiteral("fin"));
    CHECK(fin.before == 40.0);
    CHECK(fin.after == 60.0);
    const ProjectedScore &company = changeOf(*w, EntityKind::Scorecard);
    CHECK(company.before == 52.5);
    CHECK(company.after == 62.5);
    CHECK(reached(*w) ==
          QStringList({QStringLiteral("kpi:k1"), QStringLiteral("objective:o-fin"),
                       QStringLiteral("perspective:fin"), QStringLiteral("scorecard:")}));

    // The projected copy holds the value in place of 2026-03's 50: still two measurements.
    const Kpi &projected = w->projected.kpis[0];
    REQUIRE(projected.measurements.size() == 2);
    CHECK(projected.measurements[1].period.toString() == QStringLiteral("2026-03"));
    CHECK(projected.measurements[1].value == 90.0);
}

TEST_CASE("What-if: a value for a period without measurement is added", "[analysis][whatif]")
{
    const Scorecard sc = cleanScorecard();
    // At 2026-04-30 k1's latest value is still 2026-03's 50; the hypothesis fills 2026-04.
    auto w = projectWhatIf(sc, QDate(2026, 4, 30),
                           {{Hypothesis::Kind::KpiValue, QStringLiteral("k1"), 70}});
    REQUIRE(w.ok());
    const ProjectedScore &k1 = changeOf(*w, EntityKind::Kpi, QStringLiteral("k1"));
    CHECK(k1.before == 50.0);
    CHECK(k1.after == 70.0);
    REQUIRE(w->projected.kpis[0].measurements.size() == 3);
    CHECK(w->projected.kpis[0].measurements[2].period.toString() == QStringLiteral("2026-04"));
}

TEST_CASE("What-if: initiative progress, cascades and several hypotheses", "[analysis][whatif]")
{
    Scorecard sc = cleanScorecard();
    sc.objectives[1].parent = ObjectiveId(QStringLiteral("o-fin")); // o-cus supports o-fin
    // Before: o-cus = 65 (as above); o-fin = mean(k1 50, i1 30, o-cus 65) = 48.33.
    // After i1 -> 0.9 and k2 -> 100: o-cus = mean(100, 50) = 75; o-fin = mean(50, 90, 75) = 71.67.
    auto w = projectWhatIf(sc, asOf(),
                           {{Hypothesis::Kind::InitiativeProgress, QStringLiteral("i1"), 0.9},
                            {Hypothesis::Kind::KpiValue, QStringLiteral("k2"), 100}});
    REQUIRE(w.ok());
    CHECK(reached(*w) ==
          QStringList({QStringLiteral("initiative:i1"), QStringLiteral("kpi:k2"),
                       QStringLiteral("objective:o-fin"), QStringLiteral("objective:o-cus"),
                       QStringLiteral("perspective:fin"), QStringLiteral("perspective:cus"),
                       QStringLiteral("scorecard:")}));
    const ProjectedScore &i1 = changeOf(*w, EntityKind::Initiative, QStringLiteral("i1"));
    CHECK(i1.before == Approx(30));
    CHECK(i1.after == Approx(90));
    CHECK(i1.assumed == 0.9);
    CHECK(*changeOf(*w, EntityKind::Objective, QStringLiteral("o-cus")).after == Approx(75));
    CHECK(*changeOf(*w, EntityKind::Objective, QStringLiteral("o-fin")).before ==
          Approx(145.0 / 3));
    CHECK(*changeOf(*w, EntityKind::Objective, QStringLiteral("o-fin")).after == Approx(215.0 / 3));
}

TEST_CASE("What-if refuses unknown ids and impossible values", "[analysis][whatif]")
{
    const Scorecard sc = cleanScorecard();
    auto unknown =
        projectWhatIf(sc, asOf(), {{Hypothesis::Kind::KpiValue, QStringLiteral("x"), 1}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() == QStringLiteral("there is no KPI \"x\""));
    CHECK_FALSE(
        projectWhatIf(sc, asOf(), {{Hypothesis::Kind::InitiativeProgress, QStringLiteral("k1"), 1}})
            .ok());
    auto progress = projectWhatIf(
        sc, asOf(), {{Hypothesis::Kind::InitiativeProgress, QStringLiteral("i1"), 1.5}});
    REQUIRE_FALSE(progress.ok());
    CHECK(progress.error().contains(QStringLiteral("between 0 and 1")));
    CHECK_FALSE(projectWhatIf(sc, asOf(),
                              {{Hypothesis::Kind::KpiValue, QStringLiteral("k1"), std::nan("")}})
                    .ok());
}

TEST_CASE("cli: report --what-if prints the projection and leaves the file byte-identical",
          "[analysis][whatif][cli]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("w.scorecard"));
    REQUIRE(ScorecardFile::create(path, cleanScorecard()).ok());
    auto digest = [&] {
        return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SCORECARD_CLI_PATH),
                QStringList{QStringLiteral("report"), path, QStringLiteral("--as-of"),
                            QStringLiteral("2026-03-31")} +
                    args);
        REQUIRE(p.waitForFinished(60000));
        return std::pair<int, QByteArray>(p.exitCode(),
                                          p.readAllStandardOutput() + p.readAllStandardError());
    };
    const auto [code, out] =
        run({QStringLiteral("--what-if"), QStringLiteral("k1=90"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--by"), QStringLiteral("objective")});
    CHECK(code == 0);
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    // The report is the projected one ...
    CHECK(root.value(QStringLiteral("company"))
              .toObject()
              .value(QStringLiteral("score"))
              .toDouble() == 62.5);
    // ... with what changed.
    const QJsonArray changes = root.value(QStringLiteral("what_if")).toArray();
    REQUIRE(changes.size() == 4);
    const QJsonObject kpi = changes.at(0).toObject();
    CHECK(kpi.value(QStringLiteral("kind")).toString() == QStringLiteral("kpi"));
    CHECK(kpi.value(QStringLiteral("id")).toString() == QStringLiteral("k1"));
    CHECK(kpi.value(QStringLiteral("assumed")).toDouble() == 90.0);
    CHECK(kpi.value(QStringLiteral("before")).toDouble() == 50.0);
    CHECK(kpi.value(QStringLiteral("after")).toDouble() == 90.0);
    CHECK(kpi.value(QStringLiteral("change")).toDouble() == 40.0);
    const QJsonObject company = changes.at(3).toObject();
    CHECK(company.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    CHECK(company.value(QStringLiteral("id")).isNull());
    CHECK(company.value(QStringLiteral("before")).toDouble() == 52.5);
    CHECK(company.value(QStringLiteral("after")).toDouble() == 62.5);

    CHECK(
        run({QStringLiteral("--what-if"), QStringLiteral("k1=90"), QStringLiteral("--what-if"),
             QStringLiteral("k2=10"), QStringLiteral("--what-if-progress"), QStringLiteral("i1=1")})
            .first == 0);
    CHECK(run({QStringLiteral("--what-if"), QStringLiteral("k1=90"), QStringLiteral("--format"),
               QStringLiteral("csv")})
              .first == 0);
    CHECK(run({QStringLiteral("--what-if"), QStringLiteral("k1")}).first == 2);
    CHECK(run({QStringLiteral("--what-if"), QStringLiteral("k1=ten")}).first == 2);
    const auto unknown = run({QStringLiteral("--what-if"), QStringLiteral("nope=1")});
    CHECK(unknown.first == 2);
    CHECK(unknown.second.contains("there is no KPI \"nope\""));
    CHECK(run({QStringLiteral("--what-if-progress"), QStringLiteral("i1=2")}).first == 2);

    CHECK(digest() == before);
}
