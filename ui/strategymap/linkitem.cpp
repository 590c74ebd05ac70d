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

void LinkItem::setEvidence(std::optional<Evidence> evidence)
{
    if (evidence == m_evidence)
        return;
    m_evidence = evidence;
    update();
}

QColor LinkItem::evidenceColor(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Strong:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case Evidence::Weak:
        return QColor(0xc7, 0x7c, 0x02); // amber
    case Evidence::None:
        return QColor(0xc6, 0x28, 0x28); // red
    case Evidence::NotEnoughData:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98); // grey
}

Qt::PenStyle LinkItem::evidencePenStyle(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Strong:
        return Qt::SolidLine;
    case Evidence::Weak:
        return Qt::DashLine;
    case Evidence::None:
        return Qt::DashDotLine;
    case Evidence::NotEnoughData:
        break;
    }
    return Qt::DotLine;
}

double LinkItem::evidenceExtraWidth(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Strong:
        return 1.6;
    case Evidence::Weak:
    case Evidence::None: // an unsupported link must stand out as well
        return 0.8;
    case Evidence::NotEnoughData:
        break;
    }
    return 0;
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
    Qt::PenStyle style = Qt::SolidLine;
    if (m_evidence) {
        color = evidenceColor(*m_evidence);
        width += evidenceExtraWidth(*m_evidence);
        style = evidencePenStyle(*m_evidence);
    }
    if (isSelected()) {
        if (!m_evidence)
            color = t.accent;
        width += 1.6;
    } else if (m_emphasis == Emphasis::Related) {
        if (!m_evidence)
            color = t.accent;
        width += 1;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, style, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_line);
    painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace scorecard
