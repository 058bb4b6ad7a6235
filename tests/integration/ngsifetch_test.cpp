// An NGSI-v2 broker read to the end against loopback fixtures that do what real servers do
// (QtHttpServer on 127.0.0.1, started by the test): entities removed or added between pages
// (offset paging has no snapshot), an Orion error body with a 500, a server that accepts and
// never answers, a wrong content type, truncated JSON, an answer over the size cap, a redirect.

#include "core/feeds/http/ngsiv2fetch.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
