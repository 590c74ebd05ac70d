// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/removal.h"

#include "document/scorecarddocument.h"

#include <QCoreApplication>

namespace scorecard {

Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Perspective &p)
{
    for (const Objective &o : doc.scorecard().objectives) {
        if (o.perspective == p.id)
            return fail(QCoreApplication::translate("scorecard::Removal",
                                                    "perspective \"%1\" still holds objectives "
                                                    "(e.g. \"%2\"): move or remove them first")
                            .arg(p.name, o.name));
    }
    return ChangeSet{Change::remove(p)};
}

Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Pillar &p)
{
    ChangeSet set;
    for (const Objective &o : doc.scorecard().objectives) {
        if (o.pillar == p.id) {
            Objective detached = o;
            detached.pillar = {};
            set.push_back(Change::update(o, detached));
        }
    }
    set.push_back(Change::remove(p));
    return set;
}

Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Department &d)
{
    const Scorecard &sc = doc.scorecard();
    ChangeSet set;
    // Sub-departments move up to the removed department's parent.
    for (const Department &child : sc.departments) {
        if (child.parent == d.id) {
            Department moved = child;
            moved.parent = d.parent;
            set.push_back(Change::update(child, moved));
        }
    }
    auto detach = [&](const auto &list) {
        for (const auto &e : list) {
            if (e.department == d.id) {
                auto detached = e;
                detached.department = {};
                set.push_back(Change::update(e, detached));
            }
        }
    };
    detach(sc.objectives);
    detach(sc.kpis);
    detach(sc.initiatives);
    set.push_back(Change::remove(d));
    return set;
}

Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Objective &o)
{
    const Scorecard &sc = doc.scorecard();
    ChangeSet set;
    for (const Link &l : sc.links) {
        if (l.from == o.id || l.to == o.id)
            set.push_back(Change::remove(l));
    }
    for (const Objective &child : sc.objectives) {
        if (child.parent == o.id) {
            Objective detached = child;
            detached.parent = {};
            set.push_back(Change::update(child, detached));
        }
    }
    for (const Kpi &k : sc.kpis) {
        if (k.objective == o.id) {
            Kpi detached = k;
            detached.objective = {};
            set.push_back(Change::update(k, detached));
        }
    }
    for (const Okr &okr : sc.okrs) {
        if (okr.objective == o.id) {
            Okr detached = okr;
            detached.objective = {};
            set.push_back(Change::update(okr, detached));
        }
    }
    for (const Initiative &in : sc.initiatives) {
        Initiative detached = in;
        std::erase_if(detached.contributions,
                      [&](const Contribution &c) { return c.objective == o.id; });
        if (detached.contributions.size() != in.contributions.size())
            set.push_back(Change::update(in, detached));
    }
    set.push_back(Change::remove(o));
    return set;
}

Result<ChangeSet> removalChanges(const ScorecardDocument &, const Link &l)
{
    return ChangeSet{Change::remove(l)};
}

Result<ChangeSet> removalChanges(const ScorecardDocument &, const Kpi &k)
{
    return ChangeSet{Change::remove(k)};
}

Result<ChangeSet> removalChanges(const ScorecardDocument &, const Okr &o)
{
    return ChangeSet{Change::remove(o)};
}

Result<ChangeSet> removalChanges(const ScorecardDocument &, const Initiative &i)
{
    return ChangeSet{Change::remove(i)};
}

Result<ChangeSet> removalChanges(const ScorecardDocument &, const DataSource &d)
{
    return ChangeSet{Change::remove(d)};
}

} // namespace scorecard
