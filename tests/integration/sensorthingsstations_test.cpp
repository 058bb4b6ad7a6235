// SensorThings sensors the catalog does not list: a FROST-like service root on 127.0.0.1 (a
// loopback QHttpServer) serving the real BGS observations of ../shared/data under two
// Datastreams, each on a Thing. Read from the service root, the Datastreams are asked with
// their Thing and its Location expanded; `feeds run --once` with the place "frost-{thing}"
// makes each Thing a station of the archive: its name, location, and the district of the real
// Da Nang boundaries holding it; a Thing without a Location is a station it cannot place; a
// Datastream the server gives no Thing for is quarantined `no-thing`.

#include "core/store/archive.h"
#include "core/store/feedstations.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject thing(int id, const QString& name, const QJsonArray& locations)
{
    return {{u"@iot.id"_s, id}, {u"name"_s, name}, {u"Locations"_s, locations}};
}

QJsonObject datastream(int id, bool withThing)
{
    QJsonObject ds{
        {u"@iot.id"_s, id},
        {u"name"_s, u"Air Temperature"_s},
        {u"unitOfMeasurement"_s, QJsonObject{{u"symbol"_s, u"°C"_s}, {u"definition"_s, u"ucum:Cel"_s}}}};
    if (withThing && id == 7) {
        const QJsonObject point{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QJsonArray{108.15, 16.07}}};
        ds.insert(u"Thing"_s,
                  thing(42, u"Trạm quan trắc Hòa Minh"_s, QJsonArray{QJsonObject{{u"location"_s, point}}}));
    } else if (withThing && id == 8) {
        ds.insert(u"Thing"_s, thing(43, u"Cảm biến chưa định vị"_s, QJsonArray()));
    } // (9: on no Thing the server gives)
    return ds;
}

// The real observations, once for each Datastream (7, 8 and 9), their Datastream expanded as
// asked ($select=id,name,unitOfMeasurement: no Thing).
QJsonArray observations()
{
    QFile f(test::sharedDataDir() + u"/sensorthings/bgs_frost_v1.1_observations_value_array.json"_s);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray real = QJsonDocument::fromJson(f.readAll()).array();
    QJsonArray out;
    for (int stream : {7, 8, 9}) {
        for (const QJsonValue& v : real) {
            QJsonObject o = v.toObject();
            o.insert(u"@iot.id"_s, o.value(u"@iot.id"_s).toInteger() * 10 + stream);
            o.insert(u"Datastream"_s, datastream(stream, false));
            out.append(o);
        }
    }
    return out;
}

struct Frost
{
    QHttpServer http;
    quint16 port = 0;
    QStringList datastreamExpands;

    Frost()
    {
        http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& r) {
            const QString path = request.url().path();
            QJsonArray value;
            if (path.endsWith(u"/v1.1/Datastreams"_s)) {
                const QString expand =
                    QUrlQuery(request.url()).queryItemValue(u"$expand"_s, QUrl::FullyDecoded);
                datastreamExpands.append(expand);
                const bool withThing = expand.contains(u"Thing"_s) && expand.contains(u"Locations"_s);
                value =
                    QJsonArray{datastream(7, withThing), datastream(8, withThing), datastream(9, withThing)};
            } else if (path.endsWith(u"/v1.1/Observations"_s)) {
                value = observations();
            }
            r.write(QJsonDocument(QJsonObject{{u"value"_s, value}}));
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }
    QString root() const { return u"http://127.0.0.1:%1/FROST-Server/v1.1"_s.arg(port); }
};

QString feedsFile(const QTemporaryDir& dir, const QString& url)
{
    const QJsonObject rule{{u"attribute"_s, u"^Air Temperature$"_s},
                           {u"indicator"_s, u"hydro.air-temperature"_s},
                           {u"place"_s, u"frost-{thing}"_s},
                           {u"kind"_s, u"weather-station"_s}};
    const QJsonObject feed{
        {u"id"_s, u"frost"_s},
        {u"protocol"_s, u"sensorthings"_s},
        {u"url"_s, url},
        {u"boundaries"_s,
         QJsonObject{{u"file"_s, QString(test::sharedDataDir() + u"/geo/danang_districts.geojson"_s)},
                     {u"property"_s, u"gso_code"_s}}},
        {u"map"_s, QJsonArray{rule}}};
    const QString path = dir.filePath(u"feeds.json"_s);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{u"feeds"_s, QJsonArray{feed}}}).toJson());
    return path;
}

} // namespace

TEST(SensorThingsStations, EachThingBecomesAStationWithItsNameAndLocation)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    Frost frost;
    ASSERT_NE(frost.port, 0);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"live.sqlite"_s);
    const test::CliRun once = test::runCliServing({u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s,
                                                   feedsFile(dir, frost.root()), u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString() << once.out.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(once.out.toUtf8())[u"feeds"_s][0].toObject();
    EXPECT_EQ(s.value(u"accepted"_s).toInt(), 4) << once.out.toStdString();    // 2 real observations × 2
    EXPECT_EQ(s.value(u"quarantined"_s).toInt(), 2) << once.out.toStdString(); // Datastream 9's
    ASSERT_FALSE(frost.datastreamExpands.isEmpty());
    EXPECT_EQ(frost.datastreamExpands.at(0), u"Thing($select=id,name;$expand=Locations($select=location))"_s);

    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    auto stations = store::feedStations(**archive);
    ASSERT_TRUE(stations.ok()) << stations.error().toString().toStdString();
    ASSERT_EQ(stations->size(), 2);
    const bool first42 = stations->at(0).id == u"frost-42"_s;
    const store::FeedStation& hoaMinh = stations->at(first42 ? 0 : 1);
    EXPECT_EQ(hoaMinh.id, u"frost-42"_s);
    EXPECT_EQ(hoaMinh.name, u"Trạm quan trắc Hòa Minh"_s);
    EXPECT_EQ(hoaMinh.kind, u"weather-station"_s);
    EXPECT_EQ(hoaMinh.feed, u"frost"_s);
    EXPECT_EQ(hoaMinh.area, u"lien-chieu"_s); // the real boundary holding 16.07 N, 108.15 E in 2023
    ASSERT_TRUE(hoaMinh.location);
    EXPECT_DOUBLE_EQ(hoaMinh.location->first, 108.15);
    EXPECT_DOUBLE_EQ(hoaMinh.location->second, 16.07);
    const store::FeedStation& unplaced = stations->at(first42 ? 1 : 0);
    EXPECT_EQ(unplaced.id, u"frost-43"_s);
    EXPECT_EQ(unplaced.name, u"Cảm biến chưa định vị"_s);
    EXPECT_FALSE(unplaced.location);
    EXPECT_TRUE(unplaced.area.isEmpty());

    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stations-quarantine"_s);
        sql.setDatabaseName(db);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(u"SELECT reason, detail FROM quarantine"_s, sql);
        int rows = 0;
        while (q.next()) {
            ++rows;
            EXPECT_EQ(q.value(0).toString(), u"no-thing"_s);
            EXPECT_TRUE(q.value(1).toString().contains(u"/feeds/0/map/0"_s))
                << q.value(1).toString().toStdString();
        }
        EXPECT_EQ(rows, 2);
    }
    QSqlDatabase::removeDatabase(u"stations-quarantine"_s);
}
