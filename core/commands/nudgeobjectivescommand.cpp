// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/nudgeobjectivescommand.h"

#include "commands/commandid.h"
#include "commands/editcommands.h"
#include "model/scorecard.h"

namespace scorecard {

NudgeObjectivesCommand::NudgeObjectivesCommand(ScorecardDocument *doc, ChangeSet changes,
                                               const QString &text, int burst)
    : ChangeSetCommand(doc, std::move(changes), text), m_burst(burst)
{
}

Result<std::unique_ptr<QUndoCommand>>
NudgeObjectivesCommand::create(ScorecardDocument &doc, const QHash<ObjectiveId, QPointF> &positions,
                               int burst)
{
    // The same validation and change set as a drag's move.
    auto move = MoveObjectivesCommand::create(doc, positions);
    if (!move)
        return fail(move.error());
    const auto *changes = static_cast<const ChangeSetCommand *>(move.value().get());
    return std::unique_ptr<QUndoCommand>(
        new NudgeObjectivesCommand(&doc, changes->changes(), changes->text(), burst));
}

int NudgeObjectivesCommand::id() const
{
    return int(CommandId::NudgeObjectives);
}

bool NudgeObjectivesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NudgeObjectivesCommand *>(other);
    if (next->m_burst != m_burst || next->m_changes.size() != m_changes.size())
        return false;
    // The same objectives, in the same (document) order: keep my "before", take their "after".
    for (size_t i = 0; i < m_changes.size(); ++i) {
        if (std::get<Objective>(*m_changes[i].after).id !=
            std::get<Objective>(*next->m_changes[i].after).id)
            return false;
    }
    for (size_t i = 0; i < m_changes.size(); ++i)
        m_changes[i].after = next->m_changes[i].after;
    bool unchanged = true;
    for (const Change &c : m_changes)
        unchanged = unchanged && *c.before == *c.after;
    if (unchanged)
        setObsolete(true); // nudged there and back: nothing to undo
    return true;
}

} // namespace scorecard
