#pragma once

// Vietnam's working calendar as data (resources/catalog/calendar.json): the weekend, the
// public holidays and breaks of each year, and the weekend days worked in exchange. Deadlines
// counted in working days — a 1022 report's reply under QĐ 960 (1 or 3 working days), a
// dossier's — are counted on it, in Da Nang time (UTC+7).

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace cityops {

class WorkingCalendar
{
public:
    // Weekends only (no holiday known): Saturday and Sunday off.
    WorkingCalendar();

    void setWeekend(QList<Qt::DayOfWeek> days)
    {
        m_weekend = std::move(days);
        reindex();
    }
    void addHoliday(const QDate& day, const QString& nameVi)
    {
        m_holidays.insert(day, nameVi);
        reindex();
    }
    void addWorkedWeekend(const QDate& day)
    {
        m_workedWeekends.insert(day, QString());
        reindex();
    }

    bool isWorkingDay(const QDate& day) const;
    // The holiday's name on `day`, or empty.
    QString holiday(const QDate& day) const { return m_holidays.value(day); }
    qsizetype holidayCount() const { return m_holidays.size(); }

    // The instant `days` working days after `t` (UTC ms): the same time of day on the
    // `days`-th working day after t's day; received on a day off, counted from the start of
    // the next working day (a report on Saturday with one working day is due at the end of
    // Monday).
    std::int64_t addWorkingDays(std::int64_t t, int days) const;

    static constexpr std::int64_t kOffsetMs = 7 * 3'600'000LL; // Da Nang time

private:
    QDate nextWorkingDay(QDate day) const;
    bool isWorkingDayUnindexed(const QDate& day) const;
    // The working days of 2000–2059 counted once (a deadline is then two lookups, not a walk
    // through the days): m_before[i] working days from the index's first day to its i-th.
    void reindex();
    std::int64_t m_first = 0;       // the index's first day (days since 1970-01-01)
    std::vector<int> m_before;      // size: days + 1
    std::vector<int> m_workingDays; // in order, as days since 1970-01-01

    QList<Qt::DayOfWeek> m_weekend;
    QHash<QDate, QString> m_holidays;
    QHash<QDate, QString> m_workedWeekends;
};

} // namespace cityops
