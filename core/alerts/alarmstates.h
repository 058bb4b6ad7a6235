#pragma once

// What the alarms say about a place or a data group, so the wall's group cells, the map's
// markers and the alarm list never disagree: the worst active alarm (unacknowledged or
// acknowledged, not over) gives the colour; any alarm waiting for an acknowledgement
// (unacknowledged, or back to normal unacknowledged) makes it blink. Shelved, suppressed and
// finished alarms say nothing.

#include "core/alerts/alarmlog.h"
#include "core/status/status.h"

#include <QHash>

namespace cityops {
class Catalog;
}

namespace cityops::alerts {

struct AlarmMark
{
    status::Level level = status::Level::Normal; // from the worst active alarm's severity
    int active = 0;                              // alarms not over (unacknowledged or acknowledged)
    int waiting = 0;                             // alarms waiting for an acknowledgement
    bool blinks() const { return waiting > 0; }
};

// "low" → Low, "medium" → Medium, "high" → High.
status::Level levelOfSeverity(const QString& severity);
// By place id (a station, an area, the city), of the rules that watch `indicator` (a map shows
// one indicator: its colour there is that indicator's alarms', not a district's every alarm).
QHash<QString, AlarmMark> alarmsByPlace(const QList<Alarm>& alarms, const Catalog& catalog,
                                        const QString& indicator);
// By data group (the group of each alarm's rule).
QHash<QString, AlarmMark> alarmsByGroup(const QList<Alarm>& alarms, const Catalog& catalog);

} // namespace cityops::alerts
