// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonfields.h"

#include "io/jsonformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace scorecard {
namespace {

constexpr qsizetype kMessageQuoteLength = 60;

bool isPlainKey(QStringView key)
{
    if (key.isEmpty() || key.size() > kMessageQuoteLength)
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_')
            return false;
    }
    return true;
}

} // namespace

QString jsonNumberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString quoteForMessage(QStringView s)
{
    QString out = QStringLiteral("\"");
    const bool shortened = s.size() > kMessageQuoteLength;
    for (QChar c : s.left(kMessageQuoteLength)) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (shortened)
        out += QChar(0x2026); // ellipsis
    out += u'"';
    return out;
}

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return jsonNumberText(value.toDouble());
    case QJsonValue::String:
        return quoteForMessage(value.toString());
    case QJsonValue::Array:
        return JsonFields::tr("an array");
    case QJsonValue::Object:
        return JsonFields::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFields::tr("nothing");
}

bool JsonErrors::fail(const QString &path, const QString &what)
{
    if (m_message.isEmpty())
        m_message = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    return false;
}

JsonFields::JsonFields(JsonErrors &errors, QJsonObject object, QString path)
    : m_errors(errors), m_object(std::move(object)), m_path(std::move(path))
{
}

QString JsonFields::pathOf(QStringView key) const
{
    // Keys that are not plain words (only unknown fields can be) are written as ["..."].
    QString step = isPlainKey(key) ? key.toString() : u'[' + quoteForMessage(key) + u']';
    if (m_path.isEmpty())
        return step;
    return step.startsWith(u'[') ? m_path + step : m_path + u'.' + step;
}

bool JsonFields::fail(QStringView key, const QString &what) const
{
    return m_errors.fail(pathOf(key), what);
}

bool JsonFields::allowOnly(std::initializer_list<QStringView> allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const QString key = it.key();
        if (std::find(allowed.begin(), allowed.end(), QStringView(key)) == allowed.end())
            return fail(key, tr("unknown field"));
    }
    return true;
}

bool JsonFields::require(QStringView key) const
{
    return m_object.contains(key) || fail(key, tr("missing required field"));
}

bool JsonFields::string(QStringView key, const QJsonValue &value, QString &out) const
{
    if (!value.isString())
        return fail(key, tr("expected a string, got %1").arg(describeJson(value)));
    QString s = value.toString();
    if (s.size() > jsonformat::kMaxStringLength) {
        return fail(key, tr("longer than %1 characters (%2)")
                             .arg(QString::number(jsonformat::kMaxStringLength),
                                  QString::number(s.size())));
    }
    out = std::move(s);
    return true;
}

bool JsonFields::id(QStringView key, QString &out) const
{
    if (!require(key) || !string(key, m_object.value(key), out))
        return false;
    if (out.isEmpty())
        return fail(key, tr("must not be empty"));
    if (out.size() > jsonformat::kMaxIdLength) {
        return fail(
            key, tr("longer than %1 characters (%2)")
                     .arg(QString::number(jsonformat::kMaxIdLength), QString::number(out.size())));
    }
    return true;
}

bool JsonFields::name(QStringView key, QString &out) const
{
    if (!require(key) || !string(key, m_object.value(key), out))
        return false;
    return !out.isEmpty() || fail(key, tr("must not be empty"));
}

bool JsonFields::text(QStringView key, QString &out) const
{
    return !m_object.contains(key) || string(key, m_object.value(key), out);
}

bool JsonFields::reference(QStringView key, QString &out) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(key, tr("expected an id (a string) or null, got %1").arg(describeJson(value)));
    return string(key, value, out);
}

bool JsonFields::checkRange(QStringView key, double value, Range range) const
{
    switch (range) {
    case Range::Any:
        return true;
    case Range::NonNegative:
        return value >= 0 ||
               fail(key, tr("must not be negative, got %1").arg(jsonNumberText(value)));
    case Range::Fraction:
        return (value >= 0 && value <= 1) ||
               fail(key, tr("must be between 0 and 1, got %1").arg(jsonNumberText(value)));
    case Range::Percent:
        return (value >= 0 && value <= 100) ||
               fail(key, tr("must be between 0 and 100, got %1").arg(jsonNumberText(value)));
    }
    return true;
}

bool JsonFields::number(QStringView key, double &out, Range range) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return fail(key, tr("expected a number, got %1").arg(describeJson(value)));
    // Qt's parser refuses numbers outside the double range, so value is finite.
    if (!checkRange(key, value.toDouble(), range))
        return false;
    out = value.toDouble();
    return true;
}

bool JsonFields::optionalNumber(QStringView key, std::optional<double> &out) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (value.isNull()) {
        out.reset();
        return true;
    }
    if (!value.isDouble())
        return fail(key, tr("expected a number or null, got %1").arg(describeJson(value)));
    out = value.toDouble();
    return true;
}

bool JsonFields::requiredNumber(QStringView key, double &out) const
{
    return require(key) && number(key, out);
}

bool JsonFields::boolean(QStringView key, bool &out) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(key, tr("expected true or false, got %1").arg(describeJson(value)));
    out = value.toBool();
    return true;
}

bool JsonFields::date(QStringView key, QDate &out) const
{
    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        return fail(key,
                    tr("expected a date (YYYY-MM-DD) or null, got %1").arg(describeJson(value)));
    }
    const QString s = value.toString();
    if (s.isEmpty())
        return true;
    const QRegularExpressionMatch m = isoDate.match(s);
    const QDate d = m.hasMatch()
                        ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                        : QDate();
    if (!d.isValid()) {
        return fail(key,
                    tr("%1 is not a valid date (expected YYYY-MM-DD)").arg(quoteForMessage(s)));
    }
    out = d;
    return true;
}

bool JsonFields::array(QStringView key, QJsonArray &out) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(key, tr("expected an array, got %1").arg(describeJson(value)));
    out = value.toArray();
    return true;
}

bool JsonFields::rawObject(QStringView key, QJsonObject &out) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(key, tr("expected an object, got %1").arg(describeJson(value)));
    out = value.toObject();
    return true;
}

bool JsonFields::object(QStringView key, std::optional<JsonFields> &out, bool nullable) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (nullable && value.isNull()))
        return true;
    if (!value.isObject()) {
        return fail(key, (nullable ? tr("expected an object or null, got %1")
                                   : tr("expected an object, got %1"))
                             .arg(describeJson(value)));
    }
    out.emplace(m_errors, value.toObject(), pathOf(key));
    return true;
}

} // namespace scorecard
