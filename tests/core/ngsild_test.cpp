// NGSI-LD as brokers send it (../shared/data/ngsi-ld: Orion-LD test exchanges, the ETSI
// spec's examples, Stellio's temporal fixtures — written by other people) → observations,
// with the values the files hold: normalized, concise and simplified entities, observedAt and
// unitCode, GeoProperty locations, typed DateTime values (not numbers), Relationships and
// LanguageProperties (not measurements), several instances by datasetId, both temporal
// representations, an error body.

#include "core/common/timeutil.h"
#include "core/feeds/ngsi/ngsild.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <map>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject file(const QString& name)
{
    QFile f(test::sharedDataDir() + u"/ngsi-ld/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The body of the exchange whose step starts with `step`, or of the example at `path`.
QByteArray body(const QJsonObject& f, const QString& key, const QString& prefix)
{
    for (const QJsonValue& v : f.value(key == u"step"_s ? u"exchanges"_s : u"examples"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(key).toString().startsWith(prefix))
            continue;
        const QJsonValue b =
            key == u"step"_s ? o.value(u"response"_s).toObject().value(u"body"_s) : o.value(u"body"_s);
        return b.isArray() ? QJsonDocument(b.toArray()).toJson() : QJsonDocument(b.toObject()).toJson();
    }
    ADD_FAILURE() << "no " << prefix.toStdString();
    return {};
}

feeds::FeedItems parse(const QByteArray& json)
{
    auto parsed = feeds::parseNgsiLd(json);
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message.toStdString());
    return parsed.ok() ? *parsed : feeds::FeedItems{};
}

// attribute → "value@time unit"
std::map<QString, QString> seen(const feeds::FeedItems& items)
{
    std::map<QString, QString> out;
    for (const feeds::FeedObservation& o : items.observations)
        out[o.attribute + (out.count(o.attribute) ? u"+"_s + toIsoUtc(o.time) : QString())] =
            u"%1@%2 %3"_s.arg(o.value, 0, 'g', 15).arg(toIsoUtc(o.time), o.unitCode).trimmed();
    return out;
}

} // namespace

TEST(NgsiLd, OrionLdNormalizedEntityWithUnitsLocationAndNonMeasurements)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto items = parse(
        body(file(u"ld01_orionld_normalized_observedAt_unitCode_lang_rel_geo.json"_s), u"step"_s, u"03."_s));
    ASSERT_EQ(items.entities, 1);
    EXPECT_TRUE(items.rejected.empty());
    const auto s = seen(items);
    ASSERT_EQ(s.size(), 2u) << "population and temperature; address, name, runBy are not measurements";
    EXPECT_EQ(s.at(u"population"_s), u"15840900@2022-12-31T00:00:00.000Z"_s);
    EXPECT_EQ(s.at(u"temperature"_s), u"19@2022-06-30T00:00:00.000Z CEL"_s);
    ASSERT_TRUE(items.observations[0].location.has_value());
    EXPECT_DOUBLE_EQ(items.observations[0].location->first, 13.3505);
    EXPECT_DOUBLE_EQ(items.observations[0].location->second, 52.5146);
    EXPECT_EQ(items.observations[0].entity, u"urn:ngsi-ld:City:001"_s);
    EXPECT_EQ(items.observations[0].type, u"City"_s);
}

TEST(NgsiLd, ATypedDateTimeIsNotANumberAndTextIsNotAMeasurement)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    for (const QString& step : {u"03."_s, u"04."_s}) {
        const auto items = parse(body(file(u"ld03_orionld_datetime_typed_value.json"_s), u"step"_s, step));
        EXPECT_EQ(items.entities, 1);
        EXPECT_TRUE(items.observations.empty());
        EXPECT_TRUE(items.rejected.empty());
    }
    const auto f = file(u"ld04_orionld_count_limit_formats.json"_s);
    for (const QString& step : {u"12."_s, u"13."_s, u"14."_s, u"15."_s}) {
        const auto items = parse(body(f, u"step"_s, step));
        EXPECT_EQ(items.entities, 3) << step.toStdString();
        EXPECT_TRUE(items.observations.empty()) << "\"E1:A1\" is text, in every representation";
    }
    const auto error = feeds::parseNgsiLd(body(f, u"step"_s, u"11."_s));
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.error().message.toStdString(), "the broker says BadRequestData: Invalid value for URI "
                                                   "parameter /limit/: must be an integer value >= 1, "
                                                   "if /count/ is not set");
}

TEST(NgsiLd, TheSpecExamplesObservedAtDatasetsAndTemporalRepresentations)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto f = file(u"ld11_etsi_spec_examples_incl_temporal.json"_s);
    auto parking = parse(body(f, u"path"_s, u"examples/OffStreetParking_C2.3.json"_s));
    EXPECT_EQ(seen(parking).at(u"availableSpotNumber"_s), u"121@2017-07-29T12:05:02.000Z"_s);
    ASSERT_EQ(parking.rejected.size(), 1u);
    EXPECT_EQ(parking.rejected[0].attribute, u"totalSpotNumber"_s) << "no observedAt, no entity time";
    ASSERT_TRUE(parking.observations[0].location.has_value());
    EXPECT_DOUBLE_EQ(parking.observations[0].location->first, -8.5);

    const auto multi = parse(body(f, u"path"_s, u"examples/Vehicle_MultiAttribute_C2.2.json"_s));
    ASSERT_EQ(multi.rejected.size(), 2u);
    EXPECT_EQ(multi.rejected[0].attribute, u"speed#1[urn:ngsi-ld:Property:speedometerA4567-speed]"_s);

    for (const QString& example :
         {u"examples/EntityTemporal-example_C5.5.3.json"_s, u"examples/Entity_temporalValues_C.5.6.3.json"_s,
          u"examples/EntityTemporalList-example.json"_s}) {
        const auto temporal = parse(body(f, u"path"_s, example));
        const auto s = seen(temporal);
        ASSERT_EQ(s.size(), 3u) << example.toStdString();
        EXPECT_EQ(s.at(u"speed"_s), u"120@2018-08-01T12:03:00.000Z"_s);
        EXPECT_EQ(s.at(u"speed+2018-08-01T12:05:00.000Z"_s), u"80@2018-08-01T12:05:00.000Z"_s);
        EXPECT_EQ(s.at(u"speed+2018-08-01T12:07:00.000Z"_s), u"100@2018-08-01T12:07:00.000Z"_s);
        EXPECT_TRUE(temporal.rejected.empty()) << "brandName is text";
    }
}

TEST(NgsiLd, StelliosTemporalFixtures)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto f = file(u"ld12_stellio_temporal_representations_and_paging.json"_s);
    const QString dir = u"search-service/src/test/resources/ngsild/"_s;
    auto normalized = parse(
        body(f, u"path"_s, dir + u"temporal/distribution/expectations/beehive_normalized_incoming.jsonld"_s));
    auto simplified = parse(
        body(f, u"path"_s, dir + u"temporal/distribution/expectations/beehive_simplified_incoming.jsonld"_s));
    ASSERT_EQ(normalized.observations.size(), 5u);
    ASSERT_EQ(simplified.observations.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(normalized.observations[i].value, simplified.observations[i].value);
        EXPECT_EQ(normalized.observations[i].time, simplified.observations[i].time);
    }
    EXPECT_EQ(normalized.observations[0].value, 2000);
    EXPECT_EQ(toIsoUtc(normalized.observations[0].time), u"2020-01-23T15:01:22.066Z"_s);

    const auto datasets = parse(
        body(f, u"path"_s,
             dir + u"temporal/distribution/expectations/beehive_normalized_incoming_datasetid.jsonld"_s));
    ASSERT_GE(datasets.observations.size(), 2u);
    EXPECT_EQ(datasets.observations[0].attribute, u"incoming[urn:ngsi-ld:Dataset:A]"_s);
    EXPECT_EQ(datasets.observations[1].attribute, u"incoming[urn:ngsi-ld:Dataset:B]"_s);
    EXPECT_EQ(datasets.observations[0].time, datasets.observations[1].time) << "one instant, two datasets";

    const auto aggregated = parse(
        body(f, u"path"_s, dir + u"temporal/distribution/expectations/beehive_aggregated_incoming.jsonld"_s));
    EXPECT_TRUE(aggregated.observations.empty()) << "aggregates are not observations";
}
