#include "core/common/timeutil.h"

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone kDaNang = defaultDisplayZone();
}

TEST(TimeUtil, DisplayZoneIsUtcPlus7)
{
    const QDateTime local = toZone(1728867600000, kDaNang);
    EXPECT_EQ(local.offsetFromUtc(), 7 * 3600);
    EXPECT_EQ(local.toString(u"yyyy-MM-dd HH:mm"_s), u"2024-10-14 08:00"_s);
}

TEST(TimeUtil, LocalTimeWithoutOffsetIsReadInTheGivenZone)
{
    const auto t = parseInstant(u"2024-10-14T08:00", kDaNang);
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(toIsoUtc(*t), u"2024-10-14T01:00:00.000Z"_s);

    const auto spaced = parseInstant(u"2024-10-14 08:00:30", kDaNang);
    ASSERT_TRUE(spaced.ok());
    EXPECT_EQ(*spaced, *t + 30'000);
}

TEST(TimeUtil, ExplicitOffsetsWin)
{
    EXPECT_EQ(toIsoUtc(*parseInstant(u"2024-10-14T08:00:00Z", kDaNang)), u"2024-10-14T08:00:00.000Z"_s);
    EXPECT_EQ(toIsoUtc(*parseInstant(u"2024-10-14T08:00:00+07:00", QTimeZone::utc())),
              u"2024-10-14T01:00:00.000Z"_s);
    EXPECT_EQ(toIsoUtc(*parseInstant(u"2024-10-14T08:00:00.250Z", kDaNang)), u"2024-10-14T08:00:00.250Z"_s);
}

TEST(TimeUtil, DateOnlyIsLocalMidnight)
{
    const auto t = parseInstant(u"2024-10-14", kDaNang);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(toIsoUtc(*t), u"2024-10-13T17:00:00.000Z"_s);
}

TEST(TimeUtil, RefusesNonsense)
{
    for (const QString& bad :
         {u"2024-02-30"_s, u"2024-13-01T00:00"_s, u"yesterday"_s, QString(), u"2024-10-14T25:00"_s}) {
        const auto t = parseInstant(bad, kDaNang);
        ASSERT_FALSE(t.ok()) << bad.toStdString();
        EXPECT_EQ(t.error().code, ErrorCode::Parse);
        EXPECT_EQ(t.error().detail, bad);
    }
}

TEST(TimeUtil, RefusesALocalTimeSkippedByDaylightSaving)
{
    // 2016-03-13 02:30 did not exist in US Central time (clocks jumped 02:00 → 03:00),
    // the kind of row the I-94 traffic file holds.
    const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
    ASSERT_TRUE(chicago.isValid());
    const auto t = parseInstant(u"2016-03-13T02:30:00", chicago);
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().detail.contains(u"America/Chicago"_s));
    EXPECT_TRUE(parseInstant(u"2016-03-13T03:30:00", chicago).ok());
}

TEST(TimeUtil, ParseDateIsStrict)
{
    EXPECT_EQ(*parseDate(u"2025-07-01"), QDate(2025, 7, 1));
    EXPECT_FALSE(parseDate(u"2025-7-1").ok());
    EXPECT_FALSE(parseDate(u"2025-02-29").ok());
}
