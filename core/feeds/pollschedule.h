#pragma once

// When a collector polls a feed next. After a poll written: its interval. After a failure:
// sooner at first, then less and less often — 5 s, 10 s, 20 s… doubling up to the larger
// of the interval and 5 minutes —, each delay spread by ±20 % so that collectors restarted
// together do not poll in step, and never sooner than the server asked (Retry-After on a
// 429 or a 503). A written poll starts again from the interval.

#include <cstdint>

namespace cityops::feeds {

class PollSchedule
{
public:
    static constexpr std::int64_t kFirstRetryMs = 5'000;
    static constexpr std::int64_t kLongestRetryMs = 300'000;

    explicit PollSchedule(int pollSeconds)
        : m_intervalMs(std::int64_t(pollSeconds) * 1000)
    {}

    std::int64_t afterSuccess()
    {
        m_failures = 0;
        return m_intervalMs;
    }
    // `retryAfterSeconds` as the server said (-1: it did not); `random01` in [0, 1) spreads it.
    std::int64_t afterFailure(int retryAfterSeconds, double random01)
    {
        ++m_failures;
        const std::int64_t cap = m_intervalMs > kLongestRetryMs ? m_intervalMs : kLongestRetryMs;
        std::int64_t delay = kFirstRetryMs;
        for (int i = 1; i < m_failures && delay < cap; ++i)
            delay *= 2;
        delay = delay < cap ? delay : cap;
        delay = std::int64_t(double(delay) * (0.8 + 0.4 * random01));
        const std::int64_t asked = std::int64_t(retryAfterSeconds) * 1000;
        return asked > delay ? asked : delay;
    }
    int failures() const { return m_failures; }

private:
    std::int64_t m_intervalMs;
    int m_failures = 0;
};

} // namespace cityops::feeds
