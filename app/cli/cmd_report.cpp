// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "analysis/investment.h"
#include "analysis/linkevidence.h"
#include "io/report.h"
#include "scoring/engine.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>

namespace scorecard::cli {

int runReport(const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::cli", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the scores and statuses of a scorecard as of a date."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"),
                                 tr("the scorecard (never modified)"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("the date to score at (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"),
                                tr("only the company and one list: %1")
                                    .arg(Report::sectionKeys().join(QStringLiteral("|"))),
                                QStringLiteral("WHAT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default), json or csv"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({asOf, by, format});
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const auto fmt = Report::formatFromString(parser.value(format));
    if (!fmt) {
        printError(args.at(0),
                   tr("--format must be text, json or csv, not \"%1\"").arg(parser.value(format)));
        return Usage;
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid()) {
            printError(
                args.at(0),
                tr("--as-of needs a date written YYYY-MM-DD, not \"%1\"").arg(parser.value(asOf)));
            return Usage;
        }
    }
    const QString section = parser.value(by);
    if (parser.isSet(by) && !Report::sectionKeys().contains(section)) {
        printError(args.at(0), tr("--by must be one of %1, not \"%2\"")
                                   .arg(Report::sectionKeys().join(QStringLiteral(", ")), section));
        return Usage;
    }
    auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
    if (!file) {
        printError(path, file.error());
        return Usage;
    }
    auto content = (*file)->load();
    if (!content) {
        printError(path, content.error());
        return Failed;
    }
    const scoring::Engine engine(*content);
    const scoring::Results results = engine.compute(date);
    Report report(*content, results);
    report.setInvestments(analyseInvestments(*content, results));
    // Scores the whole snapshot once per month of history: only when asked for.
    if (section == QStringLiteral("link"))
        report.setLinkEvidence(linkEvidence(*content, date));
    writeOut(report.render(*fmt, section));
    return Ok;
}

} // namespace scorecard::cli
