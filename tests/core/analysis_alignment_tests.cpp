// SPDX-License-Identifier: GPL-3.0-or-later
// Alignment findings: one constructed scorecard per finding type, built by
// breaking exactly one thing in a scorecard that has no finding at all.
#include "analysis_fixtures.h"

#include "analysis/alignment.h"
#include "io/report.h"
#include "scoring/engine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::analysistest;

namespace {

std::vector<Finding> findingsOf(const Scorecard &sc, QDate at = asOf())
{
    return checkAlignment(sc, at);
}

QStringList codesOf(const Scorecard &sc, QDate at = asOf())
{
    QStringList codes;
    for (const Finding &f : findingsOf(sc, at))
        codes << f.code;
    return codes;
}

/** The only finding of @p sc; fails unless there is exactly one. */
Finding onlyFinding(const Scorecard &sc)
{
    const std::vector<Finding> all = findingsOf(sc);
    INFO(codesOf(sc).join(QStringLiteral(", ")).toStdString());
    REQUIRE(all.size() == 1);
    return all.front();
}

/** A measured, linked extra objective in perspective @p p with a fresh KPI. */
void addMeasuredObjective(Scorecard &sc, const QString &id, const QString &p)
{
    sc.objectives.push_back(objective(id, p));
    Kpi k = kpi(QStringLiteral("k-") + id, id);
    addValue(k, u"2026-03", 50);
    sc.kpis.push_back(k);
}

} // namespace

TEST_CASE("A clean scorecard has no alignment finding and a full alignment score", "[analysis]")
{
    const Scorecard sc = cleanScorecard();
    CHECK(codesOf(sc).isEmpty());
    const AlignmentScore score = alignmentScore(sc);
    CHECK(score.total() == 4); // k1, k2, okr1, i1
    CHECK(score.connected() == 4);
    CHECK(score.value() == 100.0);
}

TEST_CASE("Errors: the three promises", "[analysis]")
{
    SECTION("kpi_unaligned: no objective")
    {
        Scorecard sc = cleanScorecard();
        sc.kpis[1].objective = {};
        const Finding f = onlyFinding(sc);
        CHECK(f.code == QStringLiteral("kpi_unaligned"));
        CHECK(f.severity == Finding::Severity::Error);
        CHECK(f.entityKind == EntityKind::Kpi);
        CHECK(f.entity == QStringLiteral("k2"));
        CHECK_FALSE(f.message.isEmpty());
        CHECK_FALSE(f.fix.isEmpty());
    }
    SECTION("kpi_unaligned: an objective that does not exist")
    {
        Scorecard sc = cleanScorecard();
        sc.kpis[1].objective = ObjectiveId(QStringLiteral("ghost"));
        const Finding f = onlyFinding(sc);
        CHECK(f.code == QStringLiteral("kpi_unaligned"));
        CHECK(f.message.contains(QStringLiteral("ghost")));
    }
    SECTION("okr_unaligned")
    {
        Scorecard sc = cleanScorecard();
        sc.okrs[0].objective = {};
        const Finding f = onlyFinding(sc);
        CHECK(f.code == QStringLiteral("okr_unaligned"));
        CHECK(f.severity == Finding::Severity::Error);
        CHECK(f.entityKind == EntityKind::Okr);
        CHECK(f.entity == QStringLiteral("okr1"));
    }
    SECTION("initiative_no_contribution")
    {
        Scorecard sc = cleanScorecard();
        sc.initiatives[0].contributions.clear();
        const Finding f = onlyFinding(sc);
        CHECK(f.code == QStringLiteral("initiative_no_contribution"));
        CHECK(f.severity == Finding::Severity::Error);
        CHECK(f.entityKind == EntityKind::Initiative);
        CHECK(f.entity == QStringLiteral("i1"));
    }
    SECTION("a cancelled initiative without contributions is history, not an error")
    {
        Scorecard sc = cleanScorecard();
        sc.initiatives[0].contributions.clear();
        sc.initiatives[0].status = InitiativeStatus::Cancelled;
        CHECK(codesOf(sc).isEmpty());
    }
}

TEST_CASE("Warnings and hints: one constructed scorecard each", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    QString code;
    Finding::Severity severity = Finding::Severity::Warning;
    QString entity;

    SECTION("initiative_zero_weights")
    {
        sc.initiatives[0].contributions[0].weight = 0;
        code = QStringLiteral("initiative_zero_weights");
        entity = QStringLiteral("i1");
    }
    SECTION("objective_no_measure")
    {
        sc.objectives.push_back(objective(QStringLiteral("o-new"), QStringLiteral("cus")));
        sc.links.push_back(
            {ObjectiveId(QStringLiteral("o-new")), ObjectiveId(QStringLiteral("o-fin")), {}, 2});
        code = QStringLiteral("objective_no_measure");
        entity = QStringLiteral("o-new");
    }
    SECTION("objective_no_links")
    {
        addMeasuredObjective(sc, QStringLiteral("o-iso"), QStringLiteral("cus"));
        code = QStringLiteral("objective_no_links");
        entity = QStringLiteral("o-iso");
    }
    SECTION("perspective_empty")
    {
        sc.perspectives.push_back(perspective(QStringLiteral("lrn"), 2));
        code = QStringLiteral("perspective_empty");
        entity = QStringLiteral("lrn");
    }
    SECTION("pillar_empty")
    {
        sc.pillars.push_back(pillar(QStringLiteral("unused")));
        code = QStringLiteral("pillar_empty");
        entity = QStringLiteral("unused");
    }
    SECTION("pillar_single_perspective")
    {
        sc.objectives[1].pillar = {};
        code = QStringLiteral("pillar_single_perspective");
        severity = Finding::Severity::Hint;
        entity = QStringLiteral("growth");
    }
    SECTION("link_downward")
    {
        std::swap(sc.links[0].from, sc.links[0].to); // o-fin (top lane) -> o-cus
        code = QStringLiteral("link_downward");
        entity = QStringLiteral("o-fin");
    }
    SECTION("kpi_no_target: linear")
    {
        sc.kpis[0].target.reset();
        code = QStringLiteral("kpi_no_target");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_no_target: range without its high end")
    {
        sc.kpis[0].direction = Direction::Range;
        sc.kpis[0].rangeLow = 10;
        code = QStringLiteral("kpi_no_target");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_no_target: goal and red flag without the red flag")
    {
        sc.kpis[0].scoring = ScoringMethod::GoalRedFlag;
        sc.kpis[0].goal = 80;
        code = QStringLiteral("kpi_no_target");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_target_equals_baseline")
    {
        sc.kpis[0].baseline = 100; // target is 100 too
        code = QStringLiteral("kpi_target_equals_baseline");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_target_equals_baseline: no baseline counts as 0")
    {
        sc.kpis[0].baseline.reset();
        sc.kpis[0].target = 0;
        code = QStringLiteral("kpi_target_equals_baseline");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_range_inverted")
    {
        sc.kpis[0].direction = Direction::Range;
        sc.kpis[0].rangeLow = 60;
        sc.kpis[0].rangeHigh = 40;
        code = QStringLiteral("kpi_range_inverted");
        entity = QStringLiteral("k1");
    }
    SECTION("kpi_no_data")
    {
        sc.kpis[1].measurements.clear();
        code = QStringLiteral("kpi_no_data");
        entity = QStringLiteral("k2");
    }
    SECTION("kpi_no_data: only values after the as-of date")
    {
        sc.kpis[1].measurements.clear();
        addValue(sc.kpis[1], u"2026-04", 70);
        code = QStringLiteral("kpi_no_data");
        entity = QStringLiteral("k2");
    }
    SECTION("kpi_stale")
    {
        // At 2026-03-31 a monthly KPI needs a value for 2026-02 or later.
        sc.kpis[1].measurements.clear();
        addValue(sc.kpis[1], u"2026-01", 70);
        code = QStringLiteral("kpi_stale");
        entity = QStringLiteral("k2");
    }
    SECTION("initiative_overdue")
    {
        sc.initiatives[0].end = date(2026, 2, 28);
        code = QStringLiteral("initiative_overdue");
        entity = QStringLiteral("i1");
    }
    SECTION("weights_zero: every input of an objective")
    {
        sc.kpis[1].weight = 0;
        sc.okrs[0].weight = 0;
        code = QStringLiteral("weights_zero");
        entity = QStringLiteral("o-cus");
    }
    SECTION("weights_zero: every objective of a perspective")
    {
        sc.objectives[0].weight = 0; // the only objective of fin; growth still has o-cus
        code = QStringLiteral("weights_zero");
        entity = QStringLiteral("fin");
    }
    SECTION("weights_zero: every key result of an OKR")
    {
        sc.okrs[0].keyResults[0].weight = 0;
        code = QStringLiteral("weights_zero");
        entity = QStringLiteral("okr1");
    }
    const Finding f = onlyFinding(sc);
    CHECK(f.code == code);
    CHECK(f.severity == severity);
    CHECK(f.entity == entity);
    CHECK_FALSE(f.message.isEmpty());
    CHECK_FALSE(f.fix.isEmpty());
}

TEST_CASE("link_cycle names the link that closes the cycle", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    addMeasuredObjective(sc, QStringLiteral("o-fin2"), QStringLiteral("fin"));
    // Same lane, so no link points downward: o-fin -> o-fin2 -> o-fin.
    sc.links.push_back(
        {ObjectiveId(QStringLiteral("o-fin")), ObjectiveId(QStringLiteral("o-fin2")), {}, 2});
    sc.links.push_back(
        {ObjectiveId(QStringLiteral("o-fin2")), ObjectiveId(QStringLiteral("o-fin")), {}, 3});
    const Finding f = onlyFinding(sc);
    CHECK(f.code == QStringLiteral("link_cycle"));
    CHECK(f.severity == Finding::Severity::Warning);
    CHECK(f.entityKind == EntityKind::Link);
    CHECK(f.entity == QStringLiteral("o-fin2"));
    CHECK(f.related == QStringLiteral("o-fin"));
    CHECK(f.message.contains(QStringLiteral("\"o-fin\" -> \"o-fin2\" -> \"o-fin\"")));
}

TEST_CASE("A downward link names both ends", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    std::swap(sc.links[0].from, sc.links[0].to);
    const Finding f = onlyFinding(sc);
    CHECK(f.entityKind == EntityKind::Link);
    CHECK(f.entity == QStringLiteral("o-fin"));
    CHECK(f.related == QStringLiteral("o-cus"));
}

TEST_CASE("too_many_objectives is a hint above 25 objectives", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    for (int i = 0; i < 23; ++i)
        addMeasuredObjective(sc, QStringLiteral("extra-%1").arg(i), QStringLiteral("cus"));
    REQUIRE(sc.objectives.size() == 25);
    CHECK_FALSE(codesOf(sc).contains(QStringLiteral("too_many_objectives")));
    addMeasuredObjective(sc, QStringLiteral("extra-last"), QStringLiteral("cus"));
    const std::vector<Finding> all = findingsOf(sc);
    const auto hint = std::find_if(all.begin(), all.end(), [](const Finding &f) {
        return f.code == QStringLiteral("too_many_objectives");
    });
    REQUIRE(hint != all.end());
    CHECK(hint->severity == Finding::Severity::Hint);
    CHECK(hint->entity.isEmpty());
    CHECK(hint->entityKind == EntityKind::Scorecard);
    CHECK(hint->message.contains(QStringLiteral("26")));
}

TEST_CASE("Findings come errors first, then warnings, then hints", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    sc.objectives[1].pillar = {};                                     // hint
    sc.perspectives.push_back(perspective(QStringLiteral("lrn"), 2)); // warning
    sc.kpis[0].objective = {};                                        // error (o-fin keeps i1)
    const std::vector<Finding> all = findingsOf(sc);
    REQUIRE(all.size() == 3);
    CHECK(all[0].code == QStringLiteral("kpi_unaligned"));
    CHECK(all[1].code == QStringLiteral("perspective_empty"));
    CHECK(all[2].code == QStringLiteral("pillar_single_perspective"));
}

TEST_CASE("The alignment score counts connected KPIs, OKRs and live initiatives", "[analysis]")
{
    Scorecard sc = cleanScorecard();
    sc.kpis[1].objective = {};                     // k2 not connected
    sc.initiatives[0].contributions[0].weight = 0; // i1 not connected (weight 0)
    Initiative old = initiative(QStringLiteral("old"), 0, {}, {}, InitiativeStatus::Cancelled);
    sc.initiatives.push_back(old); // cancelled: not counted at all
    const AlignmentScore score = alignmentScore(sc);
    CHECK(score.kpis == 2);
    CHECK(score.kpisConnected == 1);
    CHECK(score.okrs == 1);
    CHECK(score.okrsConnected == 1);
    CHECK(score.initiatives == 1);
    CHECK(score.initiativesConnected == 0);
    // (1 + 1 + 0) / (2 + 1 + 1) = 50 %
    CHECK(score.value() == 50.0);
    CHECK_FALSE(alignmentScore(Scorecard{}).value().has_value());
}

TEST_CASE("The bundled sample has no error-level alignment finding", "[analysis]")
{
    const Scorecard sc = sample();
    for (const QDate &at : {QDate(2026, 11, 30), QDate(2026, 12, 3), QDate(2027, 6, 30)}) {
        for (const Finding &f : findingsOf(sc, at)) {
            INFO(at.toString(Qt::ISODate).toStdString()
                 << ": " << f.code.toStdString() << " " << f.message.toStdString());
            CHECK(f.severity != Finding::Severity::Error);
        }
    }
    CHECK(alignmentScore(sc).value() == 100.0);
}

TEST_CASE("The whole report carries the alignment score, --by reports do not", "[analysis][report]")
{
    Scorecard sc = cleanScorecard();
    sc.kpis[1].objective = {}; // 3 of 4 connected
    const scoring::Engine engine(sc);
    Report report(sc, engine.compute(asOf()));
    report.setAlignment(alignmentScore(sc));
    const QJsonObject whole = QJsonDocument::fromJson(report.render(Report::Format::Json)).object();
    CHECK(whole.value(QStringLiteral("alignment_score")).toDouble() == 75.0);
    CHECK(whole.value(QStringLiteral("alignment"))
              .toObject()
              .value(QStringLiteral("kpis"))
              .toObject()
              .value(QStringLiteral("connected"))
              .toInt() == 1);
    const QJsonObject byKpi =
        QJsonDocument::fromJson(report.render(Report::Format::Json, QStringLiteral("kpi")))
            .object();
    CHECK_FALSE(byKpi.contains(QStringLiteral("alignment_score")));
    CHECK(report.render(Report::Format::Csv).contains("\r\nalignment,alignment_score,"));
    CHECK(QString::fromUtf8(report.render(Report::Format::Text))
              .contains(QStringLiteral("Alignment score 75.0% (3 of 4")));
}
