// UltraLight 2.0 as FIWARE's IoT Agent for UltraLight reads it, from its own unit tests
// (../shared/data/ultralight/ul_measures_to_ngsiv2.json, iotagent-ul): every parser case, and
// every MQTT case read as an MQTT feed reads it (the topic, single-attribute topics
// /ul/KEY/DEVICE/attrs/ATTR too), its numbers against the NGSI-v2 update the agent sent.

#include "core/common/timeutil.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/mqtt/mqttfeed.h"
#include "core/feeds/mqtt/ultralight.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject agentFile()
{
    QFile f(test::sharedDataDir() + u"/ultralight/ul_measures_to_ngsiv2.json"_s);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

QMap<QString, double> numbers(const feeds::FeedItems& items)
{
    QMap<QString, double> out;
    for (const auto& o : items.observations)
        out.insert(o.attribute, o.value);
    return out;
}

} // namespace

TEST(UltraLightAgent, EveryParserCaseAsTheAgentReadsIt)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const QJsonArray cases = agentFile()[u"parser_cases"_s].toObject()[u"cases"_s].toArray();
    ASSERT_GE(cases.size(), 10);
    int errors = 0, numeric = 0;
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QByteArray ul = c[u"ul"_s].toString().toUtf8();
        const auto items =
            feeds::parseUltraLight(ul, {u"dev"_s, QString(), 1'700'000'000'000, QTimeZone::utc()});
        SCOPED_TRACE(ul.toStdString());
        if (c.contains(u"error"_s)) { // PARSE_ERROR: nothing read, one rejection saying why
            ++errors;
            EXPECT_TRUE(items.observations.empty());
            EXPECT_EQ(items.rejected.size(), 1u);
            continue;
        }
        if (!c[u"parsed"_s].isArray()) { // ("the test only asserts it parses")
            EXPECT_FALSE(items.observations.empty());
            continue;
        }
        // The agent's groups: each numeric measure ours, each time the group's, the rest (a
        // command result) rejected with why.
        QMap<QString, double> expected;
        for (const QJsonValue& g : c[u"parsed"_s].toArray()) {
            const QJsonObject group = g.toObject();
            for (auto it = group.begin(); it != group.end(); ++it) {
                if (it->isDouble())
                    expected.insert(it.key(), it->toDouble());
            }
            if (group.contains(u"TimeInstant"_s)) {
                ASSERT_FALSE(items.observations.empty());
                EXPECT_EQ(items.observations.front().time,
                          *feeds::parseFeedTime(group[u"TimeInstant"_s].toString(), QTimeZone::utc()));
            }
        }
        numeric += int(expected.size());
        EXPECT_EQ(numbers(items), expected);
        if (expected.isEmpty()) {
            EXPECT_EQ(items.rejected.size(), 1u) << "a command result is not a measure";
        }
    }
    EXPECT_EQ(errors, 3);
    EXPECT_GE(numeric, 8);
}

TEST(UltraLightAgent, EveryMqttCaseGivesTheNumbersTheAgentSent)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    feeds::FeedConfig feed;
    feed.protocol = feeds::FeedProtocol::Mqtt;
    feed.payload = feeds::MqttPayload::UltraLight;
    int cases = 0;
    for (const QJsonValue& v : agentFile()[u"agent_cases"_s].toArray()) {
        const QJsonObject c = v.toObject();
        const QString topic = c[u"transport"_s].toObject()[u"mqtt_topic"_s].toString();
        if (topic.isEmpty())
            continue; // (HTTP)
        ++cases;
        SCOPED_TRACE(topic.toStdString() + " " + c[u"ul_payload"_s].toString().toStdString());
        // The device's attributes: object_id → name (the agent renames; ours keep the UL key),
        // and which is its time.
        QMap<QString, QString> nameOf;
        feed.timeField = u"TimeInstant"_s;
        for (const QJsonValue& a : c[u"device_provisioning"_s].toObject()[u"attributes"_s].toArray()) {
            const QJsonObject attr = a.toObject();
            const QString key = attr[u"object_id"_s].toString(attr[u"name"_s].toString());
            nameOf.insert(key, attr[u"name"_s].toString());
            if (attr[u"name"_s].toString() == u"TimeInstant"_s)
                feed.timeField = key;
        }
        const auto items =
            feeds::readMqttMessage(feed, topic, c[u"ul_payload"_s].toString().toUtf8(), 1'700'000'000'000);
        const QJsonValue request = c[u"expected_orion_request"_s];
        if (request.isNull()) { // the agent refused it: nothing ours either
            EXPECT_TRUE(items.observations.empty());
            EXPECT_FALSE(items.rejected.empty());
            continue;
        }
        // The numbers of the update the agent sent: one entity, or one per group (a batch).
        QJsonObject body = request[u"body"_s].toObject();
        const QJsonArray entities =
            body.contains(u"entities"_s) ? body[u"entities"_s].toArray() : QJsonArray{body};
        QList<std::pair<QString, double>> expected;
        for (const QJsonValue& e : entities) {
            const QJsonObject entity = e.toObject();
            for (auto it = entity.begin(); it != entity.end(); ++it) {
                const QJsonValue value = it->toObject()[u"value"_s];
                if (value.isDouble() && it.key() != u"TimeInstant"_s)
                    expected.append({it.key(), value.toDouble()});
            }
        }
        body = entities.last().toObject();
        QList<std::pair<QString, double>> ours;
        for (const auto& o : items.observations)
            ours.append({nameOf.value(o.attribute, o.attribute), o.value});
        std::sort(expected.begin(), expected.end());
        std::sort(ours.begin(), ours.end());
        EXPECT_EQ(ours, expected);
        for (const auto& o : items.observations)
            EXPECT_FALSE(o.entity.endsWith(u"/temperature"_s))
                << "a single-value topic's entity is the device's";
        if (body.contains(u"TimeInstant"_s) && !items.observations.empty()) {
            EXPECT_EQ(items.observations.back().time,
                      *feeds::parseFeedTime(body[u"TimeInstant"_s].toObject()[u"value"_s].toString(),
                                            QTimeZone::utc()));
        }
    }
    EXPECT_GE(cases, 7);
}
