#pragma once

// A subscription to an MQTT broker through libmosquitto (Qt MQTT is not in Debian's Qt 6.4),
// for weeks on end:
// - QoS 1 and a persistent session (clean session off, a client id of its own): what is
//   published while this client is away is kept by the broker and delivered when it is back;
// - reconnects by itself (1 s, doubling to 30 s) and subscribes again on every connection;
// - a user name and password, and TLS verified against the system's or a given CA.
// Messages arrive on libmosquitto's thread: `onMessage` must be thread-safe (the collector
// queues them for its writer). What the connection does is told through `onState`, in words:
// connected once every topic is subscribed to, not when the socket is.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

struct mosquitto; // libmosquitto's client handle
struct mosquitto_message;

namespace cityops::feeds {

struct MqttSubscription
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;    // the session's name at the broker: the same on every run
    QStringList topics;  // filters, with + and #
    QString username;    // (optional)
    QByteArray password; // from the credential, never from the feeds file
    QString caFile;      // TLS with this CA (PEM); empty: TLS only when `tls`
    bool tls = false;
    int keepAliveSeconds = 30;
};

class MqttSubscriber
{
public:
    using MessageHandler = std::function<void(const QString& topic, const QByteArray& payload)>;
    using StateHandler = std::function<void(bool connected, const QString& why)>;

    MqttSubscriber(MqttSubscription subscription, MessageHandler onMessage, StateHandler onState = {});
    ~MqttSubscriber(); // disconnects (the broker keeps the session and what it queues)
    MqttSubscriber(const MqttSubscriber&) = delete;
    MqttSubscriber& operator=(const MqttSubscriber&) = delete;

    // Starts connecting; the first connection may come later (the broker may be down): an
    // error only when the client cannot be made at all.
    Result<void> start();
    // Connected, and every topic subscribed to (the broker acknowledged them).
    bool connected() const { return m_connected.load(); }
    // How many times it has been connected and subscribed (reconnections count).
    int subscriptions() const { return m_subscriptions.load(); }
    qint64 received() const { return m_received.load(); }

private:
    static void connected(::mosquitto*, void* self, int rc);
    static void disconnected(::mosquitto*, void* self, int rc);
    static void message(::mosquitto*, void* self, const ::mosquitto_message* m);
    static void subscribed(::mosquitto*, void* self, int mid, int count, const int* granted);

    MqttSubscription m_subscription;
    MessageHandler m_onMessage;
    StateHandler m_onState;
    ::mosquitto* m_client = nullptr;
    std::atomic<bool> m_connected{false};
    std::atomic<qint64> m_received{0};
    std::atomic<int> m_subscriptions{0};
    int m_unacknowledged = 0; // topics of this connection not yet acknowledged (mosquitto's thread)
};

} // namespace cityops::feeds
