// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspanel.h"

#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "linkevidencemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

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
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200); // a burst of edits computes once
    connect(m_debounce, &QTimer::timeout, this, &LinksPanel::compute);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &LinksPanel::computed);
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
        m_debounce->stop();
        m_pending = false;
        m_watcher.setFuture(QFuture<Job>()); // a running computation is no longer wanted
        m_model->setEvidence({}, {});
        return;
    }
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_pending = true;
    m_debounce->start();
}

void LinksPanel::compute()
{
    if (!m_doc)
        return;
    // The worker owns its copy and its promise; the watcher follows only the latest job.
    auto promise = std::make_shared<QPromise<Job>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, scorecard = m_doc->scorecard(), asOf = m_asOf]() mutable {
            std::vector<LinkEvidence> evidence = linkEvidence(scorecard, asOf);
            promise->addResult(Job{std::move(scorecard), std::move(evidence)});
            promise->finish();
        });
}

void LinksPanel::computed()
{
    if (m_debounce->isActive() || m_watcher.future().resultCount() == 0)
        return; // a newer change is on its way
    Job job = m_watcher.future().takeResult();
    m_pending = false;
    m_model->setEvidence(job.scorecard, std::move(job.evidence));
    m_table->resizeColumnsToContents();
    Q_EMIT evidenceUpdated();
}

} // namespace scorecard
