// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Report", text);
}

std::optional<double> oneDecimal(const std::optional<double> &v)
{
    if (!v)
        return std::nullopt;
    const double r = std::round(*v * 10) / 10;
    return r == 0 ? 0.0 : r; // no "-0.0"
}

Report::Row rowOf(const QString &id, const QString &name, const scoring::Score *s)
{
    if (!s)
        return {id,    name,        std::nullopt, scoring::toString(scoring::Status::NoData),
                false, std::nullopt};
    return {id,
            name,
            oneDecimal(s->value),
            scoring::toString(s->status),
            s->partial,
            oneDecimal(s->trend)};
}

template <typename List, typename Scores, typename NameOf>
std::vector<Report::Row> rowsOf(const List &list, const Scores &scores, NameOf nameOf)
{
    std::vector<Report::Row> rows;
    rows.reserve(list.size());
    for (const auto &e : list) {
        auto it = scores.find(e.id.value);
        rows.push_back(rowOf(e.id.value, nameOf(e), it == scores.end() ? nullptr : &*it));
    }
    return rows;
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

Report::Report(const Scorecard &sc, const scoring::Results &results) : m_asOf(results.asOf)
{
    m_company = rowOf(QStringLiteral("company"), sc.info.name, &results.company);
    auto name = [](const auto &e) { return e.name; };
    auto title = [](const auto &e) { return e.title; };
    m_sections = {
        {QStringLiteral("perspectives"), tr("Perspectives"),
         rowsOf(sc.perspectives, results.perspectives, name)},
        {QStringLiteral("pillars"), tr("Pillars"), rowsOf(sc.pillars, results.pillars, name)},
        {QStringLiteral("departments"), tr("Departments"),
         rowsOf(sc.departments, results.departments, name)},
        {QStringLiteral("objectives"), tr("Objectives"),
         rowsOf(sc.objectives, results.objectives, name)},
        {QStringLiteral("kpis"), tr("KPIs"), rowsOf(sc.kpis, results.kpis, name)},
        {QStringLiteral("okrs"), tr("OKRs"), rowsOf(sc.okrs, results.okrs, title)},
        {QStringLiteral("initiatives"), tr("Initiatives"),
         rowsOf(sc.initiatives, results.initiatives, name)},
    };
}

QStringList Report::sectionKeys()
{
    return {QStringLiteral("company"),    QStringLiteral("perspective"), QStringLiteral("pillar"),
            QStringLiteral("department"), QStringLiteral("objective"),   QStringLiteral("kpi"),
            QStringLiteral("okr"),        QStringLiteral("initiative")};
}

std::optional<Report::Format> Report::formatFromString(QStringView s)
{
    if (s == u"text")
        return Format::Text;
    if (s == u"json")
        return Format::Json;
    if (s == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QByteArray Report::render(Format format, const QString &by) const
{
    std::vector<const Section *> chosen;
    for (const Section &s : m_sections) {
        // --by kpi selects "kpis", --by objective "objectives", ...
        if (by.isEmpty() || s.key == by + QLatin1Char('s'))
            chosen.push_back(&s);
    }
    switch (format) {
    case Format::Text:
        return renderText(chosen);
    case Format::Json:
        return renderJson(chosen);
    case Format::Csv:
        return renderCsv(chosen);
    }
    return {};
}

QByteArray Report::renderText(const std::vector<const Section *> &sections) const
{
    auto line = [](const Row &r, int nameWidth) {
        QString name = r.name;
        if (name.size() > nameWidth)
            name = name.left(nameWidth - 1) + QChar(0x2026);
        QString status = r.status;
        if (r.partial)
            status += QLatin1Char('*');
        const QString trend =
            r.trend ? (*r.trend > 0 ? QStringLiteral("+") : QString()) + number(r.trend)
                    : QString();
        return QStringLiteral("  %1  %2  %3  %4\n")
            .arg(name, -nameWidth)
            .arg(r.score ? number(r.score) : QStringLiteral("-"), 6)
            .arg(status, -8)
            .arg(trend, 6);
    };
    constexpr int kNameWidth = 44;
    QString out = tr("Scores as of %1 (* partial: some inputs have no data)\n\n")
                      .arg(m_asOf.toString(Qt::ISODate));
    out += tr("Company\n") + line(m_company, kNameWidth);
    for (const Section *s : sections) {
        out += QLatin1Char('\n') + s->title + QLatin1Char('\n');
        if (s->rows.empty())
            out += tr("  (none)\n");
        for (const Row &r : s->rows)
            out += line(r, kNameWidth);
    }
    return out.toUtf8();
}

QByteArray Report::renderJson(const std::vector<const Section *> &sections) const
{
    auto object = [](const Row &r) {
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("name"), r.name},
                           {QStringLiteral("score"), jsonNumber(r.score)},
                           {QStringLiteral("status"), r.status},
                           {QStringLiteral("partial"), r.partial},
                           {QStringLiteral("trend"), jsonNumber(r.trend)}};
    };
    QJsonObject root{{QStringLiteral("as_of"), m_asOf.toString(Qt::ISODate)},
                     {QStringLiteral("company"), object(m_company)}};
    for (const Section *s : sections) {
        QJsonArray list;
        for (const Row &r : s->rows)
            list.append(object(r));
        root.insert(s->key, list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray Report::renderCsv(const std::vector<const Section *> &sections) const
{
    QString out = QStringLiteral("section,id,name,score,status,partial,trend\r\n");
    auto line = [&](const QString &section, const Row &r) {
        out +=
            QStringList{
                section,          csvField(r.id),
                csvField(r.name), number(r.score),
                r.status,         r.partial ? QStringLiteral("true") : QStringLiteral("false"),
                number(r.trend)}
                .join(QLatin1Char(',')) +
            QStringLiteral("\r\n");
    };
    line(QStringLiteral("company"), m_company);
    for (const Section *s : sections) {
        for (const Row &r : s->rows)
            line(s->key, r);
    }
    return out.toUtf8();
}

} // namespace scorecard
