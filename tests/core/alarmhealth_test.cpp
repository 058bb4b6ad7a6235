// The alarm system's health figures, on alarms made to show each: a flood, a chattering
// alarm, a stale one, the priority mix.

#include "core/alerts/alarmhealth.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'792'000'200'000; // a multiple of 10 minutes

alerts::Alarm alarm(const QString& rule, const QString& place, std::int64_t firedAt, const QString& severity,
                    std::optional<std::int64_t> resolvedAt = std::nullopt)
{
    alerts::Alarm a;
    a.rule = rule;
    a.place = place;
    a.firedAt = firedAt;
    a.severity = severity;
    a.resolvedAt = resolvedAt;
    a.state = resolvedAt ? alerts::State::RtnUnacknowledged : alerts::State::Unacknowledged;
    return a;
}

QString iso(std::int64_t t)
{
    return QString::number(t);
}

} // namespace

TEST(AlarmHealth, CountsFloodsChatteringStaleAlarmsAndPriorities)
{
    QList<alerts::Alarm> alarms;
    // A flood: 12 alarms at 12 towers in the first 10 minutes, all resolved.
    for (int i = 0; i < 12; ++i)
        alarms << alarm(u"flood.depth-levels"_s, u"tower-%1"_s.arg(i), kT0 + i * 30'000, u"high"_s,
                        kT0 + 3'600'000);
    // Chattering: one rule at one place three times within a minute, an hour later.
    for (int i = 0; i < 3; ++i)
        alarms << alarm(u"air.aqi-bad"_s, u"air.hai-chau"_s, kT0 + 60 * kMinute + i * 20'000, u"low"_s,
                        kT0 + 60 * kMinute + i * 20'000 + 10'000);
    // Stale: active for more than a day at the window's end.
    alarms << alarm(u"hydro.river-gauge-silent"_s, u"hydro.cam-le"_s, kT0 + 2 * kMinute, u"medium"_s);
    alarms.last().state = alerts::State::Shelved;
    const std::int64_t to = kT0 + 26 * 60 * kMinute; // 26 h: 156 periods of 10 minutes

    const QJsonObject h = alerts::alarmHealth(alarms, {kT0, to}, iso);
    EXPECT_EQ(h[u"alarms"_s].toInt(), 16);
    EXPECT_EQ(h[u"peak10Minutes"_s].toInt(), 13); // the 12 towers and the gauge
    EXPECT_EQ(h[u"peakAt"_s].toString(), iso(kT0));
    EXPECT_EQ(h[u"floodPeriods"_s].toInt(), 1);
    EXPECT_DOUBLE_EQ(h[u"timeInFloodPct"_s].toDouble(), 0.6); // 1 of 156
    EXPECT_DOUBLE_EQ(h[u"per10Minutes"_s].toDouble(), 0.103); // 16 / 156
    const QJsonArray chatter = h[u"chattering"_s].toArray();
    ASSERT_EQ(chatter.size(), 1);
    EXPECT_EQ(chatter[0][u"place"_s].toString(), u"air.hai-chau"_s);
    EXPECT_EQ(h[u"staleAlarms"_s].toInt(), 1);
    EXPECT_EQ(h[u"shelved"_s].toInt(), 1);
    EXPECT_EQ(h[u"top"_s].toArray()[0][u"rule"_s].toString(), u"flood.depth-levels"_s);
    EXPECT_DOUBLE_EQ(h[u"top"_s].toArray()[0][u"sharePct"_s].toDouble(), 75.0);
    EXPECT_EQ(h[u"priorities"_s][u"high"_s][u"count"_s].toInt(), 12);
    EXPECT_DOUBLE_EQ(h[u"priorities"_s][u"low"_s][u"pct"_s].toDouble(), 18.8);
    EXPECT_FALSE(h[u"meets"_s][u"peak"_s].toBool());
    EXPECT_FALSE(h[u"meets"_s][u"chattering"_s].toBool());
    EXPECT_TRUE(h[u"meets"_s][u"flood"_s].toBool());
    EXPECT_TRUE(h[u"meets"_s][u"rate"_s].toBool());
}
