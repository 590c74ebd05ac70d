// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scorecard::limits {

// Limits that protect memory and keep files usable; exceeding one is a clear
// error when a file is opened or an edit is made. Documented in the README.
constexpr int kMaxIdLength = 200;
constexpr int kMaxTextLength = 100000;
/** Objectives, KPIs, OKRs, initiatives, pillars, departments, links: each. */
constexpr long long kMaxEntities = 100000;
constexpr long long kMaxMeasurements = 20000000;
/** Bytes; a scorecard with the limits above filled stays far below it. */
constexpr long long kMaxFileSize = 4LL * 1024 * 1024 * 1024;

} // namespace scorecard::limits
