// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace scorecard {

class EntitySelection;
class ScorecardDocument;

/**
 * The Problems dock: the alignment findings of the open scorecard at the
 * as-of date (severity, message, suggested fix), kept up to date with the
 * document. Activating a finding selects its entity everywhere.
 */
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(EntitySelection *selection, QWidget *parent = nullptr);

    /** Shows the findings of @p doc (nullptr: none). */
    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);

    QTreeWidget *list() const { return m_list; }
    /** The header line with the alignment score. */
    QLabel *header() const { return m_header; }
    int count() const;

Q_SIGNALS:
    /** The number of findings changed (for the dock's title). */
    void countChanged(int count);

private:
    void refresh();
    void activate(QTreeWidgetItem *item);

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    QTreeWidget *m_list = nullptr;
    QLabel *m_header = nullptr;
};

} // namespace scorecard
