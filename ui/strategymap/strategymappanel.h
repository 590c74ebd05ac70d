// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "strategymap/mapexport.h"
#include "strategymap/maptheme.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;

namespace scorecard {

class MapExportDialog;
class MiniMapWidget;
class ScorecardDocument;
class StrategyMapScene;
class StrategyMapView;

/**
 * The strategy map tab: a tool bar (auto-layout, zoom, as-of date, export)
 * over the map view, and a line for messages. Owns the scene of the open
 * document.
 */
class StrategyMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StrategyMapPanel(QWidget *parent = nullptr);
    ~StrategyMapPanel() override;

    /** Shows the map of @p doc (nullptr: none). Call with nullptr before @p doc goes away. */
    void setDocument(ScorecardDocument *doc);
    StrategyMapScene *scene() const { return m_scene.get(); }
    StrategyMapView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    /**
     * File > Export Map after its dialogs: writes the map as on screen to
     * @p path in @p format with the title, theme, scale, background and page
     * chosen in @p choices.
     */
    Result<void> exportMapTo(const QString &path, mapexport::Format format,
                             const MapExportDialog &choices);
    /** Copy Map: the map as on screen, at twice its size, to the clipboard. */
    void copyMap();
    /** Edit > Arrange: auto-layout, align and distribute (also on the map's tool bar). */
    QMenu *arrangeMenu() const { return m_arrange; }
    /** "Colour Links by Evidence": checkable, on the map's tool bar (and the View menu). */
    QAction *evidenceAction() const { return m_evidence; }
    /** Shows or hides the mini-map (checkable; the choice is kept in the settings). */
    QAction *miniMapAction() const { return m_miniMapAction; }
    /** View > Print Colours on Screen: the board-deck theme in the window. */
    QAction *printThemeAction() const { return m_printTheme; }
    /** The theme the map is drawn in on screen: print, or the one that fits the palette. */
    MapTheme::Kind screenTheme() const;
    MiniMapWidget *miniMap() const { return m_miniMap; }
    /** The filter: all objectives, one pillar's, one department's, or those connected to one. */
    QComboBox *filterCombo() const { return m_filter; }
    /** The date the map scores at (its own date field, or the main window's). */
    void setAsOf(QDate date);
    QDate asOf() const;
    /** Hides the panel's own as-of field when the main window has one. */
    void setAsOfControlVisible(bool visible);
    /**
     * Editing on the map on or off (presentation mode): no handles, no
     * dragging, no in-place renaming. Kept for the next document. A read-only
     * document never edits.
     */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void autoLayout();
    /** Fills the filter combo from the document, keeping the current choice if it still exists. */
    void updateFilterChoices();
    void applyFilter();
    void exportMap();
    void showMessage(const QString &message);
    void updateActions();
    void applyScreenTheme();

    ScorecardDocument *m_doc = nullptr;
    std::unique_ptr<StrategyMapScene> m_scene;
    StrategyMapView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDateEdit *m_asOf = nullptr;
    QList<QAction *> m_asOfActions;
    QLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
    QAction *m_autoLayout = nullptr;
    QAction *m_alignAction = nullptr;
    QList<QAction *> m_alignActions; ///< six alignments, then distribute
    QMenu *m_arrange = nullptr;
    QComboBox *m_filter = nullptr;
    QString m_filterKey; ///< the applied filter's combo data
    MiniMapWidget *m_miniMap = nullptr;
    QAction *m_miniMapAction = nullptr;
    QAction *m_printTheme = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_evidence = nullptr;
    bool m_fitPending = false;
    bool m_editable = true;
};

} // namespace scorecard
