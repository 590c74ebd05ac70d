// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpanel.h"

#include "entityselection.h"
#include "scorecardfiltermodel.h"
#include "scorecardtreemodel.h"
#include "strategymap/maptheme.h"

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
    groupLabel->setBuddy(m_grouping);
    barLayout->addWidget(groupLabel);
    barLayout->addWidget(m_grouping);
    barLayout->addWidget(m_filter, 1);
    barLayout->addWidget(statusLabel);
    barLayout->addWidget(m_status);
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
    layout->addWidget(m_view, 1);

    m_proxy = new ScorecardFilterModel(this);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_copy = new QAction(tr("&Copy Rows"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &ScorecardPanel::copySelection);
    m_view->addAction(m_copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_status->itemData(index);
        m_proxy->setStatus(data.isValid() ? std::optional(scoring::Status(data.toInt()))
                                          : std::nullopt);
        m_view->expandAll();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_model)
            return;
        m_model->setGrouping(ScorecardTreeModel::Grouping(m_grouping->itemData(index).toInt()));
        m_view->expandAll();
        if (!m_selection->isEmpty())
            showSelected(m_selection->kind(), m_selection->id());
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
    if (!doc)
        return;
    m_model = new ScorecardTreeModel(doc, this);
    m_model->setAsOf(m_asOf);
    m_model->setGrouping(ScorecardTreeModel::Grouping(m_grouping->currentData().toInt()));
    connect(m_model, &ScorecardTreeModel::errorOccurred, this, &ScorecardPanel::errorOccurred);
    m_proxy->setSourceModel(m_model);
    m_view->expandAll();
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
