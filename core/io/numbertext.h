// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QStringView>

namespace scorecard {

/**
 * Numbers as spreadsheets write them: `1234.5`, `1,234.5`, `1.234,5`,
 * `1 234,5`, `1'234.5`, `-12`, `(12)` (negative), `+3`, `1.5e6`, `12.5%`
 * (read as 12.5: the percent sign is dropped, the value is not divided by
 * 100), currency symbols € $ £ ¥ and three-letter codes (`EUR 12`,
 * `12 usd`) before or after the number.
 *
 * The decimal separator is decided per column (see Decimal), never per cell:
 * `1.234` is one thousand two hundred and thirty-four in a column that uses
 * decimal commas, and one point two three four in one that uses points.
 */
class NumberText
{
public:
    enum class Decimal { Point, Comma };
    /** What one cell says about its column's decimal separator. */
    enum class Hint { None, Point, Comma };

    /**
     * The separator @p cell shows, if it shows one: the last of `.` and `,`
     * when both appear; a separator that appears twice is a thousands
     * separator (so the other one is decimal); a single separator followed
     * by other than exactly three digits, or after a lone 0, is decimal.
     * `1,234` and `1.234` say nothing.
     */
    static Hint hint(QStringView cell);

    /**
     * Parses a non-blank @p cell with @p decimal as its decimal separator.
     * Thousands separators (the other of `.` and `,`, blanks, `'`) must
     * group digits by three. The error is a whole phrase: `"eighty" is not
     * a number`, `"1e999" is out of range`.
     */
    static Result<double> parse(QStringView cell, Decimal decimal);
};

} // namespace scorecard
