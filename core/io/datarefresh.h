// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "model/datasource.h"
#include "util/result.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace scorecard {

class ScorecardDocument;

/**
 * Refreshes a scorecard's data sources (live data connections): reads each
 * source, checks its values with CsvImport's rules, and imports the values
 * of the sources that succeeded, with every source's new status, as one
 * RefreshDataCommand (one transaction, one undo step).
 *
 * A source fails as a whole: a file or database that cannot be read, a
 * query that fails, or any row or cell error (an unknown KPI, a bad period
 * or number, a second value for one period). A failing source changes no
 * value: its KPIs keep their data, and its status records the error
 * (last_error) next to the time of its last good refresh (last_refresh).
 * Two sources giving a value for the same KPI and period: the later one
 * fails.
 */
class DataRefresh
{
public:
    /**
     * Gives the password of a source whose location says "password=ask"
     * (asked for at refresh time, never stored); std::nullopt: none given,
     * the source fails.
     */
    using PasswordProvider = std::function<std::optional<QString>(const DataSource &source)>;

    /** The most a source's file (or a query's result as CSV) may hold: 512 MB. */
    static constexpr qint64 kMaxSourceBytes = 512LL * 1024 * 1024;
    /**
     * How long a database connection or query may take (30 s unless set):
     * a SQLite query is stopped then, other drivers give up connecting.
     */
    static std::chrono::milliseconds timeout();
    static void setTimeout(std::chrono::milliseconds timeout);

    struct SourceResult
    {
        DataSourceId id;
        bool ok = false;
        QString error; ///< why it failed
        qsizetype added = 0;
        qsizetype overwritten = 0;
        qsizetype unchanged = 0;
    };

    struct Report
    {
        std::vector<SourceResult> sources;
        /** Values the refresh added or changed (0 when nothing was pushed). */
        qsizetype changes = 0;
        bool allOk() const;
    };

    /**
     * Refreshes every data source of @p doc (or the ones in @p only), as of
     * @p now. Fails only when the command cannot be made or written (then
     * nothing changed); failing sources are in the report.
     */
    static Result<Report> refresh(ScorecardDocument &doc, const QList<DataSourceId> &only = {},
                                  const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                  const PasswordProvider &passwords = {});

    /**
     * What @p source reads, as CSV text CsvImport understands, with the
     * options to read it: the file itself for csv (its location relative to
     * @p folder), the query's result for sql (its column names as the
     * header, NULL as a blank cell, numbers in their shortest exact form,
     * dates as ISO dates; the mapping's KPI as a first column).
     */
    static Result<QByteArray> fetch(const DataSource &source, const QString &folder,
                                    CsvImport::Options &options,
                                    const PasswordProvider &passwords = {});

    /**
     * Whether @p query is a SELECT (or WITH ... SELECT), comments skipped:
     * the only queries a refresh runs (a check against mistakes, no security
     * boundary).
     */
    static bool isSelectQuery(const QString &query);

    /** The error of a source that needs a password when none was given. */
    static QString noPasswordMessage();
};

} // namespace scorecard
