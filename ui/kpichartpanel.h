// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace scorecard {

class EntitySelection;
struct Kpi;
struct Objective;
class ScorecardDocument;

/**
 * The KPI Chart dock: the selected KPI's values over time against its
 * target, with the status bands shaded (linear scoring: the values where the
 * score reaches the green and amber thresholds), the baseline, and the
 * as-of date marked. Hovering a point shows its period and value.
 */
class KpiChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KpiChartPanel(EntitySelection *selection, QWidget *parent = nullptr);

    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);
    QChart *chart() const;
    /** The KPI shown, or empty. */
    QString kpiId() const { return m_kpi; }
    /** The objective whose score history is shown, or empty. */
    QString objectiveId() const { return m_objective; }
    /** The months of the objective's score history drawn. */
    int objectivePoints() const { return m_objectivePoints; }
    /** Writes the chart as a PNG image; false if nothing is shown or writing failed. */
    bool exportPng(const QString &path) const;

protected:
    /** A light or dark palette: the chart is drawn again in its colours. */
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showKpi(QChart *chart, const Kpi &kpi);
    void showObjective(QChart *chart, const Objective &objective);
    void exportDialog();

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    QString m_kpi;
    QString m_objective;
    int m_objectivePoints = 0;
    QChartView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace scorecard
