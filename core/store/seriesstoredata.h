#pragma once

// Inside the SeriesStore: its chunks, series and lock, shared by seriesstore.cpp (writes:
// insert, retention, statistics) and seriesstorequeries.cpp (reads). Private to core/store.

#include "core/store/decodedchunks.h"
#include "core/store/gorilla.h"
#include "core/store/seriesstore.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <shared_mutex>

namespace cityops::store {

// Exact column arithmetic for any range.
__extension__ using Int128 = __int128;

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::array<std::int64_t, kRollupLevels> kLevelWidth = {kMinuteMs, kHourMs, kDayMs};

// Points per independently decodable block inside a sealed chunk.
constexpr std::size_t kBlockPoints = 32;

struct BlockSummary
{
    std::int64_t tFirst;
    double min;
    double max;
    double last;
    std::uint32_t bit; // where the block starts in the chunk's bit stream
};

// Every sealed chunk ever made has its own serial (the decoded-chunk cache's key).
inline std::atomic<std::uint64_t> chunkSerials{1};

struct SeriesStore::Chunk
{
    std::uint64_t serial = 0;
    std::int64_t tFirst = 0;
    std::int64_t tLast = 0;
    std::uint32_t count = 0;
    std::uint32_t bytes = 0;
    double sum = 0;
    double min = 0;
    double max = 0;
    double sumSquares = 0;
    double firstValue = 0;
    double lastValue = 0;
    // An update period (of the series, in local time) of which every one from the first
    // point's to the last point's holds a point; 0 when some are empty (or none is known).
    std::int64_t filledPeriodMs = 0;
    std::unique_ptr<std::uint8_t[]> data;
    std::unique_ptr<Quality[]> qualities;   // null when every point has `quality`
    std::unique_ptr<BlockSummary[]> blocks; // one per kBlockPoints points
    Quality quality = Quality::Good;

    // Update periods of `periodMs` are numbered floor((t + offsetMs) / periodMs).
    static Chunk make(std::span<const std::int64_t> t, std::span<const double> v, std::span<const Quality> q,
                      std::int64_t periodMs, std::int64_t offsetMs)
    {
        Chunk c;
        c.serial = chunkSerials.fetch_add(1, std::memory_order_relaxed);
        c.filledPeriodMs = fillsPeriods(t, periodMs, offsetMs) ? periodMs : 0;
        c.count = std::uint32_t(t.size());
        c.tFirst = t.front();
        c.tLast = t.back();
        c.firstValue = v.front();
        c.lastValue = v.back();
        Aggregate a;
        for (double x : v)
            a.add(x);
        c.sum = a.sum;
        c.min = a.min;
        c.max = a.max;
        c.sumSquares = a.sumSquares;
        const gorilla::Encoded encoded = gorilla::encode(t, v, kBlockPoints);
        const std::vector<std::uint8_t>& bits = encoded.bytes;
        c.bytes = std::uint32_t(bits.size());
        c.data = std::make_unique_for_overwrite<std::uint8_t[]>(bits.size());
        std::copy(bits.begin(), bits.end(), c.data.get());
        const std::size_t nBlocks = encoded.blockBits.size();
        c.blocks = std::make_unique_for_overwrite<BlockSummary[]>(nBlocks);
        for (std::size_t b = 0; b < nBlocks; ++b) {
            const std::size_t from = b * kBlockPoints;
            const std::size_t to = std::min(t.size(), from + kBlockPoints);
            const auto [lo, hi] =
                std::minmax_element(v.begin() + std::ptrdiff_t(from), v.begin() + std::ptrdiff_t(to));
            c.blocks[b] = {t[from], *lo, *hi, v[to - 1], encoded.blockBits[b]};
        }
        c.quality = q.front();
        if (std::any_of(q.begin(), q.end(), [&](Quality x) { return x != c.quality; })) {
            c.qualities = std::make_unique_for_overwrite<Quality[]>(q.size());
            std::copy(q.begin(), q.end(), c.qualities.get());
        }
        return c;
    }

    static bool fillsPeriods(std::span<const std::int64_t> t, std::int64_t periodMs, std::int64_t offsetMs)
    {
        if (periodMs <= 0)
            return false;
        std::int64_t previous = floorDivide(t.front() + offsetMs, periodMs);
        for (const std::int64_t x : t) {
            const std::int64_t period = floorDivide(x + offsetMs, periodMs);
            if (period - previous > 1)
                return false;
            previous = period;
        }
        return true;
    }
    Aggregate aggregate() const { return {count, sum, min, max, sumSquares}; }
    Quality qualityAt(std::size_t i) const { return qualities ? qualities[i] : quality; }
    std::size_t blockCount() const { return (count + kBlockPoints - 1) / kBlockPoints; }
    std::size_t blockSize(std::size_t b) const { return std::min(kBlockPoints, count - b * kBlockPoints); }
    void decode(std::int64_t* t, double* v) const
    {
        for (std::size_t b = 0; b < blockCount(); ++b)
            decodeBlock(b, t + b * kBlockPoints, v + b * kBlockPoints);
    }
    void decodeBlock(std::size_t b, std::int64_t* t, double* v) const
    {
        gorilla::decodeBlock(data.get(), bytes, blocks[b].bit, blockSize(b), t, v);
    }
    std::size_t memory() const
    {
        return sizeof(Chunk) + bytes + (qualities ? count * sizeof(Quality) : 0) +
               blockCount() * sizeof(BlockSummary);
    }
};

struct SeriesStore::Series
{
    SeriesKey key;
    std::int64_t periodMs = 0;
    std::array<bool, kRollupLevels> levels{};
    std::vector<Chunk> sealed; // sorted, disjoint, all before the open points
    std::vector<std::int64_t> openT;
    std::vector<double> openV;
    std::vector<Quality> openQ;
    std::array<std::vector<Bucket>, kRollupLevels> rollups;
    std::size_t count = 0;

    std::int64_t sealedEnd() const { return sealed.empty() ? INT64_MIN : sealed.back().tLast; }
};

struct SeriesStore::State
{
    explicit State(std::size_t decodedCacheBytes)
        : decoded(decodedCacheBytes)
    {}
    mutable std::shared_mutex lock;
    mutable DecodedChunks decoded;
    std::vector<std::unique_ptr<Series>> series;
    QHash<SeriesKey, SeriesId> index;
};

// count/sum/min/max/sum of squares of the points of s in [from, to); the caller holds the lock.
template <typename Series> Aggregate aggregateOf(const Series& s, std::int64_t from, std::int64_t to)
{
    Aggregate a;
    auto c = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                              [](const auto& chunk, std::int64_t t) { return chunk.tLast < t; });
    std::vector<std::int64_t> t;
    std::vector<double> v;
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        if (c->tFirst >= from && c->tLast < to) {
            a.merge(c->aggregate());
            continue;
        }
        t.resize(c->count);
        v.resize(c->count);
        c->decode(t.data(), v.data());
        for (std::size_t k = 0; k < c->count; ++k) {
            if (t[k] >= from && t[k] < to)
                a.add(v[k]);
        }
    }
    auto o = std::lower_bound(s.openT.begin(), s.openT.end(), from);
    for (auto k = std::size_t(o - s.openT.begin()); k < s.openT.size() && s.openT[k] < to; ++k)
        a.add(s.openV[k]);
    return a;
}

} // namespace cityops::store
