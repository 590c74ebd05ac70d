// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/okreditor.h"

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

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

OkrEditor::OkrEditor(QWidget *parent) : EntityEditorOf(tr("OKR"), parent)
{
    m_title = new QLineEdit(this);
    m_objective = new QComboBox(this);
    m_objective->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objective->setMinimumContentsLength(12);
    m_owner = new QLineEdit(this);
    m_start = new QLineEdit(this);
    m_end = new QLineEdit(this);
    m_start->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_weight = new QLineEdit(this);
    addRow(tr("&Title:"), m_title);
    addRow(tr("&Objective:"), m_objective);
    addRow(tr("O&wner:"), m_owner);
    addRow(tr("&Start:"), m_start);
    addRow(tr("&End:"), m_end);
    addRow(tr("W&eight:"), m_weight);

    m_krs = makeTable(
        {tr("Key result"), tr("Start"), tr("Target"), tr("Current"), tr("Unit"), tr("Weight")},
        this);
    m_krs->setAccessibleName(tr("Key results"));
    m_addKr = new QPushButton(tr("Add key res&ult"), this);
    m_removeKr = new QPushButton(tr("Remove key result"), this);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_krs);
    auto *h = new QHBoxLayout;
    h->addStretch();
    h->addWidget(m_addKr);
    h->addWidget(m_removeKr);
    v->addLayout(h);
    addWideField(tr("&Key results:"), m_krs, box);
    connect(m_addKr, &QPushButton::clicked, this, &OkrEditor::addKeyResult);
    connect(m_removeKr, &QPushButton::clicked, this, &OkrEditor::removeKeyResult);
}

void OkrEditor::load()
{
    const Okr *o = current();
    setText(m_title, o->title);
    fill(m_objective, objectiveChoices(*m_doc, tr("(none: not aligned)")), o->objective.value);
    setText(m_owner, o->owner);
    if (optionalDate(m_start->text()).ok() ? *optionalDate(m_start->text()) != o->start : true)
        setText(m_start, dateText(o->start));
    if (optionalDate(m_end->text()).ok() ? *optionalDate(m_end->text()) != o->end : true)
        setText(m_end, dateText(o->end));
    if (auto w = number(m_weight->text()); !w || *w != o->weight)
        setText(m_weight, numberText(o->weight));
    if (!(keyResults() == o->keyResults))
        setKeyResults(o->keyResults);
}

void OkrEditor::setKeyResults(const std::vector<KeyResult> &list)
{
    const QSignalBlocker blocker(m_krs);
    m_krs->setRowCount(0);
    for (const KeyResult &kr : list) {
        const int row = m_krs->rowCount();
        m_krs->insertRow(row);
        auto *title = new QTableWidgetItem(kr.title);
        title->setData(kIdRole, kr.id.value);
        title->setToolTip(kr.title);
        m_krs->setItem(row, TitleColumn, title);
        m_krs->setItem(row, StartColumn, new QTableWidgetItem(numberText(kr.startValue)));
        m_krs->setItem(row, TargetColumn, new QTableWidgetItem(numberText(kr.targetValue)));
        m_krs->setItem(row, CurrentColumn, new QTableWidgetItem(numberText(kr.currentValue)));
        m_krs->setItem(row, UnitColumn, new QTableWidgetItem(kr.unit));
        m_krs->setItem(row, WeightColumn, new QTableWidgetItem(numberText(kr.weight)));
    }
}

std::vector<KeyResult> OkrEditor::keyResults() const
{
    std::vector<KeyResult> out;
    for (int row = 0; row < m_krs->rowCount(); ++row) {
        KeyResult kr;
        const QTableWidgetItem *title = m_krs->item(row, TitleColumn);
        kr.id = KeyResultId(title ? title->data(kIdRole).toString() : QString());
        kr.title = cellText(m_krs, row, TitleColumn);
        auto value = [&](int column, double fallback) {
            auto n = number(cellText(m_krs, row, column));
            return n ? *n : fallback;
        };
        kr.startValue = value(StartColumn, 0);
        kr.targetValue = value(TargetColumn, 1);
        kr.currentValue = value(CurrentColumn, 0);
        kr.unit = cellText(m_krs, row, UnitColumn);
        kr.weight = value(WeightColumn, 1);
        out.push_back(kr);
    }
    return out;
}

void OkrEditor::addKeyResult()
{
    QSet<QString> taken;
    for (const Okr &o : m_doc->scorecard().okrs) {
        for (const KeyResult &kr : o.keyResults)
            taken.insert(kr.id.value);
    }
    std::vector<KeyResult> list = keyResults();
    for (const KeyResult &kr : list)
        taken.insert(kr.id.value);
    KeyResult kr;
    kr.title = tr("New key result");
    kr.id = KeyResultId(validation::makeId(m_title->text() + QStringLiteral(" kr"),
                                           [&](const QString &id) { return taken.contains(id); }));
    list.push_back(kr);
    setKeyResults(list);
    m_krs->setCurrentCell(int(list.size()) - 1, TitleColumn);
    edited();
}

void OkrEditor::removeKeyResult()
{
    const int row = m_krs->currentRow();
    if (row < 0)
        return;
    m_krs->removeRow(row);
    edited();
}

Okr OkrEditor::candidate() const
{
    Okr o = *current();
    o.title = m_title->text().trimmed();
    o.objective = ObjectiveId(selected(m_objective));
    o.owner = m_owner->text().trimmed();
    if (auto d = optionalDate(m_start->text()))
        o.start = *d;
    if (auto d = optionalDate(m_end->text()))
        o.end = *d;
    if (auto w = number(m_weight->text()))
        o.weight = *w;
    o.keyResults = keyResults();
    return o;
}

bool OkrEditor::checkFields()
{
    bool ok = report(m_title,
                     m_title->text().trimmed().isEmpty() ? tr("A title is required") : QString());
    auto start = optionalDate(m_start->text());
    auto end = optionalDate(m_end->text());
    ok &= report(m_start, start ? QString() : start.error());
    QString endProblem = end ? QString() : end.error();
    if (start && end && start->isValid() && end->isValid() && *end < *start)
        endProblem = tr("Before the start");
    ok &= report(m_end, endProblem);
    auto w = number(m_weight->text());
    ok &= report(m_weight, !w ? w.error() : *w < 0 ? tr("Must not be negative") : QString());

    QString krProblem;
    for (int row = 0; row < m_krs->rowCount(); ++row) {
        auto bad = [&](int column, const QString &what) {
            markCell(m_krs, row, column, true);
            if (krProblem.isEmpty())
                krProblem = tr("Key result %1, %2").arg(row + 1).arg(what);
        };
        for (int c = 0; c < m_krs->columnCount(); ++c)
            markCell(m_krs, row, c, false);
        if (cellText(m_krs, row, TitleColumn).isEmpty())
            bad(TitleColumn, tr("title: a title is required"));
        const std::pair<int, QString> numbers[] = {{StartColumn, tr("start")},
                                                   {TargetColumn, tr("target")},
                                                   {CurrentColumn, tr("current")},
                                                   {WeightColumn, tr("weight")}};
        for (const auto &[column, name] : numbers) {
            auto n = number(cellText(m_krs, row, column));
            if (!n)
                bad(column, tr("%1: %2").arg(name, n.error()));
            else if (column == WeightColumn && *n < 0)
                bad(column, tr("%1: must not be negative").arg(name));
        }
    }
    m_removeKr->setEnabled(m_krs->rowCount() > 0);
    ok &= report(m_krs, krProblem);
    return ok;
}

} // namespace scorecard
