// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/linkevidence.h"

#include <QAbstractTableModel>

#include <vector>

namespace scorecard {

/**
 * Every cause-and-effect link with the evidence in the data: cause,
 * effect, best lag (months), Spearman's rho, months used and the strength
 * label. Display text in Qt::DisplayRole, raw values in SortRole. Read-only.
 */
class LinkEvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Cause, Effect, BestLag, Rho, Periods, Strength, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FromRole = Qt::UserRole + 2; ///< the cause's id
    static constexpr int ToRole = Qt::UserRole + 3;   ///< the effect's id

    explicit LinkEvidenceModel(QObject *parent = nullptr);

    /** Shows @p evidence, naming objectives from @p scorecard (a reset). */
    void setEvidence(const Scorecard &scorecard, std::vector<LinkEvidence> evidence);
    const LinkEvidence &evidence(int row) const { return m_rows.at(size_t(row)).evidence; }

    /** "Strong", "Weak", "None", "Not enough data". */
    static QString evidenceLabel(Evidence evidence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LinkEvidence evidence;
        QString cause;
        QString effect;
    };
    std::vector<Row> m_rows;
};

} // namespace scorecard
