// SPDX-License-Identifier: GPL-3.0-or-later
// Engine-wide behaviour: trends, incremental updates, and a size check.
#include "scoring/engine.h"

#include "scoring_fixtures.h"

#include <chrono>

using namespace scorecard;
using namespace scorecard::scoring;
using namespace scorecard::scoringtest;
using namespace Qt::StringLiterals;

namespace {

constexpr double kEps = 1e-9;

/** Compares two result sets entity by entity, so that a failure names the entity. */
void checkSameResults(const Results &actual, const Results &expected)
{
    auto compare = [](const char *what, const auto &a, const auto &b) {
        INFO(what);
        CHECK(a.size() == b.size());
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            INFO(it.key().toStdString());
            REQUIRE(a.contains(it.key()));
            CHECK(a.value(it.key()) == it.value());
        }
    };
    compare("kpis", actual.kpis, expected.kpis);
    compare("okrs", actual.okrs, expected.okrs);
    compare("initiatives", actual.initiatives, expected.initiatives);
    compare("objectives", actual.objectives, expected.objectives);
    compare("perspectives", actual.perspectives, expected.perspectives);
    compare("pillars", actual.pillars, expected.pillars);
    compare("departments", actual.departments, expected.departments);
    compare("previous kpis", actual.previous.kpis, expected.previous.kpis);
    compare("previous objectives", actual.previous.objectives, expected.previous.objectives);
    compare("previous perspectives", actual.previous.perspectives, expected.previous.perspectives);
    CHECK(actual.company == expected.company);
    CHECK(actual.previous.company == expected.previous.company);
    CHECK(actual == expected);
}

/**
 * A mid-sized scorecard with every kind of link: 40 objectives in a binary
 * cascade (objective n's parent is n / 2), a parent cycle, three KPIs per
 * objective (monthly and quarterly), OKRs and initiatives.
 */
Scorecard cascadeFixture()
{
    Scorecard sc;
    const QString perspectives[] = {u"fin"_s, u"cus"_s, u"int"_s};
    for (int p = 0; p < 3; ++p)
        sc.perspectives.push_back(perspective(perspectives[p], p));
    sc.pillars = {pillar(u"pl0"_s), pillar(u"pl1"_s)};
    sc.departments = {department(u"d0"_s), department(u"d1"_s), department(u"d2"_s)};

    auto oid = [](int n) { return u"o%1"_s.arg(n); };
    for (int n = 1; n <= 40; ++n) {
        Objective o =
            objective(oid(n), perspectives[n % 3], 1 + n % 4, n > 1 ? oid(n / 2) : QString());
        o.pillar = PillarId(n % 5 == 0 ? QString() : u"pl%1"_s.arg(n % 2));
        o.department = DepartmentId(u"d%1"_s.arg(n % 3));
        sc.objectives.push_back(o);
    }
    sc.objectives.push_back(objective(u"cx"_s, u"fin"_s, 1, u"cy"_s));
    sc.objectives.push_back(objective(u"cy"_s, u"cus"_s, 2, u"cx"_s));

    int serial = 0;
    for (const Objective &o : sc.objectives) {
        for (int j = 0; j < 3; ++j, ++serial) {
            Kpi k = kpi(u"k%1"_s.arg(serial), o.id.value, 1 + serial % 3);
            if (serial % 4 == 0) {
                k.frequency = Frequency::Quarterly;
                addValue(k, u"2025-Q4", 20 + serial % 50);
                addValue(k, u"2026-Q1", 30 + serial % 60);
            } else if (serial % 7 != 3) { // every seventh-ish KPI has no data
                addValue(k, u"2026-01", 10 + serial % 80);
                addValue(k, u"2026-02", 15 + serial % 85);
                addValue(k, u"2026-03", 25 + serial % 70);
            }
            sc.kpis.push_back(k);
        }
    }
    sc.okrs.push_back(okr(u"r1"_s, u"o3"_s, {keyResult(u"kr"_s, 0, 4, 3)}));
    Initiative i = initiative(u"i1"_s, 0.4, date(2026, 1, 1), date(2026, 6, 30));
    i.contributions = {{ObjectiveId(u"o6"_s), 2}, {ObjectiveId(u"cx"_s), 1}};
    sc.initiatives.push_back(i);
    return sc;
}

} // namespace

TEST_CASE("KPI trends compare with the end of the previous period", "[scoring][engine][trend]")
{
    Scorecard sc;
    sc.perspectives = {perspective(u"p"_s)};
    sc.objectives = {objective(u"a"_s, u"p"_s)};
    Kpi monthly = kpi(u"m"_s, u"a"_s);
    addValue(monthly, u"2026-02", 50);
    addValue(monthly, u"2026-03", 85);
    Kpi fresh = kpi(u"new"_s, u"a"_s);
    addValue(fresh, u"2026-03", 50);
    Kpi quarterly = kpi(u"q"_s, u"a"_s, 2);
    quarterly.frequency = Frequency::Quarterly;
    addValue(quarterly, u"2025-Q4", 40);
    addValue(quarterly, u"2026-Q1", 60);
    sc.kpis = {monthly, fresh, quarterly};

    const Results r = Engine(sc).compute(date(2026, 3, 20));
    // monthly: 85 now, 50 at 2026-02-28: +35
    CHECK(*r.kpis[u"m"_s].trend == Approx(35).margin(kEps));
    // no value at 2026-02-28: no trend
    CHECK_FALSE(r.kpis[u"new"_s].trend.has_value());
    // quarterly: 60 now (2026-Q1), 40 at the end of 2025-Q4: +20
    CHECK(*r.kpis[u"q"_s].trend == Approx(20).margin(kEps));
}

TEST_CASE("Roll-up trends compare with the end of the previous month", "[scoring][engine][trend]")
{
    Scorecard sc;
    sc.perspectives = {perspective(u"p"_s), perspective(u"empty"_s)};
    sc.objectives = {objective(u"a"_s, u"p"_s), objective(u"b"_s, u"p"_s, 0)};
    Kpi monthly = kpi(u"m"_s, u"a"_s);
    addValue(monthly, u"2026-02", 50);
    addValue(monthly, u"2026-03", 85);
    Kpi fresh = kpi(u"new"_s, u"a"_s);
    addValue(fresh, u"2026-03", 50);
    Kpi quarterly = kpi(u"q"_s, u"a"_s, 2);
    quarterly.frequency = Frequency::Quarterly;
    addValue(quarterly, u"2025-Q4", 40);
    addValue(quarterly, u"2026-Q1", 60);
    sc.kpis = {monthly, fresh, quarterly};

    const Engine engine(sc);
    const QDate asOf = date(2026, 3, 20);
    CHECK(Engine::previousMonthEnd(asOf) == date(2026, 2, 28));
    CHECK(Engine::previousMonthEnd(date(2026, 1, 1)) == date(2025, 12, 31));
    const Results r = engine.compute(asOf);
    CHECK(r.previous.asOf == date(2026, 2, 28));

    // Now: m 85, new 50, q 60 (weight 2): (85 + 50 + 120) / 4 = 63.75
    // At 2026-02-28: m 50, new missing, q 60 (2026-Q1 started on 2026-01-01): (50 + 120) / 3
    const Score &a = r.objectives[u"a"_s];
    CHECK(*a.value == Approx(63.75).margin(kEps));
    CHECK(*r.previous.objectives[u"a"_s] == Approx(170.0 / 3).margin(kEps));
    CHECK(*a.trend == Approx(63.75 - 170.0 / 3).margin(kEps));
    // The quarterly KPI's value at the previous month's end feeds that side.
    CHECK(*r.previous.kpis[u"q"_s] == Approx(60).margin(kEps));

    // b has no inputs: no score either side, no trend.
    CHECK_FALSE(r.objectives[u"b"_s].trend.has_value());
    // p: a alone (b weighs 0), so the same trend; the company has p only.
    CHECK(*r.perspectives[u"p"_s].trend == Approx(63.75 - 170.0 / 3).margin(kEps));
    CHECK(*r.company.trend == Approx(63.75 - 170.0 / 3).margin(kEps));
    CHECK_FALSE(r.perspectives[u"empty"_s].trend.has_value());
}

TEST_CASE("updateKpi gives the same results as a full recompute", "[scoring][engine][incremental]")
{
    Scorecard sc = cascadeFixture();
    const Engine engine(sc);
    const QDate asOf = date(2026, 3, 31);
    Results results = engine.compute(asOf);

    auto kpiAt = [&sc](const QString &id) -> Kpi & {
        for (Kpi &k : sc.kpis) {
            if (k.id.value == id)
                return k;
        }
        FAIL("no KPI " << id.toStdString());
        return sc.kpis.front();
    };

    SECTION("a value changes deep in the cascade")
    {
        // k102 belongs to objective index 102 / 3 = 34, o35: o35 -> o17 -> o8 -> o4 -> o2 -> o1
        Kpi &k = kpiAt(u"k102"_s);
        REQUIRE(k.objective.value == u"o35"_s);
        REQUIRE(k.measurements.size() == 3);
        k.measurements.back().value = 99;
        const Results before = results;
        engine.updateKpi(results, k.id);
        const Results fresh = engine.compute(asOf);
        checkSameResults(results, fresh);
        // Not vacuous: the change reached the KPI, the top of the cascade and the company.
        CHECK(results.kpis[u"k102"_s] != before.kpis[u"k102"_s]);
        CHECK(results.objectives[u"o1"_s].value != before.objectives[u"o1"_s].value);
        CHECK(results.company.value != before.company.value);
    }
    SECTION("a value for the previous month changes the trends")
    {
        Kpi &k = kpiAt(u"k105"_s);
        REQUIRE(k.measurements.size() == 3);
        k.measurements[1].value = 1; // 2026-02
        const Results before = results;
        engine.updateKpi(results, k.id);
        checkSameResults(results, engine.compute(asOf));
        CHECK(results.kpis[u"k105"_s].trend != before.kpis[u"k105"_s].trend);
        CHECK(results.objectives[k.objective.value].trend !=
              before.objectives[k.objective.value].trend);
        CHECK(results.objectives[k.objective.value].value ==
              before.objectives[k.objective.value].value);
    }
    SECTION("a KPI without data gets its first value")
    {
        Kpi &k = kpiAt(u"k3"_s);
        REQUIRE(k.measurements.empty());
        addValue(k, u"2026-03", 64);
        const Results before = results;
        engine.updateKpi(results, k.id);
        checkSameResults(results, engine.compute(asOf));
        CHECK(results.objectives[k.objective.value].missing ==
              before.objectives[k.objective.value].missing - 1);
    }
    SECTION("a quarterly KPI loses its values")
    {
        Kpi &k = kpiAt(u"k8"_s);
        REQUIRE(k.frequency == Frequency::Quarterly);
        k.measurements.clear();
        engine.updateKpi(results, k.id);
        checkSameResults(results, engine.compute(asOf));
        CHECK(results.kpis[u"k8"_s].status == Status::NoData);
    }
    SECTION("KPIs in the parent cycle")
    {
        for (const QString &id : {u"k120"_s, u"k123"_s}) { // on cx, then on cy
            Kpi &k = kpiAt(id);
            REQUIRE(!k.measurements.empty());
            k.measurements.back().value += 17;
            const Results before = results;
            engine.updateKpi(results, k.id);
            checkSameResults(results, engine.compute(asOf));
            CHECK(results.kpis[id] != before.kpis[id]);
        }
    }
    SECTION("several updates in a row, and an unknown id")
    {
        const Results before = results;
        for (size_t n = 0; n < sc.kpis.size(); n += 11) {
            Kpi &k = sc.kpis[n];
            if (k.measurements.empty())
                addValue(k, u"2026-03", 50);
            else
                k.measurements.back().value += 5;
            engine.updateKpi(results, k.id);
        }
        engine.updateKpi(results, KpiId(u"nope"_s));
        checkSameResults(results, engine.compute(asOf));
        CHECK(results.company.value != before.company.value);
    }
}
