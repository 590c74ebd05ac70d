// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "model/datasource.h"

#include <QList>
#include <vector>

namespace scorecard {

struct Scorecard;

/** What a scorecard's data sources (live data connections) say about their health. */
namespace datasourcehealth {

/**
 * The KPIs @p source is known to feed: its KPI filter, or the KPI of a sql
 * mapping. Empty: every KPI the file or query names (known only on reading).
 */
QList<KpiId> connectedKpis(const DataSource &source);

/** The time of the last good refresh, in words ("never" when none). */
QString lastRefreshText(const DataSource &source);

/**
 * A "data_source_failed" warning per source whose last refresh failed: the
 * error, the last good refresh, and that its KPIs keep their values. The
 * entity is the source; @c related is the first of its KPIs the scorecard
 * has (empty when it names none), the one the GUI selects.
 */
std::vector<Finding> findings(const Scorecard &scorecard);

} // namespace datasourcehealth
} // namespace scorecard
