// SPDX-License-Identifier: GPL-3.0-or-later
// CsvTable: decoding, delimiter sniffing and RFC 4180 splitting.
#include "io/csvtable.h"

#include "catchqt.h"

#include <QStringEncoder>
#include <QStringList>

#include <catch2/catch.hpp>

using namespace scorecard;

namespace {

CsvTable table(const QByteArray &bytes, CsvTable::Options options = {})
{
    auto t = CsvTable::read(bytes, options);
    INFO(t.error().toStdString());
    REQUIRE(t.ok());
    return std::move(t).value();
}

QString readError(const QByteArray &bytes, CsvTable::Options options = {})
{
    auto t = CsvTable::read(bytes, options);
    REQUIRE_FALSE(t.ok());
    return t.error();
}

/** Every row's cells joined by '|', rows by '/'; a blank line shows as nothing. */
QString cells(const CsvTable &t)
{
    QStringList rows;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        QStringList row;
        for (qsizetype c = 0; c < t.cellCount(r); ++c)
            row << t.cell(r, c).toString();
        rows << row.join(u'|');
    }
    return rows.join(u'/');
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QStringEncoder e(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                     bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return e(text);
}

} // namespace

TEST_CASE("Encodings are detected from the byte order mark or the bytes", "[csv][table]")
{
    const QString text = QStringLiteral("kpi,period,value\nrevenue,2026-03,\u20ac5\n");
    const QString expected = QStringLiteral("kpi|period|value/revenue|2026-03|\u20ac5");

    CsvTable t = table(text.toUtf8());
    CHECK(t.encodingName() == QStringLiteral("UTF-8"));
    CHECK(cells(t) == expected);

    t = table("\xef\xbb\xbf" + text.toUtf8());
    CHECK(t.encodingName() == QStringLiteral("UTF-8 with BOM"));
    CHECK(cells(t) == expected); // the BOM is not part of the first cell

    t = table(utf16(text, false, true));
    CHECK(t.encodingName() == QStringLiteral("UTF-16LE"));
    CHECK(cells(t) == expected);
    t = table(utf16(text, true, true));
    CHECK(t.encodingName() == QStringLiteral("UTF-16BE"));
    CHECK(cells(t) == expected);
    t = table(utf16(text, false, false));
    CHECK(t.encodingName() == QStringLiteral("UTF-16LE"));
    CHECK(cells(t) == expected);
    t = table(utf16(text, true, false));
    CHECK(t.encodingName() == QStringLiteral("UTF-16BE"));
    CHECK(cells(t) == expected);

    // Not valid UTF-8: Windows-1252, where 0x80 is the euro sign and 0xe9 is é.
    t = table(QByteArray("caf\xe9,\x80"
                         "5\n"));
    CHECK(t.encodingName() == QStringLiteral("Windows-1252"));
    CHECK(cells(t) == QStringLiteral("caf\u00e9|\u20ac5"));
    // Every byte of Windows-1252's special range decodes to its character.
    t = table(QByteArray("\x91\x92\x93\x94\x96\x97\x85\x99,\x9f\x8a\x81"));
    CHECK(cells(t) ==
          QStringLiteral("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2122|\u0178\u0160\u0081"));
}

TEST_CASE("A requested encoding is used, and bytes that do not fit it are an error", "[csv][table]")
{
    CsvTable::Options utf8;
    utf8.encoding = CsvTable::Encoding::Utf8;
    CHECK(readError("caf\xe9\n", utf8) ==
          QStringLiteral("the file is not valid UTF-8 (try --encoding windows-1252)"));
    CsvTable::Options cp1252;
    cp1252.encoding = CsvTable::Encoding::Windows1252;
    // Valid UTF-8 read as Windows-1252 on request: each byte is one character.
    CHECK(cells(table("\xc3\xa9", cp1252)) == QStringLiteral("\u00c3\u00a9"));
    CsvTable::Options wide;
    wide.encoding = CsvTable::Encoding::Utf16;
    CHECK(readError("abc", wide) ==
          QStringLiteral("the file is not valid UTF-16 (it has an odd number of bytes)"));
    CHECK(cells(table(utf16(QStringLiteral("a,b"), true, false), wide)) == QStringLiteral("a|b"));
}

TEST_CASE("Files that are not CSV text are refused", "[csv][table]")
{
    CHECK(readError(QByteArray("PK\x03\x04rest", 8)) ==
          QStringLiteral("this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV "
                         "first"));
    CHECK(readError(QByteArray("a,b\0c\n", 6)) ==
          QStringLiteral("not a text file: it contains NUL characters"));
    CsvTable::Options pipe;
    pipe.delimiter = u'|';
    CHECK(readError("a|b", pipe) ==
          QStringLiteral("the delimiter must be a comma, a semicolon or a tab"));
}

TEST_CASE("The delimiter is sniffed, or given", "[csv][table]")
{
    CHECK(table("a,b,c\n1,2,3\n").delimiter() == u',');
    CHECK(table("a;b;c\n1;2;3\n").delimiter() == u';');
    CHECK(table("a\tb\tc\n1\t2\t3\n").delimiter() == u'\t');
    // Decimal commas do not fool it: semicolons split every row the same way.
    CHECK(table("kpi;period;value\nrevenue;2026-03;1,5\nchurn;2026-Q1;2,25\n").delimiter() == u';');
    // Nor commas inside quotes, nor a comma in some notes.
    CHECK(table("kpi;value;note\nr;\"1,5\";a, b\nc;2;x\n").delimiter() == u';');
    CHECK(table("kpi,value,note\nr,\"1;5\",x\nc,2,y\n").delimiter() == u',');
    // One column: nothing to sniff, a comma is assumed.
    CHECK(table("kpi\nrevenue\n").delimiter() == u',');
    CsvTable::Options tab;
    tab.delimiter = u'\t';
    const CsvTable t = table("a,b\tc\n", tab);
    CHECK(t.delimiter() == u'\t');
    CHECK(cells(t) == QStringLiteral("a,b|c"));
    // Excel's "sep=" line names it and is not a row; a given delimiter still wins.
    const CsvTable sep = table("sep=;\r\na;b,c\r\n");
    CHECK(sep.delimiter() == u';');
    CHECK(cells(sep) == QStringLiteral("a|b,c"));
    CsvTable::Options comma;
    comma.delimiter = u',';
    CHECK(cells(table("SEP=;\na;b,c\n", comma)) == QStringLiteral("a;b|c"));
    CHECK(CsvTable::delimiterName(u',') == QStringLiteral("comma"));
    CHECK(CsvTable::delimiterName(u';') == QStringLiteral("semicolon"));
    CHECK(CsvTable::delimiterName(u'\t') == QStringLiteral("tab"));
}

TEST_CASE("RFC 4180: quotes, embedded delimiters, quotes and line breaks", "[csv][table]")
{
    const CsvTable t = table("kpi,note\r\n"
                             "a,\"x, y\"\r\n"
                             "b,\"say \"\"hi\"\"\"\r\n"
                             "c,\"two\r\nlines\"\r\n"
                             "d,\"\"\r\n"
                             "e, \"padded\" \r\n"
                             "f,5\" screen\r\n");
    REQUIRE(t.rowCount() == 7);
    CHECK(t.cell(1, 1) == u"x, y");
    CHECK(t.cell(2, 1) == u"say \"hi\"");
    CHECK(t.cell(3, 1) == u"two\r\nlines");
    CHECK(t.cell(4, 1) == u"");
    CHECK(t.cellCount(4) == 2);
    CHECK(t.cell(5, 1) == u"padded");     // blanks around a quoted cell are not part of it
    CHECK(t.cell(6, 1) == u"5\" screen"); // a quote inside an unquoted cell is text
    // Row numbers count records, as a spreadsheet does, not lines.
    CHECK(t.rowNumber(4) == 5);
}

TEST_CASE("Line ends: CRLF, LF and CR, blank lines and trailing delimiters", "[csv][table]")
{
    CHECK(cells(table("a,b\r\n1,2\r\n")) == QStringLiteral("a|b/1|2"));
    CHECK(cells(table("a,b\n1,2\n")) == QStringLiteral("a|b/1|2"));
    CHECK(cells(table("a,b\r1,2\r")) == QStringLiteral("a|b/1|2"));
    CHECK(cells(table("a,b\n1,2")) == QStringLiteral("a|b/1|2")); // no final line end
    const CsvTable t = table("a,b\n\n1,2,\n  \n");
    CHECK(cells(t) == QStringLiteral("a|b//1|2|/  "));
    CHECK(t.cellCount(1) == 0);
    CHECK(t.isBlankRow(1));
    CHECK(t.isBlankRow(3));
    CHECK_FALSE(t.isBlankRow(2));
    CHECK(t.cell(2, 5).isEmpty()); // beyond a short row
    CHECK(table("").rowCount() == 0);
}

TEST_CASE("Broken quoting is an error naming the row", "[csv][table]")
{
    CHECK(readError("a,b\n1,\"open\n2,3\n") ==
          QStringLiteral("row 2: a quoted cell is never closed"));
    CHECK(readError("a,b\n\"x\"\"y\"z,1\n") ==
          QStringLiteral("row 2: text after the closing quote of a quoted cell"));
    // The row of a record that starts after a multi-line quoted cell.
    CHECK(readError("a\n\"1\n2\n3\"\n\"x\"y\n") ==
          QStringLiteral("row 3: text after the closing quote of a quoted cell"));
}

TEST_CASE("Reading reports progress and can be cancelled", "[csv][table]")
{
    QByteArray big = "kpi,period,value\n";
    for (int i = 0; i < 200000; ++i)
        big += "revenue,2026-03,1\n";
    qint64 last = -1, calls = 0;
    auto t = CsvTable::read(big, {}, [&](qint64 done, qint64 total) {
        CHECK(done >= last);
        CHECK(total > 0);
        last = done;
        ++calls;
        return true;
    });
    REQUIRE(t.ok());
    CHECK(t->rowCount() == 200001);
    CHECK(calls >= 2);
    auto cancelled = CsvTable::read(big, {}, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == QStringLiteral("cancelled"));
}
