// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "commands/nudgeobjectivescommand.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("Keyboard nudges of one burst merge into one undo step", "[commands][map2]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    QUndoStack *stack = doc->undoStack();
    const ObjectiveId skills(QStringLiteral("skills"));
    const ObjectiveId lean(QStringLiteral("lean-ops"));
    auto nudge = [&](QHash<ObjectiveId, QPointF> to, int burst) {
        auto command = NudgeObjectivesCommand::create(*doc, to, burst);
        INFO(command.error().toStdString());
        REQUIRE(command.ok());
        REQUIRE(doc->push(std::move(command).value()).ok());
    };

    nudge({{skills, QPointF(10, 0)}}, 1);
    nudge({{skills, QPointF(20, 0)}}, 1);
    nudge({{skills, QPointF(20, 5)}}, 1);
    CHECK(stack->count() == 1);
    CHECK(doc->objective(skills)->position == QPointF(20, 5));
    CHECK(reload(doc->path()) == doc->scorecard());
    stack->undo();
    CHECK(doc->scorecard() == smallScorecard());
    CHECK(reload(doc->path()) == smallScorecard());
    stack->redo();
    CHECK(doc->objective(skills)->position == QPointF(20, 5));

    // Another burst: another step; two objectives nudged together merge as a pair.
    nudge({{skills, QPointF(30, 5)}, {lean, QPointF(10, 0)}}, 2);
    CHECK(stack->count() == 2);
    nudge({{skills, QPointF(40, 5)}, {lean, QPointF(20, 0)}}, 2);
    CHECK(stack->count() == 2);
    // The same burst number but other objectives: no merge.
    nudge({{lean, QPointF(30, 0)}}, 2);
    CHECK(stack->count() == 3);
    stack->undo();
    stack->undo();
    CHECK(doc->objective(skills)->position == QPointF(20, 5));
    CHECK_FALSE(doc->objective(lean)->position);
    stack->redo();
    CHECK(doc->objective(lean)->position == QPointF(20, 0));
    // There and back within a burst: the step goes away.
    nudge({{skills, QPointF(50, 5)}}, 3);
    CHECK(stack->count() == 3);
    nudge({{skills, QPointF(40, 5)}}, 3);
    CHECK(stack->count() == 2);
    CHECK(doc->objective(skills)->position == QPointF(40, 5));
    // Nothing to move is refused with a message.
    auto none = NudgeObjectivesCommand::create(*doc, {{skills, QPointF(40, 5)}}, 4);
    CHECK_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("nothing to move"));
}
