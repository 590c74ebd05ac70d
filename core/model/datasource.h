// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDateTime>
#include <QStringList>

namespace scorecard {

/**
 * A live data connection: where KPI values come from and how to read them.
 * A refresh reads the source and imports its values (CsvImport's rules)
 * as one command.
 *
 * - csv: @c location is the path of a CSV or TSV file (relative to the
 *   scorecard's folder, or absolute); @c mapping may hold "layout"
 *   ("long", "wide"), "delimiter" (",", ";", "tab") and "encoding"
 *   ("utf-8", "utf-16", "windows-1252"), each detected when left out.
 * - sql: @c location is "DRIVER:DATABASE" with a Qt Sql driver name
 *   ("QSQLITE:sales.db", relative paths as for csv), optionally followed
 *   by ";host=H;port=P;user=U". Never a password: drivers have their own
 *   ways (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for QODBC), or
 *   ";password=ask" has the application ask for it at refresh time
 *   (DataRefresh::PasswordProvider) and keep it in memory only.
 *   @c mapping holds "query", a SELECT returning period and value columns
 *   (and note), plus "kpi", the KPI they belong to; without "kpi" the query
 *   returns a KPI column too.
 *
 * @c kpis, when not empty, limits the source to those KPIs: its rows for
 * other KPIs (or KPIs the scorecard does not have) are left out.
 */
struct DataSource
{
    DataSourceId id;
    QString name;
    DataSourceKind kind = DataSourceKind::Csv;
    QString location;
    /** A JSON object, compact, keys sorted (as QJsonDocument writes it). */
    QString mapping = QStringLiteral("{}");
    QStringList kpis;
    /** When the last refresh that succeeded ran (UTC); invalid: never. */
    QDateTime lastRefresh;
    /** Why the last refresh failed; empty when it succeeded (or never ran). */
    QString lastError;
    qint64 seq = 0;
    friend bool operator==(const DataSource &, const DataSource &) = default;
};

} // namespace scorecard
