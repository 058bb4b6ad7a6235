#pragma once

// The pieces of text reading every file format shares: CSV records (RFC 4180), numbers.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cityops::feeds::files {

// Splits one CSV record (RFC 4180: quoted fields, "" inside quotes). Unquoted fields are
// views into `line`; unescaped quoted fields live in `scratch` (reserved beforehand so
// that views stay valid). False when the quotes do not balance.
bool splitCsv(std::string_view line, char delimiter, std::vector<std::string_view>& fields,
              std::string& scratch);

// The end of the record starting at `from` (the position of its '\n', or the end of the
// data): a newline inside a quoted field does not end the record. A quote that is never
// closed does not swallow the rest of the file: the record is then its first line alone.
std::size_t recordEnd(const char* data, std::size_t size, std::size_t from);

// A decimal number (blanks around, an optional '+'); nullopt when it is not one or not finite.
std::optional<double> parseNumber(std::string_view text);

} // namespace cityops::feeds::files
