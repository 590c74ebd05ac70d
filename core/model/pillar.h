// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

namespace scorecard {

/** A strategic pillar (theme) that objectives across perspectives serve. */
struct Pillar
{
    PillarId id;
    QString name;
    QString description;
    QString color;
    qint64 seq = 0; ///< creation order; kept across undo
    friend bool operator==(const Pillar &, const Pillar &) = default;
};

} // namespace scorecard
