// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifdialog.h"
#include "apptheme.h"

#include "document/scorecarddocument.h"
#include "scoring/engine.h"
#include "strategymap/maptheme.h"
#include "strategymap/strategymapscene.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace scorecard {

namespace {

enum InputColumn { NameColumn, KindColumn, CurrentColumn, WhatIfColumn, ObjectiveColumn };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;    ///< Hypothesis::Kind
constexpr int CurrentRole = Qt::UserRole + 3; ///< the current value (KPI) or progress in %

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("\u2013");
}

} // namespace

WhatIfDialog::WhatIfDialog(ScorecardDocument *doc, QDate asOf, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_asOf(asOf)
{
    setWindowTitle(tr("What-if Scenario"));
    setObjectName(QStringLiteral("whatIfDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Type hypothetical values in the <b>What if</b> column: a KPI value for the period "
           "that contains %1 (or a change such as <tt>+10%</tt> of the current value), or an "
           "initiative's progress in % (or a change such as <tt>+10</tt> points). The scores "
           "below and the marks on the map are a projection: nothing is written to the file.")
            .arg(QLocale().toString(asOf, QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter KPIs and initiatives by name or objective"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    layout->addWidget(m_filter);
    m_inputs = new QTableWidget(0, 5, this);
    m_inputs->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Current"), tr("What if"), tr("Objective")});
    m_inputs->setWordWrap(false);
    m_inputs->verticalHeader()->hide();
    m_inputs->setAlternatingRowColors(true);
    m_inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inputs->setAccessibleName(tr("Hypothetical values"));
    m_results = new QTreeWidget(this);
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setHeaderLabels({tr("Projected"), tr("Score before"), tr("Score after"),
                                tr("Change"), tr("Status before \u2192 after")});
    m_results->setAccessibleName(tr("Scores before and after"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_inputs);
    split->addWidget(m_results);
    layout->addWidget(split, 1);
    m_error = new QLabel(this);
    markAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reset = buttons->addButton(tr("&Reset"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, [this] {
        {
            const QScopedValueRollback<bool> guard(m_filling, true);
            for (int r = 0; r < m_inputs->rowCount(); ++r)
                m_inputs->item(r, WhatIfColumn)->setText({});
        }
        recompute();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillInputs();
    connect(m_filter, &QLineEdit::textChanged, this, &WhatIfDialog::applyFilter);
    connect(m_inputs, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == WhatIfColumn)
            recompute();
    });
    resize(900, 640);
}

WhatIfDialog::~WhatIfDialog()
{
    clearMap();
}

void WhatIfDialog::setMapScene(StrategyMapScene *scene)
{
    clearMap();
    m_scene = scene;
    if (m_scene)
        m_scene->setWhatIf(changedObjectives());
}

void WhatIfDialog::clearMap()
{
    if (m_scene)
        m_scene->setWhatIf({});
}

void WhatIfDialog::done(int result)
{
    clearMap();
    QDialog::done(result);
}

void WhatIfDialog::fillInputs()
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    const Scorecard &sc = m_doc->scorecard();
    const scoring::Results results = scoring::Engine(sc).compute(m_asOf);
    QHash<QString, QString> objectiveNames;
    for (const Objective &o : sc.objectives)
        objectiveNames.insert(o.id.value, o.name);
    auto addRow = [this](const QString &kind, Hypothesis::Kind hk, const QString &id,
                         const QString &name, const QString &objective,
                         std::optional<double> current, const QString &currentText) {
        const int row = m_inputs->rowCount();
        m_inputs->insertRow(row);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        QTableWidgetItem *kindItem = readOnly(kind);
        kindItem->setData(IdRole, id);
        kindItem->setData(KindRole, int(hk));
        if (current)
            kindItem->setData(CurrentRole, *current);
        m_inputs->setItem(row, KindColumn, kindItem);
        m_inputs->setItem(row, NameColumn, readOnly(name));
        m_inputs->setItem(row, ObjectiveColumn, readOnly(objective));
        QTableWidgetItem *currentItem = readOnly(currentText);
        currentItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_inputs->setItem(row, CurrentColumn, currentItem);
        auto *edit = new QTableWidgetItem;
        edit->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        edit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setToolTip(hk == Hypothesis::Kind::KpiValue
                             ? tr("A value (e.g. 42) or a change of the current value (e.g. +10%)")
                             : tr("Progress in % (0 to 100), or a change such as +10"));
        m_inputs->setItem(row, WhatIfColumn, edit);
    };
    const QLocale locale;
    for (const Kpi &k : sc.kpis) {
        const scoring::Score s = results.kpis.value(k.id.value);
        const std::optional<double> current = s.measuredValue;
        QString text = current ? locale.toString(*current, 'g', 10) : QStringLiteral("\u2013");
        if (current && !k.unit.isEmpty())
            text += u' ' + k.unit;
        addRow(tr("KPI"), Hypothesis::Kind::KpiValue, k.id.value, k.name,
               objectiveNames.value(k.objective.value), current, text);
    }
    for (const Initiative &i : sc.initiatives) {
        QString objectives;
        for (const Contribution &c : i.contributions) {
            if (!objectives.isEmpty())
                objectives += QStringLiteral(", ");
            objectives += objectiveNames.value(c.objective.value, c.objective.value);
        }
        addRow(tr("Initiative progress (%)"), Hypothesis::Kind::InitiativeProgress, i.id.value,
               i.name, objectives, i.progress * 100,
               tr("%1 %").arg(locale.toString(i.progress * 100, 'f', 0)));
    }
    QHeaderView *header = m_inputs->horizontalHeader();
    m_inputs->resizeColumnsToContents();
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->resizeSection(NameColumn, std::min(header->sectionSize(NameColumn), 300));
    header->resizeSection(WhatIfColumn, 110);
    header->setSectionResizeMode(ObjectiveColumn, QHeaderView::Stretch);
    m_inputs->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void WhatIfDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int r = 0; r < m_inputs->rowCount(); ++r) {
        bool match = needle.isEmpty();
        for (int c : {NameColumn, KindColumn, ObjectiveColumn})
            match = match || m_inputs->item(r, c)->text().contains(needle, Qt::CaseInsensitive);
        // A row with a hypothesis stays in view: what is assumed is never hidden.
        match = match || !m_inputs->item(r, WhatIfColumn)->text().trimmed().isEmpty();
        m_inputs->setRowHidden(r, !match);
    }
}

bool WhatIfDialog::setHypothesis(const QString &id, const QString &text)
{
    for (int r = 0; r < m_inputs->rowCount(); ++r) {
        if (m_inputs->item(r, KindColumn)->data(IdRole).toString() == id) {
            m_inputs->item(r, WhatIfColumn)->setText(text);
            return true;
        }
    }
    return false;
}

Result<std::vector<Hypothesis>> WhatIfDialog::hypotheses() const
{
    std::vector<Hypothesis> out;
    for (int r = 0; r < m_inputs->rowCount(); ++r) {
        const QString text = m_inputs->item(r, WhatIfColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        const QTableWidgetItem *kindItem = m_inputs->item(r, KindColumn);
        const QString name = m_inputs->item(r, NameColumn)->text();
        Hypothesis h;
        h.id = kindItem->data(IdRole).toString();
        h.kind = Hypothesis::Kind(kindItem->data(KindRole).toInt());
        const bool percent = text.endsWith(u'%');
        const std::optional<double> number = parseNumber(percent ? text.chopped(1) : text);
        if (!number)
            return fail(tr("%1: \u201c%2\u201d is not a number").arg(name, text));
        if (h.kind == Hypothesis::Kind::KpiValue) {
            if (percent) {
                const QVariant current = kindItem->data(CurrentRole);
                if (!current.isValid())
                    return fail(tr("%1 has no current value to change by %2").arg(name, text));
                h.value = current.toDouble() * (1 + *number / 100);
            } else {
                h.value = *number;
            }
        } else {
            // "+10" or "-10" (with or without %): that many points from the current progress.
            double progress = *number;
            if (text.startsWith(u'+') || text.startsWith(u'-'))
                progress = kindItem->data(CurrentRole).toDouble() + *number;
            if (progress < 0 || progress > 100)
                return fail(tr("%1: progress must be between 0 and 100 %").arg(name));
            h.value = progress / 100;
        }
        out.push_back(h);
    }
    return out;
}

QHash<QString, ProjectedStatus> WhatIfDialog::changedObjectives() const
{
    QHash<QString, ProjectedStatus> out;
    if (!m_projection)
        return out;
    for (const ProjectedScore &p : m_projection->changes) {
        if (p.kind != EntityKind::Objective)
            continue;
        const bool scoreChanges = p.before.has_value() != p.after.has_value() ||
                                  (p.before && std::abs(*p.before - *p.after) > 1e-9);
        if (scoreChanges || p.statusBefore != p.statusAfter)
            out.insert(p.id, {p.before, p.after, p.statusBefore, p.statusAfter});
    }
    return out;
}

QString WhatIfDialog::errorText() const
{
    return m_error->text();
}

void WhatIfDialog::recompute()
{
    m_results->clear();
    m_error->hide();
    m_error->clear();
    auto hs = hypotheses();
    if (!hs) {
        m_projection.reset();
        m_error->setText(hs.error());
        m_error->show();
    } else if (hs.value().empty()) {
        m_projection.reset();
    } else {
        auto projected = projectWhatIf(m_doc->scorecard(), m_asOf, hs.value());
        if (!projected) {
            m_projection.reset();
            m_error->setText(projected.error());
            m_error->show();
        } else {
            m_projection = std::move(projected).value();
        }
    }
    if (m_projection) {
        const QLocale locale;
        for (const ProjectedScore &p : m_projection->changes) {
            QString label;
            switch (p.kind) {
            case EntityKind::Kpi:
                label = tr("KPI: %1").arg(p.name);
                break;
            case EntityKind::Initiative:
                label = tr("Initiative: %1").arg(p.name);
                break;
            case EntityKind::Objective:
                label = tr("Objective: %1").arg(p.name);
                break;
            case EntityKind::Perspective:
                label = tr("Perspective: %1").arg(p.name);
                break;
            default:
                label = tr("Company");
                break;
            }
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(0, label);
            item->setText(1, scoreText(p.before));
            item->setText(2, scoreText(p.after));
            if (p.before && p.after) {
                const double d = *p.after - *p.before;
                item->setText(3, (d > 0 ? QStringLiteral("+") : QString()) +
                                     locale.toString(d, 'f', 1));
            }
            QString status = statusLabel(p.statusBefore);
            if (p.statusAfter != p.statusBefore) {
                status += QStringLiteral(" \u2192 ") + statusLabel(p.statusAfter);
                QFont bold = item->font(4);
                bold.setBold(true);
                item->setFont(4, bold);
            }
            item->setText(4, status);
            for (int c = 1; c <= 3; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (int c = 0; c < m_results->columnCount(); ++c)
            m_results->resizeColumnToContents(c);
    }
    if (m_scene)
        m_scene->setWhatIf(changedObjectives());
}

} // namespace scorecard
