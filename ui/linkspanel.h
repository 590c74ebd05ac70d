// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
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
 * The evidence scores the whole scorecard once per month of history, so a
 * hidden panel (a dock behind another) waits until it is shown.
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

Q_SIGNALS:
    /** A link was clicked: cause and effect objective ids. */
    void linkActivated(const QString &from, const QString &to);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    LinkEvidenceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_stale = false;
};

} // namespace scorecard
