// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "analysis/alignment.h"
#include "analysis/investment.h"
#include "analysis/linkevidence.h"
#include "analysis/whatif.h"
#include "io/report.h"
#include "scoring/engine.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QLocale>

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
    const QCommandLineOption whatIf(
        QStringLiteral("what-if"),
        tr("project the scores as if KPI had VALUE in the period containing the as-of date "
           "(repeatable; the file is never changed)"),
        QStringLiteral("KPI=VALUE"));
    const QCommandLineOption whatIfProgress(
        QStringLiteral("what-if-progress"),
        tr("project the scores as if INITIATIVE had progress FRACTION, 0 to 1 (repeatable)"),
        QStringLiteral("INITIATIVE=FRACTION"));
    parser.addOptions({asOf, by, format, whatIf, whatIfProgress});
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const auto fmt = Report::formatFromString(parser.value(format));
    if (!fmt) {
        printError(args.at(0),
                   tr("--format must be text, json or csv, not \"%1\"").arg(parser.value(format)));
        return Usage;
    }
    const std::optional<QDate> asOfValue = asOfDate(parser, asOf, args);
    if (!asOfValue)
        return Usage;
    const QDate date = *asOfValue;
    const QString section = parser.value(by);
    if (parser.isSet(by) && !Report::sectionKeys().contains(section)) {
        printError(args.at(0), tr("--by must be one of %1, not \"%2\"")
                                   .arg(Report::sectionKeys().join(QStringLiteral(", ")), section));
        return Usage;
    }
    std::vector<Hypothesis> hypotheses;
    auto collect = [&](const QCommandLineOption &option, Hypothesis::Kind kind) {
        for (const QString &spec : parser.values(option)) {
            const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
            bool ok = false;
            const double value =
                eq > 0 ? QLocale::c().toDouble(QStringView(spec).mid(eq + 1).trimmed(), &ok) : 0;
            if (!ok) {
                printError(
                    args.at(0),
                    tr("--%1 needs ID=NUMBER, not \"%2\"").arg(option.names().constFirst(), spec));
                return false;
            }
            hypotheses.push_back({kind, spec.left(eq), value});
        }
        return true;
    };
    if (!collect(whatIf, Hypothesis::Kind::KpiValue) ||
        !collect(whatIfProgress, Hypothesis::Kind::InitiativeProgress))
        return Usage;
    int exit = Ok;
    const std::optional<Scorecard> content = loadScorecard(path, exit);
    if (!content)
        return exit;
    // With hypotheses, everything below reads the projected copy; the file stays untouched.
    std::optional<WhatIf> projection;
    if (!hypotheses.empty()) {
        auto projected = projectWhatIf(*content, date, hypotheses);
        if (!projected) {
            printError(path, projected.error());
            return Usage;
        }
        projection = std::move(projected).value();
    }
    const Scorecard &scorecard = projection ? projection->projected : *content;
    const scoring::Results results =
        projection ? projection->after : scoring::Engine(scorecard).compute(date);
    Report report(scorecard, results);
    report.setInvestments(analyseInvestments(scorecard, results));
    report.setAlignment(alignmentScore(scorecard));
    // Scores the whole snapshot once per month of history: only when asked for.
    if (section == QStringLiteral("link"))
        report.setLinkEvidence(linkEvidence(scorecard, date));
    if (projection)
        report.setWhatIf(*projection);
    writeOut(report.render(*fmt, section));
    return Ok;
}

} // namespace scorecard::cli
