// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <compare>
#include <optional>
#include <string_view>

namespace scorecard {

/**
 * A measurement period of a given frequency: an ISO week, a month, a
 * quarter or a year. Canonical text forms: "2026-W07", "2026-03",
 * "2026-Q1", "2026". Periods of one frequency are totally ordered.
 */
class Period
{
public:
    Period() = default;

    /** Parses the canonical form of @p frequency, or an ISO date (mapped to its period). */
    static Result<Period> parse(QStringView text, Frequency frequency);
    /**
     * Fast path for stored text: only the exact canonical form of @p frequency
     * ("2026-W07", "2026-03", "2026-Q1", "2026"), no allocation.
     */
    static std::optional<Period> fromCanonical(std::string_view text, Frequency frequency);
    /**
     * The period of @p frequency with that year and index (week 1-53, month
     * 1-12, quarter 1-4, 1 for a year); empty when there is no such period.
     */
    static std::optional<Period> fromParts(Frequency frequency, int year, int index);
    /** The period of @p frequency that contains @p date. */
    static Period containing(QDate date, Frequency frequency);

    bool isValid() const { return m_year != 0; }
    Frequency frequency() const { return m_frequency; }
    int year() const { return m_year; }
    /** Week 1-53, month 1-12, quarter 1-4, or 1 for a year. */
    int index() const { return m_index; }

    QString toString() const;
    QDate startDate() const;
    QDate endDate() const;
    Period next() const;
    Period previous() const;
    /** A number that increases by one from each period to the next (same frequency). */
    int ordinal() const;

    friend bool operator==(const Period &, const Period &) = default;
    friend std::strong_ordering operator<=>(const Period &a, const Period &b)
    {
        if (auto c = a.m_year <=> b.m_year; std::is_neq(c))
            return c;
        return a.m_index <=> b.m_index;
    }

    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 9999;

private:
    Period(Frequency f, int year, int index) : m_frequency(f), m_year(year), m_index(index) {}
    static int isoWeeksIn(int year);
    static QDate isoWeekOneMonday(int year);

    Frequency m_frequency = Frequency::Monthly;
    int m_year = 0;
    int m_index = 0;
};

} // namespace scorecard
