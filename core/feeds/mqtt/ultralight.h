#pragma once

// FIWARE UltraLight 2.0 measures (what an IoT Agent for UltraLight reads from
// /{apikey}/{device}/attrs over MQTT or HTTP) → observations of one device.
//   t|23.5|h|0.7                    two measures: attribute t = 23.5, h = 0.7
//   t|23.5#t|23.7                   several groups, separated by '#', each its own reading
//   2024-10-14T08:00:00Z|t|23.5     a group with an odd number of fields: the first is its time
// A group without a time is at `receivedAt`. A value that is not a number is not a
// measurement of CityOps' (a status text): it is rejected with the reason, as are a field
// left empty ("t||h|1", "||") and an empty group ("##"), which the agents treat as errors.
// Never an error for the whole payload: what can be read is read.

#include "core/feeds/ngsi/ngsiv2.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

#include <cstdint>

namespace cityops::feeds {

struct UltraLightDevice
{
    QString id;   // the device (the topic's second level), the observations' entity
    QString type; // its entity type, as the feeds file gives it (may be empty)
    std::int64_t receivedAtMs = 0;
    QTimeZone zoneIfNoOffset = QTimeZone(7 * 3600);
};

FeedItems parseUltraLight(QByteArrayView payload, const UltraLightDevice& device);

} // namespace cityops::feeds
