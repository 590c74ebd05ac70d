// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/connecthandleitem.h"

#include "strategymap/maptheme.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPainter>

namespace scorecard {

ConnectHandleItem::ConnectHandleItem(const MapTheme *theme, QGraphicsItem *card)
    : QGraphicsItem(card), m_theme(theme)
{
    setCursor(Qt::CrossCursor);
    setToolTip(QCoreApplication::translate("scorecard::StrategyMap",
                                           "Drag to an objective this one drives"));
    setAcceptedMouseButtons(Qt::LeftButton);
}

QRectF ConnectHandleItem::boundingRect() const
{
    return QRectF(-kRadius - 1, -kRadius - 1, 2 * kRadius + 2, 2 * kRadius + 2);
}

QPainterPath ConnectHandleItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), kRadius + 2, kRadius + 2);
    return path;
}

void ConnectHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(m_theme->accent);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    // A small arrow: this is where links start.
    painter->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(QPointF(-3.5, 0), QPointF(3.5, 0));
    painter->drawLine(QPointF(0.5, -3), QPointF(3.5, 0));
    painter->drawLine(QPointF(0.5, 3), QPointF(3.5, 0));
}

} // namespace scorecard
