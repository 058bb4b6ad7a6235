// JSON measures of a device as MQTT devices and the IoT Agent for JSON send them: an object
// of measures or an array of readings, the time from the configured member, numbers that are
// text only where the feed says so (other text left out, as NGSI's), and what cannot be read
// rejected with why.

#include "core/common/timeutil.h"
#include "core/feeds/mqtt/jsonmeasures.h"

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kReceived = 1'728'867'600'000; // 2024-10-14T01:00:00Z

feeds::FeedItems parse(const char* payload, const feeds::JsonMeasures& options = {})
{
    return feeds::parseJsonMeasures(QByteArrayView(payload),
                                    {u"/k/tower-07/attrs"_s, u"FloodTower"_s, kReceived, QTimeZone(7 * 3600)},
                                    options);
}

QStringList reasons(const feeds::FeedItems& items)
{
    QStringList out;
    for (const auto& r : items.rejected)
        out << r.attribute + u": "_s + r.reason;
    return out;
}

} // namespace

TEST(JsonMeasures, AnObjectIsOneReadingAtItsTimeOrWhenReceived)
{
    const auto items = parse(R"({"d": 12.5, "r": 3, "TimeInstant": "2024-10-14T08:00:00+07:00"})");
    ASSERT_EQ(items.observations.size(), 2u) << reasons(items).join(u'\n').toStdString();
    EXPECT_TRUE(items.rejected.empty());
    EXPECT_EQ(items.observations[0].entity, u"/k/tower-07/attrs"_s);
    EXPECT_EQ(items.observations[0].type, u"FloodTower"_s);
    EXPECT_EQ(items.observations[0].attribute, u"d"_s);
    EXPECT_EQ(items.observations[0].value, 12.5);
    EXPECT_EQ(toIsoUtc(items.observations[0].time), u"2024-10-14T01:00:00.000Z"_s);
    EXPECT_EQ(items.observations[1].attribute, u"r"_s);
    EXPECT_EQ(items.observations[1].value, 3);

    const auto received = parse(R"({"d": -1.25e1})");
    ASSERT_EQ(received.observations.size(), 1u);
    EXPECT_EQ(received.observations[0].time, kReceived);
    EXPECT_EQ(received.observations[0].value, -12.5);

    // The demo city's own messages: the time in "t", text members that are not measures.
    const auto demo = parse(R"({"series": "air.pm25@hai-chau", "t": "2024-10-14T00:05:00.000Z", "value": 31.5,
                                "unit": "ug/m3"})",
                            {u"t"_s, {}});
    ASSERT_EQ(demo.observations.size(), 1u);
    EXPECT_EQ(demo.observations[0].attribute, u"value"_s);
    EXPECT_EQ(toIsoUtc(demo.observations[0].time), u"2024-10-14T00:05:00.000Z"_s);
    EXPECT_TRUE(demo.rejected.empty()) << "series and unit are text, not measurements";
}

TEST(JsonMeasures, AnArrayIsSeveralReadings)
{
    const auto items = parse(R"([{"d": 1, "TimeInstant": "2024-10-14T08:00:00"},
                                 {"d": 2, "TimeInstant": "2024-10-14T08:10:00"}, 7])");
    ASSERT_EQ(items.observations.size(), 2u);
    EXPECT_EQ(items.observations[1].time - items.observations[0].time, 600'000);
    EXPECT_EQ(items.observations[0].time, kReceived) << "a time without a zone is the feed's";
    EXPECT_EQ(reasons(items), QStringList{u": reading 3 is not an object of measures"_s});
}

TEST(JsonMeasures, TextIsANumberOnlyWhereTheFeedSaysSo)
{
    const char* payload = R"({"d": "12.5", "s": "OPEN", "b": true, "n": null, "o": {"x": 1}})";
    const auto strict = parse(payload);
    EXPECT_TRUE(strict.observations.empty()) << "text, true, null and an object are not measurements";
    EXPECT_TRUE(strict.rejected.empty()) << reasons(strict).join(u'\n').toStdString();
    const auto lenient = parse(payload, {u"TimeInstant"_s, {u"d"_s, u"s"_s}});
    ASSERT_EQ(lenient.observations.size(), 1u);
    EXPECT_EQ(lenient.observations[0].value, 12.5);
    EXPECT_TRUE(reasons(lenient).contains(u"s: not a number: \"OPEN\""_s))
        << reasons(lenient).join(u'\n').toStdString();
    const auto huge = parse(R"({"x": "1e400", "y": 2})", {u"TimeInstant"_s, {u"x"_s}});
    ASSERT_EQ(huge.observations.size(), 1u);
    EXPECT_EQ(reasons(huge).size(), 1) << "too large to be a number";
    EXPECT_TRUE(reasons(huge).value(0).startsWith(u"x: not a"_s)) << reasons(huge).join(u'\n').toStdString();
}

TEST(JsonMeasures, WhatCannotBeReadIsRejectedNeverThrown)
{
    EXPECT_TRUE(reasons(parse("{\"d\": 1")).value(0).startsWith(u": not JSON"_s));
    EXPECT_EQ(reasons(parse("[]")), QStringList{u": must be an object of measures, or an array of them"_s});
    EXPECT_EQ(parse("42").rejected.size(), 1u);
    EXPECT_TRUE(parse("42").observations.empty());
    const auto badTime = parse(R"({"d": 1, "TimeInstant": "yesterday"})");
    EXPECT_TRUE(badTime.observations.empty()) << "a reading whose time cannot be read is not guessed at";
    EXPECT_EQ(reasons(badTime),
              QStringList{u": reading 1: TimeInstant = yesterday is not a time (ISO 8601)"_s});
    EXPECT_EQ(parse("").rejected.size(), 1u);
}
