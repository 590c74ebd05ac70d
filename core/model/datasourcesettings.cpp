// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/datasourcesettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::DataSource", text);
}

/** The string at @p key of @p o, which must be one of @p allowed (empty: any). */
Result<QString> text(const QJsonObject &o, const QString &key, const QStringList &allowed = {})
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return fail(tr("mapping \"%1\" must be a string").arg(key));
    if (!allowed.isEmpty() && !allowed.contains(v.toString()))
        return fail(tr("mapping \"%1\" must be one of %2, not \"%3\"")
                        .arg(key, allowed.join(QStringLiteral(", ")), v.toString()));
    return v.toString();
}

} // namespace

Result<DataSourceSettings> DataSourceSettings::of(const DataSource &source)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(source.mapping.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return fail(tr("the mapping must be a JSON object"));
    const QJsonObject mapping = json.object();
    DataSourceSettings s;
    const QStringList csvKeys{QStringLiteral("layout"), QStringLiteral("delimiter"),
                              QStringLiteral("encoding"), QStringLiteral("decimal")};
    const QStringList sqlKeys{QStringLiteral("query"), QStringLiteral("kpi")};
    const QStringList &known = source.kind == DataSourceKind::Csv ? csvKeys : sqlKeys;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                tr("unknown mapping key \"%1\" for a %2 source (known: %3)")
                    .arg(it.key(), toString(source.kind), known.join(QStringLiteral(", "))));
    }
    if (source.location.trimmed().isEmpty())
        return fail(tr("the location is empty"));

    if (source.kind == DataSourceKind::Csv) {
        auto layout = text(mapping, QStringLiteral("layout"),
                           {QStringLiteral("long"), QStringLiteral("wide")});
        auto delimiter = text(mapping, QStringLiteral("delimiter"),
                              {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("tab")});
        auto encoding = text(
            mapping, QStringLiteral("encoding"),
            {QStringLiteral("utf-8"), QStringLiteral("utf-16"), QStringLiteral("windows-1252")});
        auto decimal = text(mapping, QStringLiteral("decimal"),
                            {QStringLiteral("point"), QStringLiteral("comma")});
        for (const auto *r : {&layout, &delimiter, &encoding, &decimal}) {
            if (!*r)
                return fail(r->error());
        }
        s.layout = *layout;
        s.delimiter = *delimiter;
        s.encoding = *encoding;
        s.decimal = *decimal;
        return s;
    }

    auto query = text(mapping, QStringLiteral("query"));
    if (!query)
        return fail(query.error());
    if (query->trimmed().isEmpty())
        return fail(tr("a sql source needs a \"query\" in its mapping"));
    auto kpi = text(mapping, QStringLiteral("kpi"));
    if (!kpi)
        return fail(kpi.error());
    s.query = *query;
    s.kpi = *kpi;

    // DRIVER:DATABASE[;host=H][;port=P][;user=U]
    const qsizetype colon = source.location.indexOf(u':');
    if (colon <= 0)
        return fail(tr("a sql location is written DRIVER:DATABASE, e.g. QSQLITE:sales.db"));
    s.driver = source.location.left(colon);
    for (QChar c : std::as_const(s.driver)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return fail(
                tr("\"%1\" is not a driver name (e.g. QSQLITE, QPSQL, QODBC)").arg(s.driver));
    }
    const QStringList parts = source.location.mid(colon + 1).split(u';');
    s.database = parts.value(0);
    if (s.database.isEmpty())
        return fail(tr("the sql location names no database"));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(u'=', 0, 0).trimmed().toLower();
        const QString value = parts[i].section(u'=', 1);
        if (key == u"host")
            s.host = value;
        else if (key == u"user")
            s.user = value;
        else if (key == u"port") {
            bool ok = false;
            s.port = value.toInt(&ok);
            if (!ok || s.port <= 0 || s.port > 65535)
                return fail(tr("\"%1\" is not a port").arg(value));
        } else if (key == u"password" && value == u"ask")
            s.askPassword = true;
        else if (key == u"password" || key == u"pwd")
            return fail(tr("a password is never stored in the scorecard: use the driver's own "
                           "way (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for QODBC)"));
        else
            return fail(
                tr("unknown sql location setting \"%1\" (known: host, port, user)").arg(key));
    }
    return s;
}

} // namespace scorecard
