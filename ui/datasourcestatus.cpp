// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcestatus.h"

#include "document/scorecarddocument.h"
#include "model/datasourcesettings.h"

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

QList<Problem> problems(const ScorecardDocument &doc)
{
    QList<Problem> out;
    for (const DataSource &s : doc.scorecard().dataSources) {
        if (s.lastError.isEmpty())
            continue;
        Problem p;
        p.source = s.id;
        p.message =
            tr("Data source \u201c%1\u201d failed: %2 (last good refresh: %3)")
                .arg(s.name.isEmpty() ? s.id.value : s.name, s.lastError, lastRefreshText(s));
        p.fix = tr("Its KPIs keep their values. Correct the %1 or the source (Data > Data "
                   "Sources\u2026), then Data > Refresh All.")
                    .arg(s.kind == DataSourceKind::Csv ? tr("file") : tr("database"));
        const QList<KpiId> kpis = connectedKpis(s);
        for (const KpiId &k : kpis) {
            if (doc.kpi(k)) {
                p.kpi = k;
                break;
            }
        }
        out << p;
    }
    return out;
}

QString kpiDetails(const ScorecardDocument &doc, const KpiId &kpi)
{
    QStringList lines;
    for (const DataSource &s : doc.scorecard().dataSources) {
        if (!connectedKpis(s).contains(kpi))
            continue;
        QString line =
            tr("Data source: %1 (%2), last refreshed: %3")
                .arg(s.name.isEmpty() ? s.id.value : s.name, kindText(s), lastRefreshText(s));
        if (!s.lastError.isEmpty())
            line += QLatin1Char('\n') + tr("Last refresh failed: %1 (the values shown are from "
                                           "the last good refresh)")
                                            .arg(s.lastError);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace scorecard::datasourcestatus
