#include "core/feeds/mqtt/mqttfeed.h"

#include "core/feeds/mqtt/jsonmeasures.h"
#include "core/feeds/mqtt/ultralight.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::MqttFeed)
};

} // namespace

Result<MqttSubscription> mqttSubscriptionOf(const FeedConfig& feed)
{
    MqttSubscription s;
    s.tls = feed.url.scheme() == u"mqtts"_s;
    s.host = feed.url.host();
    s.port = feed.url.port(s.tls ? 8883 : 1883);
    s.clientId = u"cityops-"_s + feed.id; // the same on every run: the broker keeps the session
    s.topics = feed.topics;
    s.username = feed.username;
    s.caFile = feed.caFile;
    if (feed.credential.isSet()) {
        auto secret = readSecret(feed.credential);
        if (!secret)
            return Error{secret.error().code, Text::tr("feed %1: %2").arg(feed.id, secret.error().message),
                         secret.error().detail};
        s.password = *secret;
    }
    return s;
}

FeedItems readMqttMessage(const FeedConfig& feed, const QString& topic, QByteArrayView payload,
                          std::int64_t receivedAtMs)
{
    if (feed.payload == MqttPayload::UltraLight) {
        // /ul/APIKEY/DEVICE/attrs/ATTR: the payload is one value of ATTR, of the device whose
        // measures otherwise come on /ul/APIKEY/DEVICE/attrs (its entity either way).
        const QStringList levels = topic.split(u'/');
        if (levels.size() >= 3 && levels.at(levels.size() - 2) == u"attrs"_s && !levels.last().isEmpty()) {
            const QString entity = topic.left(topic.size() - levels.last().size() - 1);
            const QByteArray single = levels.last().toUtf8() + '|' + payload.toByteArray().trimmed();
            return parseUltraLight(single, {entity, feed.type, receivedAtMs, feed.zone, feed.timeField});
        }
        return parseUltraLight(payload, {topic, feed.type, receivedAtMs, feed.zone, feed.timeField});
    }
    return parseJsonMeasures(payload, {topic, feed.type, receivedAtMs, feed.zone},
                             {feed.timeField, feed.numericText});
}

MqttFeed::MqttFeed(const FeedConfig& feed, const Catalog& catalog, const store::ArchiveLocation& archive,
                   const PollOptions& options, FeedStream::Committed onCommitted)
    : m_feed(feed)
    , m_stream(feed, catalog, archive, options, std::move(onCommitted))
{}

MqttFeed::~MqttFeed() = default;

Result<void> MqttFeed::start()
{
    auto subscription = mqttSubscriptionOf(m_feed);
    if (!subscription)
        return subscription.error();
    m_subscriber = std::make_unique<MqttSubscriber>(
        std::move(*subscription),
        [this](const QString& topic, const QByteArray& payload) {
            const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
            const std::lock_guard guard(m_lock);
            m_inbox.push_back({topic, payload, now});
        },
        [this](bool connected, const QString& why) {
            const std::lock_guard guard(m_lock);
            m_states << (connected ? QString() : why);
        });
    return m_subscriber->start();
}

FeedPollSummary MqttFeed::drain()
{
    std::vector<Message> inbox;
    QStringList states;
    {
        const std::lock_guard guard(m_lock);
        inbox.swap(m_inbox);
        states.swap(m_states);
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const Message& m : inbox)
        m_stream.add(readMqttMessage(m_feed, m.topic, m.payload, m.receivedAtMs), now);
    FeedPollSummary s = m_stream.commit();
    for (const QString& why : states) {
        if (!why.isEmpty())
            s.errors << u"%1: %2"_s.arg(shownUrl(m_feed.url), why);
    }
    return s;
}

FeedPollSummary MqttFeed::stop()
{
    m_subscriber.reset(); // (no message comes after this)
    FeedPollSummary s = drain();
    if (auto finished = m_stream.finish(); !finished)
        s.errors << finished.error().toString();
    return s;
}

bool MqttFeed::connected() const
{
    return m_subscriber && m_subscriber->connected();
}

int MqttFeed::subscriptions() const
{
    return m_subscriber ? m_subscriber->subscriptions() : 0;
}

} // namespace cityops::feeds
