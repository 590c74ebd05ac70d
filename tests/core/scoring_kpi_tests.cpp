// SPDX-License-Identifier: GPL-3.0-or-later
// KPI scoring: the methods, the choice of measurement, status bands and staleness.
#include "scoring/kpiscoring.h"

#include "scoring_fixtures.h"

#include <limits>

using namespace scorecard;
using namespace scorecard::scoring;
using namespace scorecard::scoringtest;

namespace {
constexpr double kEps = 1e-9;
}

TEST_CASE("Linear scoring, higher is better", "[scoring][kpi]")
{
    // baseline 50, target 100: score = 100 * (value - 50) / 50
    CHECK(*linearScore(75, 50, 100) == Approx(50).margin(kEps));   // 100 * 25 / 50
    CHECK(*linearScore(90, 50, 100) == Approx(80).margin(kEps));   // 100 * 40 / 50
    CHECK(*linearScore(100, 50, 100) == Approx(100).margin(kEps)); // at target
    CHECK(*linearScore(50, 50, 100) == Approx(0).margin(kEps));    // at baseline
    // Clamping at both ends: 120 -> 100 * 70 / 50 = 140 -> 100; 40 -> -20 -> 0.
    CHECK(*linearScore(120, 50, 100) == Approx(100).margin(kEps));
    CHECK(*linearScore(40, 50, 100) == Approx(0).margin(kEps));
}

TEST_CASE("Linear scoring treats a missing baseline as 0", "[scoring][kpi]")
{
    // 100 * (60 - 0) / (80 - 0) = 75
    CHECK(*linearScore(60, std::nullopt, 80) == Approx(75).margin(kEps));
}

TEST_CASE("Linear scoring without a usable target cannot score", "[scoring][kpi]")
{
    CHECK_FALSE(linearScore(60, 10, std::nullopt).has_value());
    CHECK_FALSE(linearScore(60, 10, 10).has_value());          // target == baseline
    CHECK_FALSE(linearScore(60, std::nullopt, 0).has_value()); // target == assumed baseline 0
}

TEST_CASE("Linear scoring, lower is better", "[scoring][kpi]")
{
    // Defects: baseline 20, target 5:
    // score = 100 * (value - 20) / (5 - 20) = 100 * (20 - value) / 15
    CHECK(*linearScore(11, 20, 5) == Approx(60).margin(kEps)); // 100 * 9 / 15
    CHECK(*linearScore(5, 20, 5) == Approx(100).margin(kEps)); // at target
    CHECK(*linearScore(4, 20, 5) == Approx(100).margin(kEps)); // below target: 106.7 -> 100
    CHECK(*linearScore(20, 20, 5) == Approx(0).margin(kEps));  // at baseline
    CHECK(*linearScore(25, 20, 5) == Approx(0).margin(kEps));  // worse: -33.3 -> 0

    Kpi k = kpi(QStringLiteral("defects"));
    k.direction = Direction::Decrease;
    k.baseline = 20;
    k.target = 5;
    CHECK(*scoreValue(k, 11) == Approx(60).margin(kEps));
    CHECK(methodOf(k) == Method::Linear);
}

TEST_CASE("Range scoring", "[scoring][kpi]")
{
    // [40, 60], width 20
    CHECK(*rangeScore(50, 40, 60) == Approx(100).margin(kEps));
    CHECK(*rangeScore(40, 40, 60) == Approx(100).margin(kEps)); // bounds are inside
    CHECK(*rangeScore(60, 40, 60) == Approx(100).margin(kEps));
    CHECK(*rangeScore(35, 40, 60) == Approx(75).margin(kEps)); // 5 below: 100 * (1 - 5 / 20)
    CHECK(*rangeScore(70, 40, 60) == Approx(50).margin(kEps)); // 10 above: 100 * (1 - 10 / 20)
    CHECK(*rangeScore(80, 40, 60) == Approx(0).margin(kEps));  // one width above
    CHECK(*rangeScore(90, 40, 60) == Approx(0).margin(kEps));  // beyond: -50 -> 0
    CHECK(*rangeScore(10, 40, 60) == Approx(0).margin(kEps));  // 30 below -> 0

    // Zero width: inside is the single value, everything else 0.
    CHECK(*rangeScore(5, 5, 5) == Approx(100).margin(kEps));
    CHECK(*rangeScore(5.1, 5, 5) == Approx(0).margin(kEps));
    CHECK(*rangeScore(4.9, 5, 5) == Approx(0).margin(kEps));

    CHECK_FALSE(rangeScore(50, std::nullopt, 60).has_value());
    CHECK_FALSE(rangeScore(50, 40, std::nullopt).has_value());
    CHECK_FALSE(rangeScore(50, 60, 40).has_value()); // low above high

    Kpi k = kpi(QStringLiteral("temperature"));
    k.direction = Direction::Range;
    k.rangeLow = 40;
    k.rangeHigh = 60;
    CHECK(methodOf(k) == Method::Range);
    CHECK(*scoreValue(k, 35) == Approx(75).margin(kEps));
}

TEST_CASE("Goal / red flag scoring", "[scoring][kpi]")
{
    // goal 80, red flag 50, d = 30: score = 100/3 * ((value - 50) / 30 + 1)
    CHECK(*goalRedFlagScore(50, 80, 50) == Approx(33.333333333333).margin(1e-9)); // 100/3 * 1
    CHECK(*goalRedFlagScore(80, 80, 50) == Approx(66.666666666667).margin(1e-9)); // 100/3 * 2
    CHECK(*goalRedFlagScore(65, 80, 50) == Approx(50).margin(kEps));              // 100/3 * 1.5
    CHECK(*goalRedFlagScore(110, 80, 50) == Approx(100).margin(kEps));            // 100/3 * 3
    CHECK(*goalRedFlagScore(140, 80, 50) == Approx(100).margin(kEps));            // 133.3 -> 100
    CHECK(*goalRedFlagScore(20, 80, 50) == Approx(0).margin(kEps));               // 100/3 * 0
    CHECK(*goalRedFlagScore(5, 80, 50) == Approx(0).margin(kEps));                // -16.7 -> 0

    // Lower is better: goal 2 below red flag 10, d = -8
    CHECK(*goalRedFlagScore(2, 2, 10) == Approx(66.666666666667).margin(1e-9));
    CHECK(*goalRedFlagScore(10, 2, 10) == Approx(33.333333333333).margin(1e-9));
    CHECK(*goalRedFlagScore(6, 2, 10) == Approx(50).margin(kEps)); // 100/3 * (-4 / -8 + 1)
    CHECK(*goalRedFlagScore(0, 2, 10) == Approx(75).margin(kEps)); // 100/3 * (-10 / -8 + 1)
    CHECK(*goalRedFlagScore(14, 2, 10) == Approx(16.666666666667).margin(1e-9)); // 100/3 * 0.5

    CHECK_FALSE(goalRedFlagScore(50, std::nullopt, 50).has_value());
    CHECK_FALSE(goalRedFlagScore(50, 80, std::nullopt).has_value());
    CHECK_FALSE(goalRedFlagScore(50, 50, 50).has_value());

    // The method ignores the KPI's direction.
    Kpi k = kpi(QStringLiteral("nps"));
    k.scoring = ScoringMethod::GoalRedFlag;
    k.direction = Direction::Range;
    k.goal = 80;
    k.redFlag = 50;
    CHECK(methodOf(k) == Method::GoalRedFlag);
    CHECK(*scoreValue(k, 65) == Approx(50).margin(kEps));
}

TEST_CASE("Yes/no scoring", "[scoring][kpi]")
{
    CHECK(yesNoScore(1) == 100);
    CHECK(yesNoScore(-3) == 100);
    CHECK(yesNoScore(0.5) == 100);
    CHECK(yesNoScore(0) == 0);

    Kpi k = kpi(QStringLiteral("audit_passed"));
    k.scoring = ScoringMethod::YesNo;
    k.target.reset(); // yes/no needs no parameters
    CHECK(*scoreValue(k, 1) == 100);
    CHECK(*scoreValue(k, 0) == 0);
}

TEST_CASE("Non-finite values cannot be scored", "[scoring][kpi]")
{
    const Kpi k = kpi(QStringLiteral("k"));
    CHECK_FALSE(scoreValue(k, std::numeric_limits<double>::quiet_NaN()).has_value());
    CHECK_FALSE(scoreValue(k, std::numeric_limits<double>::infinity()).has_value());
}

TEST_CASE("The latest measurement at or before the as-of date is used", "[scoring][kpi]")
{
    Kpi k = kpi(QStringLiteral("k"));
    addValue(k, u"2026-01", 10);
    addValue(k, u"2026-02", 20);
    addValue(k, u"2026-04", 40);

    CHECK(latestMeasurement(k, date(2026, 3, 31))->value == 20);
    // The period containing the as-of date counts from its first day.
    CHECK(latestMeasurement(k, date(2026, 4, 1))->value == 40);
    CHECK(latestMeasurement(k, date(2026, 1, 1))->value == 10);
    CHECK(latestMeasurement(k, date(2030, 1, 1))->value == 40);
    CHECK(latestMeasurement(k, date(2025, 12, 31)) == nullptr);
    CHECK(latestMeasurement(kpi(QStringLiteral("empty")), date(2026, 1, 1)) == nullptr);

    // baseline 0, target 100: the score is the value
    const Score s = kpiScore(k, date(2026, 3, 31), Bands{});
    CHECK(*s.value == Approx(20).margin(kEps));
    CHECK(*s.period == period(u"2026-02"));
    CHECK(*s.measuredValue == 20);
}

TEST_CASE("No measurement at or before the as-of date is no data", "[scoring][kpi]")
{
    Kpi k = kpi(QStringLiteral("k"));
    addValue(k, u"2026-05", 90);
    const Score s = kpiScore(k, date(2026, 4, 30), Bands{});
    CHECK_FALSE(s.value.has_value());
    CHECK(s.status == Status::NoData);
    CHECK_FALSE(s.period.has_value());
    CHECK(s.explanation.contains(QStringLiteral("2026-04-30")));
}

TEST_CASE("A KPI that cannot be scored is no data and says why", "[scoring][kpi]")
{
    Kpi k = kpi(QStringLiteral("k"));
    k.target.reset();
    addValue(k, u"2026-03", 50);
    Score s = kpiScore(k, date(2026, 3, 31), Bands{});
    CHECK_FALSE(s.value.has_value());
    CHECK(s.status == Status::NoData);
    CHECK(*s.measuredValue == 50); // the measurement is still shown
    CHECK(s.explanation.contains(QStringLiteral("no target")));

    k.target = 0; // equals the assumed baseline 0
    s = kpiScore(k, date(2026, 3, 31), Bands{});
    CHECK(s.status == Status::NoData);
    CHECK(s.explanation.contains(QStringLiteral("equals the baseline")));

    Kpi range = kpi(QStringLiteral("r"));
    range.direction = Direction::Range;
    range.rangeLow = 3;
    addValue(range, u"2026-03", 5);
    s = kpiScore(range, date(2026, 3, 31), Bands{});
    CHECK(s.status == Status::NoData);
    CHECK(s.explanation.contains(QStringLiteral("low and a high")));

    Kpi grf = kpi(QStringLiteral("g"));
    grf.scoring = ScoringMethod::GoalRedFlag;
    grf.goal = 4;
    grf.redFlag = 4;
    addValue(grf, u"2026-03", 5);
    s = kpiScore(grf, date(2026, 3, 31), Bands{});
    CHECK(s.status == Status::NoData);
    CHECK(s.explanation.contains(QStringLiteral("goal equals the red flag")));
}

TEST_CASE("Status bands: scorecard defaults, settings and per-KPI overrides", "[scoring][kpi]")
{
    const Bands defaults; // green >= 90, amber >= 60
    CHECK(statusFor(95, defaults) == Status::Green);
    CHECK(statusFor(90, defaults) == Status::Green); // boundaries belong to the better band
    CHECK(statusFor(89.9, defaults) == Status::Amber);
    CHECK(statusFor(60, defaults) == Status::Amber);
    CHECK(statusFor(59.9, defaults) == Status::Red);
    CHECK(statusFor(0, defaults) == Status::Red);
    // Rounding noise just under a threshold does not flip the band.
    CHECK(statusFor(90 - 1e-12, defaults) == Status::Green);

    Kpi k = kpi(QStringLiteral("k")); // baseline 0, target 100: score = value
    addValue(k, u"2026-03", 85);
    const QDate asOf = date(2026, 3, 31);
    CHECK(kpiScore(k, asOf, defaults).status == Status::Amber); // 85 < 90

    const Bands settings{80, 50};
    CHECK(kpiScore(k, asOf, settings).status == Status::Green); // 85 >= 80
    CHECK(kpiScore(k, asOf, settings).bands == settings);

    k.bands = Bands{95, 86};                                  // the KPI's own bands win
    CHECK(kpiScore(k, asOf, settings).status == Status::Red); // 85 < 86
    CHECK(kpiScore(k, asOf, defaults).status == Status::Red);
    CHECK(kpiScore(k, asOf, settings).bands == Bands{95, 86});
}

TEST_CASE("Stale: monthly KPIs at 2026-03-31", "[scoring][kpi][stale]")
{
    const QDate asOf = date(2026, 3, 31);
    // The period before the one containing 2026-03-31 is 2026-02: anything older is stale.
    CHECK(isStale(period(u"2026-01"), asOf, Frequency::Monthly));
    CHECK_FALSE(isStale(period(u"2026-02"), asOf, Frequency::Monthly));
    CHECK_FALSE(isStale(period(u"2026-03"), asOf, Frequency::Monthly));
    // Same boundary on the first day of the month.
    CHECK(isStale(period(u"2026-01"), date(2026, 3, 1), Frequency::Monthly));
    CHECK_FALSE(isStale(period(u"2026-02"), date(2026, 3, 1), Frequency::Monthly));

    Kpi k = kpi(QStringLiteral("k"));
    addValue(k, u"2026-01", 95);
    Score s = kpiScore(k, asOf, Bands{});
    // Stale is the status, but the score is still there: 95.
    CHECK(s.status == Status::Stale);
    CHECK(*s.value == Approx(95).margin(kEps));
    CHECK(s.explanation.contains(QStringLiteral("2026-02")));

    addValue(k, u"2026-02", 95);
    s = kpiScore(k, asOf, Bands{});
    CHECK(s.status == Status::Green);
}

TEST_CASE("Stale: quarterly and weekly KPIs", "[scoring][kpi][stale]")
{
    // 2026-05-15 lies in 2026-Q2; the quarter before is 2026-Q1.
    const QDate may15 = date(2026, 5, 15);
    CHECK(isStale(period(u"2025-Q4", Frequency::Quarterly), may15, Frequency::Quarterly));
    CHECK_FALSE(isStale(period(u"2026-Q1", Frequency::Quarterly), may15, Frequency::Quarterly));
    CHECK_FALSE(isStale(period(u"2026-Q2", Frequency::Quarterly), may15, Frequency::Quarterly));

    Kpi q = kpi(QStringLiteral("q"));
    q.frequency = Frequency::Quarterly;
    addValue(q, u"2025-Q4", 70);
    CHECK(kpiScore(q, may15, Bands{}).status == Status::Stale);
    addValue(q, u"2026-Q1", 70);
    CHECK(kpiScore(q, may15, Bands{}).status == Status::Amber);

    // 2026-01-01 is a Thursday, so ISO week 1 of 2026 starts on Monday 2025-12-29;
    // Tuesday 2026-03-31 is 92 days later: week 92 / 7 + 1 = 14 (Monday 2026-03-30).
    // The week before is W13: W12 is stale, W13 is not.
    const QDate asOf = date(2026, 3, 31);
    CHECK(isStale(period(u"2026-W12", Frequency::Weekly), asOf, Frequency::Weekly));
    CHECK_FALSE(isStale(period(u"2026-W13", Frequency::Weekly), asOf, Frequency::Weekly));
    CHECK_FALSE(isStale(period(u"2026-W14", Frequency::Weekly), asOf, Frequency::Weekly));

    Kpi w = kpi(QStringLiteral("w"));
    w.frequency = Frequency::Weekly;
    addValue(w, u"2026-W12", 30);
    CHECK(kpiScore(w, asOf, Bands{}).status == Status::Stale);
    addValue(w, u"2026-W13", 30);
    CHECK(kpiScore(w, asOf, Bands{}).status == Status::Red);
}

TEST_CASE("A KPI score explains its inputs", "[scoring][kpi][explain]")
{
    Kpi k = kpi(QStringLiteral("revenue"));
    k.baseline.reset();
    k.target = 200;
    addValue(k, u"2026-02", 150);
    const Score s = kpiScore(k, date(2026, 3, 10), Bands{});
    // 100 * (150 - 0) / (200 - 0) = 75
    CHECK(*s.value == Approx(75).margin(kEps));
    CHECK(s.status == Status::Amber);
    CHECK(s.method == Method::Linear);
    CHECK(*s.period == period(u"2026-02"));
    CHECK(*s.measuredValue == 150);
    REQUIRE(s.parameters.size() == 2);
    CHECK(s.parameters[0] == Parameter{QStringLiteral("baseline"), 0, true});
    CHECK(s.parameters[1] == Parameter{QStringLiteral("target"), 200, false});
    CHECK(s.explanation.contains(QStringLiteral("2026-02")));
    CHECK(s.explanation.contains(QStringLiteral("75.0")));
    CHECK(s.explanation.contains(QStringLiteral("0 is assumed")));
    CHECK(s.inputs.empty());

    Kpi g = kpi(QStringLiteral("nps"));
    g.scoring = ScoringMethod::GoalRedFlag;
    g.goal = 80;
    g.redFlag = 50;
    addValue(g, u"2026-03", 65);
    const Score gs = kpiScore(g, date(2026, 3, 10), Bands{});
    CHECK(gs.method == Method::GoalRedFlag);
    REQUIRE(gs.parameters.size() == 2);
    CHECK(gs.parameters[0] == Parameter{QStringLiteral("goal"), 80, false});
    CHECK(gs.parameters[1] == Parameter{QStringLiteral("red_flag"), 50, false});
}

TEST_CASE("Status and method names are the file format's words", "[scoring]")
{
    CHECK(toString(Status::Green) == QStringLiteral("green"));
    CHECK(toString(Status::Amber) == QStringLiteral("amber"));
    CHECK(toString(Status::Red) == QStringLiteral("red"));
    CHECK(toString(Status::NoData) == QStringLiteral("no_data"));
    CHECK(toString(Status::Stale) == QStringLiteral("stale"));
    CHECK(toString(Health::NotStarted) == QStringLiteral("not_started"));
    CHECK(toString(Health::OnTrack) == QStringLiteral("on_track"));
    CHECK(toString(Health::Behind) == QStringLiteral("behind"));
    CHECK(toString(Health::AtRisk) == QStringLiteral("at_risk"));
    CHECK(toString(Health::Overdue) == QStringLiteral("overdue"));
    CHECK(toString(Health::Done) == QStringLiteral("done"));
    CHECK(toString(Health::Cancelled) == QStringLiteral("cancelled"));
    CHECK(toString(Health::Unknown) == QStringLiteral("unknown"));
    CHECK(toString(Method::GoalRedFlag) == QStringLiteral("goal_redflag"));
    CHECK(toString(Method::YesNo) == QStringLiteral("yes_no"));
}
