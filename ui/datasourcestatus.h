// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"

#include <QList>
#include <QString>

namespace scorecard {

class ScorecardDocument;

/**
 * What the Details dock says about a KPI's data sources (live data
 * connections). A failing source's finding for the Problems dock and
 * `check` is core's (analysis/datasourcehealth.h).
 */
namespace datasourcestatus {

/**
 * Lines about the sources that feed @p kpi ("Data source: erp (CSV file
 * sales.csv), last refreshed ..., error: ..."); empty when none does.
 */
QString kpiDetails(const ScorecardDocument &doc, const KpiId &kpi);

} // namespace datasourcestatus
} // namespace scorecard
