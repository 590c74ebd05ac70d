// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "commands/editcommands.h"
#include "commands/entitycommands.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

/**
 * Pushes @p command and checks that redo -> undo -> redo leaves the cache
 * and the file (re-read from disk) exactly as before and after.
 */
void checkRedoUndoRedo(ScorecardDocument &doc, Result<CommandPtr> command)
{
    INFO(command.error().toStdString());
    REQUIRE(command.ok());
    const Scorecard before = doc.scorecard();
    auto pushed = doc.push(std::move(command).value());
    INFO(pushed.error().toStdString());
    REQUIRE(pushed.ok());
    const Scorecard after = doc.scorecard();
    CHECK_FALSE(after == before);
    CHECK(reload(doc.path()) == after);

    doc.undoStack()->undo();
    CHECK(doc.scorecard() == before);
    CHECK(reload(doc.path()) == before);

    doc.undoStack()->redo();
    CHECK(doc.scorecard() == after);
    CHECK(reload(doc.path()) == after);
}

ObjectiveId oid(const char *s)
{
    return ObjectiveId(QString::fromLatin1(s));
}

} // namespace

TEST_CASE("Adding each kind of entity is undoable", "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());

    SECTION("perspective")
    {
        Perspective p{PerspectiveId(), QStringLiteral("Sustainability"), {}, 0};
        checkRedoUndoRedo(*doc, AddEntityCommand<Perspective>::create(*doc, p));
        const Perspective *added =
            doc->perspective(PerspectiveId(QStringLiteral("sustainability")));
        REQUIRE(added);
        CHECK(added->position == 4);
        CHECK(doc->scorecard().perspectives.back().id == added->id);
    }
    SECTION("pillar")
    {
        checkRedoUndoRedo(*doc, AddEntityCommand<Pillar>::create(
                                    *doc, {PillarId(), QStringLiteral("Digital"), {}, {}, 0}));
        CHECK(doc->pillar(PillarId(QStringLiteral("digital"))));
    }
    SECTION("department")
    {
        checkRedoUndoRedo(*doc, AddEntityCommand<Department>::create(
                                    *doc, {DepartmentId(), QStringLiteral("Sales EMEA"),
                                           DepartmentId(QStringLiteral("sales")), 0}));
        CHECK(doc->department(DepartmentId(QStringLiteral("sales-emea"))));
    }
    SECTION("objective, with a generated unique id")
    {
        Objective o;
        o.name = QStringLiteral("Grow revenue");
        o.perspective = PerspectiveId(QStringLiteral("financial"));
        checkRedoUndoRedo(*doc, AddEntityCommand<Objective>::create(*doc, o));
        const Objective *added = doc->objective(oid("grow-revenue-2"));
        REQUIRE(added);
        CHECK(added->seq == 5);
    }
    SECTION("link")
    {
        checkRedoUndoRedo(*doc, AddEntityCommand<Link>::create(
                                    *doc, {oid("skills"), oid("grow-revenue"), {}, 0}));
        CHECK(doc->link(oid("skills"), oid("grow-revenue")));
    }
    SECTION("KPI with measurements")
    {
        Kpi k;
        k.name = QStringLiteral("Margin");
        k.objective = oid("grow-revenue");
        k.target = 20;
        k.measurements = {{*Period::parse(u"2026-01", Frequency::Monthly), 12, {}}};
        checkRedoUndoRedo(*doc, AddEntityCommand<Kpi>::create(*doc, k));
        REQUIRE(doc->kpi(KpiId(QStringLiteral("margin"))));
        CHECK(doc->kpi(KpiId(QStringLiteral("margin")))->measurements.size() == 1);
    }
    SECTION("OKR with key results")
    {
        Okr o;
        o.title = QStringLiteral("Ship v2");
        o.keyResults = {
            {KeyResultId(QStringLiteral("kr-9")), QStringLiteral("Beta users"), 0, 100, 10, {}, 1}};
        checkRedoUndoRedo(*doc, AddEntityCommand<Okr>::create(*doc, o));
    }
    SECTION("initiative with contributions and milestones")
    {
        Initiative in;
        in.name = QStringLiteral("Lean training");
        in.contributions = {{oid("skills"), 1}, {oid("lean-ops"), 2}};
        in.milestones = {{QStringLiteral("Kick-off"), QDate(2026, 2, 1), false}};
        checkRedoUndoRedo(*doc, AddEntityCommand<Initiative>::create(*doc, in));
    }
}

TEST_CASE("Changing each kind of entity is undoable and signals its fields", "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    QSignalSpy changed(doc.get(), &ScorecardDocument::entityChanged);

    SECTION("objective fields")
    {
        Objective o = *doc->objective(oid("lean-ops"));
        o.name = QStringLiteral("Lean, fast operations");
        o.owner = QStringLiteral("COO");
        o.perspective = PerspectiveId(QStringLiteral("customer"));
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Objective>::create(*doc, o));
        REQUIRE(changed.count() == 3);
        const auto fields = changed.at(0).at(2).value<Fields>();
        CHECK(fields == (Fields(Field::Name) | Field::Owner | Field::Perspective));
        CHECK(changed.at(0).at(1).toString() == QStringLiteral("lean-ops"));
    }
    SECTION("KPI target keeps measurements")
    {
        Kpi k = *doc->kpi(KpiId(QStringLiteral("revenue")));
        k.target = 250;
        k.measurements.clear(); // ignored: values change through their own commands
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Kpi>::create(*doc, k));
        CHECK(doc->kpi(k.id)->target == 250);
        CHECK(doc->kpi(k.id)->measurements.size() == 3);
    }
    SECTION("OKR key results")
    {
        Okr o = doc->scorecard().okrs.front();
        o.keyResults[0].currentValue = 800;
        o.keyResults.pop_back();
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Okr>::create(*doc, o));
        CHECK(doc->okr(o.id)->keyResults.size() == 1);
    }
    SECTION("initiative progress and contributions")
    {
        Initiative in = doc->scorecard().initiatives.front();
        in.progress = 0.5;
        in.contributions.pop_back();
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Initiative>::create(*doc, in));
    }
    SECTION("link note, pillar, department, perspective")
    {
        Link l = *doc->link(oid("lean-ops"), oid("happy-clients"));
        l.note = QStringLiteral("faster delivery");
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Link>::create(*doc, l));
        Pillar p = doc->scorecard().pillars.front();
        p.color = QStringLiteral("#123456");
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Pillar>::create(*doc, p));
        Department d = doc->scorecard().departments.back();
        d.name = QStringLiteral("Sales & Marketing");
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Department>::create(*doc, d));
        Perspective per = doc->scorecard().perspectives.front();
        per.name = QStringLiteral("Finance");
        checkRedoUndoRedo(*doc, ChangeEntityCommand<Perspective>::create(*doc, per));
    }
    SECTION("scorecard settings")
    {
        ScorecardInfo info = doc->scorecard().info;
        info.bands = Bands{85, 55};
        checkRedoUndoRedo(*doc, ChangeScorecardInfoCommand::create(*doc, info));
    }
}

TEST_CASE("Removing an objective removes its links and detaches its measures, undo restores all",
          "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    QSignalSpy aboutToBeRemoved(doc.get(), &ScorecardDocument::entityAboutToBeRemoved);
    bool presentWhenAnnounced = false;
    QObject::connect(doc.get(), &ScorecardDocument::entityAboutToBeRemoved, doc.get(),
                     [&](EntityKind kind, const QString &id) {
                         if (kind == EntityKind::Objective)
                             presentWhenAnnounced = doc->objective(ObjectiveId(id)) != nullptr;
                     });

    checkRedoUndoRedo(
        *doc, RemoveEntityCommand<Objective>::create(*doc, *doc->objective(oid("happy-clients"))));
    CHECK(presentWhenAnnounced);
    CHECK_FALSE(doc->objective(oid("happy-clients")));
    CHECK(doc->scorecard().links.size() == 1); // only skills -> lean-ops is left
    CHECK(doc->kpi(KpiId(QStringLiteral("churn")))->objective.isNull());
    CHECK(doc->okr(OkrId(QStringLiteral("okr-1")))->objective.isNull());
    const Initiative *crm = doc->initiative(InitiativeId(QStringLiteral("crm")));
    REQUIRE(crm->contributions.size() == 1);
    CHECK(crm->contributions.front().objective == oid("lean-ops"));
    // The objective and its two links were announced (links first).
    CHECK(aboutToBeRemoved.count() >= 3);

    doc->undoStack()->undo();
    CHECK(doc->scorecard() == smallScorecard());
}

TEST_CASE("Removing other entities is undoable", "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    SECTION("KPI with its measurements")
    {
        checkRedoUndoRedo(*doc, RemoveEntityCommand<Kpi>::create(
                                    *doc, *doc->kpi(KpiId(QStringLiteral("revenue")))));
    }
    SECTION("pillar detaches objectives")
    {
        checkRedoUndoRedo(
            *doc, RemoveEntityCommand<Pillar>::create(*doc, doc->scorecard().pillars.front()));
        CHECK(doc->objective(oid("lean-ops"))->pillar.isNull());
    }
    SECTION("department moves children up and detaches")
    {
        checkRedoUndoRedo(*doc, RemoveEntityCommand<Department>::create(
                                    *doc, doc->scorecard().departments.front()));
        CHECK(doc->department(DepartmentId(QStringLiteral("sales")))->parent.isNull());
    }
    SECTION("OKR, initiative, link")
    {
        checkRedoUndoRedo(*doc,
                          RemoveEntityCommand<Okr>::create(*doc, doc->scorecard().okrs.front()));
        checkRedoUndoRedo(*doc, RemoveEntityCommand<Initiative>::create(
                                    *doc, doc->scorecard().initiatives.front()));
        checkRedoUndoRedo(*doc,
                          RemoveEntityCommand<Link>::create(*doc, doc->scorecard().links.front()));
    }
    SECTION("an empty perspective, but not one with objectives")
    {
        auto refused =
            RemoveEntityCommand<Perspective>::create(*doc, doc->scorecard().perspectives.front());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("still holds objectives")));
        REQUIRE(doc->push(AddEntityCommand<Perspective>::create(
                              *doc, {PerspectiveId(), QStringLiteral("Extra"), {}, 0})
                              .value())
                    .ok());
        checkRedoUndoRedo(*doc, RemoveEntityCommand<Perspective>::create(
                                    *doc, doc->scorecard().perspectives.back()));
    }
}

TEST_CASE("Map moves, perspective order and measurements are undoable", "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    SECTION("move several objectives in one command")
    {
        QHash<ObjectiveId, QPointF> moves{{oid("skills"), QPointF(10, 20)},
                                          {oid("lean-ops"), QPointF(30, 40)}};
        checkRedoUndoRedo(*doc, MoveObjectivesCommand::create(*doc, moves));
        CHECK(doc->undoStack()->count() == 1);
        CHECK(doc->objective(oid("skills"))->position == QPointF(10, 20));
    }
    SECTION("reorder perspectives")
    {
        QList<PerspectiveId> order;
        for (auto it = doc->scorecard().perspectives.rbegin();
             it != doc->scorecard().perspectives.rend(); ++it)
            order << it->id;
        checkRedoUndoRedo(*doc, ReorderPerspectivesCommand::create(*doc, order));
        CHECK(doc->scorecard().perspectives.front().id ==
              PerspectiveId(QStringLiteral("learning")));
        CHECK_FALSE(ReorderPerspectivesCommand::create(*doc, order.mid(1)).ok());
    }
    SECTION("add, edit and remove a measurement")
    {
        const KpiId revenue(QStringLiteral("revenue"));
        const Period april = *Period::parse(u"2026-04", Frequency::Monthly);
        QSignalSpy values(doc.get(), &ScorecardDocument::measurementsChanged);
        checkRedoUndoRedo(*doc, SetMeasurementCommand::create(*doc, revenue, {april, 180, {}}));
        CHECK(values.count() == 3);
        CHECK(doc->measurement(revenue, april)->value == 180);
        const Period march = *Period::parse(u"2026-03", Frequency::Monthly);
        checkRedoUndoRedo(*doc, SetMeasurementCommand::create(
                                    *doc, revenue, {march, 191, QStringLiteral("revised")}));
        CHECK(doc->measurement(revenue, march)->note == QStringLiteral("revised"));
        checkRedoUndoRedo(*doc, RemoveMeasurementCommand::create(*doc, revenue, april));
        CHECK_FALSE(SetMeasurementCommand::create(
                        *doc, revenue, {*Period::parse(u"2026-Q1", Frequency::Quarterly), 1, {}})
                        .ok());
    }
    SECTION("quick edits of one cell merge into one undo step")
    {
        const KpiId revenue(QStringLiteral("revenue"));
        const Period march = *Period::parse(u"2026-03", Frequency::Monthly);
        const double original = doc->measurement(revenue, march)->value;
        for (double v : {1.0, 12.0, 123.0})
            REQUIRE(doc->push(SetMeasurementCommand::create(*doc, revenue, {march, v, {}}).value())
                        .ok());
        CHECK(doc->undoStack()->count() == 1);
        CHECK(doc->measurement(revenue, march)->value == 123.0);
        doc->undoStack()->undo();
        CHECK(doc->measurement(revenue, march)->value == original);
        CHECK(reload(doc->path()) == smallScorecard());
    }
}

TEST_CASE("Invalid edits are refused with a clear message and change nothing",
          "[commands][validation]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    auto refused = [&](Result<CommandPtr> r, const char *expected) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QString::fromUtf8(expected));
    };
    Objective o = *doc->objective(oid("skills"));
    o.name = QStringLiteral("  ");
    refused(ChangeEntityCommand<Objective>::create(*doc, o), "the objective needs a name");
    o = *doc->objective(oid("skills"));
    o.weight = -1;
    refused(ChangeEntityCommand<Objective>::create(*doc, o),
            "the weight of objective \"Build skills\" must be a number of at least 0");
    o = *doc->objective(oid("skills"));
    o.perspective = PerspectiveId(QStringLiteral("moon"));
    refused(ChangeEntityCommand<Objective>::create(*doc, o), "there is no perspective \"moon\"");
    o = *doc->objective(oid("grow-revenue"));
    o.parent = oid("happy-clients");
    REQUIRE(doc->push(ChangeEntityCommand<Objective>::create(*doc, o).value()).ok());
    o = *doc->objective(oid("happy-clients"));
    o.parent = oid("grow-revenue");
    refused(ChangeEntityCommand<Objective>::create(*doc, o),
            "objective \"Delight clients\" cannot support itself (parent cycle)");
    refused(AddEntityCommand<Link>::create(*doc, {oid("skills"), oid("skills"), {}, 0}),
            "an objective cannot be linked to itself");
    refused(AddEntityCommand<Link>::create(*doc, {oid("skills"), oid("lean-ops"), {}, 0}),
            "\"skills\" is already linked to \"lean-ops\"");
    refused(AddEntityCommand<Link>::create(*doc, {oid("skills"), oid("nope"), {}, 0}),
            "there is no objective \"nope\"");
    Kpi k = *doc->kpi(KpiId(QStringLiteral("revenue")));
    k.target = k.baseline;
    refused(ChangeEntityCommand<Kpi>::create(*doc, k),
            "KPI \"Revenue\": the target equals the baseline, so progress cannot be measured");
    k = *doc->kpi(KpiId(QStringLiteral("revenue")));
    k.frequency = Frequency::Weekly;
    refused(ChangeEntityCommand<Kpi>::create(*doc, k),
            "KPI \"Revenue\" has measurements: its frequency cannot change");
    Initiative in = doc->scorecard().initiatives.front();
    in.progress = 1.5;
    refused(ChangeEntityCommand<Initiative>::create(*doc, in),
            "initiative \"CRM rollout\": progress must be between 0 and 1 (0% and 100%)");
    Perspective p{PerspectiveId(), QStringLiteral("financial"), {}, 0};
    refused(AddEntityCommand<Perspective>::create(*doc, p),
            "there is already a perspective named \"Financial\"");
    ScorecardInfo info = doc->scorecard().info;
    info.bands = Bands{50, 70};
    refused(ChangeScorecardInfoCommand::create(*doc, info),
            "the amber band (70) must not be above the green band (50)");
    refused(ChangeEntityCommand<Objective>::create(*doc, *doc->objective(oid("skills"))),
            "nothing to change");
}

TEST_CASE("A command whose write fails reports it and leaves everything unchanged", "[commands]")
{
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    // Prepare a valid command first; then a change set whose commit fails.
    Kpi k = *doc->kpi(KpiId(QStringLiteral("revenue")));
    k.unit = QStringLiteral("USD");
    auto cmd = ChangeEntityCommand<Kpi>::create(*doc, k);
    REQUIRE(cmd.ok());
    // A link to an objective that does not exist fails the deferred foreign key at COMMIT.
    const Scorecard before = doc->scorecard();
    QSignalSpy errors(doc.get(), &ScorecardDocument::errorOccurred);
    auto r = doc->apply({Change::insert(Link{oid("skills"), oid("ghost"), {}, 99})});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("FOREIGN KEY")));
    CHECK(doc->scorecard() == before);
    CHECK(reload(doc->path()) == before);
    // The document is still usable: the prepared command applies cleanly.
    const auto pushed = doc->push(std::move(cmd).value());
    CHECK(pushed.ok());
    CHECK(errors.count() == 0);
}
