// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/linkitem.h"

#include "strategymap/maptheme.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace scorecard {

LinkItem::LinkItem(const Link &link, const MapTheme *theme)
    : m_from(link.from), m_to(link.to), m_theme(theme)
{
    setFlag(ItemIsSelectable);
    setZValue(5); // above lanes, below cards
}

void LinkItem::setRoute(const QPainterPath &line, const QPointF &tip, const QPointF &direction)
{
    prepareGeometryChange();
    m_line = line;
    m_tip = tip;
    const QPointF back = tip - direction * kArrowLength;
    const QPointF across(-direction.y() * kArrowWidth / 2, direction.x() * kArrowWidth / 2);
    m_head = QPolygonF({tip, back + across, back - across});
    m_bounds = (m_line.boundingRect() | m_head.boundingRect()).adjusted(-4, -4, 4, 4);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_line);
    m_shape.addPolygon(m_head);
    update();
}

void LinkItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.25 : 1.0);
    setZValue(emphasis == Emphasis::Related ? 6 : 5);
    update();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapTheme &t = *m_theme;
    QColor color = t.link;
    double width = t.linkWidth;
    if (isSelected()) {
        color = t.accent;
        width = t.linkWidth + 1.6;
    } else if (m_emphasis == Emphasis::Related) {
        color = t.accent;
        width = t.linkWidth + 1;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_line);
    painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace scorecard
