// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/scorecarddocument.h"
#include "mainwindow.h"
#include "model/templates.h"
#include "outlinemodel.h"

#include "commands/entitycommands.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace scorecard;

namespace {

QString makeFile(const QTemporaryDir &dir)
{
    Scorecard sc = fourPerspectiveTemplate(QStringLiteral("UI test"));
    Objective o;
    o.id = ObjectiveId(QStringLiteral("grow"));
    o.name = QStringLiteral("Grow");
    o.perspective = PerspectiveId(QStringLiteral("financial"));
    o.seq = 1;
    sc.objectives.push_back(o);
    const QString path = dir.filePath(QStringLiteral("ui.scorecard"));
    REQUIRE(ScorecardFile::create(path, sc).ok());
    return path;
}

} // namespace

TEST_CASE("The outline model lists perspectives and objectives and follows edits", "[ui]")
{
    QTemporaryDir dir;
    auto doc = ScorecardDocument::open(makeFile(dir));
    REQUIRE(doc.ok());
    OutlineModel model(doc->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Financial"));
    CHECK(model.rowCount(model.index(0, 0)) == 1);
    CHECK(model.index(0, 0, model.index(0, 0)).data().toString() == QStringLiteral("Grow"));

    Objective o;
    o.name = QStringLiteral("Learn");
    o.perspective = PerspectiveId(QStringLiteral("learning"));
    REQUIRE((*doc)->push(AddEntityCommand<Objective>::create(**doc, o).value()).ok());
    CHECK(model.rowCount(model.index(3, 0)) == 1);
    (*doc)->undoStack()->undo();
    CHECK(model.rowCount(model.index(3, 0)) == 0);
}

TEST_CASE("The main window opens a file and refuses a bad one", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(makeFile(dir)));
    CHECK(window.windowTitle().startsWith(QStringLiteral("UI test")));
    REQUIRE(window.outlineView()->model());
    CHECK(window.outlineView()->model()->rowCount() == 4);
    CHECK(window.document()->scorecard().objectives.size() == 1);
}
