// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/linkevidence.h"
#include "model/scorecard.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTimer;
class QSortFilterProxyModel;
class QTableView;

namespace scorecard {

class EntitySelection;
class LinkEvidenceModel;
class ScorecardDocument;

/**
 * The Links dock: every cause-and-effect link with the evidence in the
 * scores up to the as-of date (best lag, Spearman's rho, months used,
 * strength), sortable. Clicking a link selects its cause objective.
 * The evidence scores the whole scorecard once per month of history: a
 * hidden panel (a dock behind another) waits until it is shown, and a shown
 * one computes on a copy of the scorecard in a worker thread, a moment after
 * the last change, so that editing a large file never waits for it.
 */
class LinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(EntitySelection *selection, QWidget *parent = nullptr);

    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);

    LinkEvidenceModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    /** Whether the table shows the evidence of the document as it is now. */
    bool isUpToDate() const { return m_doc ? !m_stale && !m_pending : true; }

Q_SIGNALS:
    /** The table now shows the evidence of the current document (after a computation). */
    void evidenceUpdated();

    /** A link was clicked: cause and effect objective ids. */
    void linkActivated(const QString &from, const QString &to);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void compute();
    void computed();

    /// What a computation works on and produces (the scorecard is a copy).
    struct Job
    {
        Scorecard scorecard;
        std::vector<LinkEvidence> evidence;
    };

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    LinkEvidenceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_stale = false;
    bool m_pending = false; ///< a computation is scheduled or running
    QTimer *m_debounce = nullptr;
    QFutureWatcher<Job> m_watcher;
};

} // namespace scorecard
