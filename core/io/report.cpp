// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/report.h"

#include "analysis/alignment.h"
#include "analysis/finding.h"
#include "analysis/investment.h"
#include "analysis/linkevidence.h"
#include "analysis/whatif.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QLocale>

#include <algorithm>
#include <cmath>

#include <limits>
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
        return {id,           name, std::nullopt, scoring::toString(scoring::Status::NoData), false,
                std::nullopt, {}};
    return {id,
            name,
            oneDecimal(s->value),
            scoring::toString(s->status),
            s->partial,
            oneDecimal(s->trend),
            {}};
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

/** @p v rounded to @p digits significant digits (for small ratios one decimal would hide). */
std::optional<double> significant(const std::optional<double> &v, int digits = 4)
{
    if (!v)
        return std::nullopt;
    return QString::number(*v, 'g', digits).toDouble();
}

/** A number for text and CSV, as short as it can be written. */
QString plain(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

Report::Extra extraNumber(const char *key, const std::optional<double> &v)
{
    return {QString::fromLatin1(key), jsonNumber(v), v ? plain(*v) : QString()};
}

/** Money: rounded to cents. */
Report::Extra extraMoney(const char *key, double v)
{
    return extraNumber(key, std::round(v * 100) / 100);
}

Report::Extra extraText(const char *key, const QString &v)
{
    return {QString::fromLatin1(key), v, v};
}

QString csvValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return plain(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
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
    auto section = [](const char *key, const QString &title, std::vector<Row> rows) {
        const QString k = QString::fromLatin1(key);
        return Section{k, title, std::move(rows), k.chopped(1), false};
    };
    m_sections = {
        section("perspectives", tr("Perspectives"),
                rowsOf(sc.perspectives, results.perspectives, name)),
        section("pillars", tr("Pillars"), rowsOf(sc.pillars, results.pillars, name)),
        section("departments", tr("Departments"),
                rowsOf(sc.departments, results.departments, name)),
        section("objectives", tr("Objectives"), rowsOf(sc.objectives, results.objectives, name)),
        section("kpis", tr("KPIs"), rowsOf(sc.kpis, results.kpis, name)),
        section("okrs", tr("OKRs"), rowsOf(sc.okrs, results.okrs, title)),
        section("initiatives", tr("Initiatives"),
                rowsOf(sc.initiatives, results.initiatives, name)),
    };
}

Report::Section *Report::section(const QString &key)
{
    for (Section &s : m_sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Report::Row *Report::objectiveRow(const QString &id) const
{
    for (const Section &s : m_sections) {
        if (s.key != QStringLiteral("objectives"))
            continue;
        for (const Row &r : s.rows) {
            if (r.id == id)
                return &r;
        }
    }
    return nullptr;
}

void Report::setInvestments(const InvestmentAnalysis &investments)
{
    if (Section *initiatives = section(QStringLiteral("initiatives"))) {
        QHash<QString, const InitiativeInvestment *> byId;
        for (const InitiativeInvestment &inv : investments.initiatives)
            byId.insert(inv.id.value, &inv);
        for (Row &r : initiatives->rows) {
            const InitiativeInvestment *inv = byId.value(r.id);
            if (!inv)
                continue;
            r.extra = {
                extraMoney("budget", inv->budget),
                extraMoney("spent", inv->spent),
                extraNumber("progress", inv->progress),
                extraText("health", scoring::toString(inv->health)),
                extraNumber("contribution", significant(inv->contribution)),
                {QStringLiteral("contribution_partial"), inv->partial,
                 inv->partial ? tr("some objectives have no score") : QString()},
                // Text shows it per million of budget (5.4e-09 reads as 0.0054 per 1M).
                {QStringLiteral("contribution_per_budget"),
                 jsonNumber(significant(inv->contributionPerBudget)),
                 inv->contributionPerBudget
                     ? tr("%1 per 1M").arg(*inv->contributionPerBudget * 1e6, 0, 'g', 4)
                     : QString()},
                {QStringLiteral("rank"), inv->rank ? QJsonValue(*inv->rank) : QJsonValue(),
                 inv->rank ? QString::number(*inv->rank) : QString()},
            };
        }
        // Ranked initiatives first, best first; the unranked after them in file order.
        QHash<QString, int> rankOf;
        for (const InitiativeInvestment &inv : investments.initiatives)
            rankOf.insert(inv.id.value, inv.rank.value_or(std::numeric_limits<int>::max()));
        std::stable_sort(initiatives->rows.begin(), initiatives->rows.end(),
                         [&](const Row &a, const Row &b) {
                             return rankOf.value(a.id, std::numeric_limits<int>::max()) <
                                    rankOf.value(b.id, std::numeric_limits<int>::max());
                         });
    }
    auto objectiveRows = [this](const auto &list, auto &&extras) {
        std::vector<Row> rows;
        for (const auto &item : list) {
            const Row *o = objectiveRow(item.objective.value);
            Row r = o ? *o : rowOf(item.objective.value, item.name, nullptr);
            r.extra = extras(item);
            rows.push_back(std::move(r));
        }
        return rows;
    };
    m_sections.push_back(
        {QStringLiteral("strategic_gaps"),
         tr("Strategic gaps (red or amber objectives no live initiative works on)"),
         objectiveRows(investments.gaps, [](const StrategicGap &) { return std::vector<Extra>(); }),
         QStringLiteral("initiative"), false});
    m_sections.push_back({QStringLiteral("budget_on_green"),
                          tr("Budget on objectives already green (by contribution weight share)"),
                          objectiveRows(investments.green,
                                        [](const GreenSpend &g) {
                                            return std::vector<Extra>{
                                                extraMoney("budget", g.budget),
                                                extraMoney("spent", g.spent)};
                                        }),
                          QStringLiteral("initiative"), false});
}

QStringList Report::sectionKeys()
{
    return {QStringLiteral("company"),    QStringLiteral("perspective"), QStringLiteral("pillar"),
            QStringLiteral("department"), QStringLiteral("objective"),   QStringLiteral("kpi"),
            QStringLiteral("okr"),        QStringLiteral("initiative"),  QStringLiteral("link")};
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

void Report::setLinkEvidence(const std::vector<LinkEvidence> &links)
{
    auto nameOf = [this](const ObjectiveId &id) {
        const Row *r = objectiveRow(id.value);
        return r ? r->name : id.value;
    };
    Section section{QStringLiteral("links"),
                    tr("Cause-and-effect links: the evidence in the data (Spearman's rho)"),
                    {},
                    QStringLiteral("link"),
                    true};
    for (const LinkEvidence &l : links) {
        Row r;
        r.name = nameOf(l.from) + QStringLiteral(" -> ") + nameOf(l.to);
        const std::optional<double> rho =
            l.correlation ? std::optional<double>(std::round(*l.correlation * 1000) / 1000)
                          : std::nullopt;
        r.extra = {
            extraText("from", l.from.value),
            extraText("to", l.to.value),
            extraNumber("correlation", rho),
            {QStringLiteral("best_lag"), l.bestLag ? QJsonValue(*l.bestLag) : QJsonValue(),
             l.bestLag ? QString::number(*l.bestLag) : QString()},
            {QStringLiteral("periods"), l.periods, QString::number(l.periods)},
            extraText("evidence", toString(l.evidence)),
        };
        section.rows.push_back(std::move(r));
    }
    m_sections.push_back(std::move(section));
}

void Report::setWhatIf(const WhatIf &whatIf)
{
    Section section{QStringLiteral("what_if"),
                    tr("What-if: projected scores (before -> after)"),
                    {},
                    QStringLiteral("*"),
                    true};
    for (const ProjectedScore &p : whatIf.changes) {
        Row r;
        switch (p.kind) {
        case EntityKind::Kpi:
            r.name = tr("KPI \"%1\"").arg(p.name);
            break;
        case EntityKind::Initiative:
            r.name = tr("Initiative \"%1\"").arg(p.name);
            break;
        case EntityKind::Objective:
            r.name = tr("Objective \"%1\"").arg(p.name);
            break;
        case EntityKind::Perspective:
            r.name = tr("Perspective \"%1\"").arg(p.name);
            break;
        default:
            r.name = tr("Company");
            break;
        }
        const std::optional<double> before = oneDecimal(p.before), after = oneDecimal(p.after);
        const std::optional<double> change =
            before && after ? oneDecimal(*after - *before) : std::nullopt;
        r.extra = {
            extraText("kind", p.kind == EntityKind::Scorecard ? QStringLiteral("company")
                                                              : entityKindName(p.kind)),
            {QStringLiteral("id"), p.id.isEmpty() ? QJsonValue() : QJsonValue(p.id), p.id},
            {QStringLiteral("name"), p.name, QString()},
            extraNumber("assumed", p.assumed),
            {QStringLiteral("before"), jsonNumber(before), before ? number(before) : tr("-")},
            {QStringLiteral("after"), jsonNumber(after), after ? number(after) : tr("-")},
            {QStringLiteral("change"), jsonNumber(change),
             change ? (*change > 0 ? QStringLiteral("+") : QString()) + number(change) : QString()},
            extraText("status_before", scoring::toString(p.statusBefore)),
            extraText("status_after", scoring::toString(p.statusAfter)),
        };
        section.rows.push_back(std::move(r));
    }
    // First: the projection is what the reader asked about.
    m_sections.insert(m_sections.begin(), std::move(section));
}

void Report::setAlignment(const AlignmentScore &a)
{
    m_alignment = Alignment{oneDecimal(a.value()),
                            {a.kpisConnected, a.kpis},
                            {a.okrsConnected, a.okrs},
                            {a.initiativesConnected, a.initiatives}};
}

QByteArray Report::render(Format format, const QString &by) const
{
    std::vector<const Section *> chosen;
    for (const Section &s : m_sections) {
        // --by kpi selects "kpis", --by objective "objectives", ...
        if (by.isEmpty() || s.by == by || s.by == QStringLiteral("*"))
            chosen.push_back(&s);
    }
    switch (format) {
    case Format::Text:
        return renderText(chosen, by.isEmpty());
    case Format::Json:
        return renderJson(chosen, by.isEmpty());
    case Format::Csv:
        return renderCsv(chosen, by.isEmpty());
    }
    return {};
}

QByteArray Report::renderText(const std::vector<const Section *> &sections, bool whole) const
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
    if (whole && m_alignment && m_alignment->score)
        out += tr("  Alignment score %1% (%2 of %3 KPIs, OKRs and initiatives are connected)\n")
                   .arg(number(m_alignment->score))
                   .arg(m_alignment->kpis[0] + m_alignment->okrs[0] + m_alignment->initiatives[0])
                   .arg(m_alignment->kpis[1] + m_alignment->okrs[1] + m_alignment->initiatives[1]);
    // Extras go on a second line.
    auto extras = [](const Row &r) {
        QStringList parts;
        for (const Extra &e : r.extra) {
            if (!e.text.isEmpty())
                parts << e.key + QStringLiteral(" ") + e.text;
        }
        return parts.join(QStringLiteral("  "));
    };
    for (const Section *s : sections) {
        out += QLatin1Char('\n') + s->title + QLatin1Char('\n');
        if (s->rows.empty())
            out += tr("  (none)\n");
        for (const Row &r : s->rows) {
            if (s->plain)
                out += QStringLiteral("  ") + r.name + QLatin1Char('\n');
            else
                out += line(r, kNameWidth);
            if (const QString more = extras(r); !more.isEmpty())
                out += QStringLiteral("      ") + more + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

QByteArray Report::renderJson(const std::vector<const Section *> &sections, bool whole) const
{
    auto object = [](const Row &r, bool plainRow = false) {
        QJsonObject o;
        if (!plainRow)
            o = QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("score"), jsonNumber(r.score)},
                            {QStringLiteral("status"), r.status},
                            {QStringLiteral("partial"), r.partial},
                            {QStringLiteral("trend"), jsonNumber(r.trend)}};
        for (const Extra &e : r.extra)
            o.insert(e.key, e.value);
        return o;
    };
    QJsonObject root{{QStringLiteral("as_of"), m_asOf.toString(Qt::ISODate)},
                     {QStringLiteral("company"), object(m_company)}};
    if (whole && m_alignment) {
        auto pair = [](const int(&counts)[2]) {
            return QJsonObject{{QStringLiteral("connected"), counts[0]},
                               {QStringLiteral("total"), counts[1]}};
        };
        root.insert(QStringLiteral("alignment_score"), jsonNumber(m_alignment->score));
        root.insert(QStringLiteral("alignment"),
                    QJsonObject{{QStringLiteral("kpis"), pair(m_alignment->kpis)},
                                {QStringLiteral("okrs"), pair(m_alignment->okrs)},
                                {QStringLiteral("initiatives"), pair(m_alignment->initiatives)}});
    }
    for (const Section *s : sections) {
        QJsonArray list;
        for (const Row &r : s->rows)
            list.append(object(r, s->plain));
        root.insert(s->key, list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray Report::renderCsv(const std::vector<const Section *> &sections, bool whole) const
{
    // The six columns, then every extra field of the chosen sections in order of appearance.
    // A plain row's extra named like one of the six ("id", "name") goes into that column.
    const QStringList base{QStringLiteral("id"),      QStringLiteral("name"),
                           QStringLiteral("score"),   QStringLiteral("status"),
                           QStringLiteral("partial"), QStringLiteral("trend")};
    QStringList extraColumns;
    for (const Section *s : sections) {
        for (const Row &r : s->rows) {
            for (const Extra &e : r.extra) {
                if (!extraColumns.contains(e.key) && !(s->plain && base.contains(e.key)))
                    extraColumns << e.key;
            }
        }
    }
    QStringList header{QStringLiteral("section")};
    header += base;
    header += extraColumns;
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    auto valueOf = [](const Row &r, const QString &key) {
        const auto it = std::find_if(r.extra.begin(), r.extra.end(),
                                     [&](const Extra &e) { return e.key == key; });
        return it == r.extra.end() ? QString() : csvField(csvValue(it->value));
    };
    auto line = [&](const QString &section, const Row &r, bool plainRow) {
        QStringList fields{section};
        if (plainRow) {
            for (const QString &column : base)
                fields << valueOf(r, column);
        } else {
            fields << csvField(r.id) << csvField(r.name) << number(r.score) << r.status
                   << (r.partial ? QStringLiteral("true") : QStringLiteral("false"))
                   << number(r.trend);
        }
        for (const QString &column : extraColumns)
            fields << valueOf(r, column);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(QStringLiteral("company"), m_company, false);
    if (whole && m_alignment)
        line(QStringLiteral("alignment"),
             {QStringLiteral("alignment_score"),
              tr("Alignment score"),
              m_alignment->score,
              QString(),
              false,
              std::nullopt,
              {}},
             false);
    for (const Section *s : sections) {
        for (const Row &r : s->rows)
            line(s->key, r, s->plain);
    }
    return out.toUtf8();
}

} // namespace scorecard
