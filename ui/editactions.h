// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;

namespace scorecard {

class MainWindow;

/**
 * Insert > Perspective, Pillar, Department, Objective, KPI, OKR, Initiative
 * and Edit > Delete for the main window. Each is one command on the
 * document's undo stack. A new item goes under the current selection where
 * that makes sense (a KPI under the selected objective), becomes the
 * selection, and its name opens for editing. Delete removes the selected
 * entity (or the map's selected cards and arrows) the way the core cascades,
 * after a confirmation that lists what else changes.
 */
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(MainWindow *window);

    /** Adds the insert actions to @p insertMenu and Delete to @p editMenu. */
    void addToMenus(QMenu *insertMenu, QMenu *editMenu);

    QAction *insertAction(EntityKind kind) const;
    QList<QAction *> insertActions() const { return m_insert; }
    QAction *deleteAction() const { return m_delete; }

    /** Off in presentation mode (and always off for a read-only document). */
    void setEditingAllowed(bool allowed);
    /** Enables the actions for the open document and the current selection. */
    void updateActions();

    /**
     * Adds a new @p kind (Perspective, Pillar, Department, Objective, Kpi,
     * Okr, Initiative) placed by the current selection; selects it and opens
     * its name for editing. Returns the new id.
     */
    Result<QString> insert(EntityKind kind);
    /** Deletes the selection (after confirmation); an error says why not. */
    Result<void> deleteSelected();
    /**
     * What else removing @p kind / @p id changes, one line each (links
     * removed, KPIs detached ...), or the reason it cannot be removed.
     */
    Result<QStringList> consequences(EntityKind kind, const QString &id) const;

    /** Asked before a delete; answers yes when unset (tests set one). */
    void setConfirmHandler(std::function<bool(const QString &question)> handler);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool confirm(const QString &question) const;
    void startNameEdit(EntityKind kind, const QString &id);

    MainWindow *m_window;
    QList<QAction *> m_insert;
    QAction *m_delete = nullptr;
    bool m_allowed = true;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace scorecard
