// An incremental NGSI-LD feed back from an outage reads the temporal API in bounded steps
// (catchUpHours a poll, polled again at once while behind), and not from further back than
// the broker keeps (keepsHours): what it no longer has is reported lost once, the rest read
// back exactly. The broker is a loopback QHttpServer on 127.0.0.1 serving a flood tower's
// waterDepth every 30 minutes over three days, its time range as the temporal API asks it
// (timerel=between, timeAt, endTimeAt); one that keeps 48 h refuses a range older than that.

#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/feeds/collector.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;

// Instances every 30 minutes, 7 minutes past the half hour, from 72 h before `now` to it.
// The broker's clock is `skewMs` ahead of this machine's (its Date header says so).
struct Broker
{
    std::int64_t skewMs = 0;
    std::int64_t now = clock();
    std::int64_t first = now - 72 * kHour;
    int keepsHours = 0; // 0: everything; else a range older than this is refused (400)
    std::vector<std::pair<std::int64_t, std::int64_t>> asked;
    QHttpServer http;
    quint16 port = 0;

    std::int64_t clock() const { return QDateTime::currentMSecsSinceEpoch() + skewMs; }

    void reply(QHttpServerResponder&& r, const QByteArray& body,
               QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok) const
    {
        QHttpServerResponse response("application/json", body, status);
        response.setHeader("Date", QLocale::c()
                                       .toString(QDateTime::fromMSecsSinceEpoch(clock(), QTimeZone::utc()),
                                                 u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                       .toLatin1());
        response.write(std::move(r));
    }

    std::vector<std::int64_t> instants() const
    {
        std::vector<std::int64_t> out;
        for (std::int64_t t = first + 7 * 60'000; t <= now; t += kHour / 2)
            out.push_back(t);
        return out;
    }

    explicit Broker(std::int64_t skew = 0)
        : skewMs(skew)
    {
        http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& r) {
            const QUrlQuery q(request.url());
            const auto from =
                feeds::parseFeedTime(q.queryItemValue(u"timeAt"_s, QUrl::FullyDecoded), QTimeZone::utc());
            const auto to =
                feeds::parseFeedTime(q.queryItemValue(u"endTimeAt"_s, QUrl::FullyDecoded), QTimeZone::utc());
            if (request.url().path() != u"/ngsi-ld/v1/temporal/entities"_s || !from || !to) {
                reply(std::move(r), "[]");
                return;
            }
            asked.emplace_back(*from, *to);
            if (keepsHours > 0 && *from < clock() - keepsHours * kHour) {
                reply(std::move(r),
                      R"({"type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", )"
                      R"("title": "timeAt is older than the temporal store keeps"})",
                      QHttpServerResponder::StatusCode::BadRequest);
                return;
            }
            QJsonArray instances;
            for (const std::int64_t t : instants()) {
                if (t >= *from && t <= *to)
                    instances.append(QJsonObject{{u"type"_s, u"Property"_s},
                                                 {u"value"_s, double(20 + (t / 60'000) % 50)},
                                                 {u"unitCode"_s, u"CMT"_s},
                                                 {u"observedAt"_s, toIsoUtc(t)}});
            }
            // Asked past its first page (offset): none.
            const QJsonArray entities =
                q.queryItemValue(u"offset"_s).toInt() > 0
                    ? QJsonArray()
                    : QJsonArray{QJsonObject{{u"id"_s, u"urn:ngsi-ld:FloodTower:thanh-khe.dien-bien-phu"_s},
                                             {u"type"_s, u"FloodTower"_s},
                                             {u"waterDepth"_s, instances}}};
            reply(std::move(r), QJsonDocument(entities).toJson(QJsonDocument::Compact));
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }
};

feeds::FeedsConfig configFor(const Broker& broker, const Catalog& catalog, const QString& extra)
{
    const QByteArray json = uR"({"feeds": [{"id": "flood-ld", "protocol": "ngsi-ld",
      "url": "http://127.0.0.1:%1", "type": "FloodTower", "incremental": "observedAt",
      "lookbackSeconds": 0, %2
      "map": [{"type": "FloodTower", "id": "^urn:ngsi-ld:FloodTower:(?<tower>.+)$",
               "attributes": {"waterDepth": {"indicator": "flood.depth", "unit": "cm"}},
               "place": "flood.{tower}"}]}]})"_s.arg(broker.port)
                                .arg(extra)
                                .toUtf8();
    auto config = feeds::FeedsConfig::parse(json, u"flood.json"_s, catalog);
    EXPECT_TRUE(config.ok()) << (config.ok() ? "" : config.error().detail.toStdString());
    return config.ok() ? *config : feeds::FeedsConfig{};
}

struct Polled
{
    int polls = 0;
    qint64 inserted = 0, accepted = 0;
    QStringList errors;
};

// Polls as the collector does: again at once while behind (at most 20).
Polled pollUntilCaughtUp(const feeds::FeedConfig& feed, const Catalog& catalog,
                         const store::ArchiveLocation& archive, feeds::FeedState& state)
{
    Polled out;
    for (bool behind = true; behind && out.polls < 20; ++out.polls) {
        const feeds::FeedPollSummary s = feeds::pollFeed(feed, catalog, archive, {}, &state);
        out.inserted += s.inserted;
        out.accepted += s.accepted;
        out.errors << s.errors;
        behind = s.behind;
    }
    return out;
}

} // namespace

TEST(NgsiLdCatchUp, ThreeDaysAreReadBackInStepsOfCatchUpHoursExactlyOnce)
{
    Broker broker;
    ASSERT_NE(broker.port, 0);
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const feeds::FeedsConfig config = configFor(broker, catalog, u"\"catchUpHours\": 24,"_s);
    ASSERT_EQ(config.feeds.size(), 1u);
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
    ASSERT_TRUE(feeds::claimArchiveFor(config, archive).ok());
    feeds::FeedState state;
    state.newest = broker.first; // the last reading before the outage

    const Polled p = pollUntilCaughtUp(config.feeds.at(0), catalog, archive, state);
    EXPECT_TRUE(p.errors.isEmpty()) << p.errors.join(u'\n').toStdString();
    EXPECT_EQ(p.inserted, qint64(broker.instants().size())); // 144: each once, none lost
    EXPECT_EQ(p.accepted, p.inserted) << "no step read an instance another read";
    ASSERT_EQ(broker.asked.size(), 4u); // 24 h, 24 h, 24 h, then the last minute
    for (std::size_t i = 0; i < broker.asked.size(); ++i) {
        EXPECT_LE(broker.asked[i].second - broker.asked[i].first, 24 * kHour) << i;
        if (i > 0) {
            EXPECT_EQ(broker.asked[i].first, broker.asked[i - 1].second) << "each step from the last's end";
        }
    }
    EXPECT_EQ(broker.asked.front().first, broker.first);
    EXPECT_FALSE(state.partial);

    // Caught up: the next poll is one short range from the newest read.
    const feeds::FeedPollSummary next = feeds::pollFeed(config.feeds.at(0), catalog, archive, {}, &state);
    EXPECT_FALSE(next.behind);
    EXPECT_EQ(next.inserted, 0);
    EXPECT_LE(broker.asked.back().second - broker.asked.back().first, kHour);
}

TEST(NgsiLdCatchUp, WhatTheBrokerNoLongerKeepsIsReportedLostAndTheRestReadBack)
{
    Broker broker;
    broker.keepsHours = 48;
    ASSERT_NE(broker.port, 0);
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));

    // Without keepsHours, the broker refuses the range, poll after poll.
    const feeds::FeedsConfig refused = configFor(broker, catalog, {});
    ASSERT_TRUE(feeds::claimArchiveFor(refused, archive).ok());
    feeds::FeedState stuck;
    stuck.newest = broker.first;
    for (int i = 0; i < 2; ++i) {
        const auto s = feeds::pollFeed(refused.feeds.at(0), catalog, archive, {}, &stuck);
        ASSERT_EQ(s.errors.size(), 1);
        EXPECT_TRUE(s.errors[0].contains(u"older than the temporal store keeps"_s))
            << s.errors[0].toStdString();
    }
    EXPECT_EQ(stuck.newest, broker.first);

    const feeds::FeedsConfig config =
        configFor(broker, catalog, u"\"keepsHours\": 48, \"catchUpHours\": 12,"_s);
    feeds::FeedState state;
    state.newest = broker.first;
    const Polled p = pollUntilCaughtUp(config.feeds.at(0), catalog, archive, state);
    ASSERT_EQ(p.errors.size(), 1) << p.errors.join(u'\n').toStdString(); // the loss, said once
    EXPECT_TRUE(p.errors[0].contains(u"can no longer be read"_s)) << p.errors[0].toStdString();
    EXPECT_TRUE(p.errors[0].contains(toIsoUtc(broker.first))) << p.errors[0].toStdString();
    const std::int64_t kept = broker.asked.at(2).first; // (after the two refused polls)
    EXPECT_GE(kept, broker.now - 48 * kHour);
    EXPECT_LE(kept, broker.now - 47 * kHour);
    qint64 readable = 0;
    for (const std::int64_t t : broker.instants())
        readable += t >= kept ? 1 : 0;
    EXPECT_EQ(p.inserted, readable); // ~95 of 144: every one the broker still had
    EXPECT_EQ(p.polls, 4);           // 47 h 50 in steps of 12 h
}

// A broker whose clock is off: what it keeps is counted back from its own clock (its Date),
// not this machine's. Three hours behind, a reading 46 h old by its clock is still kept (by
// ours it would be 49 h old and reported lost); three hours ahead, the range asked starts
// inside what it keeps (by ours it would start 50 h back, and be refused poll after poll) and
// reaches its newest instance.
TEST(NgsiLdCatchUp, WhatTheBrokerKeepsIsCountedByItsOwnClock)
{
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    for (const std::int64_t skew : {-3 * kHour, 3 * kHour}) {
        SCOPED_TRACE(skew);
        Broker broker(skew);
        broker.keepsHours = 48;
        ASSERT_NE(broker.port, 0);
        QTemporaryDir dir;
        const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
        const feeds::FeedsConfig config =
            configFor(broker, catalog, u"\"keepsHours\": 48, \"catchUpHours\": 12,"_s);
        ASSERT_TRUE(feeds::claimArchiveFor(config, archive).ok());
        feeds::FeedState state;
        state.newest = skew < 0 ? broker.now - 46 * kHour : broker.now - 60 * kHour;
        const std::int64_t held = *state.newest;

        const Polled p = pollUntilCaughtUp(config.feeds.at(0), catalog, archive, state);
        ASSERT_FALSE(broker.asked.empty());
        const std::int64_t from = broker.asked.front().first;
        qint64 readable = 0;
        for (const std::int64_t t : broker.instants())
            readable += t > std::max(held, from) || (t == from && from > held) ? 1 : 0;
        if (skew < 0) {
            EXPECT_TRUE(p.errors.isEmpty()) << p.errors.join(u'\n').toStdString();
            EXPECT_EQ(from, held) << "read on from the newest held, nothing reported lost";
        } else {
            ASSERT_EQ(p.errors.size(), 1) << p.errors.join(u'\n').toStdString();
            EXPECT_TRUE(p.errors[0].contains(u"can no longer be read"_s)) << p.errors[0].toStdString();
            EXPECT_GE(from, broker.now - 48 * kHour);
            EXPECT_LE(from, broker.now - 47 * kHour);
        }
        EXPECT_EQ(p.inserted, readable) << "every instance it still keeps, to its newest";
        ASSERT_TRUE(state.newest.has_value());
        EXPECT_GE(*state.newest, broker.instants().back());
        // (Its clock as its Date says it, to the second; a range ends a minute on.)
        EXPECT_LE(*state.newest, broker.clock() + 61'000) << "never past the broker's own clock";
        ASSERT_TRUE(state.clockSkewMs.has_value());
        EXPECT_NEAR(double(*state.clockSkewMs), double(skew), 2000.0);
    }
}
