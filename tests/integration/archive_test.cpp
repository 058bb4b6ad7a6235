// The archive on both engines: SQLite (a temporary file) and PostgreSQL (a throwaway
// cluster on 127.0.0.1 that the test run starts and stops).

#include "core/store/archive.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <map>
#include <random>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kJul1Local = 1719766800000; // 2024-07-01T00:00+07:00

class ArchiveTest : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
        m_url = m_scratch.url();
    }

    std::unique_ptr<Archive> open()
    {
        auto location = ArchiveLocation::parse(m_url);
        EXPECT_TRUE(location.ok());
        auto archive = Archive::open(*location);
        EXPECT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        return archive ? std::move(*archive) : nullptr;
    }

    test::ScratchArchive m_scratch{GetParam()};
    QString m_url;
};

ArchiveBatch batchOf(SeriesId series, const std::vector<Point>& pts,
                     ConflictPolicy policy = ConflictPolicy::Replace)
{
    ArchiveBatch b;
    b.onConflict = policy;
    for (const Point& p : pts) {
        b.series.push_back(series);
        b.points.push_back(p);
    }
    return b;
}

} // namespace

TEST_P(ArchiveTest, CreatesTheSchemaAndReopens)
{
    {
        auto a = open();
        ASSERT_TRUE(a);
        EXPECT_EQ(a->schemaVersion(), Archive::currentSchemaVersion());
        EXPECT_EQ(a->localOffsetMs(), 7 * kHour);
        auto id = a->ensureSeries({u"air.pm25"_s, u"st-1"_s}, u"ug/m3"_s);
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    }
    auto a = open();
    ASSERT_TRUE(a);
    auto list = a->listSeries();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).key.toString(), u"air.pm25@st-1"_s);
    EXPECT_EQ(list->at(0).count, 0);
    // The unit is part of the series: another unit is refused, not mixed.
    auto wrong = a->ensureSeries({u"air.pm25"_s, u"st-1"_s}, u"mg/m3"_s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Validation);
}

TEST_P(ArchiveTest, WritesReadsBackAndKeepsRollupsExact)
{
    auto a = open();
    ASSERT_TRUE(a);
    const std::int64_t s1 = *a->ensureSeries({u"flood.depth"_s, u"fl-1"_s}, u"cm"_s);
    const std::int64_t s2 = *a->ensureSeries({u"flood.depth"_s, u"fl-2"_s}, u"cm"_s);
    std::map<std::pair<std::int64_t, std::int64_t>, double> model;
    std::mt19937_64 rng(11);
    std::size_t inserted = 0;
    for (int batch = 0; batch < 6; ++batch) {
        ArchiveBatch b;
        for (int i = 0; i < 3000; ++i) {
            const SeriesId s = i % 2 ? s1 : s2;
            // Mostly advancing time, with late points from any earlier batch.
            const std::int64_t t =
                kJul1Local + (rng() % 5 == 0 ? std::int64_t(rng() % std::uint64_t((batch + 1) * 3000))
                                             : std::int64_t(batch * 3000 + i)) *
                                 60'000;
            const double v = double(rng() % 2000) / 10.0;
            b.series.push_back(s);
            b.points.push_back({t, v, Quality::Good});
        }
        std::map<std::pair<std::int64_t, std::int64_t>, double> last;
        for (std::size_t i = 0; i < b.points.size(); ++i)
            last[{b.series[i], b.points[i].t}] = b.points[i].v;
        std::size_t expectNew = 0;
        for (const auto& [k, v] : last) {
            if (!model.contains(k))
                ++expectNew;
            model[k] = v;
        }
        auto r = a->write(b);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        EXPECT_EQ(r->inserted, expectNew);
        inserted += r->inserted;
    }
    EXPECT_EQ(inserted, model.size());

    for (SeriesId s : {s1, s2}) {
        auto pts = a->points(s, INT64_MIN / 2, INT64_MAX / 2);
        ASSERT_TRUE(pts.ok());
        std::vector<Point> expected;
        std::map<std::int64_t, Aggregate> hours, days;
        for (const auto& [k, v] : model) {
            if (k.first != s)
                continue;
            expected.push_back({k.second, v, Quality::Good});
            hours[(k.second + 7 * kHour) / kHour * kHour - 7 * kHour].add(v);
            days[(k.second + 7 * kHour) / kDay * kDay - 7 * kHour].add(v);
        }
        ASSERT_EQ(*pts, expected);
        auto hr = a->rollup(s, RollupLevel::Hour, INT64_MIN / 2, INT64_MAX / 2);
        ASSERT_TRUE(hr.ok());
        ASSERT_EQ(hr->size(), hours.size());
        for (const Bucket& b : *hr) {
            EXPECT_EQ(b.agg.count, hours[b.start].count);
            EXPECT_NEAR(b.agg.sum, hours[b.start].sum, 1e-6);
            EXPECT_EQ(b.agg.min, hours[b.start].min);
            EXPECT_EQ(b.agg.max, hours[b.start].max);
        }
        auto dr = a->rollup(s, RollupLevel::Day, INT64_MIN / 2, INT64_MAX / 2);
        ASSERT_TRUE(dr.ok());
        ASSERT_EQ(dr->size(), days.size());
        for (const Bucket& b : *dr)
            EXPECT_NEAR(b.agg.sum, days[b.start].sum, 1e-6);
    }
}

TEST_P(ArchiveTest, RewritingIsIdempotentAndConflictsFollowThePolicy)
{
    auto a = open();
    ASSERT_TRUE(a);
    const SeriesId s = *a->ensureSeries({u"air.aqi"_s, u"st-9"_s}, u"{AQI}"_s);
    std::vector<Point> pts;
    for (int h = 0; h < 48; ++h)
        pts.push_back({kJul1Local + h * kHour, double(50 + h), Quality::Good});
    auto first = a->write(batchOf(s, pts));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->inserted, 48u);

    // The same batch again adds nothing.
    auto again = a->write(batchOf(s, pts));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0u);
    EXPECT_EQ(again->unchanged, 48u);

    // A different value for hour 5: kept under KeepExisting, replaced under Replace.
    auto keep =
        a->write(batchOf(s, {{kJul1Local + 5 * kHour, 999, Quality::Good}}, ConflictPolicy::KeepExisting));
    ASSERT_TRUE(keep.ok());
    EXPECT_EQ(keep->kept, 1u);
    EXPECT_EQ((*a->points(s, kJul1Local + 5 * kHour, kJul1Local + 6 * kHour))[0].v, 55);

    auto replace = a->write(batchOf(s, {{kJul1Local + 5 * kHour, 999, Quality::Suspect}}));
    ASSERT_TRUE(replace.ok());
    EXPECT_EQ(replace->replaced, 1u);
    const auto after = *a->points(s, kJul1Local + 5 * kHour, kJul1Local + 6 * kHour);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].v, 999);
    EXPECT_EQ(after[0].q, Quality::Suspect);
    // The day's rollup is recomputed: max is the new value, the count is unchanged.
    const auto day = *a->rollup(s, RollupLevel::Day, kJul1Local, kJul1Local + kDay);
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].agg.count, 24u);
    EXPECT_EQ(day[0].agg.max, 999);
    EXPECT_DOUBLE_EQ(day[0].agg.sum, (50 + 73) * 12.0 - 55 + 999);

    auto info = a->findSeries({u"air.aqi"_s, u"st-9"_s});
    ASSERT_TRUE(info.ok() && info->has_value());
    EXPECT_EQ((*info)->count, 48);
    EXPECT_EQ((*info)->first, kJul1Local);
    EXPECT_EQ((*info)->last, kJul1Local + 47 * kHour);
}

TEST_P(ArchiveTest, QuarantineKeepsOneEntryPerFileLineAndColumn)
{
    auto a = open();
    ASSERT_TRUE(a);
    auto run = a->beginRun(u"x.csv"_s, u"abc"_s, u"{}"_s);
    ASSERT_TRUE(run.ok());
    ArchiveBatch b;
    b.quarantine.push_back({*run, u"x.csv"_s, u"abc"_s, 7, u"rain_1h"_s, u"out-of-range"_s,
                            u"9831 mm ∉ [0, 300]"_s, u"None,280.1,9831.3,…"_s});
    b.quarantine.push_back({*run, u"x.csv"_s, u"abc"_s, 9, QString(), u"unparseable-time"_s, u"x"_s, u"x"_s});
    auto r1 = a->write(b);
    ASSERT_TRUE(r1.ok()) << r1.error().toString().toStdString();
    EXPECT_EQ(r1->quarantined, 2u);
    auto r2 = a->write(b);
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r2->quarantined, 0u);
    auto list = a->quarantine();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).line, 7);
    EXPECT_EQ(list->at(0).detail, u"9831 mm ∉ [0, 300]"_s);
    ASSERT_TRUE(a->finishRun(*run, u"done"_s, u"{}"_s).ok());
    auto check = a->integrityCheck();
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(*check, u"ok"_s);
}

INSTANTIATE_TEST_SUITE_P(Engines, ArchiveTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

TEST(ArchiveLocation, ParsesPathsAndPostgresUrls)
{
    auto pg = ArchiveLocation::parse(u"postgresql://ops@127.0.0.1:5433/cityops"_s);
    ASSERT_TRUE(pg.ok());
    EXPECT_EQ(pg->kind, ArchiveLocation::Kind::Postgres);
    EXPECT_EQ(pg->host, u"127.0.0.1"_s);
    EXPECT_EQ(pg->port, 5433);
    EXPECT_EQ(pg->user, u"ops"_s);
    EXPECT_EQ(pg->database, u"cityops"_s);
    auto file = ArchiveLocation::parse(u"/tmp/a.sqlite"_s);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->kind, ArchiveLocation::Kind::Sqlite);
    EXPECT_FALSE(ArchiveLocation::parse(u"mysql://x/y"_s).ok());
    EXPECT_FALSE(ArchiveLocation::parse(u"postgresql://nohostpath"_s).ok());
    EXPECT_TRUE(ArchiveLocation::defaultSqlitePath().endsWith(u"/archive.sqlite"_s));
}
