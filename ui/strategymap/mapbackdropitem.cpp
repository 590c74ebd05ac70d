// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/mapbackdropitem.h"

#include "strategymap/maptext.h"
#include "strategymap/maptheme.h"

#include <QPainter>

namespace scorecard {

MapBackdropItem::MapBackdropItem(const MapTheme *theme) : m_theme(theme)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
}

void MapBackdropItem::setFrame(Frame frame)
{
    prepareGeometryChange();
    m_frame = std::move(frame);
    update();
}

QRectF MapBackdropItem::boundingRect() const
{
    return m_frame.bounds;
}

void MapBackdropItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapTheme &t = *m_theme;
    painter->setRenderHint(QPainter::Antialiasing);

    // Lanes: a tint of the perspective's colour, separated by lines.
    for (const Lane &lane : m_frame.lanes) {
        if (t.laneTint > 0) {
            QColor tint = lane.color;
            tint.setAlphaF(float(t.laneTint));
            painter->fillRect(lane.rect.united(lane.labelRect), tint);
        }
    }
    // Pillar columns: a tint across the lanes and a header on top.
    for (const Column &column : m_frame.columns) {
        if (t.pillarTint > 0 && !column.noPillar) {
            QColor tint = column.color;
            tint.setAlphaF(float(t.pillarTint));
            painter->fillRect(column.rect, tint);
        }
    }
    painter->setPen(QPen(t.laneSeparator, 1));
    for (size_t i = 0; i < m_frame.lanes.size(); ++i) {
        const Lane &lane = m_frame.lanes[i];
        const QRectF all = lane.rect.united(lane.labelRect);
        if (i == 0)
            painter->drawLine(all.topLeft(), all.topRight());
        painter->drawLine(all.bottomLeft(), all.bottomRight());
    }
    if (m_frame.columns.size() > 1) {
        QPen dashed(t.laneSeparator, 1, Qt::DashLine);
        painter->setPen(dashed);
        for (size_t c = 1; c < m_frame.columns.size(); ++c) {
            const QRectF r = m_frame.columns[c].rect;
            painter->drawLine(r.topLeft(), r.bottomLeft());
        }
    }

    // Lane labels: a bar in the perspective's colour and the wrapped name.
    const QFont laneFont = t.font(t.laneLabelSize, true);
    const double laneLine = maptext::lineHeight(laneFont);
    for (const Lane &lane : m_frame.lanes) {
        const QRectF bar(lane.labelRect.left(), lane.labelRect.top() + 8, 6,
                         lane.labelRect.height() - 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lane.color);
        painter->drawRoundedRect(bar, 3, 3);
        const double textHeight = laneLine * lane.lines.size();
        painter->setPen(t.laneLabelColor(lane.color));
        maptext::drawLines(painter,
                           QPointF(bar.right() + 10, lane.labelRect.center().y() - textHeight / 2),
                           lane.lines, laneFont, laneLine);
    }

    if (m_frame.showColumnHeaders) {
        const QFont headerFont = t.font(t.pillarLabelSize, true);
        const double headerLine = maptext::lineHeight(headerFont);
        for (const Column &column : m_frame.columns) {
            const QRectF box = column.header.adjusted(6, 4, -6, -6);
            if (column.noPillar) {
                painter->setPen(QPen(t.laneSeparator, 1, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
            } else if (t.kind == MapTheme::Kind::Print) {
                painter->setPen(QPen(column.color.darker(130), 1.6));
                painter->setBrush(Qt::white);
            } else {
                QColor fill = column.color;
                fill.setAlphaF(0.2f);
                painter->setPen(QPen(column.color, 1.2));
                painter->setBrush(fill);
            }
            painter->drawRoundedRect(box, 6, 6);
            painter->setPen(column.noPillar ? t.mutedText : t.text);
            const double textHeight = headerLine * column.lines.size();
            maptext::drawLines(painter, QPointF(box.left(), box.center().y() - textHeight / 2),
                               column.lines, headerFont, headerLine, Qt::AlignHCenter, box.width());
        }
    }

    if (!m_frame.titleLines.isEmpty()) {
        const QFont titleFont = t.font(t.titleSize, true);
        painter->setPen(t.text);
        maptext::drawLines(painter, m_frame.titlePos, m_frame.titleLines, titleFont,
                           maptext::lineHeight(titleFont));
    }
    if (!m_frame.subtitle.isEmpty()) {
        const QFont titleFont = t.font(t.titleSize, true);
        const QFont subFont = t.font(t.subtitleSize);
        painter->setPen(t.mutedText);
        maptext::drawLines(painter,
                           m_frame.titlePos + QPointF(0, maptext::lineHeight(titleFont) *
                                                                 std::max<qsizetype>(
                                                                     1, m_frame.titleLines.size()) +
                                                             2),
                           {m_frame.subtitle}, subFont, maptext::lineHeight(subFont));
    }
}

} // namespace scorecard
