// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace scorecard {

/**
 * Where the lanes and pillar columns of a laid-out map are, in scene
 * coordinates. Columns are as wide and lanes as tall as their cards need
 * (never less than the theme's minimum); an objective's stored position is
 * relative to the inner top-left corner of its cell (cellOrigin()).
 */
struct MapGeometry
{
    /** Left edges of the columns, then the right edge of the last one. */
    std::vector<double> columnX;
    /** Top edges of the lanes, then the bottom edge of the last one. */
    std::vector<double> laneY;
    /** Inner padding of a cell on the left. */
    double cellPaddingX = 0;
    /** Inner padding of each lane's cells on top (room for the links above the cards). */
    std::vector<double> laneTopPadding;

    int laneCount() const { return laneY.empty() ? 0 : int(laneY.size()) - 1; }
    int columnCount() const { return columnX.empty() ? 0 : int(columnX.size()) - 1; }
    QRectF gridRect() const;
    QRectF laneRect(int lane) const;
    QRectF columnRect(int column) const;
    /** The lane at height @p y, clamped to the first or last lane; -1 without lanes. */
    int laneAt(double y) const;
    /** The column at @p x, clamped to the first or last column; -1 without columns. */
    int columnAt(double x) const;
    QPointF cellOrigin(int lane, int column) const;
};

} // namespace scorecard
