#pragma once

// FIWARE UltraLight 2.0 measures (what an IoT Agent for UltraLight reads from
// /{apikey}/{device}/attrs over MQTT or HTTP) → observations of one device.
//   t|23.5|h|0.7                    two measures: attribute t = 23.5, h = 0.7
//   t|23.5#t|23.7                   several groups, separated by '#', each its own reading
//   2024-10-14T08:00:00Z|t|23.5     a group with an odd number of fields: the first is its time
//   |t|23.5                         one leading '|' is tolerated
//   t|23.5|tt|2024-10-14T08:00:00Z  a measure named as the feed's time field gives the time
// A group without a time is at `receivedAt`. A value that is not a number is not a
// measurement of CityOps' (a status text, true, a JSON value): it is rejected with the
// reason, and so is a command result ("dev@ping|OK"). A payload with an empty field ("||", a
// trailing '|') or an empty group ("##") is refused whole, as the IoT Agent refuses it
// (PARSE_ERROR): read around, a value could meet the wrong name. Never an exception or an
// error: what cannot be read is a rejection with why.

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
    QString timeField = QStringLiteral("TimeInstant"); // a measure that is the group's time
};

FeedItems parseUltraLight(QByteArrayView payload, const UltraLightDevice& device);

} // namespace cityops::feeds
