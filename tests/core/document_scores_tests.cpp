// SPDX-License-Identifier: GPL-3.0-or-later
// The document's shared scores: computed once per state and date, never stale.
#include "fixtures.h"

#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "document/scorecarddocument.h"

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("The document's scores are shared until the content changes", "[document][scores]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    const QDate march(2026, 3, 31);
    const KpiId revenue(QStringLiteral("revenue"));

    const auto first = doc->scores(march);
    // Revenue: baseline 100, target 200, March 190 -> (190 - 100) / (200 - 100) = 90.
    REQUIRE(first->kpis.value(revenue.value).value);
    CHECK(*first->kpis.value(revenue.value).value == Approx(90));
    CHECK(doc->scores(march) == first); // the same computation, not a new one
    // February: 160 -> 60; another date is its own entry.
    CHECK(*doc->scores(QDate(2026, 2, 28))->kpis.value(revenue.value).value == Approx(60));
    CHECK(doc->scores(march) == first);

    // A measurement edit: March 150 -> 50.
    auto set = SetMeasurementCommand::create(
        *doc, revenue, {*Period::parse(u"2026-03", Frequency::Monthly), 150, {}});
    REQUIRE(set.ok());
    REQUIRE(doc->push(std::move(set).value()).ok());
    const auto edited = doc->scores(march);
    CHECK(edited != first);
    CHECK(*edited->kpis.value(revenue.value).value == Approx(50));
    CHECK(*first->kpis.value(revenue.value).value == Approx(90)); // old results stay valid

    // An entity edit: a target of 300 -> (150 - 100) / (300 - 100) = 25.
    Kpi k = *doc->kpi(revenue);
    k.target = 300;
    auto change = ChangeEntityCommand<Kpi>::create(*doc, k);
    REQUIRE(change.ok());
    REQUIRE(doc->push(std::move(change).value()).ok());
    CHECK(*doc->scores(march)->kpis.value(revenue.value).value == Approx(25));

    // Undo goes through the same cache: back to 50, then 90.
    doc->undoStack()->undo();
    CHECK(*doc->scores(march)->kpis.value(revenue.value).value == Approx(50));
    doc->undoStack()->undo();
    CHECK(*doc->scores(march)->kpis.value(revenue.value).value == Approx(90));

    // Scores asked for from a change signal see the content after the change.
    std::optional<double> seen;
    QObject::connect(doc.get(), &ScorecardDocument::measurementsChanged, [&] {
        seen = doc->scores(march)->kpis.value(revenue.value).value;
    });
    auto again = SetMeasurementCommand::create(
        *doc, revenue, {*Period::parse(u"2026-03", Frequency::Monthly), 180, {}});
    REQUIRE(again.ok());
    REQUIRE(doc->push(std::move(again).value()).ok());
    REQUIRE(seen);
    CHECK(*seen == Approx(80));
    CHECK(*doc->scores(march)->kpis.value(revenue.value).value == Approx(80));
}
