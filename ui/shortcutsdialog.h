// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace scorecard {

/**
 * Help > Keyboard Shortcuts: every menu action with its shortcut, grouped by
 * menu and read from the actions themselves (so the list never goes out of
 * date), plus the keys of the strategy map and the tables that belong to no
 * menu item. A filter narrows the list as you type.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    /** The shortcut shown for the action named @p text (without '&'), or empty. */
    QString shortcutOf(const QString &text) const;

private:
    void addMenu(QMenu *menu, QTreeWidgetItem *parent);
    void applyFilter(const QString &text);

    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace scorecard
