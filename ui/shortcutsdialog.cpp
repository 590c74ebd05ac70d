// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace scorecard {

namespace {

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter actions or keys"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    for (QAction *menuAction : window->menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu()) {
            auto *group = new QTreeWidgetItem(m_tree, {plain(menu->title())});
            addMenu(menu, group);
            if (group->childCount() == 0)
                delete group;
        }
    }
    // Keys that belong to a view, not to a menu item.
    auto *map = new QTreeWidgetItem(m_tree, {tr("Strategy Map")});
    const std::pair<QString, QString> mapKeys[] = {
        {tr("Move the focus to the next or previous objective"), tr("Tab, Shift+Tab")},
        {tr("Nudge the selected objectives (1 unit with Shift)"), tr("Arrow keys")},
        {tr("Rename the selected objective"), tr("F2, Enter")},
        {tr("Delete the selection"), tr("Del")},
        {tr("Clear the selection"), tr("Esc")},
        {tr("Select several objectives"), tr("Ctrl+click, or drag a rubber band")},
        {tr("Add an objective in a lane"), tr("Double-click")},
        {tr("Zoom"), tr("Ctrl+mouse wheel")},
        {tr("Pan"), tr("Middle button drag, or Space+drag")},
        {tr("Fit the map to the window"), tr("Ctrl+0")},
        {tr("Actual size"), tr("Ctrl+1")},
        {tr("Leave presentation mode"), tr("Esc")}};
    for (const auto &[what, keys] : mapKeys)
        new QTreeWidgetItem(map, {what, keys});
    auto *tables = new QTreeWidgetItem(m_tree, {tr("Scorecard and values")});
    const std::pair<QString, QString> tableKeys[] = {
        {tr("Edit the current cell"), tr("F2, or start typing")},
        {tr("Copy the selected rows as tab-separated text"), tr("Ctrl+C")},
        {tr("Paste values from a spreadsheet into consecutive periods"), tr("Ctrl+V")},
        {tr("Delete the selected values"), tr("Del")}};
    for (const auto &[what, keys] : tableKeys)
        new QTreeWidgetItem(tables, {what, keys});

    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

void ShortcutsDialog::addMenu(QMenu *menu, QTreeWidgetItem *parent)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *submenu = action->menu()) {
            // Commands with keys (Edit > Arrange) are listed; Open Recent (files,
            // not commands) and Theme (no keys) are not.
            const QList<QAction *> items = submenu->actions();
            if (std::any_of(items.begin(), items.end(),
                            [](const QAction *a) { return !a->shortcut().isEmpty(); }))
                addMenu(submenu, parent);
            continue;
        }
        // Every item, with or without keys: the list also shows what has none.
        new QTreeWidgetItem(parent, {plain(action->text()), keysOf(action)});
    }
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QString ShortcutsDialog::shortcutOf(const QString &text) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->text(0) == text)
                return group->child(j)->text(1);
        }
    }
    return {};
}

} // namespace scorecard
