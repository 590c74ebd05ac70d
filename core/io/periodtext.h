// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/period.h"
#include "util/result.h"

#include <QDate>

#include <optional>

namespace scorecard {

/**
 * A period as people write it in spreadsheets, before it is tied to a KPI's
 * frequency. Accepted forms (case-insensitive, blanks around ignored):
 *
 * - a date: `2026-03-15` (ISO), optionally followed by a time of day
 *   (`2026-03-15T00:00:00`, `2026-03-15 08:30`), which is ignored;
 * - a week: `2026-W07`, `2026W07`, `2026-W7`;
 * - a month: `2026-03`, `2026-3`, `2026/03`, `03/2026`, `3/2026`, `03-2026`,
 *   `03.2026`, `Mar 2026`, `March 2026`, `mar-2026`, `Sept. 2026`;
 * - a quarter: `2026-Q1`, `2026Q1`, `2026 Q1`, `Q1 2026`, `Q1-2026`, `Q1/2026`;
 * - a year: `2026`.
 *
 * Years run from Period::kMinYear to Period::kMaxYear. Two-digit years and
 * day-first or month-first dates (`15/03/2026`) are refused: they are
 * ambiguous.
 */
class PeriodText
{
public:
    enum class Kind { Date, Week, Month, Quarter, Year };

    /** Parses @p text; the error says why it is not a period ("month 13 does not exist"). */
    static Result<PeriodText> parse(QStringView text);

    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    /** Week, month or quarter number; 1 for a year; the month of a date. */
    int index() const { return m_index; }
    QDate date() const { return m_date; }

    /**
     * The period of @p frequency this text names: a date maps to the period
     * that contains it; a week, month, quarter or year only to a KPI of that
     * same frequency (a month is never widened to its quarter: that would
     * be a guess about what the value means). Empty when it does not fit.
     */
    std::optional<Period> toPeriod(Frequency frequency) const;

    /** "a date", "a week", "a month", "a quarter", "a year": for messages. */
    QString kindName() const;

private:
    Kind m_kind = Kind::Year;
    int m_year = 0;
    int m_index = 1;
    QDate m_date;
};

} // namespace scorecard
