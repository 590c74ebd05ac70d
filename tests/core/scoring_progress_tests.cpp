// SPDX-License-Identifier: GPL-3.0-or-later
// Key results, OKRs and initiatives (score and schedule health).
#include "scoring/progressscoring.h"

#include "scoring_fixtures.h"

using namespace scorecard;
using namespace scorecard::scoring;
using namespace scorecard::scoringtest;
using namespace Qt::StringLiterals;

namespace {
constexpr double kEps = 1e-9;
}

TEST_CASE("Key result progress", "[scoring][okr]")
{
    // (current - start) / (target - start), clamped to [0, 1]
    CHECK(keyResultProgress(keyResult(u"a"_s, 0, 10, 4)) == Approx(0.4).margin(kEps));
    CHECK(keyResultProgress(keyResult(u"a"_s, 20, 30, 27.5)) == Approx(0.75).margin(kEps));
    CHECK(keyResultProgress(keyResult(u"a"_s, 0, 10, 12)) == Approx(1).margin(kEps)); // 1.2 -> 1
    CHECK(keyResultProgress(keyResult(u"a"_s, 0, 10, -2)) == Approx(0).margin(kEps)); // -0.2 -> 0
    // Lower is better: start 100, target 50, current 80: (80 - 100) / (50 - 100) = 0.4
    CHECK(keyResultProgress(keyResult(u"a"_s, 100, 50, 80)) == Approx(0.4).margin(kEps));
    // Target equals start: reached (1) or not (0).
    CHECK(keyResultProgress(keyResult(u"a"_s, 5, 5, 5)) == 1);
    CHECK(keyResultProgress(keyResult(u"a"_s, 5, 5, 6)) == 1);
    CHECK(keyResultProgress(keyResult(u"a"_s, 5, 5, 4)) == 0);
}

TEST_CASE("An OKR scores the weighted mean of its key results", "[scoring][okr]")
{
    const Okr o = okr(u"okr1"_s, u"obj"_s,
                      {
                          keyResult(u"kr1"_s, 0, 10, 5, 2),    // 0.5 -> 50, weight 2
                          keyResult(u"kr2"_s, 100, 50, 40, 1), // 1.2 -> 1 -> 100, weight 1
                          keyResult(u"kr3"_s, 0, 50, 10, 1),   // 0.2 -> 20, weight 1
                      });
    const Score s = okrScore(o, Bands{});
    // (2 * 50 + 1 * 100 + 1 * 20) / (2 + 1 + 1) = 220 / 4 = 55
    CHECK(*s.value == Approx(55).margin(kEps));
    CHECK(s.status == Status::Red); // 55 < 60
    CHECK(s.method == Method::WeightedMean);
    REQUIRE(s.inputs.size() == 3);
    CHECK(s.inputs[0].kind == InputKind::KeyResult);
    CHECK(s.inputs[0].id == u"kr1"_s);
    CHECK(*s.inputs[0].score == Approx(50).margin(kEps));
    CHECK(s.inputs[0].weight == 2);
    CHECK(*s.inputs[1].score == Approx(100).margin(kEps));

    // Bands from the scorecard: with amber from 50, 55 is amber.
    CHECK(okrScore(o, Bands{90, 50}).status == Status::Amber);
}

TEST_CASE("An OKR without key results or weights has no data", "[scoring][okr]")
{
    const Score empty = okrScore(okr(u"o"_s, {}, {}), Bands{});
    CHECK_FALSE(empty.value.has_value());
    CHECK(empty.status == Status::NoData);

    const Score weightless = okrScore(okr(u"o"_s, {}, {keyResult(u"kr"_s, 0, 10, 5, 0)}), Bands{});
    CHECK_FALSE(weightless.value.has_value());
    CHECK(weightless.status == Status::NoData);
    CHECK(weightless.inputs.at(0).excluded == Exclusion::ZeroWeight);
}

TEST_CASE("Expected progress is linear from start to end", "[scoring][initiative]")
{
    const QDate start = date(2026, 1, 1);
    const QDate end = date(2026, 12, 31); // 364 days later
    // 2026-07-02 is 31+28+31+30+31+30+1 = 182 days after the start: 182 / 364 = 0.5
    CHECK(*expectedProgress(start, end, date(2026, 7, 2)) == Approx(0.5).margin(kEps));
    CHECK(*expectedProgress(start, end, start) == 0);
    CHECK(*expectedProgress(start, end, date(2025, 6, 1)) == 0);
    CHECK(*expectedProgress(start, end, end) == 1);
    CHECK(*expectedProgress(start, end, date(2027, 6, 1)) == 1);
    CHECK_FALSE(expectedProgress(QDate(), end, start).has_value());
    CHECK_FALSE(expectedProgress(end, start, start).has_value());
}

TEST_CASE("Initiative health on fixed dates", "[scoring][initiative]")
{
    // 100 days from 2026-01-01 to 2026-04-11 (31 + 28 + 31 + 10).
    // 2026-02-20 is 31 + 19 = 50 days in: expected progress 50 / 100 = 0.5.
    const QDate start = date(2026, 1, 1);
    const QDate end = date(2026, 4, 11);
    const QDate midway = date(2026, 2, 20);
    auto at = [&](double progress, QDate asOf, InitiativeStatus status = InitiativeStatus::Active) {
        return initiativeScore(initiative(u"i"_s, progress, start, end, status), asOf, Bands{});
    };

    SECTION("on track: 0.48 / 0.5 = 0.96 >= 0.95")
    {
        const InitiativeScore s = at(0.48, midway);
        CHECK(s.health == Health::OnTrack);
        CHECK(*s.expectedProgress == Approx(0.5).margin(kEps));
        CHECK(*s.healthRatio == Approx(0.96).margin(kEps));
        // The score itself is 100 * progress, banded like any score: 48 is red.
        CHECK(*s.value == Approx(48).margin(kEps));
        CHECK(s.status == Status::Red);
        CHECK(s.method == Method::Progress);
    }
    SECTION("exactly 95% of plan is on track: 0.475 / 0.5")
    {
        CHECK(at(0.475, midway).health == Health::OnTrack);
    }
    SECTION("behind: 0.45 / 0.5 = 0.9")
    {
        CHECK(at(0.45, midway).health == Health::Behind);
    }
    SECTION("exactly 85% of plan is behind: 0.425 / 0.5")
    {
        CHECK(at(0.425, midway).health == Health::Behind);
    }
    SECTION("at risk: 0.4 / 0.5 = 0.8")
    {
        const InitiativeScore s = at(0.4, midway);
        CHECK(s.health == Health::AtRisk);
        CHECK(*s.healthRatio == Approx(0.8).margin(kEps));
        CHECK(s.explanation.contains(QStringLiteral("at risk")));
    }
    SECTION("not started before the start date")
    {
        const InitiativeScore s = at(0.0, date(2025, 12, 31));
        CHECK(s.health == Health::NotStarted);
        CHECK(*s.expectedProgress == 0);
    }
    SECTION("on its start date, nothing is expected yet: on track")
    {
        const InitiativeScore s = at(0.0, start);
        CHECK(s.health == Health::OnTrack);
        CHECK(*s.expectedProgress == 0);
        CHECK_FALSE(s.healthRatio.has_value());
    }
    SECTION("on its end date, complete is on track")
    {
        const InitiativeScore s = at(1.0, end);
        CHECK(s.health == Health::OnTrack);
        CHECK(*s.healthRatio == Approx(1).margin(kEps));
    }
    SECTION("overdue after the end date and not done")
    {
        CHECK(at(0.9, date(2026, 4, 12)).health == Health::Overdue);
        CHECK(at(1.0, date(2026, 4, 12), InitiativeStatus::OnHold).health == Health::Overdue);
    }
    SECTION("done, whatever the dates")
    {
        CHECK(at(1.0, date(2026, 4, 12), InitiativeStatus::Done).health == Health::Done);
        const InitiativeScore early = at(0.7, midway, InitiativeStatus::Done);
        CHECK(early.health == Health::Done);
        CHECK(*early.value == Approx(70).margin(kEps)); // the score stays 100 * progress
    }
    SECTION("cancelled")
    {
        CHECK(at(0.2, midway, InitiativeStatus::Cancelled).health == Health::Cancelled);
    }
    SECTION("unknown without dates or with the end before the start")
    {
        const InitiativeScore noStart =
            initiativeScore(initiative(u"i"_s, 0.5, QDate(), end), midway, Bands{});
        CHECK(noStart.health == Health::Unknown);
        CHECK_FALSE(noStart.expectedProgress.has_value());
        CHECK(*noStart.value == Approx(50).margin(kEps)); // still scored
        const InitiativeScore reversed =
            initiativeScore(initiative(u"i"_s, 0.5, end, start), midway, Bands{});
        CHECK(reversed.health == Health::Unknown);
    }
}

TEST_CASE("Initiative progress outside 0..1 is clamped", "[scoring][initiative]")
{
    const QDate d = date(2026, 1, 1);
    CHECK(*initiativeScore(initiative(u"i"_s, 1.3, d, d.addDays(10)), d, Bands{}).value ==
          Approx(100).margin(kEps));
    CHECK(*initiativeScore(initiative(u"i"_s, -0.2, d, d.addDays(10)), d, Bands{}).value ==
          Approx(0).margin(kEps));
    CHECK(initiativeScore(initiative(u"i"_s, 0.95, d, d.addDays(10)), d, Bands{}).status ==
          Status::Green); // 95 >= 90
}
