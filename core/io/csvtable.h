// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/progress.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace scorecard {

/**
 * A CSV file decoded and split into rows and cells, as spreadsheets write
 * them (RFC 4180 and the usual departures from it):
 *
 * - Encoding: a byte order mark decides (UTF-8, UTF-16 LE or BE); without
 *   one, text that is valid UTF-8 is UTF-8, text with zero bytes in every
 *   other position is UTF-16, anything else is Windows-1252.
 * - Delimiter: comma, semicolon or tab, sniffed from the first 50 rows (the
 *   one that gives the same number of cells, at least two, in most rows;
 *   ties go to tab, then semicolon, then comma), unless given. Excel's
 *   first line `sep=;` names it, and is not a row.
 * - Quoting: a cell that starts with `"` (blanks before it are skipped) runs
 *   to the next lone `"`; inside, `""` is one quote, and delimiters and line
 *   breaks are text. Blanks after the closing quote are skipped; any other
 *   text there is an error, and so is a quote that is never closed.
 * - Rows end at CRLF, LF or CR. A row's number is its position in the file
 *   counting from 1, as a spreadsheet shows it (a line break inside quotes
 *   does not start a new row); blank lines count but hold no cells.
 *
 * Cells are views into the decoded text: reading a million rows makes no
 * string per cell.
 */
class CsvTable
{
public:
    enum class Encoding { Auto, Utf8, Utf16, Windows1252 };

    struct Options
    {
        Encoding encoding = Encoding::Auto;
        /** `,`, `;` or `\t`; a null QChar sniffs it. */
        QChar delimiter;
    };

    /**
     * Decodes and splits @p bytes. Fails on a file that cannot be text in the
     * requested encoding, on a spreadsheet workbook, on NUL characters and on
     * broken quoting (`row 7: a quoted cell is never closed`). @p progress
     * gets bytes done of the total; returning false cancels.
     */
    static Result<CsvTable> read(const QByteArray &bytes, const Options &options,
                                 const ProgressCallback &progress = {});

    /** The encoding found, as people name it: "UTF-8", "UTF-8 with BOM", "UTF-16LE" ... */
    QString encodingName() const { return m_encodingName; }
    QChar delimiter() const { return m_delimiter; }

    qsizetype rowCount() const { return qsizetype(m_rowStarts.size()) - 1; }
    /** The number of cells in @p row (0 for a blank line). */
    qsizetype cellCount(qsizetype row) const
    {
        return qsizetype(m_rowStarts[size_t(row) + 1] - m_rowStarts[size_t(row)]);
    }
    /** The text of a cell, quotes removed; empty beyond the end of a short row. */
    QStringView cell(qsizetype row, qsizetype column) const;
    /** True when every cell of @p row is empty or blanks only. */
    bool isBlankRow(qsizetype row) const;
    /** The row's number in the file, counting from 1 (the header is row 1). */
    qsizetype rowNumber(qsizetype row) const { return row + 1; }

    /** The name of a delimiter for messages and previews: "comma", "semicolon", "tab". */
    static QString delimiterName(QChar delimiter);

private:
    struct Cell
    {
        qsizetype offset = 0; ///< into m_text, or into m_unescaped when escaped
        qint32 length = 0;
        bool escaped = false;
        bool quoted = false;
    };

    Result<void> split(const ProgressCallback &progress);

    QString m_text;
    QString m_unescaped; ///< cells that contained "" (rare), unescaped
    QString m_encodingName;
    QChar m_delimiter;
    std::vector<Cell> m_cells;
    std::vector<qsizetype> m_rowStarts{0}; ///< index of each row's first cell, plus the end
};

} // namespace scorecard
