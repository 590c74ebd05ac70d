// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QDateEdit;
class QLabel;
class QTimer;
class QToolBar;

namespace scorecard {

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
    /** "Colour Links by Evidence": checkable, on the map's tool bar (and the View menu). */
    QAction *evidenceAction() const { return m_evidence; }
    /** The date the map scores at (its own date field, or the main window's). */
    void setAsOf(QDate date);
    QDate asOf() const;
    /** Hides the panel's own as-of field when the main window has one. */
    void setAsOfControlVisible(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void autoLayout();
    void showConnected(bool on);
    void exportMap();
    void copyMap();
    void showMessage(const QString &message);
    void updateActions();

    ScorecardDocument *m_doc = nullptr;
    std::unique_ptr<StrategyMapScene> m_scene;
    StrategyMapView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDateEdit *m_asOf = nullptr;
    QList<QAction *> m_asOfActions;
    QLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
    QAction *m_autoLayout = nullptr;
    QAction *m_connected = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_evidence = nullptr;
    bool m_fitPending = false;
};

} // namespace scorecard
