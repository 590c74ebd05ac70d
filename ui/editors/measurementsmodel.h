// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/measurement.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace scorecard {

class ScorecardDocument;

/**
 * The values of one KPI, one row per period (period, value, note), in
 * period order. Editing a value or a note pushes a SetMeasurementCommand;
 * text that is not a number is refused with errorOccurred. Follows the
 * document with row inserts, removals and dataChanged (no reset), so views
 * keep their current cell.
 */
class MeasurementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, ValueColumn, NoteColumn, ColumnCount };

    explicit MeasurementsModel(QObject *parent = nullptr);

    void setDocument(ScorecardDocument *doc);
    void setKpi(const KpiId &kpi);
    KpiId kpi() const { return m_kpi; }
    /** The measurement of @p row (rows are in period order). */
    const Measurement &measurement(int row) const { return m_rows[size_t(row)]; }
    /** The row of @p period, or -1. */
    int rowOf(const Period &period) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    std::vector<Measurement> current() const;
    void reset();
    void update();

    QPointer<ScorecardDocument> m_doc;
    KpiId m_kpi;
    std::vector<Measurement> m_rows;
};

} // namespace scorecard
