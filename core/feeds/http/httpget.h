#pragma once

// One blocking HTTP GET as every feed client makes it: a timeout from the request to the last
// byte, a size cap (the download is aborted past it), redirects followed when no less safe,
// gzip (Qt asks for it and inflates it). What the server answered, whatever the status, or
// why there is no answer: the server is not there, it did not finish in time, it sent too
// much. Interpreting the status is the protocol's business (Orion's error body, Retry-After).

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace cityops::feeds {

// How a feed's server is reached beyond its URL: a private certificate authority to trust
// (besides the system's; verification is never turned off) and headers such as the
// credential's (Authorization, an API key), never logged.
struct HttpAccess
{
    QList<QSslCertificate> ca;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// What a server said identifies its answer (ETag, Last-Modified): sent back on the next
// request (If-None-Match, If-Modified-Since), a 304 says nothing changed.
struct HttpValidators
{
    QByteArray etag;
    QByteArray lastModified;

    bool isSet() const { return !etag.isEmpty() || !lastModified.isEmpty(); }
};

struct HttpGet
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers = {}; // Accept is application/json unless given
    int timeoutMs = 30'000;
    std::int64_t maxBytes = 64 * 1024 * 1024;
    HttpAccess access = {};
    HttpValidators conditional = {};
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers; // as sent
    QString statusText;                               // Qt's words for a failed status

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool isJson() const { return contentType.toLower().contains("json"); }
    HttpValidators validators() const { return {header("ETag"), header("Last-Modified")}; }
    // Retry-After in seconds (delta-seconds or an HTTP date), when sent.
    std::optional<int> retryAfterSeconds() const;
    // How far the server's clock is ahead of this machine's (behind: negative), as its Date
    // header says, to the second; none when it sends no readable Date.
    std::optional<std::int64_t> clockSkewMs() const;
};

Result<HttpAnswer> httpGet(QNetworkAccessManager& manager, const HttpGet& get);

// A status other than 200 as an error: "HTTP 503: why" (the server's own words when the
// protocol found them in the body, else Qt's), with its Retry-After on a 429 or a 503.
Error httpStatusError(const HttpAnswer& answer, const QString& reason, const QString& where);

// An answer whose content type is not JSON, as the error every feed client reports ("not
// JSON: the content type is text/html"); none when it is JSON.
std::optional<Error> notJsonError(const HttpAnswer& answer, const QString& where);

// An HTTP date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete RFC 850 and
// asctime forms a recipient must also read), as UTC ms; none when it is not one.
std::optional<std::int64_t> parseHttpDate(const QByteArray& value);

// The URL as it may be shown and logged: no user name or password.
QString shownUrl(const QUrl& url);

} // namespace cityops::feeds
