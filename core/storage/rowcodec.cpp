// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scorecard::rowcodec {

QVariant toSql(const QString &text)
{
    return text;
}

QVariant toSqlNullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant toSql(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant toSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString textAt(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

std::optional<double> optionalAt(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QDate dateAt(const QSqlQuery &q, int i)
{
    return QDate::fromString(q.value(i).toString(), Qt::ISODate);
}

QStringList Codec<Kpi>::columns()
{
    return {u"id"_s,       u"name"_s,   u"objective"_s,  u"unit"_s,       u"direction"_s,
            u"baseline"_s, u"target"_s, u"range_low"_s,  u"range_high"_s, u"scoring"_s,
            u"red_flag"_s, u"goal"_s,   u"band_green"_s, u"band_amber"_s, u"frequency"_s,
            u"weight"_s,   u"owner"_s,  u"department"_s, u"seq"_s};
}

QVariantList Codec<Kpi>::values(const Kpi &k)
{
    return {k.id.value,
            k.name,
            toSql(k.objective),
            k.unit,
            toString(k.direction),
            toSql(k.baseline),
            toSql(k.target),
            toSql(k.rangeLow),
            toSql(k.rangeHigh),
            toString(k.scoring),
            toSql(k.redFlag),
            toSql(k.goal),
            k.bands ? QVariant(k.bands->green) : QVariant(),
            k.bands ? QVariant(k.bands->amber) : QVariant(),
            toString(k.frequency),
            k.weight,
            k.owner,
            toSql(k.department),
            k.seq};
}

Kpi Codec<Kpi>::read(const QSqlQuery &q)
{
    Kpi k;
    k.id = KpiId(textAt(q, 0));
    k.name = textAt(q, 1);
    k.objective = ObjectiveId(textAt(q, 2));
    k.unit = textAt(q, 3);
    // The schema's CHECKs guarantee the words; the defaults only guard reads of a future file.
    k.direction = directionFromString(textAt(q, 4)).value_or(Direction::Increase);
    k.baseline = optionalAt(q, 5);
    k.target = optionalAt(q, 6);
    k.rangeLow = optionalAt(q, 7);
    k.rangeHigh = optionalAt(q, 8);
    k.scoring = scoringFromString(textAt(q, 9)).value_or(ScoringMethod::Linear);
    k.redFlag = optionalAt(q, 10);
    k.goal = optionalAt(q, 11);
    if (!q.value(12).isNull())
        k.bands = Bands{q.value(12).toDouble(), q.value(13).toDouble()};
    k.frequency = frequencyFromString(textAt(q, 14)).value_or(Frequency::Monthly);
    k.weight = q.value(15).toDouble();
    k.owner = textAt(q, 16);
    k.department = DepartmentId(textAt(q, 17));
    k.seq = q.value(18).toLongLong();
    return k;
}

QStringList Codec<Okr>::columns()
{
    return {u"id"_s,         u"title"_s,    u"objective"_s, u"owner"_s,
            u"start_date"_s, u"end_date"_s, u"weight"_s,    u"seq"_s};
}

QVariantList Codec<Okr>::values(const Okr &o)
{
    return {o.id.value,     o.title,      toSql(o.objective), o.owner,
            toSql(o.start), toSql(o.end), o.weight,           o.seq};
}

Okr Codec<Okr>::read(const QSqlQuery &q)
{
    Okr o;
    o.id = OkrId(textAt(q, 0));
    o.title = textAt(q, 1);
    o.objective = ObjectiveId(textAt(q, 2));
    o.owner = textAt(q, 3);
    o.start = dateAt(q, 4);
    o.end = dateAt(q, 5);
    o.weight = q.value(6).toDouble();
    o.seq = q.value(7).toLongLong();
    return o;
}

QStringList Codec<Initiative>::columns()
{
    return {u"id"_s,     u"name"_s,  u"owner"_s,    u"department"_s, u"start_date"_s, u"end_date"_s,
            u"budget"_s, u"spent"_s, u"progress"_s, u"status"_s,     u"seq"_s};
}

QVariantList Codec<Initiative>::values(const Initiative &i)
{
    return {i.id.value, i.name,  i.owner,    toSql(i.department), toSql(i.start), toSql(i.end),
            i.budget,   i.spent, i.progress, toString(i.status),  i.seq};
}

Initiative Codec<Initiative>::read(const QSqlQuery &q)
{
    Initiative i;
    i.id = InitiativeId(textAt(q, 0));
    i.name = textAt(q, 1);
    i.owner = textAt(q, 2);
    i.department = DepartmentId(textAt(q, 3));
    i.start = dateAt(q, 4);
    i.end = dateAt(q, 5);
    i.budget = q.value(6).toDouble();
    i.spent = q.value(7).toDouble();
    i.progress = q.value(8).toDouble();
    i.status = initiativeStatusFromString(textAt(q, 9)).value_or(InitiativeStatus::Planned);
    i.seq = q.value(10).toLongLong();
    return i;
}

QStringList Codec<DataSource>::columns()
{
    return {u"id"_s,         u"name"_s,         u"kind"_s,       u"location"_s, u"mapping"_s,
            u"kpi_filter"_s, u"last_refresh"_s, u"last_error"_s, u"seq"_s};
}

QVariantList Codec<DataSource>::values(const DataSource &d)
{
    QJsonArray kpis;
    for (const QString &k : d.kpis)
        kpis.append(k);
    return {d.id.value,
            d.name,
            toString(d.kind),
            d.location,
            d.mapping,
            QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)),
            d.lastRefresh.isValid()
                ? QVariant(d.lastRefresh.toUTC().toString(Qt::ISODateWithMs))
                : QVariant(),
            d.lastError,
            d.seq};
}

DataSource Codec<DataSource>::read(const QSqlQuery &q)
{
    DataSource d;
    d.id = DataSourceId(textAt(q, 0));
    d.name = textAt(q, 1);
    // checkValues() refused any other word before loading.
    d.kind = dataSourceKindFromString(textAt(q, 2)).value_or(DataSourceKind::Csv);
    d.location = textAt(q, 3);
    d.mapping = textAt(q, 4);
    const QJsonArray kpis = QJsonDocument::fromJson(textAt(q, 5).toUtf8()).array();
    for (const QJsonValue v : kpis)
        d.kpis << v.toString();
    if (!q.value(6).isNull())
        d.lastRefresh = QDateTime::fromString(textAt(q, 6), Qt::ISODateWithMs);
    d.lastError = textAt(q, 7);
    d.seq = q.value(8).toLongLong();
    return d;
}

} // namespace scorecard::rowcodec
