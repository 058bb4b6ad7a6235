// File ingest on the real, messy CSVs in ../shared/data/series and on small files that
// each carry one known defect. Counts are the ones a person can check by hand (awk, a
// spreadsheet): see the comments.

#include "core/catalog/catalogloader.h"
#include "core/feeds/files/fileingest.h"
#include "core/feeds/files/mapping.h"
#include "core/store/archive.h"
#include "core/store/storeloader.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace cityops::feeds::files;
using namespace Qt::StringLiterals;

namespace {

class FileIngestTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
        ASSERT_TRUE(catalog.ok());
        m_catalog = *catalog;
        ASSERT_TRUE(m_dir.isValid());
        m_location = *store::ArchiveLocation::parse(m_dir.filePath(u"archive.sqlite"_s));
    }

    Result<Mapping> mapping(const QString& name)
    {
        return Mapping::load(test::testDataDir() + u"/mappings/"_s + name, m_catalog);
    }
    Result<Mapping> mappingFromJson(const QByteArray& json)
    {
        return Mapping::parse(json, u"inline.json"_s, m_catalog);
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    Result<IngestSummary> ingest(const QString& path, const Mapping& m, std::int64_t now = 0)
    {
        IngestOptions options;
        options.nowMs = now ? now : QDateTime::currentMSecsSinceEpoch();
        options.batchObservations = 5000; // several batches even for the small real files
        return ingestFile(path, m, m_catalog, m_location, options);
    }

    std::unique_ptr<store::Archive> archive()
    {
        auto a = store::Archive::open(m_location);
        EXPECT_TRUE(a.ok());
        return a ? std::move(*a) : nullptr;
    }

    std::vector<store::Point> pointsOf(const QString& series)
    {
        auto a = archive();
        auto info = a->findSeries(store::SeriesKey::fromString(series));
        if (!info.ok() || !info->has_value())
            return {};
        return *a->points((*info)->id, INT64_MIN / 4, INT64_MAX / 4);
    }

    Catalog m_catalog;
    QTemporaryDir m_dir;
    store::ArchiveLocation m_location;
};

std::int64_t utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

void expectBalanced(const IngestSummary& s)
{
    EXPECT_EQ(s.observations, s.accepted + s.duplicates + s.quarantined + s.missing)
        << "every observation must be accounted for";
}

} // namespace

TEST_F(FileIngestTest, MetroInterstateTrafficI94)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QString file =
        test::sharedDataDir() + u"/series/metro_interstate_traffic_volume_I94_hourly_2012-2018.csv"_s;
    auto m = mapping(u"metro_interstate_traffic_i94.json"_s);
    ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
    auto s = ingest(file, *m);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    expectBalanced(*s);
    EXPECT_EQ(s->rows, 48204);
    EXPECT_EQ(s->observations, 48204 * 3);
    // `cut -d, -f8 FILE | tail -n +2 | sort -u | wc -l` → 40,575 distinct hours; the other
    // 7,629 rows repeat an hour (one row per weather condition): 3 duplicates each.
    EXPECT_EQ(s->duplicates, 7629 * 3);
    // Ten 0 K temperatures (−273.15 °C) and the 9,831.3 mm hourly rain.
    EXPECT_EQ(s->quarantined, 11);
    EXPECT_EQ(s->reasons.value(u"out-of-range"_s), 11);
    EXPECT_EQ(s->conversions.value(u"K→Cel"_s), 48204);
    EXPECT_EQ(s->conversions.value(u"veh/h→veh/15min"_s), 48204);
    // The November fall-back hour (01:00 twice) in the years it was recorded.
    EXPECT_EQ(s->ambiguousTimes, 10);

    const auto flow = pointsOf(u"traffic.flow@i94-atr301"_s);
    ASSERT_EQ(flow.size(), 40575u);
    // First row: 2012-10-02 09:00:00 CDT (UTC−5) = 14:00Z, 5,545 vehicles/h = 1,386.25 per 15 min.
    EXPECT_EQ(flow.front().t, utc("2012-10-02T14:00:00Z"));
    EXPECT_DOUBLE_EQ(flow.front().v, 5545 / 4.0);
    const auto temp = pointsOf(u"hydro.air-temperature@i94-atr301"_s);
    ASSERT_FALSE(temp.empty());
    EXPECT_NEAR(temp.front().v, 288.28 - 273.15, 1e-9);
    EXPECT_EQ(temp.size(), 40575u - 10u);

    auto a = archive();
    auto q = a->quarantine();
    ASSERT_TRUE(q.ok());
    ASSERT_EQ(q->size(), 11);
    EXPECT_EQ(q->at(0).line, 11900);
    EXPECT_EQ(q->at(0).column, u"temp"_s);
    EXPECT_EQ(q->at(10).line, 24874);
    EXPECT_EQ(q->at(10).column, u"rain_1h"_s);
    EXPECT_TRUE(q->at(10).detail.contains(u"9831.3"_s)) << q->at(10).detail.toStdString();
    EXPECT_TRUE(q->at(10).raw.contains(u"9831.3"_s));

    // Again: nothing new, nothing quarantined twice.
    auto again = ingest(file, *m);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->unchanged, again->accepted);
    EXPECT_EQ(a->quarantine()->size(), 11);
    EXPECT_EQ(pointsOf(u"traffic.flow@i94-atr301"_s).size(), 40575u);
}

TEST_F(FileIngestTest, HanoiUsEmbassyPm25)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QString file = test::sharedDataDir() + u"/series/hanoi_usembassy_pm25_aqi_hourly_2015-2018.csv"_s;
    auto m = mapping(u"hanoi_usembassy_pm25_aqi.json"_s);
    ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
    auto s = ingest(file, *m);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    expectBalanced(*s);
    EXPECT_EQ(s->rows, 21706);
    // awk -F, '$9=="NA"' → 834 NA values (223 Invalid, 531 Missing, 80 "Valid").
    EXPECT_EQ(s->missing, 834);
    // Values present but flagged Invalid (22) or Missing (126) by the source.
    EXPECT_EQ(s->reasons.value(u"source-flag-bad"_s), 148);
    // The doubled 03:00 of the US DST days: two with different values (4 rows quarantined),
    // one with the same value (folded).
    EXPECT_EQ(s->reasons.value(u"conflicting-duplicate"_s), 4);
    EXPECT_EQ(s->duplicates, 1);

    auto a = archive();
    auto quarantine = a->quarantine(5000);
    ASSERT_TRUE(quarantine.ok());
    bool sawLine2269 = false;
    for (const auto& e : *quarantine) {
        if (e.line == 2269 || e.line == 2270) { // 2016-03-13T03:00 twice: 10 and 19
            EXPECT_EQ(e.reason, u"conflicting-duplicate"_s);
            sawLine2269 = sawLine2269 || e.line == 2269;
        }
    }
    EXPECT_TRUE(sawLine2269);

    // 2016-01-01 (Hanoi day): ten Valid hourly values, mean 163.3 — awk -F, '$4=="2016-01-01"
    // && $12=="Valid" && $9!="NA" {s+=$9; n++} END {print s/n}'.
    auto info = a->findSeries({u"air.aqi"_s, u"hanoi-us-embassy"_s});
    ASSERT_TRUE(info.ok() && info->has_value());
    const auto day = *a->rollup((*info)->id, store::RollupLevel::Day, utc("2016-01-01T00:00:00+07:00"),
                                utc("2016-01-02T00:00:00+07:00"));
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].agg.count, 10u);
    EXPECT_NEAR(day[0].agg.mean(), 163.3, 1e-9);
    // The false "Z": the first row, 2015-12-09T15:00:00Z, is 15:00 in Hanoi.
    EXPECT_EQ((*info)->first, utc("2015-12-09T15:00:00+07:00"));
}

TEST_F(FileIngestTest, HanoiWeatherDaily)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QString file = test::sharedDataDir() + u"/series/hanoi_weather_daily_2000-2018.csv"_s;
    auto m = mapping(u"hanoi_weather_daily.json"_s);
    ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
    auto s = ingest(file, *m);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    expectBalanced(*s);
    EXPECT_EQ(s->rows, 6737);
    EXPECT_EQ(s->observations, 6737 * 4);
    EXPECT_EQ(s->quarantined, 0);
    EXPECT_EQ(s->conversions.value(u"km/h→m/s"_s), s->accepted -
                                                       (6737 - s->missingByColumn.value(u"max_temp"_s)) -
                                                       (6737 - s->missingByColumn.value(u"min_temp"_s)) -
                                                       (6737 - s->missingByColumn.value(u"precipitation"_s)));
    // 2000-01-01 … 2018-06-30 is 6,756 days; the file has 6,737: 19 days are missing.
    const auto maxTemp = pointsOf(u"hydro.air-temperature-max@hanoi"_s);
    ASSERT_FALSE(maxTemp.empty());
    const std::int64_t days = (maxTemp.back().t - maxTemp.front().t) / 86'400'000 + 1;
    EXPECT_EQ(days, 6756);
    EXPECT_EQ(qint64(maxTemp.size()), 6737 - s->missingByColumn.value(u"max_temp"_s));
    // First row: 2000-01-01 max 23 °C, wind 11 km/h = 3.06 m/s, stamped at local midnight.
    EXPECT_EQ(maxTemp.front().t, utc("2000-01-01T00:00:00+07:00"));
    EXPECT_EQ(maxTemp.front().v, 23);
    EXPECT_NEAR(pointsOf(u"hydro.wind-speed@hanoi"_s).front().v, 11 / 3.6, 1e-12);
}

TEST_F(FileIngestTest, TheStoreLoadedFromTheArchiveAgreesWithTheArchiveRollups)
{
    // Two implementations of the same rollups (SQL tables kept per batch, and the store's
    // own, kept per insert) must agree on real data with gaps, duplicates and DST.
    CITYOPS_REQUIRE_SHARED_DATA();
    auto m = mapping(u"metro_interstate_traffic_i94.json"_s);
    ASSERT_TRUE(m.ok());
    ASSERT_TRUE(
        ingest(test::sharedDataDir() + u"/series/metro_interstate_traffic_volume_I94_hourly_2012-2018.csv"_s,
               *m)
            .ok());
    auto a = archive();
    store::SeriesStore memory;
    auto loaded = store::loadArchive(*a, memory, &m_catalog, INT64_MIN / 4, INT64_MAX / 4);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->series, 3u);
    EXPECT_EQ(loaded->points, 40575u + 40565u + 40574u);
    const auto list = a->listSeries(); // kept: a range-for over *temporary would dangle
    ASSERT_TRUE(list.ok());
    for (const store::SeriesInfo& info : *list) {
        SCOPED_TRACE(info.key.toString().toStdString());
        const auto id = memory.find(info.key);
        ASSERT_TRUE(id.has_value());
        EXPECT_EQ(memory.pointCount(*id), std::size_t(info.count));
        const auto sql = *a->rollup(info.id, store::RollupLevel::Day, INT64_MIN / 4, INT64_MAX / 4);
        const auto mem =
            memory.buckets(*id, INT64_MIN / 4, INT64_MAX / 4, store::Bucketing::fixed(86'400'000));
        ASSERT_EQ(sql.size(), mem.size());
        for (std::size_t i = 0; i < sql.size(); ++i) {
            ASSERT_EQ(sql[i].start, mem[i].start);
            ASSERT_EQ(sql[i].agg.count, mem[i].agg.count);
            ASSERT_NEAR(sql[i].agg.sum, mem[i].agg.sum, 1e-6 * std::max(1.0, std::abs(mem[i].agg.sum)));
            ASSERT_EQ(sql[i].agg.min, mem[i].agg.min);
            ASSERT_EQ(sql[i].agg.max, mem[i].agg.max);
        }
    }
}

TEST_F(FileIngestTest, LocalTimesAcrossDaylightSavingFollowThePolicy)
{
    const QByteArray csv = "time,flow\n"
                           "2016-03-13 01:30:00,100\n"  // CST (−6)
                           "2016-03-13 02:30:00,200\n"  // does not exist: clocks jump 02:00 → 03:00
                           "2016-03-13 03:30:00,300\n"  // CDT (−5)
                           "2016-11-06 01:30:00,400\n"  // happens twice
                           "2099-01-01 00:00:00,500\n"; // future
    const QString file = write(u"dst.csv"_s, csv);
    for (const char* policy : {"earlier", "later", "reject"}) {
        SCOPED_TRACE(policy);
        QTemporaryDir dir;
        m_location = *store::ArchiveLocation::parse(dir.filePath(u"a.sqlite"_s));
        auto m = mappingFromJson(QByteArray(R"({"format": "csv",
            "timestamp": {"column": "time", "format": "yyyy-MM-dd HH:mm:ss", "timeZone": "America/Chicago",
                          "ambiguous": ")") +
                                 policy + R"("},
            "series": [{"column": "flow", "indicator": "traffic.flow", "station": "x", "unit": "veh/15min"}]})");
        ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
        auto s = ingest(file, *m, utc("2026-01-01T00:00:00Z"));
        ASSERT_TRUE(s.ok());
        expectBalanced(*s);
        EXPECT_EQ(s->reasons.value(u"nonexistent-local-time"_s), 1);
        EXPECT_EQ(s->reasons.value(u"future-time"_s), 1);
        const auto pts = pointsOf(u"traffic.flow@x"_s);
        if (std::string(policy) == "reject") {
            EXPECT_EQ(s->reasons.value(u"ambiguous-local-time"_s), 1);
            ASSERT_EQ(pts.size(), 2u);
        } else {
            ASSERT_EQ(pts.size(), 3u);
            EXPECT_EQ(pts[2].t, std::string(policy) == "earlier" ? utc("2016-11-06T06:30:00Z")
                                                                 : utc("2016-11-06T07:30:00Z"));
        }
        EXPECT_EQ(pts[0].t, utc("2016-03-13T07:30:00Z"));
        EXPECT_EQ(pts[1].t, utc("2016-03-13T08:30:00Z"));
    }
}

TEST_F(FileIngestTest, DuplicatePoliciesWithinAFile)
{
    const QByteArray csv = "t,v\n"
                           "2024-07-01T08:00:00+07:00,10\n"
                           "2024-07-01T09:00:00+07:00,20\n"
                           "2024-07-01T08:00:00+07:00,30\n"  // same instant as line 2
                           "2024-07-01T01:00:00Z,50\n"       // and again, written in UTC
                           "2024-07-01T09:00:00+07:00,20\n"; // an exact repeat of line 3
    const QString file = write(u"dup.csv"_s, csv);
    const std::map<std::string, double> expected = {{"first", 10}, {"last", 50}, {"mean", 30}};
    for (const char* policy : {"first", "last", "mean", "reject"}) {
        SCOPED_TRACE(policy);
        QTemporaryDir dir;
        m_location = *store::ArchiveLocation::parse(dir.filePath(u"a.sqlite"_s));
        auto m = mappingFromJson(QByteArray(R"({"format": "csv", "duplicates": ")") + policy +
                                 R"(", "timestamp": {"column": "t", "format": "iso8601", "timeZone": "UTC"},
            "series": [{"column": "v", "indicator": "air.pm25", "station": "s", "unit": "ug/m3"}]})");
        ASSERT_TRUE(m.ok());
        auto s = ingest(file, *m);
        ASSERT_TRUE(s.ok());
        expectBalanced(*s);
        const auto pts = pointsOf(u"air.pm25@s"_s);
        if (std::string(policy) == "reject") {
            EXPECT_EQ(s->reasons.value(u"conflicting-duplicate"_s), 3);
            EXPECT_EQ(s->duplicates, 1); // the identical 09:00 repeat is folded, not rejected
            ASSERT_EQ(pts.size(), 1u);
            EXPECT_EQ(pts[0].v, 20);
        } else {
            EXPECT_EQ(s->duplicates, 3);
            ASSERT_EQ(pts.size(), 2u);
            EXPECT_EQ(pts[0].v, expected.at(policy));
        }
    }
}

TEST_F(FileIngestTest, MalformedRowsAreQuarantinedAndTheRestGoesOn)
{
    const QByteArray csv = "t,name,v\n"
                           "2024-07-01 08:00,\"Hải Châu, \"\"A\"\"\",1.5\n" // quotes, comma, escaped quote
                           "2024-07-01 09:00,\"two\nlines\",2.5\n"          // a newline inside quotes
                           "2024-07-01 10:00,x\n"                           // too few fields
                           "2024-07-01 11:00,\"open,3\n"                    // unbalanced quote
                           "not a time,x,4\n"
                           "2024-07-01 12:00,x,1,234\n" // too many fields
                           "2024-07-01 13:00,x,abc\n"
                           "2024-07-01 14:00,x,-5\n" // below 0
                           "\n"
                           "2024-07-01 15:00,x,7\r\n";
    const QString file = write(u"bad.csv"_s, csv);
    auto m = mappingFromJson(R"({"format": "csv",
        "timestamp": {"column": "t", "format": "yyyy-MM-dd HH:mm", "timeZone": "Asia/Ho_Chi_Minh"},
        "series": [{"column": "v", "indicator": "air.pm25", "station": "s", "unit": "ug/m3"}]})");
    ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
    auto s = ingest(file, *m);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    expectBalanced(*s);
    const auto pts = pointsOf(u"air.pm25@s"_s);
    ASSERT_EQ(pts.size(), 3u);
    EXPECT_EQ(pts[0].v, 1.5);
    EXPECT_EQ(pts[1].v, 2.5);
    EXPECT_EQ(pts[2].v, 7);
    EXPECT_EQ(s->reasons.value(u"wrong-column-count"_s), 2);
    EXPECT_EQ(s->reasons.value(u"unparseable-time"_s), 1);
    EXPECT_EQ(s->reasons.value(u"unparseable-value"_s), 1);
    EXPECT_EQ(s->reasons.value(u"out-of-range"_s), 1);
    // The unbalanced quote is one malformed line; it does not swallow the rest of the file.
    EXPECT_EQ(s->reasons.value(u"malformed-csv"_s), 1);
    EXPECT_EQ(s->rows, 9);
}

TEST_F(FileIngestTest, NdjsonWithAPlaceColumn)
{
    const QByteArray nd = R"({"ts": 1719795600, "station": "hc-01", "pm25": 21.5}
{"ts": 1719795600, "station": "lc-02", "pm25": "33"}
{"ts": 1719799200, "station": "hc-01", "pm25": null}
{not json}
[1, 2]
{"ts": 1719799200, "station": "", "pm25": 5}
)";
    const QString file = write(u"a.ndjson"_s, nd);
    auto m = mappingFromJson(R"({"format": "ndjson",
        "timestamp": {"column": "ts", "format": "epoch-s", "timeZone": "UTC"},
        "series": [{"column": "pm25", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}]})");
    ASSERT_TRUE(m.ok()) << m.error().detail.toStdString();
    auto s = ingest(file, *m);
    ASSERT_TRUE(s.ok());
    expectBalanced(*s);
    EXPECT_EQ(s->rows, 6);
    EXPECT_EQ(s->missing, 1);
    EXPECT_EQ(s->reasons.value(u"malformed-json"_s), 2);
    EXPECT_EQ(s->reasons.value(u"missing-place"_s), 1);
    EXPECT_EQ(pointsOf(u"air.pm25@hc-01"_s).size(), 1u);
    EXPECT_EQ(pointsOf(u"air.pm25@lc-02"_s).at(0).v, 33);
}

TEST_F(FileIngestTest, UnusableFilesAreRefusedBeforeAnythingIsWritten)
{
    auto m = mappingFromJson(R"({"format": "csv",
        "timestamp": {"column": "t", "format": "iso8601", "timeZone": "UTC"},
        "series": [{"column": "v", "indicator": "air.pm25", "station": "s", "unit": "ug/m3"}]})");
    ASSERT_TRUE(m.ok());
    const struct
    {
        const char* name;
        QByteArray content;
        const char* message;
    } cases[] = {
        {"empty.csv", "", "empty"},
        {"header.csv", "t,v\n", "no data rows"},
        {"binary.csv", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary"},
        {"columns.csv", "time,value\n2024-07-01T00:00:00Z,1\n", "does not have"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto s = ingest(write(QString::fromLatin1(c.name), c.content), *m);
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().message.contains(QString::fromLatin1(c.message)))
            << s.error().toString().toStdString();
    }
    auto a = archive();
    EXPECT_TRUE(a->listSeries()->isEmpty());
    EXPECT_TRUE(a->quarantine()->isEmpty());
}

TEST_F(FileIngestTest, MappingsAreValidatedAgainstTheCatalog)
{
    auto bad = mappingFromJson(R"({"format": "xlsx", "extra": 1,
        "timestamp": {"column": "t", "format": "yyyy-QQ", "timeZone": "Mars/Olympus"},
        "duplicates": "sometimes",
        "series": [{"column": "v", "indicator": "no.such", "station": "s", "unit": "ug/m3"},
                   {"column": "w", "indicator": "air.pm25", "station": "s", "unit": "K"},
                   {"column": "x", "indicator": "air.pm25", "unit": "ug/m3"}]})");
    ASSERT_FALSE(bad.ok());
    const QString d = bad.error().detail;
    for (const char* expected : {"inline.json: /format:", "/extra: unknown key",
                                 "/timestamp/format:", "unknown time zone \"Mars/Olympus\"",
                                 "/duplicates:", "/series/0/indicator: unknown indicator \"no.such\"",
                                 "/series/1/unit: no conversion from K to ug/m3",
                                 "/series/2: needs exactly one of station, area, place or placeColumn"})
        EXPECT_TRUE(d.contains(QString::fromUtf8(expected))) << expected << "\n" << d.toStdString();
    EXPECT_FALSE(mappingFromJson("{not json").ok());
}
