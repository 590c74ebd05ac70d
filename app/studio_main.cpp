// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-studio [FILE]: opens FILE, else the last session's file, else the bundled sample.
#include "mainwindow.h"
#include "samplefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Balanced Scorecard strategy execution"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "a .scorecard file to open"),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

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
