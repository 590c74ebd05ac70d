// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QPointF>

#include <optional>

namespace scorecard {

/** A strategic objective: a card on the strategy map. */
struct Objective
{
    ObjectiveId id;
    QString name;
    PerspectiveId perspective;
    PillarId pillar;
    DepartmentId department;
    ObjectiveId parent; ///< the objective this one supports (cascading scorecards)
    QString owner;
    QString description;
    double weight = 1;
    std::optional<QPointF> position; ///< map position; none until laid out
    qint64 seq = 0;
    friend bool operator==(const Objective &, const Objective &) = default;
};

} // namespace scorecard
