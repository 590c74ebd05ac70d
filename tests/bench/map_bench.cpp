// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the strategy map at the size the issue names: 500 objectives, 1,000 links.
#include "commands/editcommands.h"
#include "document/scorecarddocument.h"
#include "layout/maplayout.h"
#include "model/templates.h"
#include "strategymap/mapexport.h"
#include "strategymap/strategymapscene.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <random>

using namespace scorecard;
using namespace Qt::StringLiterals;

namespace {

constexpr int kObjectives = 500;
constexpr int kLinks = 1000;

/**
 * Four perspectives, six pillars, 500 objectives with two-line names, each
 * with a KPI and a value; 1,000 links, mostly from one lane to the next.
 */
Scorecard bigMap(bool positions)
{
    Scorecard sc = fourPerspectiveTemplate(u"Benchmark map"_s);
    for (int p = 0; p < 6; ++p)
        sc.pillars.push_back(
            {PillarId(u"pillar-%1"_s.arg(p)), u"Pillar %1"_s.arg(p), {}, {}, p + 1});
    const char *lanes[] = {"financial", "customer", "internal", "learning"};
    std::mt19937 rng(42);
    for (int i = 0; i < kObjectives; ++i) {
        Objective o;
        o.id = ObjectiveId(u"o%1"_s.arg(i));
        o.name = u"Objective %1: improve the way we work"_s.arg(i);
        o.perspective = PerspectiveId(QString::fromLatin1(lanes[i % 4]));
        o.pillar = PillarId(u"pillar-%1"_s.arg((i / 4) % 6));
        o.seq = i + 1;
        sc.objectives.push_back(o);
        Kpi k;
        k.id = KpiId(u"k%1"_s.arg(i));
        k.name = k.id.value;
        k.objective = o.id;
        k.baseline = 0;
        k.target = 100;
        k.seq = i + 1;
        k.measurements.push_back(
            {*Period::parse(u"2026-10"_s, Frequency::Monthly), double(i * 37 % 101), {}});
        sc.kpis.push_back(k);
    }
    QSet<QString> seen;
    while (int(sc.links.size()) < kLinks) {
        const int from = int(rng() % kObjectives);
        int to = from - 1 - int(rng() % 8); // mostly the next lane up, sometimes further
        if (rng() % 5 == 0)
            to = int(rng() % kObjectives);
        if (to < 0 || to == from)
            continue;
        const Link l{ObjectiveId(u"o%1"_s.arg(from)),
                     ObjectiveId(u"o%1"_s.arg(to)),
                     {},
                     qint64(sc.links.size()) + 1};
        if (seen.contains(l.key()) || seen.contains(Link{l.to, l.from, {}, 0}.key()))
            continue;
        seen.insert(l.key());
        sc.links.push_back(l);
    }
    if (positions) {
        const layout::MapLayout laidOut = layout::computeLayout(sc);
        for (Objective &o : sc.objectives)
            o.position = laidOut.find(o.id)->position;
    }
    return sc;
}

struct BigFile
{
    QTemporaryDir dir;
    std::unique_ptr<ScorecardDocument> doc;
    explicit BigFile(bool positions)
    {
        const QString path = dir.filePath(u"big.scorecard"_s);
        if (!ScorecardFile::create(path, bigMap(positions)).ok())
            std::abort();
        doc = std::move(ScorecardDocument::open(path)).value();
    }
};

StrategyMapScene::Options options()
{
    StrategyMapScene::Options o;
    o.asOf = QDate(2026, 11, 30);
    return o;
}

// Target: under 50 ms for the whole map into a 1920x1080 image.
void renderWholeMap1080p(benchmark::State &state)
{
    BigFile f(true);
    StrategyMapScene scene(f.doc.get(), options());
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(0, 0, 1920, 1080), scene.sceneRect());
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["scene_w"] = scene.sceneRect().width();
    state.counters["scene_h"] = scene.sceneRect().height();
}
BENCHMARK(renderWholeMap1080p)->Unit(benchmark::kMillisecond);

// A 1920x1080 window onto the map at 100 % zoom: every name, score and badge drawn as text.
void renderViewport100Percent(benchmark::State &state)
{
    BigFile f(true);
    StrategyMapScene scene(f.doc.get(), options());
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF source(scene.sceneRect().topLeft() + QPointF(400, 200), QSizeF(1920, 1080));
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(0, 0, 1920, 1080), source);
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(renderViewport100Percent)->Unit(benchmark::kMillisecond);

// Target (issue 4): opening such a map under 1 s. Scores, layout of stored positions,
// geometry, cards and link routes.
void buildScene(benchmark::State &state)
{
    BigFile f(true);
    for (auto _ : state) {
        StrategyMapScene scene(f.doc.get(), options());
        benchmark::DoNotOptimize(scene.sceneRect());
    }
}
BENCHMARK(buildScene)->Unit(benchmark::kMillisecond);

// What opening such a file costs before the first paint: the document (file read,
// cache) and the scene built on it. Target: under 1 s.
void openMap(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.scorecard"_s);
    if (!ScorecardFile::create(path, bigMap(true)).ok())
        std::abort();
    for (auto _ : state) {
        auto doc = ScorecardDocument::open(path);
        if (!doc)
            std::abort();
        StrategyMapScene scene(doc->get(), options());
        benchmark::DoNotOptimize(scene.sceneRect());
    }
}
BENCHMARK(openMap)->Unit(benchmark::kMillisecond);

// The same without stored positions: the layout orders all 500 cards first.
void buildSceneWithoutPositions(benchmark::State &state)
{
    BigFile f(false);
    for (auto _ : state) {
        StrategyMapScene scene(f.doc.get(), options());
        benchmark::DoNotOptimize(scene.sceneRect());
    }
}
BENCHMARK(buildSceneWithoutPositions)->Unit(benchmark::kMillisecond);

// One edit: a move command and the re-sync it triggers.
void moveOneCard(benchmark::State &state)
{
    BigFile f(true);
    StrategyMapScene scene(f.doc.get(), options());
    const ObjectiveId id(u"o7"_s);
    double dx = 0;
    for (auto _ : state) {
        dx = dx > 0 ? 0 : 40;
        const QPointF p = *f.doc->objective(id)->position;
        auto r =
            f.doc->push(MoveObjectivesCommand::create(*f.doc, {{id, QPointF(dx, p.y())}}).value());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(moveOneCard)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
