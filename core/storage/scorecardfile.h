// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3_stmt;

namespace scorecard {

/**
 * A .scorecard file: a SQLite database with application_id "SCST" and the
 * schema version in user_version. Opening is safe for untrusted files (see
 * open()). Writes are only made inside a Transaction on database().
 *
 * Journal mode is DELETE (a rollback journal), not WAL: a closed scorecard
 * is one self-contained file that can be mailed or copied, WAL's -shm file
 * cannot exist on read-only media or work on network shares, and reading
 * never needs to create a file next to it.
 */
class ScorecardFile
{
public:
    enum class Access { ReadWrite, ReadOnly };

    ~ScorecardFile();
    ScorecardFile(const ScorecardFile &) = delete;
    ScorecardFile &operator=(const ScorecardFile &) = delete;

    /**
     * Opens an existing file. Refuses (with a one-line reason) anything that
     * is not a scorecard of a known schema or fails SQLite's quick_check. A
     * file that cannot be written (permissions, read-only media, another
     * writer) opens read-only; readOnlyReason() says why.
     */
    static Result<std::unique_ptr<ScorecardFile>> open(const QString &path,
                                                       Access access = Access::ReadWrite);
    /**
     * Writes @p content as a new file at @p path in one transaction, into a
     * temporary file renamed into place at the end (never a half-written
     * file). Refuses an existing @p path unless @p overwrite.
     */
    static Result<void> create(const QString &path, const Scorecard &content,
                               bool overwrite = false);

    QString path() const { return m_path; }
    /** The file's schema version: kCurrentVersion, or older for a file opened read-only. */
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /** Replaces the reason of a read-only file (e.g. "another window edits it"); no-op otherwise.
     */
    void setReadOnlyReason(const QString &reason)
    {
        if (m_readOnly)
            m_readOnlyReason = reason;
    }
    QSqlDatabase &database() { return m_db; }

    /**
     * Reads the whole scorecard. Refuses, with the reason, a file beyond the
     * limits (limits.h), with non-finite numbers, references to missing
     * entities or cycles in the department or objective trees.
     */
    Result<Scorecard> load();

    // Row writes; call inside a Transaction. Children (measurements of a new
    // KPI, key results, contributions, milestones) are written with their parent.
    Result<void> writeInfo(const ScorecardInfo &info);
    template <typename T> Result<void> insert(const T &entity);
    template <typename T> Result<void> update(const T &entity);
    template <typename T> Result<void> remove(const T &entity);
    Result<void> putMeasurement(const MeasurementRecord &record);
    Result<void> removeMeasurement(const MeasurementRecord &record);
    /** Inserts or replaces one value (the hot path of imports: no allocation per call). */
    Result<void> putMeasurement(const KpiId &kpi, const Period &period, double value,
                                const QString &note);
    Result<void> removeMeasurement(const KpiId &kpi, const Period &period);
    /** One value for putMeasurements(): pointers into the caller's data. */
    struct MeasurementRow
    {
        const QString *kpi;
        Period period;
        double value;
        const QString *note;
    };
    /**
     * Inserts or replaces many values, 64 rows per statement: a million in
     * about half the time of one statement per row.
     */
    Result<void> putMeasurements(const std::vector<MeasurementRow> &rows);

    /** A consistent copy of the file at @p target (VACUUM INTO a temporary file, then rename). */
    Result<void> saveCopy(const QString &target, bool overwrite = true);

    /** SQLite's data_version: changes when another connection commits. */
    qint64 dataVersion();

private:
    explicit ScorecardFile(QString path);
    Result<void> openConnection(bool readOnly);
    Result<void> validate();
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<void> exec(const QString &sql, const QVariantList &values, const QString &what);
    Result<void> writeMeasurements(const Kpi &kpi);
    Result<void> putMeasurementBatch(const MeasurementRow *rows, int count);
    Result<void> loadMeasurements(Scorecard &sc);
    Result<Scorecard> loadUnchecked();
    void finalizeRawStatements();
    Result<void> writeKeyResults(const Okr &okr);
    Result<void> writeInitiativeChildren(const Initiative &initiative);
    template <typename T> Result<std::vector<T>> loadAll();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_readOnlyReason;
    QHash<QString, QSqlQuery> m_statements;
    sqlite3_stmt *m_putMeasurement = nullptr;
    sqlite3_stmt *m_putMeasurements = nullptr; ///< kMeasurementBatch rows
    QString m_lastKpi;                         ///< the KPI of the last putMeasurement()
    QByteArray m_lastKpiUtf8;                  ///< ... in UTF-8
};

} // namespace scorecard
