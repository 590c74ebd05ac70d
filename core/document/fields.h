// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QFlags>

namespace scorecard {

/** Which fields of an entity a change touched (carried by entityChanged). */
enum class Field : quint32 {
    Name = 1u << 0, ///< name or title
    Description = 1u << 1,
    Color = 1u << 2,
    Order = 1u << 3,       ///< perspective position
    MapPosition = 1u << 4, ///< an objective's place on the map
    Parent = 1u << 5,
    Perspective = 1u << 6,
    Pillar = 1u << 7,
    Department = 1u << 8,
    Owner = 1u << 9,
    Weight = 1u << 10,
    Objective = 1u << 11, ///< the objective a KPI / OKR belongs to
    Unit = 1u << 12,
    Scoring = 1u << 13, ///< direction, baseline, target, range, method, red flag, goal
    Bands = 1u << 14,
    Frequency = 1u << 15,
    Dates = 1u << 16,
    Money = 1u << 17, ///< budget, spent; the scorecard's currency
    Progress = 1u << 18,
    Status = 1u << 19,
    Children = 1u << 20, ///< key results, contributions, milestones
    Note = 1u << 21,
    Value = 1u << 22, ///< a measurement's value
    Source = 1u << 23, ///< a data source's kind, location, mapping or KPI filter
};
Q_DECLARE_FLAGS(Fields, Field)
Q_DECLARE_OPERATORS_FOR_FLAGS(Fields)

Fields changedFields(const ScorecardInfo &a, const ScorecardInfo &b);
Fields changedFields(const Perspective &a, const Perspective &b);
Fields changedFields(const Pillar &a, const Pillar &b);
Fields changedFields(const Department &a, const Department &b);
Fields changedFields(const Objective &a, const Objective &b);
Fields changedFields(const Link &a, const Link &b);
Fields changedFields(const Kpi &a, const Kpi &b);
Fields changedFields(const Okr &a, const Okr &b);
Fields changedFields(const Initiative &a, const Initiative &b);
Fields changedFields(const MeasurementRecord &a, const MeasurementRecord &b);
/** Status: the last refresh or its error. */
Fields changedFields(const DataSource &a, const DataSource &b);

} // namespace scorecard
