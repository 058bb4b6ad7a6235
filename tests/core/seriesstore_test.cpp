// SeriesStore against a brute-force model: a std::map of every point.

#include "core/store/gorilla.h"
#include "core/store/seriesstore.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

__extension__ using Int128 = __int128;

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
// 2024-07-01T00:00:00+07:00
constexpr std::int64_t kJul1Local = 1719766800000;

using Model = std::map<std::int64_t, Point>;

Aggregate bruteAggregate(const Model& m, std::int64_t from, std::int64_t to)
{
    Aggregate a;
    for (auto it = m.lower_bound(from); it != m.end() && it->first < to; ++it)
        a.add(it->second.v);
    return a;
}

void expectSameAggregate(const Aggregate& a, const Aggregate& b)
{
    EXPECT_EQ(a.count, b.count);
    if (a.count == 0 || b.count == 0)
        return;
    EXPECT_NEAR(a.sum, b.sum, 1e-6 * std::max(1.0, std::abs(b.sum)));
    EXPECT_EQ(a.min, b.min);
    EXPECT_EQ(a.max, b.max);
    EXPECT_NEAR(a.sumSquares, b.sumSquares, 1e-6 * std::max(1.0, std::abs(b.sumSquares)));
}

} // namespace

TEST(Gorilla, RoundTripsIrregularTimesAndAwkwardValues)
{
    std::mt19937_64 rng(7);
    std::vector<std::int64_t> t;
    std::vector<double> v;
    std::int64_t now = 1'700'000'000'000;
    const double specials[] = {
        0.0,  -0.0, 1e308, -1e-308, 5e-324, std::numeric_limits<double>::infinity(), 3.141592653589793,
        21.5, 21.5, 21.5};
    for (int i = 0; i < 5000; ++i) {
        // Regular steps, jitter, long gaps and gaps larger than 32 bits of milliseconds.
        const int kind = int(rng() % 10);
        now += kind < 6   ? 60'000
               : kind < 8 ? std::int64_t(rng() % 5000) + 1
               : kind < 9 ? 86'400'000LL * 40
                          : 5'000'000'000LL;
        t.push_back(now);
        v.push_back(i % 7 == 0 ? specials[i % 10] : std::ldexp(double(rng() % 100000), int(rng() % 40) - 20));
    }
    // Decimal values (the scaled-integer path) and arbitrary doubles (the XOR path), with
    // blocks of several sizes: the whole stream, and every block on its own.
    std::vector<double> decimals(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        decimals[i] = double(std::int64_t(rng() % 20001) - 10000) / 10.0;
    for (const std::vector<double>* values : {&v, &decimals}) {
        for (std::size_t blockSize : {std::size_t(1), std::size_t(7), std::size_t(32), std::size_t(10000)}) {
            SCOPED_TRACE(blockSize);
            const auto encoded = gorilla::encode(t, *values, blockSize);
            ASSERT_EQ(encoded.blockBits.size(), (t.size() + blockSize - 1) / blockSize);
            std::vector<std::int64_t> t2(t.size());
            std::vector<double> v2(t.size());
            gorilla::decode(encoded.bytes.data(), encoded.bytes.size(), t.size(), encoded.blockBits,
                            blockSize, t2.data(), v2.data());
            EXPECT_EQ(t, t2);
            for (std::size_t i = 0; i < v.size(); ++i)
                ASSERT_EQ(std::bit_cast<std::uint64_t>((*values)[i]), std::bit_cast<std::uint64_t>(v2[i]))
                    << i;
            // One block alone, from the middle.
            const std::size_t b = encoded.blockBits.size() / 2;
            const std::size_t n = std::min(blockSize, t.size() - b * blockSize);
            std::vector<std::int64_t> t3(n);
            std::vector<double> v3(n);
            gorilla::decodeBlock(encoded.bytes.data(), encoded.bytes.size(), encoded.blockBits[b], n,
                                 t3.data(), v3.data());
            for (std::size_t i = 0; i < n; ++i) {
                ASSERT_EQ(t3[i], t[b * blockSize + i]);
                ASSERT_EQ(std::bit_cast<std::uint64_t>(v3[i]),
                          std::bit_cast<std::uint64_t>((*values)[b * blockSize + i]));
            }
        }
    }
}

TEST(Gorilla, EveryEncodingBucketEdgeRoundTrips)
{
    // Steps at each edge of the variable-length buckets (7, 9, 12, 32, 64 bits), in time
    // and in scaled values: an off-by-one in a range reads +64 back as −64.
    std::vector<std::int64_t> steps;
    for (std::int64_t edge : {63LL, 64LL, 255LL, 256LL, 2047LL, 2048LL, 2147483647LL, 2147483648LL})
        for (std::int64_t d : {edge, -edge, edge + 1, -edge - 1})
            steps.push_back(d);
    std::vector<std::int64_t> t{1'700'000'000'000};
    std::vector<double> v{0};
    std::int64_t delta = 1000;
    for (std::int64_t step : steps) {
        delta = std::max<std::int64_t>(1, delta + step); // delta-of-delta = step (while positive)
        t.push_back(t.back() + delta);
        v.push_back(v.back() + double(step) / 10.0); // one decimal: the integer path
    }
    for (std::size_t blockSize : {std::size_t(1), std::size_t(5), std::size_t(64)}) {
        const auto encoded = gorilla::encode(t, v, blockSize);
        std::vector<std::int64_t> t2(t.size());
        std::vector<double> v2(t.size());
        gorilla::decode(encoded.bytes.data(), encoded.bytes.size(), t.size(), encoded.blockBits, blockSize,
                        t2.data(), v2.data());
        EXPECT_EQ(t2, t);
        EXPECT_EQ(v2, v);
    }
}

TEST(Gorilla, RegularSeriesCompressWell)
{
    std::vector<std::int64_t> t;
    std::vector<double> v;
    for (int i = 0; i < 256; ++i) {
        t.push_back(1'700'000'000'000 + i * 60'000LL);
        v.push_back(std::round(200 + 50 * std::sin(i / 20.0))); // integer-valued, like a counter
    }
    const auto encoded = gorilla::encode(t, v, 32);
    EXPECT_LT(double(encoded.bytes.size()) / 256.0, 2.5);
}

TEST(SeriesStore, OutOfOrderDuplicatesAndReplacementsMatchAModel)
{
    SeriesStore store(SeriesStore::Options{.chunkPoints = 32});
    const SeriesId id = store.ensureSeries({u"air.pm25"_s, u"st-1"_s});
    Model model;
    std::mt19937_64 rng(42);
    InsertResult total;
    std::size_t expectInserted = 0, expectReplaced = 0, expectUnchanged = 0;
    for (int round = 0; round < 60; ++round) {
        std::vector<Point> batch;
        const int n = 1 + int(rng() % 200);
        for (int i = 0; i < n; ++i) {
            // Mostly new times ahead, some late arrivals deep in the past, some repeats.
            std::int64_t t;
            if (rng() % 4 == 0)
                t = kJul1Local + std::int64_t(rng() % 20000) * kMinute;
            else
                t = kJul1Local + (round * 300 + std::int64_t(rng() % 400)) * kMinute;
            const double v = double(rng() % 50);
            const Quality q = rng() % 10 == 0 ? Quality::Suspect : Quality::Good;
            batch.push_back({t, v, q});
        }
        // The model: within the batch the last of equal times wins.
        std::map<std::int64_t, Point> last;
        for (const Point& p : batch)
            last[p.t] = p;
        for (const auto& [t, p] : last) {
            auto it = model.find(t);
            if (it == model.end())
                ++expectInserted;
            else if (it->second == p)
                ++expectUnchanged;
            else
                ++expectReplaced;
            model[t] = p;
        }
        total += store.insert(id, batch);
    }
    EXPECT_EQ(total.inserted, expectInserted);
    EXPECT_EQ(total.replaced, expectReplaced);
    EXPECT_EQ(total.unchanged, expectUnchanged);
    EXPECT_EQ(store.pointCount(id), model.size());

    const auto all = store.points(id, INT64_MIN, INT64_MAX);
    ASSERT_EQ(all.size(), model.size());
    std::size_t i = 0;
    for (const auto& [t, p] : model)
        ASSERT_EQ(all[i++], p);

    // Aggregates and every rollup level, against brute force.
    for (int k = 0; k < 50; ++k) {
        const std::int64_t a = kJul1Local + std::int64_t(rng() % 25000) * kMinute - 17;
        const std::int64_t b = a + std::int64_t(rng() % 5000) * kMinute + 31;
        expectSameAggregate(store.aggregate(id, a, b), bruteAggregate(model, a, b));
    }
    for (auto [level, width] :
         {std::pair{RollupLevel::Minute, kMinute}, {RollupLevel::Hour, kHour}, {RollupLevel::Day, kDay}}) {
        for (const Bucket& bucket : store.rollup(id, level, INT64_MIN, INT64_MAX)) {
            SCOPED_TRACE(bucket.start);
            expectSameAggregate(bucket.agg, bruteAggregate(model, bucket.start, bucket.start + width));
        }
    }
    EXPECT_EQ(store.latest(id)->t, model.rbegin()->first);
    EXPECT_EQ(store.first(id)->t, model.begin()->first);
}

TEST(SeriesStore, ColumnsKeepExactMinMaxFirstLastPerColumn)
{
    SeriesStore store(SeriesStore::Options{.chunkPoints = 64});
    const SeriesId id = store.ensureSeries({u"flood.depth"_s, u"st-2"_s});
    Model model;
    std::mt19937_64 rng(3);
    std::vector<Point> pts;
    std::int64_t t = kJul1Local;
    for (int i = 0; i < 20000; ++i) {
        t += 1 + std::int64_t(rng() % 120'000);
        const double v = std::sin(i / 300.0) * 100 + double(rng() % 1000) / 10.0;
        pts.push_back({t, v, Quality::Good});
        model[t] = pts.back();
    }
    (void)store.insert(id, pts);
    for (int k = 0; k < 40; ++k) {
        const std::int64_t from = kJul1Local + std::int64_t(rng() % std::uint64_t(t - kJul1Local));
        const std::int64_t to = from + 1 + std::int64_t(rng() % std::uint64_t(t - kJul1Local));
        const int n = 1 + int(rng() % 2000);
        const auto cols = store.columns(id, from, to, n);
        ASSERT_EQ(int(cols.size()), n);
        // Brute force: assign each point to floor((t − from) · n / (to − from)).
        std::vector<ColumnExtent> brute(static_cast<std::size_t>(n));
        for (auto it = model.lower_bound(from); it != model.end() && it->first < to; ++it) {
            const int c = int((Int128(it->first - from) * n) / (to - from));
            ColumnExtent& e = brute[std::size_t(c)];
            if (e.count == 0)
                e.min = e.max = e.first = it->second.v;
            e.min = std::min(e.min, it->second.v);
            e.max = std::max(e.max, it->second.v);
            e.last = it->second.v;
            ++e.count;
        }
        for (int c = 0; c < n; ++c) {
            SCOPED_TRACE(testing::Message() << "query " << k << " column " << c << " of " << n);
            ASSERT_EQ(cols[std::size_t(c)].count, brute[std::size_t(c)].count);
            if (brute[std::size_t(c)].count == 0)
                continue;
            ASSERT_EQ(cols[std::size_t(c)].min, brute[std::size_t(c)].min);
            ASSERT_EQ(cols[std::size_t(c)].max, brute[std::size_t(c)].max);
            ASSERT_EQ(cols[std::size_t(c)].first, brute[std::size_t(c)].first);
            ASSERT_EQ(cols[std::size_t(c)].last, brute[std::size_t(c)].last);
        }
    }
}

TEST(SeriesStore, CalendarBucketsFollowLocalDaysWeeksAndMonths)
{
    SeriesStore store;
    // Hourly data: the store keeps a day rollup but no minute or hour rollup.
    const SeriesId id = store.ensureSeries({u"air.aqi"_s, u"st-3"_s}, kHour);
    EXPECT_FALSE(store.hasRollup(id, RollupLevel::Minute));
    EXPECT_FALSE(store.hasRollup(id, RollupLevel::Hour));
    EXPECT_TRUE(store.hasRollup(id, RollupLevel::Day));
    std::vector<Point> pts;
    Model model;
    for (int h = 0; h < 24 * 92; ++h) { // July, August, September 2024 (local)
        pts.push_back({kJul1Local + h * kHour, double(h % 24), Quality::Good});
        model[pts.back().t] = pts.back();
    }
    (void)store.insert(id, pts);

    const auto days = store.buckets(id, INT64_MIN, INT64_MAX, Bucketing::fixed(kDay));
    ASSERT_EQ(days.size(), 92u);
    EXPECT_EQ(days.front().start, kJul1Local);
    EXPECT_EQ(days.front().agg.count, 24u);
    EXPECT_DOUBLE_EQ(days.front().agg.mean(), 11.5);

    const auto months = store.buckets(id, INT64_MIN, INT64_MAX, Bucketing::month());
    ASSERT_EQ(months.size(), 3u);
    EXPECT_EQ(months[0].agg.count, 31u * 24);
    EXPECT_EQ(months[1].agg.count, 31u * 24);
    EXPECT_EQ(months[2].agg.count, 30u * 24);
    EXPECT_EQ(months[1].start, kJul1Local + 31 * kDay);

    // 2024-07-01 was a Monday: 13 full weeks and one day.
    const auto weeks = store.buckets(id, INT64_MIN, INT64_MAX, Bucketing::week());
    ASSERT_EQ(weeks.size(), 14u);
    EXPECT_EQ(weeks[0].start, kJul1Local);
    EXPECT_EQ(weeks.back().agg.count, 24u);

    // Hour buckets come from the points (no hour rollup): one point each.
    const auto hours = store.buckets(id, kJul1Local, kJul1Local + kDay, Bucketing::fixed(kHour));
    ASSERT_EQ(hours.size(), 24u);
    EXPECT_EQ(hours[5].agg.sum, 5.0);

    // An unaligned range is served from the points and stays exact.
    const auto odd =
        store.buckets(id, kJul1Local + 90 * 60'000, kJul1Local + 2 * kDay, Bucketing::fixed(kDay));
    ASSERT_EQ(odd.size(), 2u);
    expectSameAggregate(odd[0].agg, bruteAggregate(model, kJul1Local + 90 * 60'000, kJul1Local + kDay));
}

TEST(SeriesStore, RetentionDropsOldPointsButKeepsDayRollups)
{
    SeriesStore store(SeriesStore::Options{.retentionMs = 2 * kDay, .chunkPoints = 50});
    const SeriesId id = store.ensureSeries({u"traffic.flow"_s, u"st-4"_s}, 5 * kMinute);
    std::vector<Point> pts;
    for (int i = 0; i < 5 * 288; ++i)
        pts.push_back({kJul1Local + i * 5 * kMinute, 1.0, Quality::Good});
    (void)store.insert(id, pts);
    const std::int64_t now = kJul1Local + 5 * kDay;
    const std::size_t dropped = store.applyRetention(now);
    EXPECT_EQ(dropped, 3u * 288);
    EXPECT_EQ(store.pointCount(id), 2u * 288);
    EXPECT_EQ(store.first(id)->t, now - 2 * kDay);
    EXPECT_EQ(store.rollup(id, RollupLevel::Day, INT64_MIN, INT64_MAX).size(), 5u);
}

TEST(SeriesStore, RegularSeriesStayUnderFourBytesPerPoint)
{
    SeriesStore store;
    std::mt19937_64 rng(1);
    for (int s = 0; s < 20; ++s) {
        const SeriesId id = store.ensureSeries({u"air.pm25"_s, QString::number(s)}, kHour);
        std::vector<Point> pts;
        double v = 30;
        for (int h = 0; h < 8760; ++h) {
            v = std::max(0.0, v + double(int(rng() % 11) - 5) * 0.1); // one decimal, like a sensor
            pts.push_back({kJul1Local + h * kHour, std::round(v * 10) / 10, Quality::Good});
        }
        (void)store.insert(id, pts);
    }
    const StoreStats st = store.stats();
    EXPECT_EQ(st.points, 20u * 8760);
    EXPECT_LT(st.bytesPerPoint(), 4.0) << "sealed " << st.sealedBytesPerPoint();
}

// The periods holding a reading, from chunk summaries where the chunk fills its periods and
// from the points elsewhere, against the model: regular stretches (whole chunks answer from
// their summary), gaps, two readings in one period, points inserted out of order (chunks
// rebuilt), periods that nest the series' own, periods that do not, and another offset.
TEST(SeriesStore, PeriodRunsMatchTheModelWhereverChunksFillTheirPeriods)
{
    SeriesStore store(SeriesStore::Options{.chunkPoints = 64});
    const SeriesId id = store.ensureSeries({u"air.pm25"_s, u"st-1"_s}, kHour);
    Model model;
    std::mt19937 rng(12);
    std::vector<Point> batch;
    std::int64_t t = kJul1Local;
    for (int i = 0; i < 3000; ++i) {
        const int roll = int(rng() % 100);
        if (i > 1000 && roll < 3)
            t += kHour * std::int64_t(2 + rng() % 30); // a gap
        else if (i > 1000 && roll < 6)
            t += 20 * kMinute; // a second reading in the same hour, or the next
        else
            t += kHour;
        batch.push_back({t, double(i % 97), Quality::Good});
    }
    std::shuffle(batch.begin() + 2000, batch.end(), rng); // the last thousand out of order
    for (std::size_t from = 0; from < batch.size(); from += 500) {
        const auto part = std::span(batch).subspan(from, std::min<std::size_t>(500, batch.size() - from));
        store.insert(id, part);
        for (const Point& p : part)
            model[p.t] = p;
    }
    const auto brute = [&](std::int64_t from, std::int64_t to, std::int64_t period, std::int64_t offset) {
        std::vector<PeriodRun> runs;
        for (auto it = model.lower_bound(from); it != model.end() && it->first < to; ++it) {
            const std::int64_t p = floorDivide(it->first + offset, period);
            if (!runs.empty() && runs.back().end >= p)
                runs.back().end = std::max(runs.back().end, p + 1);
            else
                runs.push_back({p, p + 1});
        }
        return runs;
    };
    const std::int64_t own = store.options().localOffsetMs;
    const std::int64_t first = model.begin()->first;
    const std::int64_t last = model.rbegin()->first;
    std::uniform_int_distribution<std::int64_t> at(first - kDay, last + kDay);
    for (const auto& [period, offset] : std::vector<std::pair<std::int64_t, std::int64_t>>{
             {kHour, own}, {kDay, own}, {30 * kMinute, own}, {kHour, own + 30 * kMinute}}) {
        EXPECT_EQ(store.periodRuns(id, first, last + 1, period, offset),
                  brute(first, last + 1, period, offset))
            << period << " " << offset;
        for (int r = 0; r < 200; ++r) {
            std::int64_t a = at(rng), b = at(rng);
            if (a > b)
                std::swap(a, b);
            ASSERT_EQ(store.periodRuns(id, a, b, period, offset), brute(a, b, period, offset))
                << period << " " << offset << " [" << a << ", " << b << ")";
        }
    }
    EXPECT_TRUE(store.periodRuns(id, last, first, kHour, own).empty());
    EXPECT_TRUE(store.periodRuns(id, first, last, 0, own).empty());
    // A regular first thousand hours is one run.
    const std::vector<PeriodRun> regular = store.periodRuns(id, first, first + 1000 * kHour, kHour, own);
    ASSERT_EQ(regular.size(), 1U);
    EXPECT_EQ(regular.front().end - regular.front().first, 1000);
}

// Decoded chunks are kept for the next read, never stale: a point inserted into a sealed
// chunk (rewritten under a new serial) or replacing one shows at once; the cache stays
// within its capacity, and none is kept when the capacity is 0.
TEST(SeriesStore, DecodedChunksAreKeptWithinTheirCapacityAndNeverStale)
{
    for (const std::size_t capacity : {std::size_t(0), std::size_t(40'000), std::size_t(16) << 20}) {
        SeriesStore store(SeriesStore::Options{.chunkPoints = 64, .decodedCacheBytes = capacity});
        const SeriesId id = store.ensureSeries({u"air.pm25"_s, u"st-1"_s}, kHour);
        Model model;
        std::vector<Point> points;
        for (int i = 0; i < 5000; ++i)
            points.push_back({kJul1Local + i * kHour, double(i), Quality::Good});
        store.insert(id, points);
        for (const Point& p : points)
            model[p.t] = p;
        std::mt19937 rng(3);
        for (int round = 0; round < 50; ++round) {
            const std::int64_t a = kJul1Local + std::int64_t(rng() % 5000) * kHour;
            const std::int64_t b = a + std::int64_t(rng() % 2000) * kHour;
            std::vector<Point> expected;
            for (auto it = model.lower_bound(a); it != model.end() && it->first < b; ++it)
                expected.push_back(it->second);
            const std::vector<Point> got = store.points(id, a, b);
            ASSERT_EQ(got.size(), expected.size()) << round;
            for (std::size_t k = 0; k < got.size(); ++k) {
                ASSERT_EQ(got[k].t, expected[k].t) << round;
                ASSERT_EQ(got[k].v, expected[k].v) << round;
            }
            EXPECT_LE(store.stats().decodedBytes, capacity);
            // Between reads: a new point inside sealed chunks, and a replaced value.
            const Point inserted{a + kHour / 2, -1.0 - round, Quality::Good};
            const Point replaced{kJul1Local + std::int64_t(rng() % 5000) * kHour, 1e6 + round, Quality::Good};
            store.insert(id, std::vector<Point>{inserted, replaced});
            model[inserted.t] = inserted;
            model[replaced.t] = replaced;
        }
        if (capacity == 0)
            EXPECT_EQ(store.stats().decodedBytes, 0U);
        else
            EXPECT_GT(store.stats().decodedBytes, 0U);
        store.dropDecodedChunks();
        EXPECT_EQ(store.stats().decodedBytes, 0U);
    }
}
