// (see alarm_bench.cpp) An observation's way to the operator's alarm panel, end to end in one
// process as the console running the demo city has it: a writer thread writes the reading to
// the archive (SQLite) and steps the evaluator, which records the alarm and tells the console's
// watch; the watch reads the log on its own thread; the panel on the GUI thread shows the row.
// Timed from the write being handed to the writer to the row being in the panel.

#include "core/alerts/alarmlog.h"
#include "core/alerts/alarmwatch.h"
#include "core/alerts/evaluator.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/workerthread.h"
#include "core/live/livedata.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/warnings/replay.h"
#include "ui/alarms/alarmpanel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/viewcontext.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>

#include "tests/bench/alarmbench.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

using namespace cityops::bench;

constexpr std::int64_t kT0 = 1'792'000'000'000; // 2026-10-14

// The writing side: the archive, its evaluator and its log, used on the writer thread only.
struct Writer
{
    std::unique_ptr<store::Archive> archive;
    std::unique_ptr<alerts::Evaluator> evaluator;
    std::unique_ptr<alerts::AlarmLog> log;
    QString error;

    // A river gauge's reading over alarm level 3, then the evaluator's step.
    void observe(const QString& station, std::int64_t t, double metres)
    {
        auto id = archive->ensureSeries({u"hydro.river-level"_s, station}, u"m"_s);
        store::ArchiveBatch batch;
        batch.series = {id ? *id : 0};
        batch.points = {{t, metres, store::Quality::Good}};
        auto written = id ? archive->write(batch) : Result<store::ArchiveWriteResult>(id.error());
        store::ArchiveReader reader(*archive);
        auto stepped =
            written ? evaluator->step(reader, *log, t) : Result<alerts::RecordCounts>(written.error());
        if (!stepped)
            error = stepped.error().toString();
    }
};

bool waitFor(const std::function<bool()>& done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return done();
}

// told:1 — the writing console's own panel (its watch is told by the writer); told:0 — a panel
// whose watch only polls (another console on the same SQLite archive).
void BM_ObservationToPanel(benchmark::State& state)
{
    const bool told = state.range(0) == 1;
    QTemporaryDir dir;
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"demo.sqlite"_s));
    WorkerThread thread(u"writer"_s);
    auto writer = std::make_shared<Writer>();
    std::atomic<bool> ready = false;
    thread.post([&, writer] {
        auto opened = store::Archive::open(location);
        if (!opened) {
            writer->error = opened.error().toString();
        } else {
            writer->archive = std::move(*opened);
            writer->evaluator = std::move(*alerts::Evaluator::create(catalog()));
            writer->log =
                std::make_unique<alerts::AlarmLog>(*writer->archive, alerts::suppressionOf(catalog()));
            writer->observe(u"bench-river-0"_s, kT0, 0.5); // the archive, its tables, a first step
        }
        ready = true;
    });
    while (!ready)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!writer->error.isEmpty()) {
        state.SkipWithError(writer->error.toStdString().c_str());
        return;
    }

    // The console: its watch (polling every 200 ms, as the app's on SQLite) and its alarm panel.
    auto shared = std::shared_ptr<const Catalog>(&catalog(), [](const Catalog*) {});
    ManualClock clock(kT0);
    live::LiveData data(*shared, clock);
    ui::ViewContext context;
    context.data = &data;
    context.theme = std::make_shared<const ui::Theme>(ui::Theme::wall());
    alerts::AlarmWatch watch(clock);
    context.alarms = &watch;
    watch.follow(location, 200);
    ui::AlarmPanel panel(context);
    waitFor([&] { return watch.hasRead(); }, 10'000);

    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        ++i;
        const QString station = u"bench-river-%1"_s.arg(i);
        const std::int64_t t = kT0 + i * 60'000;
        clock.setNowMs(t);
        const QString id = warnings::alarmId(u"hydro.river-alarm-levels"_s, station, t);
        const auto start = std::chrono::steady_clock::now();
        thread.post([writer, station, t, &watch, told] {
            writer->observe(station, t, 2.6);
            if (told)
                QMetaObject::invokeMethod(&watch, &alerts::AlarmWatch::refresh); // as the app's runner does
        });
        const bool shown = waitFor([&] { return panel.select(id); }, 10'000);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        if (!shown || !writer->error.isEmpty()) {
            state.SkipWithError(
                QString(u"not shown: "_s + id + u" "_s + writer->error).toStdString().c_str());
            break;
        }
        ms.push_back(took.count());
        state.SetIterationTime(took.count() / 1000);
    }
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["rows"] = panel.visibleRows();
}
BENCHMARK(BM_ObservationToPanel)
    ->ArgName("told")
    ->Arg(1)
    ->Iterations(envInt("CITYOPS_BENCH_E2E", 40))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ObservationToPanel)
    ->ArgName("told")
    ->Arg(0)
    ->Iterations(std::max(2, envInt("CITYOPS_BENCH_E2E", 40) / 4))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 64;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
