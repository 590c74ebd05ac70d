// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDate>
#include <QModelIndex>
#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace scorecard {

class EntitySelection;
class ScorecardDocument;
class ScorecardFilterModel;
class ScorecardTreeModel;

/**
 * The Scorecard tab: the scorecard tree (sortable, filterable by text,
 * status and owner, editable in place, drag and drop) with a filter bar. Copies the selected rows
 * as tab-separated text.
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
    /** Owner filter: "All owners" (no data) and one item per owner found in the document. */
    QComboBox *ownerFilter() const { return m_owner; }

    /**
     * Editing on or off (presentation mode): in-place edits and drag and drop.
     * A read-only document never edits.
     */
    void setEditable(bool editable);
    /** Selects the row of @p kind / @p id (clearing filters that hide it) and edits its name. */
    bool editName(EntityKind kind, const QString &id);
    /** Whether an in-place editor is open. */
    bool isEditing() const;
    /** Commits an in-place edit in progress (one command); true if there was one. */
    bool commitPendingEdit();
    /** Whether the row of @p kind / @p id is collapsed by the user (kept across regrouping). */
    bool isCollapsedByUser(EntityKind kind, const QString &id) const;
    /** The line shown over an empty tree (why it is empty, what to do); empty when not shown. */
    QString emptyHint() const;
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
    void updateOwners();
    void updateEmptyHint();
    /** Expands the rows below @p parent (all: invalid), except those the user collapsed. */
    void applyExpansion(const QModelIndex &parent = {});
    bool filtering() const;
    QString expansionKey(const QModelIndex &proxyIndex) const;

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    ScorecardTreeModel *m_model = nullptr;
    ScorecardFilterModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_emptyHint = nullptr;
    QSet<QString> m_collapsed; ///< "kind:id" of the rows the user collapsed
    bool m_applyingExpansion = false;
    bool m_editable = true;
    QAction *m_copy = nullptr;
    QDate m_asOf = QDate::currentDate();
    bool m_syncing = false;
};

} // namespace scorecard
