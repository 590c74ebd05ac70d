// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"

#include <QList>
#include <QString>

namespace scorecard {

class ScorecardDocument;

/**
 * What the GUI says about data sources (live data connections): which KPIs
 * a source feeds, a failing source as a problem for the Problems dock, and
 * the lines about a KPI's sources in the Details dock.
 */
namespace datasourcestatus {

/** A failing source, as the Problems dock lists it. */
struct Problem
{
    DataSourceId source;
    QString message; ///< "Data source "erp" failed: ..." with the last good refresh
    QString fix;
    KpiId kpi; ///< the KPI to select (the source's first), null when it names none
};

/**
 * The KPIs @p source is known to feed: its KPI filter, or the KPI of a sql
 * mapping. Empty: every KPI the file or query names (known only on reading).
 */
QList<KpiId> connectedKpis(const DataSource &source);

/** The time of the last good refresh, in words ("never" when none). */
QString lastRefreshText(const DataSource &source);

/** One Problem per source of @p doc whose last refresh failed. */
QList<Problem> problems(const ScorecardDocument &doc);

/**
 * Lines about the sources that feed @p kpi ("Data source: erp (CSV file
 * sales.csv), last refreshed ..., error: ..."); empty when none does.
 */
QString kpiDetails(const ScorecardDocument &doc, const KpiId &kpi);

} // namespace datasourcestatus
} // namespace scorecard
