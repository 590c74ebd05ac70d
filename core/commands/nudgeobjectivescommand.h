// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/changesetcommand.h"
#include "model/ids.h"
#include "util/result.h"

#include <QHash>
#include <QPointF>

#include <memory>

namespace scorecard {

class ScorecardDocument;

/**
 * Moves objectives on the map by a keyboard nudge. Nudges of one burst (the
 * same @p burst number, the same objectives) merge into one undo step, so
 * holding an arrow key is undone with one Ctrl+Z.
 */
class NudgeObjectivesCommand : public ChangeSetCommand
{
public:
    static Result<std::unique_ptr<QUndoCommand>>
    create(ScorecardDocument &doc, const QHash<ObjectiveId, QPointF> &positions, int burst);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    int burst() const { return m_burst; }

private:
    NudgeObjectivesCommand(ScorecardDocument *doc, ChangeSet changes, const QString &text,
                           int burst);
    int m_burst;
};

} // namespace scorecard
