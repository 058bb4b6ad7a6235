#include "core/feeds/http/httpget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    for (const auto& [name, value] : get.headers) {
        request.setRawHeader(name, value);
        accept = accept || name.compare("accept", Qt::CaseInsensitive) == 0;
    }
    if (!accept)
        request.setRawHeader("Accept", "application/json");
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
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

QString shownUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

Result<HttpAnswer> httpGet(QNetworkAccessManager& manager, const HttpGet& get)
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
    timer.start(get.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QString where = shownUrl(get.url);
    if (timedOut)
        return Error{ErrorCode::Io,
                     Text::tr("no answer within %n second(s)", nullptr, (get.timeoutMs + 999) / 1000), where};
    if (tooLarge)
        return Error{ErrorCode::Io,
                     Text::tr("the answer is larger than %1 MB: refused").arg(get.maxBytes >> 20), where};
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0)
        return Error{ErrorCode::Io, Text::tr("cannot reach the server: %1").arg(reply->errorString()), where};
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        answer.statusText = reply->errorString();
    return answer;
}

} // namespace cityops::feeds
