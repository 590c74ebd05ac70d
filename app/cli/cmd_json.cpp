// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "io/jsonformat.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace scorecard::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::cli", text);
}

} // namespace

int runExportJson(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the whole scorecard as JSON (to OUT.json, or to standard output)."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"), tr("the scorecard to export"));
    parser.addPositionalArgument(QStringLiteral("OUT.json"),
                                 tr("where to write; standard output if left out"),
                                 QStringLiteral("[OUT.json]"));
    if (auto exit = parse(parser, args, 1, 2))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    int exit = Ok;
    const auto content = loadScorecard(path, exit);
    if (!content)
        return exit;
    const QString out = parser.positionalArguments().value(1, QStringLiteral("-"));
    if (auto r = writeFileAtomically(out, toJson(*content)); !r) {
        printError(out, r.error());
        return Failed;
    }
    return Ok;
}

int runImportJson(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a scorecard file from the JSON interchange format. "
                                        "Nothing is written unless the whole JSON is valid."));
    parser.addPositionalArgument(QStringLiteral("IN.json"),
                                 tr("the JSON to read; - for standard input"));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"),
                                 tr("the scorecard file to create"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("overwrite an existing scorecard file"));
    parser.addOption(force);
    if (auto exit = parse(parser, args, 2, 2))
        return *exit;
    const QString in = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    QFile input;
    const bool opened = in == QStringLiteral("-")
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(in), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(in, input.errorString());
        return Failed;
    }
    auto content = fromJson(input.readAll());
    if (!content) {
        printError(in, content.error());
        return Failed;
    }
    if (auto r = ScorecardFile::create(path, *content, parser.isSet(force)); !r) {
        printError(path, r.error());
        return Failed;
    }
    return Ok;
}

} // namespace scorecard::cli
