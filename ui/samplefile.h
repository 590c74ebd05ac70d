// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

namespace scorecard {

/**
 * The bundled sample as a .scorecard file in the user's data folder,
 * created from the JSON built into the application on first use.
 */
Result<QString> sampleScorecardPath();

} // namespace scorecard
