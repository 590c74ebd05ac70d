// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/departmenteditor.h"

#include "commands/entitycommands.h"
#include "editors/editorfields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSet>

namespace scorecard {

using namespace editorfields;

DepartmentEditor::DepartmentEditor(QWidget *parent) : EntityEditorOf(tr("Department"), parent)
{
    m_name = new QLineEdit(this);
    m_parent = new QComboBox(this);
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(12);
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Part of:"), m_parent);
}

void DepartmentEditor::load()
{
    const Department *d = current();
    setText(m_name, d->name);
    fill(m_parent, departmentChoices(*m_doc, tr("(none: top level)")), d->parent.value);
}

Department DepartmentEditor::candidate() const
{
    Department d = *current();
    d.name = m_name->text().trimmed();
    d.parent = DepartmentId(selected(m_parent));
    return d;
}

bool DepartmentEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    // Walk up from the chosen parent: meeting this department would make a loop.
    QString loop;
    const DepartmentId self(m_id);
    QSet<QString> seen;
    for (DepartmentId up(selected(m_parent)); !up.isNull() && !seen.contains(up.value);) {
        if (up == self) {
            const Department *chosen = m_doc->department(DepartmentId(selected(m_parent)));
            loop = chosen && chosen->id != self
                       ? tr("\u201c%1\u201d is inside this department: that would make a loop")
                             .arg(chosen->name)
                       : tr("A department cannot be part of itself");
            break;
        }
        seen.insert(up.value);
        const Department *p = m_doc->department(up);
        up = p ? p->parent : DepartmentId();
    }
    ok &= report(m_parent, loop);
    return ok;
}

} // namespace scorecard
