// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-cli import-csv and export-csv: output, messages and exit codes.
#include "clirun.h"
#include "csv_fixtures.h"
#include "fixtures.h"

#include "io/csvexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    return runCli(args, input);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString writeFile(const Scratch &s, const QString &name, const QByteArray &bytes)
{
    const QString path = s.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString corpus(const char *name)
{
    return QStringLiteral(SCORECARD_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

/** A new scorecard file with csvScorecard() in @p s. */
QString scorecardFile(const Scratch &s)
{
    const QString path = s.path(QStringLiteral("t.scorecard"));
    REQUIRE(ScorecardFile::create(path, csvScorecard(), true).ok());
    return path;
}

} // namespace

TEST_CASE("import-csv: a file with errors imports nothing, exits 1 and names every bad row",
          "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QByteArray sha = digest(path);
    const QString csv = corpus("errors.csv");
    const CliRun r = cli({QStringLiteral("import-csv"), path, csv});
    CHECK(r.exitCode == 1);
    const QString p = QStringLiteral("scorecard-cli: %1: ").arg(csv);
    CHECK(r.err ==
          p + QStringLiteral("row 4: unknown KPI \"Sales EMEA\"\n") + p +
              QStringLiteral("row 5, column Value: \"eighty\" is not a number\n") + p +
              QStringLiteral("row 6, column Period: \"2026-04\" is a month, but KPI \"churn\" is "
                             "quarterly\n") +
              p +
              QStringLiteral(
                  "row 7, column Period: \"2026-13\" is not a period: month 13 does not exist\n") +
              p + QStringLiteral("row 8: no KPI\n") + p +
              QStringLiteral("row 9, column Period: no period\n") + p +
              QStringLiteral("row 10: a second value for KPI \"revenue\" in 2026-04 (the first is "
                             "in row 2)\n") +
              p +
              QStringLiteral("row 11: KPI \"Sales\" is ambiguous: it could be \"sales-north\", "
                             "\"sales-south\" (use the id)\n") +
              p +
              QStringLiteral("row 12: 5 cells, but the header has 4 columns (quote cells that "
                             "contain the delimiter)\n") +
              p +
              QStringLiteral("nothing was imported (errors: 9; --skip-errors imports the rows "
                             "without errors)\n"));
    CHECK(r.out == (csv + QStringLiteral(": long layout, comma-delimited, UTF-8, decimal point\n"
                                         "to add: 2, to overwrite: 0, unchanged: 0, blank cells "
                                         "skipped: 0, rows with errors: 9\n"))
                       .toUtf8());
    CHECK(digest(path) == sha);
}

TEST_CASE("import-csv --skip-errors imports the good rows and lists the skipped ones", "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QString csv = corpus("errors.csv");
    const CliRun r =
        cli({QStringLiteral("import-csv"), path, csv, QStringLiteral("--skip-errors")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.count(u'\n') == 10);
    CHECK(r.err.endsWith(
        QStringLiteral(
            "scorecard-cli: %1: rows skipped for their errors: 4, 5, 6, 7, 8, 9, 10, 11, 12\n")
            .arg(csv)));
    CHECK(r.out.endsWith("added: 2, overwritten: 0, unchanged: 0, blank cells skipped: 0, rows "
                         "with errors: 9\n"));
    const Scorecard after = reload(path);
    CHECK(after.kpis[0].measurements.size() == 5); // 2026-01..03 and the two new months
}

TEST_CASE("import-csv --dry-run prints the preview and leaves the file byte-identical",
          "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QByteArray sha = digest(path);
    const QString csv = corpus("long-basic.csv");
    CliRun r = cli({QStringLiteral("import-csv"), path, csv, QStringLiteral("--dry-run")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out ==
          (csv + QStringLiteral(": long layout, comma-delimited, UTF-8, decimal point\n"
                                "add revenue 2026-04: 210 note \"April, after the \\\"spring\\\" "
                                "campaign\"\n"
                                "add revenue 2026-05: 1234.5\n"
                                "add revenue 2026-06: 1.5 note \"two\\nlines\"\n"
                                "add churn 2026-Q2: 6.5\n"
                                "add churn 2026-Q3: 5 note \"date maps to Q3\"\n"
                                "add tickets 2026-W07: 38\n"
                                "add headcount 2026: 125\n"
                                "add satisfaction 2026-03: 81\n"
                                "to add: 8, to overwrite: 0, unchanged: 1, blank cells skipped: 0, "
                                "rows with errors: 0\n"
                                "dry run: nothing was written\n"))
              .toUtf8());
    CHECK(digest(path) == sha);
    CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("t.scorecard")});

    const QString change =
        writeFile(s, QStringLiteral("change.csv"), "kpi;period;value\nrevenue;2026-03;200,5\n");
    r = cli({QStringLiteral("import-csv"), path, change, QStringLiteral("--dry-run")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("\noverwrite revenue 2026-03: 190 -> 200.5\n"));
    CHECK(digest(path) == sha);
    // A dry run with errors exits 1 as the import would.
    r = cli(
        {QStringLiteral("import-csv"), path, corpus("errors.csv"), QStringLiteral("--dry-run")});
    CHECK(r.exitCode == 1);
    CHECK(digest(path) == sha);
}

TEST_CASE("import-csv imports, and the options override what is detected", "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    CliRun r = cli({QStringLiteral("import-csv"), path, corpus("long-cp1252.csv")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(
        (corpus("long-cp1252.csv") +
         QStringLiteral(": long layout, semicolon-delimited, Windows-1252, decimal comma\n"))
            .toUtf8()));
    CHECK(reload(path).kpis[4].measurements.at(0).note ==
          QStringLiteral("R\u00e9sum\u00e9: tr\u00e8s bien"));

    // Forced UTF-8 on a Windows-1252 file: refused as a whole.
    r = cli({QStringLiteral("import-csv"), path, corpus("long-cp1252.csv"),
             QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("scorecard-cli: %1: the file is not valid UTF-8 (try --encoding "
                                  "windows-1252)\n")
                       .arg(corpus("long-cp1252.csv")));

    // A tab-separated file read with semicolons is one column: no layout.
    const QString tabs =
        writeFile(s, QStringLiteral("tabs.csv"), "kpi\tperiod\tvalue\nrevenue\t2026-07\t1\n");
    r = cli({QStringLiteral("import-csv"), path, tabs, QStringLiteral("--delimiter"),
             QStringLiteral(";")});
    CHECK(r.exitCode == 1);
    r = cli({QStringLiteral("import-csv"), path, tabs, QStringLiteral("--delimiter"),
             QStringLiteral("tab")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("tab-delimited"));

    // 1,234 in a semicolon file is detected as a decimal comma; --decimal point says otherwise.
    const QString thousands =
        writeFile(s, QStringLiteral("thousands.csv"), "kpi;period;value\nrevenue;2026-08;1,234\n");
    r = cli({QStringLiteral("import-csv"), path, thousands, QStringLiteral("--dry-run")});
    CHECK(r.out.contains("add revenue 2026-08: 1.234\n"));
    r = cli({QStringLiteral("import-csv"), path, thousands, QStringLiteral("--dry-run"),
             QStringLiteral("--decimal"), QStringLiteral("point")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("decimal point\n"));
    CHECK(r.out.contains("add revenue 2026-08: 1234\n"));
    r = cli({QStringLiteral("import-csv"), path, thousands, QStringLiteral("--decimal"),
             QStringLiteral("dot")});
    CHECK(r.exitCode == 2);
    CHECK(r.err == QStringLiteral("scorecard-cli: import-csv: --decimal must be point or comma\n"));

    // --layout wide on a long file.
    r = cli({QStringLiteral("import-csv"), path, corpus("headerless.csv"),
             QStringLiteral("--layout"), QStringLiteral("wide")});
    CHECK(r.exitCode == 1);

    // Standard input.
    r = cli({QStringLiteral("import-csv"), path, QStringLiteral("-")},
            "kpi,period,value\nheadcount,2028,140\n");
    CHECK(r.exitCode == 0);
    CHECK(reload(path).kpis[3].measurements.back().value == 140);
}

TEST_CASE("import-csv: usage errors and unusable files exit 2", "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QString csv = corpus("headerless.csv");
    const QString cmd = QStringLiteral("scorecard-cli: import-csv: ");
    CliRun r = cli({QStringLiteral("import-csv"), path, csv, QStringLiteral("--layout"),
                    QStringLiteral("diagonal")});
    CHECK(r.exitCode == 2);
    CHECK(r.err == cmd + QStringLiteral("--layout must be long or wide\n"));
    r = cli({QStringLiteral("import-csv"), path, csv, QStringLiteral("--delimiter"),
             QStringLiteral("|")});
    CHECK(r.exitCode == 2);
    CHECK(r.err == cmd + QStringLiteral("--delimiter must be , or ; or tab\n"));
    r = cli({QStringLiteral("import-csv"), path, csv, QStringLiteral("--encoding"),
             QStringLiteral("latin9")});
    CHECK(r.exitCode == 2);
    CHECK(r.err == cmd + QStringLiteral("--encoding must be utf-8, utf-16 or windows-1252\n"));
    r = cli({QStringLiteral("import-csv"), path});
    CHECK(r.exitCode == 2);
    const QString missing = s.path(QStringLiteral("missing.csv"));
    r = cli({QStringLiteral("import-csv"), path, missing});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("scorecard-cli: %1: ").arg(missing)));
    r = cli({QStringLiteral("import-csv"), s.path(QStringLiteral("nope.scorecard")), csv});
    CHECK(r.exitCode == 2);
    CHECK(r.err == QStringLiteral("scorecard-cli: %1: no such file\n")
                       .arg(s.path(QStringLiteral("nope.scorecard"))));
    // A CSV that cannot be read as a whole fails on its input: exit 1.
    r = cli({QStringLiteral("import-csv"), path, corpus("broken-quote.csv")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("scorecard-cli: %1: row 2: a quoted cell is never closed\n")
                       .arg(corpus("broken-quote.csv")));
    r = cli({QStringLiteral("import-csv"), path, corpus("empty.csv")});
    CHECK(r.exitCode == 1);
    CHECK(r.err ==
          QStringLiteral("scorecard-cli: %1: the file is empty\n").arg(corpus("empty.csv")));
}

TEST_CASE("export-csv writes long or wide CSV, re-importing it changes nothing", "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QByteArray sha = digest(path);
    CliRun r = cli({QStringLiteral("export-csv"), path});
    CHECK(r.exitCode == 0);
    CHECK(r.out == CsvExport::toCsv(csvScorecard()));
    r = cli(
        {QStringLiteral("export-csv"), path, QStringLiteral("--layout"), QStringLiteral("wide")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == CsvExport::toCsv(csvScorecard(), CsvImport::Layout::Wide));

    for (const char *layout : {"long", "wide"}) {
        const QString out = s.path(QStringLiteral("out-%1.csv").arg(QLatin1String(layout)));
        r = cli({QStringLiteral("export-csv"), path, QStringLiteral("--layout"),
                 QString::fromLatin1(layout), out});
        CHECK(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        r = cli({QStringLiteral("import-csv"), path, out});
        CHECK(r.exitCode == 0);
        CHECK(r.out.endsWith("nothing to change: every value is already there\n"));
        CHECK(digest(path) == sha);
    }
    r = cli(
        {QStringLiteral("export-csv"), path, QStringLiteral("--layout"), QStringLiteral("tall")});
    CHECK(r.exitCode == 2);
    r = cli({QStringLiteral("export-csv"), s.path(QStringLiteral("nope.scorecard"))});
    CHECK(r.exitCode == 2);
}

TEST_CASE("import-csv: an error quotes the cell exactly, a no-break space too", "[csv][cli]")
{
    Scratch s;
    const QString path = scorecardFile(s);
    const QString csv = writeFile(s, QStringLiteral("nbsp.csv"),
                                  "kpi,period,value\nNo\xc2\xa0such  KPI,2026-04,1\n");
    const CliRun r = cli({QStringLiteral("import-csv"), path, csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(
        QStringLiteral("scorecard-cli: %1: row 2: unknown KPI \"No\u00a0such  KPI\"\n").arg(csv)));
}
