// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace scorecard {

/**
 * The view of a strategy map: the wheel zooms (around the mouse; with Shift
 * it scrolls), Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the map to the window,
 * Ctrl+1 shows it at 100 %; the middle button or Space + drag pans; a left
 * drag on empty space selects with a rubber band.
 */
class StrategyMapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StrategyMapView(QWidget *parent = nullptr);

    double zoom() const;
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void actualSize();
    void fitToWindow();

    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8.0;

Q_SIGNALS:
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomBy(double factor);
    bool editingText() const;

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
};

} // namespace scorecard
