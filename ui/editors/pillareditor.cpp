// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/pillareditor.h"

#include "commands/entitycommands.h"
#include "editors/colorfield.h"
#include "editors/colortext.h"
#include "editors/editorfields.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace scorecard {

using namespace editorfields;

PillarEditor::PillarEditor(QWidget *parent) : EntityEditorOf(tr("Pillar"), parent)
{
    m_name = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setFixedHeight(70);
    m_description->setTabChangesFocus(true);
    auto *color = new ColorField(this);
    m_color = color->lineEdit();
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Description:"), m_description);
    addRow(tr("&Colour:"), m_color, color);
}

void PillarEditor::load()
{
    const Pillar *p = current();
    setText(m_name, p->name);
    if (m_description->toPlainText() != p->description)
        m_description->setPlainText(p->description);
    setText(m_color, p->color);
}

Pillar PillarEditor::candidate() const
{
    Pillar p = *current();
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText();
    p.color = m_color->text().trimmed();
    return p;
}

bool PillarEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    ok &= report(m_color, colorProblem(m_color->text()));
    return ok;
}

} // namespace scorecard
