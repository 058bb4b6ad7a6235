#include "core/feeds/http/ngsiv2fetch.h"

#include "core/feeds/http/httpget.h"
#include "core/feeds/http/offsetpaging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

struct Page
{
    QByteArray body;
    std::optional<std::int64_t> total;
    bool unchanged = false; // 304
    HttpValidators validators;
};

QUrl entitiesUrl(const NgsiV2Query& q, int offset)
{
    QUrl url = q.url;
    QString path = url.path();
    if (!path.endsWith(u"/v2/entities"_s))
        url.setPath((path.endsWith(u'/') ? path.chopped(1) : path) + u"/v2/entities"_s);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"limit"_s);
    query.removeAllQueryItems(u"offset"_s);
    query.addQueryItem(u"limit"_s, QString::number(q.pageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    if (!query.hasQueryItem(u"options"_s))
        query.addQueryItem(u"options"_s, u"count"_s);
    if (!q.type.isEmpty())
        query.addQueryItem(u"type"_s, q.type);
    if (!q.q.isEmpty()) {
        const QString own = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        query.removeAllQueryItems(u"q"_s);
        query.addQueryItem(u"q"_s, own.isEmpty() ? q.q : QString(own + u';' + q.q));
    }
    url.setQuery(query);
    return url;
}

// One GET: the body of a 200 with a JSON content type, or why not.
Result<Page> get(QNetworkAccessManager& manager, const NgsiV2Query& q, const QUrl& url)
{
    HttpGet request{url, {}, q.timeoutMs, q.maxBytes, q.access, q.conditional};
    if (!q.service.isEmpty())
        request.headers.append({"Fiware-Service", q.service.toUtf8()});
    if (!q.servicePath.isEmpty())
        request.headers.append({"Fiware-ServicePath", q.servicePath.toUtf8()});
    auto answer = httpGet(manager, request);
    if (!answer)
        return answer.error();
    const QString where = shownUrl(url);
    if (answer->status == 304 && q.conditional.isSet())
        return Page{{}, std::nullopt, true, answer->validators()};
    if (answer->status != 200) {
        // Orion's error body, when there is one, says why.
        const auto said = parseNgsiV2(answer->body);
        const bool orion = !said && said.error().code == ErrorCode::Network; // {"error", "description"}
        return httpStatusError(*answer, orion ? said.error().message : QString(), where);
    }
    if (auto error = notJsonError(*answer, where))
        return *error;
    Page page{std::move(answer->body), std::nullopt, false, answer->validators()};
    bool ok = false;
    const std::int64_t total = answer->header("Fiware-Total-Count").toLongLong(&ok);
    if (ok)
        page.total = total;
    return page;
}

} // namespace

Result<NgsiV2Fetched> fetchNgsiV2(const NgsiV2Query& query, const NgsiOptions& options)
{
    QNetworkAccessManager manager;
    NgsiV2Query unconditional = query;
    unconditional.conditional = {};
    HttpValidators validators;
    auto paged =
        readByOffset(query.pageSize, shownUrl(query.url), [&](int offset, int pass) -> Result<OffsetPage> {
            // (Conditional only for the first page: a 304 there means nothing changed.)
            const bool first = offset == 0 && pass == 0;
            auto page = get(manager, first ? query : unconditional, entitiesUrl(query, offset));
            if (!page)
                return page.error();
            if (first)
                validators = page->validators;
            if (page->unchanged)
                return OffsetPage{{}, std::nullopt, true};
            auto parsed = parseNgsiV2(page->body, options);
            if (!parsed)
                return Error{parsed.error().code, parsed.error().message,
                             shownUrl(entitiesUrl(query, offset))};
            return OffsetPage{std::move(*parsed), page->total, false};
        });
    if (!paged)
        return paged.error();
    return NgsiV2Fetched{std::move(paged->items), paged->pages,     paged->totalCount,
                         paged->reread,           paged->unchanged, validators};
}

} // namespace cityops::feeds
