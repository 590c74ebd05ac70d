// SPDX-License-Identifier: GPL-3.0-or-later
// Scorecards for the analysis tests (alignment, investments, link evidence, what-if).
#pragma once

#include "io/jsonformat.h"
#include "scoring_fixtures.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace scorecard::analysistest {

using namespace scorecard::scoringtest;

/** The day every analysis test judges at, unless it says otherwise. */
inline QDate asOf()
{
    return QDate(2026, 3, 31);
}

/** Gives every entity seq = its index + 1, as the JSON reader does (storage needs unique seqs). */
inline Scorecard &numbered(Scorecard &sc)
{
    auto number = [](auto &list) {
        for (size_t i = 0; i < list.size(); ++i)
            list[i].seq = qint64(i + 1);
    };
    number(sc.pillars);
    number(sc.departments);
    number(sc.objectives);
    number(sc.links);
    number(sc.kpis);
    number(sc.okrs);
    number(sc.initiatives);
    return sc;
}

/**
 * A small scorecard with no alignment finding at asOf():
 *
 *   fin (position 0):  o-fin  <- k1 (2026-02: 40, 2026-03: 50), i1 (weight 1)
 *                        ^ link o-cus -> o-fin
 *   cus (position 1):  o-cus  <- k2 (2026-02: 70, 2026-03: 80), okr1
 *
 * Both objectives serve the pillar "growth". Initiative i1 runs from
 * 2026-01-01 to 2026-12-31 with progress 0.3.
 */
inline Scorecard cleanScorecard()
{
    Scorecard sc;
    sc.info.name = QStringLiteral("Clean");
    sc.perspectives = {perspective(QStringLiteral("fin"), 0),
                       perspective(QStringLiteral("cus"), 1)};
    sc.pillars = {pillar(QStringLiteral("growth"))};
    sc.objectives = {objective(QStringLiteral("o-fin"), QStringLiteral("fin")),
                     objective(QStringLiteral("o-cus"), QStringLiteral("cus"))};
    sc.objectives[0].pillar = PillarId(QStringLiteral("growth"));
    sc.objectives[1].pillar = PillarId(QStringLiteral("growth"));
    sc.links = {
        {ObjectiveId(QStringLiteral("o-cus")), ObjectiveId(QStringLiteral("o-fin")), {}, 1}};
    Kpi k1 = kpi(QStringLiteral("k1"), QStringLiteral("o-fin"));
    addValue(k1, u"2026-02", 40);
    addValue(k1, u"2026-03", 50);
    Kpi k2 = kpi(QStringLiteral("k2"), QStringLiteral("o-cus"));
    addValue(k2, u"2026-02", 70);
    addValue(k2, u"2026-03", 80);
    sc.kpis = {k1, k2};
    sc.okrs = {okr(QStringLiteral("okr1"), QStringLiteral("o-cus"),
                   {keyResult(QStringLiteral("kr1"), 0, 10, 5)})};
    Initiative i1 = initiative(QStringLiteral("i1"), 0.3, date(2026, 1, 1), date(2026, 12, 31));
    i1.contributions = {{ObjectiveId(QStringLiteral("o-fin")), 1}};
    sc.initiatives = {i1};
    return numbered(sc);
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** The bundled sample, parsed. */
inline Scorecard sample()
{
    auto sc = fromJson(readBytes(QStringLiteral(SCORECARD_SAMPLE_JSON)));
    REQUIRE(sc.ok());
    return std::move(sc).value();
}

template <typename List, typename Id> auto &byId(List &list, const Id &id)
{
    for (auto &e : list) {
        if (e.id.value == id)
            return e;
    }
    FAIL("no " << id.toStdString());
    return list.front();
}

} // namespace scorecard::analysistest
