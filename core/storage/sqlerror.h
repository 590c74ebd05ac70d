// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlError>

namespace scorecard {

/** "what failed: SQLite's reason", one line, as an Error. */
Error sqlFailure(const QString &what, const QSqlError &error);

} // namespace scorecard
