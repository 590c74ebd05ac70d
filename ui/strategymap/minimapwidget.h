// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QTimer;

namespace scorecard {

/**
 * A small overview of a whole map in a corner of its view, with the part
 * the view shows outlined; a click or drag in it moves the view there.
 *
 * The picture of the scene is a cached pixmap, redrawn a moment after the
 * scene last changed (kRefreshDelayMs), never on every repaint. Shown only
 * when it is enabled and the view does not show the whole map anyway.
 */
class MiniMapWidget : public QWidget
{
    Q_OBJECT

public:
    /** Lies over the bottom-right corner of @p view's viewport. */
    explicit MiniMapWidget(QGraphicsView *view);

    /** Whether the user wants it (it still hides while the whole map is in view). */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /** Follows the view's current scene; call after QGraphicsView::setScene(). */
    void attachScene();

    /** The part of the scene the view shows, in the mini-map's coordinates. */
    QRectF visibleRect() const;
    /** The scene point under a point of the mini-map. */
    QPointF toScene(const QPointF &point) const;
    /** How often the scene's picture was drawn (for tests: the cache works). */
    int renderCount() const { return m_renders; }

    static constexpr int kMaxWidth = 240;
    static constexpr int kMaxHeight = 160;
    static constexpr int kRefreshDelayMs = 300;

public Q_SLOTS:
    /** Places, shows or hides the mini-map after the view scrolled, zoomed or resized. */
    void updatePlacement();
    /** Redraws the scene's picture now. */
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QRectF mapArea() const;
    void centerViewAt(const QPointF &point);

    QGraphicsView *m_view;
    QPointer<QGraphicsScene> m_scene;
    QTimer *m_refresh;
    QPixmap m_picture;
    QRectF m_pictureRect; ///< the scene rectangle m_picture shows
    bool m_active = true;
    bool m_dragging = false;
    bool m_stale = true; ///< the scene changed while the mini-map was not shown
    int m_renders = 0;
};

} // namespace scorecard
