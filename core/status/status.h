#pragma once

// The state of a value as an operator reads it: normal, or abnormal at one of three alarm
// priorities, and whether its series is still updating. One set of rules for the wall,
// the desk and the map, so the same colour means the same thing everywhere.

#include "core/store/observation.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace cityops {
class Catalog;
struct Indicator;
} // namespace cityops

namespace cityops::status {

// Ordered: a larger level is worse.
enum class Level
{
    NoData = 0, // nothing received yet (Hoàng Sa, a series that never reported)
    Normal,
    Low,    // advisory
    Medium, // warning
    High,   // alarm
};

// The alarm level of value `v` of `indicator`:
// - thresholds (ascending) on a higher-is-worse indicator: the top three thresholds are
//   Low/Medium/High (AQI 150/200/300, flood depth 30/50/100 cm); two thresholds are
//   Medium/High; a single threshold is Medium;
// - a lower-is-worse indicator reads its thresholds the other way round (below the lowest
//   is the worst);
// - a normal band: outside it is Medium;
// - an indicator without either is always Normal.
Level levelOf(const Indicator& indicator, double v);

// How long a series may stay silent before it is stale: three update periods, and never
// less than the period plus 15 minutes (a 1-minute series is stale after 16 minutes, a
// 10-minute one after 30, an hourly one after 3 hours).
std::int64_t staleAfterMs(std::int64_t periodMs);

// A series at an instant.
struct SeriesState
{
    std::optional<store::Point> latest;
    Level level = Level::NoData; // of the latest value
    bool stale = false;          // latest is older than staleAfterMs (or there is none), or
                                 // the feed it comes from is failing (sourceFailing)
    bool sourceFailing = false;  // the console's collector says its feed is failing now
    std::int64_t ageMs = 0;      // now - latest.t
};

SeriesState stateOf(const Indicator& indicator, std::int64_t periodMs,
                    const std::optional<store::Point>& latest, std::int64_t nowMs);

// "3 phút", "2 giờ 5 phút", "4 ngày": an age for people (Vietnamese or English through tr()).
QString ageText(std::int64_t ageMs);

// "Báo động", "Cảnh báo", "Chú ý", "Bình thường", "Chưa có dữ liệu": a level for people.
QString levelName(Level level);
// "3 bất thường", "2 mất tín hiệu": how many series of a group are abnormal or stale.
QString abnormalCountText(int count);
QString staleCountText(int count);

} // namespace cityops::status
