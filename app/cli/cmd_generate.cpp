// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "io/generator.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>

namespace scorecard::cli {

int runGenerate(const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::cli", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a deterministic synthetic scorecard (for benchmarks and "
           "tests): the same options always give the same file content."));
    parser.addPositionalArgument(QStringLiteral("OUT.scorecard"), tr("the file to create"));
    const QCommandLineOption objectives(QStringLiteral("objectives"),
                                        tr("number of objectives (default 16)"),
                                        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption kpis(QStringLiteral("kpis-per-objective"),
                                  tr("KPIs per objective (default 2)"), QStringLiteral("K"),
                                  QStringLiteral("2"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    tr("months of data per KPI (default 24)"), QStringLiteral("M"),
                                    QStringLiteral("24"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("random seed (default 1)"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lastMonth(
        QStringLiteral("last-month"), tr("the last month with data, YYYY-MM (default: last month)"),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption force(QStringLiteral("force"), tr("overwrite an existing file"));
    parser.addOptions({objectives, kpis, months, seed, lastMonth, force});
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;

    GeneratorOptions options;
    struct Count
    {
        const QCommandLineOption &option;
        int *target;
        int max;
    };
    for (const Count &c :
         {Count{objectives, &options.objectives, 1000000},
          Count{kpis, &options.kpisPerObjective, 1000}, Count{months, &options.months, 1200}}) {
        bool ok = false;
        const int v = parser.value(c.option).toInt(&ok);
        if (!ok || v < 0 || v > c.max) {
            printError(args.at(0), tr("--%1 needs a whole number from 0 to %2, not \"%3\"")
                                       .arg(c.option.names().constFirst())
                                       .arg(c.max)
                                       .arg(parser.value(c.option)));
            return Usage;
        }
        *c.target = v;
    }
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        printError(args.at(0),
                   tr("--seed needs a whole number, not \"%1\"").arg(parser.value(seed)));
        return Usage;
    }
    if (parser.isSet(lastMonth)) {
        options.lastMonth =
            QDate::fromString(parser.value(lastMonth) + QStringLiteral("-01"), Qt::ISODate);
        if (!options.lastMonth.isValid()) {
            printError(args.at(0),
                       tr("--last-month needs YYYY-MM, not \"%1\"").arg(parser.value(lastMonth)));
            return Usage;
        }
    }
    const QString path = parser.positionalArguments().at(0);
    if (auto r = ScorecardFile::create(path, generateScorecard(options), parser.isSet(force)); !r) {
        printError(path, r.error());
        return Failed;
    }
    return Ok;
}

} // namespace scorecard::cli
