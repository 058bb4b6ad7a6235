// OGC SensorThings pages as FROST-Server sends them (../shared/data/sensorthings, written by
// other people) → observations, with what the files hold; and the shapes clients get wrong:
// results as numeric strings, interval phenomenonTime, resultTime null, nested expansions, a
// nextLink relative or absolute kept exactly as given.

#include "core/common/timeutil.h"
#include "core/feeds/sensorthings/sensorthings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

feeds::SensorThingsPage parseFile(const QString& name)
{
    QFile f(test::sharedDataDir() + u"/sensorthings/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    auto parsed = feeds::parseSensorThings(f.readAll());
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message.toStdString());
    return parsed.ok() ? *parsed : feeds::SensorThingsPage{};
}

std::int64_t utc(const QString& iso)
{
    return *parseInstant(iso, QTimeZone::utc());
}

} // namespace

TEST(SensorThingsFiles, BgsObservationsAndASingleOneWithANullResultTime)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto bgs = parseFile(u"bgs_frost_v1.1_observations_value_array.json"_s);
    ASSERT_EQ(bgs.items.observations.size(), 2u);
    EXPECT_TRUE(bgs.items.rejected.empty());
    EXPECT_EQ(bgs.items.observations[0].value, 1.2);
    EXPECT_EQ(bgs.items.observations[0].time, utc(u"2023-03-28T12:15:00Z"_s));
    EXPECT_EQ(bgs.items.observations[0].entity, u"Observations(211806488)"_s) << "no Datastream expanded";
    EXPECT_DOUBLE_EQ(bgs.items.observations[1].value, 3.444444444444444);

    const auto single = parseFile(u"frostclient_observation_single.json"_s);
    ASSERT_EQ(single.items.observations.size(), 1u);
    EXPECT_EQ(single.items.observations[0].value, 0.15);
    EXPECT_EQ(single.items.observations[0].time, utc(u"2016-01-07T02:00:00Z"_s)) << "resultTime null is fine";

    const auto empty = parseFile(u"frostclient_empty_list.json"_s);
    EXPECT_TRUE(empty.items.observations.empty());
    EXPECT_TRUE(empty.items.rejected.empty());
    EXPECT_TRUE(empty.nextLink.isEmpty()) << "the last page";
}

TEST(SensorThingsFiles, ThingsWithDatastreamsExpandedAndTheirNextLink)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto things = parseFile(u"frostclient_things_expand_datastreams_nextlink.json"_s);
    EXPECT_EQ(things.nextLink.toStdString(),
              "https://server.de/SensorThingsService/v1.0/"
              "Things?$top=2&$skip=14&$expand=Datastreams%28%24top%3D2%3B%24count%3Dtrue%29")
        << "kept exactly as given";
    EXPECT_TRUE(things.items.observations.empty());
    ASSERT_EQ(things.items.rejected.size(), 1u) << "Datastream 66's one observation has no time";
    EXPECT_EQ(things.items.rejected[0].entity, u"Datastreams(66)"_s);
    EXPECT_EQ(things.items.rejected[0].attribute, u"Air Temperature Recoaro 1000"_s);
    EXPECT_EQ(things.items.rejected[0].reason, u"no phenomenonTime"_s);
}

TEST(SensorThings, ShapesClientsGetWrong)
{
    const QByteArray page = R"({"@iot.count": 4, "@iot.nextLink": "Datastreams(7)/Observations?$skip=3",
      "value": [{"@iot.id": 7, "name": "Mực nước", "unitOfMeasurement": {"symbol": "cm", "definition": "ucum:cm"},
        "Observations": [
          {"@iot.id": 1, "phenomenonTime": "2026-10-14T07:00:00+07:00", "result": "52.5", "resultTime": null},
          {"@iot.id": 2, "phenomenonTime": "2026-10-14T07:00:00Z/2026-10-14T08:00:00Z", "result": 55},
          {"@iot.id": 3, "phenomenonTime": "2026-10-14T09:00:00Z", "result": "n/a"}]},
      {"@iot.id": 9, "result": 1, "resultTime": "2026-10-14T09:30:00Z", "Datastream": {"@iot.id": 8, "name": "Mưa"}}]})";
    const auto parsed = feeds::parseSensorThings(page);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->count, 4);
    EXPECT_EQ(parsed->nextLink, u"Datastreams(7)/Observations?$skip=3"_s) << "relative, as given";
    ASSERT_EQ(parsed->items.observations.size(), 3u);
    const auto& o = parsed->items.observations;
    EXPECT_EQ(o[0].value, 52.5) << "a numeric string";
    EXPECT_EQ(o[0].time, utc(u"2026-10-14T00:00:00Z"_s));
    EXPECT_EQ(o[0].entity, u"Datastreams(7)"_s);
    EXPECT_EQ(o[0].attribute, u"Mực nước"_s);
    EXPECT_EQ(o[0].unitCode, u"ucum:cm"_s);
    EXPECT_EQ(o[1].time, utc(u"2026-10-14T08:00:00Z"_s)) << "an interval: its end";
    EXPECT_EQ(o[2].entity, u"Datastreams(8)"_s) << "its Datastream expanded";
    EXPECT_EQ(o[2].time, utc(u"2026-10-14T09:30:00Z"_s)) << "no phenomenonTime: its resultTime";
    ASSERT_EQ(parsed->items.rejected.size(), 1u);
    EXPECT_EQ(parsed->items.rejected[0].reason, u"the result is not a number"_s);
    EXPECT_FALSE(feeds::parseSensorThings(R"({"value": [)").ok()) << "truncated";
}

// The Thing a Datastream is on: its id, name and location, for a sensor the catalog does not
// list. The real page of Things with their Datastreams, each Thing given a Location and its
// Observation a time; and Observations whose Datastream is expanded with its Thing.
TEST(SensorThingsFiles, ThingsGiveTheirDatastreamsAStationNameAndLocation)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QFile f(test::sharedDataDir() + u"/sensorthings/frostclient_things_expand_datastreams_nextlink.json"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray things = doc.value(u"value"_s).toArray();
    ASSERT_EQ(things.size(), 2);
    QJsonObject recoaro = things.at(0).toObject();
    recoaro.insert(u"Locations"_s,
                   QJsonArray{QJsonObject{
                       {u"location"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                                   {u"coordinates"_s, QJsonArray{11.2246, 45.7052}}}}}});
    QJsonArray streams = recoaro.value(u"Datastreams"_s).toArray();
    QJsonObject air = streams.at(0).toObject();
    air.insert(
        u"Observations"_s,
        QJsonArray{QJsonObject{{u"result"_s, 0.0}, {u"phenomenonTime"_s, u"2019-01-13T06:00:00.000Z"_s}}});
    streams.replace(0, air);
    recoaro.insert(u"Datastreams"_s, streams);
    things.replace(0, recoaro);
    doc.insert(u"value"_s, things);
    const auto parsed = feeds::parseSensorThings(QJsonDocument(doc).toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->items.observations.size(), 1u);
    const feeds::FeedObservation& o = parsed->items.observations[0];
    EXPECT_EQ(o.entity, u"Datastreams(66)"_s);
    EXPECT_EQ(o.thing, u"19"_s);
    EXPECT_EQ(o.name, u"Recoaro 1000"_s); // the Thing's name, as the file gives it
    ASSERT_TRUE(o.location);
    EXPECT_DOUBLE_EQ(o.location->first, 11.2246);
    EXPECT_DOUBLE_EQ(o.location->second, 45.7052);
    ASSERT_EQ(parsed->datastreams.size(), 2u); // 66 with its Observation, 130 described only
    EXPECT_EQ(parsed->datastreams[1].entity, u"Datastreams(130)"_s);
    EXPECT_EQ(parsed->datastreams[1].thing, u"19"_s);
    EXPECT_EQ(parsed->datastreams[1].thingName, u"Recoaro 1000"_s);

    // An Observation whose Datastream is expanded with its Thing; the Location a Feature.
    const QByteArray page =
        R"({"value": [{"@iot.id": 5, "phenomenonTime": "2026-10-14T07:00:00+07:00", "result": 3.5,
      "Datastream": {"@iot.id": 8, "name": "Mưa", "Thing": {"@iot.id": "tram-hoa-minh", "name": "Trạm Hòa Minh",
        "Locations": [{"location": {"type": "Feature", "geometry": {"type": "Point", "coordinates": [108.15, 16.07]}}}]}}},
      {"@iot.id": 6, "phenomenonTime": "2026-10-14T07:00:00Z", "result": 1,
       "Datastream": {"@iot.id": 9, "name": "Gió", "Thing": {"@iot.id": 4, "name": "Không vị trí", "Locations": []}}}]})";
    const auto expanded = feeds::parseSensorThings(page);
    ASSERT_TRUE(expanded.ok()) << expanded.error().message.toStdString();
    ASSERT_EQ(expanded->items.observations.size(), 2u);
    const auto& rain = expanded->items.observations[0];
    EXPECT_EQ(rain.thing, u"tram-hoa-minh"_s) << "a string @iot.id";
    EXPECT_EQ(rain.name, u"Trạm Hòa Minh"_s);
    ASSERT_TRUE(rain.location);
    EXPECT_DOUBLE_EQ(rain.location->first, 108.15);
    EXPECT_DOUBLE_EQ(rain.location->second, 16.07);
    EXPECT_EQ(expanded->items.observations[1].thing, u"4"_s);
    EXPECT_FALSE(expanded->items.observations[1].location) << "a Thing with no Location";
}
