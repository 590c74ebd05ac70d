// SPDX-License-Identifier: GPL-3.0-or-later
// The strategy-intelligence views ([intel]): Investments, evidence on the
// map and the Links table, the what-if dialog, the alignment score.
#include "analysis/alignment.h"
#include "analysis/investment.h"
#include "analysis/linkevidence.h"
#include "analysis/whatif.h"
#include "entityselection.h"
#include "investmentspanel.h"
#include "investmenttablemodel.h"
#include "linkevidencemodel.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "problemspanel.h"
#include "scoring/engine.h"
#include "strategymap/linkitem.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/maplegenditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"
#include "strategymap/whatifbadgeitem.h"
#include "whatifdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

const QDate kAsOf(2026, 11, 30);

InvestmentAnalysis expectedInvestments(const Scorecard &sc, QDate asOf)
{
    return analyseInvestments(sc, scoring::Engine(sc).compute(asOf));
}

const InitiativeInvestment &byId(const InvestmentAnalysis &a, const QString &id)
{
    for (const InitiativeInvestment &i : a.initiatives) {
        if (i.id.value == id)
            return i;
    }
    FAIL("no initiative " << id.toStdString());
    return a.initiatives.front();
}

QVariant cell(const QAbstractItemModel *m, int row, int column, int role)
{
    return m->data(m->index(row, column), role);
}

} // namespace

TEST_CASE("The investments table shows the core analysis of every initiative", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    const InvestmentAnalysis expected = expectedInvestments(file.doc->scorecard(), kAsOf);
    InvestmentTableModel *model = panel.model();
    using M = InvestmentTableModel;
    REQUIRE(model->rowCount() == int(expected.initiatives.size()));
    REQUIRE(model->rowCount() == 5);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = cell(model, r, M::Name, M::IdRole).toString();
        const InitiativeInvestment &e = byId(expected, id);
        INFO(id.toStdString());
        CHECK(cell(model, r, M::Name, Qt::DisplayRole).toString() == e.name);
        CHECK(cell(model, r, M::Budget, M::SortRole).toDouble() == e.budget);
        CHECK(cell(model, r, M::Spent, M::SortRole).toDouble() == e.spent);
        CHECK(cell(model, r, M::Progress, M::SortRole).toDouble() == e.progress);
        CHECK(cell(model, r, M::Contribution, M::SortRole).toDouble() == e.contribution);
        CHECK(cell(model, r, M::Health, Qt::DisplayRole).toString() == M::healthLabel(e.health));
        CHECK(cell(model, r, M::Rank, Qt::DisplayRole).toString() ==
              (e.rank ? QString::number(*e.rank) : QStringLiteral("\u2013")));
        REQUIRE(e.contributionPerBudget);
        CHECK(cell(model, r, M::PerBudget, M::SortRole).toDouble() == *e.contributionPerBudget);
        // Shown as points of the company score: 0.0562 -> "5.62".
        CHECK(cell(model, r, M::Contribution, Qt::DisplayRole)
                  .toString()
                  .startsWith(QLocale().toString(e.contribution * 100, 'f', 2)));
    }
    // Ranked by contribution per unit of budget: the view starts sorted by rank.
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(cell(model, r, M::Rank, M::SortRole).toInt() == r + 1);
    // The sample's best value for money is the employer branding initiative.
    CHECK(cell(model, 0, M::Name, M::IdRole).toString() == u"employer-branding"_s);

    // Gaps and the budget on green objectives, as the core computes them.
    REQUIRE(panel.gapsList()->count() == int(expected.gaps.size()));
    for (int i = 0; i < panel.gapsList()->count(); ++i)
        CHECK(panel.gapsList()->item(i)->text() == expected.gaps[size_t(i)].name);
    REQUIRE(panel.greenList()->count() == int(expected.green.size()));
    CHECK(panel.greenList()->item(0)->text().startsWith(expected.green.front().name));
    CHECK(
        panel.greenSummary()->text().contains(QLocale().toString(expected.budgetOnGreen, 'f', 0)));
}

TEST_CASE("The investments table sorts by every column", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    InvestmentTableModel *model = panel.model();
    using M = InvestmentTableModel;
    const InvestmentAnalysis expected = expectedInvestments(file.doc->scorecard(), kAsOf);

    // A persistent index follows its row through a sort.
    const QPersistentModelIndex branding(model->index(model->rowOf(u"employer-branding"_s), 1));
    panel.table()->sortByColumn(M::Budget, Qt::DescendingOrder);
    std::vector<double> budgets;
    for (const InitiativeInvestment &i : expected.initiatives)
        budgets.push_back(i.budget);
    std::sort(budgets.begin(), budgets.end(), std::greater<>());
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(cell(model, r, M::Budget, M::SortRole).toDouble() == budgets[size_t(r)]);
    CHECK(cell(model, 0, M::Name, M::IdRole).toString() == u"erp-crm-integration"_s);
    REQUIRE(branding.isValid());
    CHECK(branding.data(M::IdRole).toString() == u"employer-branding"_s);
    CHECK(branding.row() == model->rowOf(u"employer-branding"_s));

    panel.table()->sortByColumn(M::Contribution, Qt::AscendingOrder);
    for (int r = 1; r < model->rowCount(); ++r)
        CHECK(cell(model, r - 1, M::Contribution, M::SortRole).toDouble() <=
              cell(model, r, M::Contribution, M::SortRole).toDouble());
    panel.table()->sortByColumn(M::Name, Qt::AscendingOrder);
    for (int r = 1; r < model->rowCount(); ++r)
        CHECK(QString::localeAwareCompare(cell(model, r - 1, M::Name, Qt::DisplayRole).toString(),
                                          cell(model, r, M::Name, Qt::DisplayRole).toString()) <=
              0);
    // The sort order survives a refresh (a new as-of date).
    panel.setAsOf(kAsOf.addMonths(-1));
    for (int r = 1; r < model->rowCount(); ++r)
        CHECK(QString::localeAwareCompare(cell(model, r - 1, M::Name, Qt::DisplayRole).toString(),
                                          cell(model, r, M::Name, Qt::DisplayRole).toString()) <=
              0);
}

TEST_CASE("The investments CSV export writes the table as shown", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    const InvestmentAnalysis expected = expectedInvestments(file.doc->scorecard(), kAsOf);
    const QString path = file.dir.filePath(u"investments.csv"_s);
    REQUIRE(panel.exportCsv(path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + int(expected.initiatives.size()));
    CHECK(lines[0] == u"rank,id,initiative,budget,spent,progress,health,contribution,"
                      u"contribution_partial,contribution_per_budget"_s);
    const InitiativeInvestment &first = byId(expected, u"employer-branding"_s);
    const QStringList fields = lines[1].split(u',');
    REQUIRE(fields.size() == 10);
    CHECK(fields[0] == u"1"_s);
    CHECK(fields[1] == u"employer-branding"_s);
    CHECK(fields[2] == u"Employer branding & career paths"_s);
    CHECK(fields[3].toDouble() == first.budget);
    CHECK(fields[4].toDouble() == first.spent);
    CHECK(fields[6] == u"not_started"_s);
    CHECK(fields[7].toDouble() == Approx(first.contribution).epsilon(1e-9));
    CHECK(fields[9].toDouble() == Approx(*first.contributionPerBudget).epsilon(1e-9));

    // A name with a comma is quoted.
    Scorecard sc = sampleScorecard();
    sc.initiatives[0].name = u"Integrate ERP, CRM \"now\""_s;
    MapFile other(sc);
    panel.setDocument(other.doc.get());
    REQUIRE(panel.exportCsv(path).ok());
    f.close();
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).contains(u",\"Integrate ERP, CRM \"\"now\"\"\","_s));

    // An unwritable place: a clear error naming the file.
    const QString bad = file.dir.filePath(u"missing-folder/x.csv"_s);
    const auto r = panel.exportCsv(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(bad));
}

TEST_CASE("The investments view selects what is clicked and follows the as-of date", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    InvestmentTableModel *model = panel.model();
    const int row = model->rowOf(u"nordics-market-entry"_s);
    REQUIRE(row >= 0);
    panel.table()->selectionModel()->setCurrentIndex(
        model->index(row, 1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(selection.kind() == EntityKind::Initiative);
    CHECK(selection.id() == u"nordics-market-entry"_s);
    // And the other way: selecting an initiative elsewhere selects its row.
    selection.setCurrent(EntityKind::Initiative, u"lean-transformation"_s);
    CHECK(panel.table()->currentIndex().row() == model->rowOf(u"lean-transformation"_s));

    QListWidgetItem *gap = panel.gapsList()->item(0);
    REQUIRE(gap);
    Q_EMIT panel.gapsList()->itemClicked(gap);
    CHECK(selection.kind() == EntityKind::Objective);
    CHECK(selection.id() ==
          expectedInvestments(file.doc->scorecard(), kAsOf).gaps[0].objective.value);

    // Another date: the analysis of that date (health is judged against the schedule).
    const QDate early(2025, 3, 31);
    panel.setAsOf(early);
    const InvestmentAnalysis then = expectedInvestments(file.doc->scorecard(), early);
    for (int r = 0; r < model->rowCount(); ++r) {
        const InitiativeInvestment &e = byId(
            then,
            cell(model, r, InvestmentTableModel::Name, InvestmentTableModel::IdRole).toString());
        CHECK(cell(model, r, InvestmentTableModel::Health, Qt::DisplayRole).toString() ==
              InvestmentTableModel::healthLabel(e.health));
        CHECK(cell(model, r, InvestmentTableModel::Contribution, InvestmentTableModel::SortRole)
                  .toDouble() == e.contribution);
    }
}

TEST_CASE("The investments chart plots contribution against budget by health", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    panel.resize(1200, 800);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    const InvestmentAnalysis expected = expectedInvestments(file.doc->scorecard(), kAsOf);
    const QList<QScatterSeries *> series = panel.chartSeries();
    REQUIRE(series.size() == 4);
    // Every group has its own marker shape: colour is not the only cue.
    QSet<int> shapes;
    for (QScatterSeries *s : series)
        shapes.insert(int(s->markerShape()));
    CHECK(shapes.size() == 4);
    int points = 0;
    for (QScatterSeries *s : series)
        points += int(s->count());
    CHECK(points == int(expected.initiatives.size()));
    // Each initiative sits in its health group's series, at (budget, contribution points).
    const QList<InvestmentsPanel::HealthGroup> groups = {
        InvestmentsPanel::HealthGroup::Good, InvestmentsPanel::HealthGroup::Behind,
        InvestmentsPanel::HealthGroup::Critical, InvestmentsPanel::HealthGroup::Other};
    for (const InitiativeInvestment &i : expected.initiatives) {
        QScatterSeries *s = series[int(groups.indexOf(InvestmentsPanel::groupOf(i.health)))];
        const QPointF p(i.budget / panel.budgetScale(), i.contribution * 100);
        CHECK(s->points().contains(p));
    }
    CHECK(panel.budgetScale() == 1000); // the sample's budgets run to 1.45 million
    // A click on a point selects its initiative.
    const InitiativeInvestment &nordics = byId(expected, u"nordics-market-entry"_s);
    QScatterSeries *critical = series[2];
    const QPointF at(nordics.budget / panel.budgetScale(), nordics.contribution * 100);
    REQUIRE(critical->points().contains(at));
    Q_EMIT critical->clicked(at);
    CHECK(selection.kind() == EntityKind::Initiative);
    CHECK(selection.id() == u"nordics-market-entry"_s);
    CHECK_FALSE(panel.initiativeAt(QPointF(-5, -5)));
    // Every point is named on the chart.
    CHECK(panel.pointLabels().size() == points);
    CHECK(panel.pointLabels().contains(u"Nordics market entry"_s));
}

TEST_CASE("Colour Links by Evidence styles every link by the data's evidence", "[intel]")
{
    MapFile file(sampleScorecard());
    StrategyMapPanel panel;
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    StrategyMapScene *scene = panel.scene();
    REQUIRE(scene);
    QAction *toggle = panel.evidenceAction();
    REQUIRE(toggle->isCheckable());
    CHECK_FALSE(toggle->isChecked());
    for (LinkItem *link : scene->linkItems())
        CHECK_FALSE(link->evidence().has_value());
    CHECK_FALSE(scene->legendItem()->texts().contains(u"strong evidence"_s));

    toggle->setChecked(true);
    CHECK(scene->isEvidenceShown());
    const std::vector<LinkEvidence> expected = linkEvidence(file.doc->scorecard(), kAsOf);
    REQUIRE(scene->linkItems().size() == int(expected.size()));
    QSet<Evidence> seen;
    for (const LinkEvidence &e : expected) {
        LinkItem *item = scene->linkItem(Link{e.from, e.to, {}, 0}.key());
        REQUIRE(item);
        REQUIRE(item->evidence().has_value());
        CHECK(*item->evidence() == e.evidence);
        if (e.correlation)
            CHECK(item->toolTip().contains(u"rho "_s + QLocale().toString(*e.correlation, 'f', 2)));
        else
            CHECK(item->toolTip().contains(
                u"Not enough data: %1 overlapping months"_s.arg(e.periods)));
        seen.insert(e.evidence);
    }
    // The sample shows supported and unsupported links alike.
    CHECK(seen.contains(Evidence::Strong));
    CHECK(seen.contains(Evidence::None));
    CHECK(seen.contains(Evidence::NotEnoughData));
    // Colour and line style both tell the evidence apart.
    QSet<QRgb> colors;
    QSet<int> styles;
    for (Evidence e : {Evidence::Strong, Evidence::Weak, Evidence::None, Evidence::NotEnoughData}) {
        colors.insert(LinkItem::evidenceColor(e).rgb());
        styles.insert(int(LinkItem::evidencePenStyle(e)));
    }
    CHECK(colors.size() == 4);
    CHECK(styles.size() == 4);
    const QStringList legend = scene->legendItem()->texts();
    for (const QString &text :
         {u"strong evidence"_s, u"weak evidence"_s, u"no evidence"_s, u"not enough data"_s})
        CHECK(legend.contains(text));

    // An earlier date has less history: evidence follows the as-of date.
    panel.setAsOf(QDate(2025, 6, 30));
    const std::vector<LinkEvidence> early = linkEvidence(file.doc->scorecard(), QDate(2025, 6, 30));
    for (const LinkEvidence &e : early)
        CHECK(*scene->linkItem(Link{e.from, e.to, {}, 0}.key())->evidence() == e.evidence);

    toggle->setChecked(false);
    for (LinkItem *link : scene->linkItems()) {
        CHECK_FALSE(link->evidence().has_value());
        CHECK_FALSE(link->toolTip().contains(u"evidence"_s, Qt::CaseInsensitive));
    }
    CHECK_FALSE(scene->legendItem()->texts().contains(u"strong evidence"_s));
}

TEST_CASE("The Links table lists the evidence of every link and selects the cause", "[intel]")
{
    MapFile file(sampleScorecard());
    EntitySelection selection;
    LinksPanel panel(&selection);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setAsOf(kAsOf);
    panel.setDocument(file.doc.get());
    // Hidden, it waits; shown, it computes.
    CHECK(panel.model()->rowCount() == 0);
    panel.show();
    const std::vector<LinkEvidence> expected = linkEvidence(file.doc->scorecard(), kAsOf);
    LinkEvidenceModel *model = panel.model();
    using M = LinkEvidenceModel;
    REQUIRE(model->rowCount() == int(expected.size()));
    for (int r = 0; r < model->rowCount(); ++r) {
        const LinkEvidence &e = expected[size_t(r)];
        CHECK(cell(model, r, 0, M::FromRole).toString() == e.from.value);
        CHECK(cell(model, r, 0, M::ToRole).toString() == e.to.value);
        CHECK(cell(model, r, M::Periods, M::SortRole).toInt() == e.periods);
        CHECK(cell(model, r, M::Strength, Qt::DisplayRole).toString() ==
              M::evidenceLabel(e.evidence));
        if (e.correlation) {
            CHECK(cell(model, r, M::Rho, M::SortRole).toDouble() == *e.correlation);
            CHECK(cell(model, r, M::BestLag, M::SortRole).toInt() == *e.bestLag);
        } else {
            CHECK(cell(model, r, M::Rho, Qt::DisplayRole).toString() == u"\u2013"_s);
        }
    }
    CHECK(cell(model, 0, M::Cause, Qt::DisplayRole).toString() == u"Develop critical skills"_s);

    // Sorted by rho, highest first (no correlation last).
    QSortFilterProxyModel *proxy = panel.proxy();
    for (int r = 1; r < proxy->rowCount(); ++r)
        CHECK(cell(proxy, r - 1, M::Rho, M::SortRole).toDouble() >=
              cell(proxy, r, M::Rho, M::SortRole).toDouble());
    CHECK(cell(proxy, proxy->rowCount() - 1, M::Strength, Qt::DisplayRole).toString() ==
          M::evidenceLabel(Evidence::NotEnoughData));
    panel.table()->sortByColumn(M::Periods, Qt::AscendingOrder);
    for (int r = 1; r < proxy->rowCount(); ++r)
        CHECK(cell(proxy, r - 1, M::Periods, M::SortRole).toInt() <=
              cell(proxy, r, M::Periods, M::SortRole).toInt());

    const QModelIndex top = proxy->index(0, M::Cause);
    Q_EMIT panel.table()->clicked(top);
    CHECK(selection.kind() == EntityKind::Objective);
    CHECK(selection.id() == top.data(M::FromRole).toString());
}

TEST_CASE("What-if projects scores, marks the map and leaves the file byte-identical", "[intel]")
{
    MapFile file(sampleScorecard());
    const QByteArray hashBefore = fileHash(file.path);
    StrategyMapPanel map;
    map.setAsOf(kAsOf);
    map.setDocument(file.doc.get());
    StrategyMapScene *scene = map.scene();
    {
        WhatIfDialog dialog(file.doc.get(), kAsOf);
        dialog.setMapScene(scene);
        CHECK_FALSE(dialog.projection());
        REQUIRE(dialog.inputs()->rowCount() ==
                int(file.doc->scorecard().kpis.size() + file.doc->scorecard().initiatives.size()));

        // The EBIT margin at its target of 10 %: the operating margin objective gains.
        REQUIRE(dialog.setHypothesis(u"ebit-margin"_s, u"10"_s));
        REQUIRE(dialog.projection());
        const auto expected =
            projectWhatIf(file.doc->scorecard(), kAsOf,
                          {Hypothesis{Hypothesis::Kind::KpiValue, u"ebit-margin"_s, 10}});
        REQUIRE(expected.ok());
        const WhatIf &w = *dialog.projection();
        REQUIRE(w.changes.size() == expected.value().changes.size());
        for (size_t i = 0; i < w.changes.size(); ++i) {
            CHECK(w.changes[i].id == expected.value().changes[i].id);
            CHECK(w.changes[i].after == expected.value().changes[i].after);
        }
        CHECK(w.after.objectives.value(u"improve-operating-margin"_s).value >
              w.before.objectives.value(u"improve-operating-margin"_s).value);
        CHECK(*w.after.company.value > *w.before.company.value);
        // The results list shows each change, the company last, with its after-score.
        QTreeWidget *results = dialog.results();
        REQUIRE(results->topLevelItemCount() == int(w.changes.size()));
        QTreeWidgetItem *company = results->topLevelItem(results->topLevelItemCount() - 1);
        CHECK(company->text(0) == u"Company"_s);
        CHECK(company->text(2) == QLocale().toString(*w.after.company.value, 'f', 1));

        // The map marks the objectives whose score moves, with before -> after.
        const QHash<QString, ProjectedStatus> changed = dialog.changedObjectives();
        REQUIRE(changed.contains(u"improve-operating-margin"_s));
        CHECK(scene->whatIf() == changed);
        WhatIfBadgeItem *badge = scene->whatIfBadge(ObjectiveId(u"improve-operating-margin"_s));
        REQUIRE(badge);
        const ProjectedStatus &p = changed.value(u"improve-operating-margin"_s);
        CHECK(badge->text().startsWith(QString::number(*p.before, 'f', 0) + u" \u2192 "_s +
                                       QString::number(*p.after, 'f', 0)));
        CHECK_FALSE(scene->whatIfBadge(ObjectiveId(u"develop-skills"_s)));

        // A change in %: +10 % of the current value.
        REQUIRE(dialog.setHypothesis(u"ebit-margin"_s, u"+10%"_s));
        const double current = scoring::Engine(file.doc->scorecard())
                                   .compute(kAsOf)
                                   .kpis.value(u"ebit-margin"_s)
                                   .measuredValue.value();
        REQUIRE(dialog.hypotheses().ok());
        CHECK(dialog.hypotheses().value().front().value == Approx(current * 1.1));
        // Initiative progress in %.
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, u"90"_s));
        REQUIRE(dialog.projection());
        CHECK(dialog.projection()
                  ->after.initiatives.value(u"nordics-market-entry"_s)
                  .value.value_or(-1) == Approx(90));

        // A signed progress is a change in points: the sample's Nordics entry is at 20 %.
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, u"+30"_s));
        REQUIRE(dialog.projection());
        CHECK(dialog.projection()
                  ->after.initiatives.value(u"nordics-market-entry"_s)
                  .value.value_or(-1) == Approx(50));
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, u"-30"_s));
        CHECK(dialog.errorText().contains(u"between 0 and 100"_s));

        // Bad input: a clear message, no projection, no marks.
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, u"150"_s));
        CHECK(dialog.errorText().contains(u"between 0 and 100"_s));
        CHECK_FALSE(dialog.projection());
        CHECK(scene->whatIf().isEmpty());
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, u"lots"_s));
        CHECK(dialog.errorText().contains(u"not a number"_s));
        REQUIRE(dialog.setHypothesis(u"nordics-market-entry"_s, QString()));
        CHECK(dialog.errorText().isEmpty());
        CHECK(dialog.projection());
        CHECK_FALSE(dialog.setHypothesis(u"no-such-kpi"_s, u"1"_s));

        // The filter narrows the list, but keeps rows with a hypothesis in view.
        QTableWidget *inputs = dialog.inputs();
        dialog.filter()->setText(u"margin"_s);
        int shown = 0;
        for (int r = 0; r < inputs->rowCount(); ++r) {
            if (inputs->isRowHidden(r))
                continue;
            ++shown;
            const bool matches =
                inputs->item(r, 0)->text().contains(u"margin"_s, Qt::CaseInsensitive) ||
                inputs->item(r, 4)->text().contains(u"margin"_s, Qt::CaseInsensitive) ||
                !inputs->item(r, 3)->text().isEmpty();
            CHECK(matches);
        }
        CHECK(shown >= 2); // EBIT margin and the cost per unit, both of the operating margin
        CHECK(shown < inputs->rowCount());
        dialog.filter()->clear();
        for (int r = 0; r < inputs->rowCount(); ++r)
            CHECK_FALSE(inputs->isRowHidden(r));

        // Nothing reached the document or the file.
        CHECK(file.doc->undoStack()->count() == 0);
        CHECK(fileHash(file.path) == hashBefore);
        dialog.reject();
        CHECK(scene->whatIf().isEmpty());
        CHECK_FALSE(scene->whatIfBadge(ObjectiveId(u"improve-operating-margin"_s)));
    }
    CHECK(fileHash(file.path) == hashBefore);
    CHECK(scoring::Engine(file.doc->scorecard()).compute(kAsOf) ==
          scoring::Engine(sampleScorecard()).compute(kAsOf));
}

TEST_CASE("The alignment score is on the map legend and in the Problems dock", "[intel]")
{
    Scorecard sc = sampleScorecard();
    // One KPI without an objective: 1 of the counted items is not connected.
    sc.kpis[0].objective = ObjectiveId();
    MapFile file(sc);
    const AlignmentScore score = alignmentScore(file.doc->scorecard());
    REQUIRE(score.value());
    REQUIRE(score.connected() == score.total() - 1);
    const QString percent = QString::number(*score.value(), 'f', 0) + u" %"_s;

    StrategyMapScene scene(file.doc.get());
    const QString legend = scene.legendItem()->alignmentText();
    CHECK(legend.contains(percent));
    CHECK(legend.contains(u"%1 of %2"_s.arg(score.connected()).arg(score.total())));
    CHECK(scene.legendItem()->texts().contains(legend));
    CHECK(scene.legendItem()->boundingRect().width() > 0);

    EntitySelection selection;
    ProblemsPanel problems(&selection);
    problems.setDocument(file.doc.get());
    CHECK(problems.header()->text().contains(u"Alignment score: "_s + percent));

    // An empty scorecard has nothing to count: no score on the legend.
    Scorecard bare = mapScorecard();
    bare.kpis.clear();
    MapFile none(bare);
    StrategyMapScene bareScene(none.doc.get());
    CHECK(bareScene.legendItem()->alignmentText().isEmpty());
}

TEST_CASE("The main window has the Investments tab, the Links dock and the actions", "[intel]")
{
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.setAsOf(kAsOf);
    CHECK(window.tabs()->indexOf(window.investmentsPanel()) >= 0);
    CHECK(window.investmentsPanel()->asOf() == kAsOf);
    CHECK(window.investmentsPanel()->model()->rowCount() == 5);
    window.show();
    window.findChild<QDockWidget *>(u"linksDock"_s)->show();
    window.findChild<QDockWidget *>(u"linksDock"_s)->raise();
    QApplication::processEvents();
    REQUIRE(window.linksPanel()->isVisible());
    CHECK(window.linksPanel()->model()->rowCount() ==
          int(window.document()->scorecard().links.size()));
    QAction *whatIf = window.dataMenu()->findChild<QAction *>(u"whatIfAction"_s);
    if (!whatIf) {
        for (QAction *a : window.dataMenu()->actions())
            if (a->objectName() == u"whatIfAction"_s)
                whatIf = a;
    }
    REQUIRE(whatIf);
    CHECK(whatIf->text().contains(u"What-if"_s));
    auto *view = window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    REQUIRE(view);
    CHECK(view->actions().contains(window.mapPanel()->evidenceAction()));

    // A click in the Links table selects the cause and the link on the map.
    LinksPanel *links = window.linksPanel();
    const QModelIndex first = links->proxy()->index(0, LinkEvidenceModel::Cause);
    const QString from = first.data(LinkEvidenceModel::FromRole).toString();
    const QString to = first.data(LinkEvidenceModel::ToRole).toString();
    Q_EMIT links->table()->clicked(first);
    CHECK(window.selection()->id() == from);
    LinkItem *link =
        window.mapPanel()->scene()->linkItem(Link{ObjectiveId(from), ObjectiveId(to), {}, 0}.key());
    REQUIRE(link);
    CHECK(link->isSelected());
    CHECK(window.mapPanel()->scene()->cardItem(ObjectiveId(from))->isSelected());

    // What-if opens over the map and marks it; closing removes the marks.
    window.tabs()->setCurrentWidget(window.investmentsPanel());
    whatIf->trigger();
    auto *dialog = window.findChild<WhatIfDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(window.tabs()->currentWidget() == window.mapPanel());
    REQUIRE(dialog->setHypothesis(u"ebit-margin"_s, u"10"_s));
    CHECK(window.mapPanel()->scene()->whatIf().contains(u"improve-operating-margin"_s));
    dialog->reject();
    CHECK(window.mapPanel()->scene()->whatIf().isEmpty());
}

// Hidden: pictures of the views on the sample, to look at (and for the README).
// Run: scorecard_ui_tests "[.intelshots]" with SCORECARD_SHOTS=/some/folder.
TEST_CASE("Screenshots of the intelligence views on the sample", "[.intelshots]")
{
    const QString folder = qEnvironmentVariable("SCORECARD_SHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.resize(1600, 1000);
    window.setAsOf(kAsOf);
    window.show();
    auto settle = [] {
        for (int i = 0; i < 8; ++i)
            QApplication::processEvents();
    };
    window.tabs()->setCurrentWidget(window.investmentsPanel());
    settle();
    REQUIRE(window.grab().save(folder + u"/investments.png"_s));
    REQUIRE(window.investmentsPanel()->grab().save(folder + u"/investments-panel.png"_s));

    window.tabs()->setCurrentWidget(window.mapPanel());
    window.mapPanel()->evidenceAction()->setChecked(true);
    // Saved window state from other tests may have the docks elsewhere: Links as a tab of Problems.
    auto *problemsDock = window.findChild<QDockWidget *>(u"problemsDock"_s);
    auto *linksDock = window.findChild<QDockWidget *>(u"linksDock"_s);
    REQUIRE(problemsDock);
    REQUIRE(linksDock);
    window.tabifyDockWidget(problemsDock, linksDock);
    window.resizeDocks({problemsDock}, {230}, Qt::Vertical);
    linksDock->raise();
    settle();
    REQUIRE(window.grab().save(folder + u"/evidence.png"_s));
    REQUIRE(window.mapPanel()->grab().save(folder + u"/evidence-map.png"_s));
    REQUIRE(window.linksPanel()->grab().save(folder + u"/links.png"_s));
    problemsDock->raise();
    settle();
    REQUIRE(window.problemsPanel()->grab().save(folder + u"/problems.png"_s));
    window.mapPanel()->evidenceAction()->setChecked(false);

    WhatIfDialog dialog(window.document(), kAsOf, &window);
    dialog.setMapScene(window.mapPanel()->scene());
    dialog.setHypothesis(u"ebit-margin"_s, u"10"_s);
    dialog.setHypothesis(u"otif"_s, u"+8%"_s);
    dialog.show();
    settle();
    REQUIRE(dialog.grab().save(folder + u"/whatif-dialog.png"_s));
    REQUIRE(window.mapPanel()->grab().save(folder + u"/whatif-map.png"_s));
}

TEST_CASE("The investments view of a scorecard without initiatives is empty, not broken", "[intel]")
{
    MapFile file(mapScorecard());
    EntitySelection selection;
    InvestmentsPanel panel(&selection);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(900, 600);
    panel.setAsOf(QDate(2026, 10, 31));
    panel.setDocument(file.doc.get());
    CHECK(panel.model()->rowCount() == 0);
    int points = 0;
    for (QScatterSeries *s : panel.chartSeries())
        points += int(s->count());
    CHECK(points == 0);
    CHECK(panel.pointLabels().isEmpty());
    const QString path = file.dir.filePath(u"empty.csv"_s);
    REQUIRE(panel.exportCsv(path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().count('\n') == 1); // the header only
    panel.setDocument(nullptr);
    CHECK(panel.model()->rowCount() == 0);
    CHECK_FALSE(panel.exportAction()->isEnabled());
}
