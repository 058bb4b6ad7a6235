#include "core/feeds/http/ngsildfetch.h"

#include "core/common/timeutil.h"
#include "core/feeds/http/offsetpaging.h"
#include "core/feeds/ngsi/ngsild.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

constexpr int kMaxPages = 100'000;

// The broker's root, from whatever NGSI-LD URL was given.
QUrl rootOf(QUrl url)
{
    QString path = url.path();
    for (const QString& tail : {u"/ngsi-ld/v1/temporal/entities"_s, u"/ngsi-ld/v1/entities"_s}) {
        if (path.endsWith(tail)) {
            path.chop(tail.size());
            break;
        }
    }
    url.setPath(path.endsWith(u'/') ? path.chopped(1) : path);
    return url;
}

QUrl firstUrl(const NgsiLdQuery& q, int offset)
{
    QUrl url = rootOf(q.url);
    url.setPath(url.path() + (q.between ? u"/ngsi-ld/v1/temporal/entities"_s : u"/ngsi-ld/v1/entities"_s));
    QUrlQuery query(q.url);
    for (const QString& key :
         {u"limit"_s, u"offset"_s, u"count"_s, u"timerel"_s, u"timeAt"_s, u"endTimeAt"_s})
        query.removeAllQueryItems(key);
    query.addQueryItem(u"limit"_s, QString::number(q.pageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"count"_s, u"true"_s);
    if (!q.type.isEmpty() && !query.hasQueryItem(u"type"_s))
        query.addQueryItem(u"type"_s, q.type);
    if (!q.q.isEmpty()) {
        const QString own = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        query.removeAllQueryItems(u"q"_s);
        query.addQueryItem(u"q"_s, own.isEmpty() ? q.q : QString(own + u';' + q.q));
    }
    if (q.between) {
        query.addQueryItem(u"timerel"_s, u"between"_s);
        query.addQueryItem(u"timeAt"_s, toIsoUtc(q.between->first));
        query.addQueryItem(u"endTimeAt"_s, toIsoUtc(q.between->second));
    }
    url.setQuery(query);
    return url;
}

QUrl withItem(QUrl url, const QString& key, const QString& value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

struct Page
{
    HttpAnswer answer;
    FeedItems items;
    std::optional<std::int64_t> total;
};

// One GET: a 200 (or a 206 of the temporal API) with JSON, parsed, or why not.
Result<Page> get(QNetworkAccessManager& manager, const NgsiLdQuery& q, const QUrl& url,
                 const NgsiOptions& options)
{
    HttpGet request{url, {}, q.timeoutMs, q.maxBytes, q.access};
    if (!q.tenant.isEmpty())
        request.headers.append({"NGSILD-Tenant", q.tenant.toUtf8()});
    if (!q.context.isEmpty())
        request.headers.append(
            {"Link", "<" + q.context.toUtf8() +
                         ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\""});
    auto answer = httpGet(manager, request);
    if (!answer)
        return answer.error();
    const QString where = shownUrl(url);
    if (answer->status != 200 && !(answer->status == 206 && q.between)) {
        const auto said = parseNgsiLd(answer->body); // the broker's {type, title, detail}
        const bool problem = !said && said.error().code == ErrorCode::Network;
        return httpStatusError(*answer, problem ? said.error().message : QString(), where);
    }
    if (auto error = notJsonError(*answer, where))
        return *error;
    auto parsed = parseNgsiLd(answer->body, options);
    if (!parsed)
        return Error{parsed.error().code, parsed.error().message, where};
    Page page{std::move(*answer), std::move(*parsed), std::nullopt};
    bool ok = false;
    const std::int64_t total = page.answer.header("NGSILD-Results-Count").toLongLong(&ok);
    if (ok)
        page.total = total;
    page.answer.body.clear();
    return page;
}

// The URL of a Link header's rel="next", resolved against the page's.
std::optional<QUrl> linkNext(const HttpAnswer& answer, const QUrl& base)
{
    static const QRegularExpression next(uR"(<([^>]*)>\s*;[^,]*rel="?next"?)"_s);
    const auto m = next.match(QString::fromUtf8(answer.header("Link")));
    if (!m.hasMatch())
        return std::nullopt;
    return base.resolved(QUrl(m.captured(1)));
}

// The end of a 206's "Content-Range: date-time START-END/SIZE" (the times hold '-' too).
std::optional<std::int64_t> rangeEnd(const HttpAnswer& answer)
{
    static const QRegularExpression range(uR"(^\s*date-time\s+(.+)-(\d{4}-\d\d-\d\dT[^/]+)(/.*)?$)"_s);
    const auto m = range.match(QString::fromUtf8(answer.header("Content-Range")));
    if (!m.hasMatch())
        return std::nullopt;
    const auto a = parseFeedTime(m.captured(1), QTimeZone::utc());
    const auto b = parseFeedTime(m.captured(2), QTimeZone::utc());
    if (!a || !b)
        return std::nullopt;
    return std::max(*a, *b);
}

// The temporal API: every way a broker says there is more, followed to the end.
Result<NgsiLdFetched> readTemporal(const NgsiLdQuery& q, const NgsiOptions& options)
{
    QNetworkAccessManager manager;
    NgsiLdFetched out;
    QSet<QString> seenInstances; // entity, attribute, time
    QSet<QString> askedUrls;
    int offset = 0;
    QUrl url = firstUrl(q, offset);
    while (true) {
        if (out.pages >= kMaxPages || askedUrls.contains(url.toString()))
            return Error{ErrorCode::Network, Text::tr("the paging leads back to a page already read"),
                         shownUrl(url)};
        askedUrls.insert(url.toString());
        auto page = get(manager, q, url, options);
        if (!page)
            return page.error();
        ++out.pages;
        if (page->total)
            out.totalCount = page->total;
        if (const auto skew = page->answer.clockSkewMs())
            out.clockSkewMs = skew;
        for (FeedObservation& o : page->items.observations) {
            const QString key = o.entity + u'\n' + o.attribute + u'\n' + QString::number(o.time);
            if (!seenInstances.contains(key)) {
                seenInstances.insert(key);
                out.items.observations.push_back(std::move(o));
            }
        }
        for (FeedRejection& r : page->items.rejected)
            out.items.rejected.push_back(std::move(r));
        out.items.entities += page->items.entities;
        if (const auto next = linkNext(page->answer, url)) {
            url = *next;
        } else if (const QByteArray anchor = page->answer.header("Next-Page"); !anchor.isEmpty()) {
            url = withItem(withItem(url, u"pageAnchor"_s, QString::fromUtf8(anchor)), u"pageSize"_s,
                           QString::number(q.pageSize));
        } else if (page->answer.status == 206) {
            const auto end = rangeEnd(page->answer);
            if (!end)
                return Error{ErrorCode::Parse,
                             Text::tr("a partial answer (206) without a date-time Content-Range"),
                             shownUrl(url)};
            url = withItem(url, u"timeAt"_s, toIsoUtc(*end));
        } else if (page->items.entities >= q.pageSize &&
                   (!page->total || offset + q.pageSize < *page->total)) {
            offset += q.pageSize;
            url = firstUrl(q, offset);
        } else {
            break;
        }
    }
    return out;
}

} // namespace

Result<NgsiLdFetched> fetchNgsiLd(const NgsiLdQuery& query, const NgsiOptions& options)
{
    if (query.between)
        return readTemporal(query, options);
    QNetworkAccessManager manager;
    std::optional<std::int64_t> skew;
    auto paged =
        readByOffset(query.pageSize, shownUrl(query.url), [&](int offset, int) -> Result<OffsetPage> {
            auto page = get(manager, query, firstUrl(query, offset), options);
            if (!page)
                return page.error();
            if (const auto s = page->answer.clockSkewMs())
                skew = s;
            return OffsetPage{std::move(page->items), page->total, false};
        });
    if (!paged)
        return paged.error();
    return NgsiLdFetched{std::move(paged->items), paged->pages, paged->totalCount, paged->reread, skew};
}

Result<std::optional<std::int64_t>> ngsiLdClockSkew(const NgsiLdQuery& query)
{
    NgsiLdQuery one = query;
    one.pageSize = 1;
    one.between.reset();
    QNetworkAccessManager manager;
    auto page = get(manager, one, firstUrl(one, 0), {});
    if (!page)
        return page.error();
    return page->answer.clockSkewMs();
}

} // namespace cityops::feeds
