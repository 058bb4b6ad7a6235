#pragma once

// Reading series, one interface for every reader that is not a chart: the CLI, the
// statistics and early-warning engines, tests. Two answers to it:
// - ArchiveReader: the archive, through a plan — whole hours and days from the rollups
//   when the buckets nest in them and the range lies on their edges, raw points otherwise
//   (cut the way the in-memory store cuts them), so a year of daily means never reads a
//   year of raw points;
// - StoreReader: the in-memory SeriesStore (the console's live data).
// Both give the same buckets for the same points (tested). A reader is used from one
// thread; each thread makes its own (an archive connection never crosses threads).

#include "core/common/result.h"
#include "core/store/archive.h"
#include "core/store/bucketing.h"

#include <QList>

#include <vector>

namespace cityops::store {

class SeriesStore;

class SeriesReader
{
public:
    virtual ~SeriesReader() = default;

    // Every series with its point count and time range (`unit` empty where unknown).
    virtual Result<QList<SeriesInfo>> series() = 0;
    // nullopt when there is no such series.
    virtual Result<std::optional<SeriesInfo>> find(const SeriesKey& key) = 0;
    // Points with from ≤ t < to, in time order.
    virtual Result<std::vector<Point>> points(const SeriesKey& key, std::int64_t from, std::int64_t to) = 0;
    // The same readings as columns (by default, points() split).
    virtual Result<Columns> columns(const SeriesKey& key, std::int64_t from, std::int64_t to);
    // Non-empty buckets whose start lies in [from, to), in time order.
    virtual Result<std::vector<Bucket>> buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                                Bucketing bucketing) = 0;
    // Whether whole hours and days are cheaper read as buckets than as points: the archive's
    // rollup tables are; the in-memory store's points are cheaper than its hour buckets.
    virtual bool rollupsCheaper() const { return false; }
    // Whether periodRuns() answers without the points being read (the in-memory store
    // answers from its chunk summaries).
    virtual bool tellsPeriods() const { return false; }
    // The update periods of `periodMs` (numbered floor((t + offsetMs) / periodMs)) holding
    // a reading with from ≤ t < to, as sorted runs with a gap between each two.
    virtual Result<std::vector<PeriodRun>> periodRuns(const SeriesKey& key, std::int64_t from,
                                                      std::int64_t to, std::int64_t periodMs,
                                                      std::int64_t offsetMs);
};

// How the archive answers a bucket query.
struct BucketPlan
{
    enum class Source
    {
        HourRollups,
        DayRollups,
        Points,
    };
    Source source = Source::Points;
    std::int64_t from = 0; // the range read (rollup bucket starts, or point times)
    std::int64_t to = 0;
};

// The plan for buckets of `bucketing` over [from, to) of `series`: rollups when the
// buckets are whole hours or days (or calendar weeks and months) and the range starts and
// ends on bucket edges (or outside the series' data); points otherwise.
BucketPlan planBuckets(const SeriesInfo& series, std::int64_t from, std::int64_t to, Bucketing bucketing,
                       std::int64_t localOffsetMs);

class ArchiveReader final : public SeriesReader
{
public:
    explicit ArchiveReader(Archive& archive)
        : m_archive(archive)
    {}

    Result<QList<SeriesInfo>> series() override { return m_archive.listSeries(); }
    Result<std::optional<SeriesInfo>> find(const SeriesKey& key) override
    {
        return m_archive.findSeries(key);
    }
    Result<std::vector<Point>> points(const SeriesKey& key, std::int64_t from, std::int64_t to) override;
    Result<std::vector<Bucket>> buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                        Bucketing bucketing) override;
    bool rollupsCheaper() const override { return true; }
    // The same, for a series already found.
    Result<std::vector<Bucket>> buckets(const SeriesInfo& series, std::int64_t from, std::int64_t to,
                                        Bucketing bucketing);

private:
    Archive& m_archive;
};

class StoreReader final : public SeriesReader
{
public:
    explicit StoreReader(const SeriesStore& store)
        : m_store(store)
    {}

    Result<QList<SeriesInfo>> series() override;
    Result<std::optional<SeriesInfo>> find(const SeriesKey& key) override;
    Result<std::vector<Point>> points(const SeriesKey& key, std::int64_t from, std::int64_t to) override;
    Result<Columns> columns(const SeriesKey& key, std::int64_t from, std::int64_t to) override;
    Result<std::vector<Bucket>> buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                        Bucketing bucketing) override;
    bool tellsPeriods() const override { return true; }
    Result<std::vector<PeriodRun>> periodRuns(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                              std::int64_t periodMs, std::int64_t offsetMs) override;

private:
    const SeriesStore& m_store;
};

} // namespace cityops::store
