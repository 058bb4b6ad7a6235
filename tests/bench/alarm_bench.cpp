// The early-warning engine at city scale, and an alarm's way to the operator's panel.
//
// BM_EvaluatorTick: the 50 rules over 10,000 series (spread over the rules' indicators, a day of
// five-minute readings each), one Evaluator::step per tick — what the process that writes the
// archive does; p50/p99 of the ticks as counters. A tick is 10 s of the city, a thirtieth of
// the series one reading newer (everySeriesNew:0), or every series at once (everySeriesNew:1,
// a whole-city batch).
// BM_NaiveTick: the same ticks with every rule replayed over the whole day from nothing (no
// state kept between ticks), the naive peer in the same run.
// BM_ObservationToPanel: an observation over a flood level written to an archive, the evaluator
// stepped as the writing console steps it, until the alarm is a row of a console's alarm panel
// (SQLite: the writing console's own panel; PostgreSQL: another connection's, told by NOTIFY).
//
//   cityops_alarm_bench [--benchmark_* flags]
//   CITYOPS_BENCH_ALARM_SERIES (default 10000), CITYOPS_BENCH_TICKS (default 200),
//   CITYOPS_BENCH_NAIVE_TICKS (default 5), CITYOPS_BENCH_E2E (default 40 observations).

#include "core/alerts/alarmlog.h"
#include "core/alerts/evaluator.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"
#include "core/warnings/replay.h"

#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

#include "tests/bench/alarmbench.h"
#include "tests/bench/benchdata.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace cityops::bench {

int envInt(const char* name, int fallback)
{
    const char* v = std::getenv(name);
    return v ? std::atoi(v) : fallback;
}

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(std::ceil(q * double(v.size())) - 1))];
}

} // namespace cityops::bench

namespace {

using namespace cityops::bench;

constexpr std::int64_t kStep = 5 * 60'000;
constexpr int kHistory = 288; // a day of five-minute readings
constexpr std::int64_t kTick = 10'000;
constexpr std::int64_t kTurns = kStep / kTick;

// A reading in an indicator's everyday range: its normal band, else under its first alarm
// level, else low in its plausible range; with a little deterministic noise.
double everyday(const Indicator& ind, int series, std::int64_t point)
{
    double base = ind.plausible.low + 0.2 * (ind.plausible.high - ind.plausible.low);
    if (ind.normalBand)
        base = (ind.normalBand->low + ind.normalBand->high) / 2;
    else if (!ind.thresholds.isEmpty())
        base = ind.thresholds.front() * 0.5;
    const double wobble = std::sin(double(point) / 12.0 + series) * 0.05 * std::abs(base);
    return std::clamp(base + wobble, ind.plausible.low, ind.plausible.high);
}

// 10,000 series over the rules' indicators, a day of five-minute readings each. A tick is
// 10 s of the city: each series' next reading comes in the tick its turn is (1 in 30), so
// every series has one every five minutes; or, for the worst case, all of them at once.
struct City
{
    SeriesStore store;
    std::vector<std::pair<SeriesId, const Indicator*>> series;
    std::int64_t now = 0;
    std::int64_t ticks = 0;

    City()
    {
        QStringList indicators;
        for (const WarningRule& r : catalog().warningRules)
            if (r.kind != u"composite"_s && !indicators.contains(r.indicators.front()))
                indicators << r.indicators.front();
        const int n = envInt("CITYOPS_BENCH_ALARM_SERIES", 10'000);
        for (int i = 0; i < n; ++i) {
            const Indicator* ind = catalog().indicator(indicators.at(i % indicators.size()));
            const SeriesId id = store.ensureSeries({ind->id, u"bench-%1"_s.arg(i)}, kStep);
            series.emplace_back(id, ind);
        }
        for (std::int64_t p = 0; p < kHistory; ++p) {
            now = kStartMs + p * kStep;
            for (std::size_t i = 0; i < series.size(); ++i)
                add(i);
        }
    }
    void add(std::size_t i)
    {
        const Point p{now, everyday(*series[i].second, int(i), now / 10'000), Quality::Good};
        (void)store.insert(series[i].first, std::span<const Point>(&p, 1));
    }
    // 10 s later, a thirtieth of the series one reading newer (`all`: every series, 5 min later).
    void tick(bool all)
    {
        ++ticks;
        now += all ? kStep : kTick;
        for (std::size_t i = 0; i < series.size(); ++i)
            if (all || std::int64_t(i) % kTurns == ticks % kTurns)
                add(i);
    }
};

City& city()
{
    static City c;
    return c;
}

// The alarm log the evaluator records into (a throwaway SQLite archive).
struct Log
{
    QTemporaryDir dir;
    std::unique_ptr<Archive> archive;
    std::unique_ptr<alerts::AlarmLog> log;
    Log()
    {
        archive = std::move(*Archive::open(*ArchiveLocation::parse(dir.filePath(u"alarms.sqlite"_s))));
        log = std::make_unique<alerts::AlarmLog>(*archive, alerts::suppressionOf(catalog()));
    }
};

void report(benchmark::State& state, const std::vector<double>& ms, std::size_t alarms)
{
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p99_ms"] = percentile(ms, 0.99);
    state.counters["series"] = double(city().series.size());
    state.counters["alarms"] = double(alarms);
}

void BM_EvaluatorTick(benchmark::State& state)
{
    const bool all = state.range(0) == 1;
    City& c = city();
    Log log;
    StoreReader reader(c.store);
    auto evaluator = std::move(*alerts::Evaluator::create(catalog()));
    (void)evaluator->step(reader, *log.log, c.now); // the first step reads each rule's lookback
    std::vector<double> ms;
    std::size_t changed = 0;
    for (auto _ : state) {
        c.tick(all);
        const auto start = std::chrono::steady_clock::now();
        auto stepped = evaluator->step(reader, *log.log, c.now);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        if (!stepped) {
            state.SkipWithError(stepped.error().toString().toStdString().c_str());
            break;
        }
        changed += std::size_t(stepped->added + stepped->updated);
        ms.push_back(took.count());
        state.SetIterationTime(took.count() / 1000);
    }
    report(state, ms, changed);
    state.counters["points"] = double(evaluator->points());
}
BENCHMARK(BM_EvaluatorTick)
    ->ArgName("everySeriesNew")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(envInt("CITYOPS_BENCH_TICKS", 200))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void BM_NaiveTick(benchmark::State& state)
{
    const bool all = state.range(0) == 1;
    City& c = city();
    StoreReader reader(c.store);
    std::vector<double> ms;
    std::size_t alarms = 0;
    for (auto _ : state) {
        c.tick(all);
        const auto start = std::chrono::steady_clock::now();
        auto replayed = warnings::replay(catalog(), reader, c.now - kHistory * kStep, c.now + 1);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        if (!replayed) {
            state.SkipWithError(replayed.error().toString().toStdString().c_str());
            break;
        }
        alarms = replayed->size();
        ms.push_back(took.count());
        state.SetIterationTime(took.count() / 1000);
    }
    report(state, ms, alarms);
}
BENCHMARK(BM_NaiveTick)
    ->ArgName("everySeriesNew")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(envInt("CITYOPS_BENCH_NAIVE_TICKS", 5))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
