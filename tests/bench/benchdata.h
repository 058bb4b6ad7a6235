#pragma once

// The synthetic city data every benchmark and every peer (pandas, sqlite3, psql) reads:
// `series` stations × `points` readings `stepSeconds` apart from 2024-01-01T00:00Z, with a
// daily cycle, a per-station offset and deterministic noise, one decimal like a sensor.

#include <cmath>
#include <cstdint>
#include <string>

namespace cityops::bench {

inline constexpr std::int64_t kStartMs = 1704067200000; // 2024-01-01T00:00:00Z

inline double value(int series, std::int64_t point, int stepSeconds)
{
    const double hours = double(point) * stepSeconds / 3600.0;
    std::uint64_t h =
        std::uint64_t(series) * 0x9E3779B97F4A7C15ull ^ std::uint64_t(point) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 29;
    const double noise = double(h % 2001) / 100.0 - 10.0; // −10 … +10
    const double v = 60 + 25 * std::sin(hours / 24.0 * 6.283185307179586 + series) + (series % 17) + noise;
    return std::round(std::max(0.0, v) * 10) / 10;
}

inline std::string stationName(int series)
{
    return "st-" + std::to_string(series);
}

} // namespace cityops::bench
