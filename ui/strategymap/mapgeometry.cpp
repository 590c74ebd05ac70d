// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/mapgeometry.h"

#include <algorithm>

namespace scorecard {

namespace {

/** The index of the band of @p edges (ascending) that holds @p v, clamped; -1 if none. */
int bandAt(const std::vector<double> &edges, double v)
{
    if (edges.size() < 2)
        return -1;
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    const int index = int(it - edges.begin()) - 1;
    return std::clamp(index, 0, int(edges.size()) - 2);
}

} // namespace

QRectF MapGeometry::gridRect() const
{
    if (columnX.size() < 2 || laneY.size() < 2)
        return {};
    return QRectF(QPointF(columnX.front(), laneY.front()), QPointF(columnX.back(), laneY.back()));
}

QRectF MapGeometry::laneRect(int lane) const
{
    if (lane < 0 || lane >= laneCount() || columnX.size() < 2)
        return {};
    return QRectF(QPointF(columnX.front(), laneY[size_t(lane)]),
                  QPointF(columnX.back(), laneY[size_t(lane) + 1]));
}

QRectF MapGeometry::columnRect(int column) const
{
    if (column < 0 || column >= columnCount() || laneY.size() < 2)
        return {};
    return QRectF(QPointF(columnX[size_t(column)], laneY.front()),
                  QPointF(columnX[size_t(column) + 1], laneY.back()));
}

int MapGeometry::laneAt(double y) const
{
    return bandAt(laneY, y);
}

int MapGeometry::columnAt(double x) const
{
    return bandAt(columnX, x);
}

QPointF MapGeometry::cellOrigin(int lane, int column) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= columnCount())
        return {};
    const double top = size_t(lane) < laneTopPadding.size() ? laneTopPadding[size_t(lane)] : 0.0;
    return QPointF(columnX[size_t(column)] + cellPaddingX, laneY[size_t(lane)] + top);
}

} // namespace scorecard
