// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/generator.h"

#include "model/templates.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace scorecard {
namespace {

using namespace Qt::StringLiterals;

// Word lists for names: objectives read like "Improve customer retention".
constexpr std::array kVerbs{u"Grow", u"Improve", u"Reduce", u"Strengthen", u"Accelerate",
                            u"Optimise", u"Expand", u"Modernise", u"Increase", u"Streamline"};
constexpr std::array kSubjects{u"recurring revenue", u"operating margin", u"customer retention",
                               u"delivery reliability", u"product quality", u"time to market",
                               u"employee engagement", u"digital capability", u"partner network",
                               u"service coverage", u"working capital", u"process automation",
                               u"safety culture", u"brand awareness", u"data quality",
                               u"supplier performance"};
constexpr std::array kMeasures{u"rate", u"index", u"share", u"score", u"volume", u"cost", u"days",
                               u"ratio"};
constexpr std::array kPillars{u"Operational Excellence", u"Customer Intimacy", u"Product Leadership",
                              u"Sustainable Growth", u"Digital Transformation", u"People First"};
constexpr std::array kDepartments{u"Sales", u"Operations", u"Finance", u"Human Resources",
                                  u"Research & Development", u"Marketing", u"Customer Service",
                                  u"IT", u"Procurement", u"Quality"};
constexpr std::array kOwners{u"Maria Jensen", u"Thomas Berger", u"Sofia Lindqvist", u"Daniel Okafor",
                             u"Anna Kowalska", u"Lukas Hoffmann", u"Claire Dubois", u"Marco Rossi"};

template<size_t N>
QString pick(QRandomGenerator &rng, const std::array<const char16_t *, N> &words)
{
    return QString::fromUtf16(words[rng.bounded(quint32(N))]);
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

Scorecard generateScorecard(const GeneratorOptions &options)
{
    QRandomGenerator rng(options.seed);
    Scorecard sc = fourPerspectiveTemplate(u"Generated scorecard (%1 objectives, seed %2)"_s
                                               .arg(options.objectives)
                                               .arg(options.seed));
    sc.info.description = u"Synthetic data from scorecard-cli generate."_s;
    sc.info.currency = u"EUR"_s;

    const int pillarCount = std::clamp(options.objectives / 6, 1, int(kPillars.size()));
    for (int i = 0; i < pillarCount; ++i)
        sc.pillars.push_back({PillarId(u"pillar-%1"_s.arg(i + 1)), QString::fromUtf16(kPillars[size_t(i)]),
                              {}, {}, i + 1});
    sc.departments.push_back({DepartmentId(u"company"_s), u"Company"_s, {}, 1});
    const int departmentCount = std::clamp(options.objectives / 4, 1, int(kDepartments.size()));
    for (int i = 0; i < departmentCount; ++i)
        sc.departments.push_back({DepartmentId(u"dept-%1"_s.arg(i + 1)),
                                  QString::fromUtf16(kDepartments[size_t(i)]), DepartmentId(u"company"_s),
                                  i + 2});

    // Objectives spread over the perspectives, bottom lanes a little fuller.
    std::array<std::vector<qsizetype>, 4> byLane;
    for (int i = 0; i < options.objectives; ++i) {
        const int lane = i % 4;
        Objective o;
        o.id = ObjectiveId(u"obj-%1"_s.arg(i + 1));
        o.name = pick(rng, kVerbs) + u' ' + pick(rng, kSubjects);
        if (options.objectives > int(kVerbs.size() * kSubjects.size()) / 4)
            o.name += u" %1"_s.arg(i + 1);
        o.perspective = sc.perspectives[size_t(lane)].id;
        o.pillar = sc.pillars[size_t(rng.bounded(quint32(pillarCount)))].id;
        o.department = sc.departments[1 + rng.bounded(quint32(departmentCount))].id;
        o.owner = pick(rng, kOwners);
        o.weight = 1 + rng.bounded(3);
        o.seq = i + 1;
        byLane[size_t(lane)].push_back(qsizetype(sc.objectives.size()));
        sc.objectives.push_back(std::move(o));
    }

    // Links point upward: each objective below the top lane drives one or two in the lane above.
    qint64 linkSeq = 0;
    for (int lane = 1; lane < 4; ++lane) {
        const auto &above = byLane[size_t(lane - 1)];
        if (above.empty())
            continue;
        for (qsizetype i : byLane[size_t(lane)]) {
            const int n = 1 + int(rng.bounded(2));
            for (int k = 0; k < n; ++k) {
                const ObjectiveId to = sc.objectives[size_t(above[rng.bounded(quint32(above.size()))])].id;
                const ObjectiveId from = sc.objectives[size_t(i)].id;
                const bool exists = std::any_of(sc.links.begin(), sc.links.end(), [&](const Link &l) {
                    return l.from == from && l.to == to;
                });
                if (!exists)
                    sc.links.push_back({from, to, {}, ++linkSeq});
            }
        }
    }

    // KPIs with a monthly series: a trend from the baseline towards the target, plus noise.
    const QDate lastMonth = options.lastMonth.isValid() ? options.lastMonth
                                                        : QDate::currentDate().addMonths(-1);
    Period first = Period::containing(lastMonth, Frequency::Monthly);
    for (int m = 1; m < options.months; ++m)
        first = first.previous();
    std::vector<Period> months;
    months.reserve(size_t(std::max(options.months, 0)));
    for (int m = 0; m < options.months; ++m, first = first.next())
        months.push_back(first);

    sc.kpis.reserve(size_t(options.objectives) * size_t(options.kpisPerObjective));
    qint64 kpiSeq = 0;
    for (const Objective &o : sc.objectives) {
        for (int k = 0; k < options.kpisPerObjective; ++k) {
            Kpi kpi;
            kpi.id = KpiId(u"kpi-%1"_s.arg(++kpiSeq));
            kpi.name = o.name.section(u' ', 1) + u' ' + pick(rng, kMeasures) + u" %1"_s.arg(kpiSeq);
            kpi.objective = o.id;
            kpi.owner = o.owner;
            kpi.department = o.department;
            kpi.seq = kpiSeq;
            const bool lowerIsBetter = rng.bounded(4) == 0;
            const double baseline = 50 + rng.bounded(50);
            const double gap = 10 + rng.bounded(40);
            kpi.direction = lowerIsBetter ? Direction::Decrease : Direction::Increase;
            kpi.baseline = baseline;
            kpi.target = lowerIsBetter ? baseline - gap : baseline + gap;
            kpi.unit = lowerIsBetter ? u"days"_s : u"%"_s;
            // How far along the way this KPI gets by the last month: 20% to 120%.
            const double reach = 0.2 + rng.generateDouble();
            kpi.measurements.reserve(months.size());
            for (size_t m = 0; m < months.size(); ++m) {
                const double t = months.size() > 1 ? double(m) / double(months.size() - 1) : 1.0;
                const double noise = (rng.generateDouble() - 0.5) * gap * 0.2;
                const double value = baseline + (*kpi.target - baseline) * reach * t + noise;
                kpi.measurements.push_back({months[m], round2(value), {}});
            }
            sc.kpis.push_back(std::move(kpi));
        }
    }

    // A few OKRs and initiatives: one per eight objectives, at least one each.
    const int extras = std::max(1, options.objectives / 8);
    for (int i = 0; i < extras && !sc.objectives.empty(); ++i) {
        const Objective &o = sc.objectives[rng.bounded(quint32(sc.objectives.size()))];
        Okr okr;
        okr.id = OkrId(u"okr-%1"_s.arg(i + 1));
        okr.title = u"Move the needle on "_s + o.name.toLower();
        okr.objective = o.id;
        okr.owner = o.owner;
        okr.start = QDate(lastMonth.year(), 1, 1);
        okr.end = QDate(lastMonth.year(), 12, 31);
        okr.seq = i + 1;
        for (int k = 0; k < 3; ++k) {
            const double target = 10 + rng.bounded(90);
            okr.keyResults.push_back({KeyResultId(u"okr-%1-kr-%2"_s.arg(i + 1).arg(k + 1)),
                                      u"Key result %1"_s.arg(k + 1), 0, target,
                                      round2(target * rng.generateDouble()), {}, 1});
        }
        sc.okrs.push_back(std::move(okr));

        Initiative in;
        in.id = InitiativeId(u"initiative-%1"_s.arg(i + 1));
        in.name = u"Programme: "_s + o.name.toLower();
        in.owner = o.owner;
        in.department = o.department;
        in.start = QDate(lastMonth.year() - 1, 1 + int(rng.bounded(12)), 1);
        in.end = in.start.addMonths(12 + int(rng.bounded(18)));
        in.budget = 10000 * (5 + rng.bounded(95));
        in.progress = round2(rng.generateDouble());
        in.spent = round2(in.budget * std::min(1.0, in.progress * (0.8 + 0.4 * rng.generateDouble())));
        in.status = InitiativeStatus::Active;
        in.seq = i + 1;
        in.contributions.push_back({o.id, 1});
        in.milestones.push_back({u"Kick-off"_s, in.start.addMonths(1), true});
        sc.initiatives.push_back(std::move(in));
    }
    return sc;
}

} // namespace scorecard
