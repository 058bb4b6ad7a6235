// What an archive connection remembers from one batch to the next (its series, where each
// ends), on both engines: never trusted past another writer's batch, so a point another
// connection wrote meanwhile is found, not written twice. And a WriterSession: the runs of a
// collector through one connection, a failed run leaving the next one a working connection.

#include "core/store/archive.h"
#include "core/store/observationwriter.h"
#include "core/store/sqlconnection.h"
#include "core/store/writersession.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kJul1Local = 1719766800000; // 2024-07-01T00:00+07:00

class ArchiveMemory : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
    }

    ArchiveLocation location() const { return *ArchiveLocation::parse(m_scratch.url()); }

    std::unique_ptr<Archive> open() const
    {
        auto archive = Archive::open(location());
        EXPECT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        return archive ? std::move(*archive) : nullptr;
    }

    test::ScratchArchive m_scratch{GetParam()};
};

ArchiveBatch batchOf(SeriesId series, const std::vector<Point>& pts)
{
    ArchiveBatch b;
    for (const Point& p : pts) {
        b.series.push_back(series);
        b.points.push_back(p);
    }
    return b;
}

SeriesId seriesIn(Archive& a, const QString& place, const QString& unit = u"ug/m3"_s)
{
    auto ids = a.ensureSeries(std::vector{std::pair(SeriesKey{u"air.pm25"_s, place}, unit)});
    EXPECT_TRUE(ids.ok()) << ids.error().toString().toStdString();
    return ids ? ids->front() : 0;
}

} // namespace

TEST_P(ArchiveMemory, APointAnotherConnectionWroteMeanwhileIsFoundNotWrittenTwice)
{
    auto a = open();
    auto b = open();
    ASSERT_TRUE(a && b);
    const SeriesId s = seriesIn(*a, u"st-1"_s);
    ASSERT_EQ(seriesIn(*b, u"st-1"_s), s);
    ASSERT_EQ(a->write(batchOf(s, {{kJul1Local, 10, Quality::Good}}))->inserted, 1u);
    // b writes a later point; a then sends the same point, and another value of it.
    ASSERT_EQ(b->write(batchOf(s, {{kJul1Local + kHour, 20, Quality::Good}}))->inserted, 1u);
    const auto same = a->write(batchOf(s, {{kJul1Local + kHour, 20, Quality::Good}}));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->inserted, 0u);
    EXPECT_EQ(same->unchanged, 1u);
    const auto other = a->write(batchOf(s, {{kJul1Local + kHour, 30, Quality::Good}}));
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->replaced, 1u);
    const auto pts = *a->points(s, kJul1Local, kJul1Local + 2 * kHour);
    ASSERT_EQ(pts.size(), 2u);
    EXPECT_EQ(pts[1].v, 30);
    const auto hour = *a->rollup(s, RollupLevel::Hour, kJul1Local + kHour, kJul1Local + 2 * kHour);
    ASSERT_EQ(hour.size(), 1u);
    EXPECT_EQ(hour[0].agg.count, 1u);
    EXPECT_EQ(hour[0].agg.sum, 30);
}

TEST_P(ArchiveMemory, SeriesMadeHereAndWrittenElsewhereFirst)
{
    auto a = open();
    ASSERT_TRUE(a);
    // Many at once (the path that reads the whole series table), all new here.
    std::vector<std::pair<SeriesKey, QString>> keys;
    for (int i = 0; i < 300; ++i)
        keys.emplace_back(SeriesKey{u"air.pm25"_s, u"st-%1"_s.arg(i)}, u"ug/m3"_s);
    const auto ids = a->ensureSeries(keys);
    ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
    auto b = open();
    ASSERT_TRUE(b);
    const auto theirs = b->ensureSeries(keys);
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(*theirs, *ids);
    ASSERT_EQ(b->write(batchOf(ids->at(7), {{kJul1Local, 5, Quality::Good}}))->inserted, 1u);
    const auto again = a->write(batchOf(ids->at(7), {{kJul1Local, 5, Quality::Good}}));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0u);
    EXPECT_EQ(again->unchanged, 1u);
    EXPECT_EQ(a->points(ids->at(7), kJul1Local, kJul1Local + 1)->size(), 1u);
    // A unit asked differently from what the archive holds is refused, remembered or not.
    auto wrong = a->ensureSeries({std::pair(keys[3].first, u"mg/m3"_s)});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Validation);
}

TEST_P(ArchiveMemory, LatePointsAndANewConnectionFindWhatIsStored)
{
    {
        auto a = open();
        ASSERT_TRUE(a);
        const SeriesId s = seriesIn(*a, u"st-2"_s);
        ASSERT_EQ(a->write(batchOf(s, {{kJul1Local + 10 * kHour, 10, Quality::Good}}))->inserted, 1u);
        std::vector<Point> late;
        for (int h = 5; h <= 10; ++h)
            late.push_back({kJul1Local + h * kHour, double(h), Quality::Good});
        const auto r = a->write(batchOf(s, late));
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->inserted, 5u);
        EXPECT_EQ(r->unchanged, 1u);
    }
    auto c = open(); // knows nothing yet: asks where the series ends
    ASSERT_TRUE(c);
    const SeriesId s = seriesIn(*c, u"st-2"_s);
    const auto r = c->write(batchOf(
        s, {{kJul1Local + 10 * kHour, 10, Quality::Good}, {kJul1Local + 11 * kHour, 11, Quality::Good}}));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->unchanged, 1u);
    EXPECT_EQ(r->inserted, 1u);
    EXPECT_EQ(c->points(s, kJul1Local, kJul1Local + 12 * kHour)->size(), 7u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ArchiveMemory, testing::ValuesIn(test::kArchiveEngines),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

namespace {

// One run of a writer through `session`: `values` of air.pm25@`place` in `unit`, an hour apart.
Result<ArchiveWriteResult> runThrough(const std::shared_ptr<WriterSession>& session, const QString& place,
                                      const QString& unit, int values, std::int64_t from)
{
    ObservationWriter::Options o;
    o.archive = session->location();
    o.session = session;
    o.run.source = u"test "_s + place;
    ObservationWriter w(std::move(o));
    const int channel = w.addChannel({u"pm25"_s, u"air.pm25"_s, unit, unit, {}, {0, 1000}});
    const int series = w.addSeries({u"air.pm25"_s, place}, unit);
    for (int i = 0; i < values; ++i)
        w.add(channel, series, from + i * kHour, double(i), Quality::Good, i + 1, "row");
    return w.finish(values);
}

} // namespace

TEST_P(ArchiveMemory, RunsShareASessionAndAFailedRunLeavesTheNextAConnection)
{
    auto session = std::make_shared<WriterSession>(location());
    const auto first = runThrough(session, u"st-1"_s, u"ug/m3"_s, 24, kJul1Local);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->inserted, 24u);
    // The same hours again through the same connection: all there already.
    const auto again = runThrough(session, u"st-1"_s, u"ug/m3"_s, 24, kJul1Local);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0u);
    EXPECT_EQ(again->unchanged, 24u);
    // A run that fails (the series is archived in another unit)…
    const auto failed = runThrough(session, u"st-1"_s, u"mg/m3"_s, 3, kJul1Local + 30 * kHour);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Validation);
    // …and the next goes on, through a connection opened again.
    const auto next = runThrough(session, u"st-1"_s, u"ug/m3"_s, 30, kJul1Local);
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    EXPECT_EQ(next->inserted, 6u);
    EXPECT_EQ(next->unchanged, 24u);
    session.reset();
    auto a = open();
    ASSERT_TRUE(a);
    const auto info = a->findSeries({u"air.pm25"_s, u"st-1"_s});
    ASSERT_TRUE(info.ok() && info->has_value());
    EXPECT_EQ((*info)->count, 30);
    auto runs = a->connection().run(u"SELECT status FROM ingest_run ORDER BY id"_s);
    ASSERT_TRUE(runs.ok());
    QStringList statuses;
    while (runs->next())
        statuses << runs->value(0).toString();
    EXPECT_EQ(statuses, (QStringList{u"done"_s, u"done"_s, u"failed"_s, u"done"_s}));
}
