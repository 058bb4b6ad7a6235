#include "core/feeds/http/ngsiv2fetch.h"

#include "core/feeds/http/httpget.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

constexpr int kMaxEntities = 10'000'000;

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
    if (!answer->isJson())
        return Error{ErrorCode::Parse,
                     Text::tr("not JSON: the content type is %1").arg(QString::fromUtf8(answer->contentType)),
                     where};
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
    NgsiV2Fetched out;
    QSet<QString> seen; // "type\nid" of every entity read
    std::optional<std::int64_t> firstTotal;
    NgsiV2Query unconditional = query;
    unconditional.conditional = {};
    for (int pass = 0; pass < 2; ++pass) {
        bool changed = false;
        for (int offset = 0;; offset += query.pageSize) {
            if (offset >= kMaxEntities) // (a broker that ignores offset, and sends no count)
                return Error{ErrorCode::Network,
                             Text::tr("the paging did not end after %1 entities").arg(kMaxEntities),
                             shownUrl(query.url)};
            // (Conditional only for the first page: a 304 there means nothing changed.)
            auto page =
                get(manager, offset == 0 && pass == 0 ? query : unconditional, entitiesUrl(query, offset));
            if (!page)
                return page.error();
            if (out.pages == 0)
                out.validators = page->validators;
            if (page->unchanged && out.pages == 0) { // nothing new since the last poll
                out.unchanged = true;
                return out;
            }
            auto parsed = parseNgsiV2(page->body, options);
            if (!parsed)
                return Error{parsed.error().code, parsed.error().message,
                             shownUrl(entitiesUrl(query, offset))};
            ++out.pages;
            out.totalCount = page->total;
            if (!firstTotal)
                firstTotal = page->total;
            changed = changed || page->total != firstTotal;
            QSet<QString> onThisPage;
            for (FeedObservation& o : parsed->observations) {
                const QString key = o.type + u'\n' + o.entity;
                if (seen.contains(key))
                    continue; // shifted onto this page from an earlier one
                onThisPage.insert(key);
                out.items.observations.push_back(std::move(o));
            }
            for (FeedRejection& r : parsed->rejected) {
                if (!seen.contains(r.type + u'\n' + r.entity))
                    out.items.rejected.push_back(std::move(r));
            }
            seen.unite(onThisPage);
            out.items.entities += parsed->entities;
            const bool last =
                parsed->entities < query.pageSize || (page->total && offset + query.pageSize >= *page->total);
            if (last)
                break;
        }
        if (!changed)
            break;
        out.reread = true; // the offsets moved under us: once more, what was skipped is found
        firstTotal = out.totalCount;
    }
    return out;
}

} // namespace cityops::feeds
