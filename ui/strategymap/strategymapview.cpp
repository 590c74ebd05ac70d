// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/strategymapview.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace scorecard {

namespace {
constexpr double kStep = 1.2;
} // namespace

StrategyMapView::StrategyMapView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Strategy map"));
}

double StrategyMapView::zoom() const
{
    return transform().m11();
}

void StrategyMapView::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void StrategyMapView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void StrategyMapView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(kStep);
    setTransformationAnchor(anchor);
}

void StrategyMapView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / kStep);
    setTransformationAnchor(anchor);
}

void StrategyMapView::actualSize()
{
    setZoom(1.0);
}

void StrategyMapView::fitToWindow()
{
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    // The room without scroll bars: a fitted map needs none.
    const QSize room = maximumViewportSize();
    if (rect.isEmpty() || room.width() < 10 || room.height() < 10)
        return;
    const double factor =
        std::min((room.width() - 8) / rect.width(), (room.height() - 8) / rect.height());
    setZoom(std::min(factor, 1.5)); // a small map is not blown up beyond readability
    centerOn(rect.center());
}

bool StrategyMapView::editingText() const
{
    const QGraphicsItem *focus = scene() ? scene()->focusItem() : nullptr;
    return focus && focus->isWidget() == false &&
           (focus->flags() & QGraphicsItem::ItemAcceptsInputMethod);
}

void StrategyMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(kStep, steps));
    event->accept();
}

void StrategyMapView::keyPressEvent(QKeyEvent *event)
{
    if (!editingText()) {
        if (event->modifiers() & Qt::ControlModifier) {
            switch (event->key()) {
            case Qt::Key_Plus:
            case Qt::Key_Equal:
                zoomIn();
                return;
            case Qt::Key_Minus:
                zoomOut();
                return;
            case Qt::Key_0:
                fitToWindow();
                return;
            case Qt::Key_1:
                actualSize();
                return;
            default:
                break;
            }
        }
        if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
            m_spaceHeld = true;
            setDragMode(QGraphicsView::ScrollHandDrag);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void StrategyMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void StrategyMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void StrategyMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void StrategyMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace scorecard
