// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpanel.h"
#include "actionicon.h"

#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "scorecardfiltermodel.h"
#include "scorecardtreemodel.h"
#include "strategymap/maptheme.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace scorecard {

namespace {

using NodeKind = ScorecardTreeModel::NodeKind;

EntityKind entityKind(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Perspective:
        return EntityKind::Perspective;
    case NodeKind::Objective:
        return EntityKind::Objective;
    case NodeKind::Kpi:
        return EntityKind::Kpi;
    case NodeKind::Okr:
    case NodeKind::KeyResult:
        return EntityKind::Okr;
    case NodeKind::Initiative:
        return EntityKind::Initiative;
    case NodeKind::Pillar:
        return EntityKind::Pillar;
    case NodeKind::Department:
        return EntityKind::Department;
    }
    return EntityKind::Scorecard;
}

std::optional<NodeKind> nodeKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Perspective:
        return NodeKind::Perspective;
    case EntityKind::Objective:
        return NodeKind::Objective;
    case EntityKind::Kpi:
        return NodeKind::Kpi;
    case EntityKind::Okr:
        return NodeKind::Okr;
    case EntityKind::Initiative:
        return NodeKind::Initiative;
    case EntityKind::Pillar:
        return NodeKind::Pillar;
    case EntityKind::Department:
        return NodeKind::Department;
    default:
        return std::nullopt;
    }
}

/** Text of one cell for a spreadsheet: no tabs or line breaks inside. */
QString cellText(const QModelIndex &index)
{
    QString text = index.data().toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

ScorecardPanel::ScorecardPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    m_filter = new QLineEdit(bar);
    m_filter->setPlaceholderText(tr("Filter by name, owner, department or pillar"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the scorecard"));
    auto *statusLabel = new QLabel(tr("&Status:"), bar);
    m_status = new QComboBox(bar);
    m_status->addItem(tr("All"));
    for (scoring::Status s : {scoring::Status::Green, scoring::Status::Amber, scoring::Status::Red,
                              scoring::Status::NoData, scoring::Status::Stale})
        m_status->addItem(scorecard::statusLabel(s), int(s));
    statusLabel->setBuddy(m_status);
    auto *groupLabel = new QLabel(tr("&Group by:"), bar);
    m_grouping = new QComboBox(bar);
    m_grouping->addItem(tr("Perspective"), int(ScorecardTreeModel::Grouping::ByPerspective));
    m_grouping->addItem(tr("Pillar"), int(ScorecardTreeModel::Grouping::ByPillar));
    m_grouping->addItem(tr("Department"), int(ScorecardTreeModel::Grouping::ByDepartment));
    m_grouping->addItem(tr("Initiative"), int(ScorecardTreeModel::Grouping::ByInitiative));
    groupLabel->setBuddy(m_grouping);
    auto *ownerLabel = new QLabel(tr("O&wner:"), bar);
    m_owner = new QComboBox(bar);
    m_owner->addItem(tr("All owners"));
    // Long owner names ("CFO – Maria Jensen") must not squeeze the text filter.
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(16);
    m_owner->setAccessibleName(tr("Filter by owner"));
    ownerLabel->setBuddy(m_owner);
    barLayout->addWidget(groupLabel);
    barLayout->addWidget(m_grouping);
    barLayout->addWidget(m_filter, 1);
    barLayout->addWidget(statusLabel);
    barLayout->addWidget(m_status);
    barLayout->addWidget(ownerLabel);
    barLayout->addWidget(m_owner);
    layout->addWidget(bar);

    m_view = new QTreeView(this);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAccessibleName(tr("Scorecard"));
    // Drag an objective onto another group, a KPI onto another objective.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // Why the tree is empty and what to do, above it (hidden while it has rows).
    m_emptyHint = new QLabel(this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setContentsMargins(12, 16, 12, 16);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->hide();
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);

    m_proxy = new ScorecardFilterModel(this);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_copy = new QAction(tr("&Copy Rows"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setIcon(actionIcon(QStringLiteral("edit-copy")));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &ScorecardPanel::copySelection);
    m_view->addAction(m_copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        applyExpansion();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_status->itemData(index);
        m_proxy->setStatus(data.isValid() ? std::optional(scoring::Status(data.toInt()))
                                          : std::nullopt);
        applyExpansion();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setOwner(index > 0 ? m_owner->itemText(index) : QString());
        applyExpansion();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_model)
            return;
        m_model->setGrouping(ScorecardTreeModel::Grouping(m_grouping->itemData(index).toInt()));
        applyExpansion();
        if (!m_selection->isEmpty())
            showSelected(m_selection->kind(), m_selection->id());
    });
    // Collapse/expand state, by entity: kept across regrouping, filtering,
    // undo (rows that come back) and reloads.
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_applyingExpansion && !filtering())
            m_collapsed.insert(expansionKey(index));
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_applyingExpansion && !filtering())
            m_collapsed.remove(expansionKey(index));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { applyExpansion(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ScorecardPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ScorecardPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ScorecardPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        // The parent may have just got its first children: from one level up.
        applyExpansion(parent.isValid() ? parent.parent() : parent);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_selection, &EntitySelection::currentChanged, this, &ScorecardPanel::showSelected);
}

ScorecardPanel::~ScorecardPanel()
{
    setDocument(nullptr);
}

void ScorecardPanel::setDocument(ScorecardDocument *doc)
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_doc = doc;
    updateEmptyHint();
    if (!doc)
        return;
    m_model = new ScorecardTreeModel(doc, this);
    m_model->setAsOf(m_asOf);
    m_model->setGrouping(ScorecardTreeModel::Grouping(m_grouping->currentData().toInt()));
    connect(m_model, &ScorecardTreeModel::errorOccurred, this, &ScorecardPanel::errorOccurred);
    m_model->setEditable(m_editable);
    connect(doc, &ScorecardDocument::changed, this, &ScorecardPanel::updateOwners);
    connect(doc, &ScorecardDocument::reloaded, this, &ScorecardPanel::updateOwners);
    updateOwners();
    m_proxy->setSourceModel(m_model);
    applyExpansion();
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    // Fixed starting widths: the score columns must be visible without scrolling;
    // long names and owners elide (the user can widen any column).
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const int widths[ScorecardTreeModel::ColumnCount] = {25, 14, 10, 12, 5, 8, 8, 5, 9, 7, 6};
    for (int c = 0; c < ScorecardTreeModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c] * em);
    if (!m_selection->isEmpty())
        showSelected(m_selection->kind(), m_selection->id());
}

void ScorecardPanel::updateOwners()
{
    if (!m_doc)
        return;
    QStringList owners;
    const Scorecard &sc = m_doc->scorecard();
    for (const Objective &o : sc.objectives)
        owners << o.owner;
    for (const Kpi &k : sc.kpis)
        owners << k.owner;
    for (const Okr &o : sc.okrs)
        owners << o.owner;
    for (const Initiative &i : sc.initiatives)
        owners << i.owner;
    owners.removeAll(QString());
    owners.removeDuplicates();
    std::sort(owners.begin(), owners.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QStringList current;
    for (int i = 1; i < m_owner->count(); ++i)
        current << m_owner->itemText(i);
    if (current == owners)
        return;
    const QString chosen = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    {
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("All owners"));
        m_owner->addItems(owners);
        // An owner that no longer owns anything: its filter would show nothing, so drop it.
        m_owner->setCurrentIndex(std::max(0, int(owners.indexOf(chosen)) + 1));
    }
    const QString now = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    if (now != m_proxy->owner()) {
        m_proxy->setOwner(now);
        applyExpansion();
    }
}

QString ScorecardPanel::emptyHint() const
{
    return m_emptyHint->isVisibleTo(this) ? m_emptyHint->text() : QString();
}

void ScorecardPanel::updateEmptyHint()
{
    QString text;
    if (!m_model) {
        text = tr("No scorecard is open: File > New creates one, File > Open opens one.");
    } else if (m_proxy->rowCount() == 0) {
        if (filtering()) {
            text = tr("Nothing matches the filters.");
        } else {
            switch (m_model->grouping()) {
            case ScorecardTreeModel::Grouping::ByPerspective:
                text = tr("No perspectives yet: Insert > Perspective adds one.");
                break;
            case ScorecardTreeModel::Grouping::ByPillar:
                text = tr("No pillars and no objectives yet: Insert > Pillar or "
                          "Insert > Objective adds one.");
                break;
            case ScorecardTreeModel::Grouping::ByDepartment:
                text = tr("No departments and no objectives yet: Insert > Department or "
                          "Insert > Objective adds one.");
                break;
            case ScorecardTreeModel::Grouping::ByInitiative:
                text = tr("No initiatives and no objectives yet: Insert > Initiative or "
                          "Insert > Objective adds one.");
                break;
            }
        }
    }
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(!text.isEmpty());
}

bool ScorecardPanel::filtering() const
{
    return !m_proxy->text().isEmpty() || m_proxy->status() || !m_proxy->owner().isEmpty();
}

QString ScorecardPanel::expansionKey(const QModelIndex &proxyIndex) const
{
    const QModelIndex first = proxyIndex.siblingAtColumn(0);
    return QString::number(first.data(ScorecardTreeModel::KindRole).toInt()) + u':' +
           first.data(ScorecardTreeModel::IdRole).toString();
}

void ScorecardPanel::applyExpansion(const QModelIndex &parent)
{
    if (!m_model)
        return;
    // While a filter is on, everything that matches shows; the user's
    // collapsed rows come back when the filters are cleared.
    const bool all = filtering();
    const bool outer = !m_applyingExpansion;
    m_applyingExpansion = true;
    if (!parent.isValid()) {
        // The whole tree: expandAll() lays it out once (row by row is quadratic
        // on big scorecards), then the few collapsed rows close again.
        m_view->expandAll();
        if (!all && !m_collapsed.isEmpty()) {
            std::function<void(const QModelIndex &)> collapse = [&](const QModelIndex &p) {
                for (int r = 0; r < m_proxy->rowCount(p); ++r) {
                    const QModelIndex row = m_proxy->index(r, 0, p);
                    if (!m_proxy->hasChildren(row))
                        continue;
                    if (m_collapsed.contains(expansionKey(row)))
                        m_view->collapse(row);
                    collapse(row);
                }
            };
            collapse(parent);
        }
    } else {
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &p) {
            for (int r = 0; r < m_proxy->rowCount(p); ++r) {
                const QModelIndex row = m_proxy->index(r, 0, p);
                if (!m_proxy->hasChildren(row))
                    continue;
                m_view->setExpanded(row, all || !m_collapsed.contains(expansionKey(row)));
                walk(row);
            }
        };
        walk(parent);
    }
    if (outer)
        m_applyingExpansion = false;
}

bool ScorecardPanel::isCollapsedByUser(EntityKind kind, const QString &id) const
{
    const auto node = nodeKind(kind);
    return node && m_collapsed.contains(QString::number(int(*node)) + u':' + id);
}

void ScorecardPanel::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        commitPendingEdit();
    if (m_model)
        m_model->setEditable(editable);
    m_view->setDragEnabled(editable);
    m_view->setAcceptDrops(editable);
}

bool ScorecardPanel::editName(EntityKind kind, const QString &id)
{
    const auto node = nodeKind(kind);
    if (!m_model || !node)
        return false;
    const QModelIndex source = m_model->indexOf(*node, id);
    if (!source.isValid())
        return false;
    QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid()) { // filtered out: show everything again
        m_filter->clear();
        m_status->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        target = m_proxy->mapFromSource(source);
    }
    if (!target.isValid())
        return false;
    for (QModelIndex p = target.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(target);
    if (!(target.flags() & Qt::ItemIsEditable))
        return false;
    m_view->setFocus();
    m_view->edit(target);
    return isEditing();
}

bool ScorecardPanel::isEditing() const
{
    // The view's state() is protected; its open editor is the current index's widget.
    return m_view->currentIndex().isValid() && m_view->indexWidget(m_view->currentIndex());
}

bool ScorecardPanel::commitPendingEdit()
{
    QWidget *editor =
        m_view->currentIndex().isValid() ? m_view->indexWidget(m_view->currentIndex()) : nullptr;
    if (!editor)
        return false;
    // What the user typed is kept: one command, like pressing Enter.
    QAbstractItemDelegate *delegate = m_view->itemDelegateForIndex(m_view->currentIndex());
    Q_EMIT delegate->commitData(editor);
    Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void ScorecardPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    if (m_model)
        m_model->setAsOf(asOf);
}

void ScorecardPanel::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
    const auto kind = NodeKind(source.data(ScorecardTreeModel::KindRole).toInt());
    QString id = source.data(ScorecardTreeModel::IdRole).toString();
    if (kind == NodeKind::KeyResult)
        id = source.parent().data(ScorecardTreeModel::IdRole).toString();
    m_selection->setCurrent(entityKind(kind), id);
}

void ScorecardPanel::showSelected(EntityKind kind, const QString &id)
{
    if (!m_model)
        return;
    const auto node = nodeKind(kind);
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (current.isValid() && node &&
        current.data(ScorecardTreeModel::KindRole).toInt() == int(*node) &&
        current.data(ScorecardTreeModel::IdRole).toString() == id)
        return; // already there
    const QModelIndex target =
        node ? m_proxy->mapFromSource(m_model->indexOf(*node, id)) : QModelIndex();
    m_syncing = true;
    if (target.isValid()) {
        m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_view->scrollTo(target);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

QString ScorecardPanel::selectedRowsAsText() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (!m_view->isColumnHidden(c))
            header << m_proxy->headerData(c, Qt::Horizontal).toString();
    }
    lines << header.join(u'\t');
    // In the order shown: depth first through the proxy.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex row = m_proxy->index(r, 0, parent);
            if (selection->isRowSelected(r, parent)) {
                QStringList cells;
                for (int c = 0; c < m_proxy->columnCount(parent); ++c) {
                    if (!m_view->isColumnHidden(c))
                        cells << cellText(row.siblingAtColumn(c));
                }
                lines << cells.join(u'\t');
            }
            walk(row);
        }
    };
    walk({});
    if (lines.size() == 1)
        return {};
    return lines.join(u'\n') + u'\n';
}

void ScorecardPanel::copySelection()
{
    const QString text = selectedRowsAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace scorecard
