// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvtable.h"
#include "io/numbertext.h"
#include "model/scorecard.h"
#include "util/result.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace scorecard {

class ScorecardDocument;

/**
 * KPI values from a CSV file, in three steps that a wizard can show one by
 * one: preview() reads and checks the file against a scorecard (pure: no
 * document, safe on a worker thread over a copy), the caller shows the
 * preview, apply() imports the good values as one ImportMeasurementsCommand
 * (one transaction, one undo step, all or nothing).
 *
 * Layouts:
 * - long: one row per value, columns KPI, period, value and optionally note,
 *   found by their header names (case-insensitive, with synonyms: "KPI id",
 *   "name", "date", "month", "actual", "amount", "comment" ...) or, in a
 *   file without a header, by position;
 * - wide: one row per KPI, the KPI in the first column (or the column with
 *   a KPI header), one column per period, the header cells being periods.
 * Columns the importer does not know are ignored and listed in the preview.
 *
 * Nothing is guessed: an unknown KPI, a period or number that does not
 * parse, a period that does not fit the KPI's frequency, or a second value
 * for the same KPI and period is an error that names the row (and column)
 * and quotes the text. A blank value cell is skipped, never read as zero.
 */
class CsvImport
{
public:
    enum class Layout { Auto, Long, Wide };
    enum class Stage { Reading, Checking, Writing };
    /** Progress of a stage; returning false cancels (nothing is written). */
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    struct Options
    {
        Layout layout = Layout::Auto;
        CsvTable::Options table;
        /** The decimal separator of value cells; std::nullopt: detected. */
        std::optional<NumberText::Decimal> decimal;
        /**
         * When not empty, only these KPIs (ids): rows for other KPIs, or for
         * KPIs the scorecard does not have, are left out without an error
         * (a data source connected to some KPIs of a shared sheet).
         */
        QStringList kpis;
    };

    /** One problem, tied to a row and, when it is about one cell, a column. */
    struct Issue
    {
        qsizetype row = 0; ///< the row number in the file (the header is row 1)
        QString column;    ///< the column's header text (or its number); empty: the row
        QString message;
        /** `row 5, column Value: "eighty" is not a number`, `row 4: unknown KPI "x"`. */
        QString text() const;
    };

    /** One value the file gives, and what importing it would do. */
    struct Entry
    {
        enum class Status : quint8 { Add, Overwrite, Unchanged };
        KpiId kpi;
        Period period;
        double value = 0;
        double oldValue = 0; ///< Overwrite and Unchanged
        QString note;        ///< used only when hasNote
        qint32 row = 0;
        Status status = Status::Add;
        /** False when the file has no note column: the existing note is kept. */
        bool hasNote = false;
    };

    struct Preview
    {
        Layout layout = Layout::Long;
        bool hasHeader = true;
        QString encodingName;
        QChar delimiter;
        NumberText::Decimal decimal = NumberText::Decimal::Point;
        /** Header texts of the columns that were not used. */
        QStringList ignoredColumns;
        /** The values of the rows without errors, in file order. */
        std::vector<Entry> entries;
        qsizetype added = 0, overwritten = 0, unchanged = 0;
        /** Blank value cells, skipped. */
        qsizetype blankCells = 0;
        /** Every problem, in file order. A row with one is skipped as a whole. */
        std::vector<Issue> errors;
        /** The numbers of the rows skipped for their errors, ascending. */
        std::vector<qsizetype> skippedRows;
        qsizetype dataRows = 0;
        /** Rows left out because their KPI is not one of Options::kpis. */
        qsizetype otherKpiRows = 0;

        bool hasErrors() const { return !errors.empty(); }
        /** Values that importing would add or change. */
        qsizetype changes() const { return added + overwritten; }
    };

    /**
     * Reads @p bytes and checks every row against @p scorecard. Fails only
     * when the file as a whole is unusable (not text, broken quoting, empty,
     * a layout or header that cannot be read); errors in rows and cells are
     * in Preview::errors. A cancel fails with the message "cancelled".
     */
    static Result<Preview> preview(const Scorecard &scorecard, const QByteArray &bytes,
                                   const Options &options, const Progress &progress = {});

    /**
     * Imports the preview's values into @p doc as one undoable command.
     * Refuses a preview with errors unless @p skipErrors (then the rows with
     * errors are left out), and fails with "nothing to change: ..." when
     * every value is already there. A cancel during the write rolls the
     * transaction back: the file, the document and the undo stack are as
     * before, and the error is "cancelled".
     */
    static Result<void> apply(ScorecardDocument &doc, const Preview &preview, bool skipErrors,
                              const Progress &progress = {});

    /**
     * The values of @p preview as records for @p doc: without a note column,
     * each keeps the note it has in @p doc.
     */
    static std::vector<MeasurementRecord> records(const ScorecardDocument &doc,
                                                  const Preview &preview);

    static QString layoutName(Layout layout);
    /** The message of a cancelled preview or apply. */
    static QString cancelledMessage();
};

} // namespace scorecard
