// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace scorecard {

class ScorecardDocument;

/**
 * Data > Data Sources: the document's live data connections with their
 * state (last good refresh, last error), Add / Edit (DataSourceEditor) /
 * Remove, each one undoable command, Refresh All, and the refresh interval.
 * Says that passwords are never stored: they are asked for at refresh time
 * and kept in memory for the session (no system keyring is used).
 */
class DataSourcesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataSourcesDialog(ScorecardDocument *doc, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QSpinBox *intervalSpin() const { return m_interval; }

    int intervalMinutes() const;
    void setIntervalMinutes(int minutes);
    /** The selected source (null: none). */
    DataSourceId current() const;
    void setCurrent(const DataSourceId &id);
    /** Removes the selected source (one undoable command). Returns false when refused. */
    bool removeCurrent();

    /**
     * Called instead of exec() on the editor Add and Edit open (tests fill it
     * in and apply); the default runs it as a modal dialog.
     */
    void setEditorRunner(std::function<void(class DataSourceEditor &)> runner)
    {
        m_runEditor = std::move(runner);
    }
    /** Add… and Edit…: opens the editor for a new source (null) or @p id. */
    void openEditor(const DataSourceId &id);

Q_SIGNALS:
    void refreshRequested();

private:
    void reload();
    void updateButtons();

    ScorecardDocument *m_doc;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_error = nullptr;
    std::function<void(DataSourceEditor &)> m_runEditor;
};

} // namespace scorecard
