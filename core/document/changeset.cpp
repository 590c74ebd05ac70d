// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changeset.h"

#include <algorithm>

namespace scorecard {

Change Change::inverse() const
{
    switch (op) {
    case Op::Insert:
        return remove(*after);
    case Op::Remove:
        return insert(*before);
    case Op::Update:
        return update(*after, *before);
    }
    return {};
}

ChangeSet inverse(const ChangeSet &set)
{
    ChangeSet out;
    out.reserve(set.size());
    std::transform(set.rbegin(), set.rend(), std::back_inserter(out),
                   [](const Change &c) { return c.inverse(); });
    return out;
}

EntityKind kindOf(const EntityValue &value)
{
    struct Visitor
    {
        EntityKind operator()(const ScorecardInfo &) { return EntityKind::Scorecard; }
        EntityKind operator()(const Perspective &) { return EntityKind::Perspective; }
        EntityKind operator()(const Pillar &) { return EntityKind::Pillar; }
        EntityKind operator()(const Department &) { return EntityKind::Department; }
        EntityKind operator()(const Objective &) { return EntityKind::Objective; }
        EntityKind operator()(const Link &) { return EntityKind::Link; }
        EntityKind operator()(const Kpi &) { return EntityKind::Kpi; }
        EntityKind operator()(const Okr &) { return EntityKind::Okr; }
        EntityKind operator()(const Initiative &) { return EntityKind::Initiative; }
        EntityKind operator()(const MeasurementRecord &) { return EntityKind::Measurement; }
        EntityKind operator()(const DataSource &) { return EntityKind::DataSource; }
    };
    return std::visit(Visitor{}, value);
}

QString keyOf(const EntityValue &value)
{
    return std::visit(
        [](const auto &e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ScorecardInfo>)
                return {};
            else if constexpr (std::is_same_v<T, Link> || std::is_same_v<T, MeasurementRecord>)
                return e.key();
            else
                return e.id.value;
        },
        value);
}

} // namespace scorecard
