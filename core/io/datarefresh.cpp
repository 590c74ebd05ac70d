// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datarefresh.h"

#include "commands/editcommands.h"
#include "document/scorecarddocument.h"
#include "io/csvexport.h"
#include "model/datasourcesettings.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::DataRefresh", text);
}

QString resolve(const QString &folder, const QString &location)
{
    return QDir::cleanPath(QDir(folder).absoluteFilePath(location));
}

/** Why @p path cannot be a source's file (a device, a pipe, a folder, too large); empty if fine. */
QString notAFileReason(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("cannot read %1: no such file").arg(path);
    if (!info.isFile())
        return tr("cannot read %1: not a regular file").arg(path);
    if (info.size() > DataRefresh::kMaxSourceBytes)
        return tr("cannot read %1: it has %2 MB, more than a data source may give (%3 MB)")
            .arg(path)
            .arg(info.size() / (1024 * 1024))
            .arg(DataRefresh::kMaxSourceBytes / (1024 * 1024));
    return {};
}

std::atomic<qint64> timeoutMs{30000};

/** The timeout in whole seconds, at least 1 (drivers take seconds). */
qint64 timeoutSeconds()
{
    return std::max<qint64>(1, (timeoutMs.load() + 999) / 1000);
}

/** Stops a SQLite query that runs past its deadline (a runaway recursive query). */
int stopAfterDeadline(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

/** The query starts with SELECT or WITH (after blanks and comments): it only reads. */
bool isSelect(const QString &query)
{
    QStringView s(query);
    for (;;) {
        s = s.trimmed();
        if (s.startsWith(u"--")) {
            const qsizetype end = s.indexOf(u'\n');
            s = end < 0 ? QStringView() : s.mid(end + 1);
        } else if (s.startsWith(u"/*")) {
            const qsizetype end = s.indexOf(u"*/");
            s = end < 0 ? QStringView() : s.mid(end + 2);
        } else {
            break;
        }
    }
    auto word = [&](QStringView w) {
        return s.size() > w.size() && s.left(w.size()).compare(w, Qt::CaseInsensitive) == 0 &&
               !s[w.size()].isLetterOrNumber() && s[w.size()] != u'_';
    };
    return word(u"select") || word(u"with");
}

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::fromLatin1(CsvExport::number(v.toDouble()));
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODate);
    case QMetaType::QByteArray:
        return QString::fromUtf8(v.toByteArray());
    default:
        return v.toString();
    }
}

Result<QByteArray> fetchSql(const DataSourceSettings &s, const QString &folder,
                            const QString &password)
{
    if (!isSelect(s.query))
        return fail(tr("the query must be a SELECT (or WITH ... SELECT): a refresh only reads"));
    if (!QSqlDatabase::isDriverAvailable(s.driver))
        return fail(tr("the Qt Sql driver %1 is not installed (available: %2)")
                        .arg(s.driver, QSqlDatabase::drivers().join(QStringLiteral(", "))));
    QString database = s.database;
    QString options;
    if (s.driver == u"QSQLITE") {
        // Never create an empty database where the source should be.
        database = resolve(folder, s.database);
        if (const QString reason = notAFileReason(database); !reason.isEmpty())
            return fail(reason);
        options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000");
    } else if (s.driver.startsWith(u"QPSQL")) {
        options = QStringLiteral("connect_timeout=%1").arg(timeoutSeconds());
    } else if (s.driver.startsWith(u"QODBC")) {
        options = QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_CONNECTION_TIMEOUT=%1")
                      .arg(timeoutSeconds());
    }
    const QString name =
        QStringLiteral("scorecard-source-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<QByteArray> out = QByteArray();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s.driver, name);
        db.setDatabaseName(database);
        if (!s.host.isEmpty())
            db.setHostName(s.host);
        if (s.port > 0)
            db.setPort(s.port);
        if (!s.user.isEmpty())
            db.setUserName(s.user);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(options);
        const QDeadlineTimer deadline(DataRefresh::timeout());
        if (!db.open()) {
            out = fail(tr("cannot connect to %1: %2").arg(database, db.lastError().text()));
        } else {
            if (sqlite3 *h = sqliteHandle(db)) {
                // A source file is someone else's database: its schema's views run no
                // functions with side effects, and a query stops at the deadline.
                int unused = 0;
                sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
                sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
                sqlite3_progress_handler(h, 10000, &stopAfterDeadline,
                                         const_cast<QDeadlineTimer *>(&deadline));
            }
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(s.query)) {
                out = fail(deadline.hasExpired()
                               ? tr("the query was stopped after %1 seconds").arg(timeoutSeconds())
                               : tr("the query failed: %1").arg(q.lastError().text()));
            } else {
                QByteArray csv;
                const QSqlRecord record = q.record();
                QStringList header;
                if (!s.kpi.isEmpty())
                    header << QStringLiteral("kpi");
                for (int i = 0; i < record.count(); ++i)
                    header << record.fieldName(i);
                for (qsizetype i = 0; i < header.size(); ++i)
                    csv += (i ? "," : "") + CsvExport::cell(header.at(i));
                csv += "\r\n";
                bool tooLarge = false;
                while (q.next()) {
                    if (csv.size() > DataRefresh::kMaxSourceBytes) {
                        tooLarge = true;
                        break;
                    }
                    if (!s.kpi.isEmpty())
                        csv += CsvExport::cell(s.kpi) + ',';
                    for (int i = 0; i < record.count(); ++i)
                        csv += (i ? "," : "") + CsvExport::cell(cellText(q.value(i)));
                    csv += "\r\n";
                }
                if (tooLarge)
                    out = fail(tr("the query gives more than %1 MB of values; narrow it down")
                                   .arg(DataRefresh::kMaxSourceBytes / (1024 * 1024)));
                else if (deadline.hasExpired() && q.lastError().isValid())
                    out = fail(tr("the query was stopped after %1 seconds").arg(timeoutSeconds()));
                else if (q.lastError().isValid())
                    out = fail(tr("the query failed: %1").arg(q.lastError().text()));
                else
                    out = csv;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

std::chrono::milliseconds DataRefresh::timeout()
{
    return std::chrono::milliseconds(timeoutMs.load());
}

void DataRefresh::setTimeout(std::chrono::milliseconds timeout)
{
    timeoutMs.store(timeout.count());
}

bool DataRefresh::Report::allOk() const
{
    return std::all_of(sources.begin(), sources.end(), [](const SourceResult &s) { return s.ok; });
}

bool DataRefresh::isSelectQuery(const QString &query)
{
    return isSelect(query);
}

QString DataRefresh::noPasswordMessage()
{
    return tr("the database needs a password and none was given (it is asked for when "
              "refreshing, never stored)");
}

Result<QByteArray> DataRefresh::fetch(const DataSource &source, const QString &folder,
                                      CsvImport::Options &options,
                                      const PasswordProvider &passwords)
{
    auto settings = DataSourceSettings::of(source);
    if (!settings)
        return fail(settings.error());
    options.kpis = source.kpis;
    if (source.kind == DataSourceKind::Sql) {
        options.layout = CsvImport::Layout::Long;
        options.table.delimiter = u',';
        options.table.encoding = CsvTable::Encoding::Utf8;
        QString password;
        if (settings->askPassword) {
            std::optional<QString> given = passwords ? passwords(source) : std::nullopt;
            if (!given)
                return fail(noPasswordMessage());
            password = *given;
        }
        return fetchSql(*settings, folder, password);
    }
    if (settings->layout == u"long")
        options.layout = CsvImport::Layout::Long;
    else if (settings->layout == u"wide")
        options.layout = CsvImport::Layout::Wide;
    if (settings->delimiter == u"tab")
        options.table.delimiter = u'\t';
    else if (!settings->delimiter.isEmpty())
        options.table.delimiter = settings->delimiter.front();
    if (settings->decimal == u"point")
        options.decimal = NumberText::Decimal::Point;
    else if (settings->decimal == u"comma")
        options.decimal = NumberText::Decimal::Comma;
    if (settings->encoding == u"utf-8")
        options.table.encoding = CsvTable::Encoding::Utf8;
    else if (settings->encoding == u"utf-16")
        options.table.encoding = CsvTable::Encoding::Utf16;
    else if (settings->encoding == u"windows-1252")
        options.table.encoding = CsvTable::Encoding::Windows1252;
    const QString path = resolve(folder, source.location);
    // Never a device, a pipe or a huge file (a shared scorecard names the path).
    if (const QString reason = notAFileReason(path); !reason.isEmpty())
        return fail(reason);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    // In pieces, up to the limit: a file that grows while it is read stops there.
    QByteArray bytes;
    bytes.reserve(file.size());
    for (;;) {
        const QByteArray piece = file.read(4 * 1024 * 1024);
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > DataRefresh::kMaxSourceBytes)
            return fail(tr("cannot read %1: it grew past %2 MB while being read")
                            .arg(path)
                            .arg(DataRefresh::kMaxSourceBytes / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}

Result<DataRefresh::Report> DataRefresh::refresh(ScorecardDocument &doc,
                                                 const QList<DataSourceId> &only,
                                                 const QDateTime &now,
                                                 const PasswordProvider &passwords)
{
    const Scorecard &sc = doc.scorecard();
    const QString folder = QFileInfo(doc.path()).absolutePath();
    Report report;
    std::vector<MeasurementRecord> records;
    std::vector<DataSource> statuses;
    QHash<QString, QString> givenBy; // "kpi\x1fperiod" -> the source that gave it
    for (const DataSource &source : sc.dataSources) {
        if (!only.isEmpty() && !only.contains(source.id))
            continue;
        SourceResult result;
        result.id = source.id;
        CsvImport::Options options;
        auto bytes = fetch(source, folder, options, passwords);
        if (!bytes) {
            result.error = bytes.error();
        } else if (auto preview = CsvImport::preview(sc, *bytes, options); !preview) {
            result.error = preview.error();
        } else if (preview->hasErrors()) {
            const qsizetype more = qsizetype(preview->errors.size()) - 1;
            result.error = preview->errors.front().text();
            if (more == 1)
                result.error += tr(" (and 1 more error)");
            else if (more > 1)
                result.error += tr(" (and %1 more errors)").arg(more);
        } else {
            for (const CsvImport::Entry &e : preview->entries) {
                const QString key = e.kpi.value + QChar(0x1f) + e.period.toString();
                if (const auto it = givenBy.constFind(key); it != givenBy.constEnd()) {
                    result.error = tr("row %1: the value of KPI \"%2\" for %3 is also given by "
                                      "data source \"%4\"")
                                       .arg(e.row)
                                       .arg(e.kpi.value, e.period.toString(), *it);
                    break;
                }
            }
            if (result.error.isEmpty()) {
                for (const CsvImport::Entry &e : preview->entries)
                    givenBy.insert(e.kpi.value + QChar(0x1f) + e.period.toString(),
                                   source.id.value);
                std::vector<MeasurementRecord> values = CsvImport::records(doc, *preview);
                records.insert(records.end(), std::make_move_iterator(values.begin()),
                               std::make_move_iterator(values.end()));
                result.ok = true;
                result.added = preview->added;
                result.overwritten = preview->overwritten;
                result.unchanged = preview->unchanged;
            }
        }
        DataSource after = source;
        if (result.ok) {
            after.lastRefresh = now;
            after.lastError.clear();
        } else {
            after.lastError = result.error;
        }
        statuses.push_back(std::move(after));
        report.sources.push_back(std::move(result));
    }
    if (statuses.empty())
        return report;

    // Nothing new at all (the same failures as before, no values): no command.
    const bool sameStatuses =
        std::all_of(statuses.begin(), statuses.end(),
                    [&](const DataSource &d) { return *doc.dataSource(d.id) == d; });
    if (sameStatuses) {
        auto changes = ImportMeasurementsCommand::changesFor(doc, records);
        if (!changes)
            return fail(changes.error());
        if (changes->empty())
            return report;
    }
    auto command = RefreshDataCommand::create(doc, records, statuses);
    if (!command)
        return fail(command.error());
    report.changes =
        qsizetype(static_cast<RefreshDataCommand *>(command->get())->measurements().size());
    if (auto pushed = doc.push(std::move(command).value()); !pushed)
        return fail(pushed.error());
    return report;
}

} // namespace scorecard
