// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace scorecard::schema {

/** PRAGMA application_id of every .scorecard file: "SCST" in ASCII. */
constexpr qint32 kApplicationId = 0x53435354;
/** The schema version this build writes (PRAGMA user_version). */
constexpr int kCurrentVersion = 2;

/** The SQL statements that bring an empty database from version @p to - 1 to @p to. */
QStringList migrationTo(int to);

/** Creates the current schema in an empty database (inside the caller's transaction). */
Result<void> create(QSqlDatabase &db);

/** Migrates a file at @p fromVersion up to kCurrentVersion (inside the caller's transaction). */
Result<void> migrate(QSqlDatabase &db, int fromVersion);

/**
 * Compares the file's schema objects (tables, indexes, triggers, views) with
 * the ones this build creates for @p version. Anything added, removed or
 * altered is refused: a planted trigger, view or expression index never runs.
 */
Result<void> verify(QSqlDatabase &db, int version);

} // namespace scorecard::schema
