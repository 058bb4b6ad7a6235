#include "core/feeds/files/csvrecord.h"

#include "core/common/civiltime.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace cityops::feeds::files {

bool splitCsv(std::string_view line, char delimiter, std::vector<std::string_view>& fields,
              std::string& scratch)
{
    fields.clear();
    scratch.clear();
    if (scratch.capacity() < line.size())
        scratch.reserve(line.size() * 2 + 16);
    std::size_t i = 0;
    while (true) {
        if (i < line.size() && line[i] == '"') {
            const std::size_t start = scratch.size();
            ++i;
            while (true) {
                if (i >= line.size())
                    return false; // unterminated quote
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch.push_back(line[i++]);
            }
            fields.emplace_back(scratch.data() + start, scratch.size() - start);
            if (i < line.size() && line[i] != delimiter && line[i] != '\r')
                return false; // text after the closing quote
        } else {
            const void* hit = std::memchr(line.data() + i, delimiter, line.size() - i);
            const std::size_t end =
                hit ? std::size_t(static_cast<const char*>(hit) - line.data()) : line.size();
            fields.push_back(line.substr(i, end - i));
            i = end;
        }
        if (i >= line.size() || line[i] == '\r')
            return true;
        ++i; // the delimiter
        if (i == line.size()) {
            fields.emplace_back();
            return true;
        }
    }
}

// The end of the record starting at `from` (the position of its '\n', or the end of the
// data): a newline inside a quoted field does not end the record. A quote that is never
// closed does not swallow the rest of the file: the record is then its first line alone
// (and is quarantined as malformed).
std::size_t recordEnd(const char* data, std::size_t size, std::size_t from)
{
    std::size_t at = from;
    bool quoted = false;
    std::size_t firstLineEnd = 0;
    while (true) {
        const void* nl = std::memchr(data + at, '\n', size - at);
        const std::size_t end = nl ? std::size_t(static_cast<const char*>(nl) - data) : size;
        // Count quotes on this physical line only when there is one.
        const char* q = static_cast<const char*>(std::memchr(data + at, '"', end - at));
        while (q) {
            quoted = !quoted;
            const std::size_t next = std::size_t(q - data) + 1;
            q = next < end ? static_cast<const char*>(std::memchr(data + next, '"', end - next)) : nullptr;
        }
        if (at == from)
            firstLineEnd = end;
        if (!quoted)
            return end;
        if (end == size)
            return firstLineEnd;
        at = end + 1;
    }
}

std::optional<double> parseNumber(std::string_view s)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace cityops::feeds::files
