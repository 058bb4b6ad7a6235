#pragma once

// One blocking HTTP GET as every feed client makes it: a timeout from the request to the last
// byte, a size cap (the download is aborted past it), redirects followed when no less safe,
// gzip (Qt asks for it and inflates it). What the server answered, whatever the status, or
// why there is no answer: the server is not there, it did not finish in time, it sent too
// much. Interpreting the status is the protocol's business (Orion's error body, Retry-After).

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace cityops::feeds {

struct HttpGet
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // Accept is application/json unless given
    int timeoutMs = 30'000;
    std::int64_t maxBytes = 64 * 1024 * 1024;
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
    // Retry-After in seconds (delta-seconds or an HTTP date), when sent.
    std::optional<int> retryAfterSeconds() const;
};

Result<HttpAnswer> httpGet(QNetworkAccessManager& manager, const HttpGet& get);

// The URL as it may be shown and logged: no user name or password.
QString shownUrl(const QUrl& url);

} // namespace cityops::feeds
