// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datarefresh.h"

#include "commands/editcommands.h"
#include "document/scorecarddocument.h"
#include "io/csvexport.h"
#include "model/datasourcesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

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
        if (!QFileInfo::exists(database))
            return fail(tr("cannot open %1: no such file").arg(database));
        options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000");
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
        if (!db.open()) {
            out = fail(tr("cannot connect to %1: %2").arg(database, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(s.query)) {
                out = fail(tr("the query failed: %1").arg(q.lastError().text()));
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
                while (q.next()) {
                    if (!s.kpi.isEmpty())
                        csv += CsvExport::cell(s.kpi) + ',';
                    for (int i = 0; i < record.count(); ++i)
                        csv += (i ? "," : "") + CsvExport::cell(cellText(q.value(i)));
                    csv += "\r\n";
                }
                if (q.lastError().isValid())
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
    if (settings->encoding == u"utf-8")
        options.table.encoding = CsvTable::Encoding::Utf8;
    else if (settings->encoding == u"utf-16")
        options.table.encoding = CsvTable::Encoding::Utf16;
    else if (settings->encoding == u"windows-1252")
        options.table.encoding = CsvTable::Encoding::Windows1252;
    const QString path = resolve(folder, source.location);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
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
