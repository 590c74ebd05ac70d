// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "model/templates.h"

#include <catch2/catch.hpp>

namespace scorecard::test {

Scorecard smallScorecard()
{
    Scorecard sc = fourPerspectiveTemplate(QStringLiteral("Test Co"));
    sc.info.description = QStringLiteral("A fixture");
    sc.info.currency = QStringLiteral("EUR");
    sc.pillars = {{PillarId(QStringLiteral("excellence")), QStringLiteral("Excellence"), {}, {}, 1},
                  {PillarId(QStringLiteral("growth")), QStringLiteral("Growth"), {}, {}, 2}};
    sc.departments = {{DepartmentId(QStringLiteral("company")), QStringLiteral("Company"), {}, 1},
                      {DepartmentId(QStringLiteral("sales")), QStringLiteral("Sales"),
                       DepartmentId(QStringLiteral("company")), 2}};
    auto objective = [](const char *id, const char *name, const char *perspective,
                        const char *pillar, qint64 seq) {
        Objective o;
        o.id = ObjectiveId(QString::fromLatin1(id));
        o.name = QString::fromLatin1(name);
        o.perspective = PerspectiveId(QString::fromLatin1(perspective));
        o.pillar = PillarId(QString::fromLatin1(pillar));
        o.seq = seq;
        return o;
    };
    sc.objectives = {objective("grow-revenue", "Grow revenue", "financial", "growth", 1),
                     objective("happy-clients", "Delight clients", "customer", "growth", 2),
                     objective("lean-ops", "Lean operations", "internal", "excellence", 3),
                     objective("skills", "Build skills", "learning", "excellence", 4)};
    sc.objectives[1].department = DepartmentId(QStringLiteral("sales"));
    sc.objectives[1].position = QPointF(100, 200);
    sc.links = {
        {ObjectiveId(QStringLiteral("happy-clients")), ObjectiveId(QStringLiteral("grow-revenue")),
         QStringLiteral("loyal clients buy more"), 1},
        {ObjectiveId(QStringLiteral("lean-ops")),
         ObjectiveId(QStringLiteral("happy-clients")),
         {},
         2},
        {ObjectiveId(QStringLiteral("skills")), ObjectiveId(QStringLiteral("lean-ops")), {}, 3}};
    Kpi revenue;
    revenue.id = KpiId(QStringLiteral("revenue"));
    revenue.name = QStringLiteral("Revenue");
    revenue.objective = ObjectiveId(QStringLiteral("grow-revenue"));
    revenue.unit = QStringLiteral("EUR");
    revenue.baseline = 100;
    revenue.target = 200;
    revenue.department = DepartmentId(QStringLiteral("sales"));
    revenue.seq = 1;
    for (int m = 1; m <= 3; ++m)
        revenue.measurements.push_back(
            {*Period::parse(QStringLiteral("2026-%1").arg(m), Frequency::Monthly),
             100.0 + 30 * m,
             {}});
    Kpi churn;
    churn.id = KpiId(QStringLiteral("churn"));
    churn.name = QStringLiteral("Churn");
    churn.objective = ObjectiveId(QStringLiteral("happy-clients"));
    churn.direction = Direction::Decrease;
    churn.baseline = 10;
    churn.target = 5;
    churn.frequency = Frequency::Quarterly;
    churn.bands = Bands{80, 50};
    churn.seq = 2;
    churn.measurements.push_back(
        {*Period::parse(u"2026-Q1", Frequency::Quarterly), 7, QStringLiteral("ok")});
    sc.kpis = {revenue, churn};
    Okr okr;
    okr.id = OkrId(QStringLiteral("okr-1"));
    okr.title = QStringLiteral("Launch the portal");
    okr.objective = ObjectiveId(QStringLiteral("happy-clients"));
    okr.start = QDate(2026, 1, 1);
    okr.end = QDate(2026, 6, 30);
    okr.seq = 1;
    okr.keyResults = {
        {KeyResultId(QStringLiteral("kr-1")), QStringLiteral("Users"), 0, 1000, 400, {}, 2},
        {KeyResultId(QStringLiteral("kr-2")), QStringLiteral("NPS"), 10, 40, 25, {}, 1}};
    sc.okrs = {okr};
    Initiative in;
    in.id = InitiativeId(QStringLiteral("crm"));
    in.name = QStringLiteral("CRM rollout");
    in.start = QDate(2026, 1, 1);
    in.end = QDate(2026, 12, 31);
    in.budget = 50000;
    in.spent = 12000;
    in.progress = 0.3;
    in.status = InitiativeStatus::Active;
    in.seq = 1;
    in.contributions = {{ObjectiveId(QStringLiteral("happy-clients")), 2},
                        {ObjectiveId(QStringLiteral("lean-ops")), 1}};
    in.milestones = {{QStringLiteral("Pilot"), QDate(2026, 4, 1), true}};
    sc.initiatives = {in};
    return sc;
}

std::unique_ptr<ScorecardDocument> openNew(const Scratch &scratch, const Scorecard &content,
                                           const QString &name)
{
    const QString path = scratch.path(name);
    auto created = ScorecardFile::create(path, content, true);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    auto doc = ScorecardDocument::open(path);
    INFO(doc.error().toStdString());
    REQUIRE(doc.ok());
    return std::move(doc).value();
}

Scorecard reload(const QString &path)
{
    auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
    INFO(file.error().toStdString());
    REQUIRE(file.ok());
    auto content = (*file)->load();
    INFO(content.error().toStdString());
    REQUIRE(content.ok());
    return std::move(content).value();
}

} // namespace scorecard::test
