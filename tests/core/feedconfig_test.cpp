// Feeds files (core/feeds/config): the worked examples in resources/feeds validate; a file
// with mistakes gets every one of them as FILE: JSON-POINTER: REASON; the rules map what a
// feed sends to series (by id pattern, by the attribute, by the nearest station) or say why
// not; units are read as NGSI (UN/CEFACT) and SensorThings (UCUM) send them; and a real
// Smart Data Models entity goes through the one writer into the archive, converted.

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/config/feedmapper.h"
#include "core/feeds/feedpoll.h"
#include "core/store/archive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

feeds::FeedsConfig parsed(const QByteArray& json)
{
    auto c = feeds::FeedsConfig::parse(json, u"f.json"_s, catalog());
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().detail.toStdString());
    return c.ok() ? *c : feeds::FeedsConfig{};
}

QStringList problems(const QByteArray& json)
{
    auto c = feeds::FeedsConfig::parse(json, u"f.json"_s, catalog());
    EXPECT_FALSE(c.ok());
    return c.ok() ? QStringList() : c.error().detail.split(u'\n');
}

feeds::FeedObservation obs(const QString& type, const QString& entity, const QString& attribute,
                           const QString& unit = {})
{
    return {entity, type, attribute, 1'700'000'000'000, 10, unit, std::nullopt};
}

} // namespace

TEST(FeedConfig, TheWorkedExamplesAreValid)
{
    const QDir dir(test::sourceDir() + u"/resources/feeds"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    ASSERT_GE(files.size(), 4);
    for (const QString& f : files) {
        auto c = feeds::FeedsConfig::load(dir.filePath(f), catalog());
        EXPECT_TRUE(c.ok()) << f.toStdString() << ": " << (c.ok() ? "" : c.error().detail.toStdString());
    }
}

TEST(FeedConfig, EveryMistakeIsReportedWithItsPointer)
{
    const QStringList p = problems(R"({"feeds": [
      {"id": "A b", "protocol": "gopher", "url": "ftp://x", "pollSeconds": 1, "colour": 3,
       "map": [{"id": "([", "attributes": {"pm25": "air.pm2"}, "place": "{stationn}"}]},
      {"id": "ok", "protocol": "sensorthings", "url": "http://u:secret@127.0.0.1/v1.1", "service": "x",
       "map": [{"indicator": "air.pm25", "unit": "Cel", "place": {"nearestStation": {"kind": "volcano"}}},
               {"attributes": {"x": "air.pm25"}}]},
      {"id": "ok", "protocol": "ngsi-v2", "url": "http://127.0.0.1:1026", "zone": "Mars/Olympus", "map": []}
    ]})");
    const QStringList expected{
        u"f.json: /feeds/0/colour: unknown key"_s,
        u"f.json: /feeds/0/id: must be lower-case letters, digits and hyphens"_s,
        u"f.json: /feeds/0/protocol: must be ngsi-v2, ngsi-ld, sensorthings, mqtt or folder, not \"gopher\""_s,
        u"f.json: /feeds/0/url: not an http(s) URL: ftp://x"_s,
        u"f.json: /feeds/0/pollSeconds: must be a whole number from 5 to 86400"_s,
        u"f.json: /feeds/0/map/0/id: not a valid regular expression"_s,
        u"f.json: /feeds/0/map/0/attributes/pm25: unknown indicator \"air.pm2\""_s,
        u"f.json: /feeds/0/map/0/place: {stationn} is not a named group"_s,
        u"f.json: /feeds/1/url: holds a user name or password"_s,
        u"f.json: /feeds/1/service: only for NGSI feeds"_s,
        u"f.json: /feeds/1/map/0/indicator: no conversion from Cel to ug/m3, the unit of air.pm25"_s,
        u"f.json: /feeds/1/map/0/place/nearestStation/withinMeters: required"_s,
        u"f.json: /feeds/1/map/0/place/nearestStation/kind: unknown station kind \"volcano\""_s,
        u"f.json: /feeds/1/map/1/place: required"_s,
        u"f.json: /feeds/2/id: \"ok\" names an earlier feed too"_s,
        u"f.json: /feeds/2/zone: unknown time zone \"Mars/Olympus\""_s,
        u"f.json: /feeds/2/map: required: a non-empty array of rules"_s,
    };
    for (const QString& e : expected) {
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [&](const QString& l) { return l.startsWith(e); }))
            << "missing: " << e.toStdString() << "\nall:\n"
            << p.join(u'\n').toStdString();
    }
    EXPECT_EQ(p.size(), expected.size()) << p.join(u'\n').toStdString();
    EXPECT_EQ(problems("[1]"), QStringList{u"f.json: /: must be an object with \"feeds\""_s});
    EXPECT_TRUE(problems("{\"feeds\": [").value(0).startsWith(u"f.json: /: not JSON"_s));
}

TEST(FeedConfig, NgsiLdFeedsHaveATenantAContextAndTheTemporalApi)
{
    const auto ok = parsed(R"({"feeds": [{"id": "ld", "protocol": "ngsi-ld", "url": "http://127.0.0.1:1026",
      "service": "danang", "context": "https://city.example/context.jsonld", "incremental": "observedAt",
      "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]}]})");
    ASSERT_EQ(ok.feeds.size(), 1);
    EXPECT_EQ(ok.feeds[0].protocol, feeds::FeedProtocol::NgsiLd);
    EXPECT_EQ(ok.feeds[0].service, u"danang"_s);
    EXPECT_EQ(ok.feeds[0].context, u"https://city.example/context.jsonld"_s);
    EXPECT_EQ(ok.feeds[0].incremental, u"observedAt"_s);
    const QStringList p = problems(R"({"feeds": [
      {"id": "a", "protocol": "ngsi-ld", "url": "http://127.0.0.1", "servicePath": "/x",
       "incremental": "dateObserved", "context": "not a url",
       "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]},
      {"id": "b", "protocol": "ngsi-v2", "url": "http://127.0.0.1", "context": "https://c.example/c.jsonld",
       "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]}]})");
    EXPECT_EQ(
        p.join(u'\n').toStdString(),
        QStringList(
            {
                u"f.json: /feeds/0/servicePath: NGSI-LD has no service path: a tenant is its \"service\""_s,
                u"f.json: /feeds/0/context: not a URL: not a url"_s,
                u"f.json: /feeds/0/incremental: an NGSI-LD feed polls incrementally by observedAt (the "
                u"temporal API)"_s,
                u"f.json: /feeds/1/context: only for ngsi-ld feeds"_s,
            })
            .join(u'\n')
            .toStdString());
}

// How a SensorThings feed catches up after an outage: at most catchUpPages a poll, and no
// further back than the server keeps.
TEST(FeedConfig, SensorThingsFeedsCatchUpInStepsWithinWhatTheServerKeeps)
{
    const auto ok = parsed(R"({"feeds": [{"id": "st", "protocol": "sensorthings",
      "url": "http://127.0.0.1:8080/FROST-Server/v1.1", "incremental": "phenomenonTime",
      "catchUpPages": 5, "keepsHours": 72,
      "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]}]})");
    ASSERT_EQ(ok.feeds.size(), 1);
    EXPECT_EQ(ok.feeds[0].catchUpPages, 5);
    EXPECT_EQ(ok.feeds[0].keepsHours, 72);
    const auto defaults = parsed(R"({"feeds": [{"id": "st", "protocol": "sensorthings",
      "url": "http://127.0.0.1:8080/v1.1", "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}",
      "place": "danang"}]}]})");
    ASSERT_EQ(defaults.feeds.size(), 1);
    EXPECT_EQ(defaults.feeds[0].catchUpPages, 20);
    EXPECT_EQ(defaults.feeds[0].keepsHours, 0) << "unless told, the server keeps everything";
    const QStringList p = problems(R"({"feeds": [
      {"id": "a", "protocol": "sensorthings", "url": "http://127.0.0.1/v1.1", "catchUpPages": 0,
       "keepsHours": 0, "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]},
      {"id": "b", "protocol": "ngsi-v2", "url": "http://127.0.0.1", "catchUpPages": 3, "keepsHours": 48,
       "map": [{"attribute": "^(?<i>.+)$", "indicator": "{i}", "place": "danang"}]}]})");
    EXPECT_EQ(p.join(u'\n').toStdString(),
              QStringList({
                              u"f.json: /feeds/0/catchUpPages: must be a whole number from 1 to 10000"_s,
                              u"f.json: /feeds/0/keepsHours: must be a whole number from 1 to 876000"_s,
                              u"f.json: /feeds/1/catchUpPages: only for sensorthings feeds (read "
                              u"incrementally from the service root)"_s,
                              u"f.json: /feeds/1/keepsHours: only for sensorthings and ngsi-ld feeds "
                              u"(read incrementally)"_s,
                          })
                  .join(u'\n')
                  .toStdString());
}

TEST(FeedConfig, MqttFeedsHaveABrokerTopicsAndAPayloadForm)
{
    const auto ok =
        parsed(R"({"feeds": [{"id": "ul", "protocol": "mqtt", "url": "mqtts://broker.example:8884",
      "topics": ["/ul/key/+/attrs", "city/#"], "payload": "ultralight", "type": "FloodTower",
      "username": "cityops", "credential": {"env": "MQTT_PASSWORD"},
      "map": [{"id": "^/ul/[^/]+/(?<d>[^/]+)/attrs$", "attributes": {"d": "flood.depth"}, "place": "flood.{d}"}]},
      {"id": "js", "protocol": "mqtt", "url": "mqtt://127.0.0.1", "topics": ["x"], "timeField": "t",
       "map": [{"attribute": "^value$", "indicator": "air.pm25", "place": "{entity}"}]}]})");
    ASSERT_EQ(ok.feeds.size(), 2);
    const feeds::FeedConfig& ul = ok.feeds[0];
    EXPECT_EQ(ul.protocol, feeds::FeedProtocol::Mqtt);
    EXPECT_EQ(ul.topics, (QStringList{u"/ul/key/+/attrs"_s, u"city/#"_s}));
    EXPECT_EQ(ul.payload, feeds::MqttPayload::UltraLight);
    EXPECT_EQ(ul.type, u"FloodTower"_s);
    EXPECT_EQ(ul.username, u"cityops"_s);
    EXPECT_EQ(ul.credential.env, u"MQTT_PASSWORD"_s);
    EXPECT_EQ(ok.feeds[1].payload, feeds::MqttPayload::Json);
    EXPECT_EQ(ok.feeds[1].timeField, u"t"_s);
    EXPECT_EQ(feeds::feedProtocolName(ul.protocol), u"mqtt"_s);

    const QStringList p = problems(R"({"feeds": [
      {"id": "a", "protocol": "mqtt", "url": "https://broker.example/x", "topics": ["a/#/b", "c+", 3],
       "payload": "xml", "incremental": "observedAt", "service": "s",
       "credential": {"header": "X-Key", "env": "P"},
       "map": [{"attribute": "^v$", "indicator": "air.pm25", "place": {"nearestStation": {"withinMeters": 50}}}]},
      {"id": "b", "protocol": "mqtt", "url": "mqtt://broker.example", "topics": [],
       "payload": "ultralight", "username": "u", "credential": {"env": "P"},
       "map": [{"attribute": "^v$", "indicator": "air.pm25", "place": "x"}]},
      {"id": "c", "protocol": "ngsi-v2", "url": "http://127.0.0.1", "topics": ["x"], "username": "u",
       "map": [{"attribute": "^v$", "indicator": "air.pm25", "place": "x"}]}]})");
    const QStringList expected{
        u"f.json: /feeds/0/url: not an mqtt:// or mqtts:// URL: https://broker.example/x"_s,
        u"f.json: /feeds/0/url: an MQTT broker's URL has no path"_s,
        u"f.json: /feeds/0/service: only for NGSI feeds"_s,
        u"f.json: /feeds/0/incremental: not for mqtt feeds"_s,
        u"f.json: /feeds/0/topics: \"a/#/b\" is not a topic filter"_s,
        u"f.json: /feeds/0/topics: \"c+\" is not a topic filter"_s,
        u"f.json: /feeds/0/topics: a non-text is not a topic filter"_s,
        u"f.json: /feeds/0/payload: must be json or ultralight"_s,
        u"f.json: /feeds/0/credential/header: an MQTT feed's credential is the password of its \"username\""_s,
        u"f.json: /feeds/0/credential: an MQTT password goes with a \"username\""_s,
        u"f.json: /feeds/0/map/0/place: an MQTT message has no location"_s,
        u"f.json: /feeds/1/topics: required: a non-empty array of topic filters"_s,
        u"f.json: /feeds/1/credential: a credential is sent only over TLS (https, mqtts) or to this machine"_s,
        u"f.json: /feeds/2/topics: only for mqtt feeds"_s,
        u"f.json: /feeds/2/username: only for mqtt feeds"_s,
    };
    for (const QString& e : expected) {
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [&](const QString& l) { return l.startsWith(e); }))
            << "missing: " << e.toStdString() << "\nall:\n"
            << p.join(u'\n').toStdString();
    }
    EXPECT_EQ(p.size(), expected.size()) << p.join(u'\n').toStdString();
}

TEST(FeedConfig, RulesMapByIdPatternAttributeAndNearestStation)
{
    const feeds::FeedsConfig c =
        parsed(R"({"feeds": [{"id": "f", "protocol": "ngsi-v2", "url": "http://127.0.0.1",
      "map": [
        {"type": "FloodMonitoring", "id": "^urn:x:(?<s>flood\\..+)$", "attributes": {"currentLevel": "flood.depth"},
         "place": "{s}"},
        {"type": "KeyPerformanceIndicator", "id": "^kpi:(?<ind>[^:]+):(?<area>.+)$",
         "attributes": {"kpiValue": "{ind}"}, "place": "{area}"},
        {"type": "Datastream", "attribute": "^(?<ind>[^@]+)@(?<p>.+)$", "indicator": "{ind}", "place": "{p}"},
        {"type": "AirQualityObserved", "attributes": {"pm25": "air.pm25"},
         "place": {"nearestStation": {"withinMeters": 300, "kind": "air-station"}}}
      ]}]})");
    ASSERT_EQ(c.feeds.size(), 1);
    const feeds::FeedMapper mapper(c.feeds[0], catalog());
    auto series = [&](const feeds::FeedObservation& o) {
        const feeds::FeedMapping m = mapper.map(o);
        return m.kind == feeds::FeedMapping::Kind::Mapped     ? m.series()
               : m.kind == feeds::FeedMapping::Kind::Unmapped ? u"unmapped"_s
                                                              : m.reason;
    };
    EXPECT_EQ(
        series(obs(u"FloodMonitoring"_s, u"urn:x:flood.hai-chau.nguyen-tri-phuong"_s, u"currentLevel"_s)),
        u"flood.depth@flood.hai-chau.nguyen-tri-phuong"_s);
    EXPECT_EQ(series(obs(u"FloodMonitoring"_s, u"urn:x:hydro.cam-le"_s, u"currentLevel"_s)), u"unmapped"_s);
    EXPECT_EQ(series(obs(u"FloodMonitoring"_s, u"urn:x:flood.a"_s, u"temperature"_s)), u"unmapped"_s);
    EXPECT_EQ(
        series(obs(u"KeyPerformanceIndicator"_s, u"kpi:tourism.overnight-guests:da-nang"_s, u"kpiValue"_s)),
        u"tourism.overnight-guests@da-nang"_s);
    EXPECT_EQ(series(obs(u"KeyPerformanceIndicator"_s, u"kpi:no.such:hai-chau"_s, u"kpiValue"_s)),
              u"unknown-indicator"_s);
    EXPECT_EQ(series(obs(u"Datastream"_s, u"Datastreams(3)"_s, u"air.pm10@air.son-tra"_s, u"ucum:ug/m3"_s)),
              u"air.pm10@air.son-tra"_s);
    EXPECT_EQ(series(obs(u"Datastream"_s, u"Datastreams(3)"_s, u"air.pm10@air.son-tra"_s, u"ucum:Cel"_s)),
              u"unit-mismatch"_s);
    EXPECT_EQ(series(obs(u"Datastream"_s, u"Datastreams(3)"_s, u"air.pm10@air.son-tra"_s, u"XYZ"_s)),
              u"unknown-unit"_s);

    const Station* haiChau = catalog().station(u"air.hai-chau"_s);
    ASSERT_NE(haiChau, nullptr);
    feeds::FeedObservation near = obs(u"AirQualityObserved"_s, u"aq-1"_s, u"pm25"_s, u"GQ"_s);
    near.location = std::pair{haiChau->longitude + 0.001, haiChau->latitude}; // ~110 m east
    EXPECT_EQ(series(near), u"air.pm25@air.hai-chau"_s);
    near.location = std::pair{haiChau->longitude + 0.05, haiChau->latitude + 0.05};
    EXPECT_EQ(series(near), u"no-station-near"_s);
    near.location.reset();
    EXPECT_EQ(series(near), u"no-location"_s);
}

TEST(FeedConfig, FeedUnitsAsNgsiAndSensorThingsSendThem)
{
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"GQ"_s, catalog()), u"ug/m3"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"CEL"_s, catalog()), u"Cel"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"KEL"_s, catalog()), u"K"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"GP"_s, catalog()), u"mg/m3"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"http://unitsofmeasure.org/ucum.html#Cel"_s, catalog()), u"Cel"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"ucum:cm"_s, catalog()), u"cm"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"ug/m3"_s, catalog()), u"ug/m3"_s);
    EXPECT_EQ(feeds::ucumOfFeedUnit(u"furlongs"_s, catalog()), QString());
}

// The Smart Data Models AirQualityObserved entity (Madrid, normalized form) through a rule,
// the one writer and the archive: no2 in GQ kept, reliability 0.7 (a fraction, the rule's
// unit "1") stored as 70 %, the time read in the feed's zone, an attribute no rule names
// left out, and a second poll of the same entity adding nothing.
TEST(FeedConfig, ARealEntityReachesTheArchiveConverted)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QFile f(test::sharedDataDir() + u"/ngsi/AirQualityObserved/example-normalized.json"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    feeds::FeedsConfig c =
        parsed(R"({"feeds": [{"id": "madrid", "protocol": "ngsi-v2", "url": "http://127.0.0.1",
      "zone": "Europe/Madrid",
      "map": [{"type": "AirQualityObserved", "id": "^Madrid-AmbientObserved-(?<st>[0-9]+)-",
               "attributes": {"no2": "air.no2", "airQualityIndex": "air.aqi",
                              "reliability": {"indicator": "air.completeness", "unit": "1"}},
               "place": "madrid.{st}"}]}]})");
    ASSERT_EQ(c.feeds.size(), 1);
    const feeds::FeedConfig& feed = c.feeds[0];
    auto items = feeds::parseNgsiV2(f.readAll(), {feed.zone, feed.numericText});
    ASSERT_TRUE(items.ok());
    QTemporaryDir dir;
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"a.sqlite"_s));
    const feeds::FeedFetch fetched{*items, 1};
    const feeds::FeedPollSummary s = feeds::ingestFeedItems(feed, fetched, catalog(), location, {});
    EXPECT_TRUE(s.errors.isEmpty()) << s.errors.join(u'\n').toStdString();
    EXPECT_EQ(s.accepted, 3);
    EXPECT_EQ(s.inserted, 3);
    EXPECT_EQ(s.quarantined, 0);
    EXPECT_EQ(s.unmapped, s.fetched - 3);

    auto archive = store::Archive::open(location, false);
    ASSERT_TRUE(archive.ok());
    const std::int64_t t = 1'458'036'000'000; // 2016-03-15T11:00 in Madrid (CET): 10:00Z
    auto value = [&](const QString& indicator) {
        const auto info = (*archive)->findSeries({indicator, u"madrid.28079004"_s});
        EXPECT_TRUE(info.ok() && info->has_value()) << indicator.toStdString();
        if (!info.ok() || !info->has_value())
            return -1.0;
        const auto points = (*archive)->points((*info)->id, t, t + 1);
        return points.ok() && points->size() == 1 ? (*points)[0].v : -1.0;
    };
    EXPECT_DOUBLE_EQ(value(u"air.no2"_s), 69);
    EXPECT_DOUBLE_EQ(value(u"air.aqi"_s), 65);
    EXPECT_DOUBLE_EQ(value(u"air.completeness"_s), 70);

    const feeds::FeedPollSummary again = feeds::ingestFeedItems(feed, fetched, catalog(), location, {});
    EXPECT_EQ(again.accepted, 3);
    EXPECT_EQ(again.inserted, 0);
}

// A value outside the indicator's plausible range, a time in the future and an unreadable
// attribute are quarantined with their reasons, once however often they are polled.
TEST(FeedConfig, BadItemsAreQuarantinedOnceAcrossPolls)
{
    feeds::FeedsConfig c = parsed(R"({"feeds": [{"id": "f", "protocol": "ngsi-v2", "url": "http://127.0.0.1",
      "map": [{"type": "AirQualityObserved", "id": "^aq:(?<st>.+)$", "attributes": {"pm25": "air.pm25"},
               "place": "{st}"}]}]})");
    feeds::FeedFetch fetched;
    const std::int64_t now = 1'760'000'000'000;
    fetched.items.observations = {
        {u"aq:air.hai-chau"_s, u"AirQualityObserved"_s, u"pm25"_s, now - 60'000, 35, u"GQ"_s, std::nullopt},
        {u"aq:air.son-tra"_s, u"AirQualityObserved"_s, u"pm25"_s, now - 60'000, -40, u"GQ"_s, std::nullopt},
        {u"aq:air.cam-le"_s, u"AirQualityObserved"_s, u"pm25"_s, now + 3'600'000, 20, u"GQ"_s, std::nullopt}};
    fetched.items.rejected = {
        {u"aq:air.lien-chieu"_s, u"AirQualityObserved"_s, u"pm25"_s, u"not a number"_s},
        // An attribute no rule takes: not missed, so not quarantined either.
        {u"aq:air.lien-chieu"_s, u"AirQualityObserved"_s, u"windDirection"_s, u"not a number"_s}};
    QTemporaryDir dir;
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"a.sqlite"_s));
    feeds::PollOptions options;
    options.nowMs = now;
    for (int poll = 0; poll < 2; ++poll) {
        const feeds::FeedPollSummary s =
            feeds::ingestFeedItems(c.feeds[0], fetched, catalog(), location, options);
        EXPECT_EQ(s.fetched, 5);
        EXPECT_EQ(s.accepted, 1);
        EXPECT_EQ(s.quarantined, 3);
        EXPECT_EQ(s.unmapped, 1);
        EXPECT_EQ(s.reasons.value(u"out-of-range"_s), 1);
        EXPECT_EQ(s.reasons.value(u"future-time"_s), 1);
        EXPECT_EQ(s.reasons.value(u"unreadable-item"_s), 1);
    }
    auto archive = store::Archive::open(location, false);
    ASSERT_TRUE(archive.ok());
    const auto kept = (*archive)->quarantine();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->size(), 3) << "the second poll of the same bad items keeps no second entry";
}
