// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

class QPainter;
class QRectF;

namespace scorecard {

struct MapTheme;

/**
 * Paints the status sign of the map into @p rect (a square): a shape and a
 * symbol per status, so the status reads without colour too (greyscale
 * print, colour-blind readers): green circle with a check mark, amber
 * triangle with an exclamation mark, red octagon with a cross, hollow
 * circle with a dash for no data, and a clock for stale data.
 */
void paintStatusIcon(QPainter *painter, const QRectF &rect, scoring::Status status,
                     const MapTheme &theme);

} // namespace scorecard
