// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/minimapwidget.h"

#include "strategymap/strategymapview.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <cmath>

namespace scorecard {

namespace {
constexpr int kMargin = 4;  // between the frame and the picture
constexpr int kOffset = 10; // between the mini-map and the viewport's corner
} // namespace

MiniMapWidget::MiniMapWidget(QGraphicsView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("miniMap"));
    setAccessibleName(tr("Map overview"));
    setAccessibleDescription(
        tr("The whole strategy map; the outlined part is in view. Click to move there."));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &MiniMapWidget::refresh);
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, &MiniMapWidget::updatePlacement);
        connect(bar, &QScrollBar::rangeChanged, this, &MiniMapWidget::updatePlacement);
    }
    if (auto *mapView = qobject_cast<StrategyMapView *>(view))
        connect(mapView, &StrategyMapView::zoomChanged, this, &MiniMapWidget::updatePlacement);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    hide();
    attachScene();
}

void MiniMapWidget::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
    updatePlacement();
}

void MiniMapWidget::attachScene()
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = m_view->scene();
    m_picture = QPixmap();
    if (m_scene) {
        // A moment after the first change (not after the last: a long drag still updates).
        auto later = [this] {
            if (!m_refresh->isActive())
                m_refresh->start();
        };
        connect(m_scene, &QGraphicsScene::changed, this, later);
        connect(m_scene, &QGraphicsScene::sceneRectChanged, this, [this, later] {
            updatePlacement();
            later();
        });
    }
    updatePlacement();
    if (isVisible())
        refresh();
}

bool MiniMapWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_view || watched == m_view->viewport()))
        QTimer::singleShot(0, this, &MiniMapWidget::updatePlacement);
    return QWidget::eventFilter(watched, event);
}

void MiniMapWidget::updatePlacement()
{
    const QRectF sceneRect = m_scene ? m_scene->sceneRect() : QRectF();
    const QRect port = m_view->viewport()->geometry();
    bool wanted = m_active && m_scene && sceneRect.width() > 1 && sceneRect.height() > 1;
    if (wanted) {
        // Hidden while the whole map is in view: there is nothing to navigate to.
        const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        wanted = !shown.adjusted(-2, -2, 2, 2).contains(sceneRect);
    }
    if (wanted) {
        const double scale =
            std::min(kMaxWidth / sceneRect.width(), kMaxHeight / sceneRect.height());
        const QSize size(int(std::floor(sceneRect.width() * scale)) + 2 * kMargin,
                         int(std::floor(sceneRect.height() * scale)) + 2 * kMargin);
        // Too small a window has no room for an overview.
        wanted = port.width() > 2 * size.width() && port.height() > 2 * size.height();
        if (wanted) {
            if (size != this->size()) {
                resize(size);
                m_picture = QPixmap();
            }
            move(port.right() - size.width() - kOffset, port.bottom() - size.height() - kOffset);
        }
    }
    if (wanted != isVisible()) {
        setVisible(wanted);
        if (wanted) {
            raise();
            if (m_picture.isNull() || m_pictureRect != sceneRect)
                refresh();
        }
    }
    update();
}

QRectF MiniMapWidget::mapArea() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

void MiniMapWidget::refresh()
{
    m_refresh->stop();
    if (!m_scene || !isVisible()) {
        if (!m_scene)
            m_picture = QPixmap();
        m_stale = true;
        return; // drawn when it is shown
    }
    const QRectF area = mapArea();
    const double ratio = devicePixelRatioF();
    QPixmap picture((area.size() * ratio).toSize());
    if (picture.isNull())
        return;
    picture.setDevicePixelRatio(ratio);
    picture.fill(Qt::white);
    m_pictureRect = m_scene->sceneRect();
    {
        QPainter painter(&picture);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(QPointF(0, 0), area.size()), m_pictureRect,
                        Qt::IgnoreAspectRatio);
    }
    m_picture = picture;
    m_stale = false;
    ++m_renders;
    update();
}

QRectF MiniMapWidget::visibleRect() const
{
    if (!m_scene || m_pictureRect.isEmpty())
        return {};
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF area = mapArea();
    const double sx = area.width() / m_pictureRect.width();
    const double sy = area.height() / m_pictureRect.height();
    const QRectF r(area.left() + (shown.left() - m_pictureRect.left()) * sx,
                   area.top() + (shown.top() - m_pictureRect.top()) * sy, shown.width() * sx,
                   shown.height() * sy);
    return r.intersected(area);
}

QPointF MiniMapWidget::toScene(const QPointF &point) const
{
    const QRectF area = mapArea();
    const QRectF source = m_pictureRect.isEmpty() && m_scene ? m_scene->sceneRect() : m_pictureRect;
    if (area.isEmpty() || source.isEmpty())
        return {};
    return QPointF(source.left() + (point.x() - area.left()) / area.width() * source.width(),
                   source.top() + (point.y() - area.top()) / area.height() * source.height());
}

void MiniMapWidget::centerViewAt(const QPointF &point)
{
    if (m_scene)
        m_view->centerOn(toScene(point));
}

void MiniMapWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Also when the map's tab comes back: the scene may have changed meanwhile.
    if (m_stale || m_picture.isNull())
        QTimer::singleShot(0, this, &MiniMapWidget::refresh);
}

void MiniMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(QColor(0x60, 0x66, 0x70), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(frame, 3, 3);
    const QRectF area = mapArea();
    if (!m_picture.isNull())
        painter.drawPixmap(area.topLeft(), m_picture);
    const QRectF shown = visibleRect();
    if (!shown.isEmpty()) {
        painter.setPen(QPen(QColor(0x1a, 0x5f, 0xb4), 1.5));
        painter.setBrush(QColor(0x1a, 0x5f, 0xb4, 40));
        painter.drawRect(shown.adjusted(0.75, 0.75, -0.75, -0.75));
    }
}

void MiniMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragging = true;
    centerViewAt(event->position());
    event->accept();
}

void MiniMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        centerViewAt(event->position());
    event->accept();
}

void MiniMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

} // namespace scorecard
