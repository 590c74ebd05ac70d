// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace scorecard {

class EntitySelection;
class ScorecardDocument;
class ScorecardFilterModel;
class ScorecardTreeModel;

/**
 * The Scorecard tab: the scorecard tree (sortable, filterable by text and
 * status, editable in place) with a filter bar. Copies the selected rows as
 * tab-separated text.
 */
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(EntitySelection *selection, QWidget *parent = nullptr);
    ~ScorecardPanel() override;

    /** Shows @p doc (nullptr: none). Call with nullptr before @p doc goes away. */
    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);

    ScorecardTreeModel *model() const { return m_model; }
    ScorecardFilterModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QAction *copyAction() const { return m_copy; }

    /** The selected rows (all columns) as tab-separated lines, with a header line. */
    QString selectedRowsAsText() const;
    /** Puts selectedRowsAsText() on the clipboard. */
    void copySelection();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showSelected(EntityKind kind, const QString &id);
    void currentRowChanged(const QModelIndex &current);

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    ScorecardTreeModel *m_model = nullptr;
    ScorecardFilterModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grouping = nullptr;
    QAction *m_copy = nullptr;
    QDate m_asOf = QDate::currentDate();
    bool m_syncing = false;
};

} // namespace scorecard
