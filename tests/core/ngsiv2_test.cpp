// NGSI-v2 entities as the FIWARE Smart Data Models publish them (../shared/data/ngsi: keyValues
// and normalized forms, written by other people) → observations, with the values the files
// hold; and what real brokers send that clients get wrong: numbers as strings, dates in five
// zone forms, intervals, geo:point, Orion's error bodies, a broken entity among good ones.

#include "core/common/timeutil.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>
#include <map>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kMadrid(3600); // the examples' feeds, in winter: CET

feeds::FeedItems parseFile(const QString& type, const QString& form, const feeds::NgsiOptions& options = {})
{
    QFile f(test::sharedDataDir() + u"/ngsi/"_s + type + u"/"_s + form);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    auto parsed = feeds::parseNgsiV2(f.readAll(), options);
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message.toStdString());
    return parsed.ok() ? *parsed : feeds::FeedItems{};
}

// (Copies: the items are often a temporary.)
std::map<QString, feeds::FeedObservation> byAttribute(const feeds::FeedItems& items)
{
    std::map<QString, feeds::FeedObservation> out;
    for (const feeds::FeedObservation& o : items.observations)
        out[o.attribute] = o;
    return out;
}

std::int64_t utc(const QString& iso)
{
    return *parseInstant(iso, QTimeZone::utc());
}

} // namespace

TEST(NgsiV2Files, EveryExampleParsesInBothForms)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QDir root(test::sharedDataDir() + u"/ngsi"_s);
    int files = 0;
    for (const QString& type : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& form : {u"example.json"_s, u"example-normalized.json"_s}) {
            SCOPED_TRACE(QString(type + u'/' + form).toStdString());
            const auto items = parseFile(type, form);
            EXPECT_EQ(items.entities, 1);
            EXPECT_TRUE(items.rejected.empty()) << items.rejected.front().reason.toStdString();
            for (const feeds::FeedObservation& o : items.observations)
                EXPECT_EQ(o.type, type);
            ++files;
        }
    }
    EXPECT_EQ(files, 16);
}

TEST(NgsiV2Files, AirQualityNormalizedCarriesUnitCodesAndAZonelessDate)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    feeds::NgsiOptions madrid;
    madrid.zoneIfNoOffset = kMadrid;
    const auto items = parseFile(u"AirQualityObserved"_s, u"example-normalized.json"_s, madrid);
    const auto a = byAttribute(items);
    EXPECT_EQ(items.observations.size(), 16u);
    ASSERT_TRUE(a.count(u"co"_s));
    EXPECT_EQ(a.at(u"co"_s).value, 500);
    EXPECT_EQ(a.at(u"co"_s).unitCode, u"GP"_s) << "mg/m³";
    EXPECT_EQ(a.at(u"no2"_s).value, 69);
    EXPECT_EQ(a.at(u"no2"_s).unitCode, u"GQ"_s) << "µg/m³";
    EXPECT_TRUE(a.at(u"temperature"_s).unitCode.isEmpty());
    EXPECT_EQ(a.at(u"co"_s).time, utc(u"2016-03-15T10:00:00Z"_s))
        << "11:00 without a zone, read in the feed's";
    EXPECT_EQ(a.at(u"co"_s).entity, u"Madrid-AmbientObserved-28079004-2016-03-15T11:00:00"_s);
    ASSERT_TRUE(a.at(u"co"_s).location);
    EXPECT_DOUBLE_EQ(a.at(u"co"_s).location->first, -3.712247222222222) << "GeoJSON: longitude first";
    EXPECT_DOUBLE_EQ(a.at(u"co"_s).location->second, 40.423852777777775);
    EXPECT_FALSE(a.count(u"airQualityLevel"_s)) << "text is not a measurement";
}

TEST(NgsiV2Files, KeyValuesGiveTheSameNumbersAsNormalized)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    for (const QString& type : {u"WeatherObserved"_s, u"NoiseLevelObserved"_s, u"TrafficFlowObserved"_s}) {
        SCOPED_TRACE(type.toStdString());
        const auto kv = byAttribute(parseFile(type, u"example.json"_s));
        const auto normalized = byAttribute(parseFile(type, u"example-normalized.json"_s));
        int same = 0;
        for (const auto& [name, o] : normalized) {
            if (kv.count(name) && kv.at(name).value == o.value && kv.at(name).time == o.time)
                ++same;
        }
        EXPECT_GE(same, 4);
    }
    const auto weather = byAttribute(parseFile(u"WeatherObserved"_s, u"example-normalized.json"_s));
    EXPECT_EQ(weather.at(u"temperature"_s).value, 3.3);
    EXPECT_EQ(weather.at(u"temperature"_s).time, utc(u"2016-11-30T07:00:00Z"_s))
        << "\".00Z\": a 2-digit fraction";
    EXPECT_EQ(weather.at(u"atmosphericPressure"_s).value, 938.9);
    const auto noise = byAttribute(parseFile(u"NoiseLevelObserved"_s, u"example.json"_s));
    EXPECT_EQ(noise.at(u"LAeq"_s).value, 67.8);
    EXPECT_EQ(noise.at(u"LAeq"_s).time, utc(u"2016-12-28T12:00:00Z"_s)) << "the end of its period";
    const auto traffic = byAttribute(parseFile(u"TrafficFlowObserved"_s, u"example.json"_s));
    EXPECT_EQ(traffic.at(u"intensity"_s).value, 197);
    EXPECT_EQ(traffic.at(u"intensity"_s).time, utc(u"2016-12-07T04:15:00Z"_s))
        << "an interval, without a zone: its end, at UTC+7 by default";
    EXPECT_FALSE(traffic.at(u"intensity"_s).location) << "a LineString has no one point";
}

TEST(NgsiV2Files, AnAttributesOwnTimestampAndAnOffsetWithMinutes)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto vehicle = byAttribute(parseFile(u"Vehicle"_s, u"example-normalized.json"_s));
    ASSERT_TRUE(vehicle.count(u"speed"_s));
    ASSERT_TRUE(vehicle.count(u"battery"_s));
    EXPECT_EQ(vehicle.at(u"battery"_s).time, utc(u"2021-03-11T10:21:02Z"_s)) << "observationDateTime, +05:30";
    EXPECT_EQ(vehicle.at(u"speed"_s).time, utc(u"2018-09-27T05:00:00Z"_s))
        << "speed's own metadata timestamp (no zone: the feed's, UTC+7 by default)";
    // keyValues: ids and codes sent as text are not measurements unless the feed says so.
    const auto plain = byAttribute(parseFile(u"Streetlight"_s, u"example.json"_s));
    EXPECT_FALSE(plain.count(u"feederPillarNum"_s));
    feeds::NgsiOptions told;
    told.numericText = {u"feederPillarNum"_s};
    const auto numeric = byAttribute(parseFile(u"Streetlight"_s, u"example.json"_s, told));
    ASSERT_TRUE(numeric.count(u"feederPillarNum"_s));
    EXPECT_EQ(numeric.at(u"feederPillarNum"_s).value, 70);
}

TEST(NgsiV2, WhatBrokersSendThatClientsGetWrong)
{
    const QByteArray page = R"([
      {"id": "a", "type": "T", "dateObserved": {"type": "DateTime", "value": "2026-10-14T08:00:00+0700"},
       "level": {"type": "Number", "value": "10.0"},
       "bad": {"type": "Number", "value": "ten"},
       "location": {"type": "geo:point", "value": "16.06, 108.22"}},
      {"id": "b", "type": "T", "TimeInstant": "2026-10-14T01:00:00.5+07", "level": 3},
      {"id": "c", "type": "T", "level": 4},
      "not an entity",
      {"id": "d", "type": "T", "dateObserved": "yesterday", "level": 5}
    ])";
    const auto parsed = feeds::parseNgsiV2(page);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->entities, 5);
    ASSERT_EQ(parsed->observations.size(), 2u);
    const feeds::FeedObservation& a = parsed->observations[0];
    EXPECT_EQ(a.value, 10) << "a number sent as a string";
    EXPECT_EQ(a.time, utc(u"2026-10-14T01:00:00Z"_s)) << "+0700";
    ASSERT_TRUE(a.location);
    EXPECT_DOUBLE_EQ(a.location->first, 108.22) << "geo:point is latitude, longitude";
    EXPECT_EQ(parsed->observations[1].time, utc(u"2026-10-13T18:00:00.500Z"_s)) << "+07, half a second";
    QStringList reasons;
    for (const feeds::FeedRejection& r : parsed->rejected)
        reasons << r.entity + u'/' + r.attribute + u": "_s + r.reason;
    ASSERT_EQ(reasons.size(), 4) << reasons.join(u"\n"_s).toStdString();
    EXPECT_TRUE(reasons[0].startsWith(u"a/bad: typed a number but is not one: ten"_s))
        << reasons[0].toStdString();
    EXPECT_TRUE(reasons[1].startsWith(u"c/level: no time"_s)) << reasons[1].toStdString();
    EXPECT_TRUE(reasons[2].startsWith(u"/: not an entity"_s)) << reasons[2].toStdString();
    EXPECT_TRUE(reasons[3].startsWith(u"d/level: unreadable time yesterday"_s)) << reasons[3].toStdString();

    const auto orion =
        feeds::parseNgsiV2(R"({"error": "BadRequest", "description": "invalid character in URI"})");
    ASSERT_FALSE(orion.ok());
    EXPECT_EQ(orion.error().message.toStdString(), "the broker says BadRequest: invalid character in URI");
    EXPECT_FALSE(feeds::parseNgsiV2(R"([{"id": "a", "type": )").ok()) << "truncated";
    EXPECT_FALSE(feeds::parseNgsiV2("42").ok());
}

TEST(NgsiV2, FeedTimesInEveryZoneForm)
{
    const QTimeZone danang(7 * 3600);
    const std::int64_t want = utc(u"2026-10-14T01:00:00Z"_s);
    for (const QString& t :
         {u"2026-10-14T01:00:00Z"_s, u"2026-10-14T02:00:00+01:00"_s, u"2026-10-14T02:00:00+0100"_s,
          u"2026-10-14T02:00:00+01"_s, u"2026-10-14T08:00:00"_s, u"2026-10-14T00:00:00-01"_s,
          u"2026-10-14T01:00:00.000000Z"_s, u"2026-10-13T00:00:00Z/2026-10-14T01:00:00Z"_s}) {
        const auto parsed = feeds::parseFeedTime(t, danang);
        ASSERT_TRUE(parsed.ok()) << t.toStdString() << ": " << parsed.error().message.toStdString();
        EXPECT_EQ(*parsed, want) << t.toStdString();
    }
    EXPECT_FALSE(feeds::parseFeedTime(u"2026-13-40T00:00:00Z", danang).ok());
}
