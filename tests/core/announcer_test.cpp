// What a console plays as its alarms change: a tone for a new alarm, the message of a new high
// one spoken, said again while nobody acknowledges it, rate-limited, silent once acknowledged;
// the first read says how many high alarms wait instead of replaying them all.

#include "core/alerts/announcer.h"

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kSecond = 1'000;
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'792'000'000'000;

alerts::Alarm alarm(const QString& id, const QString& severity, std::int64_t firedAt,
                    alerts::State state = alerts::State::Unacknowledged)
{
    alerts::Alarm a;
    a.id = id;
    a.severity = severity;
    a.firedAt = firedAt;
    a.state = state;
    a.messageVi = u"Cảnh báo "_s + id;
    return a;
}

} // namespace

TEST(Announcer, TheFirstReadSaysHowManyHighAlarmsWait)
{
    alerts::Announcer announcer;
    const auto first = announcer.update({alarm(u"a"_s, u"high"_s, kT0 - kMinute),
                                         alarm(u"b"_s, u"high"_s, kT0), alarm(u"c"_s, u"low"_s, kT0),
                                         alarm(u"d"_s, u"high"_s, kT0, alerts::State::Acknowledged)},
                                        kT0);
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->high);
    EXPECT_EQ(first->speech, u"Có 2 cảnh báo mức cao chưa xác nhận."_s);
    EXPECT_FALSE(announcer.update({alarm(u"a"_s, u"high"_s, kT0 - kMinute)}, kT0 + 5 * kSecond))
        << "nothing new";
    alerts::Announcer quiet;
    EXPECT_FALSE(quiet.update({}, kT0)) << "nothing waits: nothing to say";
}

TEST(Announcer, ANewAlarmIsToneAndAHighOneIsSpoken)
{
    alerts::Announcer announcer;
    ASSERT_FALSE(announcer.update({}, kT0));
    const auto low = announcer.update({alarm(u"low"_s, u"low"_s, kT0)}, kT0);
    ASSERT_TRUE(low);
    EXPECT_FALSE(low->high);
    EXPECT_TRUE(low->speech.isEmpty()) << "a low alarm is a tone only";

    QList<alerts::Alarm> now = {alarm(u"low"_s, u"low"_s, kT0), alarm(u"flood"_s, u"high"_s, kT0 + kMinute)};
    const auto high = announcer.update(now, kT0 + kMinute);
    ASSERT_TRUE(high);
    EXPECT_TRUE(high->high);
    EXPECT_EQ(high->speech, u"Cảnh báo flood."_s);
    EXPECT_EQ(high->alarms, QStringList{u"flood"_s});

    // Two more high ones at once: one message, the newest, and how many more.
    now << alarm(u"river"_s, u"high"_s, kT0 + 2 * kMinute) << alarm(u"wind"_s, u"high"_s, kT0 + 3 * kMinute);
    const auto two = announcer.update(now, kT0 + 4 * kMinute);
    ASSERT_TRUE(two);
    EXPECT_EQ(two->speech, u"Cảnh báo wind, và 1 cảnh báo mức cao khác."_s);
}

TEST(Announcer, RateLimitedWhatWaitsIsSaidAtTheNextChance)
{
    alerts::Announcer announcer;
    ASSERT_FALSE(announcer.update({}, kT0));
    QList<alerts::Alarm> now = {alarm(u"a"_s, u"high"_s, kT0)};
    ASSERT_TRUE(announcer.update(now, kT0));
    now << alarm(u"b"_s, u"high"_s, kT0 + kSecond);
    const auto soon = announcer.update(now, kT0 + 3 * kSecond);
    ASSERT_TRUE(soon) << "the tone may play again after 2 s";
    EXPECT_TRUE(soon->speech.isEmpty()) << "but nothing is said within 15 s of the last message";
    EXPECT_FALSE(announcer.update(now, kT0 + 4 * kSecond)) << "and the tone is not repeated";
    const auto later = announcer.update(now, kT0 + 16 * kSecond);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->speech, u"Cảnh báo b."_s);
}

TEST(Announcer, SaidAgainUntilAcknowledgedThenSilent)
{
    alerts::Announcer announcer;
    ASSERT_FALSE(announcer.update({}, kT0));
    QList<alerts::Alarm> now = {alarm(u"a"_s, u"high"_s, kT0)};
    ASSERT_TRUE(announcer.update(now, kT0));
    EXPECT_FALSE(announcer.update(now, kT0 + 4 * kMinute));
    const auto again = announcer.update(now, kT0 + 5 * kMinute);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->speech, u"Còn 1 cảnh báo mức cao chưa xác nhận."_s);

    now.front().state = alerts::State::Acknowledged;
    EXPECT_FALSE(announcer.update(now, kT0 + 11 * kMinute)) << "acknowledged: silent";
    now.front().state = alerts::State::Shelved;
    EXPECT_FALSE(announcer.update(now, kT0 + 12 * kMinute));
    // Back from the shelf, still unacknowledged: news again.
    now.front().state = alerts::State::Unacknowledged;
    const auto back = announcer.update(now, kT0 + 13 * kMinute);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->speech, u"Cảnh báo a."_s);
}

TEST(Announcer, ASuppressedAlarmIsNotHeard)
{
    alerts::Announcer announcer;
    ASSERT_FALSE(announcer.update({}, kT0));
    EXPECT_FALSE(announcer.update({alarm(u"rise"_s, u"high"_s, kT0, alerts::State::Suppressed)}, kT0));
}
