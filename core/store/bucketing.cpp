#include "core/store/bucketing.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace cityops::store {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDivLocal(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

} // namespace

std::int64_t floorDivide(std::int64_t a, std::int64_t b)
{
    return floorDivLocal(a, b);
}

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
    case Bucketing::Kind::Month: {
        std::int64_t y;
        unsigned m, d;
        civilFromDays(floorDivide(t + off, kDayMs), y, m, d);
        return daysFromCivil(y, m, 1) * kDayMs - off;
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
    case Bucketing::Kind::Month: {
        std::int64_t y;
        unsigned m, d;
        civilFromDays(floorDivide(start + off, kDayMs), y, m, d);
        if (++m > 12) {
            m = 1;
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
    return std::nullopt;
}

} // namespace cityops::store
