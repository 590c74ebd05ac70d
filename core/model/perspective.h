// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

namespace scorecard {

/** A Balanced Scorecard perspective (a lane of the strategy map). */
struct Perspective
{
    PerspectiveId id;
    QString name;
    QString color;    ///< "#rrggbb" or empty for the theme's default
    int position = 0; ///< 0 is the top lane
    friend bool operator==(const Perspective &, const Perspective &) = default;
};

} // namespace scorecard
