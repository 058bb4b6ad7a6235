#include "core/store/seriesstore.h"

#include "core/store/bucketing.h"
#include "core/store/gorilla.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <shared_mutex>

namespace cityops::store {

namespace {

__extension__ using Int128 = __int128; // exact column arithmetic for any range

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::array<std::int64_t, kRollupLevels> kLevelWidth = {kMinuteMs, kHourMs, kDayMs};

} // namespace

double Aggregate::variance() const
{
    if (count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double m = sum / double(count);
    return std::max(0.0, sumSquares / double(count) - m * m);
}

SeriesKey SeriesKey::fromString(const QString& text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {text, QString()};
    return {text.left(at), text.mid(at + 1)};
}

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

struct SeriesStore::Chunk
{
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
    std::unique_ptr<std::uint8_t[]> data;
    std::unique_ptr<Quality[]> qualities;   // null when every point has `quality`
    std::unique_ptr<BlockSummary[]> blocks; // one per kBlockPoints points
    Quality quality = Quality::Good;

    static Chunk make(std::span<const std::int64_t> t, std::span<const double> v, std::span<const Quality> q)
    {
        Chunk c;
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
    mutable std::shared_mutex lock;
    std::vector<std::unique_ptr<Series>> series;
    QHash<SeriesKey, SeriesId> index;
};

SeriesStore::SeriesStore()
    : SeriesStore(Options{})
{}

SeriesStore::SeriesStore(Options options)
    : m_options(options)
    , m_state(std::make_unique<State>())
{
    if (m_options.chunkPoints < 8)
        m_options.chunkPoints = 8;
}

SeriesStore::~SeriesStore() = default;

SeriesId SeriesStore::ensureSeries(const SeriesKey& key, std::int64_t periodMs)
{
    std::unique_lock guard(m_state->lock);
    const auto it = m_state->index.constFind(key);
    if (it != m_state->index.cend())
        return *it;
    auto series = std::make_unique<Series>();
    series->key = key;
    series->periodMs = periodMs;
    for (int level = 0; level < kRollupLevels; ++level)
        series->levels[level] = kLevelWidth[level] > periodMs;
    const auto id = SeriesId(m_state->series.size());
    m_state->series.push_back(std::move(series));
    m_state->index.insert(key, id);
    return id;
}

std::optional<SeriesId> SeriesStore::find(const SeriesKey& key) const
{
    std::shared_lock guard(m_state->lock);
    const auto it = m_state->index.constFind(key);
    if (it == m_state->index.cend())
        return std::nullopt;
    return *it;
}

SeriesKey SeriesStore::key(SeriesId id) const
{
    std::shared_lock guard(m_state->lock);
    return id < m_state->series.size() ? m_state->series[id]->key : SeriesKey{};
}

std::size_t SeriesStore::seriesCount() const
{
    std::shared_lock guard(m_state->lock);
    return m_state->series.size();
}

bool SeriesStore::hasRollup(SeriesId id, RollupLevel level) const
{
    std::shared_lock guard(m_state->lock);
    return id < m_state->series.size() && m_state->series[id]->levels[int(level)];
}

std::int64_t SeriesStore::bucketStart(std::int64_t t, Bucketing b) const
{
    return store::bucketStart(t, b, m_options.localOffsetMs);
}

std::int64_t SeriesStore::bucketEnd(std::int64_t start, Bucketing b) const
{
    return store::bucketEnd(start, b, m_options.localOffsetMs);
}

namespace {

void addToRollup(std::vector<Bucket>& buckets, std::int64_t start, double v)
{
    if (buckets.empty() || buckets.back().start < start) {
        buckets.push_back({start, {}});
        buckets.back().agg.add(v);
        return;
    }
    if (buckets.back().start == start) {
        buckets.back().agg.add(v);
        return;
    }
    auto it = std::lower_bound(buckets.begin(), buckets.end(), start,
                               [](const Bucket& b, std::int64_t s) { return b.start < s; });
    if (it == buckets.end() || it->start != start)
        it = buckets.insert(it, Bucket{start, {}});
    it->agg.add(v);
}

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

struct Merged
{
    std::vector<std::int64_t> t;
    std::vector<double> v;
    std::vector<Quality> q;
};

} // namespace

InsertResult SeriesStore::insert(SeriesId id, std::span<const Point> input)
{
    InsertResult result;
    if (input.empty())
        return result;

    // Sorted by time; of equal times the last given wins.
    std::vector<Point> pts(input.begin(), input.end());
    if (!std::is_sorted(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.t < b.t; }))
        std::stable_sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.t < b.t; });
    {
        std::size_t w = 0;
        for (std::size_t r = 0; r < pts.size(); ++r) {
            if (w > 0 && pts[w - 1].t == pts[r].t)
                pts[w - 1] = pts[r];
            else
                pts[w++] = pts[r];
        }
        pts.resize(w);
    }

    std::unique_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return result;
    Series& s = *m_state->series[id];
    const std::int64_t off = m_options.localOffsetMs;
    std::vector<std::pair<int, std::int64_t>> dirty; // (level, bucket start) to recompute

    auto noteNew = [&](const Point& p) {
        ++result.inserted;
        ++s.count;
        for (int level = 0; level < kRollupLevels; ++level) {
            if (s.levels[level])
                addToRollup(s.rollups[level],
                            floorDivide(p.t + off, kLevelWidth[level]) * kLevelWidth[level] - off, p.v);
        }
    };
    auto noteReplaced = [&](const Point& p) {
        ++result.replaced;
        for (int level = 0; level < kRollupLevels; ++level) {
            if (s.levels[level])
                dirty.emplace_back(level,
                                   floorDivide(p.t + off, kLevelWidth[level]) * kLevelWidth[level] - off);
        }
    };
    // Merges sorted `add` into sorted (t, v, q), counting what happened.
    auto mergeInto = [&](std::vector<std::int64_t>& t, std::vector<double>& v, std::vector<Quality>& q,
                         std::span<const Point> add) {
        if (add.empty())
            return;
        if (t.empty() || add.front().t > t.back()) {
            for (const Point& p : add) {
                t.push_back(p.t);
                v.push_back(p.v);
                q.push_back(p.q);
                noteNew(p);
            }
            return;
        }
        Merged m;
        m.t.reserve(t.size() + add.size());
        m.v.reserve(t.size() + add.size());
        m.q.reserve(t.size() + add.size());
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < t.size() || j < add.size()) {
            if (j == add.size() || (i < t.size() && t[i] < add[j].t)) {
                m.t.push_back(t[i]);
                m.v.push_back(v[i]);
                m.q.push_back(q[i]);
                ++i;
            } else if (i == t.size() || add[j].t < t[i]) {
                m.t.push_back(add[j].t);
                m.v.push_back(add[j].v);
                m.q.push_back(add[j].q);
                noteNew(add[j]);
                ++j;
            } else {
                const bool same =
                    std::bit_cast<std::uint64_t>(v[i]) == std::bit_cast<std::uint64_t>(add[j].v) &&
                    q[i] == add[j].q;
                m.t.push_back(add[j].t);
                m.v.push_back(add[j].v);
                m.q.push_back(add[j].q);
                if (same)
                    ++result.unchanged;
                else
                    noteReplaced(add[j]);
                ++i;
                ++j;
            }
        }
        t = std::move(m.t);
        v = std::move(m.v);
        q = std::move(m.q);
    };

    // Points after the sealed chunks go to the open chunk; earlier ones into the sealed
    // chunk whose range they fall in (or the nearest one before it).
    const std::int64_t sealedEnd = s.sealedEnd();
    const auto firstOpen = std::upper_bound(pts.begin(), pts.end(), sealedEnd,
                                            [](std::int64_t t, const Point& p) { return t < p.t; });
    if (firstOpen != pts.begin()) {
        std::vector<Chunk> rebuilt;
        rebuilt.reserve(s.sealed.size() + 4);
        auto next = pts.begin();
        std::vector<std::int64_t> t;
        std::vector<double> v;
        std::vector<Quality> q;
        for (std::size_t c = 0; c < s.sealed.size(); ++c) {
            Chunk& chunk = s.sealed[c];
            const std::int64_t limit = c + 1 < s.sealed.size() ? s.sealed[c + 1].tFirst : INT64_MAX;
            auto end = next;
            while (end != firstOpen && end->t < limit)
                ++end;
            if (end == next) {
                rebuilt.push_back(std::move(chunk));
                continue;
            }
            t.resize(chunk.count);
            v.resize(chunk.count);
            chunk.decode(t.data(), v.data());
            q.resize(chunk.count);
            for (std::size_t k = 0; k < chunk.count; ++k)
                q[k] = chunk.qualityAt(k);
            mergeInto(t, v, q,
                      std::span<const Point>(pts.data() + (next - pts.begin()), std::size_t(end - next)));
            next = end;
            const std::size_t n = t.size();
            const std::size_t cap = m_options.chunkPoints;
            const std::size_t pieces = n > 2 * cap ? (n + cap - 1) / cap : 1;
            const std::size_t per = (n + pieces - 1) / pieces;
            for (std::size_t from = 0; from < n; from += per) {
                const std::size_t len = std::min(per, n - from);
                rebuilt.push_back(Chunk::make(std::span(t).subspan(from, len),
                                              std::span(v).subspan(from, len),
                                              std::span(q).subspan(from, len)));
            }
        }
        s.sealed = std::move(rebuilt);
    }
    mergeInto(
        s.openT, s.openV, s.openQ,
        std::span<const Point>(pts.data() + (firstOpen - pts.begin()), std::size_t(pts.end() - firstOpen)));

    // Seal full chunks from the open one.
    const std::size_t cap = m_options.chunkPoints;
    if (s.openT.size() >= cap) {
        std::size_t from = 0;
        while (s.openT.size() - from >= cap) {
            s.sealed.push_back(Chunk::make(std::span(s.openT).subspan(from, cap),
                                           std::span(s.openV).subspan(from, cap),
                                           std::span(s.openQ).subspan(from, cap)));
            from += cap;
        }
        s.openT.erase(s.openT.begin(), s.openT.begin() + std::ptrdiff_t(from));
        s.openV.erase(s.openV.begin(), s.openV.begin() + std::ptrdiff_t(from));
        s.openQ.erase(s.openQ.begin(), s.openQ.begin() + std::ptrdiff_t(from));
        if (s.openT.capacity() > 2 * cap) { // after a bulk load: give the memory back
            s.openT.shrink_to_fit();
            s.openV.shrink_to_fit();
            s.openQ.shrink_to_fit();
        }
    }

    // Buckets that had a value replaced are recomputed from the points.
    if (!dirty.empty()) {
        std::sort(dirty.begin(), dirty.end());
        dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
        for (const auto& [level, start] : dirty) {
            auto& buckets = s.rollups[level];
            auto it = std::lower_bound(buckets.begin(), buckets.end(), start,
                                       [](const Bucket& b, std::int64_t st) { return b.start < st; });
            if (it != buckets.end() && it->start == start)
                it->agg = aggregateOf(s, start, start + kLevelWidth[level]);
        }
    }
    return result;
}

namespace {

// Calls f(t, v, q) for every point of the series with from ≤ t < to, in order.
template <typename Series, typename F>
void forEachPoint(const Series& s, std::int64_t from, std::int64_t to, F&& f)
{
    auto c = std::lower_bound(s.sealed.begin(), s.sealed.end(), from,
                              [](const auto& chunk, std::int64_t t) { return chunk.tLast < t; });
    std::vector<std::int64_t> t;
    std::vector<double> v;
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        t.resize(c->count);
        v.resize(c->count);
        c->decode(t.data(), v.data());
        for (std::size_t k = 0; k < c->count; ++k) {
            if (t[k] >= from && t[k] < to)
                f(t[k], v[k], c->qualityAt(k));
        }
    }
    auto o = std::lower_bound(s.openT.begin(), s.openT.end(), from);
    for (auto k = std::size_t(o - s.openT.begin()); k < s.openT.size() && s.openT[k] < to; ++k)
        f(s.openT[k], s.openV[k], s.openQ[k]);
}

} // namespace

std::vector<Point> SeriesStore::points(SeriesId id, std::int64_t from, std::int64_t to) const
{
    std::shared_lock guard(m_state->lock);
    std::vector<Point> out;
    if (id >= m_state->series.size())
        return out;
    forEachPoint(*m_state->series[id], from, to, [&](std::int64_t t, double v, Quality q) {
        out.push_back({t, v, q});
    });
    return out;
}

std::size_t SeriesStore::pointCount(SeriesId id) const
{
    std::shared_lock guard(m_state->lock);
    return id < m_state->series.size() ? m_state->series[id]->count : 0;
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
    std::vector<std::int64_t> t;
    std::vector<double> v;
    for (; c != s.sealed.end() && c->tFirst < to; ++c) {
        if (c->tFirst >= from && c->tLast < to) {
            const std::int64_t b = bucketOf(c->tFirst);
            if (c->tLast < currentEnd) {
                addTo(b, c->aggregate());
                continue;
            }
        }
        t.resize(c->count);
        v.resize(c->count);
        c->decode(t.data(), v.data());
        for (std::size_t k = 0; k < c->count; ++k) {
            if (t[k] >= from && t[k] < to) {
                Aggregate a;
                a.add(v[k]);
                addTo(bucketOf(t[k]), a);
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

std::size_t SeriesStore::applyRetention(std::int64_t now)
{
    if (m_options.retentionMs <= 0)
        return 0;
    const std::int64_t cutoff = now - m_options.retentionMs;
    std::unique_lock guard(m_state->lock);
    std::size_t dropped = 0;
    for (auto& sp : m_state->series) {
        Series& s = *sp;
        auto keep =
            std::find_if(s.sealed.begin(), s.sealed.end(), [&](const Chunk& c) { return c.tLast >= cutoff; });
        for (auto it = s.sealed.begin(); it != keep; ++it)
            dropped += it->count;
        s.sealed.erase(s.sealed.begin(), keep);
        // A chunk straddling the cutoff is rebuilt without its old points.
        if (!s.sealed.empty() && s.sealed.front().tFirst < cutoff) {
            Chunk& c = s.sealed.front();
            std::vector<std::int64_t> t(c.count);
            std::vector<double> v(c.count);
            std::vector<Quality> q(c.count);
            c.decode(t.data(), v.data());
            for (std::size_t k = 0; k < c.count; ++k)
                q[k] = c.qualityAt(k);
            const auto from = std::size_t(std::lower_bound(t.begin(), t.end(), cutoff) - t.begin());
            dropped += from;
            s.sealed.front() = Chunk::make(std::span(t).subspan(from), std::span(v).subspan(from),
                                           std::span(q).subspan(from));
        }
        if (s.sealed.empty() && !s.openT.empty()) {
            const auto from =
                std::size_t(std::lower_bound(s.openT.begin(), s.openT.end(), cutoff) - s.openT.begin());
            dropped += from;
            s.openT.erase(s.openT.begin(), s.openT.begin() + std::ptrdiff_t(from));
            s.openV.erase(s.openV.begin(), s.openV.begin() + std::ptrdiff_t(from));
            s.openQ.erase(s.openQ.begin(), s.openQ.begin() + std::ptrdiff_t(from));
        }
        auto& minutes = s.rollups[int(RollupLevel::Minute)];
        minutes.erase(minutes.begin(),
                      std::lower_bound(minutes.begin(), minutes.end(), cutoff,
                                       [](const Bucket& b, std::int64_t st) { return b.start < st; }));
        s.count = 0;
        for (const Chunk& c : s.sealed)
            s.count += c.count;
        s.count += s.openT.size();
    }
    return dropped;
}

StoreStats SeriesStore::stats() const
{
    std::shared_lock guard(m_state->lock);
    StoreStats st;
    st.series = m_state->series.size();
    for (const auto& sp : m_state->series) {
        const Series& s = *sp;
        st.points += s.count;
        for (const Chunk& c : s.sealed) {
            st.sealedPoints += c.count;
            st.sealedBytes += c.memory();
        }
        st.sealedChunks += s.sealed.size();
        st.openBytes += s.openT.capacity() * sizeof(std::int64_t) + s.openV.capacity() * sizeof(double) +
                        s.openQ.capacity() * sizeof(Quality);
        for (const auto& r : s.rollups) {
            st.rollupBuckets += r.size();
            st.rollupBytes += r.capacity() * sizeof(Bucket);
        }
    }
    return st;
}

} // namespace cityops::store
