// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/scorecarddocument.h"
#include "outlinemodel.h"
#include "strategymap/strategymappanel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scorecard {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Scorecard Studio"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400;"));
    m_banner->hide();
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_view = new QTreeView(m_tabs);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Scorecard outline"));
    m_map = new StrategyMapPanel(m_tabs);
    m_tabs->addTab(m_view, tr("Outline"));
    m_tabs->addTab(m_map, tr("Strategy Map"));
    m_tabs->setCurrentWidget(m_map);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(m_map->exportAction());
    file->addAction(m_map->copyAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *undo = edit->addAction(tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = edit->addAction(tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->undoStack()->redo();
    });
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(open);
    bar->addAction(undo);
    bar->addAction(redo);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_map->setDocument(nullptr);
    m_view->setModel(nullptr);
    delete m_model;
}

bool MainWindow::openFile(const QString &path)
{
    auto doc = ScorecardDocument::open(path);
    if (!doc) {
        showError(tr("Cannot open %1:\n%2").arg(path, doc.error()));
        return false;
    }
    m_view->setModel(nullptr);
    delete m_model;
    m_map->setDocument(nullptr);
    m_doc = std::move(doc).value();
    m_map->setDocument(m_doc.get());
    m_model = new OutlineModel(m_doc.get(), this);
    m_view->setModel(m_model);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_doc.get(), &ScorecardDocument::errorOccurred, this, &MainWindow::showError);
    setWindowTitle(tr("%1 \u2013 Scorecard Studio").arg(m_doc->scorecard().info.name));
    if (m_doc->isReadOnly()) {
        m_banner->setText(tr("Read-only: %1").arg(m_doc->readOnlyReason()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_pathLabel->setText(m_doc->isReadOnly() ? tr("%1 [read-only]").arg(m_doc->path())
                                             : m_doc->path());
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scorecard"), QString(), tr("Scorecards (*.scorecard);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Scorecard Studio"), message);
}

} // namespace scorecard
