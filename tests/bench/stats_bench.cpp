// The statistics engine in memory: one year of hourly data for 1,000 series (the same
// synthetic data as the store benchmark and its pandas peer, tests/bench/peer_stats_pandas.py),
// each kind on one series or across the 1,000 places, every run timed alone (p95 over the
// repetitions), with the store's decoded chunks kept from the run before (BM_Stat: a service
// run again) and dropped before each run (BM_StatCold: every point decompressed); and the 150 catalog
// services on a year of the demo city (their total, and the slowest service's p95).
//
//   cityops_stats_bench [--benchmark_* flags]
//   CITYOPS_BENCH_SERIES / CITYOPS_BENCH_POINTS shrink the synthetic data,
//   CITYOPS_BENCH_DEMO_DAYS the demo city (default 365), CITYOPS_BENCH_REPEATS the runs of
//   each workload (default 20; more to profile one under perf).

#include "core/catalog/catalogloader.h"
#include "core/sim/demohistory.h"
#include "core/stats/statsengine.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>

#include "tests/bench/benchdata.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;

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

SeriesKey station(int i)
{
    return {u"air.pm25"_s, QString::fromStdString(bench::stationName(i))};
}

int seriesCount()
{
    return envInt("CITYOPS_BENCH_SERIES", 1000);
}

// One year of hourly data for every series, loaded once (as the store benchmark does).
SeriesStore& year()
{
    static std::unique_ptr<SeriesStore> store = [] {
        auto s = std::make_unique<SeriesStore>();
        const int points = envInt("CITYOPS_BENCH_POINTS", 8760);
        for (int i = 0; i < seriesCount(); ++i) {
            std::vector<Point> pts;
            pts.reserve(std::size_t(points));
            for (int p = 0; p < points; ++p)
                pts.push_back({bench::kStartMs + p * kHour, bench::value(i, p, 3600), Quality::Good});
            (void)s->insert(s->ensureSeries(station(i), kHour), pts);
        }
        return s;
    }();
    return *store;
}

double p95(const std::vector<double>& v)
{
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    return s.empty() ? 0 : s[std::min(s.size() - 1, std::size_t(std::ceil(0.95 * double(s.size())) - 1))];
}

struct Workload
{
    const char* name; // the same name as in peer_stats_pandas.py
    const char* kind;
    const char* params;
    int series; // 1, 2 (a correlation) or 0 (all the places)
};

// Each mirrors one computation of the pandas peer.
const Workload kWorkloads[] = {
    {"daily_mean_one_series", "aggregate", R"({"fn":"mean","bucket":"1d"})", 1},
    {"monthly_p95_one_series", "aggregate", R"({"fn":"quantile","q":0.95,"bucket":"1mo"})", 1},
    {"rolling_24h_mean_one_series", "rolling", R"({"window":"24h","fn":"mean"})", 1},
    {"hour_profile_one_series", "profile", R"({"by":"hour","fn":"mean"})", 1},
    {"weekly_change_one_series", "change", R"({"period":"1w","fn":"sum"})", 1},
    {"days_over_70_one_series", "exceedance", R"({"threshold":70,"op":">","of":"1d","fn":"mean"})", 1},
    {"trend_mann_kendall_daily_one_series", "trend", R"({"per":"1y","bucket":"1d","fn":"mean"})", 1},
    {"correlation_lag_1h_two_series", "correlation", R"({"method":"pearson","lag":"1h"})", 2},
    {"rank_mean_all_places", "rank", R"({"fn":"mean","order":"desc"})", 0},
    {"share_sum_all_places", "share", R"({"fn":"sum"})", 0},
    {"daily_mean_all_places", "aggregate", R"({"fn":"mean","bucket":"1d"})", 0},
};

// `cold`: the store's decoded chunks dropped before each run (every point decompressed).
void BM_Stat(benchmark::State& state, const Workload& w, bool cold)
{
    StoreReader reader(year());
    stats::StatsEngine engine(catalog(), reader);
    stats::StatsEngine::AdHoc request;
    request.kind = QString::fromLatin1(w.kind);
    request.parameters = QJsonDocument::fromJson(w.params).object();
    const int n = seriesCount();
    if (w.series == 0)
        for (int i = 0; i < n; ++i)
            request.series << station(i);
    else
        for (int i = 0; i < w.series; ++i)
            request.series << station(n / 2 + i);
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            year().dropDecodedChunks();
            state.ResumeTiming();
        }
        auto r = engine.run(request, bench::kStartMs);
        if (!r) {
            state.SkipWithError(r.error().message.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(r->series.size() + std::size_t(r->objectRows.size()));
    }
}

// The 150 services on a year of the demo city (generated once, not timed): every service
// run `rounds` times alone; the total of one round and the slowest service's p95.
void BM_AllServicesDemoCity(benchmark::State& state)
{
    static std::unique_ptr<SeriesStore> city;
    const int days = envInt("CITYOPS_BENCH_DEMO_DAYS", 365);
    constexpr std::int64_t kEnd = 1'780'290'000'000; // 2026-06-01T12:00+07:00
    if (!city) {
        city = std::make_unique<SeriesStore>();
        const sim::DemoCity demo(catalog(), 1);
        for (const SeriesHistory& h : sim::generateHistory(demo, kEnd - days * kDay, kEnd)) {
            const Indicator* indicator = catalog().indicator(h.key.indicator);
            (void)city->insert(city->ensureSeries(h.key, indicator ? indicator->periodSeconds * 1000LL : 0),
                               h.points);
        }
    }
    StoreReader reader(*city);
    std::map<QString, std::vector<double>> perService;
    double slowestTotal = 0;
    for (auto _ : state) {
        stats::StatsEngine engine(catalog(), reader);
        double total = 0;
        for (const StatService& service : catalog().statServices) {
            const auto start = std::chrono::steady_clock::now();
            auto r = engine.run(service, kEnd);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (!r) {
                state.SkipWithError(QString(service.id + u": "_s + r.error().message).toStdString().c_str());
                return;
            }
            perService[service.id].push_back(ms);
            total += ms;
        }
        slowestTotal = std::max(slowestTotal, total);
    }
    double worst = 0;
    QString worstId;
    for (const auto& [id, times] : perService) {
        if (p95(times) > worst) {
            worst = p95(times);
            worstId = id;
        }
    }
    state.counters["services"] = double(perService.size());
    state.counters["slowest_round_ms"] = slowestTotal;
    state.counters["worst_service_p95_ms"] = worst;
    state.counters["points"] = double(city->stats().points);
    state.SetLabel("slowest service: " + worstId.toStdString());
}

const auto registered = [] {
    for (const Workload& w : kWorkloads) {
        for (const bool cold : {false, true})
            benchmark::RegisterBenchmark((std::string(cold ? "BM_StatCold/" : "BM_Stat/") + w.name).c_str(),
                                         BM_Stat, w, cold)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(1)
                ->Repetitions(envInt("CITYOPS_BENCH_REPEATS", 20))
                ->ComputeStatistics("p95", [](const std::vector<double>& v) { return p95(v); })
                ->ReportAggregatesOnly(true);
    }
    benchmark::RegisterBenchmark("BM_AllServicesDemoCity", BM_AllServicesDemoCity)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(5);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
