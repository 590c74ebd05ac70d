// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/fields.h"

namespace scorecard {
namespace {

/** Adds @p f to @p out when the two values differ. */
template <typename V> void mark(Fields &out, Field f, const V &a, const V &b)
{
    if (!(a == b))
        out |= f;
}

} // namespace

Fields changedFields(const ScorecardInfo &a, const ScorecardInfo &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Description, a.description, b.description);
    mark(f, Field::Bands, a.bands, b.bands);
    mark(f, Field::Money, a.currency, b.currency);
    return f;
}

Fields changedFields(const Perspective &a, const Perspective &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Color, a.color, b.color);
    mark(f, Field::Order, a.position, b.position);
    return f;
}

Fields changedFields(const Pillar &a, const Pillar &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Description, a.description, b.description);
    mark(f, Field::Color, a.color, b.color);
    return f;
}

Fields changedFields(const Department &a, const Department &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Parent, a.parent, b.parent);
    return f;
}

Fields changedFields(const Objective &a, const Objective &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Perspective, a.perspective, b.perspective);
    mark(f, Field::Pillar, a.pillar, b.pillar);
    mark(f, Field::Department, a.department, b.department);
    mark(f, Field::Parent, a.parent, b.parent);
    mark(f, Field::Owner, a.owner, b.owner);
    mark(f, Field::Description, a.description, b.description);
    mark(f, Field::Weight, a.weight, b.weight);
    mark(f, Field::MapPosition, a.position, b.position);
    return f;
}

Fields changedFields(const Link &a, const Link &b)
{
    Fields f;
    mark(f, Field::Note, a.note, b.note);
    return f;
}

Fields changedFields(const Kpi &a, const Kpi &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Objective, a.objective, b.objective);
    mark(f, Field::Unit, a.unit, b.unit);
    mark(f, Field::Scoring, a.direction, b.direction);
    mark(f, Field::Scoring, a.baseline, b.baseline);
    mark(f, Field::Scoring, a.target, b.target);
    mark(f, Field::Scoring, a.rangeLow, b.rangeLow);
    mark(f, Field::Scoring, a.rangeHigh, b.rangeHigh);
    mark(f, Field::Scoring, a.scoring, b.scoring);
    mark(f, Field::Scoring, a.redFlag, b.redFlag);
    mark(f, Field::Scoring, a.goal, b.goal);
    mark(f, Field::Bands, a.bands, b.bands);
    mark(f, Field::Frequency, a.frequency, b.frequency);
    mark(f, Field::Weight, a.weight, b.weight);
    mark(f, Field::Owner, a.owner, b.owner);
    mark(f, Field::Department, a.department, b.department);
    return f;
}

Fields changedFields(const Okr &a, const Okr &b)
{
    Fields f;
    mark(f, Field::Name, a.title, b.title);
    mark(f, Field::Objective, a.objective, b.objective);
    mark(f, Field::Owner, a.owner, b.owner);
    mark(f, Field::Dates, a.start, b.start);
    mark(f, Field::Dates, a.end, b.end);
    mark(f, Field::Weight, a.weight, b.weight);
    mark(f, Field::Children, a.keyResults, b.keyResults);
    return f;
}

Fields changedFields(const Initiative &a, const Initiative &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Owner, a.owner, b.owner);
    mark(f, Field::Department, a.department, b.department);
    mark(f, Field::Dates, a.start, b.start);
    mark(f, Field::Dates, a.end, b.end);
    mark(f, Field::Money, a.budget, b.budget);
    mark(f, Field::Money, a.spent, b.spent);
    mark(f, Field::Progress, a.progress, b.progress);
    mark(f, Field::Status, a.status, b.status);
    mark(f, Field::Children, a.contributions, b.contributions);
    mark(f, Field::Children, a.milestones, b.milestones);
    return f;
}

Fields changedFields(const DataSource &a, const DataSource &b)
{
    Fields f;
    mark(f, Field::Name, a.name, b.name);
    mark(f, Field::Source, a.kind, b.kind);
    mark(f, Field::Source, a.location, b.location);
    mark(f, Field::Source, a.mapping, b.mapping);
    mark(f, Field::Source, a.kpis, b.kpis);
    mark(f, Field::Status, a.lastRefresh, b.lastRefresh);
    mark(f, Field::Status, a.lastError, b.lastError);
    return f;
}

Fields changedFields(const MeasurementRecord &a, const MeasurementRecord &b)
{
    Fields f;
    mark(f, Field::Value, a.measurement.value, b.measurement.value);
    mark(f, Field::Note, a.measurement.note, b.measurement.note);
    return f;
}

} // namespace scorecard
