// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace scorecard::cli {

namespace {

/**
 * The message on one line: line breaks and tabs become spaces. Nothing else
 * changes, so text quoted from a file (a no-break space, two spaces) is
 * shown as it is.
 */
QString oneLine(const QString &message)
{
    QString out = message.trimmed();
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029))
            c = u' ';
    }
    return out;
}

} // namespace

void printError(const QString &file, const QString &message)
{
    // A subcommand's argv[0] is "scorecard-cli NAME": the prefix is printed once.
    QString where = file;
    if (where.startsWith(QStringLiteral("scorecard-cli ")))
        where.remove(0, 14);
    const QString line = QStringLiteral("scorecard-cli: %1: %2\n").arg(where, oneLine(message));
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

void printError(const QString &message)
{
    const QString line = QStringLiteral("scorecard-cli: %1\n").arg(oneLine(message));
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path == QStringLiteral("-")) {
        writeOut(bytes);
        return {};
    }
    // Text output never replaces a database (a scorecard given twice by mistake).
    QFile existing(path);
    if (QFileInfo(path).isFile() && existing.open(QIODevice::ReadOnly) &&
        existing.read(16) == QByteArray("SQLite format 3", 16))
        return fail(QCoreApplication::translate(
            "scorecard::cli", "is a SQLite database (a scorecard?); not overwriting it"));
    existing.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return {};
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                         int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(args.value(0), parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // "Usage: scorecard-cli NAME [options] ...", not the executable's path alone.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && help.startsWith(QStringLiteral("Usage: ") + program))
            help.replace(7, program.size(), args.value(0));
        writeOut(help.toUtf8());
        return Ok;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        printError(args.value(0), QCoreApplication::translate(
                                      "scorecard::cli", "wrong number of arguments (see %1 --help)")
                                      .arg(args.value(0)));
        return Usage;
    }
    return std::nullopt;
}

std::optional<QDate> asOfDate(const QCommandLineParser &parser, const QCommandLineOption &option,
                              const QStringList &args)
{
    if (!parser.isSet(option))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        printError(args.value(0),
                   QCoreApplication::translate(
                       "scorecard::cli", "--as-of needs a date written YYYY-MM-DD, not \"%1\"")
                       .arg(parser.value(option)));
        return std::nullopt;
    }
    return date;
}

std::optional<Scorecard> loadScorecard(const QString &path, int &exit)
{
    auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
    if (!file) {
        printError(path, file.error());
        exit = Usage;
        return std::nullopt;
    }
    auto content = (*file)->load();
    if (!content) {
        printError(path, content.error());
        exit = Failed;
        return std::nullopt;
    }
    return std::move(content).value();
}

} // namespace scorecard::cli
