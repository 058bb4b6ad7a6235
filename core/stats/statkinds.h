#pragma once

// The kinds of statistics, one function each, on the points of the window (read by the
// engine). Private to core/stats: the engine resolves places, windows and provenance; a
// kind only computes. Semantics are pandas' (see statmath.h and the README).

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/stats/statresult.h"
#include "core/store/bucketing.h"
#include "core/store/observation.h"

#include <QJsonObject>

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace cityops::stats {

struct SeriesData
{
    store::SeriesKey key;
    const Indicator* indicator = nullptr; // nullptr for an indicator the catalog does not know
    store::Columns points;                // read from `readFrom` (≤ the window's start) to its end
};

// Readings in time order: a view of two columns (no copy).
struct Readings
{
    std::span<const std::int64_t> t;
    std::span<const double> v;

    Readings() = default;
    Readings(std::span<const std::int64_t> times, std::span<const double> values)
        : t(times)
        , v(values)
    {}
    Readings(const store::Columns& c) // NOLINT: a view of the columns, as a span of a vector
        : t(c.t)
        , v(c.v)
    {}
    std::size_t size() const { return t.size(); }
    bool empty() const { return t.empty(); }
    // The readings [first, last).
    Readings slice(std::size_t first, std::size_t last) const
    {
        return {t.subspan(first, last - first), v.subspan(first, last - first)};
    }
};

struct KindContext
{
    const QJsonObject& params;
    std::int64_t from = 0; // the window [from, to)
    std::int64_t to = 0;
    std::int64_t localOffsetMs = 7 * 3'600'000;
};

// The readings of `s` inside the window (a view of s.points: no copy).
Readings inWindow(const SeriesData& s, const KindContext& k);

// "no readings in the window", the reason a value is null.
QString noReadings();

// One series each.
Result<StatResult> aggregateKind(const KindContext& k, const SeriesData& s);
Result<StatResult> changeKind(const KindContext& k, const SeriesData& s);
Result<StatResult> rollingKind(const KindContext& k, const SeriesData& s);
Result<StatResult> cumulativeKind(const KindContext& k, const SeriesData& s);
Result<StatResult> exceedanceKind(const KindContext& k, const SeriesData& s);
Result<StatResult> profileKind(const KindContext& k, const SeriesData& s);
Result<StatResult> trendKind(const KindContext& k, const SeriesData& s);
Result<StatResult> completenessKind(const KindContext& k, const SeriesData& s);
Result<StatResult> targetKind(const KindContext& k, const SeriesData& s);
Result<StatResult> benchmarkKind(const KindContext& k, const SeriesData& s);
// An exceedance counted over items already made (the days' values by fn, for `of: 1d`).
StatResult exceedanceOf(const KindContext& k, Readings items);
// Two series, or all the places of one indicator (statcompare.cpp).
Result<StatResult> correlationKind(const KindContext& k, const SeriesData& x, const SeriesData& y);
// The rows of a change from each period's value (lead-in periods included).
StatResult changeRows(const KindContext& k, store::Bucketing period,
                      const std::map<std::int64_t, double>& byPeriod);
// One result per place merged into rows that carry the place.
StatResult mergePlaces(const QString& kind, const QList<std::pair<QString, StatResult>>& perPlace);

// rank and share take each place's value by fn (placeValue), read one series at a time.
std::optional<double> placeValue(const KindContext& k, const SeriesData& s, const QString& fallbackFn);
Result<StatResult> rankKind(const KindContext& k, std::vector<std::pair<QString, double>> values);
Result<StatResult> shareKind(const KindContext& k, const std::vector<std::pair<QString, double>>& values);

// Where a service's kind starts reading for a window starting at `from`: a change compares
// the window's first period with the one before it, or with the same period a year before.
// (Ad hoc runs read [from, to) only.)
std::int64_t readStart(const QString& kind, const QJsonObject& params, std::int64_t from,
                       std::int64_t offset);

} // namespace cityops::stats
