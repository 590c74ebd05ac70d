// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/initiative.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace scorecard {

/**
 * Edits an initiative: name, owner, department, start and end dates,
 * budget, spent, progress (percent), status, its contributions to
 * objectives (objective and weight) and its milestones (title, due date,
 * done); all of it applies as one command.
 */
class InitiativeEditor : public EntityEditorOf<Initiative>
{
    Q_OBJECT

public:
    enum ContributionColumn { ObjectiveColumn, ContributionWeightColumn };
    enum MilestoneColumn { MilestoneTitleColumn, DueColumn, DoneColumn };

    explicit InitiativeEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Initiative; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *departmentCombo() const { return m_department; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QLineEdit *spentEdit() const { return m_spent; }
    QLineEdit *progressEdit() const { return m_progress; }
    QComboBox *statusCombo() const { return m_status; }
    QTableWidget *contributionsTable() const { return m_contributions; }
    QTableWidget *milestonesTable() const { return m_milestones; }

public Q_SLOTS:
    void addContribution();
    void removeContribution();
    void addMilestone();
    void removeMilestone();

protected:
    void load() override;
    bool checkFields() override;

private:
    Initiative candidate() const override;
    std::vector<Contribution> contributions() const;
    std::vector<Milestone> milestones() const;
    void setContributions(const std::vector<Contribution> &list);
    void setMilestones(const std::vector<Milestone> &list);
    QComboBox *objectiveCombo(int row) const;

    QLineEdit *m_name;
    QLineEdit *m_owner;
    QComboBox *m_department;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_budget;
    QLineEdit *m_spent;
    QLineEdit *m_progress;
    QComboBox *m_status;
    QTableWidget *m_contributions;
    QTableWidget *m_milestones;
    QPushButton *m_removeContribution;
    QPushButton *m_removeMilestone;
};

} // namespace scorecard
