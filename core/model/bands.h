// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scorecard {

/** Score thresholds (0-100): score >= green is green, >= amber is amber, else red. */
struct Bands
{
    double green = 90;
    double amber = 60;
    friend bool operator==(const Bands &, const Bands &) = default;
};

} // namespace scorecard
