// SPDX-License-Identifier: GPL-3.0-or-later
// Cause-and-effect evidence: ranks, Spearman's rho against hand-computed
// values, lags, and the monthly objective score histories behind them.
#include "analysis_fixtures.h"

#include "analysis/linkevidence.h"
#include "io/report.h"
#include "scoring/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::analysistest;

namespace {

int month(int year, int m)
{
    return Period::containing(QDate(year, m, 1), Frequency::Monthly).ordinal();
}

/** A history with one value per month from @p firstMonth on, without gaps. */
ScoreHistory history(int firstMonth, const std::vector<double> &values)
{
    ScoreHistory h;
    for (size_t i = 0; i < values.size(); ++i) {
        h.months.push_back(firstMonth + int(i));
        h.values.push_back(values[i]);
    }
    return h;
}

/** 1..n */
std::vector<double> ascending(int n)
{
    std::vector<double> v;
    for (int i = 1; i <= n; ++i)
        v.push_back(i);
    return v;
}

/** Cause and effect objectives, each with one linear KPI (score = value), linked cause -> effect.
 */
Scorecard linkedPair()
{
    Scorecard sc;
    sc.perspectives = {perspective(QStringLiteral("fin"), 0),
                       perspective(QStringLiteral("cus"), 1)};
    sc.objectives = {objective(QStringLiteral("effect"), QStringLiteral("fin")),
                     objective(QStringLiteral("cause"), QStringLiteral("cus"))};
    sc.links = {
        {ObjectiveId(QStringLiteral("cause")), ObjectiveId(QStringLiteral("effect")), {}, 1}};
    sc.kpis = {kpi(QStringLiteral("k-cause"), QStringLiteral("cause")),
               kpi(QStringLiteral("k-effect"), QStringLiteral("effect"))};
    return numbered(sc);
}

void addMonthly(Kpi &k, int year, int firstMonth, const std::vector<double> &values)
{
    QDate d(year, firstMonth, 1);
    for (double v : values) {
        k.measurements.push_back({Period::containing(d, Frequency::Monthly), v, {}});
        d = d.addMonths(1);
    }
}

} // namespace

TEST_CASE("Average ranks share tied positions", "[analysis][links]")
{
    CHECK(averageRanks({10, 20, 20, 30}) == std::vector<double>({1, 2.5, 2.5, 4}));
    CHECK(averageRanks({3, 1, 2}) == std::vector<double>({3, 1, 2}));
    CHECK(averageRanks({7, 7, 7}) == std::vector<double>({2, 2, 2}));
    CHECK(averageRanks({}).empty());
}

TEST_CASE("Spearman's rho against hand-computed values", "[analysis][links]")
{
    // x = 1..5 ranks 1..5; y = {5, 6, 7, 8, 7} ranks {1, 2, 3.5, 5, 3.5}.
    // Deviations from the mean rank 3: dx = {-2, -1, 0, 1, 2}, dy = {-2, -1, 0.5, 2, 0.5}.
    // sum dx*dy = 4 + 1 + 0 + 2 + 1 = 8; sum dx^2 = 10; sum dy^2 = 4 + 1 + 0.25 + 4 + 0.25 = 9.5.
    // rho = 8 / sqrt(10 * 9.5) = 8 / sqrt(95) = 0.820782...
    const auto rho = spearman({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7});
    REQUIRE(rho);
    CHECK(*rho == Approx(0.8207826817));

    // Without ties rho = 1 - 6 sum d^2 / (n (n^2 - 1)); n = 8 gives n (n^2 - 1) = 504.
    // y = {5, 6, 1, 2, 3, 4, 8, 7}: d = {4, 4, -2, -2, -2, -2, 1, -1}, sum d^2 = 50:
    // rho = 1 - 300 / 504 = 0.404762
    CHECK(*spearman(ascending(8), {5, 6, 1, 2, 3, 4, 8, 7}) == Approx(1 - 300.0 / 504));
    // Monotone transforms do not matter; reversal gives -1.
    CHECK(*spearman({1, 2, 3, 4}, {10, 100, 1000, 10000}) == Approx(1.0));
    CHECK(*spearman({1, 2, 3, 4}, {4, 3, 2, 1}) == Approx(-1.0));
    // No variation, or too short: no rho at all.
    CHECK_FALSE(spearman({1, 2, 3, 4}, {5, 5, 5, 5}).has_value());
    CHECK_FALSE(spearman({1}, {2}).has_value());
    CHECK_FALSE(spearman({1, 2}, {1, 2, 3}).has_value());
}

TEST_CASE("Evidence labels follow the documented thresholds", "[analysis][links]")
{
    // Eight months each: only lag 0 has the eight pairs a claim needs.
    const int m0 = month(2025, 1);
    auto at = [&](const std::vector<double> &effect) {
        return evidenceBetween(history(m0, ascending(8)), history(m0, effect));
    };
    // {2, 1, 4, 3, 6, 5, 8, 7}: sum d^2 = 8, rho = 1 - 48 / 504 = 0.905 -> strong.
    const LinkEvidence strong = at({2, 1, 4, 3, 6, 5, 8, 7});
    CHECK(strong.evidence == Evidence::Strong);
    CHECK(*strong.correlation == Approx(1 - 48.0 / 504));
    CHECK(strong.bestLag == 0);
    CHECK(strong.periods == 8);
    // rho = 0.405 (see above) -> weak.
    const LinkEvidence weak = at({5, 6, 1, 2, 3, 4, 8, 7});
    CHECK(weak.evidence == Evidence::Weak);
    CHECK(*weak.correlation == Approx(1 - 300.0 / 504));
    // {8, 1, 7, 2, 6, 3, 5, 4}: d = {7, -1, 4, -2, 1, -3, -2, -4}, sum d^2 = 100,
    // rho = 1 - 600 / 504 = -0.190 -> none.
    const LinkEvidence none = at({8, 1, 7, 2, 6, 3, 5, 4});
    CHECK(none.evidence == Evidence::None);
    CHECK(*none.correlation == Approx(1 - 600.0 / 504));
    // A strong negative correlation contradicts the link: none, not strong.
    const LinkEvidence against = at({8, 7, 6, 5, 4, 3, 2, 1});
    CHECK(against.evidence == Evidence::None);
    CHECK(*against.correlation == Approx(-1.0));
    REQUIRE(against.lags.size() == size_t(evidence::kMaxLag + 1));
    CHECK(against.lags[1].periods == 7);
    CHECK_FALSE(against.lags[1].rho.has_value());
}

TEST_CASE("Fewer than 8 overlapping months, or no variation: not_enough_data", "[analysis][links]")
{
    const int m0 = month(2025, 1);
    const LinkEvidence seven =
        evidenceBetween(history(m0, ascending(7)), history(m0, ascending(7)));
    CHECK(seven.evidence == Evidence::NotEnoughData);
    CHECK_FALSE(seven.correlation.has_value());
    CHECK_FALSE(seven.bestLag.has_value());
    CHECK(seven.periods == 7); // the most months any lag had

    // Ten months, but the cause never moves.
    const LinkEvidence flat =
        evidenceBetween(history(m0, std::vector<double>(10, 50.0)), history(m0, ascending(10)));
    CHECK(flat.evidence == Evidence::NotEnoughData);
    CHECK(flat.periods == 10);

    // Eight months each, but only four of them overlap at any lag.
    const LinkEvidence apart =
        evidenceBetween(history(m0, ascending(8)), history(m0 + 10, ascending(8)));
    CHECK(apart.evidence == Evidence::NotEnoughData);
    CHECK(apart.periods == 4); // lag 6: cause months 4..7 meet effect months 10..13
}

TEST_CASE("An effect that trails its cause by two months: best lag 2, rho 1", "[analysis][links]")
{
    // Through the engine: the cause's KPI has a value for 2025-01 .. 2025-12,
    // the effect's KPI the same values two months later (2025-03 .. 2026-02).
    const std::vector<double> pattern{10, 50, 20, 80, 30, 60, 90, 40, 70, 15, 55, 85};
    Scorecard sc = linkedPair();
    addMonthly(sc.kpis[0], 2025, 1, pattern);
    addMonthly(sc.kpis[1], 2025, 3, pattern);

    const QHash<QString, ScoreHistory> h = scoreHistories(sc, QDate(2026, 6, 30));
    const ScoreHistory &cause = h.value(QStringLiteral("cause"));
    REQUIRE(cause.size() == 12);
    CHECK(cause.months.front() == month(2025, 1));
    CHECK(cause.values == pattern);
    CHECK(h.value(QStringLiteral("effect")).months.front() == month(2025, 3));

    const std::vector<LinkEvidence> all = linkEvidence(sc, QDate(2026, 6, 30));
    REQUIRE(all.size() == 1);
    const LinkEvidence &e = all.front();
    CHECK(e.from.value == QStringLiteral("cause"));
    CHECK(e.to.value == QStringLiteral("effect"));
    CHECK(e.bestLag == 2);
    CHECK(*e.correlation == Approx(1.0));
    CHECK(e.periods == 12);
    CHECK(e.evidence == Evidence::Strong);
    // Lag 0 pairs cause(t) with effect(t): months 2025-03 .. 2025-12 overlap (10 pairs),
    // pairing pattern[2..11] with pattern[0..9]; clearly not 1.
    CHECK(e.lags[0].periods == 10);
    REQUIRE(e.lags[0].rho);
    CHECK(*e.lags[0].rho < 0.5);

    // Data after the as-of date do not count: at 2025-08-31 the effect has 6 months.
    const std::vector<LinkEvidence> early = linkEvidence(sc, QDate(2025, 8, 31));
    CHECK(early.front().evidence == Evidence::NotEnoughData);
}

TEST_CASE("Score histories: only months with a measurement, cascades included", "[analysis][links]")
{
    Scorecard sc = linkedPair();
    // The cause has values for January and March only: February is not carried forward.
    addMonthly(sc.kpis[0], 2025, 1, {40});
    addMonthly(sc.kpis[0], 2025, 3, {60});
    // A supporting objective of the effect brings its own KPI's months (April).
    sc.objectives.push_back(
        objective(QStringLiteral("child"), QStringLiteral("fin"), 1, QStringLiteral("effect")));
    Kpi child = kpi(QStringLiteral("k-child"), QStringLiteral("child"));
    addMonthly(child, 2025, 4, {20});
    sc.kpis.push_back(child);
    // A quarterly KPI's value counts in the month its quarter starts.
    Kpi quarterly = kpi(QStringLiteral("k-q"), QStringLiteral("effect"));
    quarterly.frequency = Frequency::Quarterly;
    quarterly.measurements.push_back({period(u"2025-Q3", Frequency::Quarterly), 80, {}});
    sc.kpis.push_back(quarterly);

    const QHash<QString, ScoreHistory> h = scoreHistories(sc, QDate(2025, 12, 31));
    CHECK(h.value(QStringLiteral("cause")).months ==
          std::vector<int>({month(2025, 1), month(2025, 3)}));
    CHECK(h.value(QStringLiteral("cause")).values == std::vector<double>({40, 60}));
    // effect: April (the child's 20, the effect's own KPI has no data yet) and July (k-q).
    const ScoreHistory &effect = h.value(QStringLiteral("effect"));
    CHECK(effect.months == std::vector<int>({month(2025, 4), month(2025, 7)}));
    REQUIRE(effect.values.size() == 2);
    CHECK(effect.values[0] == Approx(20));
    CHECK(effect.values[1] == Approx((80 + 20) / 2.0)); // k-q 80 and child 20, weight 1 each
    CHECK(h.value(QStringLiteral("child")).months == std::vector<int>({month(2025, 4)}));

    // Asking for some objectives only.
    const QHash<QString, ScoreHistory> one =
        scoreHistories(sc, QDate(2025, 12, 31), {QStringLiteral("cause")});
    CHECK(one.keys() == QStringList({QStringLiteral("cause")}));
}

TEST_CASE("report --by link lists every link with its evidence", "[analysis][links][report]")
{
    const std::vector<double> pattern{10, 50, 20, 80, 30, 60, 90, 40, 70, 15, 55, 85};
    Scorecard sc = linkedPair();
    addMonthly(sc.kpis[0], 2025, 1, pattern);
    addMonthly(sc.kpis[1], 2025, 3, pattern);
    sc.objectives.push_back(objective(QStringLiteral("lonely"), QStringLiteral("cus")));
    sc.links.push_back(
        {ObjectiveId(QStringLiteral("lonely")), ObjectiveId(QStringLiteral("effect")), {}, 2});
    const QDate at(2026, 6, 30);
    const scoring::Engine engine(sc);
    Report report(sc, engine.compute(at));
    report.setLinkEvidence(linkEvidence(sc, at));

    const QJsonObject root =
        QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("link")))
            .object();
    CHECK(root.keys() == QStringList({QStringLiteral("as_of"), QStringLiteral("company"),
                                      QStringLiteral("links")}));
    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    REQUIRE(links.size() == 2);
    const QJsonObject first = links.at(0).toObject();
    CHECK(first.keys() == QStringList({QStringLiteral("best_lag"), QStringLiteral("correlation"),
                                       QStringLiteral("evidence"), QStringLiteral("from"),
                                       QStringLiteral("periods"), QStringLiteral("to")}));
    CHECK(first.value(QStringLiteral("from")).toString() == QStringLiteral("cause"));
    CHECK(first.value(QStringLiteral("to")).toString() == QStringLiteral("effect"));
    CHECK(first.value(QStringLiteral("correlation")).toDouble() == 1.0);
    CHECK(first.value(QStringLiteral("best_lag")).toInt() == 2);
    CHECK(first.value(QStringLiteral("periods")).toInt() == 12);
    CHECK(first.value(QStringLiteral("evidence")).toString() == QStringLiteral("strong"));
    const QJsonObject second = links.at(1).toObject();
    CHECK(second.value(QStringLiteral("correlation")).isNull());
    CHECK(second.value(QStringLiteral("best_lag")).isNull());
    CHECK(second.value(QStringLiteral("periods")).toInt() == 0);
    CHECK(second.value(QStringLiteral("evidence")).toString() == QStringLiteral("not_enough_data"));

    const QByteArray csv = report.render(Report::Format::Csv, QStringLiteral("link"));
    CHECK(csv.startsWith("section,id,name,score,status,partial,trend,from,to,correlation,"
                         "best_lag,periods,evidence\r\n"));
    CHECK(csv.contains("\r\nlinks,,,,,,,cause,effect,1,2,12,strong\r\n"));
    CHECK(csv.contains("\r\nlinks,,,,,,,lonely,effect,,,0,not_enough_data\r\n"));

    const QString text =
        QString::fromUtf8(report.render(Report::Format::Text, QStringLiteral("link")));
    CHECK(text.contains(QStringLiteral("cause -> effect\n")));
    CHECK(text.contains(QStringLiteral("evidence strong")));

    // The full report leaves links out unless they were computed; other --by choices never show
    // them.
    CHECK_FALSE(QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("kpi")))
                    .object()
                    .contains(QStringLiteral("links")));
}

TEST_CASE("The bundled sample shows strong, unsupported and untestable links", "[analysis][links]")
{
    const Scorecard sc = sample();
    QHash<QString, LinkEvidence> byLink;
    for (const LinkEvidence &e : linkEvidence(sc, QDate(2026, 11, 30)))
        byLink.insert(e.from.value + QStringLiteral(" -> ") + e.to.value, e);
    REQUIRE(byLink.size() == 20);
    auto evidenceOf = [&](const char *link) {
        const QString key = QString::fromLatin1(link);
        REQUIRE(byLink.contains(key));
        return byLink.value(key);
    };
    // Quality drives satisfaction: 23 months, best one month later.
    const LinkEvidence quality = evidenceOf("first-time-quality -> increase-customer-satisfaction");
    CHECK(quality.evidence == Evidence::Strong);
    CHECK(quality.periods >= 20);
    // Training hours stalled at about 17 h while lean manufacturing kept improving:
    // the data do not support "skills drive lean manufacturing" (yet).
    const LinkEvidence skills = evidenceOf("develop-skills -> lean-manufacturing");
    CHECK(skills.evidence == Evidence::None);
    REQUIRE(skills.correlation);
    CHECK(*skills.correlation < evidence::kWeak);
    // Time to market is quarterly (7 values): too little history for any claim.
    CHECK(evidenceOf("accelerate-product-development -> win-new-markets").evidence ==
          Evidence::NotEnoughData);
}
