// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

namespace scorecard::cli {

/** Exit codes, part of the public interface scripts rely on. */
enum Exit : int {
    Ok = 0,
    Failed = 1, ///< the operation failed on its input (or `check` found error-level problems)
    Usage = 2,  ///< bad usage, or a file that cannot be used at all
};

/** Prints "scorecard-cli: <file>: <message>" (or without the file) on stderr, one line. */
void printError(const QString &file, const QString &message);
void printError(const QString &message);

/** Writes @p bytes to stdout. */
void writeOut(const QByteArray &bytes);

/** Writes @p bytes to @p path atomically (temporary file + rename); "-" is stdout. */
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/**
 * Parses a subcommand's arguments (args[0] is the subcommand). Prints help
 * and returns Ok on --help; prints a one-line usage error and returns
 * Usage on a bad option or a wrong number of positional arguments.
 */
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                         int maxPositional);

/**
 * The date of the --as-of @p option: today when it is not given. On a value
 * that is not YYYY-MM-DD, prints a one-line error naming the subcommand
 * (args[0]) and returns nothing (the caller exits with Usage).
 */
std::optional<QDate> asOfDate(const QCommandLineParser &parser, const QCommandLineOption &option,
                              const QStringList &args);

/**
 * Opens @p path read-only and loads it. On failure prints the reason and
 * sets @p exit: Usage when the file cannot be opened, Failed when its
 * content cannot be read.
 */
std::optional<Scorecard> loadScorecard(const QString &path, int &exit);

int runNew(const QStringList &args);
int runImportJson(const QStringList &args);
int runExportJson(const QStringList &args);
int runCheck(const QStringList &args);
int runReport(const QStringList &args);
int runGenerate(const QStringList &args);
/** Needs a QApplication (main() creates one for it, on the offscreen platform). */
int runExportMap(const QStringList &args);
int runImportCsv(const QStringList &args);
int runExportCsv(const QStringList &args);
int runRefresh(const QStringList &args);

} // namespace scorecard::cli
