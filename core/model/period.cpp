// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Period", text);
}

Error badPeriod(QStringView text, const QString &why)
{
    return fail(tr("\"%1\" is not a valid period: %2").arg(text.toString(), why));
}

} // namespace

int Period::isoWeeksIn(int year)
{
    // December 28th always lies in the last ISO week of its year.
    return QDate(year, 12, 28).weekNumber();
}

QDate Period::isoWeekOneMonday(int year)
{
    // January 4th always lies in ISO week 1.
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

std::optional<Period> Period::fromCanonical(std::string_view t, Frequency frequency)
{
    auto digits = [&](size_t from, size_t count) -> int {
        int v = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    if (t.size() < 4)
        return std::nullopt;
    const int y = digits(0, 4);
    if (y < kMinYear || y > kMaxYear)
        return std::nullopt;
    switch (frequency) {
    case Frequency::Weekly:
        if (t.size() == 8 && t[4] == '-' && t[5] == 'W') {
            const int w = digits(6, 2);
            if (w >= 1 && w <= isoWeeksIn(y))
                return Period(frequency, y, w);
        }
        return std::nullopt;
    case Frequency::Monthly:
        if (t.size() == 7 && t[4] == '-') {
            const int m = digits(5, 2);
            if (m >= 1 && m <= 12)
                return Period(frequency, y, m);
        }
        return std::nullopt;
    case Frequency::Quarterly:
        if (t.size() == 7 && t[4] == '-' && t[5] == 'Q') {
            const int q = digits(6, 1);
            if (q >= 1 && q <= 4)
                return Period(frequency, y, q);
        }
        return std::nullopt;
    case Frequency::Yearly:
        if (t.size() == 4)
            return Period(frequency, y, 1);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Period> Period::fromParts(Frequency frequency, int year, int index)
{
    if (year < kMinYear || year > kMaxYear)
        return std::nullopt;
    int last = 1;
    switch (frequency) {
    case Frequency::Weekly:
        last = index == 53 ? isoWeeksIn(year) : 52;
        break;
    case Frequency::Monthly:
        last = 12;
        break;
    case Frequency::Quarterly:
        last = 4;
        break;
    case Frequency::Yearly:
        break;
    }
    if (index < 1 || index > last)
        return std::nullopt;
    return Period(frequency, year, index);
}

Result<Period> Period::parse(QStringView text, Frequency frequency)
{
    if (text.size() <= 8) {
        char ascii[8];
        bool plain = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            plain = plain && c < 128;
            ascii[i] = char(c);
        }
        if (plain) {
            if (auto p = fromCanonical(std::string_view(ascii, size_t(text.size())), frequency))
                return *p;
        }
    }

    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression week(QStringLiteral(R"(^(\d{4})-W(\d{1,2})$)"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})-(\d{1,2})$)"));
    static const QRegularExpression quarter(QStringLiteral(R"(^(\d{4})-Q(\d)$)"));
    static const QRegularExpression year(QStringLiteral(R"(^(\d{4})$)"));

    const QString s = text.trimmed().toString();
    auto checkYear = [&](int y) -> std::optional<Error> {
        if (y < kMinYear || y > kMaxYear)
            return badPeriod(
                text, tr("year %1 is out of range %2-%3").arg(y).arg(kMinYear).arg(kMaxYear));
        return std::nullopt;
    };

    if (auto m = isoDate.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return badPeriod(text, tr("no such date"));
        if (auto e = checkYear(d.year()))
            return *e;
        return containing(d, frequency);
    }

    switch (frequency) {
    case Frequency::Weekly:
        if (auto m = week.match(s); m.hasMatch()) {
            const int y = m.captured(1).toInt(), w = m.captured(2).toInt();
            if (auto e = checkYear(y))
                return *e;
            if (w < 1 || w > isoWeeksIn(y))
                return badPeriod(text, tr("%1 has no ISO week %2").arg(y).arg(w));
            return Period(frequency, y, w);
        }
        return badPeriod(text, tr("a weekly period is written like 2026-W07"));
    case Frequency::Monthly:
        if (auto m = month.match(s); m.hasMatch()) {
            const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
            if (auto e = checkYear(y))
                return *e;
            if (mo < 1 || mo > 12)
                return badPeriod(text, tr("month %1 does not exist").arg(mo));
            return Period(frequency, y, mo);
        }
        return badPeriod(text, tr("a monthly period is written like 2026-03"));
    case Frequency::Quarterly:
        if (auto m = quarter.match(s); m.hasMatch()) {
            const int y = m.captured(1).toInt(), q = m.captured(2).toInt();
            if (auto e = checkYear(y))
                return *e;
            if (q < 1 || q > 4)
                return badPeriod(text, tr("quarter %1 does not exist").arg(q));
            return Period(frequency, y, q);
        }
        return badPeriod(text, tr("a quarterly period is written like 2026-Q1"));
    case Frequency::Yearly:
        if (auto m = year.match(s); m.hasMatch()) {
            const int y = m.captured(1).toInt();
            if (auto e = checkYear(y))
                return *e;
            return Period(frequency, y, 1);
        }
        return badPeriod(text, tr("a yearly period is written like 2026"));
    }
    return badPeriod(text, tr("unknown frequency"));
}

Period Period::containing(QDate date, Frequency frequency)
{
    switch (frequency) {
    case Frequency::Weekly: {
        int weekYear = 0;
        const int w = date.weekNumber(&weekYear);
        return Period(frequency, weekYear, w);
    }
    case Frequency::Monthly:
        return Period(frequency, date.year(), date.month());
    case Frequency::Quarterly:
        return Period(frequency, date.year(), (date.month() - 1) / 3 + 1);
    case Frequency::Yearly:
        return Period(frequency, date.year(), 1);
    }
    return {};
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    switch (m_frequency) {
    case Frequency::Weekly:
        return QStringLiteral("%1-W%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_index, 2, 10, QLatin1Char('0'));
    case Frequency::Monthly:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_index, 2, 10, QLatin1Char('0'));
    case Frequency::Quarterly:
        return QStringLiteral("%1-Q%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_index);
    case Frequency::Yearly:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    }
    return {};
}

QDate Period::startDate() const
{
    switch (m_frequency) {
    case Frequency::Weekly:
        return isoWeekOneMonday(m_year).addDays(7 * qint64(m_index - 1));
    case Frequency::Monthly:
        return QDate(m_year, m_index, 1);
    case Frequency::Quarterly:
        return QDate(m_year, 3 * (m_index - 1) + 1, 1);
    case Frequency::Yearly:
        return QDate(m_year, 1, 1);
    }
    return {};
}

QDate Period::endDate() const
{
    return next().startDate().addDays(-1);
}

Period Period::next() const
{
    switch (m_frequency) {
    case Frequency::Weekly:
        return m_index < isoWeeksIn(m_year) ? Period(m_frequency, m_year, m_index + 1)
                                            : Period(m_frequency, m_year + 1, 1);
    case Frequency::Monthly:
        return m_index < 12 ? Period(m_frequency, m_year, m_index + 1)
                            : Period(m_frequency, m_year + 1, 1);
    case Frequency::Quarterly:
        return m_index < 4 ? Period(m_frequency, m_year, m_index + 1)
                           : Period(m_frequency, m_year + 1, 1);
    case Frequency::Yearly:
        return Period(m_frequency, m_year + 1, 1);
    }
    return {};
}

Period Period::previous() const
{
    switch (m_frequency) {
    case Frequency::Weekly:
        return m_index > 1 ? Period(m_frequency, m_year, m_index - 1)
                           : Period(m_frequency, m_year - 1, isoWeeksIn(m_year - 1));
    case Frequency::Monthly:
        return m_index > 1 ? Period(m_frequency, m_year, m_index - 1)
                           : Period(m_frequency, m_year - 1, 12);
    case Frequency::Quarterly:
        return m_index > 1 ? Period(m_frequency, m_year, m_index - 1)
                           : Period(m_frequency, m_year - 1, 4);
    case Frequency::Yearly:
        return Period(m_frequency, m_year - 1, 1);
    }
    return {};
}

int Period::ordinal() const
{
    switch (m_frequency) {
    case Frequency::Weekly:
        return int(startDate().toJulianDay() / 7);
    case Frequency::Monthly:
        return m_year * 12 + m_index - 1;
    case Frequency::Quarterly:
        return m_year * 4 + m_index - 1;
    case Frequency::Yearly:
        return m_year;
    }
    return 0;
}

} // namespace scorecard
