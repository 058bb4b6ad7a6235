// The feeds raise alarms: the process that writes an archive evaluates its early-warning rules
// (core/alerts/liverules.h), and the collector writes it. A loopback NGSI-v2 broker (QHttpServer
// on 127.0.0.1) serves one AirQualityObserved station the catalog does not list, its data
// completeness at 60 % two minutes ago (the catalog's `air.data-completeness` rule: below
// 75 %). `feeds run --once` records the alarm, once however often it runs, and the collector
// that runs for weeks (`feeds run`, `cityops --feeds`) records it within its next steps — both
// naming the station as the feed names it, though the collector started before the feed had
// described it.

#include "core/alerts/alarmlog.h"
#include "core/alerts/liverules.h"
#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/feeds/collector.h"
#include "core/feeds/config/feedconfig.h"
#include "core/store/archive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <functional>
#include <gtest/gtest.h>
#include <memory>

#include "tests/support/cliprocess.h"
#include "tests/support/mosquittobroker.h"
#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

const QString kName = u"Trạm Hòa Minh (cảm biến mới)"_s;

// A station, normalized, observed two minutes ago: its data `completeness` in %.
QJsonObject station(const QString& id, const QString& name, double lon, double completeness)
{
    return QJsonObject{
        {u"id"_s, QString(u"urn:ngsi-ld:AirQualityObserved:"_s + id)},
        {u"type"_s, u"AirQualityObserved"_s},
        {u"name"_s, QJsonObject{{u"type"_s, u"Text"_s}, {u"value"_s, name}}},
        {u"dateObserved"_s,
         QJsonObject{{u"type"_s, u"DateTime"_s},
                     {u"value"_s, toIsoUtc(QDateTime::currentMSecsSinceEpoch() - 120'000)}}},
        {u"location"_s, QJsonObject{{u"type"_s, u"geo:json"_s},
                                    {u"value"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                                             {u"coordinates"_s, QJsonArray{lon, 16.07}}}}}},
        {u"completeness"_s, QJsonObject{{u"type"_s, u"Number"_s}, {u"value"_s, completeness}}}};
}

// The stations, all on the first page; more may be added while it serves.
class Broker
{
public:
    explicit Broker(QJsonArray entities)
        : m_entities(std::move(entities))
    {
        m_server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& r) {
            const bool first = QUrlQuery(request.url()).queryItemValue(u"offset"_s).toInt() == 0;
            r.write(QJsonDocument(first ? m_entities : QJsonArray()),
                    {{"Fiware-Total-Count", QByteArray::number(m_entities.size())}});
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    void add(const QJsonObject& entity) { m_entities.append(entity); }
    quint16 port = 0;

private:
    QJsonArray m_entities;
    QHttpServer m_server;
};

QByteArray feedsJson(quint16 port)
{
    return uR"({"feeds": [{"id": "new-sensors", "protocol": "ngsi-v2", "url": "http://127.0.0.1:%1",
      "type": "AirQualityObserved", "pollSeconds": 5,
      "map": [{"type": "AirQualityObserved", "id": "^urn:ngsi-ld:AirQualityObserved:(?<station>.+)$",
               "attributes": {"completeness": "air.completeness"},
               "place": "{station}", "kind": "air-station"}]}]})"_s.arg(port)
        .toUtf8();
}

QList<alerts::Alarm> alarmsIn(const QString& db)
{
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
    if (!archive)
        return {};
    alerts::AlarmLog log(**archive);
    auto all = log.all(QDateTime::currentMSecsSinceEpoch());
    return all ? *all : QList<alerts::Alarm>();
}

// Runs this thread's events (the collector's) until `done`, for at most `ms`.
bool runUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return done();
}

void expectTheStationsAlarm(const QList<alerts::Alarm>& alarms)
{
    ASSERT_EQ(alarms.size(), 1);
    const alerts::Alarm& a = alarms.front();
    EXPECT_EQ(a.rule, u"air.data-completeness"_s);
    EXPECT_EQ(a.place, u"hoa-minh-01"_s);
    EXPECT_FALSE(a.resolvedAt.has_value());
    EXPECT_TRUE(a.messageEn.contains(kName)) << a.messageEn.toStdString(); // not "hoa-minh-01"
    EXPECT_TRUE(a.messageVi.contains(kName)) << a.messageVi.toStdString();
    EXPECT_TRUE(a.messageEn.contains(u"60"_s)) << a.messageEn.toStdString();
}

} // namespace

TEST(FeedAlarms, FeedsRunOnceRecordsTheAlarmsOfWhatItWroteOnce)
{
    Broker broker({station(u"hoa-minh-01"_s, kName, 108.15, 60)});
    ASSERT_NE(broker.port, 0);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"feeds.json"_s);
    QFile out(config);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(feedsJson(broker.port));
    out.close();
    const QString db = dir.filePath(u"live.sqlite"_s);
    for (int run = 0; run < 2; ++run) {
        const test::CliRun once = test::runCliServing(
            {u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
        ASSERT_EQ(once.exitCode, 0) << once.err.toStdString() << once.out.toStdString();
        EXPECT_TRUE(once.err.contains(run == 0 ? u"1 new alarm recorded"_s : u"0 new alarms recorded"_s))
            << run << ": " << once.err.toStdString();
        // (stdout is the summary alone, as scripts read it)
        EXPECT_TRUE(QJsonDocument::fromJson(once.out.toUtf8()).object().contains(u"feeds"_s));
    }
    expectTheStationsAlarm(alarmsIn(db));
}

// On both engines: the embedded SQLite file and a shared PostgreSQL database (where one
// collector runs on a server and every console follows the archive).
class FeedAlarmsCollector : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        db = dir.filePath(u"live.sqlite"_s);
        if (std::string(GetParam()) == "postgresql") {
            pg = std::make_unique<test::ScratchPostgresDatabase>();
            if (!pg->ok())
                GTEST_FAIL() << "PostgreSQL test server unavailable: " << pg->error().toStdString();
            db = pg->url();
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<test::ScratchPostgresDatabase> pg;
    QString db; // the archive: a file in `dir`, or the scratch database
};

INSTANTIATE_TEST_SUITE_P(Engines, FeedAlarmsCollector, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

TEST_P(FeedAlarmsCollector, RecordsThemWhileItRunsNamingAStationItDidNotKnowAtItsStart)
{
    // At first a station whose data is complete enough: no alarm; the rules are stepped.
    Broker broker({station(u"hoa-khanh-02"_s, u"Trạm Hòa Khánh"_s, 108.14, 90)});
    ASSERT_NE(broker.port, 0);
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    auto config = feeds::FeedsConfig::parse(feedsJson(broker.port), u"feeds.json"_s, catalog);
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    const auto archive = *store::ArchiveLocation::parse(db);
    ASSERT_TRUE(feeds::claimArchiveFor(*config, archive).ok());

    feeds::FeedCollector collector(*config, catalog, archive);
    QStringList said;
    int polls = 0;
    collector.onSaid([&said](const QString& line) { said << line; });
    collector.onPolled([&polls](const feeds::FeedPollSummary&) { ++polls; });
    int steps = 0; // (the rules stepped)
    collector.evaluateWith(
        [&steps, step = alerts::liveRulesStep(catalog)](store::Archive& a, std::int64_t now) {
            ++steps;
            return step(a, now);
        });
    ASSERT_TRUE(collector.start().ok());
    ASSERT_TRUE(runUntil([&] { return polls >= 1; }, 10'000));
    const int stepped = steps;
    ASSERT_TRUE(runUntil([&] { return steps > stepped; }, 10'000)); // (after the poll: the evaluator made)
    EXPECT_TRUE(alarmsIn(db).isEmpty());

    // Then the feed describes a new station, short of data: its alarm, named as the feed names it.
    broker.add(station(u"hoa-minh-01"_s, kName, 108.15, 60));
    ASSERT_TRUE(runUntil([&] { return !alarmsIn(db).isEmpty(); }, 20'000)) << said.join(u'\n').toStdString();
    expectTheStationsAlarm(alarmsIn(db));
    EXPECT_TRUE(said.join(u'\n').contains(u"alarms: 1 new"_s)) << said.join(u'\n').toStdString();

    // Polled again (every 5 s) and stepped again: still the one alarm.
    const int before = polls;
    ASSERT_TRUE(runUntil([&] { return polls > before; }, 10'000));
    const int again = steps;
    ASSERT_TRUE(runUntil([&] { return steps > again; }, 10'000));
    bool stopped = false;
    collector.onStopped([&stopped] { stopped = true; });
    collector.stop();
    EXPECT_TRUE(stopped);
    expectTheStationsAlarm(alarmsIn(db));
}

// An MQTT feed reports every pollSeconds (here a minute), but what its brokers deliver goes
// through the rules within seconds: an UltraLight reading `c|60` from a device the catalog
// does not list, published to a mosquitto the test starts on 127.0.0.1.
TEST(FeedAlarms, AnMqttReadingRaisesItsAlarmWithinSecondsNotAtTheFeedsReport)
{
    QTemporaryDir dir;
    const quint16 port = test::freePort();
    test::MosquittoBroker broker(dir.path(), port);
    ASSERT_TRUE(broker.start());
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const QByteArray json = uR"({"feeds": [{"id": "ul", "protocol": "mqtt", "url": "mqtt://127.0.0.1:%1",
      "topics": ["/ul/k/+/attrs"], "payload": "ultralight", "pollSeconds": 60,
      "map": [{"id": "^/ul/[^/]+/(?<station>[^/]+)/attrs$", "attributes": {"c": "air.completeness"},
               "place": "{station}", "kind": "air-station"}]}]})"_s.arg(port)
                                .toUtf8();
    auto config = feeds::FeedsConfig::parse(json, u"feeds.json"_s, catalog);
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    const QString db = dir.filePath(u"live.sqlite"_s);
    const auto archive = *store::ArchiveLocation::parse(db);
    ASSERT_TRUE(feeds::claimArchiveFor(*config, archive).ok());
    feeds::FeedCollector collector(*config, catalog, archive);
    QStringList said;
    collector.onSaid([&said](const QString& line) { said << line; });
    collector.evaluateWith(alerts::liveRulesStep(catalog));
    ASSERT_TRUE(collector.start().ok());
    ASSERT_TRUE(runUntil([&] { return said.join(u'\n').contains(u"subscribed"_s); }, 10'000))
        << said.join(u'\n').toStdString();
    runUntil([] { return false; }, 2'500); // (past the collector's first step: the next is 30 s on)

    QProcess pub;
    pub.start(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-q"_s, u"1"_s,
                                   u"-t"_s, u"/ul/k/hoa-minh-01/attrs"_s, u"-m"_s, u"c|60"_s});
    ASSERT_TRUE(pub.waitForFinished(10'000));
    ASSERT_EQ(pub.exitCode(), 0) << pub.readAllStandardError().toStdString();
    QElapsedTimer published;
    published.start();
    ASSERT_TRUE(runUntil([&] { return !alarmsIn(db).isEmpty(); }, 15'000)) << said.join(u'\n').toStdString();
    EXPECT_LT(published.elapsed(), 15'000) << "within seconds, not at the report a minute on";
    const QList<alerts::Alarm> alarms = alarmsIn(db);
    ASSERT_EQ(alarms.size(), 1);
    EXPECT_EQ(alarms.front().rule, u"air.data-completeness"_s);
    EXPECT_EQ(alarms.front().place, u"hoa-minh-01"_s);
    bool stopped = false;
    collector.onStopped([&stopped] { stopped = true; });
    collector.stop();
    EXPECT_TRUE(stopped);
}
