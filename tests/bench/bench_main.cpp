// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the engine at design size and of file I/O on the sample.
// The fixture builders report bad input through Catch: compile its implementation in.
#define CATCH_CONFIG_RUNNER
#include "large_fixture.h"

#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/jsonformat.h"
#include "io/report.h"
#include "scoring/engine.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace scorecard;

namespace {

const Scorecard &large()
{
    static const Scorecard sc = scoringtest::largeFixture();
    return sc;
}

// Target: under 100 ms for 2,000 objectives, 10,000 KPIs, 1.2 million measurements.
void fullRecompute(benchmark::State &state)
{
    const scoring::Engine engine(large());
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.compute(QDate(2025, 12, 31)));
}
BENCHMARK(fullRecompute)->Unit(benchmark::kMillisecond);

// Target: under 2 ms to re-score one KPI's ancestors after one measurement edit.
void incrementalRescore(benchmark::State &state)
{
    Scorecard sc = large();
    const scoring::Engine engine(sc);
    scoring::Results results = engine.compute(QDate(2025, 12, 31));
    int i = 0;
    for (auto _ : state) {
        Kpi &k = sc.kpis[size_t(i++ % 10000)];
        k.measurements.back().value += 1;
        engine.updateKpi(results, k.id);
    }
}
BENCHMARK(incrementalRescore)->Unit(benchmark::kMicrosecond);

void reportJsonOnLarge(benchmark::State &state)
{
    const scoring::Engine engine(large());
    for (auto _ : state)
        benchmark::DoNotOptimize(
            Report(large(), engine.compute(QDate(2025, 12, 31))).render(Report::Format::Json));
}
BENCHMARK(reportJsonOnLarge)->Unit(benchmark::kMillisecond);

void openAndLoadSample(benchmark::State &state)
{
    QTemporaryDir dir;
    QFile json(QStringLiteral(SCORECARD_SAMPLE_JSON));
    json.open(QIODevice::ReadOnly);
    const QString path = dir.filePath(QStringLiteral("sample.scorecard"));
    if (auto r = ScorecardFile::create(path, fromJson(json.readAll()).value()); !r)
        state.SkipWithError(r.error().toStdString().c_str());
    for (auto _ : state) {
        auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
        benchmark::DoNotOptimize((*file)->load());
    }
}
BENCHMARK(openAndLoadSample)->Unit(benchmark::kMillisecond);

// The design-size scorecard's 1.2 million values as long CSV, each changed.
const QByteArray &largeCsv()
{
    static const QByteArray csv = [] {
        Scorecard changed = large();
        for (Kpi &k : changed.kpis)
            for (Measurement &m : k.measurements)
                m.value += 1;
        return CsvExport::toCsv(changed);
    }();
    return csv;
}

// Reading, checking and previewing 1.2 million CSV rows (the import before its
// write; the CLI benchmark below times the whole import into a file).
void csvPreviewLarge(benchmark::State &state)
{
    for (auto _ : state) {
        auto preview = CsvImport::preview(large(), largeCsv(), {});
        if (!preview || preview->overwritten != 1200000)
            state.SkipWithError("unexpected preview");
        benchmark::DoNotOptimize(preview);
    }
    state.SetItemsProcessed(state.iterations() * 1200000);
}
BENCHMARK(csvPreviewLarge)->Unit(benchmark::kMillisecond);

void csvExportLarge(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(CsvExport::toCsv(large()));
    state.SetItemsProcessed(state.iterations() * 1200000);
}
BENCHMARK(csvExportLarge)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
