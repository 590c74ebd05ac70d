// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/datasourcehealth.h"

#include "model/datasourcesettings.h"
#include "model/scorecard.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace scorecard::datasourcehealth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::DataSourceStatus", text);
}

} // namespace

QList<KpiId> connectedKpis(const DataSource &source)
{
    QList<KpiId> out;
    for (const QString &k : source.kpis)
        out << KpiId(k);
    if (out.isEmpty() && source.kind == DataSourceKind::Sql) {
        if (auto s = DataSourceSettings::of(source); s && !s->kpi.isEmpty())
            out << KpiId(s->kpi);
    }
    return out;
}

QString lastRefreshText(const DataSource &source)
{
    if (!source.lastRefresh.isValid())
        return tr("never");
    return QLocale().toString(source.lastRefresh.toLocalTime(), QLocale::ShortFormat);
}

std::vector<Finding> findings(const Scorecard &scorecard)
{
    std::vector<Finding> out;
    for (const DataSource &s : scorecard.dataSources) {
        if (s.lastError.isEmpty())
            continue;
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("data_source_failed");
        f.entityKind = EntityKind::DataSource;
        f.entity = s.id.value;
        f.message =
            tr("Data source \u201c%1\u201d failed: %2 (last good refresh: %3)")
                .arg(s.name.isEmpty() ? s.id.value : s.name, s.lastError, lastRefreshText(s));
        f.fix = tr("Its KPIs keep their values. Correct the %1 or the source (Data > Data "
                   "Sources\u2026), then Data > Refresh All.")
                    .arg(s.kind == DataSourceKind::Csv ? tr("file") : tr("database"));
        for (const KpiId &k : connectedKpis(s)) {
            const bool known = std::any_of(scorecard.kpis.begin(), scorecard.kpis.end(),
                                           [&](const Kpi &kpi) { return kpi.id == k; });
            if (known) {
                f.related = k.value;
                break;
            }
        }
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace scorecard::datasourcehealth
