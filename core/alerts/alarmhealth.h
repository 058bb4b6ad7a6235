#pragma once

// How healthy an alarm system is, measured by CityOps about its own alarms against the
// ISA-18.2 / EEMUA 191 targets (../shared/docs/operator-ux.md): the average rate per 10
// minutes (~1 acceptable, 2 the most manageable), floods (> 10 in 10 min; < 1 % of the time),
// the peak 10 minutes (≤ 10), chattering alarms (one rule at one place firing 3 times within a
// minute: none), stale alarms (active > 24 h: < 5), the top 10 contributors, the priority
// distribution (~80 % low, 15 % medium, 5 % high) and how many are shelved. The figures count
// the alarms operators were shown: one suppressed from the instant it fired (state-based
// suppression) is counted apart, as `suppressed`, and one raised while its place was out of
// service as `outOfService`. Every console of an archive sees the same
// alarms, so the figures hold per console.

#include "core/alerts/alarmlog.h"

#include <QJsonObject>
#include <QList>

#include <cstdint>

namespace cityops::alerts {

struct HealthWindow
{
    std::int64_t from = 0; // alarms that fired in [from, to)
    std::int64_t to = 0;
};

// The figures as `alerts health` prints them (times as `localTime` gives them).
QJsonObject alarmHealth(const QList<Alarm>& alarms, const HealthWindow& window,
                        QString (*localTime)(std::int64_t));

} // namespace cityops::alerts
