#include "core/status/status.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace cityops::status {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::status)
};

Level fromExceeded(int exceeded, int thresholds)
{
    if (exceeded <= 0)
        return Level::Normal;
    // The worst threshold is High; the ones below step down; everything under the third
    // from the top is normal (AQI 50 and 100 are "moderate", not alarms).
    const int fromTop = thresholds - exceeded; // 0: the top threshold is exceeded
    if (thresholds == 1)
        return Level::Medium;
    switch (fromTop) {
    case 0:
        return Level::High;
    case 1:
        return Level::Medium;
    case 2:
        return Level::Low;
    default:
        return Level::Normal;
    }
}

} // namespace

Level levelOf(const Indicator& indicator, double v)
{
    if (indicator.normalBand && !indicator.normalBand->contains(v))
        return Level::Medium;
    const auto& t = indicator.thresholds;
    if (t.isEmpty())
        return Level::Normal;
    int exceeded = 0;
    if (indicator.badDirection == BadDirection::Down) {
        // Below the lowest threshold is the worst.
        for (qsizetype i = t.size() - 1; i >= 0 && v < t[i]; --i)
            ++exceeded;
    } else {
        for (double threshold : t)
            exceeded += v >= threshold ? 1 : 0;
    }
    return fromExceeded(exceeded, int(t.size()));
}

std::int64_t staleAfterMs(std::int64_t periodMs)
{
    constexpr std::int64_t kGraceMs = 15 * 60 * 1000;
    const std::int64_t period = std::max<std::int64_t>(periodMs, 60 * 1000);
    return std::max(3 * period, period + kGraceMs);
}

SeriesState stateOf(const Indicator& indicator, std::int64_t periodMs,
                    const std::optional<store::Point>& latest, std::int64_t nowMs)
{
    SeriesState state;
    state.latest = latest;
    if (!latest) {
        state.stale = true;
        return state;
    }
    state.ageMs = std::max<std::int64_t>(0, nowMs - latest->t);
    state.level = levelOf(indicator, latest->v);
    state.stale = state.ageMs > staleAfterMs(periodMs);
    return state;
}

QString ageText(std::int64_t ageMs)
{
    const std::int64_t minutes = ageMs / 60000;
    if (minutes < 1)
        return Text::tr("under a minute");
    if (minutes < 60)
        return Text::tr("%n min", nullptr, int(minutes));
    const std::int64_t hours = minutes / 60;
    if (hours < 48) {
        const int rest = int(minutes % 60);
        return rest == 0 ? Text::tr("%n h", nullptr, int(hours))
                         : Text::tr("%1 h %2 min").arg(hours).arg(rest);
    }
    return Text::tr("%n days", nullptr, int(hours / 24));
}

QString levelName(Level level)
{
    switch (level) {
    case Level::High:
        return Text::tr("Alarm");
    case Level::Medium:
        return Text::tr("Warning");
    case Level::Low:
        return Text::tr("Advisory");
    case Level::Normal:
        return Text::tr("Normal");
    case Level::NoData:
        break;
    }
    return Text::tr("No data");
}

QString abnormalCountText(int count)
{
    return Text::tr("%n abnormal", nullptr, count);
}

QString staleCountText(int count)
{
    return Text::tr("%n stale", nullptr, count);
}

} // namespace cityops::status
