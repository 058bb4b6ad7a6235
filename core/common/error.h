#pragma once

#include <QString>

namespace cityops {

// What went wrong, as a category a caller can branch on.
enum class ErrorCode
{
    Io,              // a file or device could not be read or written
    Parse,           // input is not well-formed (JSON, CSV, a date…)
    Validation,      // well-formed input that breaks a rule (unknown key, dangling reference…)
    NotFound,        // a named thing does not exist
    InvalidArgument, // a caller passed a value outside what the API accepts
    Unsupported,     // a valid request this build cannot serve
    Database,        // the archive refused or failed
    Network,         // a peer could not be reached or answered badly
    Timeout,         // a peer did not answer in time
};

// Returns the stable, untranslated name of a code ("validation"), for logs and JSON.
QString errorCodeName(ErrorCode code);

// An error at an I/O boundary. `message` is for a person (translated); `detail` carries
// the technical context (a path, a JSON pointer, a driver message), not translated.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString detail;
    // A peer that asked to be called again later (HTTP Retry-After on a 429 or a 503): after
    // how many seconds; -1 when it did not say.
    int retryAfterSeconds = -1;

    // "message (detail)" or just "message".
    QString toString() const;
};

} // namespace cityops
