// When the collector polls a feed next: its interval after a written poll; after failures,
// 5 s, 10 s, 20 s… doubling to the larger of the interval and 5 minutes, spread by ±20 %;
// never sooner than the server's Retry-After; back to the interval once a poll is written.

#include "core/feeds/pollschedule.h"

#include <gtest/gtest.h>

using cityops::feeds::PollSchedule;

TEST(PollSchedule, BacksOffDoublingWithJitterAndStartsAgainAfterASuccess)
{
    PollSchedule s(60);
    EXPECT_EQ(s.afterSuccess(), 60'000);
    // random 0.5: no spread.
    const std::int64_t expected[] = {5'000, 10'000, 20'000, 40'000, 80'000, 160'000, 300'000, 300'000};
    for (const std::int64_t e : expected)
        EXPECT_EQ(s.afterFailure(-1, 0.5), e);
    EXPECT_EQ(s.failures(), 8);
    EXPECT_EQ(s.afterSuccess(), 60'000);
    EXPECT_EQ(s.failures(), 0);
    EXPECT_EQ(s.afterFailure(-1, 0.0), 4'000) << "-20 %";
    EXPECT_EQ(s.afterFailure(-1, 0.999999), 11'999) << "+20 %";
}

TEST(PollSchedule, ALongIntervalIsTheLongestWaitAndRetryAfterIsHonoured)
{
    PollSchedule hourly(3600);
    for (int i = 0; i < 12; ++i)
        (void)hourly.afterFailure(-1, 0.5);
    EXPECT_EQ(hourly.afterFailure(-1, 0.5), 3'600'000);

    PollSchedule s(60);
    EXPECT_EQ(s.afterFailure(120, 0.5), 120'000) << "429 Retry-After: 120";
    EXPECT_EQ(s.afterFailure(1, 0.5), 10'000) << "a short Retry-After does not shorten the back-off";
}
