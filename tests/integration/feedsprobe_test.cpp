// cityops-cli feeds probe against the demo city's `serve` on 127.0.0.1, as an operator tries
// a new feed: it follows the paging to the end (every entity once, as many as
// Fiware-Total-Count says), keeps the tenant headers, prints one NDJSON line per observation,
// writes nothing; a broker that is not there, or a protocol not built, is a clear error.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/servedcity.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> lines(const QString& out)
{
    QList<QJsonObject> all;
    for (const QString& l : out.split(u'\n', Qt::SkipEmptyParts))
        all.append(QJsonDocument::fromJson(l.toUtf8()).object());
    return all;
}

QByteArray totalCount(const QString& url)
{
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray total = reply->rawHeader("Fiware-Total-Count");
    reply->deleteLater();
    return total;
}

} // namespace

TEST(FeedsProbe, ReadsAnNgsiV2BrokerToTheEndWritingNothing)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty()) << "serve did not print its address";
    const QByteArray total = totalCount(served.base + u"/v2/entities?limit=1&options=count"_s);
    ASSERT_FALSE(total.isEmpty());

    qputenv("CITYOPS_FEEDS_PAGE_SIZE", "17"); // 254 entities: 15 pages
    const test::CliRun paged =
        test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, served.base});
    qunsetenv("CITYOPS_FEEDS_PAGE_SIZE");
    ASSERT_EQ(paged.exitCode, 0) << paged.err.toStdString();
    EXPECT_TRUE(paged.err.contains(u"from 15 page(s)"_s)) << paged.err.toStdString();
    const QList<QJsonObject> observations = lines(paged.out);
    QSet<QString> entities;
    for (const QJsonObject& o : observations) {
        ASSERT_EQ(o.keys(), (QStringList{u"attribute"_s, u"entity"_s, u"series"_s, u"time"_s, u"type"_s,
                                         u"unit"_s, u"value"_s}))
            << QJsonDocument(o).toJson().toStdString();
        EXPECT_TRUE(o[u"value"_s].isDouble());
        EXPECT_TRUE(o[u"time"_s].toString().endsWith(u'Z'));
        EXPECT_TRUE(o[u"series"_s].isNull()) << "no config maps it";
        entities.insert(o[u"type"_s].toString() + u'\n' + o[u"entity"_s].toString());
    }
    EXPECT_EQ(QByteArray::number(entities.size()), total) << "every entity once";

    const test::CliRun whole = test::runCli({u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, served.base});
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    EXPECT_EQ(lines(whole.out).size(), observations.size()) << "one page of 1,000 or 15 of 17: the same";

    const test::CliRun air = test::runCli(
        {u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, served.base, u"--type"_s, u"AirQualityObserved"_s});
    ASSERT_EQ(air.exitCode, 0) << air.err.toStdString();
    bool unit = false;
    for (const QJsonObject& o : lines(air.out)) {
        EXPECT_EQ(o[u"type"_s].toString(), u"AirQualityObserved"_s);
        unit = unit || (o[u"attribute"_s] == u"no2"_s && o[u"unit"_s] == u"GQ"_s);
    }
    EXPECT_TRUE(unit) << "NO₂ in µg/m³ (UN/CEFACT GQ)";

    const test::CliRun tenant = test::runCli({u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, served.base,
                                              u"--service"_s, u"danang"_s, u"--service-path"_s, u"/air"_s});
    ASSERT_EQ(tenant.exitCode, 0) << tenant.err.toStdString();
    QSet<QString> airEntities;
    for (const QJsonObject& o : lines(tenant.out))
        airEntities.insert(o[u"entity"_s].toString());
    EXPECT_EQ(airEntities.size(), 6) << "Fiware-Service danang, Fiware-ServicePath /air";
    EXPECT_EQ(served.terminate(), 0);
}

TEST(FeedsProbe, ABrokerThatIsNotThereOrAProtocolNotBuiltIsAClearError)
{
    QTcpServer nobody; // a port nothing answers on once closed
    ASSERT_TRUE(nobody.listen(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:%1"_s.arg(nobody.serverPort());
    nobody.close();
    const test::CliRun gone = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, url});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(u"cannot reach the server"_s)) << gone.err.toStdString();
    EXPECT_TRUE(gone.out.isEmpty());
    EXPECT_EQ(test::runCli({u"feeds"_s, u"probe"_s, u"ngsi-ld"_s, url}).exitCode, 1);
    EXPECT_EQ(test::runCli({u"feeds"_s, u"probe"_s, u"mqtt"_s, url}).exitCode, 2);
    EXPECT_EQ(test::runCli({u"feeds"_s, u"probe"_s, u"ngsi-v2"_s, u"ftp://x"_s}).exitCode, 2);
    EXPECT_EQ(test::runCli({u"feeds"_s, u"probe"_s}).exitCode, 64);
}
