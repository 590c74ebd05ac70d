// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/period.h"

#include <catch2/catch.hpp>

using namespace scorecard;

TEST_CASE("Periods parse and print in canonical form", "[period]")
{
    auto w = Period::parse(u"2026-W07", Frequency::Weekly);
    REQUIRE(w.ok());
    CHECK(w->toString() == QStringLiteral("2026-W07"));
    CHECK(w->startDate() == QDate(2026, 2, 9));
    CHECK(w->endDate() == QDate(2026, 2, 15));

    auto m = Period::parse(u"2026-3", Frequency::Monthly);
    REQUIRE(m.ok());
    CHECK(m->toString() == QStringLiteral("2026-03"));
    CHECK(m->endDate() == QDate(2026, 3, 31));

    auto q = Period::parse(u"2026-Q1", Frequency::Quarterly);
    REQUIRE(q.ok());
    CHECK(q->startDate() == QDate(2026, 1, 1));
    CHECK(q->endDate() == QDate(2026, 3, 31));

    auto y = Period::parse(u"2026", Frequency::Yearly);
    REQUIRE(y.ok());
    CHECK(y->endDate() == QDate(2026, 12, 31));
}

TEST_CASE("ISO dates map to the period of the frequency", "[period]")
{
    CHECK(Period::parse(u"2026-03-15", Frequency::Monthly)->toString() ==
          QStringLiteral("2026-03"));
    CHECK(Period::parse(u"2026-05-15", Frequency::Quarterly)->toString() ==
          QStringLiteral("2026-Q2"));
    // 1 January 2027 is a Friday: it belongs to ISO week 53 of 2026.
    CHECK(Period::parse(u"2027-01-01", Frequency::Weekly)->toString() ==
          QStringLiteral("2026-W53"));
}

TEST_CASE("Invalid periods are refused with a reason", "[period]")
{
    auto bad = Period::parse(u"2026-13", Frequency::Monthly);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("month 13")));
    CHECK_FALSE(Period::parse(u"2026-Q5", Frequency::Quarterly).ok());
    CHECK_FALSE(Period::parse(u"2025-W53", Frequency::Weekly).ok()); // 2025 has 52 ISO weeks
    CHECK(Period::parse(u"2026-W53", Frequency::Weekly).ok());
    CHECK_FALSE(Period::parse(u"2026-02-30", Frequency::Monthly).ok());
    CHECK_FALSE(Period::parse(u"March", Frequency::Monthly).ok());
    CHECK_FALSE(Period::parse(u"2026-03", Frequency::Quarterly).ok());
    CHECK_FALSE(Period::parse(u"0999", Frequency::Yearly).ok());
}

TEST_CASE("Periods step across year boundaries", "[period]")
{
    auto dec = *Period::parse(u"2025-12", Frequency::Monthly);
    CHECK(dec.next().toString() == QStringLiteral("2026-01"));
    CHECK(dec.next().previous() == dec);
    CHECK(dec.next().ordinal() == dec.ordinal() + 1);
    auto w = *Period::parse(u"2026-W53", Frequency::Weekly);
    CHECK(w.next().toString() == QStringLiteral("2027-W01"));
    CHECK(w.next().ordinal() == w.ordinal() + 1);
    CHECK(Period::parse(u"2026-W01", Frequency::Weekly)->previous().toString() ==
          QStringLiteral("2025-W52"));
    CHECK(Period::parse(u"2026-Q1", Frequency::Quarterly)->previous().toString() ==
          QStringLiteral("2025-Q4"));
    CHECK(Period::containing(QDate(2026, 3, 31), Frequency::Monthly).previous().toString() ==
          QStringLiteral("2026-02"));
}
