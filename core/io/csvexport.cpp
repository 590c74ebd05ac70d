// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace scorecard {
namespace {

void appendCell(QByteArray &out, const QString &text)
{
    bool quote = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    for (QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text.toUtf8());
        return;
    }
    out.append('"');
    out.append(text.toUtf8().replace('"', "\"\""));
    out.append('"');
}

bool periodOrder(const Period &a, const Period &b)
{
    const QDate sa = a.startDate(), sb = b.startDate();
    if (sa != sb)
        return sa < sb;
    return int(a.frequency()) < int(b.frequency());
}

} // namespace

QByteArray CsvExport::cell(const QString &text)
{
    QByteArray out;
    appendCell(out, text);
    return out;
}

QByteArray CsvExport::number(double value)
{
    // Whole numbers a double holds exactly print as integers ("90", not "9e+01").
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::abs(value) < kExactIntegerLimit)
        return QByteArray::number(qint64(value));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray CsvExport::toCsv(const Scorecard &sc, CsvImport::Layout layout)
{
    QByteArray out;
    if (layout != CsvImport::Layout::Wide) {
        qsizetype count = 0;
        for (const Kpi &k : sc.kpis)
            count += qsizetype(k.measurements.size());
        out.reserve(32 + count * 32);
        out.append("kpi,period,value,note\r\n");
        for (const Kpi &k : sc.kpis) {
            QByteArray id;
            appendCell(id, k.id.value);
            for (const Measurement &m : k.measurements) {
                out.append(id);
                out.append(',');
                out.append(m.period.toString().toLatin1());
                out.append(',');
                out.append(number(m.value));
                out.append(',');
                appendCell(out, m.note);
                out.append("\r\n");
            }
        }
        return out;
    }

    // Every period with a value, once: (frequency, ordinal) -> column.
    QHash<QPair<int, int>, qsizetype> column;
    std::vector<Period> periods;
    for (const Kpi &k : sc.kpis) {
        for (const Measurement &m : k.measurements) {
            const QPair<int, int> key(int(m.period.frequency()), m.period.ordinal());
            if (!column.contains(key)) {
                column.insert(key, 0);
                periods.push_back(m.period);
            }
        }
    }
    std::sort(periods.begin(), periods.end(), periodOrder);
    out.append("kpi");
    for (size_t i = 0; i < periods.size(); ++i) {
        column.insert({int(periods[i].frequency()), periods[i].ordinal()}, qsizetype(i));
        out.append(',');
        out.append(periods[i].toString().toLatin1());
    }
    out.append("\r\n");
    std::vector<const Measurement *> row(periods.size());
    for (const Kpi &k : sc.kpis) {
        std::fill(row.begin(), row.end(), nullptr);
        for (const Measurement &m : k.measurements)
            row[size_t(column.value({int(m.period.frequency()), m.period.ordinal()}))] = &m;
        appendCell(out, k.id.value);
        for (const Measurement *m : row) {
            out.append(',');
            if (m)
                out.append(number(m->value));
        }
        out.append("\r\n");
    }
    return out;
}

} // namespace scorecard
