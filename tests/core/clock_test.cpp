#include "core/common/clock.h"
#include "core/common/timeutil.h"

#include <QDateTime>

#include <cmath>
#include <gtest/gtest.h>

using namespace cityops;

namespace {
constexpr qint64 kStart = 1728867600000; // 2024-10-14T01:00:00Z = 08:00 in Da Nang
}

TEST(SystemClock, FollowsTheMachineClock)
{
    SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = clock.nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    EXPECT_GE(now, before);
    EXPECT_LE(now, after);
}

TEST(ManualClock, MovesOnlyWhenTold)
{
    ManualClock clock(kStart);
    EXPECT_EQ(clock.nowMs(), kStart);
    clock.advanceMs(1500);
    EXPECT_EQ(clock.nowMs(), kStart + 1500);
    clock.setNowMs(42);
    EXPECT_EQ(clock.nowMs(), 42);
}

TEST(VirtualClock, StartsAtAnyInstant)
{
    ManualClock source(5'000);
    VirtualClock clock(kStart, source);
    EXPECT_EQ(clock.nowMs(), kStart);
    EXPECT_DOUBLE_EQ(clock.speed(), 1.0);
    source.advanceMs(250);
    EXPECT_EQ(clock.nowMs(), kStart + 250);
}

TEST(VirtualClock, RunsAtTheSpeedFactor)
{
    ManualClock source(0);
    VirtualClock clock(kStart, source, 600.0);
    // At 600x a day passes in 2.4 minutes of real time.
    source.advanceMs(2 * kMinuteMs + 24 * kSecondMs);
    EXPECT_EQ(clock.nowMs(), kStart + kDayMs);
}

TEST(VirtualClock, ChangingSpeedDoesNotJump)
{
    ManualClock source(0);
    VirtualClock clock(kStart, source, 10.0);
    source.advanceMs(1000); // +10 s virtual
    ASSERT_TRUE(clock.setSpeed(3600.0).ok());
    EXPECT_EQ(clock.nowMs(), kStart + 10 * kSecondMs);
    source.advanceMs(1000); // +1 h virtual
    EXPECT_EQ(clock.nowMs(), kStart + 10 * kSecondMs + kHourMs);
}

TEST(VirtualClock, RefusesSpeedsOutsideOneTo3600)
{
    ManualClock source(0);
    VirtualClock clock(kStart, source, 60.0);
    for (double bad : {0.0, 0.5, -1.0, 3600.5, 1e9, std::nan("")}) {
        const auto result = clock.setSpeed(bad);
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
        EXPECT_DOUBLE_EQ(clock.speed(), 60.0) << "a refused speed must leave the old one";
    }
    EXPECT_TRUE(clock.setSpeed(1.0).ok());
    EXPECT_TRUE(clock.setSpeed(3600.0).ok());
}

TEST(VirtualClock, PauseHoldsTimeAndResumeContinuesWithoutJump)
{
    ManualClock source(0);
    VirtualClock clock(kStart, source, 60.0);
    source.advanceMs(1000); // +1 min
    clock.pause();
    EXPECT_TRUE(clock.isPaused());
    source.advanceMs(10'000);
    EXPECT_EQ(clock.nowMs(), kStart + kMinuteMs) << "paused time must not move";
    clock.resume();
    EXPECT_FALSE(clock.isPaused());
    EXPECT_EQ(clock.nowMs(), kStart + kMinuteMs) << "resuming must not jump by the paused span";
    source.advanceMs(1000);
    EXPECT_EQ(clock.nowMs(), kStart + 2 * kMinuteMs);
}

TEST(VirtualClock, SeekJumpsAndKeepsPauseState)
{
    ManualClock source(0);
    VirtualClock clock(kStart, source, 2.0);
    clock.seek(kStart - kDayMs);
    EXPECT_EQ(clock.nowMs(), kStart - kDayMs);
    source.advanceMs(500);
    EXPECT_EQ(clock.nowMs(), kStart - kDayMs + 1000);

    clock.pause();
    clock.seek(kStart + 7 * kDayMs);
    source.advanceMs(5000);
    EXPECT_TRUE(clock.isPaused());
    EXPECT_EQ(clock.nowMs(), kStart + 7 * kDayMs);
}

TEST(VirtualClock, InitialSpeedIsClampedIntoRange)
{
    ManualClock source(0);
    EXPECT_DOUBLE_EQ(VirtualClock(kStart, source, 0.0).speed(), 1.0);
    EXPECT_DOUBLE_EQ(VirtualClock(kStart, source, 1e6).speed(), 3600.0);
}
