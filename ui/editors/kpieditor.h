// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/kpi.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace scorecard {

class MeasurementsGrid;

/**
 * Edits a KPI: name, objective, unit, direction, baseline, target, range,
 * scoring method with its goal and red flag, its own status bands,
 * frequency (fixed once it has values), owner, department and weight. Its
 * measurements grid sits under the Apply button.
 */
class KpiEditor : public EntityEditorOf<Kpi>
{
    Q_OBJECT

public:
    explicit KpiEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Kpi; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *objectiveCombo() const { return m_objective; }
    QLineEdit *unitEdit() const { return m_unit; }
    QComboBox *directionCombo() const { return m_direction; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *rangeLowEdit() const { return m_rangeLow; }
    QLineEdit *rangeHighEdit() const { return m_rangeHigh; }
    QComboBox *scoringCombo() const { return m_scoring; }
    QLineEdit *goalEdit() const { return m_goal; }
    QLineEdit *redFlagEdit() const { return m_redFlag; }
    QCheckBox *ownBandsCheck() const { return m_ownBands; }
    QLineEdit *greenEdit() const { return m_green; }
    QLineEdit *amberEdit() const { return m_amber; }
    QComboBox *frequencyCombo() const { return m_frequency; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *departmentCombo() const { return m_department; }
    QLineEdit *weightEdit() const { return m_weight; }
    MeasurementsGrid *measurements() const { return m_grid; }

protected:
    void load() override;
    bool checkFields() override;
    void documentSet() override;

private:
    Kpi candidate() const override;
    void updateEnabled();

    QLineEdit *m_name;
    QComboBox *m_objective;
    QLineEdit *m_unit;
    QComboBox *m_direction;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    QLineEdit *m_rangeLow;
    QLineEdit *m_rangeHigh;
    QComboBox *m_scoring;
    QLineEdit *m_goal;
    QLineEdit *m_redFlag;
    QCheckBox *m_ownBands;
    QLineEdit *m_green;
    QLineEdit *m_amber;
    QComboBox *m_frequency;
    QLineEdit *m_owner;
    QComboBox *m_department;
    QLineEdit *m_weight;
    MeasurementsGrid *m_grid;
};

} // namespace scorecard
