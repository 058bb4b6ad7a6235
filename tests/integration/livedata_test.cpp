// LiveData following an archive another connection writes: the initial history (two
// years for slow series, the window for fast ones), then each new reading; an archive
// that is missing is reported once and picked up when it appears; the stations feeds describe
// meanwhile.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <atomic>
#include <gtest/gtest.h>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1728867600000; // 2024-10-14 08:00 in Da Nang
constexpr qint64 kDay = 86'400'000;

bool waitFor(const std::function<bool()>& done, int ms = 10'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

// On both engines: the embedded SQLite file and a shared PostgreSQL database.
class LiveDataFollows : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        url = dir.filePath(u"live.sqlite"_s);
        if (std::string(GetParam()) == "postgresql") {
            pg = std::make_unique<test::ScratchPostgresDatabase>();
            if (!pg->ok())
                GTEST_FAIL() << "PostgreSQL test server unavailable: " << pg->error().toStdString();
            url = pg->url();
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<test::ScratchPostgresDatabase> pg;
    QString url; // the archive: a file in `dir`, or the scratch database
};

TEST_P(LiveDataFollows, AnArchiveFromItsHistoryToItsNewReadings)
{
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    const auto location = *store::ArchiveLocation::parse(url);
    ManualClock clock(kNow);
    live::LiveData data(*catalog, clock);
    QStringList failures;
    QObject::connect(&data, &live::LiveData::failed, [&](const QString& m) { failures << m; });
    qint64 loadedPoints = -1;
    QObject::connect(&data, &live::LiveData::loaded, [&](qint64, qint64 points) { loadedPoints = points; });
    int recovered = 0; // (the console then takes the problem off its status line)
    QObject::connect(&data, &live::LiveData::recovered, [&] { ++recovered; });

    // Nothing there yet: one clear report, and no crash.
    data.followArchive(location, kDay, 100);
    data.setHistorySource(std::make_shared<store::ArchiveHistory>(location));
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }));

    auto archive = store::Archive::open(location);
    ASSERT_TRUE(archive.ok());
    const auto depth =
        *(*archive)->ensureSeries({u"flood.depth"_s, u"flood.thanh-khe.dien-bien-phu"_s}, u"cm"_s);
    const auto kpi = *(*archive)->ensureSeries({u"ps.online-submission"_s, u"danang"_s}, u"%"_s);
    store::ArchiveBatch batch;
    for (qint64 t = kNow - 3 * kDay; t <= kNow; t += 300'000) { // 5-min readings, 3 days
        batch.series.push_back(depth);
        batch.points.push_back({t, 10, store::Quality::Good});
    }
    for (int month = 0; month < 14; ++month) { // monthly KPI over more than a year
        batch.series.push_back(kpi);
        batch.points.push_back({kNow - month * 30 * kDay, 50.0 + month, store::Quality::Good});
    }
    ASSERT_TRUE((*archive)->write(batch).ok());

    // The follower may open the new archive before the batch is written (a busy machine):
    // its first read is then empty, and the batch arrives on a later poll, with the same
    // window (the window is chosen when a series is first seen, not at the first read).
    std::optional<live::SeriesRef> fast, slow;
    ASSERT_TRUE(waitFor([&] {
        fast = data.find(u"flood.depth"_s, u"flood.thanh-khe.dien-bien-phu"_s);
        slow = data.find(u"ps.online-submission"_s, QString());
        return fast && slow && data.store().pointCount(slow->id) == 14u;
    }));
    ASSERT_TRUE(loadedPoints >= 0);
    EXPECT_EQ(recovered, 1) << "read once it appeared, after the failure";
    EXPECT_EQ(data.store().pointCount(fast->id), std::size_t(kDay / 300'000 + 1)) << "the window: one day";
    EXPECT_EQ(data.store().pointCount(slow->id), 14u) << "slow series: their history";
    EXPECT_TRUE(loadedPoints == qint64(kDay / 300'000 + 1 + 14) || loadedPoints == 0)
        << "the first read reports all it found: everything, or an archive still empty";
    EXPECT_EQ(data.state(*fast).latest->t, kNow);

    // A new reading, written by the other connection, shows up; a deep one raises the level.
    clock.advanceMs(300'000);
    store::ArchiveBatch next;
    next.series.push_back(depth);
    next.points.push_back({kNow + 300'000, 120, store::Quality::Good});
    ASSERT_TRUE((*archive)->write(next).ok());
    ASSERT_TRUE(waitFor([&] { return data.state(*fast).latest->t == kNow + 300'000; }));
    EXPECT_EQ(data.state(*fast).level, status::Level::High);
    EXPECT_EQ(data.groupStatus(u"rain-flood"_s).worst, status::Level::High);
    EXPECT_EQ(failures.size(), 1) << "the missing archive was reported once: "
                                  << failures.join(u"\n").toStdString();
    EXPECT_EQ(recovered, 1) << "and over once";

    // A chart zoomed out past the day that was loaded: the older readings are read.
    data.requestHistory(*fast, kNow - 3 * kDay);
    ASSERT_TRUE(waitFor([&] {
        return data.store().pointCount(fast->id) == std::size_t(3 * kDay / 300'000 + 2);
    })) << data.store().pointCount(fast->id);
    EXPECT_EQ(data.store().first(fast->id)->t, kNow - 3 * kDay);
    EXPECT_EQ(data.loadedFrom(*fast), kNow - 3 * kDay);
    data.stopFollowing();
}

namespace {

// The archive's history, refused while `refuse` is set (a server restarting).
class FlakyHistory final : public store::HistorySource
{
public:
    explicit FlakyHistory(const store::ArchiveLocation& location)
        : m_archive(location)
    {}
    Result<std::vector<store::Point>> history(const store::SeriesKey& key, std::int64_t from,
                                              std::int64_t to) override
    {
        ++calls;
        if (refuse)
            return Error{ErrorCode::Io, u"the server is restarting"_s, QString()};
        return m_archive.history(key, from, to);
    }
    std::atomic<bool> refuse{true};
    std::atomic<int> calls{0};

private:
    store::ArchiveHistory m_archive;
};

} // namespace

// A chart's older history that could not be read: said, asked again when the chart next asks,
// and the problem taken off once it is read.
TEST(LiveDataHistory, AReadThatFailedIsAskedAgainAndItsProblemClearedOnceRead)
{
    QTemporaryDir dir;
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
    {
        auto archive = store::Archive::open(location);
        ASSERT_TRUE(archive.ok());
        const auto depth =
            *(*archive)->ensureSeries({u"flood.depth"_s, u"flood.thanh-khe.dien-bien-phu"_s}, u"cm"_s);
        store::ArchiveBatch batch;
        for (qint64 t = kNow - 3 * kDay; t <= kNow; t += 300'000) {
            batch.series.push_back(depth);
            batch.points.push_back({t, 10, store::Quality::Good});
        }
        ASSERT_TRUE((*archive)->write(batch).ok());
    }
    ManualClock clock(kNow);
    live::LiveData data(*catalog, clock);
    QStringList failures;
    QObject::connect(&data, &live::LiveData::failed, [&](const QString& m) { failures << m; });
    int recovered = 0;
    QObject::connect(&data, &live::LiveData::recovered, [&] { ++recovered; });
    bool loaded = false;
    QObject::connect(&data, &live::LiveData::loaded, [&] { loaded = true; });
    data.followArchive(location, kDay, 100);
    auto history = std::make_shared<FlakyHistory>(location);
    data.setHistorySource(history);
    ASSERT_TRUE(waitFor([&] { return loaded; }));
    const auto fast = data.find(u"flood.depth"_s, u"flood.thanh-khe.dien-bien-phu"_s);
    ASSERT_TRUE(fast);
    const std::size_t day = data.store().pointCount(fast->id);

    data.requestHistory(*fast, kNow - 3 * kDay);
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.last().contains(u"the server is restarting"_s)) << failures.last().toStdString();
    EXPECT_EQ(data.store().pointCount(fast->id), day);
    EXPECT_EQ(data.loadedFrom(*fast), kNow - kDay) << "not loaded: to be asked again";
    EXPECT_EQ(recovered, 0);

    history->refuse = false;
    data.requestHistory(*fast, kNow - 3 * kDay);
    ASSERT_TRUE(waitFor([&] {
        return data.store().pointCount(fast->id) == std::size_t(3 * kDay / 300'000 + 1);
    })) << data.store().pointCount(fast->id);
    EXPECT_EQ(history->calls, 2);
    EXPECT_EQ(recovered, 1) << "the console takes the problem off its status line";
    EXPECT_EQ(data.loadedFrom(*fast), kNow - 3 * kDay);
    data.stopFollowing();
}

INSTANTIATE_TEST_SUITE_P(Engines, LiveDataFollows, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

// A sensor a feed describes while the console runs: its name, district and location are
// read from the archive followed (no restart), a later description that moves it moves it,
// and a feed cannot rename a station the catalog lists.
TEST_P(LiveDataFollows, TheStationsFeedsDescribeWhileItRuns)
{
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    const auto location = *store::ArchiveLocation::parse(url);
    auto archive = store::Archive::open(location);
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    ManualClock clock(kNow);
    live::LiveData data(*catalog, clock);
    bool loaded = false;
    QObject::connect(&data, &live::LiveData::loaded, [&] { loaded = true; });
    data.followArchive(location, kDay, 100);
    ASSERT_TRUE(waitFor([&] { return loaded; })); // (the first read: no station yet)
    EXPECT_EQ(data.station(u"hoa-minh-01"_s), nullptr);

    const auto pm25 = *(*archive)->ensureSeries({u"air.pm25"_s, u"hoa-minh-01"_s}, u"ug/m3"_s);
    store::ArchiveBatch batch;
    batch.series.push_back(pm25);
    batch.points.push_back({kNow - 600'000, 41, store::Quality::Good});
    ASSERT_TRUE((*archive)->write(batch).ok());
    store::FeedStation described{u"hoa-minh-01"_s, u"Trạm Hòa Minh"_s, u"air-station"_s,
                                 u"new-sensors"_s, u"lien-chieu"_s,    std::pair(108.15, 16.07)};
    ASSERT_TRUE(store::recordFeedStations(**archive, {described}, kNow).ok());
    ASSERT_TRUE(waitFor([&] { return data.station(u"hoa-minh-01"_s) != nullptr; }));
    const Station* s = data.station(u"hoa-minh-01"_s);
    EXPECT_EQ(s->name.vi, u"Trạm Hòa Minh"_s);
    EXPECT_EQ(s->kind, u"air-station"_s);
    EXPECT_EQ(s->area, u"lien-chieu"_s);
    EXPECT_TRUE(s->fromFeed);
    EXPECT_TRUE(s->located);
    EXPECT_DOUBLE_EQ(s->longitude, 108.15);
    EXPECT_DOUBLE_EQ(s->latitude, 16.07);
    ASSERT_TRUE(waitFor([&] { return data.find(u"air.pm25"_s, u"hoa-minh-01"_s).has_value(); }));
    const auto worst = data.worstPlace(u"air.pm25"_s, u"lien-chieu"_s);
    ASSERT_TRUE(worst.has_value()) << "its district is the one the feed gave";
    EXPECT_EQ(worst->series.place, u"hoa-minh-01"_s);

    // Moved (a later description, a later time), and a catalog station described by a feed.
    described.location = std::pair(108.16, 16.08);
    store::FeedStation listed{u"air.hai-chau"_s, u"renamed by a feed"_s, u"air-station"_s, u"new-sensors"_s};
    ASSERT_TRUE(store::recordFeedStations(**archive, {described, listed}, kNow + 1000).ok());
    ASSERT_TRUE(waitFor([&] { return data.station(u"hoa-minh-01"_s)->longitude == 108.16; }));
    EXPECT_DOUBLE_EQ(data.station(u"hoa-minh-01"_s)->latitude, 16.08);
    ASSERT_NE(data.station(u"air.hai-chau"_s), nullptr);
    EXPECT_EQ(data.station(u"air.hai-chau"_s)->name.vi, catalog->station(u"air.hai-chau"_s)->name.vi);
    EXPECT_FALSE(data.station(u"air.hai-chau"_s)->fromFeed);
    data.stopFollowing();
}
