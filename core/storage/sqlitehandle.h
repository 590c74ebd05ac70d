// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;
struct sqlite3;

namespace scorecard {

/** The SQLite C handle behind a QSQLITE connection; nullptr for other drivers or when closed. */
sqlite3 *sqliteHandle(QSqlDatabase &db);

} // namespace scorecard
