// SeriesStore: ingest into memory, the three query shapes of the issue on one year of
// hourly data for 1,000 series (8.76 M points), per-pixel-column min/max on 1 M and 10 M
// points beside the naive path, and bytes per point.

#include "core/store/archive.h"
#include "core/store/seriesstore.h"
#include "core/store/storeloader.h"

#include <QString>

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <map>
#include <memory>

#include "tests/bench/benchdata.h"

using namespace cityops;
using namespace cityops::store;

namespace {

constexpr std::int64_t kHour = 3'600'000;

int envInt(const char* name, int fallback)
{
    const char* v = std::getenv(name);
    return v ? std::atoi(v) : fallback;
}

int seriesCount()
{
    return envInt("CITYOPS_BENCH_SERIES", 1000);
}
int hourlyPoints()
{
    return envInt("CITYOPS_BENCH_POINTS", 8760);
}

std::vector<Point> hourly(int series)
{
    std::vector<Point> pts;
    pts.reserve(std::size_t(hourlyPoints()));
    for (int p = 0; p < hourlyPoints(); ++p)
        pts.push_back({bench::kStartMs + p * kHour, bench::value(series, p, 3600), Quality::Good});
    return pts;
}

// One year of hourly data for every series, loaded once.
SeriesStore& year()
{
    static std::unique_ptr<SeriesStore> store = [] {
        auto s = std::make_unique<SeriesStore>();
        for (int i = 0; i < seriesCount(); ++i) {
            const SeriesId id = s->ensureSeries(
                {QStringLiteral("air.pm25"), QString::fromStdString(bench::stationName(i))}, kHour);
            (void)s->insert(id, hourly(i));
        }
        return s;
    }();
    return *store;
}

std::int64_t yearEnd()
{
    return bench::kStartMs + std::int64_t(hourlyPoints()) * kHour;
}

void BM_StoreInsertHourlyYear(benchmark::State& state)
{
    const auto pts = hourly(1);
    for (auto _ : state) {
        SeriesStore s;
        const SeriesId id = s.ensureSeries({QStringLiteral("air.pm25"), QStringLiteral("x")}, kHour);
        benchmark::DoNotOptimize(s.insert(id, pts));
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(pts.size()));
}
BENCHMARK(BM_StoreInsertHourlyYear)->Unit(benchmark::kMillisecond);

// Yearly mean, min and max of every series.
void BM_YearlyMeanMinMaxAllSeries(benchmark::State& state)
{
    SeriesStore& s = year();
    const auto n = SeriesId(s.seriesCount());
    for (auto _ : state) {
        double acc = 0;
        for (SeriesId id = 0; id < n; ++id) {
            const Aggregate a = s.aggregate(id, bench::kStartMs, yearEnd());
            acc += a.mean() + a.min + a.max;
        }
        benchmark::DoNotOptimize(acc);
    }
    state.counters["series"] = double(n);
    state.counters["points"] = double(n) * hourlyPoints();
}
BENCHMARK(BM_YearlyMeanMinMaxAllSeries)->Unit(benchmark::kMillisecond);

// Daily buckets (local days) of every series.
void BM_DailyBucketsAllSeries(benchmark::State& state)
{
    SeriesStore& s = year();
    const auto n = SeriesId(s.seriesCount());
    const std::int64_t from = s.bucketStart(bench::kStartMs, Bucketing::fixed(86'400'000));
    for (auto _ : state) {
        std::size_t buckets = 0;
        for (SeriesId id = 0; id < n; ++id)
            buckets += s.buckets(id, from, INT64_MAX / 4, Bucketing::fixed(86'400'000)).size();
        benchmark::DoNotOptimize(buckets);
    }
}
BENCHMARK(BM_DailyBucketsAllSeries)->Unit(benchmark::kMillisecond);

// One series' full year of points.
void BM_OneSeriesFullYear(benchmark::State& state)
{
    SeriesStore& s = year();
    for (auto _ : state)
        benchmark::DoNotOptimize(s.points(SeriesId(s.seriesCount() / 2), bench::kStartMs, yearEnd()));
}
BENCHMARK(BM_OneSeriesFullYear)->Unit(benchmark::kMicrosecond);

void BM_BytesPerPoint(benchmark::State& state)
{
    SeriesStore& s = year();
    StoreStats st;
    for (auto _ : state)
        benchmark::DoNotOptimize(st = s.stats());
    state.counters["bytes_per_point"] = st.bytesPerPoint();
    state.counters["sealed_bytes_per_point"] = st.sealedBytesPerPoint();
    state.counters["rollup_bytes_per_point"] = st.points ? double(st.rollupBytes) / double(st.points) : 0;
    state.counters["points"] = double(st.points);
}
BENCHMARK(BM_BytesPerPoint)->Iterations(1);

// Start-up cost: the archive's year (CITYOPS_BENCH_ARCHIVE, written by run.sh) read into a
// fresh store.
void BM_LoadArchiveIntoStore(benchmark::State& state)
{
    const char* path = std::getenv("CITYOPS_BENCH_ARCHIVE");
    if (!path) {
        state.SkipWithError("CITYOPS_BENCH_ARCHIVE is not set (tests/bench/run.sh sets it)");
        return;
    }
    auto archive = Archive::open(*ArchiveLocation::parse(QString::fromLocal8Bit(path)), false);
    if (!archive) {
        state.SkipWithError("cannot open the archive");
        return;
    }
    std::size_t points = 0;
    for (auto _ : state) {
        SeriesStore s;
        auto loaded = loadArchive(**archive, s, nullptr, INT64_MIN / 4, INT64_MAX / 4);
        points = loaded ? loaded->points : 0;
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = double(points);
    state.SetItemsProcessed(state.iterations() * std::int64_t(points));
}
BENCHMARK(BM_LoadArchiveIntoStore)->Unit(benchmark::kMillisecond)->Iterations(2);

// A single long series, 1 s apart, for the chart queries.
SeriesStore& longSeries(int points)
{
    static std::map<int, std::unique_ptr<SeriesStore>> stores;
    auto& slot = stores[points];
    if (!slot) {
        slot = std::make_unique<SeriesStore>();
        const SeriesId id = slot->ensureSeries({QStringLiteral("flood.depth"), QStringLiteral("x")}, 1000);
        std::vector<Point> pts;
        pts.reserve(std::size_t(points));
        for (int p = 0; p < points; ++p)
            pts.push_back({bench::kStartMs + std::int64_t(p) * 1000, bench::value(7, p, 1), Quality::Good});
        (void)slot->insert(id, pts);
    }
    return *slot;
}

void BM_ColumnsMinMax(benchmark::State& state)
{
    const int points = int(state.range(0));
    SeriesStore& s = longSeries(points);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            s.columns(0, bench::kStartMs, bench::kStartMs + std::int64_t(points) * 1000, 1920));
    state.counters["points"] = points;
}
BENCHMARK(BM_ColumnsMinMax)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMicrosecond);

// The naive path beside it: every point out of the store, then min/max per column.
void BM_ColumnsNaive(benchmark::State& state)
{
    const int points = int(state.range(0));
    SeriesStore& s = longSeries(points);
    const std::int64_t from = bench::kStartMs;
    const std::int64_t to = from + std::int64_t(points) * 1000;
    for (auto _ : state) {
        const auto all = s.points(0, from, to);
        std::vector<ColumnExtent> cols(1920);
        for (const Point& p : all) {
            ColumnExtent& c = cols[std::size_t((p.t - from) * 1920 / (to - from))];
            if (c.count++ == 0)
                c.min = c.max = c.first = p.v;
            c.min = std::min(c.min, p.v);
            c.max = std::max(c.max, p.v);
            c.last = p.v;
        }
        benchmark::DoNotOptimize(cols);
    }
}
BENCHMARK(BM_ColumnsNaive)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);

} // namespace
