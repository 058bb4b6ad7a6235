// The SeriesStore's reads: points, aggregates, calendar buckets, and the exact per-column
// extents charts draw from (seriesstore.cpp holds the writes).

#include "core/store/bucketing.h"
#include "core/store/seriesstore.h"
#include "core/store/seriesstoredata.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace cityops::store {

std::shared_ptr<const DecodedChunk> SeriesStore::decoded(const Chunk& c) const
{
    if (auto d = m_state->decoded.find(c.serial))
        return d;
    auto made = std::make_shared<DecodedChunk>();
    made->t.resize(c.count);
    made->v.resize(c.count);
    c.decode(made->t.data(), made->v.data());
    m_state->decoded.insert(c.serial, made);
    return made;
}

// Calls `take(decoded, a, b, chunk)` for the slice [a, b) of each sealed chunk overlapping
// [from, to) and `open(index)` for each open point inside it, in time order, after `reserve(n)`
// with their total (the caller holds the lock).
template <typename Reserve, typename Take, typename Open>
void SeriesStore::eachInWindow(SeriesId id, std::int64_t from, std::int64_t to, Reserve reserve, Take take,
                               Open open) const
{
    if (id >= m_state->series.size() || from >= to)
        return;
    const Series& s = *m_state->series[id];
    const auto first = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                                        [](const Chunk& chunk, std::int64_t t) { return chunk.tLast < t; });
    auto last = first;
    std::size_t capacity = 0;
    for (; last != s.sealed.end() && last->tFirst < to; ++last)
        capacity += last->count;
    const auto openBegin = std::lower_bound(s.openT.begin(), s.openT.end(), from);
    const auto openEnd = std::lower_bound(openBegin, s.openT.end(), to);
    reserve(capacity + std::size_t(openEnd - openBegin));
    for (auto c = first; c != last; ++c) {
        const std::shared_ptr<const DecodedChunk> d = decoded(*c);
        const auto a = std::size_t(std::lower_bound(d->t.begin(), d->t.end(), from) - d->t.begin());
        const auto b =
            std::size_t(std::lower_bound(d->t.begin() + std::ptrdiff_t(a), d->t.end(), to) - d->t.begin());
        take(*d, a, b, *c);
    }
    for (auto o = openBegin; o != openEnd; ++o)
        open(s, std::size_t(o - s.openT.begin()));
}

std::vector<Point> SeriesStore::points(SeriesId id, std::int64_t from, std::int64_t to) const
{
    std::shared_lock guard(m_state->lock);
    std::vector<Point> out;
    eachInWindow(
        id, from, to, [&](std::size_t n) { out.reserve(n); },
        [&](const DecodedChunk& d, std::size_t a, std::size_t b, const Chunk& c) {
            for (std::size_t k = a; k < b; ++k)
                out.push_back({d.t[k], d.v[k], c.qualityAt(k)});
        },
        [&](const Series& s, std::size_t k) {
            out.push_back({s.openT[k], s.openV[k], s.openQ[k]});
        });
    return out;
}

Columns SeriesStore::columns(SeriesId id, std::int64_t from, std::int64_t to) const
{
    std::shared_lock guard(m_state->lock);
    Columns out;
    eachInWindow(
        id, from, to, [&](std::size_t n) { out.reserve(n); },
        [&](const DecodedChunk& d, std::size_t a, std::size_t b, const Chunk&) {
            const auto first = std::ptrdiff_t(a);
            const auto last = std::ptrdiff_t(b);
            out.t.insert(out.t.end(), d.t.begin() + first, d.t.begin() + last);
            out.v.insert(out.v.end(), d.v.begin() + first, d.v.begin() + last);
        },
        [&](const Series& s, std::size_t k) { out.push_back(s.openT[k], s.openV[k]); });
    return out;
}

std::size_t SeriesStore::pointCount(SeriesId id) const
{
    std::shared_lock guard(m_state->lock);
    return id < m_state->series.size() ? m_state->series[id]->count : 0;
}

std::vector<SeriesStore::Summary> SeriesStore::summaries() const
{
    std::shared_lock guard(m_state->lock);
    std::vector<Summary> out;
    out.reserve(m_state->series.size());
    for (const auto& series : m_state->series) {
        const Series& s = *series;
        Summary summary{s.key, s.count, 0, 0};
        if (!s.sealed.empty())
            summary.first = s.sealed.front().tFirst;
        else if (!s.openT.empty())
            summary.first = s.openT.front();
        if (!s.openT.empty())
            summary.last = s.openT.back();
        else if (!s.sealed.empty())
            summary.last = s.sealed.back().tLast;
        out.push_back(std::move(summary));
    }
    return out;
}

std::optional<Point> SeriesStore::first(SeriesId id) const
{
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return std::nullopt;
    const Series& s = *m_state->series[id];
    if (!s.sealed.empty()) {
        const Chunk& c = s.sealed.front();
        return Point{c.tFirst, c.firstValue, c.qualityAt(0)};
    }
    if (s.openT.empty())
        return std::nullopt;
    return Point{s.openT.front(), s.openV.front(), s.openQ.front()};
}

std::optional<Point> SeriesStore::latest(SeriesId id) const
{
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return std::nullopt;
    const Series& s = *m_state->series[id];
    if (!s.openT.empty())
        return Point{s.openT.back(), s.openV.back(), s.openQ.back()};
    if (s.sealed.empty())
        return std::nullopt;
    const Chunk& c = s.sealed.back();
    return Point{c.tLast, c.lastValue, c.qualityAt(c.count - 1)};
}

Aggregate SeriesStore::aggregate(SeriesId id, std::int64_t from, std::int64_t to) const
{
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size() || from >= to)
        return {};
    return aggregateOf(*m_state->series[id], from, to);
}

std::vector<PeriodRun> SeriesStore::periodRuns(SeriesId id, std::int64_t from, std::int64_t to,
                                               std::int64_t periodMs, std::int64_t offsetMs) const
{
    std::vector<PeriodRun> out;
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size() || from >= to || periodMs <= 0)
        return out;
    const Series& s = *m_state->series[id];
    const auto period = [&](std::int64_t t) {
        return floorDivide(t + offsetMs, periodMs);
    };
    const auto addPoint = [&](std::int64_t t) {
        if (t >= from && t < to)
            addPeriods(out, period(t), period(t) + 1);
    };
    const bool ownPeriods = offsetMs == m_options.localOffsetMs;
    auto c = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                              [](const Chunk& chunk, std::int64_t t) { return chunk.tLast < t; });
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        // Periods of a multiple of the filled one nest whole ones: they are filled too.
        if (ownPeriods && c->filledPeriodMs > 0 && periodMs % c->filledPeriodMs == 0 && c->tFirst >= from &&
            c->tLast < to) {
            addPeriods(out, period(c->tFirst), period(c->tLast) + 1);
            continue;
        }
        for (const std::int64_t x : decoded(*c)->t)
            addPoint(x);
    }
    for (auto o = std::lower_bound(s.openT.begin(), s.openT.end(), from); o != s.openT.end() && *o < to; ++o)
        addPoint(*o);
    return out;
}

std::vector<Bucket> SeriesStore::rollup(SeriesId id, RollupLevel level, std::int64_t from,
                                        std::int64_t to) const
{
    std::shared_lock guard(m_state->lock);
    std::vector<Bucket> out;
    if (id >= m_state->series.size())
        return out;
    const auto& buckets = m_state->series[id]->rollups[int(level)];
    auto it = std::lower_bound(buckets.begin(), buckets.end(), from,
                               [](const Bucket& b, std::int64_t s) { return b.start < s; });
    for (; it != buckets.end() && it->start < to; ++it)
        out.push_back(*it);
    return out;
}

std::vector<Bucket> SeriesStore::buckets(SeriesId id, std::int64_t from, std::int64_t to,
                                         Bucketing bucketing) const
{
    std::vector<Bucket> out;
    if (from >= to || (bucketing.kind == Bucketing::Kind::Fixed && bucketing.widthMs <= 0))
        return out;
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return out;
    const Series& s = *m_state->series[id];
    if (s.count == 0)
        return out;
    {
        // Clamp an open-ended range to the buckets that hold data, so that it lies on edges.
        const std::int64_t firstT = s.sealed.empty() ? s.openT.front() : s.sealed.front().tFirst;
        const std::int64_t lastT = s.openT.empty() ? s.sealed.back().tLast : s.openT.back();
        if (from <= firstT)
            from = bucketStart(firstT, bucketing);
        if (to > lastT)
            to = std::min(to, bucketEnd(bucketStart(lastT, bucketing), bucketing));
        if (from >= to)
            return out;
    }

    auto addTo = [&](std::int64_t start, const Aggregate& agg) {
        if (out.empty() || out.back().start != start) {
            out.push_back({start, agg});
        } else {
            out.back().agg.merge(agg);
        }
    };

    // The coarsest rollup that nests in the requested buckets.
    int level = -1;
    for (int l = kRollupLevels - 1; l >= 0; --l) {
        if (!s.levels[l])
            continue;
        if (bucketing.kind != Bucketing::Kind::Fixed || bucketing.widthMs % kLevelWidth[l] == 0) {
            level = l;
            break;
        }
    }
    // A rollup is complete only where raw points were not dropped by retention... and
    // it is always complete for what was inserted. Use it unless the range starts inside
    // a rollup bucket (then the edge bucket would count points before `from`).
    if (level >= 0 && bucketStart(from, Bucketing::fixed(kLevelWidth[level])) == from &&
        bucketStart(to, Bucketing::fixed(kLevelWidth[level])) == to) {
        const auto& rb = s.rollups[level];
        auto it = std::lower_bound(rb.begin(), rb.end(), from,
                                   [](const Bucket& b, std::int64_t st) { return b.start < st; });
        std::int64_t currentStart = INT64_MIN;
        std::int64_t currentEnd = INT64_MIN;
        for (; it != rb.end() && it->start < to; ++it) {
            if (it->start >= currentEnd) {
                currentStart = bucketStart(it->start, bucketing);
                currentEnd = bucketEnd(currentStart, bucketing);
            }
            addTo(currentStart, it->agg);
        }
        return out;
    }

    // From the points: a sealed chunk inside one bucket contributes its summary.
    std::int64_t currentStart = INT64_MIN;
    std::int64_t currentEnd = INT64_MIN;
    auto bucketOf = [&](std::int64_t t) {
        if (t < currentStart || t >= currentEnd) {
            currentStart = bucketStart(t, bucketing);
            currentEnd = bucketEnd(currentStart, bucketing);
        }
        return currentStart;
    };
    auto c = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                              [](const Chunk& chunk, std::int64_t t) { return chunk.tLast < t; });
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        if (c->tFirst >= from && c->tLast < to) {
            const std::int64_t b = bucketOf(c->tFirst);
            if (c->tLast < currentEnd) {
                addTo(b, c->aggregate());
                continue;
            }
        }
        const std::shared_ptr<const DecodedChunk> d = decoded(*c);
        for (std::size_t k = 0; k < c->count; ++k) {
            if (d->t[k] >= from && d->t[k] < to) {
                Aggregate a;
                a.add(d->v[k]);
                addTo(bucketOf(d->t[k]), a);
            }
        }
    }
    auto o = std::lower_bound(s.openT.begin(), s.openT.end(), from);
    for (auto k = std::size_t(o - s.openT.begin()); k < s.openT.size() && s.openT[k] < to; ++k) {
        Aggregate a;
        a.add(s.openV[k]);
        addTo(bucketOf(s.openT[k]), a);
    }
    return out;
}

std::vector<ColumnExtent> SeriesStore::columns(SeriesId id, std::int64_t from, std::int64_t to, int n) const
{
    std::vector<ColumnExtent> out;
    if (n <= 0 || from >= to)
        return out;
    out.resize(std::size_t(n));
    std::shared_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return out;
    const Series& s = *m_state->series[id];

    // Column c holds the times edges[c] ≤ t < edges[c + 1]: the same columns as
    // floor((t − from) · n / (to − from)), computed once instead of a division per point.
    std::vector<std::int64_t> edges(std::size_t(n) + 1);
    for (int c = 0; c <= n; ++c)
        edges[std::size_t(c)] = from + std::int64_t((Int128(c) * (to - from) + n - 1) / n);
    edges[std::size_t(n)] = to;
    // Times arrive in order, so the column of the next time is found by walking forward.
    int cursor = 0;
    auto columnAt = [&](std::int64_t t) {
        while (cursor + 1 < n && t >= edges[std::size_t(cursor) + 1])
            ++cursor;
        return cursor;
    };

    auto add = [&](int col, double v) {
        ColumnExtent& e = out[std::size_t(col)];
        if (e.count == 0) {
            e.min = e.max = e.first = v;
        } else {
            if (v < e.min)
                e.min = v;
            if (v > e.max)
                e.max = v;
        }
        e.last = v;
        ++e.count;
    };
    auto merge = [&](int col, double lo, double hi, double first, double last, std::uint32_t count) {
        ColumnExtent& e = out[std::size_t(col)];
        if (e.count == 0) {
            e.min = lo;
            e.max = hi;
            e.first = first;
        } else {
            e.min = std::min(e.min, lo);
            e.max = std::max(e.max, hi);
        }
        e.last = last;
        e.count += count;
    };

    auto c = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                              [](const Chunk& chunk, std::int64_t t) { return chunk.tLast < t; });
    std::int64_t t[kBlockPoints];
    double v[kBlockPoints];
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        // A chunk inside one column contributes its summary.
        if (c->tFirst >= from && c->tLast < to) {
            const int col = columnAt(c->tFirst);
            if (c->tLast < edges[std::size_t(col) + 1]) {
                merge(col, c->min, c->max, c->firstValue, c->lastValue, c->count);
                continue;
            }
        }
        // A chunk across column edges: whole blocks inside one column contribute their
        // summary; only the blocks across an edge are decoded.
        const std::size_t nBlocks = c->blockCount();
        for (std::size_t b = 0; b < nBlocks; ++b) {
            const BlockSummary& block = c->blocks[b];
            const std::int64_t bFirst = block.tFirst;
            const std::int64_t bLast = b + 1 < nBlocks ? c->blocks[b + 1].tFirst - 1 : c->tLast;
            if (bLast < from)
                continue;
            if (bFirst >= to)
                break;
            if (bFirst >= from && bLast < to) {
                const int col = columnAt(bFirst);
                if (bLast < edges[std::size_t(col) + 1]) {
                    // The block's first value is needed only when it opens the column.
                    double first = 0;
                    if (out[std::size_t(col)].count == 0) {
                        std::int64_t t0;
                        gorilla::decodeBlock(c->data.get(), c->bytes, block.bit, 1, &t0, &first);
                    }
                    merge(col, block.min, block.max, first, block.last, std::uint32_t(c->blockSize(b)));
                    continue;
                }
            }
            const std::size_t size = c->blockSize(b);
            c->decodeBlock(b, t, v);
            std::size_t k = 0;
            while (k < size && t[k] < from)
                ++k;
            // Runs of points in one column, each reduced without branches.
            while (k < size && t[k] < to) {
                const int col = columnAt(t[k]);
                const std::int64_t edge = edges[std::size_t(col) + 1];
                std::size_t j = k + 1;
                while (j < size && t[j] < edge)
                    ++j;
                double lo = v[k];
                double hi = v[k];
                for (std::size_t i = k + 1; i < j; ++i) {
                    lo = std::min(lo, v[i]);
                    hi = std::max(hi, v[i]);
                }
                merge(col, lo, hi, v[k], v[j - 1], std::uint32_t(j - k));
                k = j;
            }
        }
    }
    auto o = std::lower_bound(s.openT.begin(), s.openT.end(), from);
    for (auto k = std::size_t(o - s.openT.begin()); k < s.openT.size() && s.openT[k] < to; ++k)
        add(columnAt(s.openT[k]), s.openV[k]);
    return out;
}

} // namespace cityops::store
