#pragma once

// What the commands that read or write the archive share: the --db and --lang options,
// opening the archive they name, and printing times, numbers and errors the same way.

#include "app/cli/cliio.h"
#include "core/common/result.h"

#include <QCommandLineOption>

#include <cstdint>
#include <memory>
#include <optional>

namespace cityops::store {
class Archive;
}

namespace cityops::cli {

QCommandLineOption dbOption();
QCommandLineOption langOption();
// The archive --db names (or the default one); `create` makes it when missing.
Result<std::unique_ptr<store::Archive>> openArchive(const QCommandLineParser& parser, bool create);
// The instant an option gives (ISO 8601; local Asia/Ho_Chi_Minh time without an offset), none
// when it is not set.
Result<std::optional<std::int64_t>> instantOption(const QCommandLineParser& parser,
                                                  const QCommandLineOption& option);
// An instant as every command prints it: ISO 8601 in Asia/Ho_Chi_Minh with its offset.
QString localTime(std::int64_t utcMs);
// The shortest text that reads back as `v`; empty for NaN.
QString number(double v);
// The message, then its detail on a line of its own.
void printError(Io io, const Error& e);

} // namespace cityops::cli
