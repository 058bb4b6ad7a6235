// FIWARE UltraLight 2.0 measures as IoT Agents send them: pairs, several groups, a leading
// timestamp by field count, numbers that are text, and what the agents treat as errors.

#include "core/common/timeutil.h"
#include "core/feeds/mqtt/ultralight.h"

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kReceived = 1'728'867'600'000; // 2024-10-14T01:00:00Z

feeds::FeedItems parse(const char* payload)
{
    return feeds::parseUltraLight(QByteArrayView(payload),
                                  {u"tower-07"_s, u"FloodTower"_s, kReceived, QTimeZone(7 * 3600)});
}

} // namespace

TEST(UltraLight, PairsAreMeasuresOfTheDeviceAtTheTimeReceived)
{
    const auto items = parse("t|23.5|h|0.7");
    ASSERT_EQ(items.observations.size(), 2u);
    EXPECT_TRUE(items.rejected.empty());
    EXPECT_EQ(items.observations[0].entity, u"tower-07"_s);
    EXPECT_EQ(items.observations[0].type, u"FloodTower"_s);
    EXPECT_EQ(items.observations[0].attribute, u"t"_s);
    EXPECT_EQ(items.observations[0].value, 23.5);
    EXPECT_EQ(items.observations[0].time, kReceived);
    EXPECT_EQ(items.observations[1].attribute, u"h"_s);
    EXPECT_EQ(items.observations[1].value, 0.7);
}

TEST(UltraLight, GroupsAndALeadingTimestampByFieldCount)
{
    // Three groups: the first two with their own time (odd field counts), the last without.
    const auto items = parse("2024-10-14T07:00:00+07:00|d|12#2024-10-14T00:05:00Z|d|13|v|3.9#d|14");
    ASSERT_EQ(items.observations.size(), 4u);
    EXPECT_TRUE(items.rejected.empty());
    EXPECT_EQ(toIsoUtc(items.observations[0].time), u"2024-10-14T00:00:00.000Z"_s);
    EXPECT_EQ(items.observations[0].value, 12);
    EXPECT_EQ(toIsoUtc(items.observations[1].time), u"2024-10-14T00:05:00.000Z"_s);
    EXPECT_EQ(items.observations[2].attribute, u"v"_s);
    EXPECT_EQ(items.observations[2].time, items.observations[1].time);
    EXPECT_EQ(items.observations[3].time, kReceived);
    // A time without a zone is the feed's (Da Nang's).
    const auto local = parse("2024-10-14T08:00:00|d|1");
    ASSERT_EQ(local.observations.size(), 1u);
    EXPECT_EQ(local.observations[0].time, kReceived);
}

TEST(UltraLight, WhatTheAgentsRefuseIsRefusedWholeAndTextIsNotAMeasure)
{
    // An empty field or an empty group: the agents' PARSE_ERROR, nothing read.
    for (const char* bad : {"t||h|1", "a|10||", "a|10|b|11##t|3", "||", "t|1#"}) {
        const auto items = parse(bad);
        EXPECT_TRUE(items.observations.empty()) << bad;
        ASSERT_EQ(items.rejected.size(), 1u) << bad;
        EXPECT_TRUE(items.rejected[0].reason.startsWith(u"not UltraLight 2.0: "_s))
            << items.rejected[0].reason.toStdString();
    }
    // Text, an infinite number, a command result: rejected with why; the numbers read.
    const auto items = parse("h|1|s|OPEN|p|-1e400|q| 42 #MQTT_2@ping|MADE_OK");
    ASSERT_EQ(items.observations.size(), 2u);
    EXPECT_EQ(items.observations[0].attribute, u"h"_s);
    EXPECT_EQ(items.observations[1].attribute, u"q"_s);
    EXPECT_EQ(items.observations[1].value, 42);
    ASSERT_EQ(items.rejected.size(), 3u);
    EXPECT_EQ(items.rejected[0].attribute, u"s"_s);
    EXPECT_TRUE(items.rejected[0].reason.contains(u"OPEN"_s));
    EXPECT_EQ(items.rejected[1].attribute, u"p"_s);
    EXPECT_TRUE(items.rejected[2].reason.contains(u"command result"_s))
        << items.rejected[2].reason.toStdString();
    // A first field that is not a time, with an odd count: the group is rejected whole.
    const auto odd = parse("soon|t|1");
    EXPECT_TRUE(odd.observations.empty());
    ASSERT_EQ(odd.rejected.size(), 1u);
    EXPECT_TRUE(odd.rejected[0].reason.contains(u"soon"_s));
    EXPECT_EQ(parse("").rejected.size(), 1u);
    // One leading '|' is tolerated; a measure named as the time field is the group's time.
    const auto lead = parse("|c|7|b|18");
    ASSERT_EQ(lead.observations.size(), 2u);
    EXPECT_TRUE(lead.rejected.empty());
    const auto timed = feeds::parseUltraLight(QByteArrayView("tmp|24.4|tt|2016-09-26T12:19:26.476659Z"),
                                              {u"d"_s, QString(), kReceived, QTimeZone(7 * 3600), u"tt"_s});
    ASSERT_EQ(timed.observations.size(), 1u);
    EXPECT_EQ(toIsoUtc(timed.observations[0].time), u"2016-09-26T12:19:26.476Z"_s);
}
