#include "core/alerts/alarmstates.h"

#include "core/catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

void mark(AlarmMark& m, const Alarm& a)
{
    const bool active = a.state == State::Unacknowledged || a.state == State::Acknowledged;
    const bool waiting = a.state == State::Unacknowledged || a.state == State::RtnUnacknowledged;
    if (active) {
        ++m.active;
        m.level = std::max(m.level, levelOfSeverity(a.severity));
    }
    m.waiting += waiting ? 1 : 0;
}

bool says(const Alarm& a)
{
    return a.state == State::Unacknowledged || a.state == State::Acknowledged ||
           a.state == State::RtnUnacknowledged;
}

} // namespace

status::Level levelOfSeverity(const QString& severity)
{
    return severity == u"high"_s     ? status::Level::High
           : severity == u"medium"_s ? status::Level::Medium
           : severity == u"low"_s    ? status::Level::Low
                                     : status::Level::Normal;
}

QHash<QString, AlarmMark> alarmsByPlace(const QList<Alarm>& alarms, const Catalog& catalog,
                                        const QString& indicator)
{
    QHash<QString, AlarmMark> out;
    for (const Alarm& a : alarms) {
        const WarningRule* rule = catalog.warningRule(a.rule);
        if (rule && rule->indicators.contains(indicator) && says(a))
            mark(out[a.place], a);
    }
    return out;
}

QHash<QString, AlarmMark> alarmsByGroup(const QList<Alarm>& alarms, const Catalog& catalog)
{
    QHash<QString, AlarmMark> out;
    for (const Alarm& a : alarms) {
        const WarningRule* rule = catalog.warningRule(a.rule);
        if (rule && says(a))
            mark(out[rule->group], a);
    }
    return out;
}

} // namespace cityops::alerts
