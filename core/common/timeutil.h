#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

// Time helpers. Internally every instant is UTC milliseconds since the Unix epoch;
// people see it in the display zone, Asia/Ho_Chi_Minh (UTC+7) unless configured.
namespace cityops {

inline constexpr qint64 kSecondMs = 1000;
inline constexpr qint64 kMinuteMs = 60 * kSecondMs;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;

// Asia/Ho_Chi_Minh from the system's tz database; when that is missing (a minimal
// container without tzdata) a fixed UTC+07:00 zone, which is exact: Viet Nam has not
// changed its offset or used daylight saving since 1975.
QTimeZone defaultDisplayZone();

// The instant `utcMs` as a date-time in `zone`.
QDateTime toZone(qint64 utcMs, const QTimeZone& zone);

// Parses an ISO 8601 instant: "2024-10-14T08:00", "2024-10-14 08:00:00", "2024-10-14"
// (midnight), with "Z" or "+07:00", optional milliseconds. Text without an offset is read
// as local time in `zoneIfNoOffset`. Errors name the text and why it was refused
// (unparseable, or a local time that does not exist in that zone).
Result<qint64> parseInstant(QStringView text, const QTimeZone& zoneIfNoOffset);

// Parses a calendar date "YYYY-MM-DD".
Result<QDate> parseDate(QStringView text);

// "2024-10-14T01:00:00.000Z": an unambiguous UTC form for logs, JSON and tests.
QString toIsoUtc(qint64 utcMs);

} // namespace cityops
