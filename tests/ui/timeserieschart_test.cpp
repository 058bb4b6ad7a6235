// Charts that stay fast: the drawn polyline keeps the exact min and max of every pixel
// column (against brute force over the raw points), is never longer than 4 points per
// column, and refreshes are coalesced.

#include "core/store/seriesstore.h"
#include "ui/charts/decimation.h"
#include "ui/charts/timeserieschart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {
__extension__ using Int128 = __int128;
constexpr std::int64_t kStart = 1719766800000;
} // namespace

TEST(Decimation, EveryColumnKeepsItsExactMinAndMaxAndItsEnds)
{
    store::SeriesStore s(store::SeriesStore::Options{.chunkPoints = 64});
    const auto id = s.ensureSeries({u"flood.depth"_s, u"x"_s});
    std::mt19937_64 rng(5);
    std::vector<store::Point> pts;
    std::int64_t t = kStart;
    for (int i = 0; i < 50'000; ++i) {
        t += 1 + std::int64_t(rng() % 20'000);
        pts.push_back(
            {t, std::round(std::sin(i / 500.0) * 1000 + double(rng() % 300)) / 10, store::Quality::Good});
    }
    (void)s.insert(id, pts);
    for (int n : {1, 7, 640, 1920, 3840}) {
        SCOPED_TRACE(n);
        const std::int64_t from = kStart + 1000;
        const std::int64_t to = t - 5000;
        const auto polyline = ui::m4Polyline(s.columns(id, from, to, n), from, to);
        EXPECT_LE(polyline.size(), 4 * n);
        // Brute force: per column, the min and max of the raw points must be the min and
        // max of the polyline's points in that column.
        std::map<int, std::pair<double, double>> raw, drawn;
        std::map<int, std::pair<double, double>> rawEnds, drawnEnds; // first and last
        for (const auto& p : pts) {
            if (p.t < from || p.t >= to)
                continue;
            const int c = int((Int128(p.t - from) * n) / (to - from));
            auto [it, fresh] = raw.try_emplace(c, p.v, p.v);
            it->second.first = std::min(it->second.first, p.v);
            it->second.second = std::max(it->second.second, p.v);
            auto [ends, freshEnds] = rawEnds.try_emplace(c, p.v, p.v);
            ends->second.second = p.v;
        }
        const double width = double(to - from) / n;
        for (const QPointF& p : polyline) {
            const int c = int((p.x() - double(from)) / width);
            auto [it, fresh] = drawn.try_emplace(c, p.y(), p.y());
            it->second.first = std::min(it->second.first, p.y());
            it->second.second = std::max(it->second.second, p.y());
            auto [ends, freshEnds] = drawnEnds.try_emplace(c, p.y(), p.y());
            ends->second.second = p.y();
        }
        ASSERT_EQ(raw.size(), drawn.size());
        for (const auto& [c, extent] : raw) {
            ASSERT_EQ(drawn[c].first, extent.first) << "column " << c;
            ASSERT_EQ(drawn[c].second, extent.second) << "column " << c;
        }
        // Joins between neighbouring columns light the pixels the data's own join does:
        // either they are the data's join (last point → next first point), or both joins
        // stay inside both columns' extents.
        int exactJoins = 0;
        for (const auto& [c, extent] : raw) {
            if (!raw.count(c + 1))
                continue;
            const double lastRaw = rawEnds[c].second, firstRaw = rawEnds[c + 1].first;
            const double lastDrawn = drawnEnds[c].second, firstDrawn = drawnEnds[c + 1].first;
            if (lastRaw == lastDrawn && firstRaw == firstDrawn) {
                ++exactJoins;
                continue;
            }
            const double lo = std::max(extent.first, raw[c + 1].first);
            const double hi = std::min(extent.second, raw[c + 1].second);
            for (double v : {lastRaw, firstRaw, lastDrawn, firstDrawn})
                ASSERT_TRUE(v >= lo && v <= hi) << "column " << c << ": join outside both columns";
        }
        if (n == 640) { // dense: ~80 points a column, 2 drawn
            EXPECT_LT(polyline.size(), 2.5 * n);
        }
        if (n >= 7) { // both kinds of join occur in this data
            EXPECT_GT(exactJoins, 0);
        }
    }
}

TEST(TimeSeriesChart, DrawsAMillionPointsAsAFewThousandAndCoalescesRefreshes)
{
    store::SeriesStore s;
    const auto id = s.ensureSeries({u"traffic.flow"_s, u"x"_s}, 1000);
    std::vector<store::Point> pts;
    for (int i = 0; i < 1'000'000; ++i)
        pts.push_back(
            {kStart + std::int64_t(i) * 1000, double((std::int64_t(i) * 7919) % 1000), store::Quality::Good});
    (void)s.insert(id, pts);

    ui::TimeSeriesChart chart;
    chart.resize(1200, 400);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    QApplication::processEvents();
    chart.setSeries(&s, id, u"traffic.flow"_s);
    chart.setRange(kStart, kStart + 1'000'000'000);
    // Fifty requests in a burst make one refresh.
    for (int i = 0; i < 50; ++i)
        chart.requestRefresh();
    QElapsedTimer wait;
    wait.start();
    while (chart.refreshCount() == 0 && wait.elapsed() < 2000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(chart.refreshCount(), 1);
    EXPECT_GT(chart.drawnPoints(), 0);
    EXPECT_LE(chart.drawnPoints(), 4 * chart.lastColumnCount());
    EXPECT_GT(chart.lastColumnCount(), 500);
    const QImage image = chart.grab().toImage();
    int ink = 0;
    const QRgb background = image.pixel(2, 2);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background;
    EXPECT_GT(ink, 500) << "the line is drawn";
}
