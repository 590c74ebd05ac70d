// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/strategymappanel.h"
#include "actionicon.h"

#include "document/scorecarddocument.h"
#include "strategymap/mapexport.h"
#include "strategymap/mapexportdialog.h"
#include "strategymap/minimapwidget.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymapscene.h"
#include "strategymap/strategymapview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace scorecard {

StrategyMapPanel::StrategyMapPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar = new QToolBar(tr("Strategy map"), this);
    m_toolBar->setObjectName(QStringLiteral("strategyMapToolBar"));
    m_view = new StrategyMapView(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setStyleSheet(QStringLiteral("background: #fdecea; color: #611a15;"));
    m_message->hide();
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(10000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    // Edit > Arrange holds the same actions as the tool bar: reachable from the keyboard.
    m_arrange = new QMenu(tr("&Arrange"), this);
    m_arrange->setObjectName(QStringLiteral("arrangeMenu"));
    m_autoLayout = m_arrange->addAction(tr("Auto-&layout"), this, &StrategyMapPanel::autoLayout);
    m_autoLayout->setObjectName(QStringLiteral("autoLayoutAction"));
    m_autoLayout->setIcon(actionIcon(QStringLiteral("auto-layout")));
    m_autoLayout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_autoLayout->setToolTip(
        tr("Place every objective in its lane and pillar, ordered to reduce crossing links"));
    m_toolBar->addAction(m_autoLayout);
    m_arrange->addSeparator();
    auto *align = new QToolButton(m_toolBar);
    align->setText(tr("Align"));
    align->setIcon(actionIcon(QStringLiteral("align")));
    align->setToolTip(tr("Align or distribute the selected objectives"));
    align->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    align->setPopupMode(QToolButton::InstantPopup);
    auto *alignMenu = new QMenu(align);
    const std::pair<const char *, StrategyMapScene::Alignment> alignments[] = {
        {QT_TR_NOOP("Align &left edges"), StrategyMapScene::Alignment::Left},
        {QT_TR_NOOP("Align &centres (horizontally)"),
         StrategyMapScene::Alignment::HorizontalCenter},
        {QT_TR_NOOP("Align &right edges"), StrategyMapScene::Alignment::Right},
        {QT_TR_NOOP("Align &top edges (per lane)"), StrategyMapScene::Alignment::Top},
        {QT_TR_NOOP("Align &middles (per lane)"), StrategyMapScene::Alignment::VerticalCenter},
        {QT_TR_NOOP("Align &bottom edges (per lane)"), StrategyMapScene::Alignment::Bottom}};
    for (const auto &[text, alignment] : alignments) {
        const StrategyMapScene::Alignment a = alignment;
        m_alignActions << new QAction(tr(text), this);
        connect(m_alignActions.back(), &QAction::triggered, this, [this, a] {
            if (m_scene) {
                if (auto r = m_scene->alignSelected(a); !r)
                    showMessage(r.error());
            }
        });
    }
    m_alignActions << new QAction(tr("&Distribute horizontally (per lane)"), this);
    connect(m_alignActions.back(), &QAction::triggered, this, [this] {
        if (m_scene) {
            if (auto r = m_scene->distributeSelected(); !r)
                showMessage(r.error());
        }
    });
    for (QAction *action : std::as_const(m_alignActions)) {
        if (action == m_alignActions.back()) {
            alignMenu->addSeparator();
            m_arrange->addSeparator();
        }
        alignMenu->addAction(action);
        m_arrange->addAction(action);
    }
    align->setMenu(alignMenu);
    m_alignAction = m_toolBar->addWidget(align);

    // Copy and paste objectives (with the links between them), within and between files.
    auto *copyObjectives = new QAction(tr("Copy Objectives"), this);
    copyObjectives->setShortcut(QKeySequence::Copy);
    copyObjectives->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyObjectives, &QAction::triggered, this, [this] {
        if (!m_scene)
            return;
        const QByteArray json = m_scene->copySelected();
        if (json.isEmpty())
            return;
        auto *data = new QMimeData;
        data->setData(StrategyMapScene::mimeType(), json);
        data->setText(QString::fromUtf8(json));
        QApplication::clipboard()->setMimeData(data);
    });
    auto *pasteObjectives = new QAction(tr("Paste Objectives"), this);
    pasteObjectives->setShortcut(QKeySequence::Paste);
    pasteObjectives->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteObjectives, &QAction::triggered, this, [this] {
        if (!m_scene)
            return;
        const QMimeData *data = QApplication::clipboard()->mimeData();
        if (!data)
            return;
        const QByteArray json = data->hasFormat(StrategyMapScene::mimeType())
                                    ? data->data(StrategyMapScene::mimeType())
                                    : data->text().toUtf8();
        if (auto r = m_scene->paste(json); !r)
            showMessage(r.error());
    });
    addAction(copyObjectives);
    addAction(pasteObjectives);

    m_filter = new QComboBox(m_toolBar);
    m_filter->setObjectName(QStringLiteral("mapFilterCombo"));
    m_filter->setAccessibleName(tr("Show objectives"));
    m_filter->setToolTip(tr("Show all objectives, one pillar's, one department's, or only the "
                            "selected objective with everything it drives and everything that "
                            "drives it"));
    // Long pillar names are shown whole in the list, not in the tool bar.
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(18);
    m_toolBar->addWidget(m_filter);
    connect(m_filter, &QComboBox::activated, this, &StrategyMapPanel::applyFilter);
    m_evidence = m_toolBar->addAction(tr("Colour Links by Evidence"));
    m_evidence->setObjectName(QStringLiteral("evidenceAction"));
    m_evidence->setCheckable(true);
    m_evidence->setIcon(actionIcon(QStringLiteral("evidence")));
    m_evidence->setToolTip(
        tr("Colour and style each cause-and-effect link by how well the scores support it: "
           "strong, weak, none, or not enough data (correlation is evidence, not proof)"));
    connect(m_evidence, &QAction::toggled, this, [this](bool on) {
        if (m_scene)
            m_scene->setEvidenceShown(on);
    });

    m_toolBar->addSeparator();
    QAction *zoomIn = m_toolBar->addAction(tr("Zoom in"), m_view, &StrategyMapView::zoomIn);
    zoomIn->setToolTip(tr("Zoom in (Ctrl++ or the mouse wheel)"));
    zoomIn->setIcon(actionIcon(QStringLiteral("zoom-in")));
    QAction *zoomOut = m_toolBar->addAction(tr("Zoom out"), m_view, &StrategyMapView::zoomOut);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setIcon(actionIcon(QStringLiteral("zoom-out")));
    QAction *fit = m_toolBar->addAction(tr("Fit"), m_view, &StrategyMapView::fitToWindow);
    fit->setToolTip(tr("Fit the map to the window (Ctrl+0)"));
    fit->setIcon(actionIcon(QStringLiteral("zoom-fit")));
    QAction *actual = m_toolBar->addAction(tr("100 %"), m_view, &StrategyMapView::actualSize);
    actual->setToolTip(tr("Actual size (Ctrl+1)"));
    actual->setIcon(actionIcon(QStringLiteral("zoom-original")));
    m_toolBar->addSeparator();
    m_asOfActions << m_toolBar->addWidget(new QLabel(tr(" As of "), m_toolBar));
    m_asOf = new QDateEdit(QDate::currentDate(), m_toolBar);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setAccessibleName(tr("Scores as of"));
    m_asOfActions << m_toolBar->addWidget(m_asOf);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_scene)
            m_scene->setAsOf(date);
    });
    m_toolBar->addSeparator();
    m_export = new QAction(tr("Export Map\u2026"), this);
    m_export->setToolTip(tr("Export the map as PNG, SVG or PDF"));
    m_export->setIcon(actionIcon(QStringLiteral("export-map")));
    connect(m_export, &QAction::triggered, this, &StrategyMapPanel::exportMap);
    m_toolBar->addAction(m_export);
    m_copy = new QAction(tr("Copy Map"), this);
    m_copy->setToolTip(tr("Copy the map to the clipboard as an image"));
    m_copy->setIcon(actionIcon(QStringLiteral("edit-copy")));
    connect(m_copy, &QAction::triggered, this, &StrategyMapPanel::copyMap);

    m_printTheme = new QAction(tr("Print &Colours on Screen"), this);
    m_printTheme->setObjectName(QStringLiteral("printThemeAction"));
    m_printTheme->setCheckable(true);
    m_printTheme->setToolTip(
        tr("Draw the map in the white, high-contrast print theme, as exports for board decks"));
    connect(m_printTheme, &QAction::toggled, this, &StrategyMapPanel::applyScreenTheme);

    m_miniMap = new MiniMapWidget(m_view);
    m_miniMapAction = new QAction(tr("Mini-map"), this);
    m_miniMapAction->setObjectName(QStringLiteral("miniMapAction"));
    m_miniMapAction->setCheckable(true);
    m_miniMapAction->setIcon(actionIcon(QStringLiteral("minimap")));
    m_miniMapAction->setToolTip(
        tr("Show an overview of the whole map in the corner when it does not fit the window"));
    m_miniMapAction->setChecked(
        QSettings().value(QStringLiteral("strategyMap/miniMap"), true).toBool());
    m_miniMap->setActive(m_miniMapAction->isChecked());
    connect(m_miniMapAction, &QAction::toggled, this, [this](bool on) {
        m_miniMap->setActive(on);
        QSettings().setValue(QStringLiteral("strategyMap/miniMap"), on);
    });
    m_toolBar->insertAction(zoomIn, m_miniMapAction);
    updateFilterChoices();
    updateActions();
}

void StrategyMapPanel::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

QDate StrategyMapPanel::asOf() const
{
    return m_asOf->date();
}

void StrategyMapPanel::setAsOfControlVisible(bool visible)
{
    for (QAction *action : std::as_const(m_asOfActions))
        action->setVisible(visible);
}

StrategyMapPanel::~StrategyMapPanel()
{
    setDocument(nullptr);
}

void StrategyMapPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_view->setScene(nullptr);
    m_scene.reset();
    m_doc = doc;
    if (doc) {
        StrategyMapScene::Options options;
        options.asOf = m_asOf->date();
        options.showEvidence = m_evidence->isChecked();
        options.editable = m_editable;
        options.theme = screenTheme();
        m_scene = std::make_unique<StrategyMapScene>(doc, options);
        m_scene->setConfirmHandler([this](const QString &question) {
            return QMessageBox::question(this, tr("Strategy Map"), question) == QMessageBox::Yes;
        });
        connect(m_scene.get(), &StrategyMapScene::errorOccurred, this,
                &StrategyMapPanel::showMessage);
        m_view->setScene(m_scene.get());
        m_fitPending = true;
        if (isVisible()) {
            m_view->fitToWindow();
            m_fitPending = false;
        }
        // New pillars, departments or a removed objective change the filter's choices.
        connect(doc, &ScorecardDocument::changed, this, &StrategyMapPanel::updateFilterChoices);
    }
    m_miniMap->attachScene();
    m_filterKey = QStringLiteral("all");
    updateFilterChoices();
    m_message->hide();
    updateActions();
}

void StrategyMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending && m_scene) {
        m_fitPending = false;
        QTimer::singleShot(0, m_view, &StrategyMapView::fitToWindow);
    }
}

void StrategyMapPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending && m_scene && isVisible()) {
        m_fitPending = false;
        m_view->fitToWindow();
    }
}

void StrategyMapPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyScreenTheme();
}

MapTheme::Kind StrategyMapPanel::screenTheme() const
{
    return m_printTheme->isChecked() ? MapTheme::Kind::Print : MapTheme::screenKindFor(palette());
}

void StrategyMapPanel::applyScreenTheme()
{
    if (!m_scene || m_scene->options().theme == screenTheme())
        return;
    StrategyMapScene::Options options = m_scene->options();
    options.theme = screenTheme();
    m_scene->setOptions(options);
    m_miniMap->attachScene(); // drawn again in the new colours
}

void StrategyMapPanel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (m_scene) {
        StrategyMapScene::Options options = m_scene->options();
        options.editable = editable;
        m_scene->setOptions(options);
    }
    updateActions();
}

void StrategyMapPanel::updateActions()
{
    const bool open = m_scene != nullptr;
    m_autoLayout->setEnabled(open && m_scene->isEditable());
    for (QAction *action : std::as_const(m_alignActions))
        action->setEnabled(open && m_scene->isEditable());
    m_arrange->setEnabled(open && m_scene->isEditable());
    // Not editable on purpose (presentation): the editing tools go away.
    m_autoLayout->setVisible(m_editable);
    m_alignAction->setVisible(m_editable);
    m_export->setEnabled(open);
    m_copy->setEnabled(open);
}

void StrategyMapPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_messageTimer->start();
}

void StrategyMapPanel::updateFilterChoices()
{
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All objectives"), QStringLiteral("all"));
    if (!m_doc) {
        m_filter->setEnabled(false);
        return;
    }
    m_filter->setEnabled(true);
    const Scorecard &sc = m_doc->scorecard();
    if (!sc.pillars.empty())
        m_filter->insertSeparator(m_filter->count());
    for (const Pillar &p : sc.pillars)
        m_filter->addItem(tr("Pillar: %1").arg(p.name), QStringLiteral("pillar:") + p.id.value);
    if (!sc.departments.empty())
        m_filter->insertSeparator(m_filter->count());
    for (const Department &d : sc.departments)
        m_filter->addItem(tr("Department: %1").arg(d.name),
                          QStringLiteral("department:") + d.id.value);
    m_filter->insertSeparator(m_filter->count());
    m_filter->addItem(tr("Connected to selection"), QStringLiteral("connected"));
    // Keep the applied filter while its pillar, department or objective exists.
    int index = m_filter->findData(m_filterKey);
    bool gone = index < 0;
    if (m_filterKey == u"connected" && m_scene && !m_doc->objective(m_scene->options().connectedTo))
        gone = true;
    if (gone) {
        m_filterKey = QStringLiteral("all");
        index = 0;
    }
    m_filter->setCurrentIndex(index);
    if (gone && m_scene) {
        // Posted: this runs inside the document's change signal, while the scene re-syncs.
        QTimer::singleShot(0, this, &StrategyMapPanel::applyFilter);
    }
}

void StrategyMapPanel::applyFilter()
{
    if (!m_scene)
        return;
    const QString key = m_filter->currentData().toString();
    StrategyMapScene::Options options = m_scene->options();
    const StrategyMapScene::Options before = options;
    options.pillar = PillarId();
    options.department = DepartmentId();
    options.connectedTo = ObjectiveId();
    if (key.startsWith(u"pillar:")) {
        options.pillar = PillarId(key.mid(7));
    } else if (key.startsWith(u"department:")) {
        options.department = DepartmentId(key.mid(11));
    } else if (key == u"connected") {
        options.connectedTo = m_scene->currentObjective();
        if (options.connectedTo.isNull() && m_filterKey == u"connected")
            options.connectedTo = before.connectedTo; // chosen again with nothing selected
        if (options.connectedTo.isNull()) {
            showMessage(tr("Select an objective first."));
            const QSignalBlocker block(m_filter);
            m_filter->setCurrentIndex(std::max(0, m_filter->findData(m_filterKey)));
            return;
        }
    }
    m_filterKey = key;
    if (options.pillar == before.pillar && options.department == before.department &&
        options.connectedTo == before.connectedTo)
        return;
    m_scene->setOptions(options);
    m_view->fitToWindow();
}

void StrategyMapPanel::autoLayout()
{
    if (!m_scene)
        return;
    if (auto r = m_scene->autoLayout(); !r)
        showMessage(r.error());
    else
        m_view->fitToWindow();
}

void StrategyMapPanel::exportMap()
{
    if (!m_doc)
        return;
    const QFileInfo source(m_doc->path());
    const QString suggested = QDir(source.absolutePath())
                                  .filePath(source.completeBaseName() + QStringLiteral("-map.png"));
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Strategy Map"), suggested,
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    auto format = mapexport::formatForPath(path);
    if (!format) {
        // No or another suffix: take the chosen filter's.
        QString suffix = QStringLiteral(".png");
        if (selectedFilter.contains(QStringLiteral("*.svg")))
            suffix = QStringLiteral(".svg");
        else if (selectedFilter.contains(QStringLiteral("*.pdf")))
            suffix = QStringLiteral(".pdf");
        path += suffix;
        format = mapexport::formatForPath(path);
    }
    MapExportDialog dialog(*format, m_doc->scorecard().info.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportMapTo(path, *format, dialog);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export Strategy Map"),
                             tr("Cannot export the map to %1:\n%2").arg(path, written.error()));
}

Result<void> StrategyMapPanel::exportMapTo(const QString &path, mapexport::Format format,
                                           const MapExportDialog &choices)
{
    if (!m_doc || !m_scene)
        return fail(tr("no scorecard is open"));
    // The map as on screen (filter, as-of date, layout), in the chosen theme, not editable.
    StrategyMapScene::Options options = m_scene->options();
    options.theme = choices.theme();
    options.title = choices.title();
    options.showHeader = !choices.title().isEmpty();
    options.editable = false;
    StrategyMapScene exportScene(m_doc, options);
    mapexport::Options exportOptions = choices.options();
    if (exportOptions.title.isEmpty())
        exportOptions.title = m_doc->scorecard().info.name;
    return mapexport::exportScene(exportScene, path, format, exportOptions);
}

void StrategyMapPanel::copyMap()
{
    if (!m_doc)
        return;
    StrategyMapScene::Options options = m_scene->options();
    options.editable = false;
    StrategyMapScene copyScene(m_doc, options);
    mapexport::Options o;
    o.scale = 2;
    QApplication::clipboard()->setImage(
        mapexport::renderImage(copyScene, mapexport::imageSize(copyScene, o)));
}

} // namespace scorecard
