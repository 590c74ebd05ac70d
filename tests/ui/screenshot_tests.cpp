// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden test ([.screenshot]): renders the main window on the sample for the
// documentation. Run: scorecard_ui_tests "[.screenshot]" with
// SCORECARD_SCREENSHOT=/path/to/file.png (and SCORECARD_SCREENSHOT_KPI=/path/to/other.png
// for one with a KPI chart).
#include "detailspanel.h"
#include "entityselection.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "scorecardfiltermodel.h"
#include "scorecardpanel.h"
#include "scorecardtreemodel.h"

#include <QApplication>
#include <QTabWidget>
#include <QTreeView>

using namespace scorecard;
using namespace scorecard::maptest;

TEST_CASE("Screenshot of the workspace on the sample", "[.screenshot]")
{
    const QString target = qEnvironmentVariable("SCORECARD_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.resize(1600, 1000);
    window.setAsOf(QDate(2026, 11, 30));
    window.tabs()->setCurrentWidget(window.scorecardPanel());
    window.show();
    QApplication::processEvents();
    ScorecardPanel *panel = window.scorecardPanel();
    const QModelIndex row = panel->proxy()->mapFromSource(panel->model()->indexOf(
        ScorecardTreeModel::NodeKind::Objective, u"improve-operating-margin"_s));
    REQUIRE(row.isValid());
    panel->view()->setCurrentIndex(row);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(target));

    // Optionally a second one with a KPI and its chart.
    const QString kpiTarget = qEnvironmentVariable("SCORECARD_SCREENSHOT_KPI");
    if (kpiTarget.isEmpty())
        return;
    const QModelIndex kpi = panel->proxy()->mapFromSource(
        panel->model()->indexOf(ScorecardTreeModel::NodeKind::Kpi, u"ebit-margin"_s));
    REQUIRE(kpi.isValid());
    panel->view()->setCurrentIndex(kpi);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(kpiTarget));
}
