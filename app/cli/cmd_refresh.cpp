// SPDX-License-Identifier: GPL-3.0-or-later
// refresh: run a scorecard's data sources (live data connections).
#include "cli/cli.h"

#include "document/scorecarddocument.h"
#include "io/datarefresh.h"

#include <QCoreApplication>

namespace scorecard::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::cli", text);
}

} // namespace

int runRefresh(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Refresh a scorecard's data sources: read each CSV file or SQL query and import its "
           "values, all as one undoable change. A failing source changes nothing of its KPIs and "
           "records its error; the other sources are still imported."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"), tr("the scorecard to refresh"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    tr("refresh only this data source (repeatable)"),
                                    QStringLiteral("ID"));
    parser.addOption(source);
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    auto doc = ScorecardDocument::open(path);
    if (!doc) {
        printError(path, doc.error());
        return Usage;
    }
    if ((*doc)->isReadOnly()) {
        printError(path, tr("cannot refresh it: %1").arg((*doc)->readOnlyReason()));
        return Usage;
    }
    QList<DataSourceId> only;
    for (const QString &id : parser.values(source)) {
        if (!(*doc)->dataSource(DataSourceId(id))) {
            printError(path, tr("there is no data source \"%1\"").arg(id));
            return Usage;
        }
        only << DataSourceId(id);
    }
    auto report = DataRefresh::refresh(**doc, only);
    if (!report) {
        printError(path, report.error());
        return Failed;
    }
    if (report->sources.empty()) {
        writeOut(tr("no data sources to refresh\n").toUtf8());
        return Ok;
    }
    QString out;
    for (const DataRefresh::SourceResult &s : report->sources) {
        if (s.ok) {
            out += tr("%1: added: %2, overwritten: %3, unchanged: %4\n")
                       .arg(s.id.value)
                       .arg(s.added)
                       .arg(s.overwritten)
                       .arg(s.unchanged);
        } else {
            out += tr("%1: failed: %2\n").arg(s.id.value, s.error);
            printError(path, tr("data source \"%1\": %2").arg(s.id.value, s.error));
        }
    }
    writeOut(out.toUtf8());
    return report->allOk() ? Ok : Failed;
}

} // namespace scorecard::cli
