#pragma once

// An MQTT feed of the feeds file, collected: subscribed to (mqttsubscriber.h), each message
// read as the feed's payload says (JSON measures or UltraLight 2.0; the message's topic is
// its entity, the feed's `type` its type), mapped by the feed's rules and written through a
// FeedStream, one ingest run for as long as it runs.
//
// Messages are queued as libmosquitto delivers them and written when drain() is called
// (the collector: every kDrainMs). A drain that finds the last transaction still being
// written leaves what came for the next (FeedStream::commit): on a slow disk transactions
// grow instead of queueing. libmosquitto acknowledges a QoS 1 message (PUBACK) before
// handing it over, so what was received but not yet committed when the process is killed
// (SIGKILL, a crash, power) is lost: what came in the last transaction's time. stop() drains after the
// subscription has ended, so a clean stop (SIGTERM) loses nothing acknowledged.

#include "core/feeds/feedpoll.h"
#include "core/feeds/mqtt/mqttsubscriber.h"

#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace cityops::feeds {

// The subscription a feed asks for: its broker, topics, TLS and credential (the password
// read here, from the keychain, the environment or a file).
Result<MqttSubscription> mqttSubscriptionOf(const FeedConfig& feed);

// One MQTT message as a feed reads it: the topic is the entity.
FeedItems readMqttMessage(const FeedConfig& feed, const QString& topic, QByteArrayView payload,
                          std::int64_t receivedAtMs);

class MqttFeed
{
public:
    // How often the collector drains: a message waits half of it on average.
    static constexpr int kDrainMs = 25;

    MqttFeed(const FeedConfig& feed, const Catalog& catalog, const store::ArchiveLocation& archive,
             const PollOptions& options, FeedStream::Committed onCommitted = {});
    ~MqttFeed();
    MqttFeed(const MqttFeed&) = delete;
    MqttFeed& operator=(const MqttFeed&) = delete;

    // Starts the subscription (a broker that is down is connected to when it is up).
    Result<void> start();
    // What came since the last drain, written; the connection's changes since then as
    // errors (lost) and notes (connected again). Nothing came: fetched 0.
    FeedPollSummary drain();
    // Ends the subscription (the broker keeps the session and queues what comes meanwhile),
    // writes what came, closes the run.
    FeedPollSummary stop();

    bool connected() const;
    int subscriptions() const; // how many times it has been connected and subscribed
    const FeedConfig& feed() const { return m_feed; }

private:
    struct Message
    {
        QString topic;
        QByteArray payload;
        std::int64_t receivedAtMs;
    };

    const FeedConfig& m_feed;
    FeedStream m_stream;
    std::unique_ptr<MqttSubscriber> m_subscriber;
    std::mutex m_lock; // guards what the mosquitto thread hands over
    std::vector<Message> m_inbox;
    QStringList m_states; // "" connected, else why not
};

} // namespace cityops::feeds
