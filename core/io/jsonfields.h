// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON reader: typed, path-aware access to one JSON object.

#include "model/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <optional>

namespace scorecard {

/** A number as an error message shows it: shortest exact form, 90 not 90.0. */
QString jsonNumberText(double d);
/** A value as an error message shows it: 5, null, "text" (quoted, shortened), an array ... */
QString describeJson(const QJsonValue &value);
/** @p s quoted for an error message: escaped, shortened, always one line. */
QString quoteForMessage(QStringView s);

/** Keeps the first error of a read; every later one is dropped. */
class JsonErrors
{
public:
    bool failed() const { return !m_message.isEmpty(); }
    const QString &message() const { return m_message; }
    /** Records "path: what" (or just @p what for an empty path); always returns false. */
    bool fail(const QString &path, const QString &what);

private:
    QString m_message;
};

/**
 * One JSON object being read, with its path ("kpis[2]"). Each accessor
 * leaves its output untouched when the key is absent (the caller set the
 * default), checks the type and range, and on a problem records an error
 * naming the field's path and returns false, so reads chain with &&.
 */
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(scorecard::JsonFormat)

public:
    enum class Range { Any, NonNegative, Fraction, Percent };

    JsonFields(JsonErrors &errors, QJsonObject object, QString path);

    const QString &path() const { return m_path; }
    QString pathOf(QStringView key) const;
    JsonErrors &errors() const { return m_errors; }
    bool fail(QStringView key, const QString &what) const;

    /** Fails on the first key (alphabetically) that is not in @p allowed. */
    bool allowOnly(std::initializer_list<QStringView> allowed) const;
    bool require(QStringView key) const;

    /** A required, non-empty id of at most jsonformat::kMaxIdLength characters. */
    bool id(QStringView key, QString &out) const;
    /** A required, non-empty string (a name or title). */
    bool name(QStringView key, QString &out) const;
    /** An optional string. */
    bool text(QStringView key, QString &out) const;
    /** An optional id reference: a string or null ("" counts as null). */
    bool reference(QStringView key, QString &out) const;
    bool number(QStringView key, double &out, Range range = Range::Any) const;
    /** An optional number that may be null (unset). */
    bool optionalNumber(QStringView key, std::optional<double> &out) const;
    bool requiredNumber(QStringView key, double &out) const;
    bool boolean(QStringView key, bool &out) const;
    /** An optional date, YYYY-MM-DD or null ("" counts as null). */
    bool date(QStringView key, QDate &out) const;
    bool array(QStringView key, QJsonArray &out) const;
    /** An optional object, as it is (for free-form settings). */
    bool rawObject(QStringView key, QJsonObject &out) const;
    /** A nested object; null or absent leave @p out empty when @p nullable. */
    bool object(QStringView key, std::optional<JsonFields> &out, bool nullable) const;

    /** An enumeration word: one of @p values' toString(). */
    template <typename E, size_t N>
    bool enumeration(QStringView key, E &out, std::optional<E> (*parse)(QStringView),
                     const std::array<E, N> &values) const
    {
        if (!m_object.contains(key))
            return true;
        QString word;
        if (!text(key, word))
            return false;
        if (const std::optional<E> e = parse(word)) {
            out = *e;
            return true;
        }
        QStringList allowed;
        for (E e : values)
            allowed.append(toString(e));
        return fail(key, tr("%1 is not one of: %2")
                             .arg(quoteForMessage(word), allowed.join(QStringLiteral(", "))));
    }

private:
    bool string(QStringView key, const QJsonValue &value, QString &out) const;
    bool checkRange(QStringView key, double value, Range range) const;

    JsonErrors &m_errors;
    QJsonObject m_object;
    QString m_path;
};

} // namespace scorecard
