#include "core/feeds/http/httpget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

QNetworkRequest requestFor(const HttpGet& get)
{
    QNetworkRequest request(get.url);
    bool accept = false;
    if (!get.access.ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(get.access.ca);
        request.setSslConfiguration(tls);
    }
    for (const auto& [name, value] : get.headers + get.access.headers) {
        request.setRawHeader(name, value);
        accept = accept || name.compare("accept", Qt::CaseInsensitive) == 0;
    }
    if (!accept)
        request.setRawHeader("Accept", "application/json");
    if (!get.conditional.etag.isEmpty())
        request.setRawHeader("If-None-Match", get.conditional.etag);
    if (!get.conditional.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", get.conditional.lastModified);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    return request;
}

} // namespace

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

std::optional<int> HttpAnswer::retryAfterSeconds() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const auto at = parseHttpDate(value);
    if (!at)
        return std::nullopt;
    return int(std::max<std::int64_t>(0, (*at - QDateTime::currentMSecsSinceEpoch() + 999) / 1000));
}

std::optional<std::int64_t> HttpAnswer::clockSkewMs() const
{
    const QByteArray value = header("Date").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const auto at = parseHttpDate(value);
    if (!at)
        return std::nullopt;
    // (The Date is truncated to its second: half a second is the best guess of the rest.)
    return *at + 500 - QDateTime::currentMSecsSinceEpoch();
}

std::optional<std::int64_t> parseHttpDate(const QByteArray& value)
{
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    if (const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date); at.isValid()) // (IMF-fixdate)
        return at.toMSecsSinceEpoch();
    const QLocale c = QLocale::c();
    QDateTime at = c.toDateTime(text, u"ddd MMM d hh:mm:ss yyyy"_s); // asctime
    if (!at.isValid() && text.endsWith(u" +0000"_s)) {
        at = c.toDateTime(text.chopped(6), u"dddd, dd-MMM-yy hh:mm:ss"_s); // RFC 850
        if (at.isValid() && at.date().year() < 1970)
            at = at.addYears(100);
    }
    if (!at.isValid())
        return std::nullopt;
    // (Read as this machine's local time: its date and time again, as UTC.)
    return QDateTime(at.date(), at.time(), QTimeZone::utc()).toMSecsSinceEpoch();
}

Error httpStatusError(const HttpAnswer& answer, const QString& reason, const QString& where)
{
    Error e{ErrorCode::Network,
            Text::tr("HTTP %1: %2").arg(answer.status).arg(reason.isEmpty() ? answer.statusText : reason),
            where};
    if (answer.status == 429 || answer.status == 503) {
        if (const auto after = answer.retryAfterSeconds()) {
            e.retryAfterSeconds = *after;
            e.message += u' ' + Text::tr("(asks to be called again in %n second(s))", nullptr, *after);
        }
    }
    return e;
}

std::optional<Error> notJsonError(const HttpAnswer& answer, const QString& where)
{
    if (answer.isJson())
        return std::nullopt;
    return Error{ErrorCode::Parse,
                 Text::tr("not JSON: the content type is %1").arg(QString::fromUtf8(answer.contentType)),
                 where};
}

QString shownUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

namespace {

// One attempt; `closed` is set when the server closed the connection without an answer.
Result<HttpAnswer> attempt(QNetworkAccessManager& manager, const HttpGet& get, bool& closed)
{
    QNetworkReply* reply = manager.get(requestFor(get));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false, tooLarge = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > get.maxBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QStringList tlsErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            tlsErrors << e.errorString();
    });
    timer.start(get.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QString where = shownUrl(get.url);
    if (timedOut)
        return Error{ErrorCode::Timeout,
                     Text::tr("no answer within %n second(s)", nullptr, (get.timeoutMs + 999) / 1000), where};
    if (tooLarge)
        return Error{ErrorCode::Io,
                     Text::tr("the answer is larger than %1 MB: refused").arg(get.maxBytes >> 20), where};
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0 && !tlsErrors.isEmpty())
        return Error{
            ErrorCode::Network,
            Text::tr("the server's TLS certificate is not trusted: %1 (a private certificate authority "
                     "goes in the feed's \"caFile\"; verification is never turned off)")
                .arg(tlsErrors.join(u"; "_s)),
            where};
    const QNetworkReply::NetworkError e = reply->error();
    closed = answer.status == 0 && e != QNetworkReply::ConnectionRefusedError &&
             e != QNetworkReply::HostNotFoundError && e != QNetworkReply::OperationCanceledError;
    if (answer.status == 0)
        return Error{ErrorCode::Network, Text::tr("cannot reach the server: %1").arg(reply->errorString()),
                     where};
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        answer.statusText = reply->errorString();
    return answer;
}

} // namespace

Result<HttpAnswer> httpGet(QNetworkAccessManager& manager, const HttpGet& get)
{
    // A server that closes a kept-alive connection as the next request goes out (QtHttpServer,
    // proxies) is asked again, twice at most; one that is not there is not.
    for (int tries = 1;; ++tries) {
        bool closed = false;
        auto answer = attempt(manager, get, closed);
        if (answer || !closed || tries == 3)
            return answer;
    }
}

} // namespace cityops::feeds
