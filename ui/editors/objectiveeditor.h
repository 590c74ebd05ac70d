// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/objective.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace scorecard {

/** Edits an objective: name, owner, description, weight, perspective, pillar, department and the
 * objective it supports. */
class ObjectiveEditor : public EntityEditorOf<Objective>
{
    Q_OBJECT

public:
    explicit ObjectiveEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Objective; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *weightEdit() const { return m_weight; }
    QComboBox *perspectiveCombo() const { return m_perspective; }
    QComboBox *pillarCombo() const { return m_pillar; }
    QComboBox *departmentCombo() const { return m_department; }
    QComboBox *parentCombo() const { return m_parent; }

protected:
    void load() override;
    bool checkFields() override;

private:
    Objective candidate() const override;
    QLineEdit *m_name;
    QLineEdit *m_owner;
    QPlainTextEdit *m_description;
    QLineEdit *m_weight;
    QComboBox *m_perspective;
    QComboBox *m_pillar;
    QComboBox *m_department;
    QComboBox *m_parent;
};

} // namespace scorecard
