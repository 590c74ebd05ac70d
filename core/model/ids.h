// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace scorecard {

/**
 * A typed, user-visible entity key (the "id" of the JSON format). Distinct
 * types keep an objective id from being passed where a KPI id is expected;
 * ids (never pointers) cross undo boundaries.
 */
template <typename Tag> struct TypedId
{
    QString value;

    TypedId() = default;
    explicit TypedId(QString v) : value(std::move(v)) {}

    bool isNull() const { return value.isEmpty(); }
    friend bool operator==(const TypedId &a, const TypedId &b) = default;
    friend bool operator<(const TypedId &a, const TypedId &b) { return a.value < b.value; }
    friend size_t qHash(const TypedId &id, size_t seed = 0) { return qHash(id.value, seed); }
};

using PerspectiveId = TypedId<struct PerspectiveTag>;
using PillarId = TypedId<struct PillarTag>;
using DepartmentId = TypedId<struct DepartmentTag>;
using ObjectiveId = TypedId<struct ObjectiveTag>;
using KpiId = TypedId<struct KpiTag>;
using OkrId = TypedId<struct OkrTag>;
using KeyResultId = TypedId<struct KeyResultTag>;
using InitiativeId = TypedId<struct InitiativeTag>;
using DataSourceId = TypedId<struct DataSourceTag>;

/** Every kind of entity the document holds; used in change signals. */
enum class EntityKind {
    Scorecard,
    Perspective,
    Pillar,
    Department,
    Objective,
    Link,
    Kpi,
    Okr,
    Initiative,
    Measurement,
    DataSource,
};

} // namespace scorecard
