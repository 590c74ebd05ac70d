// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspanel.h"

#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "linkevidencemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace scorecard {

LinksPanel::LinksPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_note = new QLabel(
        tr("Does the data support each link? (Correlation is evidence, not proof.)"), this);
    m_note->setToolTip(
        tr("Spearman rank correlation of the cause's score with the effect's, at lags of 0 to %1 "
           "months; at least %2 overlapping months with variation before any claim.")
            .arg(evidence::kMaxLag)
            .arg(evidence::kMinPeriods));
    m_note->setWordWrap(true);
    m_note->setMargin(4);
    m_model = new LinkEvidenceModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LinkEvidenceModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LinkEvidenceModel::Rho, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Links and their evidence"));
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const QString from = index.data(LinkEvidenceModel::FromRole).toString();
        const QString to = index.data(LinkEvidenceModel::ToRole).toString();
        m_selection->setCurrent(EntityKind::Objective, from);
        Q_EMIT linkActivated(from, to);
    };
    connect(m_table, &QTableView::clicked, this, activate);
    connect(m_table, &QTableView::activated, this, activate);
}

void LinksPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &LinksPanel::refresh);
    refresh();
}

void LinksPanel::setAsOf(QDate asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    refresh();
}

void LinksPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LinksPanel::refresh()
{
    if (!m_doc) {
        m_model->setEvidence({}, {});
        return;
    }
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_model->setEvidence(m_doc->scorecard(), linkEvidence(m_doc->scorecard(), m_asOf));
    m_table->resizeColumnsToContents();
}

} // namespace scorecard
