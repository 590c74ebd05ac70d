// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "model/templates.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace scorecard::cli {

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "scorecard::cli",
        "Create a new scorecard with the four perspectives (Financial, Partners & "
        "Clients, Internal Processes, Learning & Growth)."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("scorecard::cli", "the .scorecard file to create"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("scorecard::cli", "the scorecard's name"),
        QStringLiteral("NAME"));
    const QCommandLineOption empty(
        QStringLiteral("empty"),
        QCoreApplication::translate("scorecard::cli", "start without perspectives"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("scorecard::cli", "overwrite an existing file"));
    parser.addOptions({name, empty, force});
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString title =
        parser.isSet(name) ? parser.value(name) : QFileInfo(path).completeBaseName();
    const Scorecard content =
        parser.isSet(empty) ? emptyTemplate(title) : fourPerspectiveTemplate(title);
    if (auto r = ScorecardFile::create(path, content, parser.isSet(force)); !r) {
        printError(path, r.error());
        return Failed;
    }
    return Ok;
}

} // namespace scorecard::cli
