// cityops-cli serve, as a client sees it: NGSI-v2 and SensorThings over real HTTP on
// 127.0.0.1, MQTT through a mosquitto broker the test starts on 127.0.0.1, and SIGTERM.

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/servedcity.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray totalCount;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

Reply get(const QString& url, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
{
    static QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    for (const auto& [k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.totalCount = reply->rawHeader("Fiware-Total-Count");
    reply->deleteLater();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

TEST(Serve, NgsiV2PagesToTheEndWithCountsFiltersAndHeaders)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty()) << "serve did not print its address";
    const QString entities = served.base + u"/v2/entities"_s;

    // Paging to the end, 100 at a time: every entity once, as many as Fiware-Total-Count.
    QSet<QString> ids;
    QByteArray total;
    for (int offset = 0;; offset += 100) {
        const Reply r = get(entities + u"?limit=100&options=count&offset=%1"_s.arg(offset));
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        total = r.totalCount;
        const QJsonArray page = r.json().array();
        for (const QJsonValue& e : page)
            ids.insert(e.toObject()[u"id"_s].toString());
        if (page.size() < 100)
            break;
    }
    EXPECT_EQ(QByteArray::number(ids.size()), total);
    EXPECT_GT(ids.size(), 200);

    // A limit over 1000 is a 400, as in Orion.
    const Reply tooMany = get(entities + u"?limit=1001"_s);
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_EQ(tooMany.json()[u"error"_s].toString(), u"BadRequest"_s);

    // type + keyValues; normalized form with unitCode.
    const Reply air = get(entities + u"?type=AirQualityObserved&options=keyValues,count"_s);
    ASSERT_EQ(air.status, 200);
    EXPECT_EQ(air.totalCount, "6");
    const QJsonObject first = air.json().array().at(0).toObject();
    EXPECT_TRUE(first[u"pm25"_s].isDouble());
    EXPECT_EQ(first[u"location"_s].toObject()[u"type"_s].toString(), u"Point"_s);
    const Reply normalized = get(entities + u"?type=AirQualityObserved&limit=1"_s);
    const QJsonObject pm25 = normalized.json().array().at(0).toObject()[u"pm25"_s].toObject();
    EXPECT_EQ(pm25[u"type"_s].toString(), u"Number"_s);
    EXPECT_EQ(pm25[u"metadata"_s].toObject()[u"unitCode"_s].toObject()[u"value"_s].toString(), u"GQ"_s);

    // idPattern and attrs.
    const Reply hc =
        get(entities + u"?idPattern=%5Eurn:ngsi-ld:FloodMonitoring:flood%5C.hai-chau&attrs=currentLevel"_s);
    ASSERT_EQ(hc.status, 200) << hc.body.toStdString();
    ASSERT_EQ(hc.json().array().size(), 2);
    const QJsonObject tower = hc.json().array().at(0).toObject();
    EXPECT_TRUE(tower.contains(u"currentLevel"_s));
    EXPECT_FALSE(tower.contains(u"location"_s)) << "attrs keeps only what is asked";

    // q on dateObserved; anything else is refused.
    EXPECT_EQ(get(entities + u"?q=dateObserved%3E%3D2030-01-01T00:00:00Z&options=count"_s).totalCount, "0");
    EXPECT_EQ(get(entities + u"?q=dateObserved%3C2030-01-01T00:00:00Z&options=count"_s).totalCount, total);
    EXPECT_EQ(get(entities + u"?q=pm25%3E10"_s).status, 400);

    // Tenants and service paths.
    EXPECT_EQ(get(entities, {{"Fiware-Service", "danang"}}).json().array().size(), 20);
    EXPECT_EQ(get(entities, {{"Fiware-Service", "hanoi"}}).json().array().size(), 0);
    const Reply airPath =
        get(entities + u"?options=count"_s, {{"Fiware-Service", "danang"}, {"Fiware-ServicePath", "/air"}});
    EXPECT_EQ(airPath.totalCount, "6") << airPath.body.left(300).toStdString();

    // One entity; a missing one is a 404.
    const QString id = first[u"id"_s].toString();
    EXPECT_EQ(get(entities + u'/' + id).json()[u"id"_s].toString(), id);
    EXPECT_EQ(get(entities + u"/urn:ngsi-ld:Nothing:here"_s).status, 404);
    EXPECT_EQ(get(served.base + u"/version"_s).status, 200);

    EXPECT_EQ(served.terminate(), 0) << "serve stops cleanly on SIGTERM";
}

TEST(Serve, SensorThingsFollowsNextLinksToTheEnd)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    int total = -1;
    int seen = 0;
    QString next = served.base + u"/v1.1/Datastreams?$top=100&$count=true"_s;
    while (!next.isEmpty()) {
        const Reply r = get(next);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonObject page = r.json().object();
        if (total < 0)
            total = page[u"@iot.count"_s].toInt();
        seen += int(page[u"value"_s].toArray().size());
        next = page[u"@iot.nextLink"_s].toString();
    }
    EXPECT_EQ(seen, total);
    EXPECT_GT(total, 250);

    // One datastream's observations, oldest first, five at a time.
    const Reply asc =
        get(served.base + u"/v1.1/Datastreams(1)/Observations?$top=5&$orderby=phenomenonTime%20asc"_s);
    ASSERT_EQ(asc.status, 200);
    const QJsonArray values = asc.json()[u"value"_s].toArray();
    ASSERT_EQ(values.size(), 5);
    EXPECT_LT(values[0].toObject()[u"phenomenonTime"_s].toString(),
              values[4].toObject()[u"phenomenonTime"_s].toString());
    EXPECT_FALSE(asc.json()[u"@iot.nextLink"_s].toString().isEmpty());
    const Reply desc = get(served.base + u"/v1.1/Datastreams(1)/Observations?$top=1"_s);
    EXPECT_LE(desc.json()[u"value"_s].toArray()[0].toObject()[u"phenomenonTime"_s].toString(),
              u"2024-10-14T01:01:00.000Z"_s)
        << "newest first, and nothing after the clock";
    EXPECT_EQ(get(served.base + u"/v1.1/Datastreams(99999)"_s).status, 404);
    EXPECT_EQ(get(served.base + u"/v1.1/Observations?$top=2"_s).json()[u"value"_s].toArray().size(), 2);
    EXPECT_EQ(get(served.base + u"/v1.1/Observations?$orderby=result"_s).status, 400);
    EXPECT_EQ(served.terminate(), 0);
}

TEST(Serve, PublishesToAnMqttBrokerOnLoopback)
{
    QTemporaryDir dir;
    const quint16 port = freePort();
    {
        QFile conf(dir.filePath(u"mosquitto.conf"_s));
        ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
        conf.write("listener " + QByteArray::number(port) + " 127.0.0.1\nallow_anonymous true\n");
    }
    QProcess broker;
    broker.start(u"mosquitto"_s, {u"-c"_s, dir.filePath(u"mosquitto.conf"_s)});
    ASSERT_TRUE(broker.waitForStarted(5000)) << "mosquitto is not installed";
    QThread::msleep(300);

    QProcess subscriber;
    subscriber.start(u"mosquitto_sub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-t"_s,
                                          u"cityops/demo/#"_s, u"-C"_s, u"5"_s, u"-W"_s, u"15"_s, u"-v"_s});
    ASSERT_TRUE(subscriber.waitForStarted(5000));
    QThread::msleep(300);
    test::Served served({u"--mqtt"_s, u"127.0.0.1:%1"_s.arg(port), u"--speed"_s, u"600"_s});
    ASSERT_FALSE(served.base.isEmpty());
    ASSERT_TRUE(subscriber.waitForFinished(20'000));
    const QStringList lines =
        QString::fromUtf8(subscriber.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << subscriber.readAllStandardError().toStdString();
    const QString topic = lines[0].section(u' ', 0, 0);
    const QJsonObject message = QJsonDocument::fromJson(lines[0].section(u' ', 1).toUtf8()).object();
    EXPECT_TRUE(topic.startsWith(u"cityops/demo/"_s)) << topic.toStdString();
    EXPECT_TRUE(message[u"value"_s].isDouble());
    EXPECT_TRUE(topic.endsWith(message[u"indicator"_s].toString() + u'/' + message[u"place"_s].toString()));
    EXPECT_EQ(served.terminate(), 0);
    broker.terminate();
    broker.waitForFinished(5000);
}

TEST(Serve, StaysOnLoopbackUnlessTold)
{
    const auto run = test::runCli({u"--lang"_s, u"en"_s, u"serve"_s, u"--http"_s, u"0.0.0.0:0"_s});
    EXPECT_EQ(run.exitCode, 64);
    EXPECT_TRUE(run.err.contains(u"not a loopback address"_s)) << run.err.toStdString();
    EXPECT_EQ(test::runCli({u"serve"_s, u"--speed"_s, u"5000"_s}).exitCode, 64);
}
