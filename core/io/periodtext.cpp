// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/periodtext.h"

#include "io/jsonfields.h"

#include <QCoreApplication>

#include <array>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::PeriodText", text);
}

Error notAPeriod(QStringView text, const QString &why = {})
{
    if (why.isEmpty())
        return fail(tr("%1 is not a period").arg(quoteForMessage(text)));
    return fail(tr("%1 is not a period: %2").arg(quoteForMessage(text), why));
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'/' || c == u'.' || c == u' ';
}

/** A left-to-right reader over the trimmed text. */
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    /** A run of digits: its value (capped) and its length (0: none here). */
    std::pair<int, int> digits()
    {
        int value = 0, count = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (value < 100000)
                value = value * 10 + (s[i].unicode() - u'0');
            ++i;
            ++count;
        }
        return {value, count};
    }
    QStringView letters()
    {
        const qsizetype from = i;
        while (i < s.size() && isAsciiLetter(s[i]))
            ++i;
        return s.mid(from, i - from);
    }
    bool separator()
    {
        if (i < s.size() && isSeparator(s[i])) {
            ++i;
            return true;
        }
        return false;
    }
    bool letter(char16_t lower)
    {
        if (i < s.size() && (s[i].unicode() | 0x20) == lower) {
            ++i;
            return true;
        }
        return false;
    }
};

int monthFromName(QStringView word)
{
    static constexpr std::array<const char16_t *, 12> kNames{
        u"january", u"february", u"march",     u"april",   u"may",      u"june",
        u"july",    u"august",   u"september", u"october", u"november", u"december"};
    if (word.size() < 3)
        return 0;
    for (size_t m = 0; m < kNames.size(); ++m) {
        const QStringView name(kNames[m]);
        // The full name or its three-letter abbreviation; "sept" is common too.
        if (word.compare(name, Qt::CaseInsensitive) == 0 ||
            (word.size() == 3 && word.compare(name.left(3), Qt::CaseInsensitive) == 0) ||
            (m == 8 && word.compare(u"sept", Qt::CaseInsensitive) == 0))
            return int(m) + 1;
    }
    return 0;
}

bool yearInRange(int y)
{
    return y >= Period::kMinYear && y <= Period::kMaxYear;
}

QString yearOutOfRange(int y)
{
    return tr("year %1 is out of range %2-%3").arg(y).arg(Period::kMinYear).arg(Period::kMaxYear);
}

/** "2026-03-15" at the start of @p s, followed by nothing or a time of day. */
std::optional<QDate> isoDateAt(QStringView s, bool &dateShaped)
{
    dateShaped = false;
    if (s.size() < 10)
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(s[i]))
            return std::nullopt;
    }
    if (s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    if (s.size() > 10) {
        // A time of day: "T08:30:00", " 08:30", "T00:00:00.000Z", "+01:00" ...
        if (s[10] != u'T' && s[10] != u't' && s[10] != u' ')
            return std::nullopt;
        if (s.size() == 11 || !isDigit(s[11]))
            return std::nullopt;
        for (qsizetype i = 11; i < s.size(); ++i) {
            const QChar c = s[i];
            if (!isDigit(c) && c != u':' && c != u'.' && c != u'+' && c != u'-' && c != u'Z' &&
                c != u'z')
                return std::nullopt;
        }
    }
    dateShaped = true;
    auto num = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (s[i].unicode() - u'0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

} // namespace

Result<PeriodText> PeriodText::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    PeriodText p;

    bool dateShaped = false;
    if (auto d = isoDateAt(s, dateShaped); dateShaped) {
        if (!d->isValid())
            return notAPeriod(text, tr("no such date"));
        if (!yearInRange(d->year()))
            return notAPeriod(text, yearOutOfRange(d->year()));
        p.m_kind = Kind::Date;
        p.m_date = *d;
        p.m_year = d->year();
        p.m_index = d->month();
        return p;
    }

    Cursor c{s};
    auto finish = [&](Kind kind, int year, int index) -> Result<PeriodText> {
        if (!c.atEnd())
            return notAPeriod(text);
        if (!yearInRange(year))
            return notAPeriod(text, yearOutOfRange(year));
        switch (kind) {
        case Kind::Month:
            if (index < 1 || index > 12)
                return notAPeriod(text, tr("month %1 does not exist").arg(index));
            break;
        case Kind::Quarter:
            if (index < 1 || index > 4)
                return notAPeriod(text, tr("quarter %1 does not exist").arg(index));
            break;
        case Kind::Week:
            if (!Period::fromParts(Frequency::Weekly, year, index))
                return notAPeriod(text, tr("%1 has no ISO week %2").arg(year).arg(index));
            break;
        case Kind::Date:
        case Kind::Year:
            break;
        }
        p.m_kind = kind;
        p.m_year = year;
        p.m_index = index;
        return p;
    };

    if (s.isEmpty())
        return notAPeriod(text);
    if (isDigit(s[0])) {
        const auto [first, firstDigits] = c.digits();
        if (firstDigits == 4) {
            if (c.atEnd())
                return finish(Kind::Year, first, 1);
            const bool separated = c.separator();
            if (c.letter(u'q')) {
                const auto [q, qDigits] = c.digits();
                if (qDigits == 1)
                    return finish(Kind::Quarter, first, q);
            } else if (c.letter(u'w')) {
                const auto [w, wDigits] = c.digits();
                if (wDigits == 1 || wDigits == 2)
                    return finish(Kind::Week, first, w);
            } else if (separated && s[c.i - 1] != u' ') {
                const auto [m, mDigits] = c.digits();
                if (mDigits == 1 || mDigits == 2)
                    return finish(Kind::Month, first, m);
            }
        } else if (firstDigits == 1 || firstDigits == 2) {
            if (c.separator() && s[c.i - 1] != u' ') {
                const auto [y, yDigits] = c.digits();
                if (yDigits == 4)
                    return finish(Kind::Month, y, first);
            }
        }
        return notAPeriod(text);
    }

    const QStringView word = c.letters();
    if (word.compare(u"q", Qt::CaseInsensitive) == 0) {
        const auto [q, qDigits] = c.digits();
        if (qDigits == 1) {
            c.separator();
            const auto [y, yDigits] = c.digits();
            if (yDigits == 4)
                return finish(Kind::Quarter, y, q);
        }
        return notAPeriod(text);
    }
    if (const int month = monthFromName(word)) {
        if (c.i < s.size() && s[c.i] == u'.')
            ++c.i;
        c.separator();
        const auto [y, yDigits] = c.digits();
        if (yDigits == 4)
            return finish(Kind::Month, y, month);
    }
    return notAPeriod(text);
}

std::optional<Period> PeriodText::toPeriod(Frequency frequency) const
{
    static constexpr Frequency kSame[] = {Frequency::Weekly /* Date: unused */, Frequency::Weekly,
                                          Frequency::Monthly, Frequency::Quarterly,
                                          Frequency::Yearly};
    if (m_kind == Kind::Date)
        return Period::containing(m_date, frequency);
    if (kSame[int(m_kind)] != frequency)
        return std::nullopt;
    return Period::fromParts(frequency, m_year, m_index);
}

QString PeriodText::kindName() const
{
    switch (m_kind) {
    case Kind::Date:
        return tr("a date");
    case Kind::Week:
        return tr("a week");
    case Kind::Month:
        return tr("a month");
    case Kind::Quarter:
        return tr("a quarter");
    case Kind::Year:
        return tr("a year");
    }
    return {};
}

} // namespace scorecard
