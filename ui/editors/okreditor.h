// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/okr.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace scorecard {

/**
 * Edits an OKR: title, objective, owner, dates, weight and its key results
 * (title, start, target, current value, unit, weight) in a table with Add
 * and Remove; all of it applies as one command.
 */
class OkrEditor : public EntityEditorOf<Okr>
{
    Q_OBJECT

public:
    enum KrColumn {
        TitleColumn,
        StartColumn,
        TargetColumn,
        CurrentColumn,
        UnitColumn,
        WeightColumn
    };

    explicit OkrEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Okr; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *objectiveCombo() const { return m_objective; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QLineEdit *weightEdit() const { return m_weight; }
    QTableWidget *keyResultsTable() const { return m_krs; }
    QPushButton *addKeyResultButton() const { return m_addKr; }
    QPushButton *removeKeyResultButton() const { return m_removeKr; }

public Q_SLOTS:
    void addKeyResult();
    void removeKeyResult();

protected:
    void load() override;
    bool checkFields() override;

private:
    Okr candidate() const override;
    std::vector<KeyResult> keyResults() const;
    void setKeyResults(const std::vector<KeyResult> &list);

    QLineEdit *m_title;
    QComboBox *m_objective;
    QLineEdit *m_owner;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_weight;
    QTableWidget *m_krs;
    QPushButton *m_addKr;
    QPushButton *m_removeKr;
};

} // namespace scorecard
