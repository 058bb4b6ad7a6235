#pragma once

// JSON measures of one device, as MQTT devices and the FIWARE IoT Agent for JSON send them
// (/{apikey}/{device}/attrs): an object of attribute → value, or an array of such objects
// (several readings in one message):
//   {"t": 23.5, "h": 0.7, "TimeInstant": "2024-10-14T08:00:00+07:00"}
// A number is a measure of the attribute; a text is one only for the attributes the feed
// lists as numbers sent as text (and rejected with the reason when it is not a number);
// other text (a status such as "OPEN", a name), an object, an array, true, false and null are
// not measurements and are left out, as NGSI's are.
// The time is the member `timeField` names (ISO 8601, in the feed's zone when it has none),
// else the time the message was received. Never an error for the whole message: what can be
// read is read, the rest is rejected with why.

#include "core/feeds/mqtt/ultralight.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace cityops::feeds {

struct JsonMeasures
{
    QString timeField = QStringLiteral("TimeInstant");
    QSet<QString> numericText;
};

FeedItems parseJsonMeasures(QByteArrayView payload, const UltraLightDevice& device,
                            const JsonMeasures& options = {});

} // namespace cityops::feeds
