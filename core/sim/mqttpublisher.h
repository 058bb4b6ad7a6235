#pragma once

// Publishing to an MQTT broker through libmosquitto (Qt MQTT is not in Debian's Qt 6.4).

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

struct mosquitto; // libmosquitto's client handle

namespace cityops::sim {

class MqttPublisher
{
public:
    MqttPublisher();
    ~MqttPublisher();
    MqttPublisher(const MqttPublisher&) = delete;
    MqttPublisher& operator=(const MqttPublisher&) = delete;

    // Connects (and keeps reconnecting in libmosquitto's own thread).
    Result<void> connect(const QString& host, int port, const QString& clientId);
    // Queues one message (QoS 0, or 1 when `reliable`). False when the client is down.
    bool publish(const QString& topic, const QByteArray& payload, bool reliable = false);
    qint64 published() const { return m_published; }

private:
    ::mosquitto* m_client = nullptr;
    qint64 m_published = 0;
};

} // namespace cityops::sim
