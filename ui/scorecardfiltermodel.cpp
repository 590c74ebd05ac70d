// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardfiltermodel.h"

#include "scorecardtreemodel.h"

namespace scorecard {

ScorecardFilterModel::ScorecardFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ScorecardTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ScorecardFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ScorecardFilterModel::setStatus(std::optional<scoring::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ScorecardFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

bool ScorecardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_status) {
        const QModelIndex status =
            source->index(sourceRow, ScorecardTreeModel::StatusColumn, sourceParent);
        const auto kind =
            ScorecardTreeModel::NodeKind(status.data(ScorecardTreeModel::KindRole).toInt());
        if (kind == ScorecardTreeModel::NodeKind::KeyResult ||
            status.data(ScorecardTreeModel::StatusRole).toInt() != int(*m_status))
            return false;
    }
    if (!m_owner.isEmpty() &&
        source->index(sourceRow, ScorecardTreeModel::OwnerColumn, sourceParent).data().toString() !=
            m_owner)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
         {int(ScorecardTreeModel::NameColumn), int(ScorecardTreeModel::OwnerColumn),
          int(ScorecardTreeModel::DepartmentColumn), int(ScorecardTreeModel::PillarColumn)}) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace scorecard
