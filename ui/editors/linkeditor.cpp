// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/linkeditor.h"

#include "commands/entitycommands.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace scorecard {

LinkEditor::LinkEditor(QWidget *parent) : EntityEditor(tr("Cause and effect link"), parent)
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

const Link *LinkEditor::current() const
{
    const int split = m_id.indexOf(QChar(0x1f));
    if (split < 0)
        return nullptr;
    return m_doc->link(ObjectiveId(m_id.left(split)), ObjectiveId(m_id.mid(split + 1)));
}

bool LinkEditor::exists() const
{
    return current();
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

Result<void> LinkEditor::checkEntity() const
{
    return validation::check(*m_doc, candidate(), validation::Mode::Change);
}

bool LinkEditor::differs() const
{
    return !(candidate() == *current());
}

Result<std::unique_ptr<QUndoCommand>> LinkEditor::makeCommand()
{
    return ChangeEntityCommand<Link>::create(*m_doc, candidate());
}

} // namespace scorecard
