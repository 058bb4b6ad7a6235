// An NGSI-v2 broker read to the end against loopback fixtures that do what real servers do
// (QtHttpServer on 127.0.0.1, started by the test): entities removed or added between pages
// (offset paging has no snapshot), an Orion error body with a 500, a server that accepts and
// never answers or sends headers then stalls, a wrong content type, truncated JSON, an answer
// over the size cap (and one of 100 MB), a redirect, gzip, a 429 or 503 with Retry-After, an
// ETag answered with 304.

#include "core/feeds/http/ngsiv2fetch.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QUrlQuery>

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject entity(int n)
{
    return {{u"id"_s, u"e%1"_s.arg(n)},
            {u"type"_s, u"T"_s},
            {u"dateObserved"_s, u"2026-10-14T08:00:00Z"_s},
            {u"level"_s, n}};
}

// A broker whose every answer the test writes: (offset, limit, responder) → done.
class Fixture
{
public:
    using Handler = std::function<void(int offset, int limit, QHttpServerResponder& responder)>;
    explicit Fixture(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.setMissingHandler([this](const QHttpServerRequest& request,
                                          QHttpServerResponder&& responder) {
            const QUrlQuery q(request.url());
            if (request.url().path() == u"/old"_s) { // moved
                responder.write(QHttpServerResponder::HeaderList{{"Location", "/v2/entities?options=count"}},
                                QHttpServerResponder::StatusCode::MovedPermanently);
                return;
            }
            m_handler(q.queryItemValue(u"offset"_s).toInt(), q.queryItemValue(u"limit"_s).toInt(), responder);
            if (m_keep)
                m_kept.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    // Keeps the responders the handler did not answer: the connection stays open, silent.
    void keepUnanswered() { m_keep = true; }
    QUrl url(const QString& path = QString()) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
    }
    quint16 port = 0;

private:
    Handler m_handler;
    QHttpServer m_server;
    bool m_keep = false;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_kept;
};

void answer(QHttpServerResponder& r, const QJsonArray& page, qsizetype total)
{
    r.write(QJsonDocument(page).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"Fiware-Total-Count", QByteArray::number(total)}});
}

// The city's entities now, a page of them.
void pageOf(QHttpServerResponder& r, const std::vector<QJsonObject>& all, int offset, int limit)
{
    QJsonArray page;
    for (int i = offset; i < std::min<int>(offset + limit, int(all.size())); ++i)
        page.append(all[std::size_t(i)]);
    answer(r, page, qsizetype(all.size()));
}

std::map<QString, int> perEntity(const feeds::NgsiV2Fetched& f)
{
    std::map<QString, int> n;
    for (const feeds::FeedObservation& o : f.items.observations)
        ++n[o.entity];
    return n;
}

} // namespace

TEST(NgsiFetch, AnEntityRemovedBetweenPagesDoesNotHideTheNextOne)
{
    std::vector<QJsonObject> all;
    for (int i = 0; i < 30; ++i)
        all.push_back(entity(i));
    bool removed = false;
    Fixture broker([&](int offset, int limit, QHttpServerResponder& r) {
        if (offset == 10 && !removed) { // e0 goes: e10 moves to offset 9, on the page already read
            all.erase(all.begin());
            removed = true;
        }
        pageOf(r, all, offset, limit);
    });
    feeds::NgsiV2Query query{broker.url(), {}, {}, {}};
    query.pageSize = 10;
    const auto fetched = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    const auto n = perEntity(*fetched);
    EXPECT_EQ(n.size(), 30u) << "e0 was read before it went; e10 is found on the second pass";
    EXPECT_TRUE(n.count(u"e10"_s));
    for (const auto& [id, count] : n)
        EXPECT_EQ(count, 1) << id.toStdString() << " counted twice";
    EXPECT_TRUE(fetched->reread);
    EXPECT_EQ(fetched->totalCount, 29);
}

TEST(NgsiFetch, AnEntityAddedBetweenPagesIsNotCountedTwice)
{
    std::vector<QJsonObject> all;
    for (int i = 0; i < 25; ++i)
        all.push_back(entity(i));
    bool added = false;
    Fixture broker([&](int offset, int limit, QHttpServerResponder& r) {
        if (offset == 10 && !added) { // a new one first: e9 moves to offset 10, read again
            all.insert(all.begin(), entity(100));
            added = true;
        }
        pageOf(r, all, offset, limit);
    });
    feeds::NgsiV2Query query{broker.url(), {}, {}, {}};
    query.pageSize = 10;
    const auto fetched = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(fetched.ok()) << fetched.error().toString().toStdString();
    const auto n = perEntity(*fetched);
    EXPECT_EQ(n.size(), 26u);
    EXPECT_EQ(n.at(u"e9"_s), 1) << "seen on two pages, counted once";
    EXPECT_TRUE(n.count(u"e100"_s)) << "the new one, on the second pass";
}

TEST(NgsiFetch, WhatGoesWrongIsSaidAndNothingIsKept)
{
    const auto fetchFrom = [](Fixture& broker, const QString& path = QString(), int timeoutMs = 10'000) {
        feeds::NgsiV2Query query{broker.url(path), {}, {}, {}};
        query.timeoutMs = timeoutMs;
        query.maxBytes = 200 * 1024;
        return feeds::fetchNgsiV2(query);
    };
    Fixture orion([](int, int, QHttpServerResponder& r) {
        r.write(R"({"error": "InternalError", "description": "database timeout"})",
                {{"Content-Type", "application/json"}},
                QHttpServerResponder::StatusCode::InternalServerError);
    });
    auto e = fetchFrom(orion);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().message.toStdString(), "HTTP 500: the broker says InternalError: database timeout");

    Fixture missing([](int, int, QHttpServerResponder& r) {
        r.write(QByteArray("<html>not here</html>"), {{"Content-Type", "text/html"}},
                QHttpServerResponder::StatusCode::NotFound);
    });
    e = fetchFrom(missing);
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().message.startsWith(u"HTTP 404: "_s)) << e.error().message.toStdString();
    EXPECT_FALSE(e.error().message.contains(u"JSON"_s)) << "the status said, not what the page is not";

    Fixture silent([](int, int, QHttpServerResponder&) {});
    silent.keepUnanswered();
    e = fetchFrom(silent, QString(), 400);
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().message.startsWith(u"no answer within"_s)) << e.error().message.toStdString();

    Fixture html([](int, int, QHttpServerResponder& r) {
        r.write(QByteArray("<html>maintenance</html>"), {{"Content-Type", "text/html"}});
    });
    e = fetchFrom(html);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().message.toStdString(), "not JSON: the content type is text/html");

    Fixture truncated([](int, int, QHttpServerResponder& r) {
        r.write(QByteArray(R"([{"id": "e1", "type": "T", "level": )"),
                {{"Content-Type", "application/json"}});
    });
    e = fetchFrom(truncated);
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().message.startsWith(u"not JSON"_s)) << e.error().message.toStdString();

    QJsonArray big; // about 1.4 MB, made once (a sanitized build makes it slowly)
    for (int i = 0; i < 20'000; ++i)
        big.append(entity(i));
    const QByteArray bigBody = QJsonDocument(big).toJson(QJsonDocument::Compact);
    Fixture huge([&](int, int, QHttpServerResponder& r) {
        r.write(QByteArray(bigBody), {{"Content-Type", "application/json"}, {"Fiware-Total-Count", "20000"}});
    });
    e = fetchFrom(huge); // (the cap, not the clock, must stop it)
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().message.contains(u"larger than"_s)) << e.error().message.toStdString();

    Fixture moved([](int offset, int limit, QHttpServerResponder& r) {
        pageOf(r, {entity(1), entity(2)}, offset, limit);
    });
    const auto followed = fetchFrom(moved, u"/old"_s);
    ASSERT_TRUE(followed.ok()) << followed.error().toString().toStdString();
    EXPECT_EQ(followed->items.observations.size(), 2u) << "a redirect is followed";
}

// A broker that is overloaded says when to call again: the error carries its Retry-After
// (seconds, or an HTTP date) for the collector's back-off.
TEST(NgsiFetch, A429Or503SaysWhenToCallAgain)
{
    Fixture busy([](int, int, QHttpServerResponder& r) {
        r.write(R"({"error": "TooManyRequests", "description": "slow down"})",
                {{"Content-Type", "application/json"}, {"Retry-After", "7"}},
                QHttpServerResponder::StatusCode::TooManyRequests);
    });
    auto e = feeds::fetchNgsiV2({busy.url(), {}, {}, {}});
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code, ErrorCode::Network);
    EXPECT_EQ(e.error().retryAfterSeconds, 7);
    EXPECT_TRUE(e.error().message.startsWith(u"HTTP 429: the broker says TooManyRequests: slow down"_s))
        << e.error().message.toStdString();

    // (An HTTP date as servers send it: "GMT", which Qt's RFC 2822 reading does not take.)
    const QByteArray inTwoMinutes =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(120), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
            .toLatin1();
    Fixture down([&](int, int, QHttpServerResponder& r) {
        r.write(QByteArray("maintenance"), {{"Content-Type", "text/plain"}, {"Retry-After", inTwoMinutes}},
                QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
    e = feeds::fetchNgsiV2({down.url(), {}, {}, {}});
    ASSERT_FALSE(e.ok());
    EXPECT_NEAR(e.error().retryAfterSeconds, 120, 3) << e.error().message.toStdString();
}

// Headers sent, then nothing: the timeout counts to the last byte, not to the first.
TEST(NgsiFetch, AServerThatSendsHeadersThenStallsTimesOut)
{
    Fixture stalls([](int, int, QHttpServerResponder& r) {
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader("Content-Type", "application/json");
        r.writeHeader("Content-Length", "100000");
        r.writeBody(QByteArray(R"([{"id": "e1", "type": "T", )"));
    });
    stalls.keepUnanswered();
    feeds::NgsiV2Query query{stalls.url(), {}, {}, {}};
    query.timeoutMs = 1500;
    const auto e = feeds::fetchNgsiV2(query);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code, ErrorCode::Timeout);
    EXPECT_TRUE(e.error().message.startsWith(u"no answer within 2 second"_s))
        << e.error().message.toStdString();
}

// A gzip body is inflated; a 100 MB answer is refused at the 64 MB cap and the next read
// goes on as if nothing happened.
TEST(NgsiFetch, GzipIsReadAndA100MegabyteAnswerIsRefusedByTheCap)
{
    const QByteArray plain = QJsonDocument(QJsonArray{entity(1), entity(2), entity(3)}).toJson();
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-c"_s});
    ASSERT_TRUE(gzip.waitForStarted());
    gzip.write(plain);
    gzip.closeWriteChannel();
    ASSERT_TRUE(gzip.waitForFinished());
    const QByteArray zipped = gzip.readAllStandardOutput();
    ASSERT_EQ(zipped.left(2), QByteArray("\x1f\x8b"));
    Fixture compressed([&](int, int, QHttpServerResponder& r) {
        r.write(QByteArray(zipped), {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    });
    const auto read = feeds::fetchNgsiV2({compressed.url(), {}, {}, {}});
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(read->items.observations.size(), 3u);

    const QByteArray one = QJsonDocument(entity(7)).toJson(QJsonDocument::Compact) + ',';
    const QByteArray huge = '[' + one.repeated(int(100 * 1024 * 1024 / one.size())) + "{}]";
    ASSERT_GT(huge.size(), 100 * 1024 * 1024 - 100);
    Fixture flood([&](int, int, QHttpServerResponder& r) {
        r.write(QByteArray(huge), {{"Content-Type", "application/json"}});
    });
    const auto refused = feeds::fetchNgsiV2({flood.url(), {}, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.toStdString(), "the answer is larger than 64 MB: refused");
    const auto again = feeds::fetchNgsiV2({compressed.url(), {}, {}, {}});
    ASSERT_TRUE(again.ok()) << "the feed goes on";
    EXPECT_EQ(again->items.observations.size(), 3u);
}

// A broker that sends an ETag and honours If-None-Match: the second poll is a 304, nothing
// read and nothing to write; once the data changes, a 200 again.
TEST(NgsiFetch, ConditionalRequestsReadNothingWhenNothingChanged)
{
    QByteArray etag = "\"v1\"";
    int level = 1;
    QHttpServer http;
    http.setMissingHandler([&](const QHttpServerRequest& request, QHttpServerResponder&& r) {
        if (request.value("If-None-Match") == etag) {
            r.write(QHttpServerResponder::HeaderList{{"ETag", etag}},
                    QHttpServerResponder::StatusCode::NotModified);
            return;
        }
        r.write(QJsonDocument(QJsonArray{entity(level)}).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}, {"Fiware-Total-Count", "1"}, {"ETag", etag}});
    });
    const quint16 port = http.listen(QHostAddress::LocalHost, 0);
    feeds::NgsiV2Query query{QUrl(u"http://127.0.0.1:%1"_s.arg(port)), {}, {}, {}};
    auto first = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_FALSE(first->unchanged);
    EXPECT_EQ(first->validators.etag, etag);
    query.conditional = first->validators;
    auto second = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_TRUE(second->unchanged);
    EXPECT_TRUE(second->items.observations.empty());
    etag = "\"v2\"";
    level = 2;
    auto third = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE(third->unchanged);
    ASSERT_EQ(third->items.observations.size(), 1u);
    EXPECT_EQ(third->items.observations[0].value, 2);
}
