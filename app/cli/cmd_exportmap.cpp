// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "document/scorecarddocument.h"
#include "strategymap/mapexport.h"
#include "strategymap/strategymapscene.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace scorecard::cli {

int runExportMap(const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::cli", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the strategy map as PNG, SVG or PDF (chosen by OUT's extension). "
           "Runs without a display; OUT is written atomically."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"),
                                 tr("the scorecard (never modified)"));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("the image: .png, .svg or .pdf"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("the date of the statuses (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption pillar(QStringLiteral("pillar"),
                                    tr("show only the objectives of this pillar"),
                                    QStringLiteral("ID"));
    const QCommandLineOption department(
        QStringLiteral("department"),
        tr("show only the objectives of this department and its sub-departments"),
        QStringLiteral("ID"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   tr("PNG and SVG: the width in pixels (default: the map's "
                                      "own size, 1 pixel per map unit)"),
                                   QStringLiteral("PX"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("the title above the map (default: the scorecard's name; "
                                      "empty: no title block)"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   tr("light (default), print (white, high contrast) or dark"),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("PDF: a4 (default), letter or slide (16:9), landscape"),
                                  QStringLiteral("PAGE"), QStringLiteral("a4"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         tr("PNG: no background colour"));
    parser.addOptions({asOf, pillar, department, width, title, theme, page, transparent});
    if (auto exit = parse(parser, args, 2, 2))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);

    const auto format = mapexport::formatForPath(out);
    if (!format) {
        printError(out, tr("the output must end in .png, .svg or .pdf"));
        return Usage;
    }
    StrategyMapScene::Options options;
    options.editable = false;
    const std::optional<QDate> asOfValue = asOfDate(parser, asOf, args);
    if (!asOfValue)
        return Usage;
    options.asOf = *asOfValue;
    const auto themeKind = MapTheme::kindFromString(parser.value(theme));
    if (!themeKind) {
        printError(args.at(0),
                   tr("--theme must be light, print or dark, not \"%1\"").arg(parser.value(theme)));
        return Usage;
    }
    options.theme = *themeKind;
    mapexport::Options exportOptions;
    if (parser.isSet(width)) {
        bool ok = false;
        exportOptions.width = parser.value(width).toInt(&ok);
        if (!ok || exportOptions.width < 16 || exportOptions.width > 20000) {
            printError(args.at(0), tr("--width must be a number of pixels from 16 to 20000, "
                                      "not \"%1\"")
                                       .arg(parser.value(width)));
            return Usage;
        }
    }
    const auto pageSize = mapexport::pageSizeFromString(parser.value(page));
    if (!pageSize) {
        printError(args.at(0),
                   tr("--page must be a4, letter or slide, not \"%1\"").arg(parser.value(page)));
        return Usage;
    }
    exportOptions.page = *pageSize;
    exportOptions.transparent = parser.isSet(transparent);

    auto doc = ScorecardDocument::open(path, ScorecardFile::Access::ReadOnly);
    if (!doc) {
        printError(path, doc.error());
        return Usage;
    }
    if (parser.isSet(pillar)) {
        options.pillar = PillarId(parser.value(pillar));
        if (!(*doc)->pillar(options.pillar)) {
            printError(path, tr("there is no pillar \"%1\"").arg(options.pillar.value));
            return Usage;
        }
    }
    if (parser.isSet(department)) {
        options.department = DepartmentId(parser.value(department));
        if (!(*doc)->department(options.department)) {
            printError(path, tr("there is no department \"%1\"").arg(options.department.value));
            return Usage;
        }
    }
    if (parser.isSet(title)) {
        options.title = parser.value(title).simplified();
        options.showHeader = !options.title.isEmpty();
    }
    exportOptions.title = options.title.isEmpty() ? (*doc)->scorecard().info.name : options.title;

    StrategyMapScene scene(doc->get(), options);
    if (auto written = mapexport::exportScene(scene, out, *format, exportOptions); !written) {
        printError(out, written.error());
        return Failed;
    }
    return Ok;
}

} // namespace scorecard::cli
