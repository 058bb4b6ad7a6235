#include "core/store/seriesstore.h"

#include "core/store/bucketing.h"
#include "core/store/seriesstoredata.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <mutex>

namespace cityops::store {

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

SeriesStore::SeriesStore()
    : SeriesStore(Options{})
{}

SeriesStore::SeriesStore(Options options)
    : m_options(options)
    , m_state(std::make_unique<State>(m_options.decodedCacheBytes))
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

// Sorted by time; of equal times the last given wins.
std::vector<Point> sortedUnique(std::span<const Point> input)
{
    std::vector<Point> pts(input.begin(), input.end());
    const auto byTime = [](const Point& a, const Point& b) {
        return a.t < b.t;
    };
    if (!std::is_sorted(pts.begin(), pts.end(), byTime))
        std::stable_sort(pts.begin(), pts.end(), byTime);
    std::size_t w = 0;
    for (std::size_t r = 0; r < pts.size(); ++r) {
        if (w > 0 && pts[w - 1].t == pts[r].t)
            pts[w - 1] = pts[r];
        else
            pts[w++] = pts[r];
    }
    pts.resize(w);
    return pts;
}

} // namespace

// One insert into one series (under the store's write lock): merges the points into the
// sealed chunks they fall in and into the open chunk, keeps the rollups current, seals
// full chunks, and counts what happened.
struct SeriesStore::Insertion
{
    Series& s;
    const Options& options;
    InsertResult result;
    std::vector<std::pair<int, std::int64_t>> dirty; // (level, bucket start) to recompute

    std::int64_t bucketOf(std::int64_t t, int level) const
    {
        const std::int64_t off = options.localOffsetMs;
        return floorDivide(t + off, kLevelWidth[level]) * kLevelWidth[level] - off;
    }
    void noteNew(const Point& p)
    {
        ++result.inserted;
        ++s.count;
        for (int level = 0; level < kRollupLevels; ++level) {
            if (s.levels[level])
                addToRollup(s.rollups[level], bucketOf(p.t, level), p.v);
        }
    }
    void noteReplaced(const Point& p)
    {
        ++result.replaced;
        for (int level = 0; level < kRollupLevels; ++level) {
            if (s.levels[level])
                dirty.emplace_back(level, bucketOf(p.t, level));
        }
    }
    void mergeInto(std::vector<std::int64_t>& t, std::vector<double>& v, std::vector<Quality>& q,
                   std::span<const Point> add);
    void mergeIntoSealed(const std::vector<Point>& pts, std::vector<Point>::const_iterator firstOpen);
    void sealFullChunks();
    void recomputeDirty();
};

// Merges sorted `add` into sorted (t, v, q), counting what happened.
void SeriesStore::Insertion::mergeInto(std::vector<std::int64_t>& t, std::vector<double>& v,
                                       std::vector<Quality>& q, std::span<const Point> add)
{
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
    std::vector<std::int64_t> mt;
    std::vector<double> mv;
    std::vector<Quality> mq;
    mt.reserve(t.size() + add.size());
    mv.reserve(t.size() + add.size());
    mq.reserve(t.size() + add.size());
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < t.size() || j < add.size()) {
        if (j == add.size() || (i < t.size() && t[i] < add[j].t)) {
            mt.push_back(t[i]);
            mv.push_back(v[i]);
            mq.push_back(q[i]);
            ++i;
            continue;
        }
        const bool existing = i < t.size() && !(add[j].t < t[i]);
        mt.push_back(add[j].t);
        mv.push_back(add[j].v);
        mq.push_back(add[j].q);
        if (!existing)
            noteNew(add[j]);
        else if (std::bit_cast<std::uint64_t>(v[i]) == std::bit_cast<std::uint64_t>(add[j].v) &&
                 q[i] == add[j].q)
            ++result.unchanged;
        else
            noteReplaced(add[j]);
        if (existing)
            ++i;
        ++j;
    }
    t = std::move(mt);
    v = std::move(mv);
    q = std::move(mq);
}

// Points before the end of the sealed chunks go into the chunk whose range they fall in
// (or the nearest one before it), which is decoded, merged and sealed again (split in two
// when it grows past twice the chunk size).
void SeriesStore::Insertion::mergeIntoSealed(const std::vector<Point>& pts,
                                             std::vector<Point>::const_iterator firstOpen)
{
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
        const std::size_t cap = options.chunkPoints;
        const std::size_t pieces = n > 2 * cap ? (n + cap - 1) / cap : 1;
        const std::size_t per = (n + pieces - 1) / pieces;
        for (std::size_t from = 0; from < n; from += per) {
            const std::size_t len = std::min(per, n - from);
            rebuilt.push_back(Chunk::make(std::span(t).subspan(from, len), std::span(v).subspan(from, len),
                                          std::span(q).subspan(from, len), s.periodMs,
                                          options.localOffsetMs));
        }
    }
    s.sealed = std::move(rebuilt);
}

// Seals full chunks from the open one.
void SeriesStore::Insertion::sealFullChunks()
{
    const std::size_t cap = options.chunkPoints;
    if (s.openT.size() < cap)
        return;
    std::size_t from = 0;
    while (s.openT.size() - from >= cap) {
        s.sealed.push_back(
            Chunk::make(std::span(s.openT).subspan(from, cap), std::span(s.openV).subspan(from, cap),
                        std::span(s.openQ).subspan(from, cap), s.periodMs, options.localOffsetMs));
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
void SeriesStore::Insertion::recomputeDirty()
{
    if (dirty.empty())
        return;
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

InsertResult SeriesStore::insert(SeriesId id, std::span<const Point> input)
{
    if (input.empty())
        return {};
    const std::vector<Point> pts = sortedUnique(input);
    std::unique_lock guard(m_state->lock);
    if (id >= m_state->series.size())
        return {};
    Insertion insertion{*m_state->series[id], m_options, {}, {}};
    // Points after the sealed chunks go to the open chunk; earlier ones into the sealed ones.
    const auto firstOpen = std::upper_bound(pts.begin(), pts.end(), insertion.s.sealedEnd(),
                                            [](std::int64_t t, const Point& p) { return t < p.t; });
    if (firstOpen != pts.begin())
        insertion.mergeIntoSealed(pts, firstOpen);
    Series& s = insertion.s;
    insertion.mergeInto(
        s.openT, s.openV, s.openQ,
        std::span<const Point>(pts.data() + (firstOpen - pts.begin()), std::size_t(pts.end() - firstOpen)));
    insertion.sealFullChunks();
    insertion.recomputeDirty();
    return insertion.result;
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
                                           std::span(q).subspan(from), s.periodMs, m_options.localOffsetMs);
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
    st.decodedBytes = m_state->decoded.bytes();
    return st;
}

void SeriesStore::dropDecodedChunks() const
{
    m_state->decoded.clear();
}

} // namespace cityops::store
