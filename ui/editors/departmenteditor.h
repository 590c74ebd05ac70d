// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/department.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace scorecard {

/** Edits a department: its name and its parent in the department tree (a parent inside the
 * department itself is refused). */
class DepartmentEditor : public EntityEditorOf<Department>
{
    Q_OBJECT

public:
    explicit DepartmentEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Department; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *parentCombo() const { return m_parent; }

protected:
    void load() override;
    bool checkFields() override;

private:
    Department candidate() const override;
    QLineEdit *m_name;
    QComboBox *m_parent;
};

} // namespace scorecard
