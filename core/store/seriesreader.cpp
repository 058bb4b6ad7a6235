#include "core/store/seriesreader.h"

#include "core/common/vectorstate.h"
#include "core/store/seriesstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

// The series' id; the vector state settled after the key's hash (see vectorstate.h), for the
// reading and for what the caller computes on it.
std::optional<SeriesId> findSeries(const SeriesStore& store, const SeriesKey& key)
{
    const auto id = store.find(key);
    settleVectorState();
    return id;
}

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::SeriesReader)
};

Error noSuchSeries(const SeriesKey& key)
{
    return Error{ErrorCode::NotFound, ReaderText::tr("No such series"), key.toString()};
}

// Merges buckets of a finer level into buckets of `bucketing` (both in time order).
std::vector<Bucket> regroup(const std::vector<Bucket>& fine, Bucketing bucketing, std::int64_t localOffsetMs)
{
    std::vector<Bucket> out;
    for (const Bucket& b : fine) {
        const std::int64_t start = bucketStart(b.start, bucketing, localOffsetMs);
        if (out.empty() || out.back().start != start)
            out.push_back({start, {}});
        out.back().agg.merge(b.agg);
    }
    return out;
}

// Buckets of points the way the in-memory store cuts them (the desk's charts agree).
std::vector<Bucket> bucketsOfPoints(const SeriesKey& key, const std::vector<Point>& points, std::int64_t from,
                                    std::int64_t to, Bucketing bucketing, std::int64_t localOffsetMs)
{
    SeriesStore memory(SeriesStore::Options{.localOffsetMs = localOffsetMs});
    const SeriesId id = memory.ensureSeries(key);
    (void)memory.insert(id, points);
    return memory.buckets(id, from, to, bucketing);
}

} // namespace

BucketPlan planBuckets(const SeriesInfo& series, std::int64_t from, std::int64_t to, Bucketing bucketing,
                       std::int64_t localOffsetMs)
{
    const bool fixed = bucketing.kind == Bucketing::Kind::Fixed;
    const bool hourly = fixed && bucketing.widthMs % kHourMs == 0 && bucketing.widthMs % kDayMs != 0;
    const bool daily = !fixed || bucketing.widthMs % kDayMs == 0;
    const bool aligned = (from <= series.first || bucketStart(from, bucketing, localOffsetMs) == from) &&
                         (to > series.last || bucketStart(to, bucketing, localOffsetMs) == to);
    if (!(hourly || daily) || !aligned || series.count == 0)
        return {BucketPlan::Source::Points, from, to};
    const Bucketing level = Bucketing::fixed(daily ? kDayMs : kHourMs);
    const std::int64_t lo = std::max(from, bucketStart(series.first, level, localOffsetMs));
    return {daily ? BucketPlan::Source::DayRollups : BucketPlan::Source::HourRollups, lo, to};
}

Result<std::vector<Point>> ArchiveReader::points(const SeriesKey& key, std::int64_t from, std::int64_t to)
{
    auto info = m_archive.findSeries(key);
    if (!info)
        return info.error();
    if (!*info)
        return noSuchSeries(key);
    return m_archive.points((*info)->id, from, to);
}

Result<std::vector<Bucket>> ArchiveReader::buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                                   Bucketing bucketing)
{
    auto info = m_archive.findSeries(key);
    if (!info)
        return info.error();
    if (!*info)
        return noSuchSeries(key);
    return buckets(**info, from, to, bucketing);
}

Result<std::vector<Bucket>> ArchiveReader::buckets(const SeriesInfo& series, std::int64_t from,
                                                   std::int64_t to, Bucketing bucketing)
{
    const std::int64_t offset = m_archive.localOffsetMs();
    const BucketPlan plan = planBuckets(series, from, to, bucketing, offset);
    if (plan.source == BucketPlan::Source::Points) {
        auto points = m_archive.points(series.id, from, to);
        if (!points)
            return points.error();
        return bucketsOfPoints(series.key, *points, from, to, bucketing, offset);
    }
    auto rows = m_archive.rollup(
        series.id, plan.source == BucketPlan::Source::DayRollups ? RollupLevel::Day : RollupLevel::Hour,
        plan.from, plan.to);
    if (!rows)
        return rows.error();
    return regroup(*rows, bucketing, offset);
}

Result<QList<SeriesInfo>> StoreReader::series()
{
    const std::vector<SeriesStore::Summary> all = m_store.summaries();
    QList<SeriesInfo> out;
    out.reserve(qsizetype(all.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        SeriesInfo info;
        info.id = SeriesId(i);
        info.key = all[i].key;
        info.count = std::int64_t(all[i].count);
        info.first = all[i].first;
        info.last = all[i].last;
        out.append(std::move(info));
    }
    return out;
}

Result<std::optional<SeriesInfo>> StoreReader::find(const SeriesKey& key)
{
    const auto id = findSeries(m_store, key);
    if (!id)
        return std::optional<SeriesInfo>();
    SeriesInfo info;
    info.id = *id;
    info.key = key;
    info.count = std::int64_t(m_store.pointCount(*id));
    if (const auto first = m_store.first(*id))
        info.first = first->t;
    if (const auto last = m_store.latest(*id))
        info.last = last->t;
    return std::optional<SeriesInfo>(info);
}

Result<std::vector<Point>> StoreReader::points(const SeriesKey& key, std::int64_t from, std::int64_t to)
{
    const auto id = findSeries(m_store, key);
    if (!id)
        return noSuchSeries(key);
    return m_store.points(*id, from, to);
}

Result<std::vector<Bucket>> StoreReader::buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                                 Bucketing bucketing)
{
    const auto id = findSeries(m_store, key);
    if (!id)
        return noSuchSeries(key);
    return m_store.buckets(*id, from, to, bucketing);
}

Result<std::vector<PeriodRun>> StoreReader::periodRuns(const SeriesKey& key, std::int64_t from,
                                                       std::int64_t to, std::int64_t periodMs,
                                                       std::int64_t offsetMs)
{
    const auto id = findSeries(m_store, key);
    if (!id)
        return noSuchSeries(key);
    return m_store.periodRuns(*id, from, to, periodMs, offsetMs);
}

Result<Columns> StoreReader::columns(const SeriesKey& key, std::int64_t from, std::int64_t to)
{
    const auto id = findSeries(m_store, key);
    if (!id)
        return noSuchSeries(key);
    return m_store.columns(*id, from, to);
}

Result<Columns> SeriesReader::columns(const SeriesKey& key, std::int64_t from, std::int64_t to)
{
    auto read = points(key, from, to);
    if (!read)
        return read.error();
    Columns out;
    out.reserve(read->size());
    for (const Point& p : *read)
        out.push_back(p.t, p.v);
    return out;
}

Result<std::vector<PeriodRun>> SeriesReader::periodRuns(const SeriesKey& key, std::int64_t from,
                                                        std::int64_t to, std::int64_t periodMs,
                                                        std::int64_t offsetMs)
{
    auto read = points(key, from, to);
    if (!read)
        return read.error();
    std::vector<PeriodRun> out;
    if (periodMs <= 0)
        return out;
    for (const Point& p : *read) {
        const std::int64_t period = floorDivide(p.t + offsetMs, periodMs);
        addPeriods(out, period, period + 1);
    }
    return out;
}

} // namespace cityops::store
