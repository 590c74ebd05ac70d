// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace scorecard {

struct MapTheme;

/**
 * The small round handle on the top-right corner of an editable objective card:
 * dragging from it to another card draws a cause-and-effect link (the scene
 * handles the drag). A child of the card, shown on hover and selection.
 */
class ConnectHandleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr double kRadius = 8;

    ConnectHandleItem(const MapTheme *theme, QGraphicsItem *card);
    int type() const override { return Type; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const MapTheme *m_theme;
};

} // namespace scorecard
