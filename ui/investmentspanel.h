// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/investment.h"
#include "util/result.h"

#include <QDate>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QListWidget;
class QScatterSeries;
class QTableView;

namespace scorecard {

class EntitySelection;
class InvestmentTableModel;
class ScorecardDocument;

/**
 * The Investments tab: every initiative's budget, spending, progress,
 * health and strategic contribution in a sortable table (ranked by
 * contribution per unit of budget), a chart of contribution against budget
 * (colour and marker shape by health, each point named), the strategic
 * gaps (red or amber objectives no live initiative works on) and the
 * budget on objectives already green. Follows the as-of date and the
 * document; a click on a row, a point or a gap selects the initiative or
 * objective everywhere.
 */
class InvestmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InvestmentsPanel(EntitySelection *selection, QWidget *parent = nullptr);
    ~InvestmentsPanel() override;

    /** Shows the investments of @p doc (nullptr: none). */
    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOf; }

    InvestmentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChart *chart() const;
    QChartView *chartView() const { return m_chartView; }
    QListWidget *gapsList() const { return m_gaps; }
    QListWidget *greenList() const { return m_green; }
    QLabel *greenSummary() const { return m_greenSummary; }
    QAction *exportAction() const { return m_export; }
    /** The scatter series of the chart, one per health group. */
    QList<QScatterSeries *> chartSeries() const { return m_series; }
    /** The chart's budget unit: 1, or 1000 when the axis is in thousands. */
    double budgetScale() const { return m_budgetScale; }
    /** The names written next to the chart's points. */
    QStringList pointLabels() const;

    /** The initiative drawn at @p point of the chart (in the chart's units), or nullptr. */
    const InitiativeInvestment *initiativeAt(const QPointF &point) const;

    /** Writes the table (in the order shown) as CSV to @p path, atomically. */
    Result<void> exportCsv(const QString &path) const;

    /** A health group of the chart: its colour and marker (the second cue). */
    enum class HealthGroup { Good, Behind, Critical, Other };
    static HealthGroup groupOf(scoring::Health health);

protected:
    /** A light or dark palette: the chart is drawn again in its colours. */
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildChart();
    void placeLabels();
    void exportDialog();
    void selectionChanged();

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    InvestmentTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QList<QScatterSeries *> m_series;
    QList<std::pair<QGraphicsSimpleTextItem *, QPointF>> m_labels;
    QListWidget *m_gaps = nullptr;
    QListWidget *m_green = nullptr;
    QLabel *m_greenSummary = nullptr;
    QLabel *m_title = nullptr;
    QAction *m_export = nullptr;
    double m_budgetScale = 1; ///< the chart's budget axis unit (1 or 1000)
    bool m_selecting = false;
};

} // namespace scorecard
