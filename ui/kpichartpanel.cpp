// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpichartpanel.h"
#include "actionicon.h"
#include "analysis/linkevidence.h"
#include "apptheme.h"

#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "scoring/engine.h"
#include "strategymap/maptheme.h"

#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

#include <memory>
namespace scorecard {

namespace {

qreal msecs(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QColor translucent(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/** A shaded band between the values @p low and @p high across [x0, x1]. */
QAreaSeries *band(qreal x0, qreal x1, double low, double high, const QColor &color,
                  const QString &name)
{
    auto *upper = new QLineSeries;
    upper->append(x0, std::max(low, high));
    upper->append(x1, std::max(low, high));
    auto *lower = new QLineSeries;
    lower->append(x0, std::min(low, high));
    lower->append(x1, std::min(low, high));
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setBrush(translucent(color, 45));
    area->setPen(Qt::NoPen);
    return area;
}

/** The vertical as-of line from @p yMin to @p yMax. */
QLineSeries *asOfLine(QDate asOf, double yMin, double yMax, const QColor &color)
{
    auto *line = new QLineSeries;
    line->setName(
        KpiChartPanel::tr("As of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)));
    line->append(msecs(asOf), yMin);
    line->append(msecs(asOf), yMax);
    QPen pen(color);
    pen.setWidthF(1.5);
    line->setPen(pen);
    return line;
}

/** The pen of the chart's main line (values or scores), readable on either palette. */
QPen mainLinePen()
{
    QPen pen(isDarkPalette() ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1f, 0x4e, 0x79));
    pen.setWidthF(2.5);
    return pen;
}

/** Adds @p series to @p chart over a month axis from @p x0 to @p x1 and @p yAxis. */
void addOnTimeAxis(QChart *chart, const QList<QAbstractSeries *> &series, qreal x0, qreal x1,
                   QValueAxis *yAxis)
{
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("yyyy-MM"));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0)),
                    QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

} // namespace

KpiChartPanel::KpiChartPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a KPI to see its values against its target, or an "
                                  "objective to see its score history."),
                               this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_view);
    m_view->hide();
    auto *exportAction =
        new QAction(actionIcon(QStringLiteral("export-map")), tr("Export as PNG\u2026"), m_view);
    connect(exportAction, &QAction::triggered, this, &KpiChartPanel::exportDialog);
    m_view->addAction(exportAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_selection, &EntitySelection::currentChanged, this, &KpiChartPanel::refresh);
}

QChart *KpiChartPanel::chart() const
{
    return m_view->chart();
}

bool KpiChartPanel::exportPng(const QString &path) const
{
    if (m_kpi.isEmpty() && m_objective.isEmpty())
        return false;
    return m_view->grab().save(path, "PNG");
}

void KpiChartPanel::exportDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), (m_kpi.isEmpty() ? m_objective : m_kpi) + QStringLiteral(".png"),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1.").arg(path));
}

void KpiChartPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &KpiChartPanel::refresh);
    refresh();
}

void KpiChartPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    refresh();
}

void KpiChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void KpiChartPanel::refresh()
{
    const Kpi *kpi = m_doc && m_selection->kind() == EntityKind::Kpi
                         ? m_doc->kpi(KpiId(m_selection->id()))
                         : nullptr;
    const Objective *objective = m_doc && m_selection->kind() == EntityKind::Objective
                                     ? m_doc->objective(ObjectiveId(m_selection->id()))
                                     : nullptr;
    m_kpi = kpi ? kpi->id.value : QString();
    m_objective = objective ? objective->id.value : QString();
    // setChart() releases the old chart without deleting it: ours to delete.
    auto *chart = new QChart;
    std::unique_ptr<QChart> old(m_view->chart());
    m_view->setChart(chart);
    const bool shown = kpi || objective;
    m_view->setVisible(shown);
    m_placeholder->setVisible(!shown);
    if (kpi)
        showKpi(chart, *kpi);
    else if (objective)
        showObjective(chart, *objective);
}

void KpiChartPanel::showObjective(QChart *chart, const Objective &objective)
{
    chart->setTitle(tr("%1: score history").arg(objective.name));
    chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const MapTheme theme = MapTheme::forKind(MapTheme::screenKindFor(palette()));
    // One score per month in which a measure has a value (nothing carried forward).
    const ScoreHistory history =
        scoreHistories(m_doc->scorecard(), m_asOf, {objective.id.value}).value(objective.id.value);
    auto *scores = new QLineSeries;
    scores->setName(tr("Score"));
    scores->setPointsVisible(true);
    QDate first = m_asOf, last = m_asOf;
    for (size_t i = 0; i < history.size(); ++i) {
        // Monthly ordinals are year * 12 + month - 1 (Period::ordinal()).
        const int month = history.months[i];
        const QDate end = Period::fromParts(Frequency::Monthly, month / 12, month % 12 + 1)
                              .value_or(Period::containing(m_asOf, Frequency::Monthly))
                              .endDate();
        scores->append(msecs(end), history.values[i]);
        first = std::min(first, end);
        last = std::max(last, end);
    }
    m_objectivePoints = int(history.size());
    const qreal x0 = msecs(first.addDays(-15)), x1 = msecs(last.addDays(15));
    const scoring::Results results = *m_doc->scores(m_asOf);
    const Bands bands = results.objectives.value(objective.id.value).bands;
    QList<QAbstractSeries *> series;
    series << band(x0, x1, bands.green, 100, theme.green, statusLabel(scoring::Status::Green))
           << band(x0, x1, bands.amber, bands.green, theme.amber,
                   statusLabel(scoring::Status::Amber))
           << band(x0, x1, 0, bands.amber, theme.red, statusLabel(scoring::Status::Red));
    series << asOfLine(m_asOf, 0, 100, theme.accent);
    scores->setPen(mainLinePen());
    series << scores;
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    addOnTimeAxis(chart, series, x0, x1, yAxis);
    for (QAbstractSeries *s : std::as_const(series)) {
        if (s != scores) {
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    connect(scores, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        QToolTip::showText(QCursor::pos(),
                           tr("%1: score %2")
                               .arg(Period::containing(date, Frequency::Monthly).toString(),
                                    QLocale().toString(point.y(), 'f', 1)),
                           this);
    });
}

void KpiChartPanel::showKpi(QChart *chart, const Kpi &k)
{
    const Kpi *kpi = &k;
    chart->setTitle(kpi->unit.isEmpty() ? kpi->name : tr("%1 (%2)").arg(kpi->name, kpi->unit));
    chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const MapTheme theme = MapTheme::forKind(MapTheme::screenKindFor(palette()));

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    actual->setPointsVisible(true);
    QDate first = m_asOf, last = m_asOf;
    double low = 0, high = 0;
    bool any = false;
    auto include = [&](double v) {
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    };
    for (const Measurement &m : kpi->measurements) {
        const QDate end = m.period.endDate();
        actual->append(msecs(end), m.value);
        first = std::min(first, end);
        last = std::max(last, end);
        include(m.value);
    }
    if (kpi->target)
        include(*kpi->target);
    if (kpi->baseline)
        include(*kpi->baseline);
    if (kpi->rangeLow)
        include(*kpi->rangeLow);
    if (kpi->rangeHigh)
        include(*kpi->rangeHigh);
    if (!any)
        include(0);
    const double pad = std::max((high - low) * 0.1, std::abs(high) * 0.05 + 1e-9);
    // Nice axis numbers first, so the bands and the as-of line fill the plot.
    auto *yAxis = new QValueAxis;
    yAxis->setRange(low - pad, high + pad);
    yAxis->applyNiceNumbers();
    const double yMin = yAxis->min(), yMax = yAxis->max();
    const qreal x0 = msecs(first.addDays(-15)), x1 = msecs(last.addDays(15));

    // Bands: only where the score is linear from baseline to target.
    const scoring::Results results = *m_doc->scores(m_asOf);
    const scoring::Score score = results.kpis.value(kpi->id.value);
    std::optional<double> baseline, target;
    for (const scoring::Parameter &p : score.parameters) {
        if (p.name == QStringLiteral("baseline"))
            baseline = p.value;
        else if (p.name == QStringLiteral("target"))
            target = p.value;
    }
    QList<QAbstractSeries *> series;
    if (score.method == scoring::Method::Linear && baseline && target && *target != *baseline) {
        auto valueAt = [&](double s) { return *baseline + s / 100.0 * (*target - *baseline); };
        const double green = valueAt(score.bands.green), amber = valueAt(score.bands.amber);
        const bool up = *target > *baseline;
        series << band(x0, x1, green, up ? yMax : yMin, theme.green,
                       statusLabel(scoring::Status::Green))
               << band(x0, x1, amber, green, theme.amber, statusLabel(scoring::Status::Amber))
               << band(x0, x1, up ? yMin : yMax, amber, theme.red,
                       statusLabel(scoring::Status::Red));
    }
    if (kpi->target) {
        auto *line = new QLineSeries;
        line->setName(tr("Target"));
        line->append(x0, *kpi->target);
        line->append(x1, *kpi->target);
        QPen pen(theme.green.darker(140));
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        series << line;
    }
    for (const auto &[bound, name] :
         {std::pair{kpi->rangeLow, tr("Range low")}, std::pair{kpi->rangeHigh, tr("Range high")}}) {
        if (!bound)
            continue;
        auto *line = new QLineSeries;
        line->setName(name);
        line->append(x0, *bound);
        line->append(x1, *bound);
        QPen pen(theme.mutedText);
        pen.setStyle(Qt::DashDotLine);
        line->setPen(pen);
        series << line;
    }
    if (kpi->baseline) {
        auto *line = new QLineSeries;
        line->setName(tr("Baseline"));
        line->append(x0, *kpi->baseline);
        line->append(x1, *kpi->baseline);
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DotLine);
        line->setPen(pen);
        series << line;
    }
    series << asOfLine(m_asOf, yMin, yMax, theme.accent);
    actual->setPen(mainLinePen());
    series << actual;
    addOnTimeAxis(chart, series, x0, x1, yAxis);
    // The legend names what is drawn as lines; the bands explain themselves by colour.
    for (QAbstractSeries *s : std::as_const(series)) {
        if (s != actual && s->name() != tr("Target")) {
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF());
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const Frequency frequency = kpi->frequency;
    const QString unit = kpi->unit;
    connect(actual, &QLineSeries::hovered, this,
            [this, frequency, unit](const QPointF &point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 %3")
                                       .arg(Period::containing(date, frequency).toString(),
                                            QLocale().toString(point.y(), 'g', 8), unit)
                                       .trimmed(),
                                   this);
            });
}

} // namespace scorecard
