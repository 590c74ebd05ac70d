// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeset.h"

#include <QUndoCommand>

namespace scorecard {

class ScorecardDocument;

/**
 * The base of every edit: a change set captured when the command is made
 * (ids and old/new values, never UI state). redo() applies it, undo() its
 * inverse, each in its own transaction. A failed redo or undo marks the
 * command obsolete (the stack drops it) and reports the error.
 */
class ChangeSetCommand : public QUndoCommand
{
public:
    ChangeSetCommand(ScorecardDocument *doc, ChangeSet changes, const QString &text);

    void redo() override;
    void undo() override;

    const ChangeSet &changes() const { return m_changes; }

protected:
    ChangeSet m_changes;

private:
    ScorecardDocument *m_doc;
};

} // namespace scorecard
