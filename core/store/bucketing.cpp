#include "core/store/bucketing.h"

#include "core/common/civiltime.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace cityops::store {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

} // namespace

std::int64_t bucketStart(std::int64_t t, Bucketing b, std::int64_t off)
{
    switch (b.kind) {
    case Bucketing::Kind::Fixed:
        return floorDivide(t + off, b.widthMs) * b.widthMs - off;
    case Bucketing::Kind::Week: {
        const std::int64_t day = floorDivide(t + off, kDayMs);
        const std::int64_t week = floorDivide(day + 3, 7); // 1970-01-01 was a Thursday
        return (week * 7 - 3) * kDayMs - off;
    }
    case Bucketing::Kind::Month:
    case Bucketing::Kind::Quarter:
    case Bucketing::Kind::Year: {
        std::int64_t y;
        unsigned m, d;
        civilFromDays(floorDivide(t + off, kDayMs), y, m, d);
        const unsigned first = b.kind == Bucketing::Kind::Month     ? m
                               : b.kind == Bucketing::Kind::Quarter ? (m - 1) / 3 * 3 + 1
                                                                    : 1;
        return daysFromCivil(y, first, 1) * kDayMs - off;
    }
    }
    return t;
}

std::int64_t bucketEnd(std::int64_t start, Bucketing b, std::int64_t off)
{
    switch (b.kind) {
    case Bucketing::Kind::Fixed:
        return start + b.widthMs;
    case Bucketing::Kind::Week:
        return start + 7 * kDayMs;
    case Bucketing::Kind::Month:
    case Bucketing::Kind::Quarter:
    case Bucketing::Kind::Year: {
        std::int64_t y;
        unsigned m, d;
        civilFromDays(floorDivide(start + off, kDayMs), y, m, d);
        m += b.kind == Bucketing::Kind::Month ? 1 : b.kind == Bucketing::Kind::Quarter ? 3 : 12;
        while (m > 12) {
            m -= 12;
            ++y;
        }
        return daysFromCivil(y, m, 1) * kDayMs - off;
    }
    }
    return start;
}

std::optional<Bucketing> parseBucketing(const char* text)
{
    const std::string_view s(text);
    std::int64_t n = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), n);
    if (r.ec != std::errc() || n <= 0 || n > 100000)
        return std::nullopt;
    const std::string_view unit(r.ptr, std::size_t(s.data() + s.size() - r.ptr));
    if (unit == "min" || unit == "m")
        return Bucketing::fixed(n * 60'000);
    if (unit == "h")
        return Bucketing::fixed(n * 3'600'000);
    if (unit == "d")
        return Bucketing::fixed(n * kDayMs);
    if (unit == "w" && n == 1)
        return Bucketing::week();
    if (unit == "mo" && n == 1)
        return Bucketing::month();
    if (unit == "q" && n == 1)
        return Bucketing::quarter();
    if (unit == "y" && n == 1)
        return Bucketing::year();
    return std::nullopt;
}

} // namespace cityops::store
