// Conditional requests to a SensorThings server (a loopback QHttpServer on 127.0.0.1 serving
// the real BGS FROST observations of ../shared/data, their Datastream expanded): the answer's
// ETag or Last-Modified sent back as If-None-Match / If-Modified-Since, a 304 read as "nothing
// changed" (nothing fetched, nothing written), a changed answer read again; an answer of
// several pages keeps no validators (a 304 for its first page would not speak for the others).

#include "core/catalog/catalogloader.h"
#include "core/feeds/collector.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/feeds/http/sensorthingsfetch.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

// The real observations, each with its Datastream expanded, results shifted by `shift`.
QJsonArray observations(double shift)
{
    QFile f(test::sharedDataDir() + u"/sensorthings/bgs_frost_v1.1_observations_value_array.json"_s);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonArray out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        QJsonObject o = v.toObject();
        o.insert(u"result"_s, o.value(u"result"_s).toVariant().toDouble() + shift);
        o.insert(u"Datastream"_s,
                 QJsonObject{{u"@iot.id"_s, 7},
                             {u"name"_s, u"Air Temperature"_s},
                             {u"unitOfMeasurement"_s, QJsonObject{{u"definition"_s, u"ucum:Cel"_s}}}});
        out.append(o);
    }
    return out;
}

// A FROST-like collection that honours the validators it sends (`etag`, `lastModified`:
// empty, not sent); with `paged`, one observation a page.
struct Frost
{
    QByteArray etag = "\"v1\"";
    QByteArray lastModified;
    double shift = 0;
    bool paged = false;
    int answered = 0, notModified = 0;
    QHttpServer http;
    quint16 port = 0;

    Frost()
    {
        http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& r) {
            const bool same = (!etag.isEmpty() && request.value("If-None-Match") == etag) ||
                              (etag.isEmpty() && !lastModified.isEmpty() &&
                               request.value("If-Modified-Since") == lastModified);
            const auto answer = [&](const QByteArray& body, QHttpServerResponder::StatusCode status) {
                QHttpServerResponse response("application/json", body, status);
                if (!etag.isEmpty())
                    response.addHeader("ETag", etag);
                if (!lastModified.isEmpty())
                    response.addHeader("Last-Modified", lastModified);
                response.write(std::move(r));
            };
            if (same) {
                ++notModified;
                answer({}, QHttpServerResponder::StatusCode::NotModified);
                return;
            }
            ++answered;
            QJsonArray all = observations(shift);
            QJsonObject page{{u"value"_s, all}};
            if (paged) {
                const bool second = QUrlQuery(request.url()).hasQueryItem(u"$skip"_s);
                page = QJsonObject{{u"value"_s, QJsonArray{all.at(second ? 1 : 0)}}};
                if (!second)
                    page.insert(u"@iot.nextLink"_s, u"Observations?$skip=1"_s);
            }
            answer(QJsonDocument(page).toJson(QJsonDocument::Compact), QHttpServerResponder::StatusCode::Ok);
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/FROST-Server/v1.1/Observations"_s.arg(port)); }
};

} // namespace

TEST(SensorThingsConditional, A304IsNothingChangedAndAChangedAnswerIsReadAgain)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    Frost frost;
    ASSERT_NE(frost.port, 0);
    feeds::SensorThingsQuery query{frost.url()};
    auto first = feeds::fetchSensorThings(query);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_FALSE(first->unchanged);
    ASSERT_EQ(first->items.observations.size(), 2u);
    EXPECT_DOUBLE_EQ(first->items.observations[0].value, 1.2); // as the real file says
    EXPECT_EQ(first->validators.etag, frost.etag);

    query.conditional = first->validators;
    auto second = feeds::fetchSensorThings(query);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_TRUE(second->unchanged);
    EXPECT_TRUE(second->items.observations.empty());
    EXPECT_EQ(frost.notModified, 1);

    frost.etag = "\"v2\"";
    frost.shift = 10;
    auto third = feeds::fetchSensorThings(query);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE(third->unchanged);
    ASSERT_EQ(third->items.observations.size(), 2u);
    EXPECT_DOUBLE_EQ(third->items.observations[0].value, 11.2);

    // A server that sends only Last-Modified: If-Modified-Since.
    frost.etag.clear();
    frost.lastModified = "Tue, 28 Mar 2023 12:30:00 GMT";
    auto dated = feeds::fetchSensorThings({frost.url()});
    ASSERT_TRUE(dated.ok());
    EXPECT_EQ(dated->validators.lastModified, frost.lastModified);
    query.conditional = dated->validators;
    auto again = feeds::fetchSensorThings(query);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->unchanged);

    // Two pages: no validators kept.
    frost.paged = true;
    auto paged = feeds::fetchSensorThings({frost.url()});
    ASSERT_TRUE(paged.ok()) << paged.error().toString().toStdString();
    EXPECT_EQ(paged->pages, 2);
    EXPECT_EQ(paged->items.observations.size(), 2u);
    EXPECT_FALSE(paged->validators.isSet());
}

TEST(SensorThingsConditional, APollOfAnUnchangedFeedWritesNothing)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    Frost frost;
    ASSERT_NE(frost.port, 0);
    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const QJsonObject feed{{u"id"_s, u"bgs"_s},
                           {u"protocol"_s, u"sensorthings"_s},
                           {u"url"_s, frost.url().toString()},
                           {u"map"_s, QJsonArray{QJsonObject{{u"attribute"_s, u"^Air Temperature$"_s},
                                                             {u"indicator"_s, u"hydro.air-temperature"_s},
                                                             {u"place"_s, u"bgs-keyworth"_s}}}}};
    auto config = feeds::FeedsConfig::parse(
        QJsonDocument(QJsonObject{{u"feeds"_s, QJsonArray{feed}}}).toJson(), u"bgs.json"_s, catalog);
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
    ASSERT_TRUE(feeds::claimArchiveFor(*config, archive).ok());
    feeds::FeedState state;
    const feeds::FeedConfig& f = config->feeds.at(0);
    const feeds::FeedPollSummary first = feeds::pollFeed(f, catalog, archive, {}, &state);
    ASSERT_TRUE(first.errors.isEmpty()) << first.errors.join(u'\n').toStdString();
    EXPECT_EQ(first.accepted, 2);
    EXPECT_EQ(state.etag, frost.etag);
    const feeds::FeedPollSummary second = feeds::pollFeed(f, catalog, archive, {}, &state);
    EXPECT_TRUE(second.errors.isEmpty());
    EXPECT_EQ(second.fetched, 0);
    EXPECT_EQ(second.accepted, 0);
    EXPECT_EQ(frost.notModified, 1);
    EXPECT_EQ(state.etag, frost.etag); // kept for the next poll
    frost.etag = "\"v2\"";
    const feeds::FeedPollSummary third = feeds::pollFeed(f, catalog, archive, {}, &state);
    EXPECT_EQ(third.accepted, 2);
    EXPECT_EQ(frost.answered, 2);
}
