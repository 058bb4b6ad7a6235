#include "core/feeds/http/sensorthingsfetch.h"

#include "core/feeds/http/httpget.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

QUrl child(const QUrl& root, const QString& collection, const QList<std::pair<QString, QString>>& params)
{
    QUrl url = root;
    QString path = url.path();
    url.setPath((path.endsWith(u'/') ? path.chopped(1) : path) + u'/' + collection);
    QUrlQuery query(url);
    for (const auto& [key, value] : params)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

// A SensorThings error body's message ({"code", "message"}); empty when there is none.
QString statusReason(const HttpAnswer& answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString();
}

// A Datastream's Thing and its Location, expanded: the station a new sensor is on.
QString withThing()
{
    return u"Thing($select=id,name;$expand=Locations($select=location))"_s;
}

struct Collector
{
    QNetworkAccessManager& manager;
    const SensorThingsQuery& query;
    const QTimeZone& zone;
    SensorThingsFetched& out;
    QHash<QString, SensorThingsDatastream> streams;
    QSet<QString> seen; // entity \n attribute \n time of every observation kept

    // A collection from `first` to its last page, or its first `pageLimit` (when not 0);
    // `conditional`: its first page asked with the query's validators, and its own kept when
    // it is one page.
    Result<void> read(const QUrl& first, bool keepObservations, int pageLimit = 0, bool conditional = false)
    {
        QSet<QString> visited;
        HttpValidators validators;
        for (QUrl url = first; url.isValid() && !url.isEmpty();) {
            if (pageLimit > 0 && int(visited.size()) >= pageLimit) {
                out.more = true;
                return {};
            }
            const QString where = shownUrl(url);
            if (visited.contains(url.toString()))
                return Error{ErrorCode::Network,
                             Text::tr("the server's @iot.nextLink leads back to a page already read"), where};
            if (out.pages >= query.maxPages)
                return Error{ErrorCode::Network,
                             Text::tr("the paging did not end after %1 pages").arg(query.maxPages), where};
            const bool asked = conditional && visited.isEmpty() && query.conditional.isSet();
            visited.insert(url.toString());
            auto answer = httpGet(manager, {url,
                                            {},
                                            query.timeoutMs,
                                            query.maxBytes,
                                            query.access,
                                            asked ? query.conditional : HttpValidators{}});
            if (!answer)
                return answer.error();
            if (asked && answer->status == 304) {
                out.unchanged = true;
                out.validators = answer->validators().isSet() ? answer->validators() : query.conditional;
                return {};
            }
            if (visited.size() == 1)
                validators = answer->validators();
            if (answer->status != 200)
                return httpStatusError(*answer, statusReason(*answer), where);
            if (auto error = notJsonError(*answer, where))
                return *error;
            auto page = parseSensorThings(answer->body, zone);
            if (!page)
                return Error{page.error().code, page.error().message, where};
            if (out.pages++ == 0)
                out.count = page->count;
            take(*page, keepObservations);
            // Followed as given: an absolute link as it is, a relative one from this page.
            url = page->nextLink.isEmpty() ? QUrl() : url.resolved(QUrl(page->nextLink, QUrl::TolerantMode));
        }
        if (conditional && visited.size() == 1 && !out.more)
            out.validators = validators;
        return {};
    }

    void take(SensorThingsPage& page, bool keepObservations)
    {
        for (SensorThingsDatastream& d : page.datastreams)
            streams.insert(d.entity, std::move(d));
        if (!keepObservations)
            return;
        out.items.entities += page.items.entities;
        for (FeedObservation& o : page.items.observations) {
            const QString key = o.entity + u'\n' + o.attribute + u'\n' + QString::number(o.time);
            if (seen.contains(key))
                continue; // shifted onto this page from an earlier one
            seen.insert(key);
            out.items.observations.push_back(std::move(o));
        }
        for (FeedRejection& r : page.items.rejected)
            out.items.rejected.push_back(std::move(r));
    }

    // The Datastreams observations link to without naming them, read one by one from the
    // service root (…/v1.1/Datastreams(7)); at most 1,000.
    Result<void> describeLinked(const QUrl& root)
    {
        QSet<QString> wanted;
        for (const FeedObservation& o : out.items.observations) {
            if (o.attribute.isEmpty() && o.entity.startsWith(u"Datastreams("_s) &&
                !streams.contains(o.entity))
                wanted.insert(o.entity);
        }
        if (wanted.size() > 1000 || root.isEmpty())
            return {};
        for (const QString& entity : wanted) {
            if (auto r = read(child(root, entity, {{u"$expand"_s, withThing()}}), false); !r)
                return r;
        }
        return {};
    }

    // Observations that only linked to their Datastream get its name and unit.
    void complete()
    {
        for (FeedObservation& o : out.items.observations) {
            const auto it = streams.constFind(o.entity);
            if (it == streams.cend())
                continue;
            if (o.attribute.isEmpty())
                o.attribute = it->name;
            if (o.unitCode.isEmpty())
                o.unitCode = it->unit;
            if (o.thing.isEmpty()) {
                o.thing = it->thing;
                o.name = it->thingName;
                o.location = it->location;
            }
        }
        for (FeedRejection& r : out.items.rejected) {
            if (const auto it = streams.constFind(r.entity); it != streams.cend() && r.attribute.isEmpty())
                r.attribute = it->name;
        }
    }
};

} // namespace

namespace {

// The service root a collection URL is under (…/v1.1), or an empty URL.
QUrl rootOf(const QUrl& url)
{
    static const QRegularExpression version(u"^(.*/v1\\.[01])(/|$)"_s);
    const auto m = version.match(url.path());
    if (!m.hasMatch())
        return {};
    QUrl root = url;
    root.setPath(m.captured(1));
    root.setQuery(QString());
    return root;
}

} // namespace

bool isSensorThingsRoot(const QUrl& url)
{
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    return path.endsWith(u"/v1.0"_s) || path.endsWith(u"/v1.1"_s);
}

Result<SensorThingsFetched> fetchSensorThings(const SensorThingsQuery& query, const QTimeZone& zoneIfNoOffset)
{
    QNetworkAccessManager manager;
    SensorThingsFetched out;
    Collector collector{manager, query, zoneIfNoOffset, out, {}, {}};
    const QString top = QString::number(query.pageSize);
    if (isSensorThingsRoot(query.url)) {
        // Each with its Thing and the Thing's Location: the station a new sensor is on.
        const QUrl datastreams =
            child(query.url, u"Datastreams"_s, {{u"$top"_s, top}, {u"$expand"_s, withThing()}});
        if (auto r = collector.read(datastreams, false); !r)
            return r.error();
        QList<std::pair<QString, QString>> params{
            {u"$top"_s, top},
            {u"$orderby"_s, u"phenomenonTime asc"_s},
            {u"$expand"_s, u"Datastream($select=id,name,unitOfMeasurement)"_s}};
        if (!query.filter.isEmpty())
            params.append({u"$filter"_s, query.filter});
        const QUrl observations = child(query.url, u"Observations"_s, params);
        if (auto r = collector.read(observations, true, query.observationPages, true); !r)
            return r.error();
    } else if (auto r = collector.read(query.url, true, 0, true); !r) {
        return r.error();
    } else if (out.unchanged) {
        return out;
    } else if (auto described = collector.describeLinked(rootOf(query.url)); !described) {
        return described.error();
    }
    collector.complete();
    return out;
}

Result<std::optional<std::int64_t>> sensorThingsNewest(const SensorThingsQuery& query,
                                                       const QTimeZone& zoneIfNoOffset)
{
    const QUrl url =
        child(query.url, u"Observations"_s, {{u"$top"_s, u"1"_s}, {u"$orderby"_s, u"phenomenonTime desc"_s}});
    QNetworkAccessManager manager;
    auto answer = httpGet(manager, {url, {}, query.timeoutMs, query.maxBytes, query.access});
    if (!answer)
        return answer.error();
    if (answer->status != 200)
        return httpStatusError(*answer, statusReason(*answer), shownUrl(url));
    if (auto error = notJsonError(*answer, shownUrl(url)))
        return *error;
    auto page = parseSensorThings(answer->body, zoneIfNoOffset);
    if (!page)
        return Error{page.error().code, page.error().message, shownUrl(url)};
    std::optional<std::int64_t> newest;
    for (const FeedObservation& o : page->items.observations)
        newest = std::max(newest.value_or(o.time), o.time);
    return newest;
}

} // namespace cityops::feeds
