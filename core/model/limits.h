// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scorecard::limits {

// Limits that protect memory and keep files usable; exceeding one is a clear error.
constexpr int kMaxIdLength = 200;
constexpr int kMaxTextLength = 100000;

} // namespace scorecard::limits
