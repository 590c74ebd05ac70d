// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace scorecard {

/**
 * Before loading: refuses a file with more entities than the limits allow
 * (limits.h), so a hostile file cannot exhaust memory. Measurements are
 * counted while they are read (counting them here would read them twice).
 */
Result<void> checkRowCounts(QSqlDatabase &db, int schemaVersion);

/** Before loading: every enum word and range the schema's CHECKs allow, checked again. */
Result<void> checkValues(QSqlDatabase &db, int schemaVersion);

/**
 * After loading: what SQL constraints cannot express or a file written by
 * another tool may break: text lengths, finite numbers, references to
 * missing entities, and cycles in the department and objective trees.
 */
Result<void> checkLoaded(const Scorecard &sc);

} // namespace scorecard
