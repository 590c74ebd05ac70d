// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"
#include "actionicon.h"

#include "document/scorecarddocument.h"
#include "editactions.h"
#include "mainwindow.h"
#include "scorecardpanel.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapview.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace scorecard {

PresentationMode::PresentationMode(MainWindow *window, EditActions *edits)
    : QObject(window), m_window(window), m_edits(edits)
{
    m_action = new QAction(tr("&Presentation Mode"), this);
    m_action->setCheckable(true);
    m_action->setIcon(actionIcon(QStringLiteral("presentation")));
    m_action->setShortcut(Qt::Key_F5); // as in presentation programs
    m_action->setToolTip(
        tr("Show the map full screen without editing, for presenting (Esc leaves)"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
    m_leave = new QAction(tr("Leave Presentation Mode"), this);
    m_leave->setShortcut(Qt::Key_Escape);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    window->addAction(m_leave);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    if (active) {
        m_window->commitPendingEdits(); // nothing half-typed stays behind an editor
        m_savedState = m_window->saveState();
        m_savedWindowState = m_window->windowState();
        m_savedTab = m_window->tabs()->currentWidget();
    }
    m_active = active;
    m_window->mapPanel()->setEditable(!active);
    m_window->scorecardPanel()->setEditable(!active);
    m_edits->setEditingAllowed(!active);
    m_leave->setEnabled(active);
    if (active) {
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        m_window->tabs()->setCurrentWidget(m_window->mapPanel());
        m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
        m_window->mapPanel()->view()->viewport()->installEventFilter(this);
        QTimer::singleShot(0, m_window->mapPanel()->view(), &StrategyMapView::fitToWindow);
    } else {
        m_window->mapPanel()->view()->viewport()->removeEventFilter(this);
        m_window->setWindowState(m_savedWindowState);
        m_window->restoreState(m_savedState);
        if (m_savedTab)
            m_window->tabs()->setCurrentWidget(m_savedTab);
    }
    // Undo and redo follow the stack again when it changes; set them now.
    QUndoStack *stack = m_window->document() ? m_window->document()->undoStack() : nullptr;
    m_window->undoAction()->setEnabled(!active && stack && stack->canUndo());
    m_window->redoAction()->setEnabled(!active && stack && stack->canRedo());
    {
        const QSignalBlocker block(m_action);
        m_action->setChecked(active);
    }
    Q_EMIT activeChanged(active);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && event->type() == QEvent::Resize)
        QTimer::singleShot(0, m_window->mapPanel()->view(), &StrategyMapView::fitToWindow);
    return QObject::eventFilter(watched, event);
}

} // namespace scorecard
