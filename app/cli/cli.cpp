// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace scorecard::cli {

void printError(const QString &file, const QString &message)
{
    const QString line = QStringLiteral("scorecard-cli: %1: %2\n").arg(file, message.simplified());
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

void printError(const QString &message)
{
    const QString line = QStringLiteral("scorecard-cli: %1\n").arg(message.simplified());
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
        writeOut(parser.helpText().toUtf8());
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

} // namespace scorecard::cli
