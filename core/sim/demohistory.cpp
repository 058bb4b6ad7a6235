#include "core/sim/demohistory.h"

#include <algorithm>
#include <thread>

namespace cityops::sim {

namespace {

std::vector<store::Point> readings(const DemoCity& city, std::size_t s, std::int64_t from, std::int64_t to)
{
    std::vector<store::Point> points;
    const DemoCity::Series& series = city.series()[s];
    for (std::int64_t t = city.next(s, from); t < to; t = city.next(s, t + 1)) {
        const auto v = city.valueAt(s, t);
        if (v && series.indicator->plausible.contains(*v))
            points.push_back({t, *v, store::Quality::Good});
    }
    return points;
}

} // namespace

std::vector<store::SeriesHistory> generateHistory(const DemoCity& city, std::int64_t from, std::int64_t to,
                                                  std::int64_t minPeriodMs)
{
    // A reading is a pure function of (series, time): the series are generated on every core.
    const auto& all = city.series();
    std::vector<store::SeriesHistory> out;
    for (const DemoCity::Series& s : all) {
        if (s.periodMs >= minPeriodMs)
            out.push_back({s.key, from, to, {}});
    }
    std::vector<std::size_t> index; // out[i] is series index[i]
    for (std::size_t s = 0; s < all.size(); ++s) {
        if (all[s].periodMs >= minPeriodMs)
            index.push_back(s);
    }
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            for (std::size_t i = w; i < index.size(); i += workers)
                out[i].points = readings(city, index[i], from, to);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    return out;
}

DemoHistory::DemoHistory(const DemoCity& city)
    : m_city(city)
{}

Result<std::vector<store::Point>> DemoHistory::history(const store::SeriesKey& key, std::int64_t from,
                                                       std::int64_t to)
{
    const auto& all = m_city.series();
    for (std::size_t s = 0; s < all.size(); ++s) {
        if (all[s].key == key)
            return readings(m_city, s, from, to);
    }
    return std::vector<store::Point>();
}

} // namespace cityops::sim
