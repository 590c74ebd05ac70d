// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace scorecard {

/**
 * Reports how far a long operation got: @p done of @p total units of the
 * current stage. Returning false asks the operation to stop; it then fails
 * with a "cancelled" error and leaves everything as it was. Called from the
 * thread that runs the operation, at most every few thousand units.
 */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace scorecard
