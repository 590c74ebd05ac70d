// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcestatus.h"

#include "analysis/datasourcehealth.h"
#include "document/scorecarddocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace scorecard::datasourcestatus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::DataSourceStatus", text);
}

QString kindText(const DataSource &s)
{
    return s.kind == DataSourceKind::Csv ? tr("CSV file %1").arg(s.location)
                                         : tr("SQL query on %1").arg(s.location);
}

} // namespace

QString kpiDetails(const ScorecardDocument &doc, const KpiId &kpi)
{
    QStringList lines;
    for (const DataSource &s : doc.scorecard().dataSources) {
        if (!datasourcehealth::connectedKpis(s).contains(kpi))
            continue;
        QString line = tr("Data source: %1 (%2), last refreshed: %3")
                           .arg(s.name.isEmpty() ? s.id.value : s.name, kindText(s),
                                datasourcehealth::lastRefreshText(s));
        if (!s.lastError.isEmpty())
            line += QLatin1Char('\n') + tr("Last refresh failed: %1 (the values shown are from "
                                           "the last good refresh)")
                                            .arg(s.lastError);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace scorecard::datasourcestatus
