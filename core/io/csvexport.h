// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "model/scorecard.h"

#include <QByteArray>

namespace scorecard {

/**
 * KPI values as CSV, in a form CsvImport reads back to exactly the same
 * values: UTF-8 without a byte order mark, comma-delimited, lines ending in
 * CRLF (RFC 4180), a cell quoted when it holds a comma, a quote, a line
 * break or blanks at either end (quotes doubled inside), KPIs by id,
 * periods in their canonical form, numbers in the shortest form that reads
 * back to the same double (`0.1`, `1450000`, `1e+21`).
 */
class CsvExport
{
public:
    /**
     * Long (the default, also for Layout::Auto): the header
     * `kpi,period,value,note`, then one row per measurement, KPIs in the
     * scorecard's order, periods ascending.
     *
     * Wide: the header `kpi` followed by every period that has a value
     * (sorted by start date, then weekly, monthly, quarterly, yearly), then
     * one row per KPI (every KPI, so the file is also a template to fill in)
     * with a blank cell where it has no value. Notes are not part of it.
     */
    static QByteArray toCsv(const Scorecard &scorecard,
                            CsvImport::Layout layout = CsvImport::Layout::Long);

    /** The shortest text that reads back to exactly @p value. */
    static QByteArray number(double value);
    /** @p text as one cell, in UTF-8, quoted when it needs to be. */
    static QByteArray cell(const QString &text);
};

} // namespace scorecard
