// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/perspectiveeditor.h"

#include "commands/entitycommands.h"
#include "editors/colorfield.h"
#include "editors/colortext.h"
#include "editors/editorfields.h"

#include <QLineEdit>

namespace scorecard {

using namespace editorfields;

PerspectiveEditor::PerspectiveEditor(QWidget *parent) : EntityEditorOf(tr("Perspective"), parent)
{
    m_name = new QLineEdit(this);
    auto *color = new ColorField(this);
    m_color = color->lineEdit();
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Colour:"), m_color, color);
}

void PerspectiveEditor::load()
{
    const Perspective *p = current();
    setText(m_name, p->name);
    setText(m_color, p->color);
}

Perspective PerspectiveEditor::candidate() const
{
    Perspective p = *current();
    p.name = m_name->text().trimmed();
    p.color = m_color->text().trimmed();
    return p;
}

bool PerspectiveEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    ok &= report(m_color, colorProblem(m_color->text()));
    return ok;
}

} // namespace scorecard
