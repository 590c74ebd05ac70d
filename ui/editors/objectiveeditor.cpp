// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/objectiveeditor.h"

#include "commands/entitycommands.h"
#include "editors/editorfields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>

namespace scorecard {

using namespace editorfields;

namespace {

QComboBox *combo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(12);
    return c;
}

} // namespace

ObjectiveEditor::ObjectiveEditor(QWidget *parent) : EntityEditorOf(tr("Objective"), parent)
{
    m_name = new QLineEdit(this);
    m_owner = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setFixedHeight(70);
    m_description->setTabChangesFocus(true);
    m_weight = new QLineEdit(this);
    m_perspective = combo(this);
    m_pillar = combo(this);
    m_department = combo(this);
    m_parent = combo(this);
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Owner:"), m_owner);
    addRow(tr("&Description:"), m_description);
    addRow(tr("&Weight:"), m_weight);
    addRow(tr("&Perspective:"), m_perspective);
    addRow(tr("P&illar:"), m_pillar);
    addRow(tr("De&partment:"), m_department);
    addRow(tr("&Supports:"), m_parent);
}

void ObjectiveEditor::load()
{
    const Objective *o = current();
    setText(m_name, o->name);
    setText(m_owner, o->owner);
    if (m_description->toPlainText() != o->description)
        m_description->setPlainText(o->description);
    if (auto w = number(m_weight->text()); !w || *w != o->weight)
        setText(m_weight, numberText(o->weight));
    fill(m_perspective, perspectiveChoices(*m_doc), o->perspective.value);
    fill(m_pillar, pillarChoices(*m_doc, tr("(none)")), o->pillar.value);
    fill(m_department, departmentChoices(*m_doc, tr("(none)")), o->department.value);
    Choices parents = objectiveChoices(*m_doc, tr("(none: a top objective)"));
    parents.removeIf([&](const auto &c) { return c.second == m_id; });
    fill(m_parent, parents, o->parent.value);
}

Objective ObjectiveEditor::candidate() const
{
    Objective o = *current();
    o.name = m_name->text().trimmed();
    o.owner = m_owner->text().trimmed();
    o.description = m_description->toPlainText();
    if (auto w = number(m_weight->text()))
        o.weight = *w;
    o.perspective = PerspectiveId(selected(m_perspective));
    o.pillar = PillarId(selected(m_pillar));
    o.department = DepartmentId(selected(m_department));
    o.parent = ObjectiveId(selected(m_parent));
    return o;
}

bool ObjectiveEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    auto w = number(m_weight->text());
    ok &= report(m_weight, !w ? w.error() : *w < 0 ? tr("Must not be negative") : QString());
    // Walk up from the chosen objective: meeting this one would make a loop.
    QString loop;
    QSet<QString> seen;
    for (ObjectiveId up(selected(m_parent)); !up.isNull() && !seen.contains(up.value);) {
        if (up.value == m_id) {
            const Objective *chosen = m_doc->objective(ObjectiveId(selected(m_parent)));
            loop = tr("\u201c%1\u201d already supports this objective: that would make a loop")
                       .arg(chosen ? chosen->name : selected(m_parent));
            break;
        }
        seen.insert(up.value);
        const Objective *o = m_doc->objective(up);
        up = o ? o->parent : ObjectiveId();
    }
    ok &= report(m_parent, loop);
    return ok;
}

} // namespace scorecard
