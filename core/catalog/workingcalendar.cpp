#include "core/catalog/workingcalendar.h"

namespace cityops {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// Days since 1970-01-01 (local) and back.
QDate dateOf(std::int64_t localMs)
{
    const std::int64_t days = localMs >= 0 ? localMs / kDayMs : -((-localMs + kDayMs - 1) / kDayMs);
    return QDate(1970, 1, 1).addDays(days);
}

std::int64_t startOf(const QDate& day)
{
    return QDate(1970, 1, 1).daysTo(day) * kDayMs;
}

} // namespace

WorkingCalendar::WorkingCalendar()
    : m_weekend{Qt::Saturday, Qt::Sunday}
{}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    if (m_workedWeekends.contains(day))
        return true;
    return !m_weekend.contains(Qt::DayOfWeek(day.dayOfWeek())) && !m_holidays.contains(day);
}

QDate WorkingCalendar::nextWorkingDay(QDate day) const
{
    // (A year is never without a working day: the bound only guards against a broken calendar.)
    for (int i = 0; i < 366; ++i) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            return day;
    }
    return day;
}

std::int64_t WorkingCalendar::addWorkingDays(std::int64_t t, int days) const
{
    const std::int64_t local = t + kOffsetMs;
    QDate day = dateOf(local);
    if (!isWorkingDay(day)) {
        // Counted from the start of the next working day: due at the end of the days-th
        // working day from it (itself the first).
        day = nextWorkingDay(day);
        for (int i = 1; i < days; ++i)
            day = nextWorkingDay(day);
        return startOf(day) + (days > 0 ? kDayMs : 0) - kOffsetMs;
    }
    const std::int64_t timeOfDay = local - startOf(day);
    for (int i = 0; i < days; ++i)
        day = nextWorkingDay(day);
    return startOf(day) + timeOfDay - kOffsetMs;
}

} // namespace cityops
