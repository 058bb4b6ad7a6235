#pragma once

#include "core/common/result.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace cityops {

// The source of "now" for everything time-dependent: feeds, engines, the simulator and
// the UI ask a Clock, never the system directly, so a demo day at 600x, a replay and a
// unit test run the same code. All times are UTC milliseconds since the Unix epoch.
// Implementations are safe to read from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The wall clock of this machine.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that moves only when told to; for tests and step-by-step replays.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now.load(std::memory_order_relaxed); }
    void setNowMs(qint64 ms) { m_now.store(ms, std::memory_order_relaxed); }
    void advanceMs(qint64 deltaMs) { m_now.fetch_add(deltaMs, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_now;
};

// Simulated time for the demo city, training and replay: starts at any instant, runs at
// a speed factor between 1x and 3600x of a source clock, can pause and seek.
// The source (the system clock unless given) must outlive this clock.
class VirtualClock final : public Clock
{
public:
    static constexpr double kMinimumSpeed = 1.0;
    static constexpr double kMaximumSpeed = 3600.0;

    explicit VirtualClock(qint64 startMs, double speed = 1.0);
    VirtualClock(qint64 startMs, const Clock& source, double speed = 1.0);

    qint64 nowMs() const override;

    double speed() const;
    // Changes the speed from now on, without a jump in time; refuses factors outside
    // [kMinimumSpeed, kMaximumSpeed] (and NaN) and keeps the old speed then.
    Result<void> setSpeed(double factor);

    void pause();
    void resume();
    bool isPaused() const;

    // Jumps to `ms`; a paused clock stays paused at the new instant.
    void seek(qint64 ms);

private:
    qint64 nowLocked() const;
    void rebaseLocked();

    SystemClock m_systemClock;
    const Clock* m_source;
    mutable std::mutex m_mutex;
    qint64 m_anchorVirtualMs;
    qint64 m_anchorSourceMs;
    double m_speed;
    bool m_paused = false;
};

} // namespace cityops
