// SPDX-License-Identifier: GPL-3.0-or-later
// import-csv and export-csv: KPI values in and out of a scorecard as CSV.
#include "cli/cli.h"

#include "document/scorecarddocument.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/jsonfields.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace scorecard::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::cli", text);
}

std::optional<CsvImport::Layout> layoutOption(const QString &value)
{
    if (value == u"long")
        return CsvImport::Layout::Long;
    if (value == u"wide")
        return CsvImport::Layout::Wide;
    return std::nullopt;
}

/** "12% reading", redrawn in place on a terminal, at most ten times a second. */
class TerminalProgress
{
public:
    explicit TerminalProgress(const QString &file) : m_file(file), m_enabled(isatty(2) == 1)
    {
        m_clock.start();
    }
    ~TerminalProgress() { clear(); }

    CsvImport::Progress callback()
    {
        if (!m_enabled)
            return {};
        return [this](CsvImport::Stage stage, qint64 done, qint64 total) {
            if (m_clock.elapsed() - m_last < 100 && done < total)
                return true;
            m_last = m_clock.elapsed();
            static const char *const kStages[] = {QT_TRANSLATE_NOOP("scorecard::cli", "reading"),
                                                  QT_TRANSLATE_NOOP("scorecard::cli", "checking"),
                                                  QT_TRANSLATE_NOOP("scorecard::cli", "writing")};
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            const QString line = QStringLiteral("\rscorecard-cli: %1: %2 %3%\x1b[K")
                                     .arg(m_file, tr(kStages[int(stage)]))
                                     .arg(percent);
            std::fputs(line.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
            m_drawn = true;
            return true;
        };
    }
    void clear()
    {
        if (m_drawn) {
            std::fputs("\r\x1b[K", stderr);
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    QString m_file;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

QString describe(const CsvImport::Preview &p, const QString &file)
{
    const QString decimal =
        p.decimal == NumberText::Decimal::Point ? tr("decimal point") : tr("decimal comma");
    QString out = tr("%1: %2 layout%3, %4-delimited, %5, %6\n")
                      .arg(file, CsvImport::layoutName(p.layout),
                           p.hasHeader ? QString() : tr(" without a header"),
                           CsvTable::delimiterName(p.delimiter), p.encodingName, decimal);
    if (!p.ignoredColumns.isEmpty())
        out += tr("ignored columns: %1\n").arg(p.ignoredColumns.join(QStringLiteral(", ")));
    return out;
}

QString counts(const CsvImport::Preview &p, bool done)
{
    const QString text = done ? tr("added: %1, overwritten: %2, unchanged: %3, blank cells "
                                   "skipped: %4, rows with errors: %5\n")
                              : tr("to add: %1, to overwrite: %2, unchanged: %3, blank cells "
                                   "skipped: %4, rows with errors: %5\n");
    return text.arg(p.added)
        .arg(p.overwritten)
        .arg(p.unchanged)
        .arg(p.blankCells)
        .arg(p.skippedRows.size());
}

QByteArray details(const CsvImport::Preview &p)
{
    QByteArray out;
    for (const CsvImport::Entry &e : p.entries) {
        if (e.status == CsvImport::Entry::Status::Unchanged)
            continue;
        QByteArray line = e.status == CsvImport::Entry::Status::Add ? "add " : "overwrite ";
        line += e.kpi.value.toUtf8() + ' ' + e.period.toString().toLatin1() + ": ";
        if (e.status == CsvImport::Entry::Status::Overwrite)
            line += CsvExport::number(e.oldValue) + " -> ";
        line += CsvExport::number(e.value);
        if (e.hasNote && !e.note.isEmpty())
            line += " note " + quoteForMessage(e.note).toUtf8();
        out += line + '\n';
    }
    return out;
}

} // namespace

int runImportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import KPI values from a CSV file into a scorecard, as one undoable change. A file "
           "with any error imports nothing (each bad row and cell is named), unless "
           "--skip-errors."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"), tr("the scorecard to change"));
    parser.addPositionalArgument(QStringLiteral("DATA.csv"),
                                 tr("the values; - for standard input"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("long (KPI, period, value[, note] per row) or wide (a "
                                       "row per KPI, a column per period); default: detected"),
                                    QStringLiteral("long|wide"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("the cell delimiter; default: detected"),
                                       QStringLiteral(",|;|tab"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("the text encoding; default: detected"),
                                      QStringLiteral("utf-8|utf-16|windows-1252"));
    const QCommandLineOption decimal(QStringLiteral("decimal"),
                                     tr("the decimal separator of values, point (1,234.5) or "
                                        "comma (1.234,5); default: detected from the file"),
                                     QStringLiteral("point|comma"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("print what would change and write nothing"));
    const QCommandLineOption skipErrors(QStringLiteral("skip-errors"),
                                        tr("import the rows without errors, list the others"));
    parser.addOptions({layout, delimiter, encoding, decimal, dryRun, skipErrors});
    if (auto exit = parse(parser, args, 2, 2))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);
    const QString command = args.value(0);

    CsvImport::Options options;
    if (parser.isSet(layout)) {
        const auto l = layoutOption(parser.value(layout));
        if (!l) {
            printError(command, tr("--layout must be long or wide"));
            return Usage;
        }
        options.layout = *l;
    }
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d == u"," || d == u"comma")
            options.table.delimiter = u',';
        else if (d == u";" || d == u"semicolon")
            options.table.delimiter = u';';
        else if (d == u"tab" || d == u"\t")
            options.table.delimiter = u'\t';
        else {
            printError(command, tr("--delimiter must be , or ; or tab"));
            return Usage;
        }
    }
    if (parser.isSet(encoding)) {
        const QString e = parser.value(encoding).toLower();
        if (e == u"utf-8" || e == u"utf8")
            options.table.encoding = CsvTable::Encoding::Utf8;
        else if (e == u"utf-16" || e == u"utf16")
            options.table.encoding = CsvTable::Encoding::Utf16;
        else if (e == u"windows-1252" || e == u"cp1252")
            options.table.encoding = CsvTable::Encoding::Windows1252;
        else {
            printError(command, tr("--encoding must be utf-8, utf-16 or windows-1252"));
            return Usage;
        }
    }

    if (parser.isSet(decimal)) {
        const QString d = parser.value(decimal).toLower();
        if (d == u"point" || d == u".")
            options.decimal = NumberText::Decimal::Point;
        else if (d == u"comma" || d == u",")
            options.decimal = NumberText::Decimal::Comma;
        else {
            printError(command, tr("--decimal must be point or comma"));
            return Usage;
        }
    }

    QFile input;
    const bool opened = csvPath == u"-"
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(csvPath), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(csvPath, input.errorString());
        return Usage;
    }
    const QByteArray bytes = input.readAll();
    input.close();

    const bool dry = parser.isSet(dryRun);
    auto doc = ScorecardDocument::open(path, dry ? ScorecardFile::Access::ReadOnly
                                                 : ScorecardFile::Access::ReadWrite);
    if (!doc) {
        printError(path, doc.error());
        return Usage;
    }
    if (!dry && (*doc)->isReadOnly()) {
        printError(path, tr("cannot import into it: %1").arg((*doc)->readOnlyReason()));
        return Usage;
    }

    TerminalProgress progress(csvPath);
    auto preview = CsvImport::preview((*doc)->scorecard(), bytes, options, progress.callback());
    progress.clear();
    if (!preview) {
        printError(csvPath, preview.error());
        return Failed;
    }
    QByteArray out = describe(*preview, csvPath).toUtf8();
    if (dry)
        out += details(*preview);
    for (const CsvImport::Issue &issue : preview->errors)
        printError(csvPath, issue.text());
    const bool skip = parser.isSet(skipErrors);
    if (preview->hasErrors() && !skip) {
        writeOut(out + counts(*preview, false).toUtf8());
        printError(csvPath, tr("nothing was imported (errors: %1; --skip-errors imports the "
                               "rows without errors)")
                                .arg(preview->errors.size()));
        return Failed;
    }
    if (preview->hasErrors()) {
        QStringList rows;
        for (qsizetype r : preview->skippedRows)
            rows << QString::number(r);
        printError(csvPath,
                   tr("rows skipped for their errors: %1").arg(rows.join(QStringLiteral(", "))));
    }
    if (dry) {
        writeOut(out + counts(*preview, false).toUtf8() +
                 tr("dry run: nothing was written\n").toUtf8());
        return Ok;
    }
    if (preview->changes() == 0) {
        writeOut(out + counts(*preview, true).toUtf8() +
                 tr("nothing to change: every value is already there\n").toUtf8());
        return Ok;
    }
    auto applied = CsvImport::apply(**doc, *preview, skip, progress.callback());
    progress.clear();
    if (!applied) {
        printError(path, applied.error());
        return Failed;
    }
    writeOut(out + counts(*preview, true).toUtf8());
    return Ok;
}

int runExportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the KPI values of a scorecard as CSV (UTF-8, comma-delimited), to OUT.csv or "
           "to standard output. import-csv reads it back unchanged."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"), tr("the scorecard to export"));
    parser.addPositionalArgument(QStringLiteral("OUT.csv"),
                                 tr("where to write; standard output if left out"),
                                 QStringLiteral("[OUT.csv]"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        tr("long (kpi, period, value, note per row; the default) or wide (a row per KPI, a "
           "column per period)"),
        QStringLiteral("long|wide"));
    parser.addOption(layout);
    if (auto exit = parse(parser, args, 1, 2))
        return *exit;
    CsvImport::Layout chosen = CsvImport::Layout::Long;
    if (parser.isSet(layout)) {
        const auto l = layoutOption(parser.value(layout));
        if (!l) {
            printError(args.value(0), tr("--layout must be long or wide"));
            return Usage;
        }
        chosen = *l;
    }
    const QString path = parser.positionalArguments().at(0);
    int exit = Ok;
    const std::optional<Scorecard> content = loadScorecard(path, exit);
    if (!content)
        return exit;
    const QString out = parser.positionalArguments().value(1, QStringLiteral("-"));
    if (auto r = writeFileAtomically(out, CsvExport::toCsv(*content, chosen)); !r) {
        printError(out, r.error());
        return Failed;
    }
    return Ok;
}

} // namespace scorecard::cli
