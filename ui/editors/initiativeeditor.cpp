// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/initiativeeditor.h"

#include "commands/entitycommands.h"
#include "editors/editorfields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
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

QWidget *tableWithButtons(QWidget *parent, QTableWidget *table, QPushButton *add,
                          QPushButton *remove)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(table);
    auto *h = new QHBoxLayout;
    h->addStretch();
    h->addWidget(add);
    h->addWidget(remove);
    v->addLayout(h);
    return box;
}

QString amountProblem(const QLineEdit *e)
{
    auto n = number(e->text());
    return !n ? n.error()
           : *n < 0
               ? QCoreApplication::translate("scorecard::InitiativeEditor", "Must not be negative")
               : QString();
}

} // namespace

InitiativeEditor::InitiativeEditor(QWidget *parent) : EntityEditorOf(tr("Initiative"), parent)
{
    m_name = new QLineEdit(this);
    m_owner = new QLineEdit(this);
    m_department = combo(this);
    m_start = new QLineEdit(this);
    m_end = new QLineEdit(this);
    m_start->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_budget = new QLineEdit(this);
    m_spent = new QLineEdit(this);
    m_progress = new QLineEdit(this);
    m_progress->setPlaceholderText(tr("0 to 100"));
    m_status = combo(this);
    m_status->addItem(tr("Planned"), int(InitiativeStatus::Planned));
    m_status->addItem(tr("Active"), int(InitiativeStatus::Active));
    m_status->addItem(tr("On hold"), int(InitiativeStatus::OnHold));
    m_status->addItem(tr("Done"), int(InitiativeStatus::Done));
    m_status->addItem(tr("Cancelled"), int(InitiativeStatus::Cancelled));
    addRow(tr("&Name:"), m_name);
    addRow(tr("O&wner:"), m_owner);
    addRow(tr("De&partment:"), m_department);
    addRow(tr("&Start:"), m_start);
    addRow(tr("&End:"), m_end);
    addRow(tr("&Budget:"), m_budget);
    addRow(tr("S&pent:"), m_spent);
    addRow(tr("Pro&gress (%):"), m_progress);
    addRow(tr("S&tatus:"), m_status);

    m_contributions = makeTable({tr("Objective"), tr("Weight")}, this);
    m_contributions->setAccessibleName(tr("Contributions"));
    auto *addC = new QPushButton(tr("Add contribution"), this);
    m_removeContribution = new QPushButton(tr("Remove"), this);
    addWideField(tr("&Contributes to:"), m_contributions,
                 tableWithButtons(this, m_contributions, addC, m_removeContribution));
    m_milestones = makeTable({tr("Milestone"), tr("Due"), tr("Done")}, this);
    m_milestones->setAccessibleName(tr("Milestones"));
    auto *addM = new QPushButton(tr("Add milestone"), this);
    m_removeMilestone = new QPushButton(tr("Remove"), this);
    addWideField(tr("&Milestones:"), m_milestones,
                 tableWithButtons(this, m_milestones, addM, m_removeMilestone));
    connect(addC, &QPushButton::clicked, this, &InitiativeEditor::addContribution);
    connect(m_removeContribution, &QPushButton::clicked, this,
            &InitiativeEditor::removeContribution);
    connect(addM, &QPushButton::clicked, this, &InitiativeEditor::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &InitiativeEditor::removeMilestone);
}

void InitiativeEditor::load()
{
    const Initiative *in = current();
    setText(m_name, in->name);
    setText(m_owner, in->owner);
    fill(m_department, departmentChoices(*m_doc, tr("(none)")), in->department.value);
    if (auto d = optionalDate(m_start->text()); !d || *d != in->start)
        setText(m_start, dateText(in->start));
    if (auto d = optionalDate(m_end->text()); !d || *d != in->end)
        setText(m_end, dateText(in->end));
    auto setNumber = [](QLineEdit *e, double v) {
        if (auto n = number(e->text()); !n || *n != v)
            setText(e, numberText(v));
    };
    setNumber(m_budget, in->budget);
    setNumber(m_spent, in->spent);
    if (auto n = number(m_progress->text()); !n || *n / 100.0 != in->progress)
        setText(m_progress, numberText(in->progress * 100.0));
    const int status = m_status->findData(int(in->status));
    if (status >= 0 && status != m_status->currentIndex())
        m_status->setCurrentIndex(status);
    // Objective names may have changed: refill the combos in place.
    for (int row = 0; row < m_contributions->rowCount(); ++row) {
        QComboBox *c = objectiveCombo(row);
        fill(c, objectiveChoices(*m_doc, {}), selected(c));
    }
    if (!(contributions() == in->contributions))
        setContributions(in->contributions);
    if (!(milestones() == in->milestones))
        setMilestones(in->milestones);
}

QComboBox *InitiativeEditor::objectiveCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_contributions->cellWidget(row, ObjectiveColumn));
}

void InitiativeEditor::setContributions(const std::vector<Contribution> &list)
{
    const QSignalBlocker blocker(m_contributions);
    m_contributions->setRowCount(0);
    const Choices choices = objectiveChoices(*m_doc, {});
    for (const Contribution &c : list) {
        const int row = m_contributions->rowCount();
        m_contributions->insertRow(row);
        auto *box = combo(m_contributions);
        fill(box, choices, c.objective.value);
        connect(box, &QComboBox::currentIndexChanged, this, &InitiativeEditor::edited);
        m_contributions->setCellWidget(row, ObjectiveColumn, box);
        m_contributions->setItem(row, ContributionWeightColumn,
                                 new QTableWidgetItem(numberText(c.weight)));
    }
}

void InitiativeEditor::setMilestones(const std::vector<Milestone> &list)
{
    const QSignalBlocker blocker(m_milestones);
    m_milestones->setRowCount(0);
    for (const Milestone &m : list) {
        const int row = m_milestones->rowCount();
        m_milestones->insertRow(row);
        m_milestones->setItem(row, MilestoneTitleColumn, new QTableWidgetItem(m.title));
        m_milestones->setItem(row, DueColumn, new QTableWidgetItem(dateText(m.due)));
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(m.done ? Qt::Checked : Qt::Unchecked);
        m_milestones->setItem(row, DoneColumn, done);
    }
}

std::vector<Contribution> InitiativeEditor::contributions() const
{
    std::vector<Contribution> out;
    for (int row = 0; row < m_contributions->rowCount(); ++row) {
        Contribution c;
        if (QComboBox *box = objectiveCombo(row))
            c.objective = ObjectiveId(selected(box));
        auto w = number(cellText(m_contributions, row, ContributionWeightColumn));
        c.weight = w ? *w : 1;
        out.push_back(c);
    }
    return out;
}

std::vector<Milestone> InitiativeEditor::milestones() const
{
    std::vector<Milestone> out;
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        Milestone m;
        m.title = cellText(m_milestones, row, MilestoneTitleColumn);
        auto due = optionalDate(cellText(m_milestones, row, DueColumn));
        m.due = due ? *due : QDate();
        const QTableWidgetItem *done = m_milestones->item(row, DoneColumn);
        m.done = done && done->checkState() == Qt::Checked;
        out.push_back(m);
    }
    return out;
}

void InitiativeEditor::addContribution()
{
    std::vector<Contribution> list = contributions();
    QSet<QString> used;
    for (const Contribution &c : list)
        used.insert(c.objective.value);
    Contribution c;
    for (const Objective &o : m_doc->scorecard().objectives) {
        if (!used.contains(o.id.value)) {
            c.objective = o.id;
            break;
        }
    }
    if (c.objective.isNull() && !m_doc->scorecard().objectives.empty())
        c.objective = m_doc->scorecard().objectives.front().id;
    list.push_back(c);
    setContributions(list);
    edited();
}

void InitiativeEditor::removeContribution()
{
    const int row = m_contributions->currentRow();
    if (row < 0)
        return;
    m_contributions->removeRow(row);
    edited();
}

void InitiativeEditor::addMilestone()
{
    std::vector<Milestone> list = milestones();
    Milestone m;
    m.title = tr("New milestone");
    list.push_back(m);
    setMilestones(list);
    m_milestones->setCurrentCell(int(list.size()) - 1, MilestoneTitleColumn);
    edited();
}

void InitiativeEditor::removeMilestone()
{
    const int row = m_milestones->currentRow();
    if (row < 0)
        return;
    m_milestones->removeRow(row);
    edited();
}

Initiative InitiativeEditor::candidate() const
{
    Initiative in = *current();
    in.name = m_name->text().trimmed();
    in.owner = m_owner->text().trimmed();
    in.department = DepartmentId(selected(m_department));
    if (auto d = optionalDate(m_start->text()))
        in.start = *d;
    if (auto d = optionalDate(m_end->text()))
        in.end = *d;
    if (auto n = number(m_budget->text()))
        in.budget = *n;
    if (auto n = number(m_spent->text()))
        in.spent = *n;
    if (auto n = number(m_progress->text()))
        in.progress = *n / 100.0;
    in.status = InitiativeStatus(m_status->currentData().toInt());
    in.contributions = contributions();
    in.milestones = milestones();
    return in;
}

bool InitiativeEditor::checkFields()
{
    bool ok =
        report(m_name, m_name->text().trimmed().isEmpty() ? tr("A name is required") : QString());
    auto start = optionalDate(m_start->text());
    auto end = optionalDate(m_end->text());
    ok &= report(m_start, start ? QString() : start.error());
    QString endProblem = end ? QString() : end.error();
    if (start && end && start->isValid() && end->isValid() && *end < *start)
        endProblem = tr("Before the start");
    ok &= report(m_end, endProblem);
    ok &= report(m_budget, amountProblem(m_budget));
    ok &= report(m_spent, amountProblem(m_spent));
    auto progress = number(m_progress->text());
    ok &= report(m_progress, !progress                          ? progress.error()
                             : *progress < 0 || *progress > 100 ? tr("Between 0 and 100")
                                                                : QString());

    QString cProblem;
    QSet<QString> seen;
    for (int row = 0; row < m_contributions->rowCount(); ++row) {
        markCell(m_contributions, row, ContributionWeightColumn, false);
        const QString objective = objectiveCombo(row) ? selected(objectiveCombo(row)) : QString();
        if (cProblem.isEmpty() && objective.isEmpty())
            cProblem = tr("Row %1: choose an objective").arg(row + 1);
        if (cProblem.isEmpty() && seen.contains(objective))
            cProblem = tr("Row %1: that objective is listed twice").arg(row + 1);
        seen.insert(objective);
        auto w = number(cellText(m_contributions, row, ContributionWeightColumn));
        if (!w || *w < 0) {
            markCell(m_contributions, row, ContributionWeightColumn, true);
            if (cProblem.isEmpty())
                cProblem = tr("Row %1, weight: %2")
                               .arg(row + 1)
                               .arg(!w ? w.error() : tr("must not be negative"));
        }
    }
    m_removeContribution->setEnabled(m_contributions->rowCount() > 0);
    ok &= report(m_contributions, cProblem);

    QString mProblem;
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        markCell(m_milestones, row, MilestoneTitleColumn, false);
        markCell(m_milestones, row, DueColumn, false);
        if (cellText(m_milestones, row, MilestoneTitleColumn).isEmpty()) {
            markCell(m_milestones, row, MilestoneTitleColumn, true);
            if (mProblem.isEmpty())
                mProblem = tr("Milestone %1: a title is required").arg(row + 1);
        }
        if (auto due = optionalDate(cellText(m_milestones, row, DueColumn)); !due) {
            markCell(m_milestones, row, DueColumn, true);
            if (mProblem.isEmpty())
                mProblem = tr("Milestone %1, due: %2").arg(row + 1).arg(due.error());
        }
    }
    m_removeMilestone->setEnabled(m_milestones->rowCount() > 0);
    ok &= report(m_milestones, mProblem);
    return ok;
}

} // namespace scorecard
