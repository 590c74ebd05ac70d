// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvtable.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::CsvTable", text);
}

Error cancelled()
{
    return fail(tr("cancelled"));
}

/** Windows-1252 bytes 0x80-0x9F; the five unassigned ones map to the C1 controls, as browsers do.
 */
constexpr std::array<char16_t, 32> kCp1252High{
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = b >= 0x80 && b < 0xa0 ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

enum class Utf16Guess { No, LittleEndian, BigEndian };

/** UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte. */
Utf16Guess guessUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return Utf16Guess::No;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddZeros * 10 >= units * 4 && evenZeros * 10 < units)
        return Utf16Guess::LittleEndian;
    if (evenZeros * 10 >= units * 4 && oddZeros * 10 < units)
        return Utf16Guess::BigEndian;
    return Utf16Guess::No;
}

Result<QString> decodeUtf16(QByteArrayView bytes, bool bigEndian)
{
    if (bytes.size() % 2 != 0)
        return fail(tr("the file is not valid UTF-16 (it has an odd number of bytes)"));
    QStringDecoder decoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(tr("the file is not valid UTF-16"));
    return text;
}

struct Decoded
{
    QString text;
    QString name;
};

Result<Decoded> decode(const QByteArray &bytes, CsvTable::Encoding encoding)
{
    using Encoding = CsvTable::Encoding;
    const QByteArrayView all(bytes);
    const bool utf8Bom = all.startsWith("\xef\xbb\xbf");
    const bool le = all.startsWith("\xff\xfe");
    const bool be = all.startsWith("\xfe\xff");

    if (encoding == Encoding::Auto) {
        if (le || be) {
            encoding = Encoding::Utf16;
        } else if (utf8Bom) {
            encoding = Encoding::Utf8;
        } else if (guessUtf16(all) != Utf16Guess::No) {
            encoding = Encoding::Utf16;
        } else {
            QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            QString text = decoder(all);
            if (!decoder.hasError())
                return Decoded{std::move(text), QStringLiteral("UTF-8")};
            encoding = Encoding::Windows1252;
        }
    }

    switch (encoding) {
    case Encoding::Utf8: {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder(utf8Bom ? all.sliced(3) : all);
        if (decoder.hasError())
            return fail(tr("the file is not valid UTF-8 (try --encoding windows-1252)"));
        return Decoded{std::move(text),
                       utf8Bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8")};
    }
    case Encoding::Utf16: {
        bool bigEndian = be;
        QByteArrayView body = all;
        if (le || be)
            body = all.sliced(2);
        else
            bigEndian = guessUtf16(all) == Utf16Guess::BigEndian;
        auto text = decodeUtf16(body, bigEndian);
        if (!text)
            return fail(text.error());
        return Decoded{std::move(text).value(),
                       bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE")};
    }
    case Encoding::Windows1252:
        return Decoded{fromWindows1252(all), QStringLiteral("Windows-1252")};
    case Encoding::Auto:
        break;
    }
    return fail(tr("unknown encoding"));
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/** The number of cells in each of the first @p maxRows rows, splitting at @p delimiter. */
std::vector<int> cellCounts(QStringView text, QChar delimiter, int maxRows)
{
    std::vector<int> counts;
    qsizetype i = 0;
    const qsizetype n = text.size();
    int cells = 1;
    bool inQuotes = false, cellStart = true, blank = true;
    while (i < n && int(counts.size()) < maxRows) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
        } else if (c == u'"' && cellStart) {
            inQuotes = true;
            cellStart = false;
            blank = false;
        } else if (c == delimiter) {
            ++cells;
            cellStart = true;
            blank = false;
        } else if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            if (!blank)
                counts.push_back(cells);
            cells = 1;
            cellStart = blank = true;
        } else if (c != u' ') {
            cellStart = false;
            blank = false;
        }
        ++i;
    }
    if (!blank && int(counts.size()) < maxRows)
        counts.push_back(cells);
    return counts;
}

QChar sniffDelimiter(QStringView text)
{
    constexpr int kSampleRows = 50;
    QChar best = u',';
    int bestConsistent = 0, bestCells = 0;
    // In order of preference on a tie: tabs and semicolons rarely appear in
    // values, commas often do (decimal commas, text).
    for (QChar candidate : {QChar(u'\t'), QChar(u';'), QChar(u',')}) {
        const std::vector<int> counts = cellCounts(text, candidate, kSampleRows);
        if (counts.empty() || counts.front() < 2)
            continue;
        int consistent = 0;
        for (int c : counts)
            consistent += c == counts.front();
        if (consistent > bestConsistent ||
            (consistent == bestConsistent && counts.front() > bestCells)) {
            best = candidate;
            bestConsistent = consistent;
            bestCells = counts.front();
        }
    }
    return best;
}

} // namespace

QString CsvTable::delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return tr("comma");
    if (delimiter == u';')
        return tr("semicolon");
    if (delimiter == u'\t')
        return tr("tab");
    return QString(delimiter);
}

Result<CsvTable> CsvTable::read(const QByteArray &bytes, const Options &options,
                                const ProgressCallback &progress)
{
    if (bytes.startsWith("PK\x03\x04"))
        return fail(tr("this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV "
                       "first"));
    if (options.delimiter != QChar() && options.delimiter != u',' && options.delimiter != u';' &&
        options.delimiter != u'\t')
        return fail(tr("the delimiter must be a comma, a semicolon or a tab"));
    auto decoded = decode(bytes, options.encoding);
    if (!decoded)
        return fail(decoded.error());
    CsvTable table;
    table.m_text = std::move(decoded->text);
    table.m_encodingName = std::move(decoded->name);
    if (table.m_text.contains(QChar(0)))
        return fail(tr("not a text file: it contains NUL characters"));
    // Excel's "sep=;" first line names the delimiter; Excel does not show it as a row.
    QChar declared;
    const QStringView text(table.m_text);
    if (text.size() >= 5 && text.left(4).compare(u"sep=", Qt::CaseInsensitive) == 0 &&
        (text[4] == u',' || text[4] == u';' || text[4] == u'\t') &&
        (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n')) {
        declared = text[4];
        qsizetype skip = 5;
        if (skip < text.size() && text[skip] == u'\r')
            ++skip;
        if (skip < text.size() && text[skip] == u'\n')
            ++skip;
        table.m_text.remove(0, skip);
    }
    table.m_delimiter = options.delimiter != QChar() ? options.delimiter
                        : declared != QChar()        ? declared
                                                     : sniffDelimiter(table.m_text);
    if (auto r = table.split(progress); !r)
        return fail(r.error());
    return table;
}

Result<void> CsvTable::split(const ProgressCallback &progress)
{
    const QChar *text = m_text.constData();
    const qsizetype n = m_text.size();
    const QChar delimiter = m_delimiter;
    // Blanks skipped before an opening quote and after a closing one.
    auto isPad = [&](QChar c) { return c == u' ' || (c == u'\t' && delimiter != u'\t'); };

    m_cells.reserve(size_t(n / 8));
    m_rowStarts.reserve(size_t(n / 24));
    qsizetype i = 0;
    qsizetype nextReport = 0;
    constexpr qsizetype kReportEvery = 1 << 20;
    while (i < n) {
        if (progress && i >= nextReport) {
            if (!progress(i, n))
                return cancelled();
            nextReport = i + kReportEvery;
        }
        const qsizetype row = rowCount();
        // One row: cells until a line break outside quotes, or the end.
        for (;;) {
            qsizetype start = i;
            qsizetype j = i;
            while (j < n && isPad(text[j]))
                ++j;
            if (j < n && text[j] == u'"') {
                // A quoted cell.
                const qsizetype open = j;
                bool escaped = false;
                qsizetype k = open + 1;
                for (;;) {
                    if (k >= n)
                        return fail(tr("row %1: a quoted cell is never closed").arg(row + 1));
                    if (text[k] == u'"') {
                        if (k + 1 < n && text[k + 1] == u'"') {
                            escaped = true;
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    ++k;
                }
                Cell cell;
                cell.quoted = true;
                if (escaped) {
                    cell.offset = m_unescaped.size();
                    cell.escaped = true;
                    for (qsizetype p = open + 1; p < k; ++p) {
                        m_unescaped.append(text[p]);
                        if (text[p] == u'"')
                            ++p; // the second quote of a ""
                    }
                    cell.length = qint32(m_unescaped.size() - cell.offset);
                } else {
                    cell.offset = open + 1;
                    cell.length = qint32(k - open - 1);
                }
                m_cells.push_back(cell);
                i = k + 1;
                while (i < n && isPad(text[i]))
                    ++i;
                if (i < n && text[i] != delimiter && !isLineBreak(text[i]))
                    return fail(
                        tr("row %1: text after the closing quote of a quoted cell").arg(row + 1));
            } else {
                j = start;
                while (j < n && text[j] != delimiter && !isLineBreak(text[j]))
                    ++j;
                m_cells.push_back({start, qint32(j - start), false, false});
                i = j;
            }
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        // The line break: CRLF, LF or a lone CR.
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n')
            ++i;
        // A blank line is a row without cells (but `""` is a row with one empty cell).
        if (m_cells.size() - size_t(m_rowStarts.back()) == 1 && m_cells.back().length == 0 &&
            !m_cells.back().quoted)
            m_cells.pop_back();
        m_rowStarts.push_back(qsizetype(m_cells.size()));
    }
    if (progress && !progress(n, n))
        return cancelled();
    return {};
}

QStringView CsvTable::cell(qsizetype row, qsizetype column) const
{
    if (column < 0 || column >= cellCount(row))
        return {};
    const Cell &c = m_cells[size_t(m_rowStarts[size_t(row)] + column)];
    const QString &source = c.escaped ? m_unescaped : m_text;
    return QStringView(source).mid(c.offset, c.length);
}

bool CsvTable::isBlankRow(qsizetype row) const
{
    for (qsizetype c = 0; c < cellCount(row); ++c) {
        if (!cell(row, c).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace scorecard
