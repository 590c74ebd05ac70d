// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace scorecard::scoring::detail {

/** Translates an explanation text in the scoring engine's context. */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::scoring", text);
}

/** A score or fraction for an explanation: at most one decimal. */
inline QString formatScore(double value)
{
    return QString::number(value, 'f', 1);
}

/** A raw input value for an explanation, as short as it can be written (0.1, not 0.100000). */
inline QString formatValue(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/** Scores within this distance of a band threshold count as reaching it. */
inline constexpr double kBandTolerance = 1e-9;

} // namespace scorecard::scoring::detail
