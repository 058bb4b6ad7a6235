#pragma once

// Fast civil-time parsing and local-time resolution for bulk ingest: QDateTime costs
// microseconds per value, which a 10-million-row file cannot afford.

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cityops {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's
// algorithms, exact for any date).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
void civilFromDays(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day);

// `text` without leading and trailing blanks (spaces, tabs, a trailing carriage return).
std::string_view trimmed(std::string_view text);

// Milliseconds since 1970-01-01T00:00 of a civil date-time, read as if it were UTC.
std::int64_t toEpochMs(int year, int month, int day, int hour, int minute, int second, int millisecond);
bool isValidDate(int year, int month, int day);

// A parsed timestamp: the civil fields as "UTC-like" milliseconds, plus the offset the
// text stated, if any ("Z" is an offset of 0).
struct ParsedTimestamp
{
    std::int64_t civilMs = 0;
    std::optional<int> offsetSeconds;
};

// A timestamp pattern: "iso8601", "epoch-s", "epoch-ms", or a Qt-style pattern made of
// yyyy MM dd HH mm ss zzz and literal characters ("yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy").
class TimestampFormat
{
public:
    // Null with `error` set when the pattern is not understood.
    static std::optional<TimestampFormat> make(const QString& pattern, QString* error);

    // Parses one field; nullopt when it does not match.
    std::optional<ParsedTimestamp> parse(std::string_view text) const;
    bool isEpoch() const { return m_kind == Kind::EpochSeconds || m_kind == Kind::EpochMillis; }

private:
    enum class Kind
    {
        Iso,
        EpochSeconds,
        EpochMillis,
        Pattern,
    };
    struct Token
    {
        char field; // 'y','M','d','H','m','s','z' or 0 for a literal
        int width;
        char literal;
    };
    Kind m_kind = Kind::Iso;
    std::vector<Token> m_tokens;
};

// What a local wall-clock time means in a time zone.
struct LocalTimeResolution
{
    int candidates = 0;       // 0: does not exist (spring-forward gap); 2: ambiguous (fall-back)
    std::int64_t earlier = 0; // UTC ms
    std::int64_t later = 0;   // UTC ms (== earlier when there is one)
};

// A time zone as configuration files name it: an IANA name (Asia/Ho_Chi_Minh), UTC (or Z),
// or a fixed offset (+07:00, +0700, -03). Invalid when it names none.
QTimeZone timeZoneNamed(const QString& name);

// Resolves local times in one zone, caching per quarter-hour of local time.
class ZoneResolver
{
public:
    explicit ZoneResolver(QTimeZone zone);
    LocalTimeResolution resolve(std::int64_t civilMs);
    const QTimeZone& zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    std::optional<int> m_fixedOffset; // seconds, for zones without transitions (UTC, +07:00)
    struct Slot
    {
        int candidates;
        int offsetEarlier; // seconds
        int offsetLater;
    };
    std::unordered_map<std::int64_t, Slot> m_cache;
};

} // namespace cityops
