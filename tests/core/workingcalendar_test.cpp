// Working days as data: the catalog's calendar (weekends, Vietnam's holidays and breaks, the
// weekend days worked in exchange) and deadlines counted on it, as QĐ 960 counts a 1022
// report's reply (1 or 3 working days), in Da Nang time.

#include "core/catalog/catalogloader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

std::int64_t at(const QString& localDaNang)
{
    return QDateTime::fromString(localDaNang, Qt::ISODate).toMSecsSinceEpoch();
}

QString local(std::int64_t t)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(7 * 3600)).toString(u"yyyy-MM-ddTHH:mm"_s);
}

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

} // namespace

TEST(WorkingCalendar, TheCatalogKnowsVietnamsHolidays)
{
    const WorkingCalendar& calendar = catalog().calendar;
    EXPECT_GE(calendar.holidayCount(), 20);
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 2, 17))) << "Tết Bính Ngọ";
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 9, 2))) << "National Day";
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 10, 17))) << "a Saturday";
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2026, 10, 19))) << "a Monday";
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2025, 4, 26))) << "a Saturday worked in exchange for 2 May";
    EXPECT_EQ(calendar.holiday(QDate(2026, 4, 27)).left(7), u"Nghỉ bù"_s);
}

TEST(WorkingCalendar, DeadlinesSkipWeekendsAndHolidays)
{
    const WorkingCalendar& c = catalog().calendar;
    // Within a week: the same time the next working day, three days later.
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-14T10:30:00+07:00"_s), 1)), u"2026-10-15T10:30"_s);
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-14T10:30:00+07:00"_s), 3)), u"2026-10-19T10:30"_s);
    // Friday afternoon, one day: Monday afternoon.
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-16T15:00:00+07:00"_s), 1)), u"2026-10-19T15:00"_s);
    // Received on Saturday: counted from Monday's start, due at its end.
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-17T09:00:00+07:00"_s), 1)), u"2026-10-20T00:00"_s);
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-17T09:00:00+07:00"_s), 3)), u"2026-10-22T00:00"_s);
    // The Friday before Tết: the break (14–22 Feb 2026) does not count.
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-02-13T09:00:00+07:00"_s), 1)), u"2026-02-23T09:00"_s);
    // Over 30 April and 1 May 2026 (Thursday, Friday).
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-04-29T16:00:00+07:00"_s), 1)), u"2026-05-04T16:00"_s);
    // A Saturday worked in exchange is a working day: Friday 25 April 2025 + 1 → Saturday 26.
    EXPECT_EQ(local(c.addWorkingDays(at(u"2025-04-25T08:00:00+07:00"_s), 1)), u"2025-04-26T08:00"_s);
    // Just before local midnight is still that day (UTC+7, not UTC).
    EXPECT_EQ(local(c.addWorkingDays(at(u"2026-10-16T23:30:00+07:00"_s), 1)), u"2026-10-19T23:30"_s);
}

// The index a deadline is looked up in, against walking the days one by one: every 5 h 17 min
// of 2025–2026 (all times of day, days off and holidays), 0 to 5 working days.
TEST(WorkingCalendar, DeadlinesLookedUpAreThoseCountedDayByDay)
{
    const WorkingCalendar& calendar = catalog().calendar;
    constexpr std::int64_t kDay = 86'400'000;
    const auto walked = [&](std::int64_t t, int days) {
        const std::int64_t local = t + WorkingCalendar::kOffsetMs;
        const std::int64_t dayNumber = local / kDay;
        QDate day = QDate(1970, 1, 1).addDays(dayNumber);
        const auto next = [&](QDate d) {
            do
                d = d.addDays(1);
            while (!calendar.isWorkingDay(d));
            return d;
        };
        // Received on a day off: counted from the next working day, due at the end of the
        // days-th (that one the first); else the same time of day, days working days on.
        const bool off = !calendar.isWorkingDay(day);
        if (off)
            day = next(day);
        for (int i = off ? 1 : 0; i < days; ++i)
            day = next(day);
        const std::int64_t start = QDate(1970, 1, 1).daysTo(day) * kDay;
        if (off)
            return start + kDay - WorkingCalendar::kOffsetMs;
        return start + (local - dayNumber * kDay) - WorkingCalendar::kOffsetMs;
    };
    int checked = 0;
    for (std::int64_t t = at(u"2025-01-01T00:00+07:00"_s); t < at(u"2027-01-01T00:00+07:00"_s);
         t += 5 * 3'600'000 + 17 * 60'000) {
        for (int days = 1; days <= 5; ++days) {
            ASSERT_EQ(local(calendar.addWorkingDays(t, days)).toStdString(),
                      local(walked(t, days)).toStdString())
                << local(t).toStdString() << " + " << days << " working days";
            ++checked;
        }
    }
    EXPECT_GT(checked, 16'000);
}

TEST(WorkingCalendar, ABrokenCalendarIsReportedWhereItIsWrong)
{
    QTemporaryDir dir;
    for (const QString& name : CatalogLoader::fileNames())
        ASSERT_TRUE(QFile::copy(CatalogLoader::embeddedDirectory() + u'/' + name, dir.filePath(name)));
    QFile f(dir.filePath(u"calendar.json"_s));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"schemaVersion": 1, "weekend": ["saturday", "sundy"],
      "holidays": [{"date": "2026-09-02", "nameVi": "Quốc khánh", "nameEn": "National Day"},
                   {"date": "2026-09-02", "nameVi": "Quốc khánh", "nameEn": "National Day"},
                   {"date": "2026-13-01", "nameVi": "x", "nameEn": "x"}],
      "workedWeekends": [{"date": "2026-10-14", "nameVi": "x", "nameEn": "x"}]})");
    f.close();
    QList<CatalogProblem> problems;
    EXPECT_FALSE(CatalogLoader::load(dir.path(), &problems).ok());
    QStringList where;
    for (const CatalogProblem& p : problems)
        where << p.path;
    EXPECT_TRUE(where.contains(u"/weekend/1"_s)) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(u"/holidays/1/date"_s)) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(u"/holidays/2/date"_s)) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(u"/workedWeekends/0/date"_s)) << where.join(u' ').toStdString();
}
