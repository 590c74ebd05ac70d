// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/investment.h"

#include <QAbstractTableModel>

#include <vector>

namespace scorecard {

/**
 * The initiatives of an InvestmentAnalysis as a sortable table: rank,
 * name, budget, spent, progress, health, strategic contribution and
 * contribution per million of budget. Qt::DisplayRole is formatted text;
 * SortRole (and the CSV export) gives the raw numbers. Read-only.
 */
class InvestmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Name,
        Budget,
        Spent,
        Progress,
        Health,
        Contribution,
        PerBudget,
        ColumnCount
    };
    /** The raw value a column sorts by (number, or text for the name). */
    static constexpr int SortRole = Qt::UserRole + 1;
    /** The initiative's id. */
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit InvestmentTableModel(QObject *parent = nullptr);

    /** Shows @p analysis (a reset), keeping the current sort order. */
    void setAnalysis(const InvestmentAnalysis &analysis);
    const InvestmentAnalysis &analysis() const { return m_analysis; }
    /** The initiative in row @p row, as shown (after sorting). */
    const InitiativeInvestment &initiative(int row) const;
    /** The row of initiative @p id, or -1. */
    int rowOf(const QString &id) const;

    /** The table as CSV (comma, quoted as needed, raw numbers, header line). */
    QString toCsv() const;

    /** "On track", "Behind" ...: the words the table and the chart use. */
    static QString healthLabel(scoring::Health health);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const InitiativeInvestment &inv, int column) const;
    void applySort();

    InvestmentAnalysis m_analysis;
    std::vector<int> m_order; ///< row -> index into m_analysis.initiatives
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace scorecard
