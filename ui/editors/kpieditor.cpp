// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/kpieditor.h"

#include "commands/entitycommands.h"
#include "editors/editorfields.h"
#include "editors/measurementsgrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QVBoxLayout>

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

void selectInt(QComboBox *c, int value)
{
    const int at = c->findData(value);
    if (at >= 0 && at != c->currentIndex())
        c->setCurrentIndex(at);
}

QString optionalProblem(const QLineEdit *e)
{
    auto n = optionalNumber(e->text());
    return n ? QString() : n.error();
}

/** The number in @p e, or @p fallback when it is empty or not a number. */
std::optional<double> optionalValue(const QLineEdit *e, const std::optional<double> &fallback)
{
    auto n = optionalNumber(e->text());
    return n ? *n : fallback;
}

} // namespace

KpiEditor::KpiEditor(QWidget *parent) : EntityEditorOf(tr("KPI"), parent)
{
    m_name = new QLineEdit(this);
    m_objective = combo(this);
    m_unit = new QLineEdit(this);
    m_unit->setPlaceholderText(tr("e.g. %, EUR, days"));
    m_direction = combo(this);
    m_direction->addItem(tr("Higher is better"), int(Direction::Increase));
    m_direction->addItem(tr("Lower is better"), int(Direction::Decrease));
    m_direction->addItem(tr("Best within a range"), int(Direction::Range));
    m_baseline = new QLineEdit(this);
    m_target = new QLineEdit(this);
    m_rangeLow = new QLineEdit(this);
    m_rangeHigh = new QLineEdit(this);
    for (QLineEdit *e : {m_baseline, m_target, m_rangeLow, m_rangeHigh})
        e->setPlaceholderText(tr("not set"));
    m_scoring = combo(this);
    m_scoring->addItem(tr("Linear (baseline to target)"), int(ScoringMethod::Linear));
    m_scoring->addItem(tr("Goal and red flag"), int(ScoringMethod::GoalRedFlag));
    m_scoring->addItem(tr("Yes / no"), int(ScoringMethod::YesNo));
    m_goal = new QLineEdit(this);
    m_redFlag = new QLineEdit(this);
    m_goal->setPlaceholderText(tr("not set"));
    m_redFlag->setPlaceholderText(tr("not set"));
    m_ownBands = new QCheckBox(tr("Own status bands (else the scorecard's)"), this);
    m_green = new QLineEdit(this);
    m_amber = new QLineEdit(this);
    m_frequency = combo(this);
    m_frequency->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequency->addItem(tr("Quarterly"), int(Frequency::Quarterly));
    m_frequency->addItem(tr("Yearly"), int(Frequency::Yearly));
    m_owner = new QLineEdit(this);
    m_department = combo(this);
    m_weight = new QLineEdit(this);

    addRow(tr("&Name:"), m_name);
    addRow(tr("&Objective:"), m_objective);
    addRow(tr("&Unit:"), m_unit);
    addRow(tr("&Direction:"), m_direction);
    addRow(tr("&Baseline:"), m_baseline);
    addRow(tr("&Target:"), m_target);
    addRow(tr("Range mi&n:"), m_rangeLow);
    addRow(tr("Range ma&x:"), m_rangeHigh);
    addRow(tr("&Scoring:"), m_scoring);
    addRow(tr("&Goal:"), m_goal);
    addRow(tr("&Red flag:"), m_redFlag);
    addRow(QString(), m_ownBands);
    addRow(tr("Green &from:"), m_green);
    addRow(tr("A&mber from:"), m_amber);
    addRow(tr("&Frequency:"), m_frequency);
    addRow(tr("O&wner:"), m_owner);
    addRow(tr("De&partment:"), m_department);
    addRow(tr("W&eight:"), m_weight);

    m_grid = new MeasurementsGrid(this);
    belowButtons()->addWidget(m_grid, 1);
    connect(m_grid, &MeasurementsGrid::errorOccurred, this, &EntityEditor::errorOccurred);
    connect(m_ownBands, &QCheckBox::toggled, this, &KpiEditor::updateEnabled);
    connect(m_scoring, &QComboBox::currentIndexChanged, this, &KpiEditor::updateEnabled);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &KpiEditor::updateEnabled);
}

void KpiEditor::documentSet()
{
    m_grid->setDocument(m_doc);
}

void KpiEditor::load()
{
    const Kpi *k = current();
    m_grid->setKpi(k->id);
    setText(m_name, k->name);
    fill(m_objective, objectiveChoices(*m_doc, tr("(none: not aligned)")), k->objective.value);
    setText(m_unit, k->unit);
    selectInt(m_direction, int(k->direction));
    // Only rewrite a number field when its value differs (keeps "1.50" as typed).
    auto setNumber = [](QLineEdit *e, const std::optional<double> &v) {
        auto now = optionalNumber(e->text());
        if (!now || *now != v)
            setText(e, numberText(v));
    };
    setNumber(m_baseline, k->baseline);
    setNumber(m_target, k->target);
    setNumber(m_rangeLow, k->rangeLow);
    setNumber(m_rangeHigh, k->rangeHigh);
    selectInt(m_scoring, int(k->scoring));
    setNumber(m_goal, k->goal);
    setNumber(m_redFlag, k->redFlag);
    m_ownBands->setChecked(k->bands.has_value());
    const Bands bands = k->bands.value_or(m_doc->scorecard().info.bands);
    setNumber(m_green, bands.green);
    setNumber(m_amber, bands.amber);
    selectInt(m_frequency, int(k->frequency));
    const bool hasValues = !k->measurements.empty();
    m_frequency->setEnabled(!hasValues);
    m_frequency->setToolTip(hasValues ? tr("The KPI has values: its frequency cannot change")
                                      : QString());
    setText(m_owner, k->owner);
    fill(m_department, departmentChoices(*m_doc, tr("(none)")), k->department.value);
    setNumber(m_weight, k->weight);
    updateEnabled();
}

void KpiEditor::updateEnabled()
{
    m_green->setEnabled(m_ownBands->isChecked());
    m_amber->setEnabled(m_ownBands->isChecked());
    const auto scoring = ScoringMethod(m_scoring->currentData().toInt());
    m_goal->setEnabled(scoring == ScoringMethod::GoalRedFlag);
    m_redFlag->setEnabled(scoring == ScoringMethod::GoalRedFlag);
}

Kpi KpiEditor::candidate() const
{
    Kpi k = *current();
    k.name = m_name->text().trimmed();
    k.objective = ObjectiveId(selected(m_objective));
    k.unit = m_unit->text().trimmed();
    k.direction = Direction(m_direction->currentData().toInt());
    k.baseline = optionalValue(m_baseline, k.baseline);
    k.target = optionalValue(m_target, k.target);
    k.rangeLow = optionalValue(m_rangeLow, k.rangeLow);
    k.rangeHigh = optionalValue(m_rangeHigh, k.rangeHigh);
    k.scoring = ScoringMethod(m_scoring->currentData().toInt());
    k.goal = optionalValue(m_goal, k.goal);
    k.redFlag = optionalValue(m_redFlag, k.redFlag);
    if (m_ownBands->isChecked()) {
        Bands b = k.bands.value_or(m_doc->scorecard().info.bands);
        b.green = optionalValue(m_green, b.green).value_or(b.green);
        b.amber = optionalValue(m_amber, b.amber).value_or(b.amber);
        k.bands = b;
    } else {
        k.bands.reset();
    }
    k.frequency = Frequency(m_frequency->currentData().toInt());
    k.owner = m_owner->text().trimmed();
    k.department = DepartmentId(selected(m_department));
    if (auto w = number(m_weight->text()))
        k.weight = *w;
    return k;
}

bool KpiEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    for (QLineEdit *e : {m_baseline, m_target, m_rangeLow, m_rangeHigh, m_goal, m_redFlag})
        ok &= report(e, optionalProblem(e));
    if (!ok)
        return false;
    const Kpi k = candidate();
    const bool linear = k.scoring == ScoringMethod::Linear && k.direction != Direction::Range;
    ok &= report(m_target, linear && k.baseline && k.target && *k.baseline == *k.target
                               ? tr("Equal to the baseline: progress cannot be measured")
                               : QString());
    ok &= report(m_rangeHigh, k.rangeLow && k.rangeHigh && *k.rangeLow > *k.rangeHigh
                                  ? tr("Below the range min")
                                  : QString());
    ok &= report(m_redFlag, k.scoring == ScoringMethod::GoalRedFlag && k.goal && k.redFlag &&
                                    *k.goal == *k.redFlag
                                ? tr("Equal to the goal")
                                : QString());
    auto percent = [](const QLineEdit *e) -> QString {
        auto n = number(e->text());
        if (!n)
            return n.error();
        return *n < 0 || *n > 100 ? tr("Between 0 and 100") : QString();
    };
    if (m_ownBands->isChecked()) {
        ok &= report(m_green, percent(m_green));
        QString amber = percent(m_amber);
        if (amber.isEmpty() && k.bands && k.bands->amber > k.bands->green)
            amber = tr("Must not be above green");
        ok &= report(m_amber, amber);
    } else {
        setFieldError(m_green, {});
        setFieldError(m_amber, {});
    }
    auto w = number(m_weight->text());
    ok &= report(m_weight, !w ? w.error() : *w < 0 ? tr("Must not be negative") : QString());
    return ok;
}

} // namespace scorecard
