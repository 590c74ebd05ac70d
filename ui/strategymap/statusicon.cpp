// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/statusicon.h"

#include "strategymap/maptheme.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace scorecard {

void paintStatusIcon(QPainter *painter, const QRectF &rect, scoring::Status status,
                     const MapTheme &theme)
{
    painter->save();
    const QColor color = theme.statusColor(status);
    const double s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center() - QPointF(s / 2, s / 2), QSizeF(s, s));
    const QPointF c = box.center();
    auto at = [&](double fx, double fy) {
        return QPointF(box.left() + fx * s, box.top() + fy * s);
    };
    QPen symbol(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (status) {
    case scoring::Status::Green: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box);
        painter->setPen(symbol);
        painter->setBrush(Qt::NoBrush);
        const QPointF check[] = {at(0.27, 0.52), at(0.43, 0.68), at(0.74, 0.35)};
        painter->drawPolyline(check, 3);
        break;
    }
    case scoring::Status::Amber: {
        QPainterPath triangle;
        triangle.moveTo(at(0.5, 0.04));
        triangle.lineTo(at(0.98, 0.92));
        triangle.lineTo(at(0.02, 0.92));
        triangle.closeSubpath();
        painter->setPen(QPen(color, s * 0.06, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPath(triangle);
        symbol.setColor(QColor(0x1d, 0x1d, 0x1d));
        painter->setPen(symbol);
        painter->drawLine(at(0.5, 0.36), at(0.5, 0.62));
        painter->setPen(Qt::NoPen);
        painter->setBrush(symbol.color());
        painter->drawEllipse(at(0.5, 0.78), s * 0.07, s * 0.07);
        break;
    }
    case scoring::Status::Red: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * std::numbers::pi / 180.0;
            octagon << c + QPointF(std::cos(a), std::sin(a)) * (s / 2);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(octagon);
        painter->setPen(symbol);
        painter->drawLine(at(0.32, 0.32), at(0.68, 0.68));
        painter->drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    }
    case scoring::Status::NoData: {
        painter->setPen(QPen(color, s * 0.1));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        symbol.setColor(color);
        painter->setPen(symbol);
        painter->drawLine(at(0.32, 0.5), at(0.68, 0.5));
        break;
    }
    case scoring::Status::Stale: {
        painter->setPen(QPen(color, s * 0.1));
        painter->setBrush(Qt::white);
        painter->drawEllipse(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        symbol.setColor(color);
        symbol.setWidthF(s * 0.1);
        painter->setPen(symbol);
        painter->drawLine(c, at(0.5, 0.24));
        painter->drawLine(c, at(0.7, 0.6));
        break;
    }
    }
    painter->restore();
}

} // namespace scorecard
