// SPDX-License-Identifier: GPL-3.0-or-later
#include "investmentspanel.h"
#include "actionicon.h"
#include "apptheme.h"

#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "investmenttablemodel.h"
#include "scoring/engine.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace scorecard {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

struct GroupStyle
{
    const char *name;
    QColor color;
    QScatterSeries::MarkerShape shape;
    double size;
};

GroupStyle styleOf(InvestmentsPanel::HealthGroup group)
{
    using G = InvestmentsPanel::HealthGroup;
    switch (group) {
    case G::Good:
        return {QT_TRANSLATE_NOOP("scorecard::InvestmentsPanel", "On track or done"),
                QColor(0x1b, 0x7f, 0x3b), QScatterSeries::MarkerShapeCircle, 15};
    case G::Behind:
        return {QT_TRANSLATE_NOOP("scorecard::InvestmentsPanel", "Behind"),
                QColor(0xd9, 0x8c, 0x00), QScatterSeries::MarkerShapeRectangle, 14};
    case G::Critical:
        return {QT_TRANSLATE_NOOP("scorecard::InvestmentsPanel", "At risk or overdue"),
                QColor(0xc6, 0x28, 0x28), QScatterSeries::MarkerShapeTriangle, 17};
    case G::Other:
        break;
    }
    return {QT_TRANSLATE_NOOP("scorecard::InvestmentsPanel", "Not started or other"),
            QColor(0x70, 0x76, 0x80), QScatterSeries::MarkerShapeRotatedRectangle, 15};
}

QString elided(const QString &text, int max = 30)
{
    return text.size() <= max ? text : text.left(max - 1) + QStringLiteral("\u2026");
}

} // namespace

InvestmentsPanel::HealthGroup InvestmentsPanel::groupOf(scoring::Health health)
{
    using H = scoring::Health;
    switch (health) {
    case H::OnTrack:
    case H::Done:
        return HealthGroup::Good;
    case H::Behind:
        return HealthGroup::Behind;
    case H::AtRisk:
    case H::Overdue:
        return HealthGroup::Critical;
    default:
        return HealthGroup::Other;
    }
}

InvestmentsPanel::InvestmentsPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(tr("Investments"), this);
    bar->setObjectName(QStringLiteral("investmentsToolBar"));
    m_title = new QLabel(bar);
    m_title->setMargin(4);
    bar->addWidget(m_title);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_export = bar->addAction(tr("Export as CSV\u2026"), this, &InvestmentsPanel::exportDialog);
    m_export->setToolTip(tr("Write the initiatives table to a CSV file"));
    m_export->setIcon(actionIcon(QStringLiteral("export-csv")));
    layout->addWidget(bar);

    m_model = new InvestmentTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvestmentTableModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InvestmentTableModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Initiatives by contribution per budget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *chart = new QChart;
    chart->setTitle(tr("Strategic contribution against budget"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // shapes are a cue
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 260);
    connect(chart, &QChart::plotAreaChanged, this, &InvestmentsPanel::placeLabels);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 6, 6);
    auto *gapsTitle = new QLabel(tr("<b>Strategic gaps</b>: red or amber objectives no live "
                                    "initiative works on"),
                                 side);
    gapsTitle->setWordWrap(true);
    m_gaps = new QListWidget(side);
    m_gaps->setAccessibleName(tr("Strategic gaps"));
    auto *greenTitle = new QLabel(tr("<b>Budget on green objectives</b>: objectives already on "
                                     "track (by contribution weight share)"),
                                  side);
    greenTitle->setWordWrap(true);
    m_greenSummary = new QLabel(side);
    m_greenSummary->setWordWrap(true);
    m_green = new QListWidget(side);
    m_green->setAccessibleName(tr("Budget on green objectives"));
    sideLayout->addWidget(gapsTitle);
    sideLayout->addWidget(m_gaps, 1);
    sideLayout->addWidget(greenTitle);
    sideLayout->addWidget(m_greenSummary);
    sideLayout->addWidget(m_green, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chartView);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    // Room for about six initiatives before the table scrolls.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              6 * m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                m_selection->setCurrent(
                    EntityKind::Initiative,
                    m_model->data(current, InvestmentTableModel::IdRole).toString());
            });
    auto selectObjective = [this](QListWidgetItem *item) {
        if (item && !item->data(IdRole).toString().isEmpty())
            m_selection->setCurrent(EntityKind::Objective, item->data(IdRole).toString());
    };
    connect(m_gaps, &QListWidget::itemClicked, this, selectObjective);
    connect(m_gaps, &QListWidget::itemActivated, this, selectObjective);
    connect(m_green, &QListWidget::itemClicked, this, selectObjective);
    connect(m_green, &QListWidget::itemActivated, this, selectObjective);
    connect(m_selection, &EntitySelection::currentChanged, this,
            &InvestmentsPanel::selectionChanged);
    refresh();
}

InvestmentsPanel::~InvestmentsPanel() = default;

QChart *InvestmentsPanel::chart() const
{
    return m_chartView->chart();
}

void InvestmentsPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &InvestmentsPanel::refresh);
    refresh();
}

void InvestmentsPanel::setAsOf(QDate asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    refresh();
}

void InvestmentsPanel::refresh()
{
    InvestmentAnalysis analysis;
    if (m_doc) {
        const Scorecard &sc = m_doc->scorecard();
        analysis = analyseInvestments(sc, *m_doc->scores(m_asOf));
    }
    {
        const QScopedValueRollback<bool> guard(m_selecting, true);
        m_model->setAnalysis(analysis);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(InvestmentTableModel::Name,
                                                      QHeaderView::Stretch);
    m_title->setText(m_doc ? tr("Initiatives as of %1, ranked by contribution per unit of budget")
                                 .arg(QLocale().toString(m_asOf, QLocale::ShortFormat))
                           : tr("No scorecard open"));
    m_export->setEnabled(m_doc != nullptr);

    const QLocale locale;
    m_gaps->clear();
    for (const StrategicGap &g : analysis.gaps) {
        auto *item = new QListWidgetItem(g.name, m_gaps);
        item->setData(IdRole, g.objective.value);
        item->setToolTip(
            tr("No planned, active or on-hold initiative contributes to %1").arg(g.name));
    }
    if (analysis.gaps.empty() && m_doc) {
        auto *item =
            new QListWidgetItem(tr("None: every red or amber objective has an initiative"), m_gaps);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_green->clear();
    for (const GreenSpend &g : analysis.green) {
        auto *item = new QListWidgetItem(
            tr("%1: budget %2, spent %3")
                .arg(g.name, locale.toString(g.budget, 'f', 0), locale.toString(g.spent, 'f', 0)),
            m_green);
        item->setData(IdRole, g.objective.value);
    }
    m_greenSummary->setText(m_doc ? tr("Budget %1, spent %2")
                                        .arg(locale.toString(analysis.budgetOnGreen, 'f', 0),
                                             locale.toString(analysis.spentOnGreen, 'f', 0))
                                  : QString());
    rebuildChart();
    selectionChanged();
}

void InvestmentsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chartView)
        rebuildChart();
}

void InvestmentsPanel::rebuildChart()
{
    QChart *chart = m_chartView->chart();
    chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    for (auto &[label, point] : m_labels)
        delete label;
    m_labels.clear();
    chart->removeAllSeries();
    m_series.clear();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }

    const InvestmentAnalysis &analysis = m_model->analysis();
    double maxBudget = 0;
    double maxContribution = 0;
    for (const InitiativeInvestment &inv : analysis.initiatives) {
        maxBudget = std::max(maxBudget, inv.budget);
        maxContribution = std::max(maxContribution, inv.contribution * 100);
    }
    // Large budgets in thousands: "1450" reads better than "1450000" under the axis.
    m_budgetScale = maxBudget >= 100000 ? 1000 : 1;
    auto *x = new QValueAxis;
    x->setTitleText(m_budgetScale > 1 ? tr("Budget (thousands)") : tr("Budget"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, maxBudget > 0 ? maxBudget / m_budgetScale * 1.15 : 1);
    x->applyNiceNumbers();
    auto *y = new QValueAxis;
    y->setTitleText(tr("Contribution (points of company score)"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setRange(0, maxContribution > 0 ? maxContribution * 1.2 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    for (HealthGroup group :
         {HealthGroup::Good, HealthGroup::Behind, HealthGroup::Critical, HealthGroup::Other}) {
        const GroupStyle style = styleOf(group);
        auto *series = new QScatterSeries;
        series->setName(tr(style.name));
        series->setColor(style.color);
        series->setBorderColor(style.color.darker(140));
        series->setMarkerShape(style.shape);
        series->setMarkerSize(style.size);
        for (const InitiativeInvestment &inv : analysis.initiatives) {
            if (groupOf(inv.health) != group)
                continue;
            const QPointF p(inv.budget / m_budgetScale, inv.contribution * 100);
            series->append(p);
            auto *label = new QGraphicsSimpleTextItem(elided(inv.name), chart);
            label->setZValue(20);
            QFont f = label->font();
            f.setPointSizeF(8.5);
            label->setFont(f);
            label->setBrush(palette().color(QPalette::Text));
            label->setToolTip(inv.name);
            m_labels.push_back({label, p});
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        // An empty group stays out of the legend: it would promise points that are not there.
        if (series->count() == 0)
            chart->legend()->markers(series).value(0)->setVisible(false);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
            const InitiativeInvestment *inv = on ? initiativeAt(p) : nullptr;
            m_chartView->setToolTip(
                inv ? tr("%1\nBudget %2, contribution %3 pts, %4")
                          .arg(inv->name, QLocale().toString(inv->budget, 'f', 0),
                               QLocale().toString(inv->contribution * 100, 'f', 2),
                               InvestmentTableModel::healthLabel(inv->health))
                    : QString());
        });
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            if (const InitiativeInvestment *inv = initiativeAt(p))
                m_selection->setCurrent(EntityKind::Initiative, inv->id.value);
        });
        m_series << series;
    }
    placeLabels();
}

const InitiativeInvestment *InvestmentsPanel::initiativeAt(const QPointF &point) const
{
    for (const InitiativeInvestment &inv : m_model->analysis().initiatives) {
        if (qFuzzyCompare(inv.budget / m_budgetScale + 1, point.x() + 1) &&
            qFuzzyCompare(inv.contribution * 100 + 1, point.y() + 1))
            return &inv;
    }
    return nullptr;
}

void InvestmentsPanel::placeLabels()
{
    QChart *chart = m_chartView->chart();
    if (m_series.isEmpty())
        return;
    const QRectF plot = chart->plotArea();
    // Place each name right of its point; move it down when it would overlap one placed before.
    QList<QRectF> taken;
    for (auto &[label, point] : m_labels) {
        const QPointF at = chart->mapToPosition(point, m_series.front());
        QRectF r = label->boundingRect();
        r.moveTopLeft(at + QPointF(10, -r.height() / 2));
        if (r.right() > plot.right())
            r.moveRight(at.x() - 10);
        for (int tries = 0; tries < 6; ++tries) {
            const bool overlaps = std::any_of(taken.begin(), taken.end(),
                                              [&](const QRectF &t) { return t.intersects(r); });
            if (!overlaps)
                break;
            r.translate(0, r.height());
        }
        taken << r;
        label->setPos(r.topLeft());
        label->setVisible(plot.contains(at));
    }
}

QStringList InvestmentsPanel::pointLabels() const
{
    QStringList out;
    for (const auto &[label, point] : m_labels)
        out << label->text();
    return out;
}

void InvestmentsPanel::selectionChanged()
{
    if (m_selection->kind() != EntityKind::Initiative)
        return;
    const int row = m_model->rowOf(m_selection->id());
    if (row < 0)
        return;
    const QScopedValueRollback<bool> guard(m_selecting, true);
    m_table->selectRow(row);
}

Result<void> InvestmentsPanel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = m_model->toCsv().toUtf8();
    if (file.write(bytes) != bytes.size())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void InvestmentsPanel::exportDialog()
{
    if (!m_doc)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Investments as CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = exportCsv(path); !r)
        QMessageBox::warning(this, tr("Export Investments"), r.error());
}

} // namespace scorecard
