// Sensors the catalog does not list: a city adds them every week without editing the catalog.
// A loopback NGSI-v2 broker (QHttpServer on 127.0.0.1) serves the real AirQualityObserved
// example of ../shared/data (a Madrid station, as the Smart Data Models publish it), the same
// entity moved into Liên Chiểu and named, and one at a catalog station. `feeds run --once`
// makes the first two stations of the archive (name, kind, location, and the district of the
// real boundaries holding the one in Da Nang), none of the third; a second run describes
// them again without a second row; the console's catalog shows them as its own stations.
// The rules also place items by "the area containing it", on the versioned areas.

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/config/feedmapper.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject realAirQualityEntity()
{
    QFile f(test::sharedDataDir() + u"/ngsi/AirQualityObserved/example-normalized.json"_s);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? doc.array().at(0).toObject() : doc.object();
}

QJsonObject at(QJsonObject entity, const QString& id, double lon, double lat, const QString& name = {})
{
    entity.insert(u"id"_s, id);
    entity.insert(u"location"_s,
                  QJsonObject{{u"type"_s, u"geo:json"_s},
                              {u"value"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                                       {u"coordinates"_s, QJsonArray{lon, lat}}}}});
    if (!name.isEmpty())
        entity.insert(u"name"_s, QJsonObject{{u"type"_s, u"Text"_s}, {u"value"_s, name}});
    return entity;
}

// The entities, all on the first page (Fiware-Total-Count when asked).
class Broker
{
public:
    explicit Broker(QJsonArray entities)
        : m_entities(std::move(entities))
    {
        m_server.setMissingHandler([this](const QHttpServerRequest& request,
                                          QHttpServerResponder&& responder) {
            const QUrlQuery q(request.url());
            const QJsonArray page = q.queryItemValue(u"offset"_s).toInt() == 0 ? m_entities : QJsonArray();
            responder.write(QJsonDocument(page),
                            {{"Fiware-Total-Count", QByteArray::number(m_entities.size())}});
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    quint16 port = 0;

private:
    QJsonArray m_entities;
    QHttpServer m_server;
};

QString feedsFile(const QTemporaryDir& dir, const QString& url, const QJsonArray& map)
{
    const QJsonObject feed{
        {u"id"_s, u"new-sensors"_s},
        {u"protocol"_s, u"ngsi-v2"_s},
        {u"url"_s, url},
        {u"type"_s, u"AirQualityObserved"_s},
        {u"boundaries"_s,
         QJsonObject{{u"file"_s, QString(test::sharedDataDir() + u"/geo/danang_districts.geojson"_s)},
                     {u"property"_s, u"gso_code"_s}}},
        {u"map"_s, map}};
    const QString path = dir.filePath(u"feeds.json"_s);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{u"feeds"_s, QJsonArray{feed}}}).toJson());
    return path;
}

const QJsonArray kStationRules{
    QJsonObject{{u"type"_s, u"AirQualityObserved"_s},
                {u"id"_s, u"^(urn:ngsi-ld:AirQualityObserved:)?(?<station>.+)$"_s},
                {u"attributes"_s,
                 QJsonObject{{u"no2"_s, QJsonObject{{u"indicator"_s, u"air.no2"_s}, {u"unit"_s, u"ug/m3"_s}}},
                             {u"airQualityIndex"_s, u"air.aqi"_s}}},
                {u"place"_s, u"{station}"_s},
                {u"kind"_s, u"air-station"_s}}};

} // namespace

TEST(FeedStations, ASensorTheCatalogDoesNotListBecomesAStationOfTheArchive)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QJsonObject real = realAirQualityEntity();
    const QString madrid = real.value(u"id"_s).toString();
    Broker broker({real,
                   at(real, u"urn:ngsi-ld:AirQualityObserved:hoa-minh-01"_s, 108.15, 16.07,
                      u"Trạm Hòa Minh (cảm biến mới)"_s),
                   at(real, u"urn:ngsi-ld:AirQualityObserved:air.hai-chau"_s, 108.22, 16.05)});
    ASSERT_NE(broker.port, 0);
    QTemporaryDir dir;
    const QString config = feedsFile(dir, broker.url(), kStationRules);
    const QString db = dir.filePath(u"live.sqlite"_s);

    for (int run = 0; run < 2; ++run) {
        const test::CliRun once = test::runCliServing(
            {u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
        ASSERT_EQ(once.exitCode, 0) << once.err.toStdString() << once.out.toStdString();
        // The feed's counts and the rules' (its readings are of 2016: no alarm now), no error.
        EXPECT_EQ(once.err.count(u'\n'), 2) << once.err.toStdString();
        EXPECT_TRUE(once.err.contains(u"0 new alarms recorded"_s)) << once.err.toStdString();
        const QJsonObject s = QJsonDocument::fromJson(once.out.toUtf8())[u"feeds"_s][0].toObject();
        EXPECT_EQ(s.value(u"accepted"_s).toInt(), 6) << once.out.toStdString(); // 3 entities × 2
    }

    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    auto stations = store::feedStations(**archive);
    ASSERT_TRUE(stations.ok()) << stations.error().toString().toStdString();
    ASSERT_EQ(stations->size(), 2); // not the catalog's air.hai-chau; each once after two runs
    const bool hoaMinhFirst = stations->at(0).id == u"hoa-minh-01"_s;
    const store::FeedStation& hoaMinh = stations->at(hoaMinhFirst ? 0 : 1);
    EXPECT_EQ(hoaMinh.id, u"hoa-minh-01"_s);
    EXPECT_EQ(hoaMinh.name, u"Trạm Hòa Minh (cảm biến mới)"_s);
    EXPECT_EQ(hoaMinh.kind, u"air-station"_s);
    EXPECT_EQ(hoaMinh.feed, u"new-sensors"_s);
    EXPECT_EQ(hoaMinh.area, u"lien-chieu"_s); // the real boundary holding 16.07 N, 108.15 E in 2016
    ASSERT_TRUE(hoaMinh.location);
    EXPECT_DOUBLE_EQ(hoaMinh.location->first, 108.15);
    EXPECT_DOUBLE_EQ(hoaMinh.location->second, 16.07);
    const store::FeedStation& plaza =
        stations->at(hoaMinhFirst ? 1 : 0); // as the real file gives it: no name
    EXPECT_EQ(plaza.id, madrid);
    EXPECT_EQ(plaza.name, madrid);
    EXPECT_TRUE(plaza.area.isEmpty()); // Madrid is in none of Da Nang's districts
    ASSERT_TRUE(plaza.location);
    EXPECT_NEAR(plaza.location->first, -3.712247, 1e-6);
    EXPECT_NEAR(plaza.location->second, 40.423853, 1e-6);

    // The console's catalog: the archive's stations beside the catalog's, found by id.
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    auto read = store::feedStationsAt(*store::ArchiveLocation::parse(db));
    ASSERT_TRUE(read.ok());
    const Catalog shown = store::withFeedStations(*catalog, *read);
    EXPECT_EQ(shown.stations.size(), catalog->stations.size() + 2);
    const Station* station = shown.station(u"hoa-minh-01"_s);
    ASSERT_NE(station, nullptr);
    EXPECT_EQ(station->name.vi, u"Trạm Hòa Minh (cảm biến mới)"_s);
    EXPECT_EQ(station->area, u"lien-chieu"_s);
    EXPECT_TRUE(station->fromFeed);
    EXPECT_TRUE(station->located);
    EXPECT_EQ(shown.station(u"air.hai-chau"_s)->name.vi, catalog->station(u"air.hai-chau"_s)->name.vi);
    EXPECT_EQ(store::feedStationsAt(*store::ArchiveLocation::parse(dir.filePath(u"none.sqlite"_s)))->size(),
              0);
}

TEST(FeedStations, ItemsArePlacedInTheAreaContainingThemOnTheDayTheyWereObserved)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    QTemporaryDir dir;
    const QJsonArray rules{QJsonObject{
        {u"type"_s, u"AirQualityObserved"_s},
        {u"attributes"_s, QJsonObject{{u"airQualityIndex"_s, u"air.aqi"_s}}},
        {u"place"_s, QJsonObject{{u"areaContaining"_s, QJsonObject{{u"level"_s, u"district"_s}}}}}}};
    auto config = feeds::FeedsConfig::load(feedsFile(dir, u"http://127.0.0.1:9"_s, rules), *catalog);
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    const feeds::FeedMapper mapper(config->feeds.at(0), *catalog);
    const std::int64_t in2016 =
        QDateTime::fromString(u"2016-03-15T11:00:00+07:00"_s, Qt::ISODate).toMSecsSinceEpoch();
    const std::int64_t in2026 =
        QDateTime::fromString(u"2026-03-15T11:00:00+07:00"_s, Qt::ISODate).toMSecsSinceEpoch();
    const auto place = [&](double lon, double lat, std::int64_t t) {
        feeds::FeedObservation o{u"e"_s, u"AirQualityObserved"_s, u"airQualityIndex"_s, t, 65,
                                 {},     std::pair(lon, lat)};
        return mapper.map(o);
    };
    EXPECT_EQ(place(108.15, 16.07, in2016).place, u"lien-chieu"_s);
    EXPECT_EQ(place(108.22, 16.05, in2016).place, u"hai-chau"_s);
    EXPECT_EQ(place(108.25, 16.10, in2016).place, u"son-tra"_s);
    const feeds::FeedMapping madrid = place(-3.712247, 40.423853, in2016);
    EXPECT_EQ(madrid.kind, feeds::FeedMapping::Kind::Quarantined);
    EXPECT_EQ(madrid.reason, u"no-area-containing"_s);
    // The districts were dissolved on 2025-07-01: a reading of 2026 is in no district.
    const feeds::FeedMapping later = place(108.22, 16.05, in2026);
    EXPECT_EQ(later.reason, u"no-area-containing"_s);
    EXPECT_TRUE(later.detail.contains(u"492"_s)) << later.detail.toStdString();
    feeds::FeedObservation nowhere{u"e"_s, u"AirQualityObserved"_s, u"airQualityIndex"_s, in2016, 65, {}, {}};
    EXPECT_EQ(mapper.map(nowhere).reason, u"no-location"_s);

    // Mistakes named where they are.
    const QJsonArray badLevel{
        QJsonObject{{u"attributes"_s, QJsonObject{{u"airQualityIndex"_s, u"air.aqi"_s}}},
                    {u"place"_s, QJsonObject{{u"areaContaining"_s, QJsonObject{{u"level"_s, u"ward"_s}}}}}}};
    auto bad = feeds::FeedsConfig::load(feedsFile(dir, u"http://127.0.0.1:9"_s, badLevel), *catalog);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.contains(u"/feeds/0/map/0/place/areaContaining/level: "_s))
        << bad.error().detail.toStdString();
    QFile f(dir.filePath(u"feeds.json"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(u"danang_districts.geojson"_s, u"vietnam_provinces_63.geojson"_s);
    auto provincial = feeds::FeedsConfig::parse(text.toUtf8(), dir.filePath(u"feeds.json"_s), *catalog);
    ASSERT_FALSE(provincial.ok());
    EXPECT_TRUE(provincial.error().detail.contains(u"/feeds/0/boundaries/property: "_s))
        << provincial.error().detail.toStdString();
}
