// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-studio [FILE]: opens FILE, else the last session's file, else the bundled sample.
#include "apptheme.h"
#include "mainwindow.h"
#include "samplefile.h"
#include "tstranslator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("scorecard-studio"));
    QApplication::setOrganizationName(QStringLiteral("Scorecard Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SCORECARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("scorecard-studio"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("scorecard-studio"),
        QIcon(QStringLiteral(":/icons/hicolor/scalable/apps/scorecard-studio.svg"))));

    // German or Spanish when the system speaks it (LANG, LANGUAGE), else English.
    scorecard::installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Balanced Scorecard strategy execution"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "a .scorecard file to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main",
                                "colours: system, light or dark (default: the last chosen)"),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    parser.process(app);

    const QString themeName =
        parser.isSet(theme) ? parser.value(theme)
                            : QSettings().value(QStringLiteral("appearance/theme")).toString();
    const auto appTheme = scorecard::appThemeFromString(themeName);
    if (parser.isSet(theme) && !appTheme) {
        fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--theme must be system, light or dark")));
        return 2;
    }
    if (parser.isSet(theme))
        QSettings().setValue(QStringLiteral("appearance/theme"), themeName);
    scorecard::applyAppTheme(appTheme.value_or(scorecard::AppTheme::System));

    scorecard::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        // The file of the last session, if it is still there.
        const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        auto sample = scorecard::sampleScorecardPath();
        if (!sample)
            QMessageBox::warning(&window, window.windowTitle(), sample.error());
        else
            path = *sample;
    }
    if (!path.isEmpty())
        window.openFile(path);
    window.show();
    return app.exec();
}
