// SPDX-License-Identifier: GPL-3.0-or-later
// Weighted means and the engine's roll-ups: objectives, cascades, perspectives,
// pillars, departments and the company.
#include "scoring/engine.h"
#include "scoring/rollup.h"

#include "scoring_fixtures.h"

using namespace scorecard;
using namespace scorecard::scoring;
using namespace scorecard::scoringtest;
using namespace Qt::StringLiterals;

namespace {

constexpr double kEps = 1e-9;

Contributor input(const QString &id, std::optional<double> score, double weight,
                  Exclusion excluded = Exclusion::None)
{
    return {InputKind::Kpi, id, score, weight, excluded};
}

/**
 * At 2026-03-31, scores worked out by hand:
 *   k1 80, k2 60, k3 90, k4 70, k5 no data, k6 10 (unaligned)
 *   r1: one key result 0 -> 10 at 5: 50
 *   i1: progress 0.3: 30; i2 cancelled at 0.9: 90, left out
 *   o3 (parent o1): k3 = 90
 *   o1: k1 80 w1, k2 60 w3, r1 50 w1, i1 30 w2, o3 90 w1 -> 460 / 8 = 57.5
 *   o2: k4 70 w1, k5 missing -> 70, partial, 1 missing
 */
Scorecard companyFixture()
{
    Scorecard sc;
    sc.perspectives = {perspective(u"fin"_s, 0), perspective(u"cus"_s, 1),
                       perspective(u"int"_s, 2)};
    sc.pillars = {pillar(u"growth"_s)};
    sc.departments = {department(u"sales"_s), department(u"ops"_s)};

    Objective o1 = objective(u"o1"_s, u"fin"_s, 2);
    o1.pillar = PillarId(u"growth"_s);
    o1.department = DepartmentId(u"sales"_s);
    Objective o2 = objective(u"o2"_s, u"cus"_s, 1);
    o2.pillar = PillarId(u"growth"_s);
    o2.department = DepartmentId(u"sales"_s);
    Objective o3 = objective(u"o3"_s, u"fin"_s, 1, u"o1"_s);
    o3.department = DepartmentId(u"ops"_s);
    sc.objectives = {o1, o2, o3};

    Kpi k1 = kpi(u"k1"_s, u"o1"_s, 1);
    addValue(k1, u"2026-03", 80);
    Kpi k2 = kpi(u"k2"_s, u"o1"_s, 3);
    addValue(k2, u"2026-03", 60);
    Kpi k3 = kpi(u"k3"_s, u"o3"_s, 1);
    addValue(k3, u"2026-03", 90);
    Kpi k4 = kpi(u"k4"_s, u"o2"_s, 1);
    addValue(k4, u"2026-03", 70);
    Kpi k5 = kpi(u"k5"_s, u"o2"_s, 1);
    Kpi k6 = kpi(u"k6"_s);
    addValue(k6, u"2026-03", 10);
    sc.kpis = {k1, k2, k3, k4, k5, k6};

    sc.okrs = {okr(u"r1"_s, u"o1"_s, {keyResult(u"kr"_s, 0, 10, 5)})};

    Initiative i1 = initiative(u"i1"_s, 0.3, date(2026, 1, 1), date(2026, 12, 31));
    i1.contributions = {{ObjectiveId(u"o1"_s), 2}};
    Initiative i2 =
        initiative(u"i2"_s, 0.9, date(2026, 1, 1), date(2026, 12, 31), InitiativeStatus::Cancelled);
    i2.contributions = {{ObjectiveId(u"o1"_s), 5}};
    sc.initiatives = {i1, i2};
    return sc;
}

} // namespace

TEST_CASE("Weighted mean of inputs", "[scoring][rollup]")
{
    // (3 * 80 + 1 * 40) / (3 + 1) = 280 / 4 = 70
    Score s = weightedMean({input(u"a"_s, 80, 3), input(u"b"_s, 40, 1)}, Bands{});
    CHECK(*s.value == Approx(70).margin(kEps));
    CHECK(s.status == Status::Amber);
    CHECK_FALSE(s.partial);
    CHECK(s.missing == 0);
    CHECK(s.method == Method::WeightedMean);

    // Weights are relative: the same ratio 3 : 1 gives the same 70.
    s = weightedMean({input(u"a"_s, 80, 0.75), input(u"b"_s, 40, 0.25)}, Bands{});
    CHECK(*s.value == Approx(70).margin(kEps));
}

TEST_CASE("Inputs without data are left out and make the parent partial", "[scoring][rollup]")
{
    const Score s = weightedMean({input(u"a"_s, 80, 3), input(u"b"_s, 40, 1),
                                  input(u"c"_s, std::nullopt, 2), input(u"d"_s, std::nullopt, 1)},
                                 Bands{});
    CHECK(*s.value == Approx(70).margin(kEps)); // still 280 / 4
    CHECK(s.partial);
    CHECK(s.missing == 2);
    CHECK(s.inputs.at(2).excluded == Exclusion::NoData);
    CHECK(s.inputs.at(3).excluded == Exclusion::NoData);
    CHECK(s.inputs.at(0).counted());
}

TEST_CASE("Zero-weight inputs are shown but neither counted nor missing", "[scoring][rollup]")
{
    const Score s = weightedMean({input(u"a"_s, 80, 3), input(u"b"_s, 40, 1), input(u"z"_s, 0, 0),
                                  input(u"n"_s, std::nullopt, 0), input(u"neg"_s, 0, -2)},
                                 Bands{});
    CHECK(*s.value == Approx(70).margin(kEps)); // 280 / 4: the 0 scores did not drag it down
    CHECK_FALSE(s.partial);
    CHECK(s.missing == 0);
    REQUIRE(s.inputs.size() == 5);
    CHECK(s.inputs[2].excluded == Exclusion::ZeroWeight);
    CHECK(*s.inputs[2].score == 0); // shown with its score
    CHECK(s.inputs[3].excluded == Exclusion::ZeroWeight);
    CHECK(s.inputs[4].excluded == Exclusion::ZeroWeight); // negative weights count as zero
}

TEST_CASE("No counted input means no data, never 0", "[scoring][rollup]")
{
    SECTION("all scored inputs have weight 0")
    {
        const Score s = weightedMean({input(u"a"_s, 80, 0), input(u"b"_s, 20, 0)}, Bands{});
        CHECK_FALSE(s.value.has_value());
        CHECK(s.status == Status::NoData);
        CHECK(s.missing == 0);
        CHECK(s.explanation.contains(u"zero weight"_s));
    }
    SECTION("no input has a score")
    {
        const Score s =
            weightedMean({input(u"a"_s, std::nullopt, 1), input(u"b"_s, std::nullopt, 2)}, Bands{});
        CHECK_FALSE(s.value.has_value());
        CHECK(s.status == Status::NoData);
        CHECK(s.missing == 2);
        CHECK_FALSE(s.partial); // nothing is partially scored
    }
    SECTION("no inputs at all")
    {
        const Score s = weightedMean({}, Bands{});
        CHECK_FALSE(s.value.has_value());
        CHECK(s.status == Status::NoData);
        CHECK(s.missing == 0);
    }
}

TEST_CASE("Cancelled and cycle inputs", "[scoring][rollup]")
{
    const Score s = weightedMean({input(u"a"_s, 50, 1), input(u"c"_s, 100, 4, Exclusion::Cancelled),
                                  input(u"y"_s, 100, 1, Exclusion::Cycle)},
                                 Bands{});
    CHECK(*s.value == Approx(50).margin(kEps)); // only a counts
    CHECK(s.missing == 1);                      // the cycle counts as missing, cancelled does not
    CHECK(s.partial);
    CHECK(s.inputs[1].excluded == Exclusion::Cancelled);
    CHECK(s.inputs[2].excluded == Exclusion::Cycle);
}

TEST_CASE("Objectives roll up KPIs, OKRs, initiatives and child objectives", "[scoring][engine]")
{
    const Scorecard sc = companyFixture();
    const Results r = Engine(sc).compute(date(2026, 3, 31));
    CHECK(r.asOf == date(2026, 3, 31));

    CHECK(*r.kpis[u"k1"_s].value == Approx(80).margin(kEps));
    CHECK(r.kpis[u"k5"_s].status == Status::NoData);
    CHECK(*r.kpis[u"k6"_s].value == Approx(10).margin(kEps)); // unaligned KPIs are scored too
    CHECK(*r.okrs[u"r1"_s].value == Approx(50).margin(kEps));
    CHECK(*r.initiatives[u"i1"_s].value == Approx(30).margin(kEps));

    const Score &o3 = r.objectives[u"o3"_s];
    CHECK(*o3.value == Approx(90).margin(kEps));
    CHECK(o3.status == Status::Green);

    // (1*80 + 3*60 + 1*50 + 2*30 + 1*90) / (1 + 3 + 1 + 2 + 1) = 460 / 8 = 57.5
    const Score &o1 = r.objectives[u"o1"_s];
    CHECK(*o1.value == Approx(57.5).margin(kEps));
    CHECK(o1.status == Status::Red);
    CHECK_FALSE(o1.partial);
    CHECK(o1.missing == 0);

    // k4 70 alone; k5 has no data
    const Score &o2 = r.objectives[u"o2"_s];
    CHECK(*o2.value == Approx(70).margin(kEps));
    CHECK(o2.status == Status::Amber);
    CHECK(o2.partial);
    CHECK(o2.missing == 1);
}

TEST_CASE("A roll-up lists every input with score, weight and exclusion",
          "[scoring][engine][explain]")
{
    const Scorecard sc = companyFixture();
    const Results r = Engine(sc).compute(date(2026, 3, 31));
    const Score &o1 = r.objectives[u"o1"_s];

    // KPIs, OKRs, initiatives, then child objectives, each in snapshot order.
    REQUIRE(o1.inputs.size() == 6);
    CHECK(o1.inputs[0].kind == InputKind::Kpi);
    CHECK(o1.inputs[0].id == u"k1"_s);
    CHECK(o1.inputs[1].id == u"k2"_s);
    CHECK(o1.inputs[1].weight == 3);
    CHECK(*o1.inputs[1].score == Approx(60).margin(kEps));
    CHECK(o1.inputs[2].kind == InputKind::Okr);
    CHECK(o1.inputs[3].kind == InputKind::Initiative);
    CHECK(o1.inputs[3].weight == 2); // the contribution's weight
    CHECK(o1.inputs[4].kind == InputKind::Initiative);
    CHECK(o1.inputs[4].id == u"i2"_s);
    CHECK(o1.inputs[5].kind == InputKind::Objective);
    CHECK(o1.inputs[5].id == u"o3"_s);

    // The cancelled initiative is shown with its score, left out, and not missing.
    const Contributor &i2 = inputOf(o1, InputKind::Initiative, u"i2"_s);
    CHECK(i2.excluded == Exclusion::Cancelled);
    CHECK(*i2.score == Approx(90).margin(kEps));
    CHECK(i2.weight == 5);
    CHECK(r.initiatives[u"i2"_s].health == Health::Cancelled);

    const Score &o2 = r.objectives[u"o2"_s];
    const Contributor &k5 = inputOf(o2, InputKind::Kpi, u"k5"_s);
    CHECK(k5.excluded == Exclusion::NoData);
    CHECK_FALSE(k5.score.has_value());
    CHECK(o2.explanation.contains(u"Without data: 1"_s));
}

TEST_CASE("Perspectives, pillars, departments and the company", "[scoring][engine]")
{
    const Scorecard sc = companyFixture();
    const Results r = Engine(sc).compute(date(2026, 3, 31));

    // fin: o1 57.5 (weight 2), o3 90 (weight 1): (115 + 90) / 3 = 68.333...
    const Score &fin = r.perspectives[u"fin"_s];
    CHECK(*fin.value == Approx(205.0 / 3).margin(kEps));
    CHECK(fin.status == Status::Amber);
    CHECK(inputOf(fin, InputKind::Objective, u"o1"_s).weight == 2);

    CHECK(*r.perspectives[u"cus"_s].value == Approx(70).margin(kEps));
    // A perspective without objectives has no data (not 0).
    CHECK_FALSE(r.perspectives[u"int"_s].value.has_value());
    CHECK(r.perspectives[u"int"_s].status == Status::NoData);

    // Company: perspectives weigh 1 each whatever their objectives weigh; int is missing.
    // (68.333... + 70) / 2 = 69.1666...
    CHECK(*r.company.value == Approx((205.0 / 3 + 70) / 2).margin(kEps));
    CHECK(r.company.status == Status::Amber);
    CHECK(r.company.partial);
    CHECK(r.company.missing == 1);
    REQUIRE(r.company.inputs.size() == 3);
    CHECK(r.company.inputs[0].kind == InputKind::Perspective);
    CHECK(r.company.inputs[0].weight == 1);
    CHECK(r.company.inputs[2].excluded == Exclusion::NoData);

    // Pillar growth: o1 (2) and o2 (1): (115 + 70) / 3 = 61.666...
    CHECK(*r.pillars[u"growth"_s].value == Approx(185.0 / 3).margin(kEps));
    // Department sales holds o1 and o2 as well; ops holds o3 only.
    CHECK(*r.departments[u"sales"_s].value == Approx(185.0 / 3).margin(kEps));
    CHECK(*r.departments[u"ops"_s].value == Approx(90).margin(kEps));
    CHECK(r.departments[u"ops"_s].status == Status::Green);
}

TEST_CASE("Objective status uses the scorecard's bands", "[scoring][engine]")
{
    Scorecard sc = companyFixture();
    sc.info.bands = Bands{55, 40};
    const Results r = Engine(sc).compute(date(2026, 3, 31));
    CHECK(r.objectives[u"o1"_s].status == Status::Green); // 57.5 >= 55
    CHECK(r.objectives[u"o1"_s].bands == Bands{55, 40});
    CHECK(r.kpis[u"k6"_s].status == Status::Red); // 10 < 40
}

TEST_CASE("Zero weights inside the engine", "[scoring][engine]")
{
    Scorecard sc;
    sc.perspectives = {perspective(u"p"_s)};
    sc.objectives = {objective(u"a"_s, u"p"_s, 1), objective(u"b"_s, u"p"_s, 1)};
    Kpi k1 = kpi(u"k1"_s, u"a"_s, 1);
    addValue(k1, u"2026-03", 80);
    Kpi k2 = kpi(u"k2"_s, u"a"_s, 0); // zero weight
    addValue(k2, u"2026-03", 0);
    Kpi k3 = kpi(u"k3"_s, u"b"_s, 0); // b's only KPI has zero weight
    addValue(k3, u"2026-03", 100);
    sc.kpis = {k1, k2, k3};
    const Results r = Engine(sc).compute(date(2026, 3, 31));

    const Score &a = r.objectives[u"a"_s];
    CHECK(*a.value == Approx(80).margin(kEps)); // k2's 0 does not count
    CHECK_FALSE(a.partial);
    CHECK(inputOf(a, InputKind::Kpi, u"k2"_s).excluded == Exclusion::ZeroWeight);

    const Score &b = r.objectives[u"b"_s];
    CHECK_FALSE(b.value.has_value()); // all scored children weigh 0: no data
    CHECK(b.status == Status::NoData);

    // The perspective counts a (80) and misses b.
    const Score &p = r.perspectives[u"p"_s];
    CHECK(*p.value == Approx(80).margin(kEps));
    CHECK(p.partial);
    CHECK(p.missing == 1);
}

TEST_CASE("Cascading objectives are evaluated children first", "[scoring][engine][cascade]")
{
    // Snapshot order puts parents first: top <- middle <- leaf.
    Scorecard sc;
    sc.perspectives = {perspective(u"p"_s)};
    sc.objectives = {objective(u"top"_s, u"p"_s), objective(u"middle"_s, u"p"_s, 1, u"top"_s),
                     objective(u"leaf"_s, u"p"_s, 3, u"middle"_s)};
    Kpi leafKpi = kpi(u"kl"_s, u"leaf"_s);
    addValue(leafKpi, u"2026-03", 40);
    Kpi middleKpi = kpi(u"km"_s, u"middle"_s);
    addValue(middleKpi, u"2026-03", 80);
    sc.kpis = {leafKpi, middleKpi};
    const Results r = Engine(sc).compute(date(2026, 3, 31));

    CHECK(*r.objectives[u"leaf"_s].value == Approx(40).margin(kEps));
    // middle: km 80 (weight 1), leaf 40 (weight 3): (80 + 120) / 4 = 50
    CHECK(*r.objectives[u"middle"_s].value == Approx(50).margin(kEps));
    // top: middle alone: 50
    CHECK(*r.objectives[u"top"_s].value == Approx(50).margin(kEps));
    CHECK(inputOf(r.objectives[u"top"_s], InputKind::Objective, u"middle"_s).weight == 1);
    // The perspective holds all three: (50 + 50 + 3 * 40) / 5 = 44
    CHECK(*r.perspectives[u"p"_s].value == Approx(44).margin(kEps));
}

TEST_CASE("A cycle in parent links is broken, not followed forever", "[scoring][engine][cascade]")
{
    // x.parent = y and y.parent = x; z is its own parent.
    Scorecard sc;
    sc.perspectives = {perspective(u"p"_s)};
    sc.objectives = {objective(u"x"_s, u"p"_s, 1, u"y"_s), objective(u"y"_s, u"p"_s, 1, u"x"_s),
                     objective(u"z"_s, u"p"_s, 1, u"z"_s)};
    Kpi kx = kpi(u"kx"_s, u"x"_s);
    addValue(kx, u"2026-03", 80);
    Kpi ky = kpi(u"ky"_s, u"y"_s);
    addValue(ky, u"2026-03", 40);
    Kpi kz = kpi(u"kz"_s, u"z"_s);
    addValue(kz, u"2026-03", 70);
    sc.kpis = {kx, ky, kz};
    const Engine engine(sc);
    const Results r = engine.compute(date(2026, 3, 31));

    // Evaluation starts at x (first in the snapshot) and descends to its child y;
    // y's child x is then on the stack: y counts x as no data (cycle).
    const Score &y = r.objectives[u"y"_s];
    CHECK(*y.value == Approx(40).margin(kEps));
    CHECK(y.partial);
    CHECK(y.missing == 1);
    CHECK(inputOf(y, InputKind::Objective, u"x"_s).excluded == Exclusion::Cycle);
    // x counts y: (80 + 40) / 2 = 60
    const Score &x = r.objectives[u"x"_s];
    CHECK(*x.value == Approx(60).margin(kEps));
    CHECK_FALSE(x.partial);
    CHECK(inputOf(x, InputKind::Objective, u"y"_s).counted());

    // z is its own child: kz 70, itself missing.
    const Score &z = r.objectives[u"z"_s];
    CHECK(*z.value == Approx(70).margin(kEps));
    CHECK(z.missing == 1);
    CHECK(inputOf(z, InputKind::Objective, u"z"_s).excluded == Exclusion::Cycle);
}
