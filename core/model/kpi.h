// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bands.h"
#include "model/enums.h"
#include "model/ids.h"
#include "model/measurement.h"

#include <optional>
#include <vector>

namespace scorecard {

/** A key performance indicator with its measurement history (sorted by period). */
struct Kpi
{
    KpiId id;
    QString name;
    ObjectiveId objective; ///< may be null: an unaligned KPI
    QString unit;
    Direction direction = Direction::Increase;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> rangeLow;
    std::optional<double> rangeHigh;
    ScoringMethod scoring = ScoringMethod::Linear;
    std::optional<double> redFlag;
    std::optional<double> goal;
    std::optional<Bands> bands; ///< none: the scorecard's bands apply
    Frequency frequency = Frequency::Monthly;
    double weight = 1;
    QString owner;
    DepartmentId department;
    std::vector<Measurement> measurements;
    qint64 seq = 0;
    friend bool operator==(const Kpi &, const Kpi &) = default;
};

} // namespace scorecard
