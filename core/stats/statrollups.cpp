// Statistics from the rollups: a kind that needs only counts, sums, means, minima or
// maxima (aggregate, rank, share, change, an exceedance of days) reads whole hours or days
// from the archive's hour and day tables (where the reader says rollups are cheaper than
// points), or whole days from the in-memory store's day rollups with the periods that hold
// a reading told by the store's chunk summaries (where the reader tells them), and raw
// points only for the partial hour or day at each end of the window. A year-over-year
// change of a monthly sum of 5-minute counts reads 9,500 hourly rollups per station, not
// 115,000 readings. Quantiles, deviations, profiles and the rest read points
// (statsengine.cpp). The answers are the points path's (tested: pandas on the real series,
// the store against the archive, the store's rollups against its points).

#include "core/stats/statcoverage.h"
#include "core/stats/statkinds.h"
#include "core/stats/statmath.h"
#include "core/stats/statsengine.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;

// What a kind asks of its buckets: the function, and the output buckets (or periods).
struct Shape
{
    QString fn;
    std::optional<store::Bucketing> bucketing; // aggregate's bucket, change's period; none: the window
};

std::optional<Shape> shapeOf(const QString& kind, const QJsonObject& params)
{
    static const QStringList simple = {u"count"_s, u"sum"_s, u"mean"_s, u"min"_s, u"max"_s};
    const auto text = [&](const char16_t* key, const QString& fallback) {
        const QJsonValue v = params.value(QStringView(key));
        return v.isString() ? v.toString() : fallback;
    };
    Shape shape;
    if (kind == u"aggregate"_s || kind == u"rank"_s || kind == u"share"_s) {
        shape.fn = text(u"fn", kind == u"share"_s ? u"sum"_s : u"mean"_s);
        const QString bucket = kind == u"aggregate"_s ? text(u"bucket", QString()) : QString();
        if (!bucket.isEmpty())
            shape.bucketing = store::parseBucketing(bucket.toLatin1().constData());
    } else if (kind == u"exceedance"_s) {
        if (text(u"of", u"points"_s) != u"1d"_s)
            return std::nullopt;
        shape.fn = text(u"fn", u"mean"_s);
        shape.bucketing = store::Bucketing::fixed(kDayMs);
    } else if (kind == u"change"_s) {
        shape.fn = text(u"fn", u"mean"_s);
        shape.bucketing = store::parseBucketing(text(u"period", u"1mo"_s).toLatin1().constData());
        if (!shape.bucketing)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!simple.contains(shape.fn))
        return std::nullopt;
    return shape;
}

double valueOf(const store::Aggregate& a, const QString& fn)
{
    if (fn == u"count"_s)
        return double(a.count);
    if (fn == u"sum"_s)
        return a.sum;
    if (fn == u"min"_s)
        return a.min;
    if (fn == u"max"_s)
        return a.max;
    return a.mean();
}

// Whole days where every series is updated daily or less often (their coverage is exact
// from day rollups), whole hours otherwise (exact for hourly series; sub-hourly ones are
// counted per hour, and their gaps seen to the hour) or for hourly buckets.
store::Bucketing levelFor(const Shape& shape, std::int64_t shortestPeriod)
{
    const bool hourly = shortestPeriod < kDayMs ||
                        (shape.bucketing && shape.bucketing->kind == store::Bucketing::Kind::Fixed &&
                         shape.bucketing->widthMs < kDayMs);
    return store::Bucketing::fixed(hourly ? kHourMs : kDayMs);
}

// The period an indicator's coverage can be told from buckets of `width`: a multiple of
// it, or a divisor of it.
bool periodFits(const Indicator* indicator, std::int64_t width)
{
    if (!indicator || indicator->periodSeconds <= 0)
        return false;
    const std::int64_t period = std::int64_t(indicator->periodSeconds) * 1000;
    return period >= width ? period % width == 0 : width % period == 0;
}

store::Aggregate total(const std::vector<store::Bucket>& pieces)
{
    store::Aggregate all;
    for (const store::Bucket& b : pieces)
        all.merge(b.agg);
    return all;
}

// One place's pieces as the kind's result.
StatResult placeResult(const QString& kind, const Shape& shape, const KindContext& k,
                       const std::vector<store::Bucket>& pieces)
{
    if (kind == u"change"_s) {
        std::map<std::int64_t, store::Aggregate> periods;
        for (const store::Bucket& b : pieces)
            periods[store::bucketStart(b.start, *shape.bucketing, k.localOffsetMs)].merge(b.agg);
        std::map<std::int64_t, double> byPeriod;
        for (const auto& [start, agg] : periods) {
            if (start < k.to)
                byPeriod[start] = valueOf(agg, shape.fn);
        }
        return changeRows(k, *shape.bucketing, byPeriod);
    }
    StatResult r;
    r.kind = kind;
    if (!shape.bucketing) {
        const store::Aggregate all = total(pieces);
        if (all.count > 0)
            r.value = valueOf(all, shape.fn);
        else
            r.reason = noReadings();
        r.extra.insert(u"n"_s, qint64(all.count));
        return r;
    }
    r.hasValue = false;
    r.hasRows = true;
    r.series.columns = {u"value"_s, u"n"_s};
    std::int64_t current = 0;
    store::Aggregate agg;
    const auto flush = [&] {
        if (agg.count > 0)
            r.series.add(current, {valueOf(agg, shape.fn), double(agg.count)});
        agg = store::Aggregate();
    };
    for (const store::Bucket& b : pieces) { // in time order
        const std::int64_t start = store::bucketStart(b.start, *shape.bucketing, k.localOffsetMs);
        if (start != current)
            flush();
        current = start;
        agg.merge(b.agg);
    }
    flush();
    return r;
}

} // namespace

Result<std::vector<store::Bucket>> StatsEngine::readPieces(const store::SeriesKey& key, std::int64_t from,
                                                           std::int64_t to, store::Bucketing level,
                                                           Coverage& coverage)
{
    const std::int64_t first = store::bucketStart(from, level, m_offset);
    // [from, midFrom) and [midTo, to) from points, the whole hours or days between from rollups.
    const std::int64_t midFrom =
        std::min(to, first == from ? from : store::bucketEnd(first, level, m_offset));
    const std::int64_t midTo = std::max(midFrom, store::bucketStart(to, level, m_offset));
    const Indicator* indicator = m_catalog.indicator(key.indicator);
    const std::int64_t period = indicator ? std::int64_t(indicator->periodSeconds) * 1000 : 0;
    coverage.begin(key.place, period);
    // Where the reader tells which periods hold a reading, coverage is exact at any level.
    const bool told = m_reader.tellsPeriods() && period > 0;
    if (told) {
        auto runs = m_reader.periodRuns(key, from, to, period, m_offset);
        if (!runs)
            return runs.error();
        coverage.addRuns(*runs);
    }
    std::vector<store::Bucket> out;
    // A partial hour or day at an end: from its points, as one piece.
    const auto partial = [&](std::int64_t a, std::int64_t b) -> Result<void> {
        if (a >= b)
            return {};
        auto points = m_reader.columns(key, a, b);
        if (!points)
            return points.error();
        store::Bucket piece{store::bucketStart(a, level, m_offset), {}};
        for (const double v : points->v)
            piece.agg.add(v);
        if (told)
            coverage.addReadings(std::int64_t(points->size()));
        else
            coverage.addTimes(points->t);
        if (piece.agg.count > 0)
            out.push_back(piece);
        return {};
    };
    if (auto head = partial(from, midFrom); !head)
        return head.error();
    if (midFrom < midTo) {
        auto whole = m_reader.buckets(key, midFrom, midTo, level);
        if (!whole)
            return whole.error();
        for (const store::Bucket& b : *whole) {
            out.push_back(b);
            if (told)
                coverage.addReadings(std::int64_t(b.agg.count));
            else
                coverage.addBucket(b, level.widthMs);
        }
    }
    if (auto tail = partial(midTo, to); !tail)
        return tail.error();
    coverage.end();
    return out;
}

// A day whose value lies within a hair of the threshold is read again from its points and
// computed as the points path computes it (compensated sums), so that which side of the
// threshold it falls never turns on the order its rollups were added in.
Result<store::Columns> StatsEngine::dayValues(const store::SeriesKey& key, const QString& fn,
                                              const KindContext& k, const std::vector<store::Bucket>& pieces)
{
    const store::Bucketing day = store::Bucketing::fixed(kDayMs);
    const double threshold = k.params.value(u"threshold"_s).toDouble();
    store::Columns out;
    std::int64_t current = std::numeric_limits<std::int64_t>::min();
    store::Aggregate agg;
    const auto flush = [&]() -> Result<void> {
        if (agg.count == 0)
            return {};
        double v = valueOf(agg, fn);
        if (std::abs(v - threshold) <= 1e-9 * std::max(1.0, std::abs(threshold))) {
            auto points = m_reader.columns(key, std::max(current, k.from),
                                           std::min(store::bucketEnd(current, day, m_offset), k.to));
            if (!points)
                return points.error();
            v = aggregateValues(points->v, fn).value_or(v);
        }
        out.push_back(current, v);
        agg = store::Aggregate();
        return {};
    };
    for (const store::Bucket& b : pieces) { // in time order
        const std::int64_t start = store::bucketStart(b.start, day, m_offset);
        if (start != current) {
            if (auto done = flush(); !done)
                return done.error();
        }
        current = start;
        agg.merge(b.agg);
    }
    if (auto done = flush(); !done)
        return done.error();
    return out;
}

std::optional<Result<StatResult>> StatsEngine::fromRollups(const QString& kind,
                                                           const QList<store::SeriesKey>& series,
                                                           std::int64_t readFrom, const KindContext& k,
                                                           Coverage& coverage)
{
    const auto shape = shapeOf(kind, k.params);
    const bool archive = m_reader.rollupsCheaper();
    if (!shape || series.isEmpty() || (!archive && !m_reader.tellsPeriods()))
        return std::nullopt;
    std::int64_t shortest = std::numeric_limits<std::int64_t>::max();
    for (const store::SeriesKey& key : series) {
        const Indicator* indicator = m_catalog.indicator(key.indicator);
        if (!indicator || indicator->periodSeconds <= 0)
            return std::nullopt; // coverage cannot be told
        shortest = std::min(shortest, std::int64_t(indicator->periodSeconds) * 1000);
    }
    // The archive: hours or days, where coverage can be told from them. The store: its
    // day rollups (its hour buckets of hourly data are its points), coverage told apart.
    const bool subDaily = shape->bucketing && shape->bucketing->kind == store::Bucketing::Kind::Fixed &&
                          shape->bucketing->widthMs < kDayMs;
    if (!archive && subDaily)
        return std::nullopt;
    const store::Bucketing level = archive ? levelFor(*shape, shortest) : store::Bucketing::fixed(kDayMs);
    // Worth it only over several whole hours or days.
    if (store::bucketStart(k.to, level, m_offset) - readFrom < 3 * level.widthMs)
        return std::nullopt;
    for (const store::SeriesKey& key : series) {
        if (archive && !periodFits(m_catalog.indicator(key.indicator), level.widthMs))
            return std::nullopt;
    }
    std::vector<std::pair<QString, double>> values;
    QList<std::pair<QString, StatResult>> perPlace;
    for (const store::SeriesKey& key : series) {
        // The lead-in (the periods a change compares with) apart: a rollup across the
        // window's start cannot be split, and only the window counts for coverage.
        Coverage leadIn(readFrom, k.from, m_offset);
        auto before = readPieces(key, readFrom, std::max(readFrom, k.from), level, leadIn);
        auto pieces = readPieces(key, k.from, k.to, level, coverage);
        if (!before || !pieces)
            return Result<StatResult>(before ? pieces.error() : before.error());
        pieces->insert(pieces->begin(), before->begin(), before->end());
        if (kind == u"rank"_s || kind == u"share"_s) {
            const store::Aggregate all = total(*pieces);
            if (all.count > 0)
                values.emplace_back(key.place, valueOf(all, shape->fn));
            continue;
        }
        if (kind == u"exceedance"_s) {
            auto days = dayValues(key, shape->fn, k, *pieces);
            if (!days)
                return Result<StatResult>(days.error());
            perPlace.append({key.place, exceedanceOf(k, *days)});
            continue;
        }
        perPlace.append({key.place, placeResult(kind, *shape, k, *pieces)});
    }
    if (kind == u"rank"_s)
        return rankKind(k, std::move(values));
    if (kind == u"share"_s)
        return shareKind(k, values);
    if (perPlace.size() == 1)
        return Result<StatResult>(perPlace.front().second);
    return Result<StatResult>(mergePlaces(kind, perPlace));
}

} // namespace cityops::stats
