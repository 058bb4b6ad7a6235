// A city's snapshot in the archive, on both engines: a batch holding every station once (or a
// few times) among thousands of series. SQLite indexes such a batch as one block (its rows in
// series order) instead of a span per series; PostgreSQL keeps spans. Either way every series
// reads back point for point, a series between two of the block's is not found in it, a
// rewrite of the snapshot finds what is there (nothing doubled, a changed value replaced and
// its rollup recomputed), and the series listing counts every point.

#include "core/store/archive.h"
#include "core/store/sqlconnection.h"

#include <gtest/gtest.h>
#include <map>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kT0 = 1'791'900'000'000; // 2026-10-14
constexpr std::int64_t kPoll = 300'000;         // five minutes
constexpr int kStations = 1'600;

class ArchiveSnapshotTest : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
        m_location = *ArchiveLocation::parse(m_scratch.url());
    }

    std::unique_ptr<Archive> open()
    {
        auto archive = Archive::open(m_location);
        EXPECT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        return archive ? std::move(*archive) : nullptr;
    }

    bool sqlite() const { return m_location.kind == ArchiveLocation::Kind::Sqlite; }

    std::int64_t count(Archive& a, const QString& table)
    {
        auto n = a.connection().scalar(u"SELECT count(*) FROM "_s + table);
        EXPECT_TRUE(n.ok());
        return n ? n->toLongLong() : -1;
    }

    // Series for the stations, and one more made half way through them that no snapshot
    // holds: its id falls inside a block's range of series.
    void makeSeries(Archive& a)
    {
        std::vector<std::pair<SeriesKey, QString>> first, second;
        for (int i = 0; i < kStations; ++i)
            (i < kStations / 2 ? first : second).push_back({{u"air.pm25"_s, u"st-%1"_s.arg(i)}, u"ug/m3"_s});
        m_stations = *a.ensureSeries(first);
        m_between = *a.ensureSeries({u"air.pm25"_s, u"between"_s}, u"ug/m3"_s);
        const auto more = *a.ensureSeries(second);
        m_stations.insert(m_stations.end(), more.begin(), more.end());
    }

    // Poll `poll`: each station once; every seventh three times (a minute apart).
    ArchiveBatch snapshot(int poll, double offset = 0)
    {
        ArchiveBatch b;
        for (int i = 0; i < kStations; ++i) {
            const int n = i % 7 == 0 ? 3 : 1;
            for (int k = 0; k < n; ++k) {
                const Point p{kT0 + poll * kPoll + k * 60'000, 10 + (i * 13 + poll * 7 + k) % 90 + offset,
                              Quality::Good};
                b.series.push_back(m_stations[std::size_t(i)]);
                b.points.push_back(p);
                m_expected[m_stations[std::size_t(i)]][p.t] = p.v;
            }
        }
        return b;
    }

    void expectEveryPointReadsBack(Archive& a)
    {
        for (const SeriesId s : m_stations) {
            const auto points = a.points(s, kT0 - 3 * 3'600'000, kT0 + 100 * kPoll);
            ASSERT_TRUE(points.ok()) << points.error().toString().toStdString();
            const auto& want = m_expected[s];
            ASSERT_EQ(points->size(), want.size()) << "series " << s;
            auto it = want.begin();
            for (const Point& p : *points) {
                EXPECT_EQ(p.t, it->first) << "series " << s;
                EXPECT_EQ(p.v, it->second) << "series " << s;
                ++it;
            }
        }
        const auto none = a.points(m_between, kT0 - kPoll, kT0 + 100 * kPoll);
        ASSERT_TRUE(none.ok());
        EXPECT_TRUE(none->empty());
    }

    test::ScratchArchive m_scratch{GetParam()};
    ArchiveLocation m_location;
    std::vector<SeriesId> m_stations;
    SeriesId m_between = 0;
    std::map<SeriesId, std::map<std::int64_t, double>> m_expected;
};

} // namespace

TEST_P(ArchiveSnapshotTest, EverySeriesReadsBackPointForPointAndTheListingCountsThem)
{
    auto a = open();
    ASSERT_TRUE(a);
    makeSeries(*a);
    for (int poll = 0; poll < 3; ++poll) {
        const auto written = a->write(snapshot(poll));
        ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
        EXPECT_EQ(written->inserted, std::size_t(kStations + (kStations + 6) / 7 * 2));
    }
    if (sqlite()) { // (one block a poll, no span per series)
        EXPECT_EQ(count(*a, u"obs_block"_s), 3);
        EXPECT_EQ(count(*a, u"obs_span"_s), 0);
    }
    // A back-fill of one station, written as a span, before and between the snapshots.
    ArchiveBatch late;
    const SeriesId s7 = m_stations[7];
    for (const std::int64_t t : {kT0 - 120'000, kT0 + kPoll + 120'000}) {
        late.series.push_back(s7);
        late.points.push_back({t, 55.5, Quality::Suspect});
        m_expected[s7][t] = 55.5;
    }
    ASSERT_TRUE(a->write(late).ok());
    expectEveryPointReadsBack(*a);

    const auto list = a->listSeries();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), kStations + 1);
    for (const SeriesInfo& info : *list) {
        const auto& want = m_expected[info.id];
        EXPECT_EQ(info.count, std::int64_t(want.size())) << info.key.toString().toStdString();
        if (!want.empty()) {
            EXPECT_EQ(info.first, want.begin()->first) << info.key.toString().toStdString();
            EXPECT_EQ(info.last, want.rbegin()->first) << info.key.toString().toStdString();
        }
    }
}

TEST_P(ArchiveSnapshotTest, ARewriteFindsWhatIsThereAndAChangedValueIsReplacedWithItsRollup)
{
    {
        auto a = open();
        ASSERT_TRUE(a);
        makeSeries(*a);
        ASSERT_TRUE(a->write(snapshot(0)).ok());
        ASSERT_TRUE(a->write(snapshot(1)).ok());
    }
    // Another connection (nothing remembered of the series' newest times): the first poll
    // again is all there already.
    auto a = open();
    ASSERT_TRUE(a);
    const auto again = a->write(snapshot(0));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->inserted, 0U);
    EXPECT_EQ(again->unchanged, std::size_t(kStations + (kStations + 6) / 7 * 2));

    // One value changed: replaced in place, its hour recomputed.
    ArchiveBatch fix;
    const SeriesId s = m_stations[kStations - 1];
    const std::int64_t t = kT0 + kPoll;
    fix.series.push_back(s);
    fix.points.push_back({t, 99.25, Quality::Good});
    m_expected[s][t] = 99.25;
    const auto fixed = a->write(fix);
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(fixed->replaced, 1U);
    EXPECT_EQ(fixed->inserted, 0U);
    expectEveryPointReadsBack(*a);

    const std::int64_t hour = t - (t + a->localOffsetMs()) % 3'600'000;
    const auto buckets = a->rollup(s, RollupLevel::Hour, hour, hour + 3'600'000);
    ASSERT_TRUE(buckets.ok());
    double sum = 0;
    std::uint64_t n = 0;
    for (const auto& [time, v] : m_expected[s]) {
        if (time >= hour && time < hour + 3'600'000) {
            sum += v;
            ++n;
        }
    }
    ASSERT_EQ(buckets->size(), 1U);
    EXPECT_EQ(buckets->front().agg.count, n);
    EXPECT_DOUBLE_EQ(buckets->front().agg.sum, sum);
    EXPECT_EQ(a->integrityCheck().valueOr(QString()), u"ok"_s);
}

// Series of very different lengths in one block (where an even spread puts a series is far
// from where it is: the search gallops and halves), and a snapshot with one station two hours
// late (written as spans: a block spans an hour at most).
TEST_P(ArchiveSnapshotTest, UnevenSeriesAreFoundAndALateStationMakesSpans)
{
    auto a = open();
    ASSERT_TRUE(a);
    makeSeries(*a);
    ArchiveBatch uneven;
    for (int i = 0; i < kStations; ++i) {
        const int n = i < 10 ? 300 : 1; // (ten stations of a reading every 10 s, the rest one)
        for (int k = 0; k < n; ++k) {
            const Point p{kT0 + k * 10'000, double(i % 50 + k % 7), Quality::Good};
            uneven.series.push_back(m_stations[std::size_t(i)]);
            uneven.points.push_back(p);
            m_expected[m_stations[std::size_t(i)]][p.t] = p.v;
        }
    }
    ASSERT_TRUE(a->write(uneven).ok());
    ArchiveBatch late = snapshot(20);
    late.points[std::size_t(kStations / 3)].t -= 2 * 3'600'000;
    const SeriesId lateSeries = late.series[std::size_t(kStations / 3)];
    m_expected[lateSeries].erase(late.points[std::size_t(kStations / 3)].t + 2 * 3'600'000);
    m_expected[lateSeries][late.points[std::size_t(kStations / 3)].t] =
        late.points[std::size_t(kStations / 3)].v;
    ASSERT_TRUE(a->write(late).ok());
    if (sqlite()) {
        EXPECT_EQ(count(*a, u"obs_block"_s), 1);
        EXPECT_EQ(count(*a, u"obs_span"_s), kStations);
    }
    expectEveryPointReadsBack(*a);
}

INSTANTIATE_TEST_SUITE_P(Engines, ArchiveSnapshotTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const auto& info) { return std::string(info.param); });
