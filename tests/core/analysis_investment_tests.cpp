// SPDX-License-Identifier: GPL-3.0-or-later
// Investment decisions: the contribution formula on a hand-computed case.
#include "analysis_fixtures.h"

#include "analysis/investment.h"
#include "io/report.h"
#include "scoring/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace scorecard;
using namespace scorecard::analysistest;

namespace {

/*
 * Two perspectives, four objectives; every KPI has one fresh value (2026-03)
 * at baseline 0, target 100, so its score is its value. Initiatives run
 * 2026-01-01 .. 2026-12-31; their score is 100 x progress.
 *
 *   fin: A (weight 3)  <- kA 50, X (contribution weight 1), C (supporting)
 *        B (weight 1)  <- kB 100, Y (weight 1)
 *   cus: C (weight 1, parent A) <- kC 20, X (weight 3), Z (weight 1)
 *        D (weight 1)  <- kD 70
 *
 *   X: budget 1000, progress 0.5 -> 50;  Y: budget 500, spent 200, progress 1 -> 100;
 *   Z: budget 0, progress 0.2 -> 20.
 *
 * Objective scores:
 *   C = (20 x 1 + 50 x 3 + 20 x 1) / 5 = 190 / 5 = 38 (red)
 *   A = (50 + 50 + 38) / 3 = 138 / 3 = 46 (red)
 *   B = (100 + 100) / 2 = 100 (green)
 *   D = 70 (amber)
 */
Scorecard investmentScorecard()
{
    Scorecard sc;
    sc.perspectives = {perspective(QStringLiteral("fin"), 0),
                       perspective(QStringLiteral("cus"), 1)};
    sc.objectives = {objective(QStringLiteral("A"), QStringLiteral("fin"), 3),
                     objective(QStringLiteral("B"), QStringLiteral("fin"), 1),
                     objective(QStringLiteral("C"), QStringLiteral("cus"), 1, QStringLiteral("A")),
                     objective(QStringLiteral("D"), QStringLiteral("cus"), 1)};
    auto measured = [](const char *id, const char *objectiveId, double value) {
        Kpi k = kpi(QString::fromLatin1(id), QString::fromLatin1(objectiveId));
        addValue(k, u"2026-03", value);
        return k;
    };
    sc.kpis = {measured("kA", "A", 50), measured("kB", "B", 100), measured("kC", "C", 20),
               measured("kD", "D", 70)};
    Initiative x = initiative(QStringLiteral("X"), 0.5, date(2026, 1, 1), date(2026, 12, 31));
    x.budget = 1000;
    x.contributions = {{ObjectiveId(QStringLiteral("A")), 1},
                       {ObjectiveId(QStringLiteral("C")), 3}};
    Initiative y = initiative(QStringLiteral("Y"), 1.0, date(2026, 1, 1), date(2026, 12, 31));
    y.budget = 500;
    y.spent = 200;
    y.contributions = {{ObjectiveId(QStringLiteral("B")), 1}};
    Initiative z = initiative(QStringLiteral("Z"), 0.2, date(2026, 1, 1), date(2026, 12, 31));
    z.contributions = {{ObjectiveId(QStringLiteral("C")), 1}};
    sc.initiatives = {x, y, z};
    return numbered(sc);
}

const InitiativeInvestment &investmentOf(const InvestmentAnalysis &a, const char *id)
{
    for (const InitiativeInvestment &i : a.initiatives) {
        if (i.id.value == QString::fromLatin1(id))
            return i;
    }
    FAIL("no initiative " << id);
    return a.initiatives.front();
}

} // namespace

TEST_CASE("Objective weight shares up to the company follow both roll-up paths", "[analysis]")
{
    const std::vector<double> share = companyShares(investmentScorecard());
    // Perspective weights: fin 3 + 1 = 4, cus 1 + 1 = 2; both score, so P = 2.
    // A: 3/4 x 1/2 = 0.375.   B: 1/4 x 1/2 = 0.125.   D: 1/2 x 1/2 = 0.25.
    // C directly: 1/2 x 1/2 = 0.25; through its parent A, whose inputs weigh
    // kA 1 + X 1 + C 1 = 3: 1/3 x 0.375 = 0.125. Together 0.375.
    REQUIRE(share.size() == 4);
    CHECK(share[0] == Approx(0.375));
    CHECK(share[1] == Approx(0.125));
    CHECK(share[2] == Approx(0.375));
    CHECK(share[3] == Approx(0.25));
}

TEST_CASE("The strategic contribution on a hand-computed case", "[analysis]")
{
    const Scorecard sc = investmentScorecard();
    const scoring::Engine engine(sc);
    const scoring::Results results = engine.compute(asOf());
    REQUIRE(*results.objectives.value(QStringLiteral("C")).value == Approx(38));
    REQUIRE(*results.objectives.value(QStringLiteral("A")).value == Approx(46));
    REQUIRE(*results.objectives.value(QStringLiteral("B")).value == Approx(100));
    REQUIRE(*results.objectives.value(QStringLiteral("D")).value == Approx(70));

    const InvestmentAnalysis a = analyseInvestments(sc, results);
    REQUIRE(a.initiatives.size() == 3);

    // X: weight shares A 1/4, C 3/4.
    //   A: 0.25 x 0.375 x (1 - 46/100) = 0.25 x 0.375 x 0.54 = 0.050625
    //   C: 0.75 x 0.375 x (1 - 38/100) = 0.75 x 0.375 x 0.62 = 0.174375
    //   contribution 0.225; per unit of budget 0.225 / 1000 = 0.000225
    const InitiativeInvestment &x = investmentOf(a, "X");
    REQUIRE(x.terms.size() == 2);
    CHECK(x.terms[0].weightShare == Approx(0.25));
    CHECK(x.terms[0].companyShare == Approx(0.375));
    CHECK(*x.terms[0].gap == Approx(0.54));
    CHECK(x.terms[0].value == Approx(0.050625));
    CHECK(x.terms[1].weightShare == Approx(0.75));
    CHECK(x.terms[1].value == Approx(0.174375));
    CHECK(x.contribution == Approx(0.225));
    CHECK(*x.contributionPerBudget == Approx(0.000225));
    CHECK_FALSE(x.partial);
    // Expected progress at 2026-03-31: 89 of 364 days = 0.24; 0.5 is ahead of it.
    CHECK(x.health == scoring::Health::OnTrack);
    CHECK(x.rank == 1);

    // Y: B is at target: 1 x 0.125 x (1 - 100/100) = 0; 0 / 500 = 0.
    const InitiativeInvestment &y = investmentOf(a, "Y");
    CHECK(y.contribution == 0.0);
    CHECK(*y.contributionPerBudget == 0.0);
    CHECK(y.rank == 2);

    // Z: 1 x 0.375 x 0.62 = 0.2325, but without a budget it has no ratio and no rank.
    const InitiativeInvestment &z = investmentOf(a, "Z");
    CHECK(z.contribution == Approx(0.2325));
    CHECK_FALSE(z.contributionPerBudget.has_value());
    CHECK_FALSE(z.rank.has_value());

    // D is amber and no initiative works on it; A and C (red) have X.
    REQUIRE(a.gaps.size() == 1);
    CHECK(a.gaps[0].objective.value == QStringLiteral("D"));

    // B is green: all of Y's budget and spending go to it.
    REQUIRE(a.green.size() == 1);
    CHECK(a.green[0].objective.value == QStringLiteral("B"));
    CHECK(a.green[0].budget == 500.0);
    CHECK(a.green[0].spent == 200.0);
    CHECK(a.budgetOnGreen == 500.0);
    CHECK(a.spentOnGreen == 200.0);
}

TEST_CASE("Contribution rules: unscored objectives, cancelled and finished initiatives",
          "[analysis]")
{
    Scorecard sc = investmentScorecard();
    SECTION("an objective without score counts 0 and marks the initiative partial")
    {
        // E has no KPI, and Z is cancelled, so Z's own score does not count for E either.
        sc.objectives.push_back(objective(QStringLiteral("E"), QStringLiteral("cus")));
        sc.initiatives[2].status = InitiativeStatus::Cancelled;
        sc.initiatives[2].contributions = {{ObjectiveId(QStringLiteral("E")), 1}};
        const scoring::Engine engine(sc);
        const scoring::Results results = engine.compute(asOf());
        REQUIRE_FALSE(results.objectives.value(QStringLiteral("E")).value.has_value());
        const InvestmentAnalysis a = analyseInvestments(sc, results);
        const InitiativeInvestment &z = investmentOf(a, "Z");
        REQUIRE(z.terms.size() == 1);
        CHECK_FALSE(z.terms[0].gap.has_value());
        CHECK(z.terms[0].value == 0.0);
        CHECK(z.contribution == 0.0);
        CHECK(z.partial);
        CHECK_FALSE(z.rank.has_value());
    }
    SECTION("a cancelled initiative is not ranked; a done one no longer closes a gap")
    {
        sc.initiatives[0].status = InitiativeStatus::Cancelled;
        sc.initiatives[2].status = InitiativeStatus::Done;
        const scoring::Engine engine(sc);
        const InvestmentAnalysis a = analyseInvestments(sc, engine.compute(asOf()));
        CHECK_FALSE(investmentOf(a, "X").rank.has_value());
        CHECK(investmentOf(a, "Y").rank == 1);
        QStringList gaps;
        for (const StrategicGap &g : a.gaps)
            gaps << g.objective.value;
        CHECK(gaps == QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    }
}

TEST_CASE("report --by initiative carries the investment fields", "[analysis][report]")
{
    const Scorecard sc = investmentScorecard();
    const scoring::Engine engine(sc);
    const scoring::Results results = engine.compute(asOf());
    Report report(sc, results);
    report.setInvestments(analyseInvestments(sc, results));

    const QJsonObject root =
        QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("initiative")))
            .object();
    CHECK(root.keys() == QStringList({QStringLiteral("as_of"), QStringLiteral("budget_on_green"),
                                      QStringLiteral("company"), QStringLiteral("initiatives"),
                                      QStringLiteral("strategic_gaps")}));
    const QJsonArray initiatives = root.value(QStringLiteral("initiatives")).toArray();
    REQUIRE(initiatives.size() == 3);
    const QJsonObject x = initiatives.at(0).toObject();
    for (const char *key :
         {"id", "name", "score", "status", "partial", "trend", "budget", "spent", "progress",
          "health", "contribution", "contribution_per_budget", "rank"})
        CHECK(x.contains(QString::fromLatin1(key)));
    CHECK(x.value(QStringLiteral("id")).toString() == QStringLiteral("X"));
    CHECK(x.value(QStringLiteral("score")).toDouble() == 50.0);
    CHECK(x.value(QStringLiteral("budget")).toDouble() == 1000.0);
    CHECK(x.value(QStringLiteral("progress")).toDouble() == 0.5);
    CHECK(x.value(QStringLiteral("contribution")).toDouble() == 0.225);
    CHECK(x.value(QStringLiteral("contribution_per_budget")).toDouble() == 0.000225);
    CHECK(x.value(QStringLiteral("rank")).toInt() == 1);
    const QJsonObject z = initiatives.at(2).toObject();
    CHECK(z.value(QStringLiteral("contribution_per_budget")).isNull());
    CHECK(z.value(QStringLiteral("rank")).isNull());

    const QJsonArray gaps = root.value(QStringLiteral("strategic_gaps")).toArray();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.at(0).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("D"));
    CHECK(gaps.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("amber"));
    const QJsonArray green = root.value(QStringLiteral("budget_on_green")).toArray();
    REQUIRE(green.size() == 1);
    CHECK(green.at(0).toObject().value(QStringLiteral("budget")).toDouble() == 500.0);

    const QByteArray csv = report.render(Report::Format::Csv, QStringLiteral("initiative"));
    CHECK(csv.startsWith("section,id,name,score,status,partial,trend,budget,spent,progress,"
                         "health,contribution,contribution_partial,contribution_per_budget,"
                         "rank\r\n"));
    CHECK(csv.contains("\r\ninitiatives,X,X,50.0,red,false,,1000,0,0.5,on_track,0.225,false,"
                       "0.000225,1\r\n"));
    CHECK(csv.contains("\r\nstrategic_gaps,D,D,70.0,amber,false,"));

    const QString text =
        QString::fromUtf8(report.render(Report::Format::Text, QStringLiteral("initiative")));
    CHECK(text.contains(QStringLiteral("contribution 0.225")));
    CHECK(text.contains(QStringLiteral("rank 1")));
    // 0.000225 per unit of budget reads as 225 per million.
    CHECK(text.contains(QStringLiteral("contribution_per_budget 225 per 1M")));

    // Listed by rank whatever the file's order: X (1), Y (2), then unranked Z.
    Scorecard reversed = sc;
    std::reverse(reversed.initiatives.begin(), reversed.initiatives.end());
    const scoring::Results again = scoring::Engine(reversed).compute(asOf());
    Report byRank(reversed, again);
    byRank.setInvestments(analyseInvestments(reversed, again));
    QStringList order;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(byRank.render(Report::Format::Json, QStringLiteral("initiative")))
             .object()
             .value(QStringLiteral("initiatives"))
             .toArray())
        order << v.toObject().value(QStringLiteral("id")).toString();
    CHECK(order == QStringList{QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")});

    // Other --by choices are unchanged.
    const QJsonObject byKpi =
        QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("kpi")))
            .object();
    CHECK(byKpi.keys() == QStringList({QStringLiteral("as_of"), QStringLiteral("company"),
                                       QStringLiteral("kpis")}));
}
