// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scorecard at the engine's design size, for benchmarks:
// built in code, no file involved.
#include "scoring_fixtures.h"

namespace scorecard::scoringtest {

using namespace Qt::StringLiterals;

/**
 * 2,000 objectives (a cascade: half have a parent), 10,000 monthly KPIs with
 * 120 measurements each (1.2 million), 500 OKRs, 500 initiatives.
 */
inline Scorecard largeFixture()
{
    Scorecard sc;
    for (int p = 0; p < 4; ++p)
        sc.perspectives.push_back(perspective(u"p%1"_s.arg(p), p));
    for (int p = 0; p < 6; ++p)
        sc.pillars.push_back(pillar(u"pl%1"_s.arg(p)));
    for (int d = 0; d < 25; ++d)
        sc.departments.push_back(department(u"d%1"_s.arg(d)));

    constexpr int objectives = 2000;
    for (int n = 0; n < objectives; ++n) {
        Objective o = objective(u"o%1"_s.arg(n), u"p%1"_s.arg(n % 4), 1 + n % 3,
                                n >= objectives / 2 ? u"o%1"_s.arg(n - objectives / 2) : QString());
        o.pillar = PillarId(u"pl%1"_s.arg(n % 6));
        o.department = DepartmentId(u"d%1"_s.arg(n % 25));
        sc.objectives.push_back(std::move(o));
    }

    Period first = period(u"2016-04");
    std::vector<Period> months;
    for (int m = 0; m < 120; ++m, first = first.next())
        months.push_back(first);
    sc.kpis.reserve(10000);
    for (int k = 0; k < 10000; ++k) {
        Kpi kpi = scoringtest::kpi(u"k%1"_s.arg(k), u"o%1"_s.arg(k % objectives), 1 + k % 2);
        kpi.measurements.reserve(months.size());
        for (size_t m = 0; m < months.size(); ++m)
            kpi.measurements.push_back({months[m], double((k * 7 + int(m) * 13) % 100), {}});
        sc.kpis.push_back(std::move(kpi));
    }
    for (int i = 0; i < 500; ++i) {
        sc.okrs.push_back(okr(u"r%1"_s.arg(i), u"o%1"_s.arg(i * 4),
                              {keyResult(u"a"_s, 0, 10, i % 11), keyResult(u"b"_s, 0, 5, 2)}));
        Initiative init =
            initiative(u"i%1"_s.arg(i), (i % 10) / 10.0, date(2026, 1, 1), date(2026, 12, 31));
        init.contributions = {{ObjectiveId(u"o%1"_s.arg(i * 3)), 1}};
        sc.initiatives.push_back(std::move(init));
    }
    return sc;
}

} // namespace scorecard::scoringtest
