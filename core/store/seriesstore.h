#pragma once

// SeriesStore: every series the console has, in memory, compressed.
//
// A series keeps its newest points in an open, uncompressed chunk; full chunks are sealed
// with Gorilla compression and carry a summary (time range, count, sum, min, max, sum of
// squares, first and last value). Points may arrive in any order; a point with the time
// of an existing one replaces it. Rollups per minute, hour and day are kept up to date on
// every insert (only the levels coarser than the series' own period, so hourly data does
// not carry an hourly rollup that would repeat every point). Chart queries ask for the
// exact min and max per pixel column, answered from chunk summaries plus the few chunks
// that straddle a column edge.
//
// Thread safety: every member is safe to call from any thread (a reader-writer lock).

#include "core/store/bucketing.h"
#include "core/store/observation.h"

#include <QList>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace cityops::store {

struct DecodedChunk; // decodedchunks.h

// What a chart needs to draw one pixel column exactly like drawing every point in it.
struct ColumnExtent
{
    std::uint32_t count = 0;
    double min = 0;
    double max = 0;
    double first = 0; // value of the earliest point in the column
    double last = 0;  // value of the latest point in the column
};

struct InsertResult
{
    std::size_t inserted = 0;  // new times
    std::size_t replaced = 0;  // an existing time with a different value or quality
    std::size_t unchanged = 0; // an existing time with the same value and quality

    InsertResult& operator+=(const InsertResult& other)
    {
        inserted += other.inserted;
        replaced += other.replaced;
        unchanged += other.unchanged;
        return *this;
    }
};

struct StoreStats
{
    std::size_t series = 0;
    std::size_t points = 0;
    std::size_t sealedPoints = 0;
    std::size_t sealedChunks = 0;
    std::size_t sealedBytes = 0; // compressed streams plus chunk summaries
    std::size_t openBytes = 0;   // open chunks, uncompressed
    std::size_t rollupBytes = 0;
    std::size_t rollupBuckets = 0;
    std::size_t decodedBytes = 0; // the cache of decoded chunks

    // Bytes per point of the point data itself (sealed plus open), and of sealed chunks only.
    double bytesPerPoint() const { return points ? double(sealedBytes + openBytes) / double(points) : 0; }
    double sealedBytesPerPoint() const
    {
        return sealedPoints ? double(sealedBytes) / double(sealedPoints) : 0;
    }
};

class SeriesStore
{
public:
    struct Options
    {
        std::int64_t localOffsetMs = 7 * 3'600'000; // where days, weeks and months begin
        std::int64_t retentionMs = 0;               // raw points older than this are dropped; 0: keep all
        std::uint32_t chunkPoints = 256;            // points per sealed chunk
        // Sealed chunks recently decoded by points(), kept up to this size (0: none kept).
        std::size_t decodedCacheBytes = std::size_t(16) << 20;
    };

    SeriesStore();
    explicit SeriesStore(Options options);
    ~SeriesStore();
    SeriesStore(const SeriesStore&) = delete;
    SeriesStore& operator=(const SeriesStore&) = delete;

    const Options& options() const { return m_options; }

    // The id of a series, creating it when new. `periodMs` is the expected time between
    // points (the catalog's update period); rollup levels not coarser than it are skipped.
    SeriesId ensureSeries(const SeriesKey& key, std::int64_t periodMs = 0);
    std::optional<SeriesId> find(const SeriesKey& key) const;
    SeriesKey key(SeriesId id) const;
    std::size_t seriesCount() const;
    bool hasRollup(SeriesId id, RollupLevel level) const;

    // Adds points in any order. A point whose time exists replaces the stored one.
    // Within `points`, the last of several points with the same time wins.
    InsertResult insert(SeriesId id, std::span<const Point> points);

    // Points with from ≤ t < to, in time order. Sealed chunks read are kept decoded (up to
    // Options::decodedCacheBytes): the same window read again is not decompressed again.
    std::vector<Point> points(SeriesId id, std::int64_t from, std::int64_t to) const;
    // The same readings as columns, without their quality.
    Columns columns(SeriesId id, std::int64_t from, std::int64_t to) const;
    std::size_t pointCount(SeriesId id) const;
    std::optional<Point> first(SeriesId id) const;
    std::optional<Point> latest(SeriesId id) const;
    // Every series' key, point count and first and latest times, read at once (one lock,
    // not four per series: a listing of 10,000 series for each evaluator step).
    struct Summary
    {
        SeriesKey key;
        std::size_t count = 0;
        std::int64_t first = 0; // (0 without points)
        std::int64_t last = 0;
    };
    std::vector<Summary> summaries() const;

    // count/sum/min/max/sum of squares over [from, to).
    Aggregate aggregate(SeriesId id, std::int64_t from, std::int64_t to) const;

    // The update periods of `periodMs` (numbered floor((t + offsetMs) / periodMs)) that hold
    // a point with from ≤ t < to, as sorted runs [first, end) with a gap between each two.
    // Sealed chunks inside the range whose points fill every period between their first
    // and last (a feed sending once per period) answer from their summary, undecoded.
    std::vector<PeriodRun> periodRuns(SeriesId id, std::int64_t from, std::int64_t to, std::int64_t periodMs,
                                      std::int64_t offsetMs) const;

    // Non-empty buckets over [from, to); `from` and `to` should lie on bucket edges for
    // the first and last bucket to be complete. Served from rollups where they fit.
    std::vector<Bucket> buckets(SeriesId id, std::int64_t from, std::int64_t to, Bucketing bucketing) const;

    // The rollup of one level as kept (for tests and for the archive).
    std::vector<Bucket> rollup(SeriesId id, RollupLevel level, std::int64_t from, std::int64_t to) const;

    // [from, to) cut into `columns` equal columns; the exact count, min, max, first and
    // last value of the points in each.
    std::vector<ColumnExtent> columns(SeriesId id, std::int64_t from, std::int64_t to, int columns) const;

    // Drops raw points older than now − retention (minute rollups too; hour and day
    // rollups are kept). Returns the number of points dropped.
    std::size_t applyRetention(std::int64_t now);

    StoreStats stats() const;
    // Empties the cache of decoded chunks (the next points() decompresses again).
    void dropDecodedChunks() const;

    // Bucket start containing t, in the store's local offset.
    std::int64_t bucketStart(std::int64_t t, Bucketing bucketing) const;
    std::int64_t bucketEnd(std::int64_t start, Bucketing bucketing) const;

private:
    struct Series;
    struct Chunk;
    struct Insertion;
    // A sealed chunk's points, from the cache of decoded chunks or decoded into it (the caller
    // holds the lock).
    std::shared_ptr<const DecodedChunk> decoded(const Chunk& chunk) const;
    // The sealed chunks' slices and the open points in [from, to) (seriesstorequeries.cpp).
    template <typename Reserve, typename Take, typename Open>
    void eachInWindow(SeriesId id, std::int64_t from, std::int64_t to, Reserve reserve, Take take,
                      Open open) const;
    Options m_options;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace cityops::store
