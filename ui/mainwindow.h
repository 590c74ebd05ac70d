// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace scorecard {

class DataActions;
class EditLock;
class PrintActions;
class DetailsPanel;
class EditActions;
class PresentationMode;
class EntitySelection;
class InvestmentsPanel;
class LinksPanel;
class KpiChartPanel;
class ProblemsPanel;
class ScorecardDocument;
class ScorecardPanel;
class StrategyMapPanel;

/**
 * The main window: the strategy map and the scorecard tree as tabs, the
 * details of the current item in a dock, one as-of date and one selection
 * for all of them, undo/redo, and the file menu (new, open, recent, save as).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path; on failure shows the reason and keeps the current document. */
    bool openFile(const QString &path);
    /**
     * Creates @p path from the four-perspective template (or, with @p empty,
     * with no perspectives at all) and opens it.
     */
    bool newFile(const QString &path, bool empty = false);
    /** Writes a consistent copy to @p path and continues with the copy. */
    bool saveAs(const QString &path);
    /**
     * File > Close: commits the edits in progress, then closes the file
     * (every command is already committed to it). The window stays, empty.
     */
    void closeFile();
    /**
     * Commits in-place edits in progress (tree cell, map card name) as
     * commands, so nothing typed is lost or left half-written.
     */
    void commitPendingEdits();
    EditActions *editActions() const { return m_edits; }
    PresentationMode *presentationMode() const { return m_presentation; }
    QAction *closeAction() const { return m_close; }

    ScorecardDocument *document() const { return m_doc.get(); }
    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    StrategyMapPanel *mapPanel() const { return m_map; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    KpiChartPanel *chartPanel() const { return m_chart; }
    InvestmentsPanel *investmentsPanel() const { return m_investments; }
    LinksPanel *linksPanel() const { return m_links; }
    /** Data > What-if Scenario...: opens the what-if dialog over the map. */
    void openWhatIf();
    EntitySelection *selection() const { return m_selection; }
    QTabWidget *tabs() const { return m_tabs; }
    QDate asOf() const;
    void setAsOf(QDate date);
    QAction *undoAction() const { return m_undo; }
    /** The Insert, Data and Help menus, for features to add their actions to. */
    QMenu *insertMenu() const { return m_insertMenu; }
    QMenu *dataMenu() const { return m_dataMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    /** Import CSV, Export Data, Refresh All, Data Sources (Data menu). */
    DataActions *dataActions() const { return m_dataActions; }
    QAction *redoAction() const { return m_redo; }
    /** Checks the file for changes by other programs now (normally every 2 s). */
    void pollFile();
    void reloadFile();

    /** Where error messages go (tests replace the message box). */
    void setErrorHandler(std::function<void(const QString &)> handler);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createThemeMenu(QMenu *view);
    void openDialog();
    void newDialog();
    void saveAsDialog();
    void showError(const QString &message);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateStatus();
    void stepPeriod(int months);
    void connectMap();
    /** Gives every panel @p doc (nullptr: detaches them all). */
    void setPanelsDocument(ScorecardDocument *doc);
    void mapSelectionChanged();
    void selectionChanged(EntityKind kind, const QString &id);

    std::unique_ptr<EditLock> m_lock; ///< released after the document is closed
    std::unique_ptr<ScorecardDocument> m_doc;
    EntitySelection *m_selection = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    StrategyMapPanel *m_map = nullptr;
    DetailsPanel *m_details = nullptr;
    ProblemsPanel *m_problems = nullptr;
    KpiChartPanel *m_chart = nullptr;
    InvestmentsPanel *m_investments = nullptr;
    LinksPanel *m_links = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    EditActions *m_edits = nullptr;
    PresentationMode *m_presentation = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_insertMenu = nullptr;
    QMenu *m_dataMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    DataActions *m_dataActions = nullptr;
    PrintActions *m_printActions = nullptr;
    QTimer *m_poll = nullptr;
    std::function<void(const QString &)> m_errorHandler;
    bool m_syncingMap = false;
};

} // namespace scorecard
