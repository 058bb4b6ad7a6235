#include "core/common/clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace cityops {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {
double clampedInitialSpeed(double speed)
{
    if (!(speed >= VirtualClock::kMinimumSpeed))
        return VirtualClock::kMinimumSpeed;
    return std::min(speed, VirtualClock::kMaximumSpeed);
}
} // namespace

VirtualClock::VirtualClock(qint64 startMs, double speed)
    : m_source(&m_systemClock)
    , m_anchorVirtualMs(startMs)
    , m_anchorSourceMs(m_systemClock.nowMs())
    , m_speed(clampedInitialSpeed(speed))
{}

VirtualClock::VirtualClock(qint64 startMs, const Clock& source, double speed)
    : m_source(&source)
    , m_anchorVirtualMs(startMs)
    , m_anchorSourceMs(source.nowMs())
    , m_speed(clampedInitialSpeed(speed))
{}

qint64 VirtualClock::nowLocked() const
{
    if (m_paused)
        return m_anchorVirtualMs;
    const qint64 elapsed = m_source->nowMs() - m_anchorSourceMs;
    return m_anchorVirtualMs + std::llround(static_cast<double>(elapsed) * m_speed);
}

void VirtualClock::rebaseLocked()
{
    m_anchorVirtualMs = nowLocked();
    m_anchorSourceMs = m_source->nowMs();
}

qint64 VirtualClock::nowMs() const
{
    std::lock_guard lock(m_mutex);
    return nowLocked();
}

double VirtualClock::speed() const
{
    std::lock_guard lock(m_mutex);
    return m_speed;
}

Result<void> VirtualClock::setSpeed(double factor)
{
    if (!(factor >= kMinimumSpeed && factor <= kMaximumSpeed)) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("cityops::VirtualClock", "Clock speed must be between %1x and %2x")
                .arg(kMinimumSpeed)
                .arg(kMaximumSpeed),
            QStringLiteral("speed=%1").arg(factor)};
    }
    std::lock_guard lock(m_mutex);
    rebaseLocked();
    m_speed = factor;
    return {};
}

void VirtualClock::pause()
{
    std::lock_guard lock(m_mutex);
    if (m_paused)
        return;
    rebaseLocked();
    m_paused = true;
}

void VirtualClock::resume()
{
    std::lock_guard lock(m_mutex);
    if (!m_paused)
        return;
    m_paused = false;
    m_anchorSourceMs = m_source->nowMs();
}

bool VirtualClock::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void VirtualClock::seek(qint64 ms)
{
    std::lock_guard lock(m_mutex);
    m_anchorVirtualMs = ms;
    m_anchorSourceMs = m_source->nowMs();
}

} // namespace cityops
