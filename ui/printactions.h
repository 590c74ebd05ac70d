// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace scorecard {

class ScorecardDocument;

/**
 * File > Print Map and Print Report, each through a print preview
 * (QPrintPreviewDialog): the map in the print theme (white, high contrast)
 * fitted to one landscape page; the report as the scores of the company,
 * perspectives, pillars, departments, objectives, KPIs, OKRs and
 * initiatives at the as-of date, with the alignment score.
 */
class PrintActions : public QObject
{
    Q_OBJECT

public:
    PrintActions(QWidget *window, QMenu *fileMenu);

    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);

    QAction *printMapAction() const { return m_printMap; }
    QAction *printReportAction() const { return m_printReport; }

    /** Paints the map on @p printer's pages (one landscape page). */
    static bool printMap(QPrinter *printer, ScorecardDocument *doc, QDate asOf);
    /** The report as HTML (what Print Report prints). */
    static QString reportHtml(const ScorecardDocument &doc, QDate asOf);
    static void printReport(QPrinter *printer, const ScorecardDocument &doc, QDate asOf);

private:
    void preview(bool map);
    void updateActions();

    QWidget *m_window;
    QPointer<ScorecardDocument> m_doc;
    QDate m_asOf = QDate::currentDate();
    QAction *m_printMap = nullptr;
    QAction *m_printReport = nullptr;
};

} // namespace scorecard
