// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers and periods as spreadsheets write them (NumberText, PeriodText).
#include "io/numbertext.h"
#include "io/periodtext.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace scorecard;

namespace {

using Decimal = NumberText::Decimal;
using Hint = NumberText::Hint;

double number(const char16_t *text, Decimal d)
{
    auto r = NumberText::parse(QStringView(text), d);
    INFO(QString::fromUtf16(text).toStdString() << ": " << r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

QString numberError(const char16_t *text, Decimal d)
{
    auto r = NumberText::parse(QStringView(text), d);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

QString period(const char16_t *text, Frequency f)
{
    auto p = PeriodText::parse(QStringView(text));
    INFO(QString::fromUtf16(text).toStdString() << ": " << p.error().toStdString());
    REQUIRE(p.ok());
    auto fitted = p->toPeriod(f);
    return fitted ? fitted->toString() : QStringLiteral("(does not fit)");
}

QString periodError(const char16_t *text)
{
    auto p = PeriodText::parse(QStringView(text));
    REQUIRE_FALSE(p.ok());
    return p.error();
}

} // namespace

TEST_CASE("Decimal separator hints", "[csv][number]")
{
    CHECK(NumberText::hint(u"1.234,5") == Hint::Comma);
    CHECK(NumberText::hint(u"1,234.5") == Hint::Point);
    CHECK(NumberText::hint(u"1.234.567") == Hint::Comma); // points are thousands
    CHECK(NumberText::hint(u"1,234,567") == Hint::Point);
    CHECK(NumberText::hint(u"12,5") == Hint::Comma);
    CHECK(NumberText::hint(u"12.5") == Hint::Point);
    CHECK(NumberText::hint(u"0,125") == Hint::Comma); // no thousands after a lone zero
    CHECK(NumberText::hint(u",125") == Hint::Comma);
    CHECK(NumberText::hint(u"1,5e3") == Hint::Comma);
    CHECK(NumberText::hint(u"1,234") == Hint::None); // ambiguous
    CHECK(NumberText::hint(u"1.234") == Hint::None);
    CHECK(NumberText::hint(u"1234") == Hint::None);
    CHECK(NumberText::hint(u"\u20ac 1.234,50") == Hint::Comma);
    CHECK(NumberText::hint(u"eighty") == Hint::None);
}

TEST_CASE("Numbers: separators, signs, currencies, percent", "[csv][number]")
{
    CHECK(number(u"1234.5", Decimal::Point) == 1234.5);
    CHECK(number(u"1,234.5", Decimal::Point) == 1234.5);
    CHECK(number(u"1.234,5", Decimal::Comma) == 1234.5);
    CHECK(number(u"1 234,5", Decimal::Comma) == 1234.5);
    CHECK(number(u"1\u00a0234,5", Decimal::Comma) == 1234.5); // no-break space
    CHECK(number(u"1\u202f234,5", Decimal::Comma) == 1234.5); // narrow no-break space
    CHECK(number(u"1'234.5", Decimal::Point) == 1234.5);
    CHECK(number(u"1,234,567.25", Decimal::Point) == 1234567.25);
    // The same text, read by the column's decimal separator.
    CHECK(number(u"1.234", Decimal::Point) == 1.234);
    CHECK(number(u"1.234", Decimal::Comma) == 1234);
    CHECK(number(u"1,234", Decimal::Point) == 1234);
    CHECK(number(u"1,234", Decimal::Comma) == 1.234);
    CHECK(number(u"-12", Decimal::Point) == -12);
    CHECK(number(u"+12", Decimal::Point) == 12);
    CHECK(number(u"\u221212", Decimal::Point) == -12); // minus sign
    CHECK(number(u"(1,234.5)", Decimal::Point) == -1234.5);
    CHECK(number(u".5", Decimal::Point) == 0.5);
    CHECK(number(u",5", Decimal::Comma) == 0.5);
    CHECK(number(u"5.", Decimal::Point) == 5);
    CHECK(number(u"1.5e6", Decimal::Point) == 1.5e6);
    CHECK(number(u"1,5E-3", Decimal::Comma) == 1.5e-3);
    CHECK(number(u"12.5%", Decimal::Point) == 12.5);
    CHECK(number(u"12,5 %", Decimal::Comma) == 12.5);
    CHECK(number(u"$1,234.50", Decimal::Point) == 1234.5);
    CHECK(number(u"-$5", Decimal::Point) == -5);
    CHECK(number(u"$-5", Decimal::Point) == -5);
    CHECK(number(u"\u20ac 2.500,75", Decimal::Comma) == 2500.75);
    CHECK(number(u"2.500,75 \u20ac", Decimal::Comma) == 2500.75);
    CHECK(number(u"\u00a33", Decimal::Point) == 3);
    CHECK(number(u"\u00a53", Decimal::Point) == 3);
    CHECK(number(u"EUR 12", Decimal::Point) == 12);
    CHECK(number(u"12 usd", Decimal::Point) == 12);
    CHECK(number(u"CHF12.5", Decimal::Point) == 12.5);
    CHECK(number(u"  7  ", Decimal::Point) == 7);
    CHECK(number(u"0", Decimal::Point) == 0);
}

TEST_CASE("Huge and tiny numbers", "[csv][number]")
{
    CHECK(number(u"1.7976931348623157e308", Decimal::Point) == std::numeric_limits<double>::max());
    CHECK(number(u"123456789012345678901234567890", Decimal::Point) == 1.2345678901234568e29);
    CHECK(number(u"4.9e-324", Decimal::Point) == std::numeric_limits<double>::denorm_min());
    CHECK(number(u"1e-400", Decimal::Point) == 0); // below the smallest double
    CHECK(numberError(u"1e309", Decimal::Point) == QStringLiteral("\"1e309\" is out of range"));
    CHECK(numberError(u"-1e309", Decimal::Point) == QStringLiteral("\"-1e309\" is out of range"));
    const std::u16string manyDigits = u"1" + std::u16string(400, u'0');
    CHECK(NumberText::parse(QStringView(manyDigits), Decimal::Point).error() ==
          QStringLiteral("\"100000000000000000000000000000000000000000000000000000000000\u2026\" "
                         "is out of range"));
}

TEST_CASE("What is not a number", "[csv][number]")
{
    CHECK(numberError(u"eighty", Decimal::Point) == QStringLiteral("\"eighty\" is not a number"));
    for (const char16_t *bad :
         {u"",      u"-",        u"%",        u"$",         u"NaN",     u"inf",     u"Infinity",
          u"1.2.3", u"1,23,456", u"1234,567", u"12 34",     u"1e",      u"1e+",     u"--5",
          u"(5",    u"5)",       u"5-",       u"1,234.5.6", u"EURO 12", u"12 EURO", u"0x10",
          u"1_000", u"$ $ 5",    u"5 % %",    u"1.234,5"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(NumberText::parse(QStringView(bad), Decimal::Point).ok());
    }
    // In a decimal-comma column, a point is a thousands separator that must group by three.
    CHECK_FALSE(NumberText::parse(u"1.5", Decimal::Comma).ok());
    CHECK_FALSE(NumberText::parse(u"1,234.5", Decimal::Comma).ok());
}

TEST_CASE("Period forms", "[csv][period]")
{
    const Frequency m = Frequency::Monthly;
    CHECK(period(u"2026-03", m) == QStringLiteral("2026-03"));
    CHECK(period(u"2026-3", m) == QStringLiteral("2026-03"));
    CHECK(period(u"2026/03", m) == QStringLiteral("2026-03"));
    CHECK(period(u"03/2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"3/2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"03-2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"03.2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"Mar 2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"mar 2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"MARCH 2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"Mar-2026", m) == QStringLiteral("2026-03"));
    CHECK(period(u"Sept. 2026", m) == QStringLiteral("2026-09"));
    CHECK(period(u"Sep 2026", m) == QStringLiteral("2026-09"));
    CHECK(period(u"December 2026", m) == QStringLiteral("2026-12"));
    CHECK(period(u"  2026-03  ", m) == QStringLiteral("2026-03"));
    CHECK(period(u"2026-Q1", Frequency::Quarterly) == QStringLiteral("2026-Q1"));
    CHECK(period(u"2026q2", Frequency::Quarterly) == QStringLiteral("2026-Q2"));
    CHECK(period(u"2026 Q3", Frequency::Quarterly) == QStringLiteral("2026-Q3"));
    CHECK(period(u"Q4 2026", Frequency::Quarterly) == QStringLiteral("2026-Q4"));
    CHECK(period(u"q1-2027", Frequency::Quarterly) == QStringLiteral("2027-Q1"));
    CHECK(period(u"Q2/2027", Frequency::Quarterly) == QStringLiteral("2027-Q2"));
    CHECK(period(u"2026-W07", Frequency::Weekly) == QStringLiteral("2026-W07"));
    CHECK(period(u"2026W7", Frequency::Weekly) == QStringLiteral("2026-W07"));
    CHECK(period(u"2026-w53", Frequency::Weekly) == QStringLiteral("2026-W53"));
    CHECK(period(u"2026", Frequency::Yearly) == QStringLiteral("2026"));
}

TEST_CASE("A date maps to the period that contains it, other forms only to their own frequency",
          "[csv][period]")
{
    CHECK(period(u"2026-03-15", Frequency::Weekly) == QStringLiteral("2026-W11"));
    CHECK(period(u"2026-03-15", Frequency::Monthly) == QStringLiteral("2026-03"));
    CHECK(period(u"2026-03-15", Frequency::Quarterly) == QStringLiteral("2026-Q1"));
    CHECK(period(u"2026-03-15", Frequency::Yearly) == QStringLiteral("2026"));
    CHECK(period(u"2027-01-01", Frequency::Weekly) == QStringLiteral("2026-W53"));
    CHECK(period(u"2026-03-15T08:30:00", Frequency::Monthly) == QStringLiteral("2026-03"));
    CHECK(period(u"2026-03-15 08:30", Frequency::Monthly) == QStringLiteral("2026-03"));
    CHECK(period(u"2026-03-15T00:00:00.000Z", Frequency::Monthly) == QStringLiteral("2026-03"));
    const QString no = QStringLiteral("(does not fit)");
    CHECK(period(u"2026-03", Frequency::Quarterly) == no);
    CHECK(period(u"2026-03", Frequency::Yearly) == no);
    CHECK(period(u"2026-Q1", Frequency::Monthly) == no);
    CHECK(period(u"2026", Frequency::Monthly) == no);
    CHECK(period(u"2026-W07", Frequency::Monthly) == no);
    auto kind = [](const char16_t *t) { return PeriodText::parse(QStringView(t))->kindName(); };
    CHECK(kind(u"2026-03-15") == QStringLiteral("a date"));
    CHECK(kind(u"2026-W07") == QStringLiteral("a week"));
    CHECK(kind(u"Mar 2026") == QStringLiteral("a month"));
    CHECK(kind(u"Q1 2026") == QStringLiteral("a quarter"));
    CHECK(kind(u"2026") == QStringLiteral("a year"));
}

TEST_CASE("What is not a period, and why", "[csv][period]")
{
    CHECK(periodError(u"2026-13") ==
          QStringLiteral("\"2026-13\" is not a period: month 13 does not exist"));
    CHECK(periodError(u"13/2026") ==
          QStringLiteral("\"13/2026\" is not a period: month 13 does not exist"));
    CHECK(periodError(u"2026-Q5") ==
          QStringLiteral("\"2026-Q5\" is not a period: quarter 5 does not exist"));
    CHECK(periodError(u"2025-W53") ==
          QStringLiteral("\"2025-W53\" is not a period: 2025 has no ISO week 53"));
    CHECK(periodError(u"2026-02-30") ==
          QStringLiteral("\"2026-02-30\" is not a period: no such date"));
    CHECK(periodError(u"1899") ==
          QStringLiteral("\"1899\" is not a period: year 1899 is out of range 1900-9999"));
    CHECK(periodError(u"Marc 2026") == QStringLiteral("\"Marc 2026\" is not a period"));
    for (const char16_t *bad :
         {u"",          u"  ",       u"15/03/2026", u"03/15/2026",  u"Mar-26",   u"26",
          u"2026-",     u"2026-03-", u"2026 03",    u"Q 2026",      u"Q12 2026", u"2026-W",
          u"2026-W100", u"March",    u"FY2026",     u"2026-03-15X", u"20260315", u"2026-3-5",
          u"H1 2026",   u"Mar 26"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(PeriodText::parse(QStringView(bad)).ok());
    }
}
