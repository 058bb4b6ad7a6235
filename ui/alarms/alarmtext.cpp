#include "ui/alarms/alarmtext.h"

#include "ui/theme/theme.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::ui::Alarms)
};

bool waiting(const alerts::Alarm& a)
{
    return a.state == alerts::State::Unacknowledged || a.state == alerts::State::RtnUnacknowledged;
}

} // namespace

QString alarmAge(std::int64_t ms)
{
    const std::int64_t minutes = std::max<std::int64_t>(0, ms / 60'000);
    if (minutes < 60)
        return Text::tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return Text::tr("%n h", nullptr, int(minutes / 60));
    return Text::tr("%n days", nullptr, int(minutes / 1440));
}

QString severityShape(const QString& severity)
{
    return severity == u"high"_s ? u"▲"_s : severity == u"medium"_s ? u"◆"_s : u"●"_s;
}

QString severityName(const QString& severity)
{
    if (severity == u"high"_s)
        return Text::tr("High");
    if (severity == u"medium"_s)
        return Text::tr("Medium");
    return Text::tr("Low");
}

QColor severityColour(const Theme& theme, const QString& severity)
{
    return severity == u"high"_s     ? theme.alarmHigh
           : severity == u"medium"_s ? theme.alarmMedium
                                     : theme.alarmLow;
}

int severityRank(const QString& severity)
{
    return severity == u"high"_s ? 3 : severity == u"medium"_s ? 2 : severity == u"low"_s ? 1 : 0;
}

QString stateName(alerts::State state)
{
    switch (state) {
    case alerts::State::Unacknowledged:
        return Text::tr("Unacknowledged");
    case alerts::State::Acknowledged:
        return Text::tr("Acknowledged");
    case alerts::State::RtnUnacknowledged:
        return Text::tr("Cleared, unacknowledged");
    case alerts::State::Shelved:
        return Text::tr("Shelved");
    case alerts::State::Suppressed:
        return Text::tr("Suppressed: part of a larger alarm");
    case alerts::State::OutOfService:
        return Text::tr("Out of service");
    case alerts::State::Normal:
        return Text::tr("Over");
    }
    return {};
}

QString stateText(const alerts::Alarm& alarm)
{
    return alarm.escalatedAt && waiting(alarm) ? Text::tr("%1 · escalated").arg(stateName(alarm.state))
                                               : stateName(alarm.state);
}

bool blinks(const alerts::Alarm& alarm)
{
    return waiting(alarm);
}

QString alarmMessage(const alerts::Alarm& alarm, Language language)
{
    return language == Language::English && !alarm.messageEn.isEmpty() ? alarm.messageEn : alarm.messageVi;
}

bool readsBefore(const alerts::Alarm& a, const alerts::Alarm& b)
{
    const auto key = [](const alerts::Alarm& x) {
        return std::make_tuple(waiting(x) ? 0 : 1, x.state == alerts::State::Shelved ? 1 : 0,
                               -severityRank(x.severity), -x.firedAt);
    };
    return key(a) < key(b);
}

} // namespace cityops::ui
