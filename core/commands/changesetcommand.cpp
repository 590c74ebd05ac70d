// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changesetcommand.h"

#include "document/scorecarddocument.h"

#include <QCoreApplication>

namespace scorecard {

ChangeSetCommand::ChangeSetCommand(ScorecardDocument *doc, ChangeSet changes, const QString &text)
    : QUndoCommand(text), m_changes(std::move(changes)), m_doc(doc)
{
}

void ChangeSetCommand::redo()
{
    if (auto r = m_doc->apply(m_changes); !r) {
        setObsolete(true);
        m_doc->reportError(QCoreApplication::translate("scorecard::Command", "%1 failed: %2")
                               .arg(text(), r.error()));
    }
}

void ChangeSetCommand::undo()
{
    if (auto r = m_doc->apply(inverse(m_changes)); !r) {
        setObsolete(true);
        m_doc->reportError(
            QCoreApplication::translate("scorecard::Command", "Undo of %1 failed: %2")
                .arg(text(), r.error()));
    }
}

} // namespace scorecard
