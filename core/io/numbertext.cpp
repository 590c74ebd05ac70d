// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/numbertext.h"

#include "io/jsonfields.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::NumberText", text);
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

/** Blanks people put inside numbers: space, no-break space, thin and narrow no-break spaces. */
bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00a0 || u == 0x2009 || u == 0x202f;
}

bool isCurrencySymbol(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'$' || u == 0x20ac /* € */ || u == 0x00a3 /* £ */ || u == 0x00a5 /* ¥ */;
}

bool isMinus(QChar c)
{
    return c == u'-' || c.unicode() == 0x2212;
}

void skipBlanks(QStringView &s)
{
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s.chop(1);
}

/** A currency code: three ASCII letters at the start (@p atStart) or end of @p s. */
bool stripCode(QStringView &s, bool atStart)
{
    if (s.size() < 4)
        return false;
    const QStringView code = atStart ? s.left(3) : s.right(3);
    for (QChar c : code) {
        if (!isAsciiLetter(c))
            return false;
    }
    // The code must stand apart from other letters ("EUR12", not "EURO12").
    const QChar next = atStart ? s[3] : s[s.size() - 4];
    if (isAsciiLetter(next))
        return false;
    s = atStart ? s.mid(3) : s.chopped(3);
    return true;
}

/**
 * The number's body: signs, parentheses, currency and percent stripped.
 * Returns false when the decorations do not make sense ("--5", "(5").
 */
bool body(QStringView s, QStringView &out, bool &negative)
{
    negative = false;
    bool sign = false, currency = false, percent = false, parens = false;
    skipBlanks(s);
    if (s.size() >= 2 && s.front() == u'(' && s.back() == u')') {
        parens = negative = true;
        s = s.mid(1).chopped(1);
        skipBlanks(s);
    }
    for (bool again = true; again && !s.isEmpty();) {
        again = false;
        if (!sign && !parens && (isMinus(s.front()) || s.front() == u'+')) {
            negative = isMinus(s.front());
            sign = again = true;
            s = s.mid(1);
        } else if (!currency && isCurrencySymbol(s.front())) {
            currency = again = true;
            s = s.mid(1);
        } else if (!currency && stripCode(s, true)) {
            currency = again = true;
        }
        skipBlanks(s);
    }
    for (bool again = true; again && !s.isEmpty();) {
        again = false;
        if (!percent && s.back() == u'%') {
            percent = again = true;
            s.chop(1);
        } else if (!currency && isCurrencySymbol(s.back())) {
            currency = again = true;
            s.chop(1);
        } else if (!currency && stripCode(s, false)) {
            currency = again = true;
        }
        skipBlanks(s);
    }
    out = s;
    return !s.isEmpty();
}

/**
 * Roughly the power of ten of the number in @p ascii ("-12.5e3": 5): its
 * significant integer digits, minus the zeros after the point before the
 * first significant digit, plus the exponent.
 */
qint64 decimalMagnitude(const QVarLengthArray<char, 64> &ascii)
{
    qint64 magnitude = 0, exponent = 0;
    bool seenNonZero = false, afterPoint = false, inExponent = false, negativeExponent = false;
    for (char c : ascii) {
        if (inExponent) {
            if (c == '-')
                negativeExponent = true;
            else if (c >= '0' && c <= '9' && exponent < 1'000'000'000)
                exponent = exponent * 10 + (c - '0');
        } else if (c == 'e') {
            inExponent = true;
        } else if (c == '.') {
            afterPoint = true;
        } else if (c >= '0' && c <= '9') {
            if (!afterPoint && (seenNonZero || c != '0'))
                ++magnitude;
            else if (afterPoint && !seenNonZero && c == '0')
                --magnitude;
            seenNonZero = seenNonZero || c != '0';
        }
    }
    return magnitude + (negativeExponent ? -exponent : exponent);
}

Error notANumber(QStringView cell)
{
    return fail(tr("%1 is not a number").arg(quoteForMessage(cell.trimmed())));
}

} // namespace

NumberText::Hint NumberText::hint(QStringView cell)
{
    QStringView s;
    bool negative = false;
    if (!body(cell, s, negative))
        return Hint::None;
    const qsizetype lastPoint = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    if (lastPoint >= 0 && lastComma >= 0)
        return lastPoint > lastComma ? Hint::Point : Hint::Comma;
    const qsizetype at = lastPoint >= 0 ? lastPoint : lastComma;
    if (at < 0)
        return Hint::None;
    const QChar sep = s[at];
    const Hint asDecimal = sep == u'.' ? Hint::Point : Hint::Comma;
    const Hint asThousands = sep == u'.' ? Hint::Comma : Hint::Point;
    if (s.indexOf(sep) != at)
        return asThousands; // 1.234.567
    if (s.indexOf(u'e', 0, Qt::CaseInsensitive) >= 0)
        return asDecimal; // 1,5e3
    qsizetype digitsAfter = 0;
    while (at + 1 + digitsAfter < s.size() && isDigit(s[at + 1 + digitsAfter]))
        ++digitsAfter;
    if (digitsAfter != 3)
        return asDecimal;
    // "0,123" or ",123": nobody writes a thousands separator after a lone zero.
    const QStringView before = s.left(at);
    if (before.isEmpty() || before == u"0")
        return asDecimal;
    return Hint::None;
}

Result<double> NumberText::parse(QStringView cell, Decimal decimal)
{
    QStringView s;
    bool negative = false;
    if (!body(cell, s, negative))
        return notANumber(cell);
    const QChar point = decimal == Decimal::Point ? u'.' : u',';
    const QChar otherSeparator = decimal == Decimal::Point ? u',' : u'.';

    QVarLengthArray<char, 64> ascii;
    if (negative)
        ascii.append('-');
    qsizetype i = 0;
    // Integer part, with optional thousands separators grouping by three.
    QChar group;         // the thousands separator seen, if any
    int groupDigits = 0; // digits since the last separator (or the start)
    int intDigits = 0;
    bool grouped = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            ascii.append(char(c.unicode()));
            ++groupDigits;
            ++intDigits;
            continue;
        }
        const bool thousands =
            c == otherSeparator || isBlank(c) || c == u'\'' || c.unicode() == 0x2019;
        if (!thousands)
            break;
        if (groupDigits == 0 || (grouped && groupDigits != 3) || (!grouped && groupDigits > 3) ||
            (grouped && c != group && !(isBlank(c) && isBlank(group))))
            return notANumber(cell);
        group = c;
        grouped = true;
        groupDigits = 0;
    }
    if (grouped && groupDigits != 3)
        return notANumber(cell);
    int fractionDigits = 0;
    if (i < s.size() && s[i] == point) {
        ascii.append('.');
        for (++i; i < s.size() && isDigit(s[i]); ++i) {
            ascii.append(char(s[i].unicode()));
            ++fractionDigits;
        }
    }
    if (intDigits == 0 && fractionDigits == 0)
        return notANumber(cell);
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ascii.append('e');
        ++i;
        if (i < s.size() && (s[i] == u'+' || isMinus(s[i]))) {
            ascii.append(isMinus(s[i]) ? '-' : '+');
            ++i;
        }
        int expDigits = 0;
        for (; i < s.size() && isDigit(s[i]); ++i, ++expDigits)
            ascii.append(char(s[i].unicode()));
        if (expDigits == 0)
            return notANumber(cell);
    }
    if (i != s.size())
        return notANumber(cell);
    double value = 0;
    const auto [end, ec] = std::from_chars(ascii.constData(), ascii.constData() + ascii.size(),
                                           value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        // Too small for a double is zero for every scorecard purpose; too large is an error.
        if (decimalMagnitude(ascii) < 0)
            return negative ? -0.0 : 0.0;
        return fail(tr("%1 is out of range").arg(quoteForMessage(cell.trimmed())));
    }
    if (ec != std::errc() || end != ascii.constData() + ascii.size() || !std::isfinite(value))
        return fail(tr("%1 is out of range").arg(quoteForMessage(cell.trimmed())));
    return value;
}

} // namespace scorecard
