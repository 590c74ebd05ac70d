// SPDX-License-Identifier: GPL-3.0-or-later
// JSON interchange: omitted fields take their documented defaults; input is normalised.
#include "io/jsonformat.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace scorecard;

namespace {

Scorecard parsedFile(const char *name)
{
    QFile file(QStringLiteral(SCORECARD_TEST_DATA "/json/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<Scorecard> sc = fromJson(file.readAll());
    INFO(sc.error().toStdString());
    REQUIRE(sc.ok());
    return std::move(sc).value();
}

} // namespace

TEST_CASE("A minimal document takes the documented defaults", "[json]")
{
    const Scorecard sc = parsedFile("minimal.json");

    CHECK(sc.info.name == QStringLiteral("Untitled scorecard"));
    CHECK(sc.info.description.isEmpty());
    CHECK(sc.info.bands == Bands{90, 60});
    CHECK(sc.info.currency.isEmpty());

    REQUIRE(sc.perspectives.size() == 1);
    CHECK(sc.perspectives[0].id.value == QStringLiteral("fin"));
    CHECK(sc.perspectives[0].color.isEmpty());
    CHECK(sc.perspectives[0].position == 0);

    REQUIRE(sc.objectives.size() == 1);
    const Objective &o = sc.objectives[0];
    CHECK(o.name == QStringLiteral("Grow"));
    CHECK(o.perspective.value == QStringLiteral("fin"));
    CHECK(o.pillar.isNull());
    CHECK(o.department.isNull());
    CHECK(o.parent.isNull());
    CHECK(o.owner.isEmpty());
    CHECK(o.description.isEmpty());
    CHECK(o.weight == 1);
    CHECK_FALSE(o.position.has_value());
    CHECK(o.seq == 1);

    CHECK(sc.pillars.empty());
    CHECK(sc.departments.empty());
    CHECK(sc.links.empty());
    CHECK(sc.kpis.empty());
    CHECK(sc.okrs.empty());
    CHECK(sc.initiatives.empty());
}

TEST_CASE("Omitted fields of every entity take the model's defaults", "[json]")
{
    const QByteArray json = R"({"format": "scorecard", "version": 1,
        "kpis": [{"id": "k", "name": "K"}],
        "okrs": [{"id": "o", "title": "O", "key_results": [{"id": "kr", "title": "KR"}]}],
        "initiatives": [{"id": "i", "name": "I", "contributions": [],
                         "milestones": [{"title": "M"}]}]})";
    const Result<Scorecard> sc = fromJson(json);
    INFO(sc.error().toStdString());
    REQUIRE(sc.ok());
    CHECK(sc->perspectives.empty());
    CHECK(sc->objectives.empty());

    REQUIRE(sc->kpis.size() == 1);
    Kpi expectedKpi;
    expectedKpi.id = KpiId(QStringLiteral("k"));
    expectedKpi.name = QStringLiteral("K");
    expectedKpi.seq = 1;
    CHECK(sc->kpis[0] == expectedKpi); // unaligned, increase, linear, monthly, weight 1, no bands
    CHECK(sc->kpis[0].objective.isNull());
    CHECK_FALSE(sc->kpis[0].target.has_value());
    CHECK_FALSE(sc->kpis[0].bands.has_value());

    REQUIRE(sc->okrs.size() == 1);
    const Okr &okr = sc->okrs[0];
    CHECK(okr.objective.isNull());
    CHECK_FALSE(okr.start.isValid());
    CHECK_FALSE(okr.end.isValid());
    CHECK(okr.weight == 1);
    REQUIRE(okr.keyResults.size() == 1);
    CHECK(okr.keyResults[0].startValue == 0);
    CHECK(okr.keyResults[0].targetValue == 1);
    CHECK(okr.keyResults[0].currentValue == 0);
    CHECK(okr.keyResults[0].unit.isEmpty());
    CHECK(okr.keyResults[0].weight == 1);

    REQUIRE(sc->initiatives.size() == 1);
    const Initiative &ini = sc->initiatives[0];
    CHECK(ini.budget == 0);
    CHECK(ini.spent == 0);
    CHECK(ini.progress == 0);
    CHECK(ini.status == InitiativeStatus::Planned);
    CHECK(ini.contributions.empty());
    REQUIRE(ini.milestones.size() == 1);
    CHECK_FALSE(ini.milestones[0].due.isValid());
    CHECK_FALSE(ini.milestones[0].done);
}

TEST_CASE("Explicit nulls read as unset", "[json]")
{
    const QByteArray json = R"({"format": "scorecard", "version": 1,
        "perspectives": [{"id": "p", "name": "P"}],
        "objectives": [{"id": "a", "name": "A", "perspective": "p", "pillar": null,
                        "department": null, "parent": null, "position": null}],
        "kpis": [{"id": "k", "name": "K", "objective": null, "baseline": null, "target": null,
                  "range_low": null, "range_high": null, "red_flag": null, "goal": null,
                  "bands": null, "department": null}]})";
    const Result<Scorecard> sc = fromJson(json);
    INFO(sc.error().toStdString());
    REQUIRE(sc.ok());
    CHECK_FALSE(sc->objectives[0].position.has_value());
    CHECK_FALSE(sc->kpis[0].baseline.has_value());
    CHECK_FALSE(sc->kpis[0].bands.has_value());
}

TEST_CASE("Hand-written input is normalised", "[json]")
{
    const Scorecard sc = parsedFile("lenient.json");
    CHECK(sc.info.name == QStringLiteral("Hand-written"));

    // A parent may come after its child; "" means none.
    REQUIRE(sc.departments.size() == 2);
    CHECK(sc.departments[0].parent.value == QStringLiteral("sales"));
    CHECK(sc.departments[1].parent.isNull());
    CHECK(sc.departments[1].seq == 2);
    CHECK(sc.objectives[0].parent.value == QStringLiteral("root"));
    CHECK(sc.objectives[0].pillar.isNull());
    CHECK(sc.objectives[1].position == QPointF(1, 2));

    // Measurements are sorted; an ISO date and surrounding blanks are accepted.
    const Kpi &k = sc.kpis.at(0);
    REQUIRE(k.measurements.size() == 3);
    CHECK(k.measurements[0].period.toString() == QStringLiteral("2026-Q1"));
    CHECK(k.measurements[0].value == 1);
    CHECK(k.measurements[0].note == QStringLiteral("an ISO date maps to its quarter"));
    CHECK(k.measurements[1].period.toString() == QStringLiteral("2026-Q2"));
    CHECK(k.measurements[2].period.toString() == QStringLiteral("2026-Q3"));
    CHECK(k.measurements[2].period.frequency() == Frequency::Quarterly);

    CHECK_FALSE(sc.okrs.at(0).start.isValid());

    // Written back in canonical form, it reads back equal.
    const QByteArray canonical = toJson(sc);
    CHECK(canonical.contains("\"period\": \"2026-Q1\""));
    const Result<Scorecard> again = fromJson(canonical);
    REQUIRE(again.ok());
    CHECK(*again == sc);
}

TEST_CASE("A UTF-8 byte order mark is accepted", "[json]")
{
    const QByteArray json = "\xEF\xBB\xBF"
                            R"({"format": "scorecard", "version": 1})";
    const Result<Scorecard> sc = fromJson(json);
    INFO(sc.error().toStdString());
    CHECK(sc.ok());
}
