#pragma once

#include <QHashFunctions>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace cityops::store {

// The id of a series in the store or archive that issued it (each numbers its own: the
// same series has different ids in memory and in an archive). Across components a series
// is named by its SeriesKey.
using SeriesId = std::uint32_t;

// The rollups kept per series: count, sum, min, max and sum of squares per bucket.
enum class RollupLevel : std::uint8_t
{
    Minute = 0, // in memory only
    Hour = 1,
    Day = 2,
};
inline constexpr int kRollupLevels = 3;

// How far a value can be trusted. Stored with every point; never a substitute for a
// missing value (a missing value is simply not stored).
enum class Quality : std::uint8_t
{
    Good = 0,
    Suspect = 1,   // accepted, but a source flag or a plausibility check doubts it
    Estimated = 2, // produced by a model or filled in, not measured
};

// One observation: UTC milliseconds since the epoch, a value, its quality.
struct Point
{
    std::int64_t t = 0;
    double v = 0;
    Quality q = Quality::Good;

    friend bool operator==(const Point&, const Point&) = default;
};

// Readings as two columns, what computations read: half the bytes of Points (no quality),
// and each column copied in one piece.
struct Columns
{
    std::vector<std::int64_t> t;
    std::vector<double> v;

    std::size_t size() const { return t.size(); }
    bool empty() const { return t.empty(); }
    void reserve(std::size_t n)
    {
        t.reserve(n);
        v.reserve(n);
    }
    void push_back(std::int64_t time, double value)
    {
        t.push_back(time);
        v.push_back(value);
    }
};

// What a series is: an indicator measured at one place. `place` is an area id, a
// station id from the catalog, or a free name for places the catalog does not know
// (a station in an imported file).
struct SeriesKey
{
    QString indicator;
    QString place;

    friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
    // "indicator@place", the form the CLI accepts and prints.
    QString toString() const { return indicator + QLatin1Char('@') + place; }
    static SeriesKey fromString(const QString& text);
};

inline size_t qHash(const SeriesKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.indicator, key.place);
}

// count, sum, min, max and sum of squares of a set of values: what rollups keep.
struct Aggregate
{
    std::uint64_t count = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sumSquares = 0;

    void add(double v)
    {
        ++count;
        sum += v;
        sumSquares += v * v;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    void merge(const Aggregate& other)
    {
        count += other.count;
        sum += other.sum;
        sumSquares += other.sumSquares;
        if (other.min < min)
            min = other.min;
        if (other.max > max)
            max = other.max;
    }
    bool isEmpty() const { return count == 0; }
    double mean() const { return count ? sum / double(count) : std::numeric_limits<double>::quiet_NaN(); }
    // Population variance; clamped at 0 against rounding.
    double variance() const;
    friend bool operator==(const Aggregate&, const Aggregate&) = default;
};

// An aggregate of the points whose time falls in [start, start + width).
struct Bucket
{
    std::int64_t start = 0;
    Aggregate agg;
};

// Consecutive update periods, numbered [first, end), each holding at least one reading.
struct PeriodRun
{
    std::int64_t first = 0;
    std::int64_t end = 0;

    bool operator==(const PeriodRun&) const = default;
};

// Adds the periods [first, end) to runs: a run it starts in or right after grows; otherwise
// a new run (added in time order, the runs stay sorted with a gap between each two).
inline void addPeriods(std::vector<PeriodRun>& runs, std::int64_t first, std::int64_t end)
{
    if (!runs.empty() && first >= runs.back().first && first <= runs.back().end)
        runs.back().end = std::max(runs.back().end, end);
    else
        runs.push_back({first, end});
}

} // namespace cityops::store
