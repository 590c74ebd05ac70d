// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

#include <vector>

namespace scorecard {

struct MapTheme;

/**
 * The legend under the map: every status with its sign, what the badges
 * count, and how to read an arrow. Wraps into rows to fit a given width.
 */
class MapLegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    explicit MapLegendItem(const MapTheme *theme);
    int type() const override { return Type; }

    /** Lays the entries out in rows no wider than @p width; returns the height. */
    double layoutFor(double width);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class Sign { Status, Badge, Arrow };
    struct Entry
    {
        Sign sign;
        int status = 0;
        QString badge;
        QString text;
        QRectF rect; ///< the whole entry, laid out
    };
    const MapTheme *m_theme;
    std::vector<Entry> m_entries;
    QRectF m_bounds;
};

} // namespace scorecard
