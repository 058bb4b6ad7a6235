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
{
    reindex();
}

void WorkingCalendar::reindex()
{
    const QDate epoch(1970, 1, 1);
    const QDate first(2000, 1, 1);
    const QDate end(2060, 1, 1);
    m_first = epoch.daysTo(first);
    const qint64 days = first.daysTo(end);
    m_before.assign(std::size_t(days + 1), 0);
    m_workingDays.clear();
    QDate day = first;
    for (qint64 i = 0; i < days; ++i, day = day.addDays(1)) {
        const bool working = isWorkingDayUnindexed(day);
        m_before[std::size_t(i + 1)] = m_before[std::size_t(i)] + (working ? 1 : 0);
        if (working)
            m_workingDays.push_back(int(m_first + i));
    }
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    const std::int64_t i = QDate(1970, 1, 1).daysTo(day) - m_first;
    if (i >= 0 && i + 1 < std::int64_t(m_before.size()))
        return m_before[std::size_t(i + 1)] != m_before[std::size_t(i)];
    return isWorkingDayUnindexed(day);
}

bool WorkingCalendar::isWorkingDayUnindexed(const QDate& day) const
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
    const std::int64_t dayNumber =
        local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs); // (as dateOf)
    // Indexed: the days-th working day after t's day is the one after all those up to it.
    const std::int64_t i = dayNumber - m_first;
    if (days > 0 && i >= 0 && i + 1 < std::int64_t(m_before.size())) {
        const std::size_t n = std::size_t(m_before[std::size_t(i + 1)]) + std::size_t(days) - 1;
        if (n < m_workingDays.size()) {
            const std::int64_t target = m_workingDays[n];
            const bool working = m_before[std::size_t(i + 1)] != m_before[std::size_t(i)];
            return working ? target * kDayMs + (local - dayNumber * kDayMs) - kOffsetMs
                           : (target + 1) * kDayMs - kOffsetMs; // received on a day off
        }
    }
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
