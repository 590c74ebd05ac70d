// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"
#include "util/result.h"

namespace scorecard {

/**
 * A data source's location and mapping, read and checked (see DataSource
 * for the forms). Unknown mapping keys are refused, so a typo is an error
 * rather than a setting silently ignored.
 */
struct DataSourceSettings
{
    // csv
    QString layout;    ///< "", "long" or "wide" ("": detected)
    QString delimiter; ///< "", ",", ";" or "tab"
    QString encoding;  ///< "", "utf-8", "utf-16" or "windows-1252"
    QString decimal;   ///< "", "point" or "comma" ("": detected)
    // sql
    QString driver;   ///< a Qt Sql driver name, e.g. "QSQLITE"
    QString database; ///< a file for QSQLITE, a database name otherwise
    QString host;
    QString user;
    int port = -1;
    /**
     * The location says "password=ask": the password is asked for when the
     * source is refreshed (kept in memory only), never stored.
     */
    bool askPassword = false;
    QString query;
    QString kpi; ///< the KPI the query's values belong to; empty: the query names them

    static Result<DataSourceSettings> of(const DataSource &source);
};

} // namespace scorecard
