#include "core/common/civiltime.h"

#include <QDateTime>

#include <charconv>

using namespace Qt::StringLiterals;

namespace cityops {

namespace {

bool digits(std::string_view s, std::size_t at, int width, int& out)
{
    if (at + std::size_t(width) > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < width; ++i) {
        const char c = s[at + std::size_t(i)];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool validTime(int h, int mi, int s, int ms)
{
    return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59 && ms >= 0 && ms <= 999;
}

} // namespace

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

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isValidDate(int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::int64_t toEpochMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60'000 +
           std::int64_t(s) * 1000 + ms;
}

std::optional<TimestampFormat> TimestampFormat::make(const QString& pattern, QString* error)
{
    TimestampFormat f;
    if (pattern == u"iso8601"_s) {
        f.m_kind = Kind::Iso;
        return f;
    }
    if (pattern == u"epoch-s"_s) {
        f.m_kind = Kind::EpochSeconds;
        return f;
    }
    if (pattern == u"epoch-ms"_s) {
        f.m_kind = Kind::EpochMillis;
        return f;
    }
    f.m_kind = Kind::Pattern;
    const QByteArray p = pattern.toLatin1();
    bool hasYear = false, hasMonth = false, hasDay = false;
    for (qsizetype i = 0; i < p.size();) {
        const char c = p[i];
        qsizetype run = 1;
        while (i + run < p.size() && p[i + run] == c)
            ++run;
        auto token = [&](char field, int width) {
            f.m_tokens.push_back({field, width, 0});
        };
        if (c == 'y' && run == 4) {
            token('y', 4);
            hasYear = true;
        } else if (c == 'M' && run == 2) {
            token('M', 2);
            hasMonth = true;
        } else if (c == 'd' && run == 2) {
            token('d', 2);
            hasDay = true;
        } else if (c == 'H' && run == 2) {
            token('H', 2);
        } else if (c == 'm' && run == 2) {
            token('m', 2);
        } else if (c == 's' && run == 2) {
            token('s', 2);
        } else if (c == 'z' && run == 3) {
            token('z', 3);
        } else if (QChar::fromLatin1(c).isLetter()) {
            if (error)
                *error = u"unknown pattern letters '%1' (use yyyy MM dd HH mm ss zzz)"_s.arg(
                    QString::fromLatin1(p.mid(i, run)));
            return std::nullopt;
        } else {
            for (qsizetype k = 0; k < run; ++k)
                f.m_tokens.push_back({0, 1, c});
        }
        i += run;
    }
    if (!hasYear || !hasMonth || !hasDay) {
        if (error)
            *error = u"a timestamp pattern needs yyyy, MM and dd"_s;
        return std::nullopt;
    }
    return f;
}

std::optional<ParsedTimestamp> TimestampFormat::parse(std::string_view text) const
{
    text = trimmed(text);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    ParsedTimestamp out;
    switch (m_kind) {
    case Kind::EpochSeconds:
    case Kind::EpochMillis: {
        double v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !(std::abs(v) < 1e14))
            return std::nullopt;
        out.civilMs = std::int64_t(m_kind == Kind::EpochSeconds ? v * 1000.0 : v);
        out.offsetSeconds = 0;
        return out;
    }
    case Kind::Pattern: {
        int y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0;
        std::size_t at = 0;
        for (const Token& t : m_tokens) {
            if (t.field == 0) {
                if (at >= text.size() || text[at] != t.literal)
                    return std::nullopt;
                ++at;
                continue;
            }
            int v;
            if (!digits(text, at, t.width, v))
                return std::nullopt;
            at += std::size_t(t.width);
            switch (t.field) {
            case 'y':
                y = v;
                break;
            case 'M':
                mo = v;
                break;
            case 'd':
                d = v;
                break;
            case 'H':
                h = v;
                break;
            case 'm':
                mi = v;
                break;
            case 's':
                s = v;
                break;
            case 'z':
                ms = v;
                break;
            default:
                break;
            }
        }
        if (at != text.size() || !isValidDate(y, mo, d) || !validTime(h, mi, s, ms))
            return std::nullopt;
        out.civilMs = toEpochMs(y, mo, d, h, mi, s, ms);
        return out;
    }
    case Kind::Iso: {
        // YYYY-MM-DD[(T| )HH:MM[:SS[.fff…]]][Z|±HH[:MM]|±HHMM]
        int y, mo, d, h = 0, mi = 0, s = 0, ms = 0;
        if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, mo) ||
            text[7] != '-' || !digits(text, 8, 2, d))
            return std::nullopt;
        std::size_t at = 10;
        if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
            if (!digits(text, at + 1, 2, h) || at + 3 >= text.size() || text[at + 3] != ':' ||
                !digits(text, at + 4, 2, mi))
                return std::nullopt;
            at += 6;
            if (at < text.size() && text[at] == ':') {
                if (!digits(text, at + 1, 2, s))
                    return std::nullopt;
                at += 3;
                if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
                    ++at;
                    int scale = 100;
                    std::size_t n = 0;
                    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
                        ms += (text[at] - '0') * scale;
                        scale /= 10;
                        ++at;
                        ++n;
                    }
                    if (n == 0)
                        return std::nullopt;
                }
            }
        }
        if (at < text.size()) {
            if (text[at] == 'Z' && at + 1 == text.size()) {
                out.offsetSeconds = 0;
            } else if (text[at] == '+' || text[at] == '-') {
                const int sign = text[at] == '-' ? -1 : 1;
                int oh, om = 0;
                if (!digits(text, at + 1, 2, oh))
                    return std::nullopt;
                std::size_t end = at + 3;
                if (end < text.size() && text[end] == ':') {
                    if (!digits(text, end + 1, 2, om))
                        return std::nullopt;
                    end += 3;
                } else if (end < text.size()) {
                    if (!digits(text, end, 2, om))
                        return std::nullopt;
                    end += 2;
                }
                if (end != text.size() || oh > 18 || om > 59)
                    return std::nullopt;
                out.offsetSeconds = sign * (oh * 3600 + om * 60);
            } else {
                return std::nullopt;
            }
        }
        if (!isValidDate(y, mo, d) || !validTime(h, mi, s, ms))
            return std::nullopt;
        out.civilMs = toEpochMs(y, mo, d, h, mi, s, ms);
        return out;
    }
    }
    return std::nullopt;
}

ZoneResolver::ZoneResolver(QTimeZone zone)
    : m_zone(std::move(zone))
{
    // A zone without any transition in 1900–2100 is a fixed offset.
    if (m_zone.isValid()) {
        const auto transitions = m_zone.transitions(QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC),
                                                    QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
        if (transitions.isEmpty())
            m_fixedOffset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    }
}

LocalTimeResolution ZoneResolver::resolve(std::int64_t civilMs)
{
    if (m_fixedOffset)
        return {1, civilMs - std::int64_t(*m_fixedOffset) * 1000,
                civilMs - std::int64_t(*m_fixedOffset) * 1000};
    constexpr std::int64_t kSlot = 15 * 60'000;
    const std::int64_t slot = civilMs >= 0 ? civilMs / kSlot : (civilMs - kSlot + 1) / kSlot;
    auto it = m_cache.find(slot);
    if (it == m_cache.end()) {
        // Offsets in force half a day either side are the only candidates.
        const std::int64_t probe = slot * kSlot;
        auto offsetAt = [&](std::int64_t utc) {
            return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC));
        };
        const int a = offsetAt(probe - 12 * 3'600'000);
        const int b = offsetAt(probe + 12 * 3'600'000);
        std::vector<int> valid;
        for (int o : {a, b}) {
            if (offsetAt(probe - std::int64_t(o) * 1000) == o &&
                std::find(valid.begin(), valid.end(), o) == valid.end())
                valid.push_back(o);
        }
        Slot s{int(valid.size()), 0, 0};
        if (valid.size() == 1) {
            s.offsetEarlier = s.offsetLater = valid[0];
        } else if (valid.size() == 2) {
            // The larger offset gives the earlier UTC instant.
            s.offsetEarlier = std::max(valid[0], valid[1]);
            s.offsetLater = std::min(valid[0], valid[1]);
        }
        it = m_cache.emplace(slot, s).first;
    }
    const Slot& s = it->second;
    if (s.candidates == 0)
        return {0, 0, 0};
    return {s.candidates, civilMs - std::int64_t(s.offsetEarlier) * 1000,
            civilMs - std::int64_t(s.offsetLater) * 1000};
}

QTimeZone timeZoneNamed(const QString& name)
{
    if (name == QStringLiteral("UTC") || name == QStringLiteral("Z"))
        return QTimeZone::utc();
    if (name.startsWith(u'+') || name.startsWith(u'-')) {
        const auto p = TimestampFormat::make(QStringLiteral("iso8601"), nullptr)
                           ->parse(QString(QStringLiteral("2000-01-01T00:00") + name).toStdString());
        return p && p->offsetSeconds ? QTimeZone(*p->offsetSeconds) : QTimeZone();
    }
    return QTimeZone(name.toUtf8());
}

} // namespace cityops
