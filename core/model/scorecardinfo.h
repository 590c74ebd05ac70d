// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bands.h"

#include <QString>

namespace scorecard {

/** The scorecard's own name, description and settings (one per file). */
struct ScorecardInfo
{
    QString name;
    QString description;
    Bands bands;
    QString currency;
    friend bool operator==(const ScorecardInfo &, const ScorecardInfo &) = default;
};

} // namespace scorecard
