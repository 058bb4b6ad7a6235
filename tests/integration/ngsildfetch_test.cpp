// An NGSI-LD broker read to the end against loopback fixtures (QtHttpServer on 127.0.0.1,
// started by the test): entities paged with count=true and NGSILD-Results-Count, the tenant
// and @context headers, the broker's problem details on a 400, and the temporal API paged
// each way real brokers page it: Stellio's 206 with a date-time Content-Range, Mintaka's
// Next-Page, a Link rel="next".

#include "core/common/timeutil.h"
#include "core/feeds/http/ngsildfetch.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <set>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kT0 = 1'728'864'000'000; // 2024-10-14T00:00:00Z
constexpr std::int64_t kMinute = 60'000;

// A broker whose every answer the test writes.
class Broker
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QHttpServerResponder&)>;
    explicit Broker(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                ++requests;
                m_handler(request, responder);
            });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString& path = QString()) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
    }
    quint16 port = 0;
    int requests = 0;

private:
    Handler m_handler;
    QHttpServer m_server;
};

QJsonObject entity(int n)
{
    return {{u"id"_s, u"urn:ngsi-ld:WaterLevel:s%1"_s.arg(n)},
            {u"type"_s, u"WaterLevel"_s},
            {u"level"_s, QJsonObject{{u"type"_s, u"Property"_s},
                                     {u"value"_s, 100 + n},
                                     {u"observedAt"_s, toIsoUtc(kT0)},
                                     {u"unitCode"_s, u"CMT"_s}}}};
}

// One entity's temporal representation: `level` as its instances at the given minutes.
QJsonObject temporal(int n, const std::vector<int>& minutes)
{
    QJsonArray instances;
    for (const int m : minutes)
        instances.append(QJsonObject{{u"type"_s, u"Property"_s},
                                     {u"value"_s, n * 1000 + m},
                                     {u"observedAt"_s, toIsoUtc(kT0 + m * kMinute)}});
    return {{u"id"_s, u"urn:ngsi-ld:WaterLevel:s%1"_s.arg(n)},
            {u"type"_s, u"WaterLevel"_s},
            {u"level"_s, instances}};
}

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

void write(QHttpServerResponder& r, const QJsonArray& body, const Headers& headers = {},
           QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.writeStatusLine(status);
    r.writeHeader("Content-Type", "application/json");
    r.writeHeader("Content-Length", QByteArray::number(json.size()));
    for (const auto& [name, value] : headers)
        r.writeHeader(name, value);
    r.writeBody(json);
}

std::int64_t timeItem(const QUrlQuery& q, const QString& key)
{
    return *feeds::parseFeedTime(q.queryItemValue(key, QUrl::FullyDecoded), QTimeZone::utc());
}

// (entity, time) → value of every observation read; fails on one read twice.
std::map<std::pair<QString, std::int64_t>, double> byInstance(const feeds::NgsiLdFetched& f)
{
    std::map<std::pair<QString, std::int64_t>, double> out;
    for (const feeds::FeedObservation& o : f.items.observations)
        EXPECT_TRUE(out.emplace(std::pair(o.entity, o.time), o.value).second)
            << o.entity.toStdString() << " at " << toIsoUtc(o.time).toStdString() << " twice";
    return out;
}

} // namespace

TEST(NgsiLdFetch, EntitiesArePagedToTheEndWithTheTenantAndTheContext)
{
    QStringList problems;
    Broker broker([&](const QHttpServerRequest& request, QHttpServerResponder& r) {
        const QUrlQuery q(request.url());
        if (request.url().path() != u"/ngsi-ld/v1/entities"_s ||
            q.queryItemValue(u"type"_s) != u"WaterLevel"_s || q.queryItemValue(u"count"_s) != u"true"_s)
            problems << request.url().toString();
        if (request.value("NGSILD-Tenant") != "danang")
            problems << u"tenant: "_s + QString::fromUtf8(request.value("NGSILD-Tenant"));
        if (!request.value("Link").startsWith(
                "<https://city.example/context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\""))
            problems << u"link: "_s + QString::fromUtf8(request.value("Link"));
        const int offset = q.queryItemValue(u"offset"_s).toInt(),
                  limit = q.queryItemValue(u"limit"_s).toInt();
        QJsonArray page;
        for (int i = offset; i < std::min(offset + limit, 25); ++i)
            page.append(entity(i));
        write(r, page, {{"NGSILD-Results-Count", "25"}});
    });
    feeds::NgsiLdQuery query{broker.url(), u"WaterLevel"_s, u"danang"_s,
                             u"https://city.example/context.jsonld"_s};
    query.pageSize = 10;
    const auto fetched = feeds::fetchNgsiLd(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    EXPECT_EQ(fetched->pages, 3);
    EXPECT_EQ(fetched->totalCount, 25);
    const auto got = byInstance(*fetched);
    ASSERT_EQ(got.size(), 25u);
    EXPECT_EQ(got.at({u"urn:ngsi-ld:WaterLevel:s24"_s, kT0}), 124);
    EXPECT_EQ(fetched->items.observations.front().unitCode, u"CMT"_s);
}

TEST(NgsiLdFetch, TheBrokersProblemIsSaid)
{
    Broker broker([](const QHttpServerRequest&, QHttpServerResponder& r) {
        r.write(R"({"type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "title": "Invalid query",
                    "detail": "unknown attribute in q"})",
                {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode::BadRequest);
    });
    const auto fetched = feeds::fetchNgsiLd({broker.url(), u"WaterLevel"_s, {}});
    ASSERT_FALSE(fetched.ok());
    const std::string message = fetched.error().toString().toStdString();
    EXPECT_NE(message.find("400"), std::string::npos) << message;
    EXPECT_NE(message.find("BadRequestData"), std::string::npos) << message;
    EXPECT_NE(message.find("unknown attribute in q"), std::string::npos) << message;
}

// Stellio: at most 10 instances an answer, a 206 saying which range it holds; the client
// asks again from the range's end (that instant included: it is read twice, kept once).
TEST(NgsiLdFetch, TheTemporalApiIsFollowedThroughPartialAnswers)
{
    QStringList asked;
    Broker broker([&](const QHttpServerRequest& request, QHttpServerResponder& r) {
        const QUrlQuery q(request.url());
        asked << q.queryItemValue(u"timeAt"_s, QUrl::FullyDecoded);
        if (request.url().path() != u"/ngsi-ld/v1/temporal/entities"_s ||
            q.queryItemValue(u"timerel"_s) != u"between"_s)
            return write(r, {}, {}, QHttpServerResponder::StatusCode::NotFound);
        const std::int64_t from = timeItem(q, u"timeAt"_s), to = timeItem(q, u"endTimeAt"_s);
        std::vector<int> minutes;
        for (int m = 0; m < 45; ++m) { // 45 instances, one a minute
            const std::int64_t t = kT0 + m * kMinute;
            if (t >= from && t < to && minutes.size() < 10)
                minutes.push_back(m);
        }
        const bool partial =
            !minutes.empty() && kT0 + minutes.back() * kMinute < kT0 + 44 * kMinute && minutes.size() == 10;
        if (!partial)
            return write(r, {temporal(1, minutes)});
        const QByteArray range = "date-time " + toIsoUtc(kT0 + minutes.front() * kMinute).toUtf8() + "-" +
                                 toIsoUtc(kT0 + minutes.back() * kMinute).toUtf8() + "/*";
        write(r, {temporal(1, minutes)}, {{"Content-Range", range}},
              QHttpServerResponder::StatusCode::PartialContent);
    });
    feeds::NgsiLdQuery query{broker.url(u"/ngsi-ld/v1/entities"_s), u"WaterLevel"_s, {}};
    query.between = std::pair(kT0, kT0 + 3600'000);
    const auto fetched = feeds::fetchNgsiLd(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    const auto got = byInstance(*fetched);
    ASSERT_EQ(got.size(), 45u) << asked.join(u' ').toStdString();
    for (int m = 0; m < 45; ++m)
        EXPECT_EQ(got.at({u"urn:ngsi-ld:WaterLevel:s1"_s, kT0 + m * kMinute}), 1000 + m);
    EXPECT_EQ(fetched->pages, 5) << asked.join(u' ').toStdString();
}

// Mintaka: the entities a page at a time, the next one named by Next-Page (pageAnchor).
TEST(NgsiLdFetch, TheTemporalApiIsFollowedThroughNextPageAnchors)
{
    Broker broker([&](const QHttpServerRequest& request, QHttpServerResponder& r) {
        const QUrlQuery q(request.url());
        const int anchor = q.queryItemValue(u"pageAnchor"_s).toInt(); // 0: the first page
        QJsonArray page;
        for (int n = anchor; n < std::min(anchor + 3, 8); ++n)
            page.append(temporal(n, {0, 1, 2}));
        Headers headers{{"Page-Size", "3"}};
        if (anchor + 3 < 8)
            headers.push_back({"Next-Page", QByteArray::number(anchor + 3)});
        write(r, page, headers);
    });
    feeds::NgsiLdQuery query{broker.url(), u"WaterLevel"_s, {}};
    query.between = std::pair(kT0, kT0 + 3600'000);
    const auto fetched = feeds::fetchNgsiLd(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    const auto got = byInstance(*fetched);
    EXPECT_EQ(got.size(), 8u * 3);
    EXPECT_EQ(got.at({u"urn:ngsi-ld:WaterLevel:s7"_s, kT0 + 2 * kMinute}), 7002);
    EXPECT_EQ(fetched->pages, 3);
}

// A Link rel="next" (relative) is followed as given; one that leads back is an error.
TEST(NgsiLdFetch, ALinkToTheNextPageIsFollowedAndALoopIsAnError)
{
    bool loop = false;
    Broker broker([&](const QHttpServerRequest& request, QHttpServerResponder& r) {
        const QString page = QUrlQuery(request.url()).queryItemValue(u"page"_s);
        if (page.isEmpty())
            return write(r, {temporal(1, {0})},
                         {{"Link", "</ngsi-ld/v1/temporal/entities?page=2>; rel=\"next\""}});
        if (loop)
            return write(r, {temporal(1, {1})},
                         {{"Link", "</ngsi-ld/v1/temporal/entities?page=2>; rel=\"next\""}});
        write(r, {temporal(1, {1})});
    });
    feeds::NgsiLdQuery query{broker.url(), u"WaterLevel"_s, {}};
    query.between = std::pair(kT0, kT0 + 3600'000);
    const auto fetched = feeds::fetchNgsiLd(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    EXPECT_EQ(byInstance(*fetched).size(), 2u);
    loop = true;
    const auto looped = feeds::fetchNgsiLd(query);
    ASSERT_FALSE(looped.ok());
    EXPECT_NE(looped.error().toString().indexOf(u"already read"_s), -1)
        << looped.error().toString().toStdString();
}

// The worked example's feed, probed from the command line against a broker answering in a
// thread of its own (the test waits on the child process meanwhile): each reading on a line
// with the series the feeds file maps it to, in the unit the broker gave.
TEST(NgsiLdFetch, ProbedFromTheCommandLineWithTheWorkedExample)
{
    QThread thread;
    QObject context; // lives in `thread`, where the broker answers
    context.moveToThread(&thread);
    thread.start();
    std::unique_ptr<Broker> broker;
    QStringList tenants;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            broker =
                std::make_unique<Broker>([&](const QHttpServerRequest& request, QHttpServerResponder& r) {
                    tenants << QString::fromUtf8(request.value("NGSILD-Tenant"));
                    QJsonObject tower{
                        {u"id"_s, u"urn:ngsi-ld:FloodTower:thanh-khe.dien-bien-phu"_s},
                        {u"type"_s, u"FloodTower"_s},
                        {u"waterDepth"_s, QJsonObject{{u"type"_s, u"Property"_s},
                                                      {u"value"_s, 0.42},
                                                      {u"unitCode"_s, u"MTR"_s},
                                                      {u"observedAt"_s, u"2024-10-14T08:00:00+07:00"_s}}}};
                    write(r, {tower}, {{"NGSILD-Results-Count", "1"}});
                });
        },
        Qt::BlockingQueuedConnection);
    ASSERT_NE(broker->port, 0);
    QTemporaryDir dir;
    QFile example(test::sourceDir() + u"/resources/feeds/ngsi-ld-flood-towers.json"_s);
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const QString url = broker->url().toString();
    QFile config(dir.filePath(u"feeds.json"_s));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(QString::fromUtf8(example.readAll())
                     .replace(u"https://context.danang.example.vn\""_s, url + u'"')
                     .toUtf8());
    config.close();
    const test::CliRun run = test::runCli(
        {u"--lang"_s, u"en"_s, u"feeds"_s, u"probe"_s, u"ngsi-ld"_s, url, u"--config"_s, config.fileName()});
    QMetaObject::invokeMethod(
        &context, [&] { broker.reset(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object();
    EXPECT_EQ(line[u"series"_s].toString(), u"flood.depth@flood.thanh-khe.dien-bien-phu"_s)
        << run.out.toStdString();
    EXPECT_EQ(line[u"time"_s].toString(), u"2024-10-14T01:00:00.000Z"_s);
    EXPECT_EQ(line[u"value"_s].toDouble(), 0.42);
    EXPECT_EQ(line[u"unit"_s].toString(), u"MTR"_s);
    EXPECT_EQ(tenants, QStringList{u"danang"_s});
}
