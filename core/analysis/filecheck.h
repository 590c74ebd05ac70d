// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "util/result.h"

#include <vector>

namespace scorecard {

class ScorecardFile;

/**
 * File-level checks beyond what opening already verified: SQLite's full
 * integrity_check and foreign_key_check (a file edited by another tool may
 * hold dangling references, since foreign keys are only enforced by
 * connections that turn them on).
 */
Result<std::vector<Finding>> checkFile(ScorecardFile &file);

} // namespace scorecard
