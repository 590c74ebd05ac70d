// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/linkeditor.h"

#include "commands/entitycommands.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace scorecard {

LinkEditor::LinkEditor(QWidget *parent) : EntityEditorOf(tr("Cause and effect link"), parent)
{
    m_cause = new QLabel(this);
    m_cause->setWordWrap(true);
    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    m_note = new QPlainTextEdit(this);
    m_note->setFixedHeight(90);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why achieving the cause drives the effect"));
    addRow(tr("Cause:"), m_cause);
    addRow(tr("Effect:"), m_effect);
    addRow(tr("&Note:"), m_note);
}

void LinkEditor::load()
{
    const Link *l = current();
    auto name = [&](const ObjectiveId &id) {
        const Objective *o = m_doc->objective(id);
        return o ? o->name : id.value;
    };
    m_cause->setText(name(l->from));
    m_effect->setText(name(l->to));
    if (m_note->toPlainText() != l->note)
        m_note->setPlainText(l->note);
}

Link LinkEditor::candidate() const
{
    Link l = *current();
    l.note = m_note->toPlainText();
    return l;
}

bool LinkEditor::checkFields()
{
    return true;
}

} // namespace scorecard
