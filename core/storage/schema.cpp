// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace scorecard::schema {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Schema", text);
}

// Version 1. Notes on the choices:
// - Every entity has a user-visible text key `id` (the JSON id) and an integer
//   `seq` that fixes its order; undoing a removal re-inserts the same seq.
// - Foreign keys are DEFERRABLE INITIALLY DEFERRED: a command's change set is
//   checked as a whole at COMMIT, whatever order its rows are written in.
// - Children that belong to one parent (measurements, key results,
//   contributions, milestones) cascade with it; references between entities
//   do not: commands detach them explicitly so undo can restore them.
const char *const kVersion1[] = {
    R"(CREATE TABLE scorecard (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    band_green REAL NOT NULL DEFAULT 90 CHECK (band_green BETWEEN 0 AND 100),
    band_amber REAL NOT NULL DEFAULT 60 CHECK (band_amber BETWEEN 0 AND 100 AND band_amber <= band_green),
    currency TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE perspective (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    color TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL))",
    R"(CREATE TABLE pillar (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE department (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    parent TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED CHECK (parent <> id)))",
    R"(CREATE TABLE objective (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    perspective TEXT NOT NULL REFERENCES perspective(id) DEFERRABLE INITIALLY DEFERRED,
    pillar TEXT REFERENCES pillar(id) DEFERRABLE INITIALLY DEFERRED,
    department TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    parent TEXT REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED CHECK (parent <> id),
    owner TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    x REAL,
    y REAL,
    CHECK ((x IS NULL) = (y IS NULL))))",
    R"(CREATE TABLE link (
    seq INTEGER PRIMARY KEY,
    from_objective TEXT NOT NULL REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED,
    to_objective TEXT NOT NULL REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (from_objective, to_objective),
    CHECK (from_objective <> to_objective)))",
    R"(CREATE TABLE kpi (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    objective TEXT REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease', 'range')),
    baseline REAL,
    target REAL,
    range_low REAL,
    range_high REAL,
    scoring TEXT NOT NULL DEFAULT 'linear' CHECK (scoring IN ('linear', 'goal_redflag', 'yes_no')),
    red_flag REAL,
    goal REAL,
    band_green REAL CHECK (band_green BETWEEN 0 AND 100),
    band_amber REAL CHECK (band_amber BETWEEN 0 AND 100 AND band_amber <= band_green),
    frequency TEXT NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    owner TEXT NOT NULL DEFAULT '',
    department TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((band_green IS NULL) = (band_amber IS NULL))))",
    // Periods are stored in the KPI frequency's canonical text ("2026-03"),
    // which sorts chronologically within one frequency and reads well in sqlite3.
    R"(CREATE TABLE measurement (
    kpi TEXT NOT NULL REFERENCES kpi(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    period TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kpi, period)) WITHOUT ROWID)",
    R"(CREATE TABLE okr (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    title TEXT NOT NULL CHECK (length(title) > 0),
    objective TEXT REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED,
    owner TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0)))",
    R"(CREATE TABLE key_result (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    okr TEXT NOT NULL REFERENCES okr(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    title TEXT NOT NULL CHECK (length(title) > 0),
    start_value REAL NOT NULL DEFAULT 0,
    target_value REAL NOT NULL DEFAULT 1,
    current_value REAL NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0)))",
    R"(CREATE TABLE initiative (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    owner TEXT NOT NULL DEFAULT '',
    department TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    start_date TEXT,
    end_date TEXT,
    budget REAL NOT NULL DEFAULT 0 CHECK (budget >= 0),
    spent REAL NOT NULL DEFAULT 0 CHECK (spent >= 0),
    progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'on_hold', 'done', 'cancelled'))))",
    R"(CREATE TABLE contribution (
    initiative TEXT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    objective TEXT NOT NULL REFERENCES objective(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    PRIMARY KEY (initiative, objective)) WITHOUT ROWID)",
    R"(CREATE TABLE milestone (
    initiative TEXT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (initiative, position)) WITHOUT ROWID)",
    "CREATE INDEX objective_by_perspective ON objective(perspective)",
    "CREATE INDEX kpi_by_objective ON kpi(objective)",
    "CREATE INDEX key_result_by_okr ON key_result(okr)",
    "CREATE INDEX contribution_by_objective ON contribution(objective)",
};

// Version 2: live data connections. A source's mapping is a JSON object
// (compact text), its KPI filter a JSON array of KPI ids ('[]': every KPI
// the source names), last_refresh the UTC time of the last good refresh
// (ISO 8601, NULL: never) and last_error why the latest one failed ('' when
// it did not). No password column, by design.
const char *const kVersion2[] = {
    R"(CREATE TABLE data_source (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('csv', 'sql')),
    location TEXT NOT NULL CHECK (length(location) > 0),
    mapping TEXT NOT NULL DEFAULT '{}',
    kpi_filter TEXT NOT NULL DEFAULT '[]',
    last_refresh TEXT,
    last_error TEXT NOT NULL DEFAULT ''))",
};

Result<void> run(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return sqlFailure(tr("cannot create the schema"), q.lastError());
    }
    return {};
}

QString normalized(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

using SchemaObjects = QMap<QString, QString>; // "type name" -> normalized SQL

Result<SchemaObjects> readSchema(QSqlDatabase &db)
{
    SchemaObjects objects;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema")))
        return sqlFailure(tr("cannot read the file's schema"), q.lastError());
    while (q.next()) {
        objects.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(),
                       normalized(q.value(2).toString()));
    }
    return objects;
}

} // namespace

QStringList migrationTo(int to)
{
    QStringList out;
    if (to == 1) {
        for (const char *sql : kVersion1)
            out << QString::fromUtf8(sql);
    } else if (to == 2) {
        for (const char *sql : kVersion2)
            out << QString::fromUtf8(sql);
    }
    return out;
}

Result<void> create(QSqlDatabase &db)
{
    return migrate(db, 0);
}

Result<void> migrate(QSqlDatabase &db, int fromVersion)
{
    for (int v = fromVersion + 1; v <= kCurrentVersion; ++v) {
        if (auto r = run(db, migrationTo(v)); !r)
            return r;
    }
    return {};
}

Result<void> verify(QSqlDatabase &db, int version)
{
    // The reference: the same migrations run on a private in-memory database.
    const QString name =
        QStringLiteral("scorecard-schema-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<SchemaObjects> expected = fail({});
    {
        QSqlDatabase ref = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ref.setDatabaseName(QStringLiteral(":memory:"));
        if (!ref.open())
            return fail(tr("cannot open an in-memory database: %1").arg(ref.lastError().text()));
        for (int v = 1; v <= version; ++v) {
            if (auto r = run(ref, migrationTo(v)); !r)
                return r;
        }
        expected = readSchema(ref);
        ref.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!expected)
        return fail(expected.error());

    auto actual = readSchema(db);
    if (!actual)
        return fail(actual.error());
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            return fail(tr("unexpected %1 in the file's schema").arg(it.key()));
        if (expected->value(it.key()) != it.value())
            return fail(tr("%1 in the file's schema has been altered").arg(it.key()));
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            return fail(tr("%1 is missing from the file's schema").arg(it.key()));
    }
    return {};
}

} // namespace scorecard::schema
