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
    std::vector<store::Point> points;     // read from `readFrom` (≤ the window's start) to its end
};

struct KindContext
{
    const QJsonObject& params;
    std::int64_t from = 0; // the window [from, to)
    std::int64_t to = 0;
    std::int64_t localOffsetMs = 7 * 3'600'000;
};

// The points of `s` inside the window (a view of s.points: no copy).
std::span<const store::Point> inWindow(const SeriesData& s, const KindContext& k);

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
StatResult exceedanceOf(const KindContext& k, std::span<const store::Point> items);
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
