#pragma once

// How an alarm reads and looks wherever it is shown (the wall's list and ticker, the desk's
// panel): its priority as a colour *and* a shape and a word (one operator in twelve does not
// tell red from green), its state in words, its message in the console's language.

#include "core/alerts/alarmlog.h"
#include "core/common/language.h"

#include <QColor>
#include <QString>

#include <cstdint>

namespace cityops::ui {

struct Theme;

// ▲ high, ◆ medium, ● low.
QString severityShape(const QString& severity);
// "Cao", "Trung bình", "Thấp" (or "High", …).
QString severityName(const QString& severity);
QColor severityColour(const Theme& theme, const QString& severity);
// 3 high, 2 medium, 1 low, 0 otherwise: for sorting, worst first.
int severityRank(const QString& severity);
// "Chưa xác nhận", "Đã xác nhận", "Hết, chưa xác nhận", "Tạm ẩn", "Đã xong".
QString stateName(alerts::State state);
// Its state for a person, "· escalated" when it waited too long for an acknowledgement.
QString stateText(const alerts::Alarm& alarm);
// Unacknowledged alarms blink until someone acknowledges them (ISA-101: motion is for them).
bool blinks(const alerts::Alarm& alarm);
QString alarmMessage(const alerts::Alarm& alarm, Language language);
// How long ago, in a word a room reads: "12 phút", "3 giờ", "2 ngày".
QString alarmAge(std::int64_t ms);
// Unacknowledged (and return-to-normal unacknowledged) first, then the worst, then the newest.
bool readsBefore(const alerts::Alarm& a, const alerts::Alarm& b);

} // namespace cityops::ui
