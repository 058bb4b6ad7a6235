#include "core/sim/mqttpublisher.h"

#include <mosquitto.h>
#include <mutex>

namespace cityops::sim {

namespace {

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

} // namespace

MqttPublisher::MqttPublisher()
{
    initialiseOnce();
}

MqttPublisher::~MqttPublisher()
{
    if (m_client) {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, false);
        mosquitto_destroy(m_client);
    }
}

Result<void> MqttPublisher::connect(const QString& host, int port, const QString& clientId)
{
    m_client = mosquitto_new(clientId.toUtf8().constData(), true, nullptr);
    if (!m_client)
        return Error{ErrorCode::Network, QStringLiteral("MQTT client"),
                     QStringLiteral("mosquitto_new failed")};
    const int rc = mosquitto_connect(m_client, host.toUtf8().constData(), port, 30);
    if (rc != MOSQ_ERR_SUCCESS)
        return Error{ErrorCode::Network, QStringLiteral("MQTT broker"),
                     host + QLatin1Char(':') + QString::number(port) + QStringLiteral(": ") +
                         QString::fromUtf8(mosquitto_strerror(rc))};
    if (mosquitto_loop_start(m_client) != MOSQ_ERR_SUCCESS)
        return Error{ErrorCode::Network, QStringLiteral("MQTT client"),
                     QStringLiteral("mosquitto_loop_start failed")};
    return {};
}

bool MqttPublisher::publish(const QString& topic, const QByteArray& payload, bool reliable)
{
    if (!m_client)
        return false;
    const int rc = mosquitto_publish(m_client, nullptr, topic.toUtf8().constData(), int(payload.size()),
                                     payload.constData(), reliable ? 1 : 0, false);
    if (rc == MOSQ_ERR_SUCCESS)
        ++m_published;
    return rc == MOSQ_ERR_SUCCESS;
}

} // namespace cityops::sim
