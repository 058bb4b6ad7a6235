#pragma once

// SIGTERM and SIGINT turned into a Qt signal through a self-pipe (the only safe thing a
// signal handler can do), so that a long-running command (serve, feeds run) stops cleanly:
// it finishes what it is writing, then returns.

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace cityops::cli {

class StopSignals
{
public:
    // `onStop` runs on the thread that created this, in its event loop.
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    bool ok() const { return m_notifier != nullptr; }
    bool stopped() const { return m_stopped; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_stopped = false;
};

} // namespace cityops::cli
