// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How each entity maps onto its table row. One specialisation per type:
// the table, its columns (key columns first), the values to bind in that
// order, and how to read a row selected with those columns back.

#include "model/scorecard.h"

#include <QSqlQuery>
#include <QVariant>

namespace scorecard::rowcodec {

using namespace Qt::StringLiterals;

template <typename T> struct Codec;

QVariant toSql(const QString &text);
QVariant toSqlNullable(const QString &text);
QVariant toSql(const std::optional<double> &value);
QVariant toSql(const QDate &date);
QString textAt(const QSqlQuery &q, int i);
std::optional<double> optionalAt(const QSqlQuery &q, int i);
QDate dateAt(const QSqlQuery &q, int i);

template <typename Id> QVariant toSql(const Id &id) requires requires
{
    id.value;
}
{
    return toSqlNullable(id.value);
}

template <> struct Codec<Perspective>
{
    static constexpr const char *table = "perspective";
    static constexpr const char *orderBy = "position, seq";
    static constexpr int keyCount = 1;
    static QStringList columns() { return {u"id"_s, u"name"_s, u"color"_s, u"position"_s}; }
    static QVariantList values(const Perspective &p)
    {
        return {p.id.value, p.name, p.color, p.position};
    }
    static Perspective read(const QSqlQuery &q)
    {
        return {PerspectiveId(textAt(q, 0)), textAt(q, 1), textAt(q, 2), q.value(3).toInt()};
    }
};

template <> struct Codec<Pillar>
{
    static constexpr const char *table = "pillar";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns()
    {
        return {u"id"_s, u"name"_s, u"description"_s, u"color"_s, u"seq"_s};
    }
    static QVariantList values(const Pillar &p)
    {
        return {p.id.value, p.name, p.description, p.color, p.seq};
    }
    static Pillar read(const QSqlQuery &q)
    {
        return {PillarId(textAt(q, 0)), textAt(q, 1), textAt(q, 2), textAt(q, 3),
                q.value(4).toLongLong()};
    }
};

template <> struct Codec<Department>
{
    static constexpr const char *table = "department";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns() { return {u"id"_s, u"name"_s, u"parent"_s, u"seq"_s}; }
    static QVariantList values(const Department &d)
    {
        return {d.id.value, d.name, toSql(d.parent), d.seq};
    }
    static Department read(const QSqlQuery &q)
    {
        return {DepartmentId(textAt(q, 0)), textAt(q, 1), DepartmentId(textAt(q, 2)),
                q.value(3).toLongLong()};
    }
};

template <> struct Codec<Objective>
{
    static constexpr const char *table = "objective";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns()
    {
        return {u"id"_s,         u"name"_s,   u"perspective"_s, u"pillar"_s,
                u"department"_s, u"parent"_s, u"owner"_s,       u"description"_s,
                u"weight"_s,     u"x"_s,      u"y"_s,           u"seq"_s};
    }
    static QVariantList values(const Objective &o)
    {
        return {o.id.value,
                o.name,
                o.perspective.value,
                toSql(o.pillar),
                toSql(o.department),
                toSql(o.parent),
                o.owner,
                o.description,
                o.weight,
                o.position ? QVariant(o.position->x()) : QVariant(),
                o.position ? QVariant(o.position->y()) : QVariant(),
                o.seq};
    }
    static Objective read(const QSqlQuery &q)
    {
        Objective o;
        o.id = ObjectiveId(textAt(q, 0));
        o.name = textAt(q, 1);
        o.perspective = PerspectiveId(textAt(q, 2));
        o.pillar = PillarId(textAt(q, 3));
        o.department = DepartmentId(textAt(q, 4));
        o.parent = ObjectiveId(textAt(q, 5));
        o.owner = textAt(q, 6);
        o.description = textAt(q, 7);
        o.weight = q.value(8).toDouble();
        if (!q.value(9).isNull())
            o.position = QPointF(q.value(9).toDouble(), q.value(10).toDouble());
        o.seq = q.value(11).toLongLong();
        return o;
    }
};

template <> struct Codec<Link>
{
    static constexpr const char *table = "link";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 2;
    static QStringList columns()
    {
        return {u"from_objective"_s, u"to_objective"_s, u"note"_s, u"seq"_s};
    }
    static QVariantList values(const Link &l) { return {l.from.value, l.to.value, l.note, l.seq}; }
    static Link read(const QSqlQuery &q)
    {
        return {ObjectiveId(textAt(q, 0)), ObjectiveId(textAt(q, 1)), textAt(q, 2),
                q.value(3).toLongLong()};
    }
};

template <> struct Codec<Kpi>
{
    static constexpr const char *table = "kpi";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns();
    static QVariantList values(const Kpi &k);
    static Kpi read(const QSqlQuery &q);
};

template <> struct Codec<Okr>
{
    static constexpr const char *table = "okr";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns();
    static QVariantList values(const Okr &o);
    static Okr read(const QSqlQuery &q);
};

template <> struct Codec<Initiative>
{
    static constexpr const char *table = "initiative";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns();
    static QVariantList values(const Initiative &i);
    static Initiative read(const QSqlQuery &q);
};

template <> struct Codec<DataSource>
{
    static constexpr const char *table = "data_source";
    static constexpr const char *orderBy = "seq";
    static constexpr int keyCount = 1;
    static QStringList columns();
    static QVariantList values(const DataSource &d);
    static DataSource read(const QSqlQuery &q);
};

} // namespace scorecard::rowcodec
