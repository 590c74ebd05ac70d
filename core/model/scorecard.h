// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"
#include "model/department.h"
#include "model/initiative.h"
#include "model/kpi.h"
#include "model/link.h"
#include "model/objective.h"
#include "model/okr.h"
#include "model/perspective.h"
#include "model/pillar.h"
#include "model/scorecardinfo.h"

#include <vector>

namespace scorecard {

/**
 * A whole scorecard as plain values: what the document caches, what the
 * storage loads and writes, what JSON interchange and the scoring engine
 * read. Perspectives are in position order, everything else in creation
 * order (seq).
 */
struct Scorecard
{
    ScorecardInfo info;
    std::vector<Perspective> perspectives;
    std::vector<Pillar> pillars;
    std::vector<Department> departments;
    std::vector<Objective> objectives;
    std::vector<Link> links;
    std::vector<Kpi> kpis;
    std::vector<Okr> okrs;
    std::vector<Initiative> initiatives;
    std::vector<DataSource> dataSources;
    friend bool operator==(const Scorecard &, const Scorecard &) = default;
};

} // namespace scorecard
