// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QWidget;

namespace scorecard {

class EditActions;
class MainWindow;

/**
 * View > Presentation Mode (Ctrl+F5; Esc leaves it) for executives: the
 * strategy map tab, full screen and fitted, without the docks, and with no
 * editing affordances anywhere (no card handles or dragging, no in-place
 * editing, Insert, Delete, Undo and Redo disabled). Edits in progress are
 * committed first. Leaving restores the window as it was.
 */
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    PresentationMode(MainWindow *window, EditActions *edits);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    /** Keeps the map fitted to the screen while presenting. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    EditActions *m_edits;
    QAction *m_action = nullptr;
    QAction *m_leave = nullptr;
    bool m_active = false;
    QByteArray m_savedState;
    Qt::WindowStates m_savedWindowState;
    QWidget *m_savedTab = nullptr;
};

} // namespace scorecard
