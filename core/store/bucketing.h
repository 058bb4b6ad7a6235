#pragma once

// Cutting time into buckets (minutes, hours, days, calendar weeks and months) at a fixed
// local offset: Viet Nam has kept UTC+07:00 without daylight saving since 1975, so a
// fixed offset is exact for the city's days.

#include <cstdint>
#include <optional>

namespace cityops::store {

// How to cut time into buckets, in the store's local offset (Asia/Ho_Chi_Minh: +07:00).
struct Bucketing
{
    enum class Kind : std::uint8_t
    {
        Fixed,   // widthMs: a minute, an hour, a day, or any multiple of a minute
        Week,    // calendar weeks from Monday 00:00 local
        Month,   // calendar months from the 1st 00:00 local
        Quarter, // calendar quarters (January, April, July, October)
        Year,    // calendar years from 1 January
    };
    Kind kind = Kind::Fixed;
    std::int64_t widthMs = 3'600'000;

    static Bucketing fixed(std::int64_t widthMs) { return {Kind::Fixed, widthMs}; }
    static Bucketing week() { return {Kind::Week, 0}; }
    static Bucketing month() { return {Kind::Month, 0}; }
    static Bucketing quarter() { return {Kind::Quarter, 0}; }
    static Bucketing year() { return {Kind::Year, 0}; }
};

// The start of the bucket containing t, and the end of the bucket starting at `start`.
std::int64_t bucketStart(std::int64_t t, Bucketing bucketing, std::int64_t localOffsetMs);
std::int64_t bucketEnd(std::int64_t start, Bucketing bucketing, std::int64_t localOffsetMs);

// "15min", "1h", "6h", "1d", "1w", "1mo", "1q", "1y": nullopt when not understood.
std::optional<Bucketing> parseBucketing(const char* text);

inline std::int64_t floorDivide(std::int64_t a, std::int64_t b) // (inline: called per point)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace cityops::store
