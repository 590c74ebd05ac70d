// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/period.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace scorecard {

class MeasurementsModel;
class ScorecardDocument;

/**
 * A KPI's values, one row per period: edit a value or note in place, add a
 * period, delete the selected rows, and paste a block copied from a
 * spreadsheet (Ctrl+V): consecutive periods from the selected one, in one
 * undo step; a cell that is not a number refuses the whole paste with a
 * message naming the cell.
 */
class MeasurementsGrid : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementsGrid(QWidget *parent = nullptr);

    void setDocument(ScorecardDocument *doc);
    void setKpi(const KpiId &kpi);

    QTableView *view() const { return m_view; }
    MeasurementsModel *model() const { return m_model; }
    QLineEdit *periodEdit() const { return m_period; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    /** The last error shown under the grid (empty: none). */
    QString message() const;

    /**
     * Pastes @p text (rows by newline, cells by tab) from the current row's
     * period on: one row of cells fills one period each; several rows fill
     * a period each, with the value first and an optional note second.
     */
    bool paste(const QString &text);
    /** Adds the period and value typed in the add row. */
    bool addMeasurement();
    /** Removes the selected rows (one undo step). */
    bool deleteSelected();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    /**
     * Del and Ctrl+V on the grid belong to the grid: the main window's Delete
     * (and the map's Paste) would otherwise make the key ambiguous, and Qt
     * then runs neither.
     */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Period firstPasteTarget() const;
    Period nextFreePeriod() const;
    void showMessage(const QString &text);
    void validateAdd();
    void updateButtons();

    QPointer<ScorecardDocument> m_doc;
    KpiId m_kpi;
    MeasurementsModel *m_model;
    QTableView *m_view;
    QLineEdit *m_period;
    QLineEdit *m_value;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_addError;
    QLabel *m_message;
};

} // namespace scorecard
