// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scorecardfile.h"

#include "model/limits.h"
#include "storage/loadcheck.h"
#include "storage/rowcodec.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"
#include "storage/sqlitehandle.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <filesystem>

namespace scorecard {

using namespace Qt::StringLiterals;
using rowcodec::Codec;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::ScorecardFile", text);
}

constexpr qint64 kSqliteHeaderSize = 100;

/** What the 100-byte SQLite header says, read before SQLite touches the file. */
struct Header
{
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

Result<Header> readHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the file: %1").arg(f.errorString()));
    if (f.size() == 0)
        return fail(tr("the file is empty, not a scorecard"));
    const QByteArray header = f.read(kSqliteHeaderSize);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(tr("not a scorecard file (not a SQLite database)"));
    if (header.size() < kSqliteHeaderSize)
        return fail(tr("the file is truncated (shorter than a SQLite header)"));
    Header h;
    h.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (h.applicationId != schema::kApplicationId)
        return fail(tr("not a scorecard file (a SQLite database of another application)"));
    if (h.userVersion > schema::kCurrentVersion)
        return fail(tr("this file was made by a newer version (schema %1)").arg(h.userVersion));
    if (h.userVersion < 1)
        return fail(tr("not a scorecard file (no schema version)"));
    return h;
}

/**
 * Untrusted-file protection, set before SQLite parses the schema: defensive
 * mode (no writable_schema tricks), no functions with side effects from the
 * schema, and neither triggers nor views run at all (the schema has none,
 * and verify() refuses a file that has some anyway).
 */
Result<void> harden(QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return fail(tr("the SQLite driver did not expose its handle"));
    int out = 0;
    const bool ok = sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &out) == SQLITE_OK &&
                    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &out) == SQLITE_OK &&
                    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &out) == SQLITE_OK &&
                    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &out) == SQLITE_OK;
    if (!ok)
        return fail(tr("cannot configure SQLite's safety options"));
    return {};
}

Result<void> execPlain(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlFailure(what, q.lastError());
    return {};
}

QString temporarySibling(const QString &path)
{
    const QFileInfo fi(path);
    return fi.absoluteDir().filePath(u"."_s + fi.fileName() + u".tmp-"_s +
                                     QUuid::createUuid().toString(QUuid::Id128).left(12));
}

Result<void> replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(),
                            ec);
    if (ec) {
        QFile::remove(from);
        return fail(tr("cannot move the new file into place: %1")
                        .arg(QString::fromLocal8Bit(ec.message())));
    }
    return {};
}

} // namespace

ScorecardFile::ScorecardFile(QString path)
    : m_path(std::move(path)),
      m_connection(u"scorecard-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

ScorecardFile::~ScorecardFile()
{
    finalizeRawStatements();
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void ScorecardFile::finalizeRawStatements()
{
    sqlite3_finalize(m_putMeasurement);
    m_putMeasurement = nullptr;
    sqlite3_finalize(m_putMeasurements);
    m_putMeasurements = nullptr;
}

Result<void> ScorecardFile::openConnection(bool readOnly)
{
    finalizeRawStatements();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    // A second writer waits this long for the lock, then is told the file is busy.
    QString options = u"QSQLITE_BUSY_TIMEOUT=2000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return sqlFailure(tr("cannot open the file"), m_db.lastError());
    if (auto r = harden(m_db); !r)
        return r;
    m_readOnly = readOnly;
    if (auto r = execPlain(m_db, u"PRAGMA foreign_keys = ON"_s, tr("cannot enable foreign keys"));
        !r)
        return r;
    if (!readOnly) {
        if (auto r = execPlain(m_db, u"PRAGMA journal_mode = DELETE"_s,
                               tr("cannot set the journal mode"));
            !r)
            return r;
        // FULL: a committed command survives a power cut, not only a crash.
        if (auto r =
                execPlain(m_db, u"PRAGMA synchronous = FULL"_s, tr("cannot set synchronous mode"));
            !r)
            return r;
        // Room for a bulk import's changed pages (64 MB, used only as needed):
        // with the default 2 MB SQLite spills dirty pages to the file half-way
        // through a transaction, each spill syncing the journal first.
        if (auto r =
                execPlain(m_db, u"PRAGMA cache_size = -65536"_s, tr("cannot set the cache size"));
            !r)
            return r;
    }
    return {};
}

Result<void> ScorecardFile::validate()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return sqlFailure(tr("the file is damaged"), q.lastError());
    if (!q.next())
        return fail(tr("the file is damaged (quick_check gave no answer)"));
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok"_s)
        return fail(tr("the file is damaged: %1").arg(verdict.simplified().left(200)));
    q.finish();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqlFailure(tr("cannot read the schema version"), q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (auto r = schema::verify(m_db, version); !r)
        return fail(tr("not a valid scorecard: %1").arg(r.error()));
    return {};
}

Result<std::unique_ptr<ScorecardFile>> ScorecardFile::open(const QString &path, Access access)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(tr("no such file"));
    if (fi.isDir())
        return fail(tr("is a folder, not a scorecard file"));
    if (fi.size() > limits::kMaxFileSize)
        return fail(
            tr("the file is larger than the limit of %1 GiB").arg(limits::kMaxFileSize >> 30));
    auto header = readHeader(path);
    if (!header)
        return fail(header.error());

    std::unique_ptr<ScorecardFile> file(new ScorecardFile(fi.absoluteFilePath()));
    QString reason;
    if (access == Access::ReadOnly)
        reason = tr("opened read-only on request");
    else if (!fi.isWritable())
        reason = tr("the file is not writable (permissions or read-only media)");
    else if (!QFileInfo(fi.absolutePath()).isWritable())
        reason = tr("its folder is not writable, so SQLite cannot keep a journal there");

    if (auto r = file->openConnection(!reason.isEmpty()); !r) {
        // SQLite reads the first pages only now: damage shows up here first.
        if (r.error().contains(u"malformed"_s) || r.error().contains(u"not a database"_s))
            return fail(tr("the file is damaged: database disk image is malformed"));
        return fail(r.error());
    }
    if (auto r = file->validate(); !r)
        return fail(r.error());

    if (!file->m_readOnly) {
        // Probe for another writer: if one holds the lock, open read-only.
        Transaction probe(file->m_db);
        if (auto r = probe.begin(); !r) {
            probe.rollback();
            if (auto o = file->openConnection(true); !o)
                return fail(o.error());
            reason = r.error();
        } else {
            if (header->userVersion < schema::kCurrentVersion) {
                if (auto m = schema::migrate(file->m_db, header->userVersion); !m)
                    return fail(m.error());
                if (auto v = file->exec(u"PRAGMA user_version = %1"_s.arg(schema::kCurrentVersion),
                                        {}, tr("cannot record the schema version"));
                    !v)
                    return fail(v.error());
                if (auto c = probe.commit(); !c)
                    return fail(c.error());
            }
        }
    }
    // Read-only, an older schema is read as it is (tables it lacks are empty);
    // read-write, it was migrated above.
    file->m_schemaVersion = file->m_readOnly ? header->userVersion : schema::kCurrentVersion;
    file->m_readOnlyReason = reason;
    return file;
}

Result<void> ScorecardFile::create(const QString &path, const Scorecard &content, bool overwrite)
{
    const QFileInfo fi(path);
    if (fi.exists() && !overwrite)
        return fail(tr("the file already exists (use --force to overwrite)"));
    if (fi.isDir())
        return fail(tr("is a folder"));
    const QString temp = temporarySibling(path);
    {
        ScorecardFile file(temp);
        if (auto r = file.openConnection(false); !r) {
            QFile::remove(temp);
            return r;
        }
        auto write = [&]() -> Result<void> {
            if (auto r = execPlain(file.m_db,
                                   u"PRAGMA application_id = %1"_s.arg(schema::kApplicationId),
                                   tr("cannot set the application id"));
                !r)
                return r;
            Transaction t(file.m_db);
            if (auto r = t.begin(); !r)
                return r;
            if (auto r = schema::create(file.m_db); !r)
                return r;
            if (auto r = file.exec(u"INSERT INTO scorecard(singleton, name) VALUES (1, '')"_s, {},
                                   tr("cannot write the scorecard settings"));
                !r)
                return r;
            if (auto r = file.writeInfo(content.info); !r)
                return r;
            auto all = [&](const auto &list) -> Result<void> {
                for (const auto &e : list) {
                    if (auto r = file.insert(e); !r)
                        return r;
                }
                return {};
            };
            Result<void> r;
            if (!(r = all(content.perspectives)) || !(r = all(content.pillars)) ||
                !(r = all(content.departments)) || !(r = all(content.objectives)) ||
                !(r = all(content.links)) || !(r = all(content.kpis)) || !(r = all(content.okrs)) ||
                !(r = all(content.initiatives)) || !(r = all(content.dataSources)))
                return r;
            if (auto v = file.exec(u"PRAGMA user_version = %1"_s.arg(schema::kCurrentVersion), {},
                                   tr("cannot record the schema version"));
                !v)
                return v;
            return t.commit();
        };
        if (auto r = write(); !r) {
            file.finalizeRawStatements();
            file.m_statements.clear();
            file.m_db.close();
            QFile::remove(temp);
            QFile::remove(temp + u"-journal"_s);
            return r;
        }
    }
    return replaceFile(temp, path);
}

Result<QSqlQuery *> ScorecardFile::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            return sqlFailure(tr("cannot prepare a statement"), q.lastError());
        it = m_statements.insert(sql, q);
    }
    return &it.value();
}

Result<void> ScorecardFile::exec(const QString &sql, const QVariantList &values,
                                 const QString &what)
{
    auto q = prepared(sql);
    if (!q)
        return fail(q.error());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL: text columns hold '' instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            (*q)->bindValue(i, QStringLiteral(""));
        else
            (*q)->bindValue(i, v);
    }
    if (!(*q)->exec())
        return sqlFailure(what, (*q)->lastError());
    (*q)->finish();
    return {};
}

Result<void> ScorecardFile::writeInfo(const ScorecardInfo &info)
{
    return exec(u"UPDATE scorecard SET name = ?, description = ?, band_green = ?, band_amber = ?, "
                "currency = ? WHERE singleton = 1"_s,
                {info.name, info.description, info.bands.green, info.bands.amber, info.currency},
                tr("cannot write the scorecard settings"));
}

namespace {

template <typename T> QString insertSql()
{
    const QStringList cols = Codec<T>::columns();
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << u"?"_s;
    return u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(QLatin1String(Codec<T>::table),
                                                   cols.join(u", "_s), marks.join(u", "_s));
}

template <typename T> QString keyWhere()
{
    const QStringList cols = Codec<T>::columns();
    QStringList parts;
    for (int i = 0; i < Codec<T>::keyCount; ++i)
        parts << cols.at(i) + u" = ?"_s;
    return parts.join(u" AND "_s);
}

template <typename T> QString updateSql()
{
    const QStringList cols = Codec<T>::columns();
    QStringList sets;
    for (qsizetype i = Codec<T>::keyCount; i < cols.size(); ++i)
        sets << cols.at(i) + u" = ?"_s;
    return u"UPDATE %1 SET %2 WHERE %3"_s.arg(QLatin1String(Codec<T>::table), sets.join(u", "_s),
                                              keyWhere<T>());
}

/** The values of an update: the non-key columns, then the key. */
template <typename T> QVariantList updateValues(const T &e)
{
    QVariantList v = Codec<T>::values(e);
    QVariantList keys = v.mid(0, Codec<T>::keyCount);
    v.remove(0, Codec<T>::keyCount);
    return v + keys;
}

template <typename T> QString entityName()
{
    return QLatin1String(Codec<T>::table);
}

} // namespace

template <typename T> Result<void> ScorecardFile::insert(const T &entity)
{
    if (auto r = exec(insertSql<T>(), Codec<T>::values(entity),
                      tr("cannot add the %1 \"%2\"")
                          .arg(entityName<T>(), Codec<T>::values(entity).at(0).toString()));
        !r)
        return r;
    if constexpr (std::is_same_v<T, Kpi>)
        return writeMeasurements(entity);
    if constexpr (std::is_same_v<T, Okr>)
        return writeKeyResults(entity);
    if constexpr (std::is_same_v<T, Initiative>)
        return writeInitiativeChildren(entity);
    return {};
}

template <typename T> Result<void> ScorecardFile::update(const T &entity)
{
    if (auto r = exec(updateSql<T>(), updateValues(entity),
                      tr("cannot change the %1 \"%2\"")
                          .arg(entityName<T>(), Codec<T>::values(entity).at(0).toString()));
        !r)
        return r;
    // A KPI's measurements change through their own commands, never with its fields.
    if constexpr (std::is_same_v<T, Okr>)
        return writeKeyResults(entity);
    if constexpr (std::is_same_v<T, Initiative>)
        return writeInitiativeChildren(entity);
    return {};
}

template <typename T> Result<void> ScorecardFile::remove(const T &entity)
{
    const QVariantList values = Codec<T>::values(entity);
    return exec(u"DELETE FROM %1 WHERE %2"_s.arg(entityName<T>(), keyWhere<T>()),
                values.mid(0, Codec<T>::keyCount),
                tr("cannot remove the %1 \"%2\"").arg(entityName<T>(), values.at(0).toString()));
}

#define SCORECARD_INSTANTIATE(T)                                                                   \
    template Result<void> ScorecardFile::insert<T>(const T &);                                     \
    template Result<void> ScorecardFile::update<T>(const T &);                                     \
    template Result<void> ScorecardFile::remove<T>(const T &);
SCORECARD_INSTANTIATE(Perspective)
SCORECARD_INSTANTIATE(Pillar)
SCORECARD_INSTANTIATE(Department)
SCORECARD_INSTANTIATE(Objective)
SCORECARD_INSTANTIATE(Link)
SCORECARD_INSTANTIATE(Kpi)
SCORECARD_INSTANTIATE(Okr)
SCORECARD_INSTANTIATE(Initiative)
SCORECARD_INSTANTIATE(DataSource)
#undef SCORECARD_INSTANTIATE

namespace {

/** The canonical text of @p p ("2026-W07", "2026-03", "2026-Q1", "2026") into @p out; its length.
 */
int canonicalPeriod(const Period &p, char (&out)[8])
{
    const int y = p.year(), i = p.index();
    out[0] = char('0' + y / 1000);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    switch (p.frequency()) {
    case Frequency::Weekly:
        out[4] = '-';
        out[5] = 'W';
        out[6] = char('0' + i / 10);
        out[7] = char('0' + i % 10);
        return 8;
    case Frequency::Monthly:
        out[4] = '-';
        out[5] = char('0' + i / 10);
        out[6] = char('0' + i % 10);
        return 7;
    case Frequency::Quarterly:
        out[4] = '-';
        out[5] = 'Q';
        out[6] = char('0' + i);
        return 7;
    case Frequency::Yearly:
        return 4;
    }
    return 4;
}

} // namespace

Result<void> ScorecardFile::putMeasurement(const MeasurementRecord &r)
{
    return putMeasurement(r.kpi, r.measurement.period, r.measurement.value, r.measurement.note);
}

Result<void> ScorecardFile::putMeasurement(const KpiId &kpi, const Period &period, double value,
                                           const QString &note)
{
    const MeasurementRow row{&kpi.value, period, value, &note};
    return putMeasurementBatch(&row, 1);
}

namespace {
constexpr int kMeasurementBatch = 64;
}

Result<void> ScorecardFile::putMeasurements(const std::vector<MeasurementRow> &rows)
{
    size_t i = 0;
    for (; i + kMeasurementBatch <= rows.size(); i += kMeasurementBatch) {
        if (auto r = putMeasurementBatch(rows.data() + i, kMeasurementBatch); !r)
            return r;
    }
    for (; i < rows.size(); ++i) {
        if (auto r = putMeasurementBatch(rows.data() + i, 1); !r)
            return r;
    }
    return {};
}

// The hot path of imports and of creating large files: SQLite's C API with
// two cached statements (one row, kMeasurementBatch rows), each KPI's UTF-8
// made once per run of rows, periods formatted on the stack. An upsert, not
// INSERT OR REPLACE: replacing a row deletes and re-inserts it, and checks
// its foreign key twice.
Result<void> ScorecardFile::putMeasurementBatch(const MeasurementRow *rows, int count)
{
    sqlite3_stmt **statement = count == 1 ? &m_putMeasurement : &m_putMeasurements;
    if (!*statement) {
        QByteArray sql = "INSERT INTO measurement(kpi, period, value, note) VALUES (?, ?, ?, ?)";
        for (int i = 1; i < count; ++i)
            sql += ", (?, ?, ?, ?)";
        sql +=
            " ON CONFLICT(kpi, period) DO UPDATE SET value = excluded.value, note = excluded.note";
        sqlite3 *h = sqliteHandle(m_db);
        if (!h || sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), statement, nullptr) !=
                      SQLITE_OK)
            return fail(
                tr("cannot prepare a statement: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    }
    sqlite3_stmt *st = *statement;
    char periods[kMeasurementBatch][8];
    QByteArray notes[kMeasurementBatch];
    for (int i = 0; i < count; ++i) {
        const MeasurementRow &row = rows[i];
        if (*row.kpi != m_lastKpi || m_lastKpi.isNull()) {
            // Bound SQLITE_TRANSIENT below: this buffer changes within a batch.
            m_lastKpi = *row.kpi;
            m_lastKpiUtf8 = row.kpi->toUtf8();
        }
        const int periodLength = canonicalPeriod(row.period, periods[i]);
        if (!row.note->isEmpty())
            notes[i] = row.note->toUtf8();
        sqlite3_bind_text(st, 4 * i + 1, m_lastKpiUtf8.constData(), int(m_lastKpiUtf8.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4 * i + 2, periods[i], periodLength, SQLITE_STATIC);
        sqlite3_bind_double(st, 4 * i + 3, row.value);
        // constData() is never null: an empty note is '', not NULL.
        sqlite3_bind_text(st, 4 * i + 4, notes[i].constData(), int(notes[i].size()), SQLITE_STATIC);
    }
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st)));
        if (count == 1)
            return fail(tr("cannot write the value of \"%1\" for %2: %3")
                            .arg(*rows[0].kpi, rows[0].period.toString(), why));
        return fail(tr("cannot write %1 values: %2").arg(count).arg(why));
    }
    return {};
}

Result<void> ScorecardFile::removeMeasurement(const MeasurementRecord &r)
{
    return removeMeasurement(r.kpi, r.measurement.period);
}

Result<void> ScorecardFile::removeMeasurement(const KpiId &kpi, const Period &period)
{
    return exec(u"DELETE FROM measurement WHERE kpi = ? AND period = ?"_s,
                {kpi.value, period.toString()},
                tr("cannot remove the value of \"%1\" for %2").arg(kpi.value, period.toString()));
}

Result<void> ScorecardFile::writeMeasurements(const Kpi &kpi)
{
    std::vector<MeasurementRow> rows;
    rows.reserve(kpi.measurements.size());
    for (const Measurement &m : kpi.measurements)
        rows.push_back({&kpi.id.value, m.period, m.value, &m.note});
    return putMeasurements(rows);
}

Result<void> ScorecardFile::writeKeyResults(const Okr &okr)
{
    if (auto r = exec(u"DELETE FROM key_result WHERE okr = ?"_s, {okr.id.value},
                      tr("cannot replace the key results of \"%1\"").arg(okr.id.value));
        !r)
        return r;
    for (const KeyResult &k : okr.keyResults) {
        if (auto r = exec(u"INSERT INTO key_result(id, okr, title, start_value, target_value, "
                          "current_value, unit, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {k.id.value, okr.id.value, k.title, k.startValue, k.targetValue,
                           k.currentValue, k.unit, k.weight},
                          tr("cannot write the key result \"%1\"").arg(k.id.value));
            !r)
            return r;
    }
    return {};
}

Result<void> ScorecardFile::writeInitiativeChildren(const Initiative &in)
{
    const QString what =
        tr("cannot write the contributions and milestones of \"%1\"").arg(in.id.value);
    if (auto r = exec(u"DELETE FROM contribution WHERE initiative = ?"_s, {in.id.value}, what); !r)
        return r;
    if (auto r = exec(u"DELETE FROM milestone WHERE initiative = ?"_s, {in.id.value}, what); !r)
        return r;
    int position = 0;
    for (const Contribution &c : in.contributions) {
        if (auto r = exec(u"INSERT INTO contribution(initiative, objective, position, weight) "
                          "VALUES (?, ?, ?, ?)"_s,
                          {in.id.value, c.objective.value, position++, c.weight}, what);
            !r)
            return r;
    }
    position = 0;
    for (const Milestone &m : in.milestones) {
        if (auto r = exec(
                u"INSERT INTO milestone(initiative, position, title, due, done) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                {in.id.value, position++, m.title, rowcodec::toSql(m.due), m.done ? 1 : 0}, what);
            !r)
            return r;
    }
    return {};
}

template <typename T> Result<std::vector<T>> ScorecardFile::loadAll()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
        Codec<T>::columns().join(u", "_s), entityName<T>(), QLatin1String(Codec<T>::orderBy));
    if (!q.exec(sql))
        return sqlFailure(tr("cannot read the %1 table").arg(entityName<T>()), q.lastError());
    std::vector<T> out;
    while (q.next())
        out.push_back(Codec<T>::read(q));
    if (q.lastError().isValid())
        return sqlFailure(tr("cannot read the %1 table").arg(entityName<T>()), q.lastError());
    return out;
}

// Measurements are the bulk of a file (a million rows is normal for years of
// weekly data), so they are read through SQLite's C API: no QVariant or
// QString per row, and the KPI is looked up only when it changes.
Result<void> ScorecardFile::loadMeasurements(Scorecard &sc)
{
    QHash<QString, size_t> kpiIndex;
    for (size_t i = 0; i < sc.kpis.size(); ++i)
        kpiIndex.insert(sc.kpis[i].id.value, i);
    sqlite3 *h = sqliteHandle(m_db);
    sqlite3_stmt *st = nullptr;
    if (!h || sqlite3_prepare_v2(
                  h, "SELECT kpi, period, value, note FROM measurement ORDER BY kpi, period", -1,
                  &st, nullptr) != SQLITE_OK)
        return fail(
            tr("cannot read the measurements: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(st, sqlite3_finalize);
    QByteArray lastKpi;
    Kpi *kpi = nullptr;
    int rc = SQLITE_ROW;
    qint64 rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (++rows > limits::kMaxMeasurements)
            return fail(tr("the file has more than %1 measurements, the limit")
                            .arg(limits::kMaxMeasurements));
        const QByteArrayView id(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                sqlite3_column_bytes(st, 0));
        if (kpi == nullptr || id != lastKpi) {
            lastKpi = id.toByteArray();
            auto it = kpiIndex.constFind(QString::fromUtf8(lastKpi));
            kpi = it == kpiIndex.constEnd() ? nullptr : &sc.kpis[*it];
            if (!kpi)
                return fail(tr("a measurement refers to the missing KPI \"%1\"")
                                .arg(QString::fromUtf8(lastKpi)));
        }
        const std::string_view text(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)),
                                    size_t(sqlite3_column_bytes(st, 1)));
        std::optional<Period> period = Period::fromCanonical(text, kpi->frequency);
        if (!period) {
            auto parsed = Period::parse(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                        kpi->frequency);
            if (!parsed)
                return fail(tr("KPI \"%1\": %2").arg(kpi->id.value, parsed.error()));
            period = *parsed;
        }
        const int noteBytes = sqlite3_column_bytes(st, 3);
        QString note;
        if (noteBytes > 0)
            note = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)),
                                     noteBytes);
        kpi->measurements.push_back({*period, sqlite3_column_double(st, 2), std::move(note)});
    }
    if (rc != SQLITE_DONE)
        return fail(
            tr("cannot read the measurements: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    // Stored text sorts chronologically within one frequency, but a file
    // written by another tool may differ (e.g. ISO dates): sort to be sure.
    for (Kpi &k : sc.kpis) {
        if (!std::is_sorted(
                k.measurements.begin(), k.measurements.end(),
                [](const Measurement &a, const Measurement &b) { return a.period < b.period; }))
            std::sort(
                k.measurements.begin(), k.measurements.end(),
                [](const Measurement &a, const Measurement &b) { return a.period < b.period; });
    }
    return {};
}

Result<Scorecard> ScorecardFile::load()
{
    if (auto r = checkRowCounts(m_db, m_schemaVersion); !r)
        return fail(r.error());
    if (auto r = checkValues(m_db, m_schemaVersion); !r)
        return fail(r.error());
    auto content = loadUnchecked();
    if (!content)
        return content;
    if (auto r = checkLoaded(*content); !r)
        return fail(r.error());
    return content;
}

Result<Scorecard> ScorecardFile::loadUnchecked()
{
    Scorecard sc;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, description, band_green, band_amber, currency FROM scorecard"_s) ||
        !q.next())
        return sqlFailure(tr("cannot read the scorecard settings"), q.lastError());
    sc.info = {q.value(0).toString(), q.value(1).toString(),
               Bands{q.value(2).toDouble(), q.value(3).toDouble()}, q.value(4).toString()};
    q.finish();

#define SCORECARD_LOAD(T, member)                                                                  \
    if (auto r = loadAll<T>(); r)                                                                  \
        sc.member = std::move(r).value();                                                          \
    else                                                                                           \
        return fail(r.error());
    SCORECARD_LOAD(Perspective, perspectives)
    SCORECARD_LOAD(Pillar, pillars)
    SCORECARD_LOAD(Department, departments)
    SCORECARD_LOAD(Objective, objectives)
    SCORECARD_LOAD(Link, links)
    SCORECARD_LOAD(Kpi, kpis)
    SCORECARD_LOAD(Okr, okrs)
    SCORECARD_LOAD(Initiative, initiatives)
    if (m_schemaVersion >= 2) {
        SCORECARD_LOAD(DataSource, dataSources)
    }
#undef SCORECARD_LOAD

    if (auto r = loadMeasurements(sc); !r)
        return fail(r.error());

    QHash<QString, size_t> okrIndex;
    for (size_t i = 0; i < sc.okrs.size(); ++i)
        okrIndex.insert(sc.okrs[i].id.value, i);
    if (!q.exec(u"SELECT okr, id, title, start_value, target_value, current_value, unit, weight "
                "FROM key_result ORDER BY seq"_s))
        return sqlFailure(tr("cannot read the key results"), q.lastError());
    while (q.next()) {
        sc.okrs[okrIndex.value(q.value(0).toString())].keyResults.push_back(
            {KeyResultId(q.value(1).toString()), q.value(2).toString(), q.value(3).toDouble(),
             q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toString(),
             q.value(7).toDouble()});
    }
    q.finish();

    QHash<QString, size_t> initiativeIndex;
    for (size_t i = 0; i < sc.initiatives.size(); ++i)
        initiativeIndex.insert(sc.initiatives[i].id.value, i);
    if (!q.exec(
            u"SELECT initiative, objective, weight FROM contribution ORDER BY initiative, position"_s))
        return sqlFailure(tr("cannot read the contributions"), q.lastError());
    while (q.next()) {
        sc.initiatives[initiativeIndex.value(q.value(0).toString())].contributions.push_back(
            {ObjectiveId(q.value(1).toString()), q.value(2).toDouble()});
    }
    q.finish();
    if (!q.exec(
            u"SELECT initiative, title, due, done FROM milestone ORDER BY initiative, position"_s))
        return sqlFailure(tr("cannot read the milestones"), q.lastError());
    while (q.next()) {
        sc.initiatives[initiativeIndex.value(q.value(0).toString())].milestones.push_back(
            {q.value(1).toString(), rowcodec::dateAt(q, 2), q.value(3).toInt() != 0});
    }
    return sc;
}

Result<void> ScorecardFile::saveCopy(const QString &target, bool overwrite)
{
    if (QFileInfo::exists(target) && !overwrite)
        return fail(tr("the file already exists"));
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return fail(tr("cannot save a copy over the open file itself"));
    const QString temp = temporarySibling(target);
    QSqlQuery q(m_db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        return sqlFailure(tr("cannot write a copy to %1").arg(target), q.lastError());
    }
    return replaceFile(temp, target);
}

qint64 ScorecardFile::dataVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace scorecard
