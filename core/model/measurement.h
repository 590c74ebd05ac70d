// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/period.h"

namespace scorecard {

/** One value of a KPI for one period. */
struct Measurement
{
    Period period;
    double value = 0;
    QString note;
    friend bool operator==(const Measurement &, const Measurement &) = default;
};

/** A measurement together with the KPI it belongs to (a change-set entry). */
struct MeasurementRecord
{
    KpiId kpi;
    Measurement measurement;
    QString key() const { return kpi.value + QChar(0x1f) + measurement.period.toString(); }
    friend bool operator==(const MeasurementRecord &, const MeasurementRecord &) = default;
};

} // namespace scorecard
