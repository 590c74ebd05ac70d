// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "infobanner.h"

#include "actionicon.h"
#include "apptheme.h"
#include "dataactions.h"
#include "detailspanel.h"
#include "document/scorecarddocument.h"
#include "editactions.h"
#include "editlock.h"
#include "entityselection.h"
#include "investmentspanel.h"
#include "kpichartpanel.h"
#include "linkspanel.h"
#include "model/templates.h"
#include "presentationmode.h"
#include "printactions.h"
#include "problemspanel.h"
#include "scorecardpanel.h"
#include "shortcutsdialog.h"
#include "strategymap/linkitem.h"
#include "strategymap/nameeditoritem.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"
#include "strategymap/strategymapview.h"
#include "whatifdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scorecard {

namespace {

/**
 * The platform's keys for @p key, or @p fallback where the platform has none
 * (Save As and Quit have no binding outside KDE, GNOME, macOS and Windows).
 */
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

constexpr int kMaxRecent = 8;
const auto kRecentKey = QStringLiteral("recentFiles");
const auto kFileFilter =
    QT_TRANSLATE_NOOP("scorecard::MainWindow", "Scorecards (*.scorecard);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Scorecard Studio"));
    m_selection = new EntitySelection(this);
    m_undoGroup = new QUndoGroup(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *banner =
        new InfoBanner(QStringLiteral("readOnlyBanner"), tr("&Reload"),
                       tr("Read the file again to show changes made by another program"), central);
    m_banner = banner;
    m_bannerText = banner->text();
    m_reload = banner->button();
    connect(m_reload, &QPushButton::clicked, this, [this] {
        reloadFile();
        updateStatus();
    });

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_map = new StrategyMapPanel(m_tabs);
    m_map->setAsOfControlVisible(false);
    m_scorecard = new ScorecardPanel(m_selection, m_tabs);
    m_tabs->addTab(m_map, tr("Strategy Map"));
    m_tabs->addTab(m_scorecard, tr("Scorecard"));
    m_investments = new InvestmentsPanel(m_selection, m_tabs);
    m_tabs->addTab(m_investments, tr("Investments"));
    m_tabs->setCurrentWidget(m_map);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    connect(m_scorecard, &ScorecardPanel::errorOccurred, this, &MainWindow::showError);

    m_details = new DetailsPanel(m_selection, this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    m_problems = new ProblemsPanel(m_selection, this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    m_links = new LinksPanel(m_selection, this);
    auto *linksDock = new QDockWidget(tr("Links"), this);
    linksDock->setObjectName(QStringLiteral("linksDock"));
    linksDock->setWidget(m_links);
    tabifyDockWidget(problemsDock, linksDock);
    problemsDock->raise();
    connect(m_links, &LinksPanel::linkActivated, this,
            [this](const QString &from, const QString &to) {
                if (StrategyMapScene *scene = m_map->scene())
                    scene->selectLink(ObjectiveId(from), ObjectiveId(to));
            });
    m_chart = new KpiChartPanel(m_selection, this);
    auto *chartDock = new QDockWidget(tr("KPI Chart"), this);
    chartDock->setObjectName(QStringLiteral("kpiChartDock"));
    chartDock->setWidget(m_chart);
    addDockWidget(Qt::RightDockWidgetArea, chartDock); // under the details
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({problemsDock}, {130}, Qt::Vertical);
    resizeDocks({detailsDock}, {400}, Qt::Horizontal);
    resizeDocks({detailsDock, chartDock}, {560, 300}, Qt::Vertical);
    connect(m_problems, &ProblemsPanel::countChanged, problemsDock, [problemsDock](int n) {
        problemsDock->setWindowTitle(n ? tr("Problems (%1)").arg(n) : tr("Problems"));
    });
    connect(m_selection, &EntitySelection::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_details, &DetailsPanel::pendingEditDropped, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    m_pathLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_asOfLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);

    createMenus();
    // Under the read-only banner: the data sources waiting for the user's consent.
    layout->insertWidget(1, m_dataActions->consentBar());
    menuBar()
        ->findChild<QMenu *>(QStringLiteral("viewMenu"))
        ->addAction(detailsDock->toggleViewAction());
    menuBar()
        ->findChild<QMenu *>(QStringLiteral("viewMenu"))
        ->addAction(linksDock->toggleViewAction());
    menuBar()
        ->findChild<QMenu *>(QStringLiteral("viewMenu"))
        ->addAction(chartDock->toggleViewAction());
    menuBar()
        ->findChild<QMenu *>(QStringLiteral("viewMenu"))
        ->addAction(problemsDock->toggleViewAction());
    // Insert, Delete and presentation mode (editactions.h, presentationmode.h).
    m_edits = new EditActions(this);
    m_edits->addToMenus(m_insertMenu, menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")));
    // After Delete: Edit > Arrange (auto-layout, align, distribute) of the map.
    menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))->addSeparator();
    menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))->addMenu(m_map->arrangeMenu());
    connect(m_edits, &EditActions::errorOccurred, this, &MainWindow::showError);
    m_presentation = new PresentationMode(this, m_edits);
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(m_presentation->action());
    connect(m_presentation, &PresentationMode::activeChanged, this, &MainWindow::updateStatus);
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(m_map->miniMapAction());
    createThemeMenu(menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")));

    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::pollFile);
    m_poll->start();

    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // They follow the selection and the tabs: gone before the panels are.
    delete m_presentation;
    m_presentation = nullptr;
    delete m_edits;
    m_edits = nullptr;
    setPanelsDocument(nullptr);
}

void MainWindow::createMenus()
{
    // The menus in their fixed order; features add their actions to them by name.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_insertMenu = menuBar()->addMenu(tr("&Insert"));
    m_insertMenu->setObjectName(QStringLiteral("insertMenu"));
    m_dataMenu = menuBar()->addMenu(tr("&Data"));
    m_dataMenu->setObjectName(QStringLiteral("dataMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    QAction *newAction = file->addAction(tr("&New\u2026"), this, &MainWindow::newDialog);
    newAction->setShortcut(QKeySequence::New);
    newAction->setIcon(actionIcon(QStringLiteral("document-new")));
    newAction->setToolTip(tr("Create a scorecard from the four-perspective template"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(actionIcon(QStringLiteral("document-open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_saveAs = file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAsDialog);
    m_saveAs->setShortcuts(
        standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveAs->setIcon(actionIcon(QStringLiteral("document-save-as")));
    m_saveAs->setToolTip(tr("Write a copy of the scorecard and continue with the copy"));
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setIcon(actionIcon(QStringLiteral("document-close")));
    m_close->setToolTip(tr("Close the scorecard (every edit is already saved)"));
    file->addSeparator();
    file->addAction(m_map->exportAction());
    file->addAction(m_map->copyAction());
    m_dataActions = new DataActions(this, m_dataMenu, file);
    file->addSeparator();
    m_printActions = new PrintActions(this, file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setIcon(actionIcon(QStringLiteral("application-exit")));

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(actionIcon(QStringLiteral("edit-undo")));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(actionIcon(QStringLiteral("edit-redo")));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_scorecard->copyAction());
    QAction *find = edit->addAction(tr("&Find\u2026"), this, [this] {
        m_tabs->setCurrentWidget(m_scorecard);
        m_scorecard->filterEdit()->setFocus();
        m_scorecard->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(actionIcon(QStringLiteral("edit-find")));

    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_map->view(), &StrategyMapView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setIcon(actionIcon(QStringLiteral("zoom-in")));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_map->view(), &StrategyMapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setIcon(actionIcon(QStringLiteral("zoom-out")));
    view->addAction(actionIcon(QStringLiteral("zoom-fit")), tr("&Fit Map to Window"), m_map->view(),
                    &StrategyMapView::fitToWindow);
    view->addAction(m_map->evidenceAction());
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setIcon(actionIcon(QStringLiteral("view-fullscreen")));
    fullScreen->setShortcut(QKeySequence::FullScreen); // F11 or Ctrl+Shift+F (F5 presents)
    view->addSeparator();

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(newAction);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Scores as of "), bar));
    QAction *previous = bar->addAction(tr("&Previous Month"), this, [this] { stepPeriod(-1); });
    previous->setToolTip(tr("End of the previous month"));
    previous->setIcon(actionIcon(QStringLiteral("go-previous")));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_asOf = new QDateEdit(QDate::currentDate(), bar);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setAccessibleName(tr("Scores as of"));
    bar->addWidget(m_asOf);
    QAction *next = bar->addAction(tr("&Next Month"), this, [this] { stepPeriod(1); });
    next->setToolTip(tr("End of the next month"));
    next->setIcon(actionIcon(QStringLiteral("go-next")));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QAction *today = bar->addAction(tr("Today"), this, [this] { setAsOf(QDate::currentDate()); });
    today->setToolTip(tr("Scores as of today"));
    today->setIcon(actionIcon(QStringLiteral("go-today")));
    view->addAction(previous);
    view->addAction(next);
    QAction *whatIf =
        m_dataMenu->addAction(tr("&What-if Scenario\u2026"), this, &MainWindow::openWhatIf);
    whatIf->setObjectName(QStringLiteral("whatIfAction"));
    whatIf->setIcon(actionIcon(QStringLiteral("what-if")));
    whatIf->setToolTip(
        tr("Try hypothetical KPI values and see the projected scores; the file is not changed"));
    QAction *shortcuts = m_helpMenu->addAction(actionIcon(QStringLiteral("help-shortcuts")),
                                               tr("&Keyboard Shortcuts"), this, [this] {
                                                   ShortcutsDialog dialog(this);
                                                   dialog.exec();
                                               });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(
        actionIcon(QStringLiteral("help-about")), tr("&About Scorecard Studio"), this, [this] {
            QMessageBox::about(
                this, tr("About Scorecard Studio"),
                tr("<h3>Scorecard Studio %1</h3><p>Strategy execution with the Balanced Scorecard: "
                   "strategy maps, KPIs, OKRs and initiatives in one file.</p>"
                   "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                    .arg(QApplication::applicationVersion()));
        });
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) {
        // A value being typed belongs to the period it was opened for.
        commitPendingEdits();
        m_map->setAsOf(date);
        m_scorecard->setAsOf(date);
        m_details->setAsOf(date);
        m_problems->setAsOf(date);
        m_chart->setAsOf(date);
        m_investments->setAsOf(date);
        m_links->setAsOf(date);
        m_printActions->setAsOf(date);
        updateStatus();
    });
}

void MainWindow::createThemeMenu(QMenu *view)
{
    view->addSeparator();
    view->addAction(m_map->printThemeAction());
    QMenu *menu = view->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const AppTheme current =
        appThemeFromString(QSettings().value(QStringLiteral("appearance/theme")).toString())
            .value_or(AppTheme::System);
    const std::pair<AppTheme, QString> themes[] = {
        {AppTheme::System, tr("&System (follows the desktop)")},
        {AppTheme::Light, tr("&Light")},
        {AppTheme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : themes) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(toString(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [t = theme] {
            applyAppTheme(t);
            QSettings().setValue(QStringLiteral("appearance/theme"), toString(t));
        });
    }
}

QDate MainWindow::asOf() const
{
    return m_asOf->date();
}

void MainWindow::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

void MainWindow::stepPeriod(int months)
{
    const QDate d = m_asOf->date();
    const QDate first(d.year(), d.month(), 1);
    // From the end of a month to the end of the previous or next one; from
    // inside a month back to the end of the previous one or on to its own end.
    const bool atEnd = d == first.addMonths(1).addDays(-1);
    QDate target;
    if (months < 0)
        target = first.addDays(-1);
    else
        target = atEnd ? first.addMonths(2).addDays(-1) : first.addMonths(1).addDays(-1);
    setAsOf(target);
}

bool MainWindow::openFile(const QString &path)
{
    // One window edits a file; another window or instance opens it read-only.
    // Opening the file this window already edits again keeps its lock.
    const bool reuse = m_lock && m_lock->lockPath() == EditLock::lockPathFor(path);
    std::unique_ptr<EditLock> lock = reuse ? std::move(m_lock) : std::make_unique<EditLock>(path);
    const bool editable = QFileInfo(path).isFile() && lock->acquire();
    auto doc = ScorecardDocument::open(path, editable ? ScorecardFile::Access::ReadWrite
                                                      : ScorecardFile::Access::ReadOnly);
    if (!doc) {
        if (reuse)
            m_lock = std::move(lock);
        showError(tr("Cannot open %1:\n%2").arg(path, doc.error()));
        return false;
    }
    if (!editable)
        (*doc)->setReadOnlyReason(lock->holder());
    commitPendingEdits();
    m_selection->clear();
    setPanelsDocument(nullptr);
    m_doc = std::move(doc).value();
    m_lock = editable && !m_doc->isReadOnly() ? std::move(lock) : nullptr;
    m_undoGroup->addStack(m_doc->undoStack());
    m_undoGroup->setActiveStack(m_doc->undoStack());
    setPanelsDocument(m_doc.get());
    connect(m_doc.get(), &ScorecardDocument::errorOccurred, this, &MainWindow::showError);
    connect(m_doc.get(), &ScorecardDocument::reloaded, this, [this] {
        connectMap();
        updateStatus();
    });
    connect(m_doc.get(), &ScorecardDocument::changed, this, &MainWindow::updateStatus);
    addRecent(m_doc->path());
    updateStatus();
    return true;
}

void MainWindow::setPanelsDocument(ScorecardDocument *doc)
{
    // Detaching goes from the dependent views to the map; attaching the other way.
    if (!doc) {
        m_dataActions->setDocument(nullptr);
        m_printActions->setDocument(nullptr);
        m_investments->setDocument(nullptr);
        m_links->setDocument(nullptr);
        m_problems->setDocument(nullptr);
        m_chart->setDocument(nullptr);
        m_details->setDocument(nullptr);
        m_scorecard->setDocument(nullptr);
        m_map->setDocument(nullptr);
        return;
    }
    m_map->setDocument(doc);
    connectMap();
    m_scorecard->setDocument(doc);
    m_details->setDocument(doc);
    m_problems->setDocument(doc);
    m_chart->setDocument(doc);
    m_investments->setDocument(doc);
    m_links->setDocument(doc);
    m_dataActions->setDocument(doc); // refreshes its sources soon when writable
    m_printActions->setDocument(doc);
}

void MainWindow::commitPendingEdits()
{
    m_scorecard->commitPendingEdit();
    m_details->commitPendingEdit();
    if (StrategyMapScene *scene = m_map->scene(); scene && scene->nameEditor()) {
        // Enter in the card's name editor: the rename becomes one command.
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        scene->sendEvent(scene->nameEditor(), &enter);
    }
}

void MainWindow::closeFile()
{
    if (!m_doc)
        return;
    commitPendingEdits();
    m_selection->clear();
    setPanelsDocument(nullptr);
    m_undoGroup->removeStack(m_doc->undoStack());
    m_doc.reset();
    m_lock.reset();
    setWindowTitle(tr("Scorecard Studio"));
    updateStatus();
}

bool MainWindow::newFile(const QString &path, bool empty)
{
    const QString name = QFileInfo(path).completeBaseName();
    if (auto r = ScorecardFile::create(path,
                                       empty ? emptyTemplate(name) : fourPerspectiveTemplate(name));
        !r) {
        showError(tr("Cannot create %1:\n%2").arg(path, r.error()));
        return false;
    }
    return openFile(path);
}

bool MainWindow::saveAs(const QString &path)
{
    if (!m_doc)
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_doc->path()).absoluteFilePath())
        return true;
    if (auto r = m_doc->saveCopy(path); !r) {
        showError(tr("Cannot save a copy as %1:\n%2").arg(path, r.error()));
        return false;
    }
    return openFile(path);
}

void MainWindow::pollFile()
{
    if (!m_doc)
        return;
    if (m_doc->isReadOnly()) {
        // Read-only: the banner offers Reload when the file changed; the reader decides.
        if (m_doc->isChangedOnDisk() == m_reload->isHidden())
            updateStatus();
        return;
    }
    reloadFile();
}

void MainWindow::reloadFile()
{
    if (!m_doc)
        return;
    if (auto r = m_doc->reloadIfChanged(); !r) {
        m_poll->stop(); // one message, not one every two seconds
        showError(tr("Cannot re-read %1:\n%2").arg(m_doc->path(), r.error()));
    }
}

void MainWindow::connectMap()
{
    StrategyMapScene *scene = m_map->scene();
    if (!scene)
        return;
    connect(scene, &QGraphicsScene::selectionChanged, this, &MainWindow::mapSelectionChanged,
            Qt::UniqueConnection);
}

void MainWindow::mapSelectionChanged()
{
    StrategyMapScene *scene = m_map->scene();
    if (m_syncingMap || !scene)
        return;
    QList<ObjectiveId> cards;
    QStringList links;
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (auto *card = dynamic_cast<ObjectiveCardItem *>(item))
            cards << card->id();
        else if (auto *link = dynamic_cast<LinkItem *>(item))
            links << link->key();
    }
    if (cards.size() == 1)
        m_selection->setCurrent(EntityKind::Objective, cards.front().value);
    else if (cards.isEmpty() && links.size() == 1) // the Details dock edits the link's note
        m_selection->setCurrent(EntityKind::Link, links.front());
}

void MainWindow::selectionChanged(EntityKind kind, const QString &id)
{
    StrategyMapScene *scene = m_map->scene();
    if (scene && kind == EntityKind::Link && !id.isEmpty()) {
        // A link chosen elsewhere (Problems, Links): its arrow on the map,
        // unless the map itself selected it.
        for (QGraphicsItem *item : scene->selectedItems()) {
            if (auto *link = dynamic_cast<LinkItem *>(item); link && link->key() == id)
                return;
        }
        const QStringList ends = id.split(QChar(0x1f));
        if (ends.size() == 2) {
            m_syncingMap = true;
            scene->selectLink(ObjectiveId(ends[0]), ObjectiveId(ends[1]));
            m_syncingMap = false;
        }
        return;
    }
    if (!scene || kind != EntityKind::Objective || id.isEmpty())
        return;
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    if (selected.size() == 1) {
        if (auto *card = dynamic_cast<ObjectiveCardItem *>(selected.front());
            card && card->id().value == id)
            return;
    }
    m_syncingMap = true;
    scene->selectObjective(ObjectiveId(id));
    m_syncingMap = false;
}

void MainWindow::openWhatIf()
{
    if (!m_doc)
        return;
    auto *dialog = new WhatIfDialog(m_doc.get(), asOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_tabs->setCurrentWidget(m_map);
    dialog->setMapScene(m_map->scene());
    dialog->open();
}

void MainWindow::updateStatus()
{
    m_asOfLabel->setText(tr("As of %1").arg(QLocale().toString(asOf(), QLocale::ShortFormat)));
    m_saveAs->setEnabled(m_doc != nullptr);
    m_close->setEnabled(m_doc != nullptr);
    if (m_edits)
        m_edits->updateActions();
    const bool presenting = m_presentation && m_presentation->isActive();
    if (!m_doc) {
        m_pathLabel->setText(tr("No scorecard open"));
        m_readOnlyLabel->clear();
        m_banner->hide();
        return;
    }
    setWindowTitle(tr("%1 \u2013 Scorecard Studio").arg(m_doc->scorecard().info.name));
    m_pathLabel->setText(m_doc->path());
    QStringList marks;
    if (m_doc->isReadOnly())
        marks << tr("Read-only");
    if (presenting)
        marks << tr("Presentation");
    m_readOnlyLabel->setText(marks.join(QStringLiteral(" \u00b7 ")));
    if (m_doc->isReadOnly()) {
        const bool changed = m_doc->isChangedOnDisk();
        QString text = tr("Read-only: %1.").arg(m_doc->readOnlyReason());
        if (changed)
            text += u' ' + tr("The file has changed on disk since it was read.");
        m_bannerText->setText(text);
        m_reload->setVisible(changed);
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Scorecard"), QString(), tr(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDialog()
{
    QMessageBox start(QMessageBox::Question, tr("New Scorecard"),
                      tr("Start from the four Balanced Scorecard perspectives (Financial, "
                         "Partners & Clients, Internal Processes, Learning & Growth), or from "
                         "an empty scorecard?"),
                      QMessageBox::Cancel, this);
    QPushButton *four = start.addButton(tr("&Four Perspectives"), QMessageBox::AcceptRole);
    QPushButton *empty = start.addButton(tr("&Empty"), QMessageBox::AcceptRole);
    start.setDefaultButton(four);
    start.exec();
    if (start.clickedButton() != four && start.clickedButton() != empty)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Scorecard"), QString(), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".scorecard");
    newFile(path, start.clickedButton() == empty);
}

void MainWindow::saveAsDialog()
{
    if (!m_doc)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Scorecard As"), m_doc->path(), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".scorecard");
    saveAs(path);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(QStringLiteral("lastFile"), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setErrorHandler(std::function<void(const QString &)> handler)
{
    m_errorHandler = std::move(handler);
}

void MainWindow::showError(const QString &message)
{
    if (m_errorHandler)
        m_errorHandler(message);
    else
        QMessageBox::warning(this, tr("Scorecard Studio"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    commitPendingEdits();
    if (m_presentation)
        m_presentation->setActive(false); // remember the working layout, not the presentation's
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace scorecard
