// Charts on 1 M and 10 M points: the store's per-column min/max and one replace(), then a
// render to an image, beside the naive path (replace() with every point, then render).

#include "core/store/seriesstore.h"
#include "ui/charts/timeserieschart.h"

#include <QApplication>
#include <QChart>
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
    for (auto _ : state) {
        // A slightly different window each time: nothing is cached between frames.
        shift = (shift + 1000) % 60'000;
        chart.setRange(bench::kStartMs + shift, bench::kStartMs + std::int64_t(points) * 1000 - shift);
        chart.refreshNow();
        render(chart, image);
    }
    state.counters["points"] = points;
    state.counters["drawn"] = double(chart.drawnPoints());
}
BENCHMARK(BM_ChartDecimatedRender)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);

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
