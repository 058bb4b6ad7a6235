// Charts on 1 M and 10 M points: the store's per-column min/max and one replace(), then a
// render to an image, beside the naive path (replace() with every point, then render).

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "core/sim/democity.h"
#include "core/sim/demohistory.h"
#include "core/store/seriesstore.h"
#include "ui/charts/timeserieschart.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/wallwindow.h"
#include "ui/widgets/offscreen.h"
#include "ui/widgets/viewcontext.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <map>
#include <memory>

#include "tests/bench/benchdata.h"

using namespace cityops;

namespace {

store::SeriesStore& longSeries(int points)
{
    static std::map<int, std::unique_ptr<store::SeriesStore>> stores;
    auto& slot = stores[points];
    if (!slot) {
        slot = std::make_unique<store::SeriesStore>();
        const auto id = slot->ensureSeries({QStringLiteral("flood.depth"), QStringLiteral("x")}, 1000);
        std::vector<store::Point> pts;
        pts.reserve(std::size_t(points));
        for (int p = 0; p < points; ++p)
            pts.push_back(
                {bench::kStartMs + std::int64_t(p) * 1000, bench::value(3, p, 1), store::Quality::Good});
        (void)slot->insert(id, pts);
    }
    return *slot;
}

void render(QWidget& widget, QImage& image)
{
    image.fill(Qt::black);
    QPainter painter(&image);
    widget.render(&painter);
}

void BM_ChartDecimatedRender(benchmark::State& state)
{
    const int points = int(state.range(0));
    store::SeriesStore& s = longSeries(points);
    ui::TimeSeriesChart chart;
    chart.resize(1920, 540);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    QApplication::processEvents();
    chart.setSeries(&s, 0, QStringLiteral("flood.depth"));
    QImage image(chart.size(), QImage::Format_RGB32);
    std::int64_t shift = 0;
    QElapsedTimer timer;
    qint64 refreshNs = 0;
    // Arg 1 = 0: a live chart, the window a second later each frame (what a wall does: the
    // axes do not visibly move). Arg 1 = 1: a scroll, the window 3 pixels further each frame
    // (what a drag does: the axes move every frame).
    const std::int64_t step = state.range(1) == 0 ? 1000 : 3 * std::int64_t(points) * 1000 / 1850;
    for (auto _ : state) {
        // A different window each time: the store is asked again, nothing is cached.
        shift = (shift + step) % (60 * step);
        timer.start();
        chart.setRange(bench::kStartMs + shift, bench::kStartMs + std::int64_t(points) * 1000 - shift);
        chart.refreshNow();
        refreshNs += timer.nsecsElapsed();
        render(chart, image);
    }
    state.counters["points"] = points;
    state.counters["drawn"] = double(chart.drawnPoints());
    // The part spent asking the store and handing Qt Charts the line (replace(), axes);
    // the rest of each frame is painting.
    state.counters["refresh_ms"] = double(refreshNs) / 1e6 / double(state.iterations());
}
BENCHMARK(BM_ChartDecimatedRender)
    ->Args({1'000'000, 0})
    ->Args({10'000'000, 0})
    ->Args({1'000'000, 1})
    ->Args({10'000'000, 1})
    ->Unit(benchmark::kMillisecond);

void BM_ChartEveryPointRender(benchmark::State& state)
{
    const int points = int(state.range(0));
    store::SeriesStore& s = longSeries(points);
    const auto all = s.points(0, INT64_MIN / 4, INT64_MAX / 4);
    QList<QPointF> list;
    list.reserve(qsizetype(all.size()));
    for (const auto& p : all)
        list.append(QPointF(double(p.t), p.v));
    QChartView view;
    auto* chart = new QChart;
    auto* line = new QLineSeries;
    chart->addSeries(line);
    chart->createDefaultAxes();
    view.setChart(chart);
    view.resize(1920, 540);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QApplication::processEvents();
    QImage image(view.size(), QImage::Format_RGB32);
    for (auto _ : state) {
        line->replace(list);
        render(view, image);
    }
    state.counters["points"] = points;
}
BENCHMARK(BM_ChartEveryPointRender)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);

// The wall's sensor page (16 live charts and the map) at 3840x2160 on the demo city:
// Arg 0 repaints only; Arg 1 is a full refresh (every tile rereads the store, every chart
// asks for its columns and replaces its line) and the repaint.
void BM_Wall4kRepaint(benchmark::State& state)
{
    static const auto catalog =
        std::make_shared<const Catalog>(*CatalogLoader::load(CatalogLoader::embeddedDirectory()));
    ManualClock clock(1728867600000); // 2024-10-14 08:00 in Da Nang
    live::LiveData data(*catalog, clock);
    sim::DemoCity city(*catalog, 1);
    data.load(sim::generateHistory(city, clock.nowMs() - 2 * 86'400'000LL, clock.nowMs() + 1));
    ui::ViewContext context;
    context.data = &data;
    context.mapLayer = ui::ViewContext::schematicMap();
    context.theme = std::make_shared<const ui::Theme>(ui::Theme::wall());
    context.demo = true;
    auto wall = ui::WallConfig::load(ui::WallConfig::defaultPath(), *catalog);
    ui::WallWindow window(context, wall->screens[1], 1);
    ui::renderOffscreen(window, QSize(3840, 2160));
    const auto charts = window.findChildren<ui::TimeSeriesChart*>();
    QImage image(window.size(), QImage::Format_RGB32);
    for (auto _ : state) {
        if (state.range(0) == 1) {
            clock.advanceMs(1000);
            window.refreshNow();
            for (ui::TimeSeriesChart* chart : charts)
                chart->refreshNow();
        }
        QPainter painter(&image);
        window.render(&painter);
    }
    state.counters["charts"] = double(charts.size());
}
BENCHMARK(BM_Wall4kRepaint)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024 * 1024) : 0;
}

// Resident memory of the console with 10,000 series x 24 h at 1-minute resolution loaded
// (14.4 M points) and the 4K wall on screen. Run alone (run.sh filters it), so that other
// benchmarks' data does not count.
void BM_Memory10kSeriesDay(benchmark::State& state)
{
    static const auto catalog =
        std::make_shared<const Catalog>(*CatalogLoader::load(CatalogLoader::embeddedDirectory()));
    ManualClock clock(1728867600000);
    const double before = residentMegabytes();
    live::LiveData data(*catalog, clock);
    const std::int64_t start = clock.nowMs() - 86'400'000LL;
    std::vector<store::Point> pts(1440);
    for (int s = 0; s < 10'000; ++s) {
        for (int m = 0; m < 1440; ++m)
            pts[std::size_t(m)] = {start + std::int64_t(m) * 60'000, bench::value(s, m, 1),
                                   store::Quality::Good};
        data.insert({QStringLiteral("traffic.flow"), QStringLiteral("synthetic-%1").arg(s)}, pts);
    }
    ui::ViewContext context;
    context.data = &data;
    context.mapLayer = ui::ViewContext::schematicMap();
    context.theme = std::make_shared<const ui::Theme>(ui::Theme::wall());
    auto wall = ui::WallConfig::load(ui::WallConfig::defaultPath(), *catalog);
    ui::WallWindow window(context, wall->screens[1], 1);
    ui::renderOffscreen(window, QSize(3840, 2160));
    for (auto _ : state) {
        QImage image(window.size(), QImage::Format_RGB32);
        QPainter painter(&image);
        window.render(&painter);
    }
    state.counters["rss_mb"] = residentMegabytes();
    state.counters["rss_before_mb"] = before;
    state.counters["points_m"] = double(data.store().stats().points) / 1e6;
}
BENCHMARK(BM_Memory10kSeriesDay)->Iterations(1)->Unit(benchmark::kMillisecond);

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
