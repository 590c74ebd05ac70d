// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "actionicon.h"
#include "analysis/alignment.h"
#include "analysis/investment.h"
#include "document/scorecarddocument.h"
#include "io/report.h"
#include "strategymap/mapexport.h"
#include "strategymap/maptheme.h"
#include "strategymap/strategymapscene.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace scorecard {

namespace {

QString statusText(const QString &key)
{
    for (auto status : {scoring::Status::Green, scoring::Status::Amber, scoring::Status::Red,
                        scoring::Status::NoData, scoring::Status::Stale}) {
        if (scoring::toString(status) == key)
            return statusLabel(status);
    }
    return key;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("\u2013");
}

} // namespace

PrintActions::PrintActions(QWidget *window, QMenu *fileMenu) : QObject(window), m_window(window)
{
    m_printMap =
        new QAction(actionIcon(QStringLiteral("document-print")), tr("&Print Map\u2026"), this);
    m_printMap->setObjectName(QStringLiteral("printMapAction"));
    m_printMap->setShortcut(QKeySequence::Print);
    m_printMap->setToolTip(tr("Print the strategy map on one landscape page, with a preview"));
    connect(m_printMap, &QAction::triggered, this, [this] { preview(true); });
    m_printReport =
        new QAction(actionIcon(QStringLiteral("print-report")), tr("Print &Report\u2026"), this);
    m_printReport->setObjectName(QStringLiteral("printReportAction"));
    m_printReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printReport->setToolTip(tr("Print every score at the as-of date, with a preview"));
    connect(m_printReport, &QAction::triggered, this, [this] { preview(false); });
    fileMenu->addAction(m_printMap);
    fileMenu->addAction(m_printReport);
    updateActions();
}

void PrintActions::setDocument(ScorecardDocument *doc)
{
    m_doc = doc;
    updateActions();
}

void PrintActions::setAsOf(QDate asOf)
{
    m_asOf = asOf;
}

void PrintActions::updateActions()
{
    m_printMap->setEnabled(m_doc != nullptr);
    m_printReport->setEnabled(m_doc != nullptr);
}

void PrintActions::preview(bool map)
{
    if (!m_doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_doc->scorecard().info.name);
    printer.setPageOrientation(map ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(map ? tr("Print Map") : tr("Print Report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, map](QPrinter *p) {
        if (!m_doc)
            return;
        if (map)
            printMap(p, m_doc, m_asOf);
        else
            printReport(p, *m_doc, m_asOf);
    });
    dialog.resize(m_window->size() * 0.8);
    dialog.exec();
}

bool PrintActions::printMap(QPrinter *printer, ScorecardDocument *doc, QDate asOf)
{
    StrategyMapScene::Options options;
    options.asOf = asOf;
    options.theme = MapTheme::Kind::Print;
    options.editable = false;
    StrategyMapScene scene(doc, options);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    mapexport::paintScene(scene, painter, QRectF(0, 0, page.width(), page.height()));
    return painter.end();
}

QString PrintActions::reportHtml(const ScorecardDocument &doc, QDate asOf)
{
    const Scorecard &scorecard = doc.scorecard();
    const auto results = doc.scores(asOf);
    Report report(scorecard, *results);
    report.setInvestments(analyseInvestments(scorecard, *results));
    const AlignmentScore alignment = alignmentScore(scorecard);
    report.setAlignment(alignment);

    QString html;
    html += QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(scorecard.info.name.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Scores as of %1: %2 of 100, %3.")
                     .arg(QLocale().toString(asOf, QLocale::LongFormat),
                          scoreText(report.company().score), statusText(report.company().status)));
    if (const auto value = alignment.value())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives are "
                            "connected to an objective).")
                             .arg(QLocale().toString(*value, 'f', 0))
                             .arg(alignment.connected())
                             .arg(alignment.total()));
    for (const Report::Section &section : report.sections()) {
        if (section.plain || section.rows.empty() || section.key == u"links")
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped());
        html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
        html += QStringLiteral("<tr style=\"background: #e8e8e8\"><th align=\"left\">%1</th>"
                               "<th align=\"right\">%2</th><th align=\"left\">%3</th>"
                               "<th align=\"right\">%4</th></tr>")
                    .arg(tr("Name"), tr("Score"), tr("Status"), tr("Trend"));
        for (const Report::Row &row : section.rows) {
            QString trend;
            if (row.trend)
                trend = QLocale().toString(*row.trend, 'f', 1);
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td>"
                                   "<td align=\"right\">%4</td></tr>")
                        .arg(row.name.toHtmlEscaped(), scoreText(row.score),
                             statusText(row.status).toHtmlEscaped(), trend);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void PrintActions::printReport(QPrinter *printer, const ScorecardDocument &doc, QDate asOf)
{
    QTextDocument text;
    text.setHtml(reportHtml(doc, asOf));
    text.print(printer);
}

} // namespace scorecard
