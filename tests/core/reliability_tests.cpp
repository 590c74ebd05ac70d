// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety and concurrent writers, with real child processes.
#include "fixtures.h"

#include "analysis/filecheck.h"
#include "commands/editcommands.h"

#include <QProcess>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

/** The fixture plus a second monthly KPI, so two writers can edit side by side. */
Scorecard twoKpiScorecard()
{
    Scorecard sc = smallScorecard();
    Kpi k = sc.kpis.front();
    k.id = KpiId(QStringLiteral("cost"));
    k.name = QStringLiteral("Cost");
    k.seq = 3;
    k.measurements.clear();
    sc.kpis.push_back(k);
    return sc;
}

/** The highest N of the "committed N" lines a child printed. */
int lastCommitted(const QByteArray &out)
{
    int last = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("committed "))
            last = line.mid(10).toInt();
    }
    return last;
}

/** Values of @p kpi whose period starts in or after @p from, in period order. */
std::vector<Measurement> valuesFrom(const Scorecard &sc, const QString &kpi, int fromYear, int toYear)
{
    std::vector<Measurement> out;
    for (const Kpi &k : sc.kpis) {
        if (k.id.value != kpi)
            continue;
        for (const Measurement &m : k.measurements) {
            if (m.period.year() >= fromYear && m.period.year() < toYear)
                out.push_back(m);
        }
    }
    return out;
}

int killCount()
{
    // ./build.sh test --long sets this: the nightly-style run with 200 kills.
    return qEnvironmentVariableIsSet("SCORECARD_LONG_TESTS") ? 200 : 20;
}

} // namespace

TEST_CASE("Killed at random points, the file always holds whole commands", "[reliability][crash]")
{
    QRandomGenerator rng(20261203);
    Scratch s;
    const int kills = killCount();
    int survivedWithWork = 0;
    for (int i = 0; i < kills; ++i) {
        const bool bulk = i % 2 == 1;
        const QString path = s.path(QStringLiteral("kill-%1.scorecard").arg(i));
        REQUIRE(ScorecardFile::create(path, twoKpiScorecard()).ok());
        QProcess child;
        child.start(QStringLiteral(SCORECARD_TORTURE_PATH),
                    bulk ? QStringList{QStringLiteral("bulk"), path, QStringLiteral("cost"), QStringLiteral("1000"),
                                       QStringLiteral("3000")}
                         : QStringList{QStringLiteral("edits"), path, QStringLiteral("cost"), QStringLiteral("1"),
                                       QStringLiteral("100000")});
        REQUIRE(child.waitForStarted());
        QThread::msleep(40 + rng.bounded(260));
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        REQUIRE(child.waitForFinished(10000));
        const int printed = lastCommitted(child.readAllStandardOutput());
        INFO("kill " << i << (bulk ? " (bulk)" : " (edits)") << " after " << printed << " reported commits");

        // Opening for writing rolls back a hot journal left by the kill.
        auto file = ScorecardFile::open(path);
        INFO(file.error().toStdString());
        REQUIRE(file.ok());
        auto findings = checkFile(**file);
        REQUIRE(findings.ok());
        CHECK(findings->empty());
        auto content = (*file)->load();
        REQUIRE(content.ok());
        // Untouched parts are intact.
        CHECK(content->kpis.front() == twoKpiScorecard().kpis.front());

        if (bulk) {
            // Every round rewrites the same 3,000 months with its number:
            // all of them carry one round's number, or there are none.
            const auto values = valuesFrom(*content, QStringLiteral("cost"), 1900, 2200);
            REQUIRE((values.empty() || values.size() == 3000));
            const double round = values.empty() ? 0 : values.front().value;
            for (const Measurement &m : values)
                REQUIRE(m.value == round);
            CHECK((round == printed || round == printed + 1));
            survivedWithWork += round > 0;
        } else {
            // Command i wrote value i into month i: the file holds exactly 1..k.
            const auto values = valuesFrom(*content, QStringLiteral("cost"), 2000, 9999);
            for (size_t k = 0; k < values.size(); ++k)
                REQUIRE(values[k].value == double(k + 1));
            CHECK((int(values.size()) == printed || int(values.size()) == printed + 1));
            survivedWithWork += !values.empty();
        }
    }
    // The kills landed while work was going on, not before the first commit.
    CHECK(survivedWithWork >= kills / 2);
}

TEST_CASE("Two processes editing one file lose no committed edit", "[reliability][concurrency]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("shared.scorecard"));
    REQUIRE(ScorecardFile::create(path, twoKpiScorecard()).ok());
    QProcess a, b;
    a.start(QStringLiteral(SCORECARD_TORTURE_PATH),
            {QStringLiteral("edits"), path, QStringLiteral("cost"), QStringLiteral("1"), QStringLiteral("60")});
    b.start(QStringLiteral(SCORECARD_TORTURE_PATH),
            {QStringLiteral("edits"), path, QStringLiteral("revenue"), QStringLiteral("1"), QStringLiteral("60")});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    const Scorecard sc = reload(path);
    CHECK(valuesFrom(sc, QStringLiteral("cost"), 2000, 2020).size() == 60);
    CHECK(valuesFrom(sc, QStringLiteral("revenue"), 2000, 2020).size() == 60);
}

TEST_CASE("A document notices another writer's commit instead of overwriting it", "[reliability][concurrency]")
{
    Scratch s;
    auto mine = openNew(s, twoKpiScorecard());
    auto theirs = ScorecardDocument::open(mine->path());
    REQUIRE(theirs.ok());
    const KpiId revenue(QStringLiteral("revenue"));
    const Period march = *Period::parse(u"2026-03", Frequency::Monthly);

    // My command is prepared against what I read ...
    auto stale = SetMeasurementCommand::create(*mine, revenue, {march, 1, {}});
    REQUIRE(stale.ok());
    // ... then the other writer commits first.
    REQUIRE((*theirs)->push(SetMeasurementCommand::create(**theirs, revenue, {march, 999, {}}).value()).ok());

    QSignalSpy reloaded(mine.get(), &ScorecardDocument::reloaded);
    auto r = mine->push(std::move(stale).value());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Set Revenue for 2026-03 failed: the file was changed by another program; "
                                      "it has been reloaded and this edit was not applied"));
    CHECK(reloaded.count() == 1);
    CHECK(mine->measurement(revenue, march)->value == 999);
    CHECK(reload(mine->path()) == mine->scorecard());

    // Polling finds nothing new now; after another commit elsewhere it reloads.
    CHECK(mine->reloadIfChanged().value() == false);
    REQUIRE((*theirs)->push(SetMeasurementCommand::create(**theirs, revenue, {march, 5, {}}).value()).ok());
    CHECK(mine->reloadIfChanged().value() == true);
    CHECK(mine->measurement(revenue, march)->value == 5);
    // Editing after a reload works.
    CHECK(mine->push(SetMeasurementCommand::create(*mine, revenue, {march, 6, {}}).value()).ok());
}
