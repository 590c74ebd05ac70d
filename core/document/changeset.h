// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <optional>
#include <variant>
#include <vector>

namespace scorecard {

/** Any one row-level value the document stores. */
using EntityValue = std::variant<ScorecardInfo, Perspective, Pillar, Department, Objective, Link,
                                 Kpi, Okr, Initiative, MeasurementRecord, DataSource>;

/**
 * One row-level change, with the values before and after, so that it can be
 * applied in either direction. Commands are built from these.
 */
struct Change
{
    enum class Op { Insert, Update, Remove };
    Op op = Op::Update;
    std::optional<EntityValue> before; ///< Update and Remove
    std::optional<EntityValue> after;  ///< Insert and Update

    static Change insert(EntityValue v) { return {Op::Insert, std::nullopt, std::move(v)}; }
    static Change remove(EntityValue v) { return {Op::Remove, std::move(v), std::nullopt}; }
    static Change update(EntityValue from, EntityValue to)
    {
        return {Op::Update, std::move(from), std::move(to)};
    }
    Change inverse() const;
};

/** Changes applied together in one transaction, in order. */
using ChangeSet = std::vector<Change>;

/** The change set that undoes @p set (inverses in reverse order). */
ChangeSet inverse(const ChangeSet &set);

/**
 * One measurement's change in compact form: bulk edits (an import, a data
 * refresh) hold a million of these, so they do without the EntityValue
 * variant (about 100 bytes instead of 700). Applied in one transaction like
 * a ChangeSet (ScorecardDocument::apply).
 */
struct MeasurementChange
{
    KpiId kpi;
    Period period;
    bool hadBefore = false; ///< false: an insert
    bool hasAfter = true;   ///< false: a removal
    double before = 0;
    double after = 0;
    QString beforeNote;
    QString afterNote;
    friend bool operator==(const MeasurementChange &, const MeasurementChange &) = default;
};

using MeasurementChangeSet = std::vector<MeasurementChange>;

EntityKind kindOf(const EntityValue &value);
/** The key of the value: its id, or "from\x1fto" for a link, "kpi\x1fperiod" for a measurement. */
QString keyOf(const EntityValue &value);

} // namespace scorecard
