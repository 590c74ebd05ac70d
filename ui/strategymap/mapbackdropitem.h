// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

#include <vector>

namespace scorecard {

struct MapTheme;

/**
 * Everything behind the cards: the title, the perspective lanes with their
 * labels on the left, the pillar columns with their headers on top. One
 * item, drawn below everything else; the scene computes its frame.
 */
class MapBackdropItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    struct Lane
    {
        QRectF rect;      ///< the lane across the whole grid
        QRectF labelRect; ///< the label area on the left
        QStringList lines;
        QColor color;
    };
    struct Column
    {
        QRectF rect;   ///< the column across all lanes
        QRectF header; ///< its header above the lanes
        QStringList lines;
        QColor color;
        bool noPillar = false;
    };
    struct Frame
    {
        QRectF bounds;
        QStringList titleLines;
        QString subtitle;
        QPointF titlePos;
        std::vector<Lane> lanes;
        std::vector<Column> columns;
        bool showColumnHeaders = true;
    };

    explicit MapBackdropItem(const MapTheme *theme);
    int type() const override { return Type; }

    void setFrame(Frame frame);
    const Frame &frame() const { return m_frame; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const MapTheme *m_theme;
    Frame m_frame;
};

} // namespace scorecard
