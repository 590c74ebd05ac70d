// SPDX-License-Identifier: GPL-3.0-or-later
#include "investmenttablemodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

namespace scorecard {

namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

/** Contribution as points of the company score (0..100). */
double points(double contribution)
{
    return contribution * 100;
}

/** Points of the company score per million of budget. */
double pointsPerMillion(double perBudget)
{
    return perBudget * 100 * 1e6;
}

} // namespace

InvestmentTableModel::InvestmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString InvestmentTableModel::healthLabel(scoring::Health health)
{
    using H = scoring::Health;
    switch (health) {
    case H::NotStarted:
        return tr("Not started");
    case H::OnTrack:
        return tr("On track");
    case H::Behind:
        return tr("Behind");
    case H::AtRisk:
        return tr("At risk");
    case H::Overdue:
        return tr("Overdue");
    case H::Done:
        return tr("Done");
    case H::Cancelled:
        return tr("Cancelled");
    case H::Unknown:
        break;
    }
    return tr("Unknown");
}

void InvestmentTableModel::setAnalysis(const InvestmentAnalysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_order.resize(m_analysis.initiatives.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort();
    endResetModel();
}

const InitiativeInvestment &InvestmentTableModel::initiative(int row) const
{
    return m_analysis.initiatives.at(size_t(m_order.at(size_t(row))));
}

int InvestmentTableModel::rowOf(const QString &id) const
{
    for (size_t r = 0; r < m_order.size(); ++r) {
        if (m_analysis.initiatives[size_t(m_order[r])].id.value == id)
            return int(r);
    }
    return -1;
}

int InvestmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int InvestmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvestmentTableModel::sortValue(const InitiativeInvestment &inv, int column) const
{
    switch (column) {
    case Rank:
        // Unranked last in ascending order.
        return inv.rank ? *inv.rank : std::numeric_limits<int>::max();
    case Name:
        return inv.name;
    case Budget:
        return inv.budget;
    case Spent:
        return inv.spent;
    case Progress:
        return inv.progress;
    case Health:
        return int(inv.health);
    case Contribution:
        return inv.contribution;
    case PerBudget:
        return inv.contributionPerBudget ? *inv.contributionPerBudget : -1.0;
    default:
        return {};
    }
}

QVariant InvestmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InitiativeInvestment &inv = initiative(index.row());
    const int column = index.column();
    if (role == SortRole)
        return sortValue(inv, column);
    if (role == IdRole)
        return inv.id.value;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Rank:
            return inv.rank ? QString::number(*inv.rank) : QStringLiteral("\u2013");
        case Name:
            return inv.name;
        case Budget:
            return locale.toString(inv.budget, 'f', 0);
        case Spent:
            return locale.toString(inv.spent, 'f', 0);
        case Progress:
            return tr("%1 %").arg(locale.toString(inv.progress * 100, 'f', 0));
        case Health:
            return healthLabel(inv.health);
        case Contribution:
            return locale.toString(points(inv.contribution), 'f', 2) +
                   (inv.partial ? QStringLiteral(" *") : QString());
        case PerBudget:
            return inv.contributionPerBudget
                       ? locale.toString(pointsPerMillion(*inv.contributionPerBudget), 'f', 2)
                       : QStringLiteral("\u2013");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Name || column == Health ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Contribution && inv.partial)
            return tr("Some objectives it contributes to have no score: they count 0 (*)");
        if (column == PerBudget && !inv.contributionPerBudget)
            return tr("Not ranked: no budget above 0, or cancelled");
        if (column == Name)
            return inv.name;
    }
    return {};
}

QVariant InvestmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("Rank");
        case Name:
            return tr("Initiative");
        case Budget:
            return tr("Budget");
        case Spent:
            return tr("Spent");
        case Progress:
            return tr("Progress");
        case Health:
            return tr("Health");
        case Contribution:
            return tr("Contribution (pts)");
        case PerBudget:
            return tr("Pts per million");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Contribution)
            return tr("Strategic contribution: points of the company score still to win "
                      "through it (sum over its objectives of contribution weight share x the "
                      "objective's weight share up to the company x its distance from target)");
        if (section == PerBudget)
            return tr("Contribution points per million of budget; the rank orders by it");
        if (section == Rank)
            return tr("1 = most contribution per unit of budget");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void InvestmentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rowsBefore;
    for (const QModelIndex &i : before)
        rowsBefore.push_back(m_order[size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (size_t k = 0; k < rowsBefore.size(); ++k) {
        const auto pos = std::find(m_order.begin(), m_order.end(), rowsBefore[k]);
        after << index(int(pos - m_order.begin()), before[int(k)].column());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InvestmentTableModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const auto &list = m_analysis.initiatives;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QVariant va = sortValue(list[size_t(a)], m_sortColumn);
        const QVariant vb = sortValue(list[size_t(b)], m_sortColumn);
        int cmp = 0;
        if (m_sortColumn == Name)
            cmp = QString::localeAwareCompare(va.toString(), vb.toString());
        else
            cmp = va.toDouble() < vb.toDouble() ? -1 : va.toDouble() > vb.toDouble() ? 1 : 0;
        if (cmp == 0)
            return false;
        return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
}

QString InvestmentTableModel::toCsv() const
{
    QStringList lines;
    lines << QStringLiteral("rank,id,initiative,budget,spent,progress,health,contribution,"
                            "contribution_partial,contribution_per_budget");
    for (int r = 0; r < rowCount(); ++r) {
        const InitiativeInvestment &inv = initiative(r);
        QStringList f;
        f << (inv.rank ? QString::number(*inv.rank) : QString()) << csvField(inv.id.value)
          << csvField(inv.name) << number(inv.budget) << number(inv.spent) << number(inv.progress)
          << scoring::toString(inv.health) << number(inv.contribution)
          << (inv.partial ? QStringLiteral("true") : QStringLiteral("false"))
          << (inv.contributionPerBudget ? number(*inv.contributionPerBudget) : QString());
        lines << f.join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace scorecard
