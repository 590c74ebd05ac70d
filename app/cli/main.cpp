// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-cli: the headless front end. Each subcommand lives in its own file.
#include "cli/cli.h"

#include <QApplication>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace scorecard::cli;

namespace {

struct Subcommand
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {QStringLiteral("new"),
         {runNew,
          QT_TRANSLATE_NOOP("scorecard::cli", "create a scorecard with the four perspectives")}},
        {QStringLiteral("import-json"),
         {runImportJson, QT_TRANSLATE_NOOP("scorecard::cli", "create a scorecard from JSON")}},
        {QStringLiteral("export-json"),
         {runExportJson, QT_TRANSLATE_NOOP("scorecard::cli", "write a scorecard as JSON")}},
        {QStringLiteral("check"),
         {runCheck, QT_TRANSLATE_NOOP("scorecard::cli", "check a scorecard file")}},
        {QStringLiteral("generate"),
         {runGenerate,
          QT_TRANSLATE_NOOP("scorecard::cli", "write a synthetic scorecard for benchmarks")}},
        {QStringLiteral("export-map"),
         {runExportMap,
          QT_TRANSLATE_NOOP("scorecard::cli", "export the strategy map as PNG, SVG or PDF")}},
        {QStringLiteral("import-csv"),
         {runImportCsv, QT_TRANSLATE_NOOP("scorecard::cli", "import KPI values from CSV")}},
        {QStringLiteral("export-csv"),
         {runExportCsv, QT_TRANSLATE_NOOP("scorecard::cli", "write KPI values as CSV")}},
        {QStringLiteral("refresh"),
         {runRefresh, QT_TRANSLATE_NOOP("scorecard::cli", "refresh a scorecard's data sources")}},
        {QStringLiteral("report"),
         {runReport,
          QT_TRANSLATE_NOOP("scorecard::cli", "print scores and statuses as of a date")}},
    };
    return table;
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "scorecard::cli", "Usage: scorecard-cli <command> [options] [arguments]\n\n"
                          "Commands:\n");
    for (const auto &[name, sub] : subcommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(name, -12)
                    .arg(QCoreApplication::translate("scorecard::cli", sub.summary));
    text += QCoreApplication::translate(
        "scorecard::cli", "\n'scorecard-cli <command> --help' describes a command.\n"
                          "Exit codes: 0 success, 1 failed (bad input, or error-level findings), "
                          "2 usage error or unusable file.\n");
    return text;
}

void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const bool debug = qEnvironmentVariableIsSet("SCORECARD_CLI_DEBUG");
    if (debug || type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "scorecard-cli: Qt: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietQtMessages);
    // Drawing the strategy map needs fonts, hence a GUI application.
    const bool gui = argc > 1 && qstrcmp(argv[1], "export-map") == 0;
    // Always offscreen: the CLI shows no window, and a platform chosen for the
    // desktop (xcb without a display) would abort instead of drawing.
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("scorecard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCORECARD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        writeOut(usage().toUtf8());
        return Usage;
    }
    const QString first = args.first();
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        writeOut(
            QStringLiteral("scorecard-cli %1\n").arg(QStringLiteral(SCORECARD_VERSION)).toUtf8());
        return Ok;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        writeOut(usage().toUtf8());
        return Ok;
    }
    const auto it = subcommands().find(first);
    if (it == subcommands().end()) {
        printError(QCoreApplication::translate("scorecard::cli",
                                               "unknown command \"%1\" (see scorecard-cli --help)")
                       .arg(first));
        return Usage;
    }
    args[0] = QStringLiteral("scorecard-cli ") + first;
    return it->second.run(args);
}
