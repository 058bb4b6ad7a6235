// The read-only interface the engines and the CLI use: the archive (planned on its
// rollups where they nest) and the in-memory store give the same buckets for the same
// points, on both engines, for every bucketing and for ranges on and off bucket edges.

#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <random>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kJan1Local = 1'704'042'000'000; // 2024-01-01T00:00+07:00

class SeriesReaderTest : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
        auto archive = Archive::open(*ArchiveLocation::parse(m_scratch.url()));
        ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        m_archive = std::move(*archive);

        // 70 days of a rain gauge every 7 minutes, with gaps, written in three batches.
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> rain(0, 40);
        const SeriesId id = *m_archive->ensureSeries(m_key, u"mm"_s);
        const SeriesId memory = m_store.ensureSeries(m_key, 5 * 60'000);
        ArchiveBatch batch;
        for (std::int64_t t = kJan1Local + 13 * 60'000; t < kJan1Local + 70 * kDay; t += 7 * 60'000) {
            if (((t + 7 * kHour) / kDay) % 9 == 7)
                continue; // a silent day: its buckets are absent, not zero
            const Point p{t, std::round(rain(rng) * 4) / 4, Quality::Good};
            batch.series.push_back(id);
            batch.points.push_back(p);
            (void)m_store.insert(memory, std::span(&p, 1));
            if (batch.points.size() == 5000) {
                ASSERT_TRUE(m_archive->write(batch).ok());
                batch = {};
            }
        }
        ASSERT_TRUE(m_archive->write(batch).ok());
    }

    test::ScratchArchive m_scratch{GetParam()};
    std::unique_ptr<Archive> m_archive;
    SeriesStore m_store;
    const SeriesKey m_key{u"flood.rain-1h"_s, u"rg-1"_s};
};

void expectSameBuckets(const std::vector<Bucket>& a, const std::vector<Bucket>& b, const std::string& what)
{
    ASSERT_EQ(a.size(), b.size()) << what;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].start, b[i].start) << what << " bucket " << i;
        EXPECT_EQ(a[i].agg.count, b[i].agg.count) << what << " bucket " << i;
        EXPECT_NEAR(a[i].agg.sum, b[i].agg.sum, 1e-9 * std::max(1.0, std::abs(b[i].agg.sum))) << what;
        EXPECT_EQ(a[i].agg.min, b[i].agg.min) << what;
        EXPECT_EQ(a[i].agg.max, b[i].agg.max) << what;
    }
}

} // namespace

TEST_P(SeriesReaderTest, TheArchiveAndTheStoreGiveTheSameBuckets)
{
    ArchiveReader archive(*m_archive);
    StoreReader store(m_store);
    const auto info = **archive.find(m_key);
    const struct
    {
        const char* bucket;
        std::int64_t from;
        std::int64_t to;
        BucketPlan::Source expected;
    } cases[] = {
        {"1h", INT64_MIN / 4, INT64_MAX / 4, BucketPlan::Source::HourRollups},
        {"6h", kJan1Local + kDay, kJan1Local + 20 * kDay, BucketPlan::Source::HourRollups},
        {"1d", INT64_MIN / 4, INT64_MAX / 4, BucketPlan::Source::DayRollups},
        {"1w", kJan1Local, kJan1Local + 63 * kDay, BucketPlan::Source::DayRollups}, // 2024-01-01 is a Monday
        {"1mo", INT64_MIN / 4, INT64_MAX / 4, BucketPlan::Source::DayRollups},
        {"15min", INT64_MIN / 4, INT64_MAX / 4, BucketPlan::Source::Points},
        {"1d", kJan1Local + 5 * kHour, kJan1Local + 30 * kDay,
         BucketPlan::Source::Points}, // starts inside a day
        {"1h", kJan1Local + 30 * 60'000, kJan1Local + 3 * kDay, BucketPlan::Source::Points},
    };
    for (const auto& c : cases) {
        const Bucketing bucketing = *parseBucketing(c.bucket);
        const std::string what = std::string(c.bucket) + " from " + std::to_string(c.from);
        EXPECT_EQ(planBuckets(info, c.from, c.to, bucketing, m_archive->localOffsetMs()).source, c.expected)
            << what;
        auto fromArchive = archive.buckets(m_key, c.from, c.to, bucketing);
        auto fromStore = store.buckets(m_key, c.from, c.to, bucketing);
        ASSERT_TRUE(fromArchive.ok() && fromStore.ok()) << what;
        EXPECT_FALSE(fromStore->empty()) << what;
        expectSameBuckets(*fromArchive, *fromStore, what);
    }
    // The silent days are missing, never zero.
    const auto days = *archive.buckets(m_key, INT64_MIN / 4, INT64_MAX / 4, Bucketing::fixed(kDay));
    EXPECT_LT(days.size(), 70U);
    for (const Bucket& b : days)
        EXPECT_GT(b.agg.count, 0U);
}

TEST_P(SeriesReaderTest, BothListTheSeriesAndTheirPoints)
{
    ArchiveReader archive(*m_archive);
    StoreReader store(m_store);
    const auto a = **archive.find(m_key);
    const auto s = **store.find(m_key);
    EXPECT_EQ(a.count, s.count);
    EXPECT_EQ(a.first, s.first);
    EXPECT_EQ(a.last, s.last);
    EXPECT_EQ(archive.series()->size(), 1);
    EXPECT_EQ(store.series()->size(), 1);
    const auto pa = *archive.points(m_key, kJan1Local + 2 * kDay, kJan1Local + 3 * kDay);
    const auto ps = *store.points(m_key, kJan1Local + 2 * kDay, kJan1Local + 3 * kDay);
    EXPECT_EQ(pa, ps);
    const SeriesKey unknown{u"flood.rain-1h"_s, u"nowhere"_s};
    EXPECT_FALSE(archive.find(unknown)->has_value());
    EXPECT_EQ(archive.points(unknown, 0, 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store.buckets(unknown, 0, 1, Bucketing::fixed(kHour)).error().code, ErrorCode::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, SeriesReaderTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const auto& info) { return std::string(info.param); });
