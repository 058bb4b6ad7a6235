#include "core/feeds/mqtt/mqttsubscriber.h"

#include <QCoreApplication>

#include <mosquitto.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Mqtt)
};

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

QString said(int rc)
{
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

MqttSubscriber::MqttSubscriber(MqttSubscription subscription, MessageHandler onMessage, StateHandler onState)
    : m_subscription(std::move(subscription))
    , m_onMessage(std::move(onMessage))
    , m_onState(std::move(onState))
{
    initialiseOnce();
}

MqttSubscriber::~MqttSubscriber()
{
    if (!m_client)
        return;
    mosquitto_disconnect(m_client);
    mosquitto_loop_stop(m_client, false);
    mosquitto_destroy(m_client);
}

Result<void> MqttSubscriber::start()
{
    const QString where = u"mqtt://%1:%2"_s.arg(m_subscription.host).arg(m_subscription.port);
    const auto failed = [&](const QString& what, int rc) -> Result<void> {
        return Error{ErrorCode::Network, what, where + u": "_s + said(rc)};
    };
    // Clean session off: the broker keeps the subscription and queues QoS 1 messages.
    m_client = mosquitto_new(m_subscription.clientId.toUtf8().constData(), false, this);
    if (!m_client)
        return Error{ErrorCode::Network, Text::tr("Cannot make the MQTT client"),
                     Text::tr("a persistent session needs a client id")};
    mosquitto_connect_callback_set(m_client, &MqttSubscriber::connected);
    mosquitto_disconnect_callback_set(m_client, &MqttSubscriber::disconnected);
    mosquitto_message_callback_set(m_client, &MqttSubscriber::message);
    mosquitto_subscribe_callback_set(m_client, &MqttSubscriber::subscribed);
    mosquitto_reconnect_delay_set(m_client, 1, 30, true);
    if (!m_subscription.username.isEmpty()) {
        const int rc = mosquitto_username_pw_set(
            m_client, m_subscription.username.toUtf8().constData(),
            m_subscription.password.isEmpty() ? nullptr : m_subscription.password.constData());
        if (rc != MOSQ_ERR_SUCCESS)
            return failed(Text::tr("Cannot set the MQTT credentials"), rc);
    }
    if (m_subscription.tls || !m_subscription.caFile.isEmpty()) {
        const QByteArray ca = m_subscription.caFile.toUtf8();
        const int rc =
            mosquitto_tls_set(m_client, ca.isEmpty() ? nullptr : ca.constData(),
                              ca.isEmpty() ? "/etc/ssl/certs" : nullptr, nullptr, nullptr, nullptr);
        if (rc != MOSQ_ERR_SUCCESS)
            return failed(Text::tr("Cannot set up TLS for MQTT"), rc);
    }
    // Asynchronous: a broker that is down now is connected to when it comes up.
    const int rc = mosquitto_connect_async(m_client, m_subscription.host.toUtf8().constData(),
                                           m_subscription.port, m_subscription.keepAliveSeconds);
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO)
        return failed(Text::tr("Cannot connect to the MQTT broker"), rc);
    if (const int loop = mosquitto_loop_start(m_client); loop != MOSQ_ERR_SUCCESS)
        return failed(Text::tr("Cannot start the MQTT client"), loop);
    return {};
}

void MqttSubscriber::connected(::mosquitto* client, void* self, int rc)
{
    auto* me = static_cast<MqttSubscriber*>(self);
    if (rc != 0) {
        if (me->m_onState)
            me->m_onState(false, Text::tr("the broker refused the connection: %1")
                                     .arg(QString::fromUtf8(mosquitto_connack_string(rc))));
        return;
    }
    me->m_unacknowledged = int(me->m_subscription.topics.size());
    for (const QString& topic : me->m_subscription.topics) // (again on every connection)
        mosquitto_subscribe(client, nullptr, topic.toUtf8().constData(), 1);
}

void MqttSubscriber::subscribed(::mosquitto*, void* self, int, int count, const int* granted)
{
    auto* me = static_cast<MqttSubscriber*>(self);
    for (int i = 0; i < count; ++i) {
        if (granted[i] > 2 && me->m_onState) // 0x80: refused
            me->m_onState(false,
                          Text::tr("the broker refused a subscription (not allowed to read the topic?)"));
    }
    if (--me->m_unacknowledged != 0)
        return;
    me->m_connected = true;
    ++me->m_subscriptions;
    if (me->m_onState)
        me->m_onState(true, QString());
}

void MqttSubscriber::disconnected(::mosquitto*, void* self, int rc)
{
    auto* me = static_cast<MqttSubscriber*>(self);
    me->m_connected = false;
    if (me->m_onState && rc != 0)
        me->m_onState(false,
                      Text::tr("the connection to the broker was lost (%1); reconnecting").arg(said(rc)));
}

void MqttSubscriber::message(::mosquitto*, void* self, const ::mosquitto_message* m)
{
    auto* me = static_cast<MqttSubscriber*>(self);
    ++me->m_received;
    me->m_onMessage(QString::fromUtf8(m->topic),
                    QByteArray(static_cast<const char*>(m->payload), qsizetype(m->payloadlen)));
}

} // namespace cityops::feeds
