#include "core/sim/feedserver.h"

#include "core/common/timeutil.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::sim {

namespace {

constexpr int kMaxLimit = 1000; // Orion's
constexpr std::int64_t kDayMs = 86'400'000;
constexpr int kDefaultLimit = 20; // Orion's

struct Attribute
{
    QString name;       // NGSI attribute name
    std::size_t series; // index into DemoCity::series()
    QString unitCode;   // UN/CEFACT
};

struct Entity
{
    QString id;
    QString type;
    QString group;                                     // catalog group of its indicators: the service path
    std::optional<std::pair<double, double>> location; // lon, lat
    QString area;
    QString indicator; // KeyPerformanceIndicator entities
    std::vector<Attribute> attributes;
};

// NGSI attribute names (Smart Data Models) of the indicators stations measure.
const QHash<QString, QString>& attributeNames()
{
    static const QHash<QString, QString> names = {
        {u"air.pm25"_s, u"pm25"_s},
        {u"air.pm10"_s, u"pm10"_s},
        {u"air.no2"_s, u"no2"_s},
        {u"air.o3"_s, u"o3"_s},
        {u"air.aqi"_s, u"airQualityIndex"_s},
        {u"air.completeness"_s, u"reliability"_s},
        {u"flood.rain-1h"_s, u"precipitation"_s},
        {u"flood.rain-24h"_s, u"precipitation24h"_s},
        {u"traffic.flow"_s, u"intensity"_s},
        {u"traffic.speed"_s, u"averageVehicleSpeed"_s},
        {u"traffic.occupancy"_s, u"occupancy"_s},
        {u"flood.depth"_s, u"currentLevel"_s},
        {u"hydro.river-level"_s, u"currentLevel"_s},
        {u"water.wqi"_s, u"waterQualityIndex"_s},
        {u"water.dissolved-oxygen"_s, u"O2"_s},
        {u"water.ph"_s, u"pH"_s},
        {u"water.turbidity"_s, u"turbidity"_s},
        {u"water.coliform"_s, u"coliformBacteria"_s},
        {u"utilities.intake-salinity"_s, u"salinity"_s},
        {u"hydro.wind-speed"_s, u"windSpeed"_s},
        {u"hydro.air-temperature"_s, u"temperature"_s},
    };
    return names;
}

QString typeOfStationKind(const QString& kind)
{
    if (kind == u"air-station"_s)
        return u"AirQualityObserved"_s;
    if (kind == u"rain-gauge"_s)
        return u"WeatherObserved"_s;
    if (kind == u"traffic-intersection"_s)
        return u"TrafficFlowObserved"_s;
    if (kind == u"flood-tower"_s || kind == u"river-gauge"_s)
        return u"FloodMonitoring"_s;
    return u"WaterQualityObserved"_s;
}

QJsonObject error(const QString& kind, const QString& description)
{
    return {{u"error"_s, kind}, {u"description"_s, description}};
}

QHttpServerResponse json(const QJsonValue& value,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QHttpServerResponse("application/json", body, status);
}

} // namespace

struct DemoFeedServer::Impl
{
    const Catalog& catalog;
    const DemoCity& city;
    const Clock& clock;
    QHttpServer http;
    std::vector<Entity> entities;

    Impl(const Catalog& c, const DemoCity& s, const Clock& k)
        : catalog(c)
        , city(s)
        , clock(k)
    {
        buildEntities();
    }

    void buildEntities()
    {
        const auto& series = city.series();
        QHash<QString, std::size_t> byPlace; // station id → entity index
        for (std::size_t s = 0; s < series.size(); ++s) {
            const auto& sr = series[s];
            const Unit* unit = catalog.unit(sr.indicator->unit);
            const QString unitCode = unit ? unit->cefactCode : QString();
            if (sr.station) {
                auto it = byPlace.constFind(sr.station->id);
                if (it == byPlace.cend()) {
                    Entity e;
                    e.type = typeOfStationKind(sr.station->kind);
                    e.id = u"urn:ngsi-ld:%1:%2"_s.arg(e.type, sr.station->id);
                    e.group = sr.indicator->group;
                    e.location = std::pair{sr.station->longitude, sr.station->latitude};
                    e.area = sr.station->area;
                    entities.push_back(e);
                    it = byPlace.insert(sr.station->id, entities.size() - 1);
                }
                entities[*it].attributes.push_back(
                    {attributeNames().value(sr.key.indicator, sr.key.indicator), s, unitCode});
            } else if (sr.key.indicator == u"hydro.wind-speed"_s ||
                       sr.key.indicator == u"hydro.air-temperature"_s) {
                auto it = byPlace.constFind(u"weather:"_s + sr.key.place);
                if (it == byPlace.cend()) {
                    Entity e;
                    e.type = u"WeatherObserved"_s;
                    e.id = u"urn:ngsi-ld:WeatherObserved:%1"_s.arg(sr.key.place);
                    e.group = sr.indicator->group;
                    e.area = sr.key.place;
                    entities.push_back(e);
                    it = byPlace.insert(u"weather:"_s + sr.key.place, entities.size() - 1);
                }
                entities[*it].attributes.push_back({attributeNames().value(sr.key.indicator), s, unitCode});
            } else {
                Entity e;
                e.type = u"KeyPerformanceIndicator"_s;
                e.id = u"urn:ngsi-ld:KeyPerformanceIndicator:%1:%2"_s.arg(sr.key.indicator, sr.key.place);
                e.group = sr.indicator->group;
                e.area = sr.key.place;
                e.indicator = sr.key.indicator;
                e.attributes.push_back({u"kpiValue"_s, s, unitCode});
                entities.push_back(e);
            }
        }
        std::stable_sort(entities.begin(), entities.end(),
                         [](const Entity& a, const Entity& b) { return a.id < b.id; });
    }

    // The latest reading of series s at or before `now` (a silent sensor: an older one).
    std::optional<store::Point> latest(std::size_t s, std::int64_t now) const
    {
        const std::int64_t period = city.series()[s].periodMs;
        if (city.series()[s].events) { // one reading per event: the last one, however long ago
            for (const std::int64_t back : {3 * 3'600'000LL, 86'400'000LL, 7 * 86'400'000LL}) {
                std::optional<store::Point> last;
                for (std::int64_t t = city.next(s, now - back); t <= now; t = city.next(s, t + 1)) {
                    if (const auto v = city.valueAt(s, t))
                        last = store::Point{t, *v, store::Quality::Good};
                }
                if (last)
                    return last;
            }
            return std::nullopt;
        }
        std::int64_t t = city.next(s, now - 2 * period);
        for (std::int64_t n = city.next(s, t + 1); n <= now; n = city.next(s, n + 1))
            t = n;
        for (int back = 0; back < 96 && t <= now; ++back) {
            if (const auto v = city.valueAt(s, t))
                return store::Point{t, *v, store::Quality::Good};
            t = city.next(s, t - period - period / 2); // the grid time before
        }
        return std::nullopt;
    }

    QJsonObject render(const Entity& e, std::int64_t now, bool keyValues, const QStringList& attrs) const
    {
        QJsonObject o{{u"id"_s, e.id}, {u"type"_s, e.type}};
        std::int64_t observed = 0;
        auto want = [&](const QString& name) {
            return attrs.isEmpty() || attrs.contains(name);
        };
        for (const Attribute& a : e.attributes) {
            const auto p = latest(a.series, now);
            if (!p)
                continue;
            observed = std::max(observed, p->t);
            if (!want(a.name))
                continue;
            if (keyValues) {
                o[a.name] = p->v;
            } else {
                QJsonObject metadata{
                    {u"timestamp"_s, QJsonObject{{u"type"_s, u"DateTime"_s}, {u"value"_s, toIsoUtc(p->t)}}}};
                if (!a.unitCode.isEmpty())
                    metadata[u"unitCode"_s] = QJsonObject{{u"type"_s, u"Text"_s}, {u"value"_s, a.unitCode}};
                o[a.name] =
                    QJsonObject{{u"type"_s, u"Number"_s}, {u"value"_s, p->v}, {u"metadata"_s, metadata}};
            }
        }
        auto put = [&](const QString& name, const QString& type, const QJsonValue& value) {
            if (!want(name))
                return;
            o[name] =
                keyValues
                    ? value
                    : QJsonObject{{u"type"_s, type}, {u"value"_s, value}, {u"metadata"_s, QJsonObject()}};
        };
        if (observed > 0)
            put(u"dateObserved"_s, u"DateTime"_s, toIsoUtc(observed));
        if (e.location) {
            put(u"location"_s, u"geo:json"_s,
                QJsonObject{{u"type"_s, u"Point"_s},
                            {u"coordinates"_s, QJsonArray{e.location->first, e.location->second}}});
        }
        if (!e.area.isEmpty())
            put(u"areaServed"_s, u"Text"_s, e.area);
        if (!e.indicator.isEmpty())
            put(u"kpiName"_s, u"Text"_s, e.indicator);
        return o;
    }

    std::int64_t observedAt(const Entity& e, std::int64_t now) const
    {
        std::int64_t observed = 0;
        for (const Attribute& a : e.attributes) {
            if (const auto p = latest(a.series, now))
                observed = std::max(observed, p->t);
        }
        return observed;
    }

    QHttpServerResponse ngsiEntities(const QHttpServerRequest& request)
    {
        const QUrlQuery query(request.url());
        const std::int64_t now = clock.nowMs();
        // Tenant and service path.
        const QByteArray service = request.value("Fiware-Service").toLower();
        const QByteArray servicePath = request.value("Fiware-ServicePath");
        if (!service.isEmpty() && service != "danang")
            return json(QJsonArray());
        QString group;
        if (!servicePath.isEmpty() && servicePath != "/" && servicePath != "/#") {
            group = QString::fromUtf8(servicePath.mid(1));
            if (group.endsWith(u"/#"_s))
                group.chop(2);
        }
        // Paging.
        bool ok = true;
        int limit = kDefaultLimit;
        if (query.hasQueryItem(u"limit"_s)) {
            limit = query.queryItemValue(u"limit"_s).toInt(&ok);
            if (!ok || limit <= 0 || limit > kMaxLimit)
                return json(error(u"BadRequest"_s, u"Bad pagination limit: /%1/ [max: %2]"_s
                                                       .arg(query.queryItemValue(u"limit"_s))
                                                       .arg(kMaxLimit)),
                            QHttpServerResponse::StatusCode::BadRequest);
        }
        int offset = 0;
        if (query.hasQueryItem(u"offset"_s)) {
            offset = query.queryItemValue(u"offset"_s).toInt(&ok);
            if (!ok || offset < 0)
                return json(
                    error(u"BadRequest"_s, u"Bad pagination offset: /%1/ [must be a decimal number]"_s.arg(
                                               query.queryItemValue(u"offset"_s))),
                    QHttpServerResponse::StatusCode::BadRequest);
        }
        const QStringList options = query.queryItemValue(u"options"_s).split(u',', Qt::SkipEmptyParts);
        const bool keyValues = options.contains(u"keyValues"_s);
        const QStringList types = query.queryItemValue(u"type"_s).split(u',', Qt::SkipEmptyParts);
        const QStringList attrs = query.queryItemValue(u"attrs"_s).split(u',', Qt::SkipEmptyParts);
        std::optional<QRegularExpression> idPattern;
        if (query.hasQueryItem(u"idPattern"_s)) {
            idPattern = QRegularExpression(query.queryItemValue(u"idPattern"_s, QUrl::FullyDecoded));
            if (!idPattern->isValid())
                return json(error(u"BadRequest"_s, u"Invalid regex for entity idPattern"_s),
                            QHttpServerResponse::StatusCode::BadRequest);
        }
        // q: conditions on dateObserved only, joined by ';'.
        std::vector<std::pair<QString, std::int64_t>> conditions;
        if (query.hasQueryItem(u"q"_s)) {
            static const QRegularExpression re(u"^dateObserved(>=|<=|==|>|<)(.+)$"_s);
            for (const QString& part :
                 query.queryItemValue(u"q"_s, QUrl::FullyDecoded).split(u';', Qt::SkipEmptyParts)) {
                const auto m = re.match(part);
                const auto t =
                    m.hasMatch() ? parseInstant(m.captured(2), QTimeZone::utc()) : Result<qint64>(Error{});
                if (!m.hasMatch() || !t)
                    return json(
                        error(
                            u"BadRequest"_s,
                            u"The demo city filters on dateObserved only (>=, <=, >, <, ==): %1"_s.arg(part)),
                        QHttpServerResponse::StatusCode::BadRequest);
                conditions.emplace_back(m.captured(1), *t);
            }
        }

        std::vector<const Entity*> matching;
        for (const Entity& e : entities) {
            if (!types.isEmpty() && !types.contains(e.type))
                continue;
            if (!group.isEmpty() && e.group != group)
                continue;
            if (idPattern && !idPattern->match(e.id).hasMatch())
                continue;
            if (!conditions.empty()) {
                const std::int64_t observed = observedAt(e, now);
                bool pass = observed > 0;
                for (const auto& [op, t] : conditions) {
                    pass = pass && (op == u">="_s   ? observed >= t
                                    : op == u"<="_s ? observed <= t
                                    : op == u">"_s  ? observed > t
                                    : op == u"<"_s  ? observed < t
                                                    : observed == t);
                }
                if (!pass)
                    continue;
            }
            matching.push_back(&e);
        }
        QJsonArray out;
        for (std::size_t i = std::size_t(offset); i < matching.size() && out.size() < limit; ++i)
            out.append(render(*matching[i], now, keyValues, attrs));
        QHttpServerResponse response = json(out);
        if (options.contains(u"count"_s))
            response.setHeader("Fiware-Total-Count", QByteArray::number(qsizetype(matching.size())));
        return response;
    }

    QHttpServerResponse ngsiEntity(const QHttpServerRequest& request, const QString& id)
    {
        const QUrlQuery query(request.url());
        const bool keyValues = query.queryItemValue(u"options"_s).split(u',').contains(u"keyValues"_s);
        const QStringList attrs = query.queryItemValue(u"attrs"_s).split(u',', Qt::SkipEmptyParts);
        for (const Entity& e : entities) {
            if (e.id == id)
                return json(render(e, clock.nowMs(), keyValues, attrs));
        }
        return json(error(u"NotFound"_s, u"The requested entity has not been found. Check type and id"_s),
                    QHttpServerResponse::StatusCode::NotFound);
    }

    // --- SensorThings ----------------------------------------------------------------

    QString base(const QHttpServerRequest& request) const
    {
        QUrl url = request.url();
        url.setPath(QString());
        url.setQuery(QString());
        return url.toString(QUrl::StripTrailingSlash) + u"/v1.1"_s;
    }

    QJsonObject datastream(std::size_t s, const QString& root) const
    {
        const auto& sr = city.series()[s];
        const Unit* unit = catalog.unit(sr.indicator->unit);
        const int id = int(s) + 1;
        return {
            {u"@iot.id"_s, id},
            {u"@iot.selfLink"_s, u"%1/Datastreams(%2)"_s.arg(root).arg(id)},
            {u"name"_s, sr.key.toString()},
            {u"description"_s, sr.indicator->name.en},
            {u"observationType"_s, u"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"_s},
            {u"unitOfMeasurement"_s,
             QJsonObject{
                 {u"name"_s, unit ? unit->name.en : sr.indicator->unit},
                 {u"symbol"_s, unit ? unit->display.en : sr.indicator->unit},
                 {u"definition"_s, QString(u"http://unitsofmeasure.org/ucum.html#"_s + sr.indicator->unit)}}},
            {u"Observations@iot.navigationLink"_s, u"%1/Datastreams(%2)/Observations"_s.arg(root).arg(id)}};
    }

    struct Paging
    {
        int top = 100;
        int skip = 0;
        bool count = false;
        bool ascending = false;
        std::int64_t from = std::numeric_limits<std::int64_t>::min(); // $filter on phenomenonTime
        std::int64_t to = std::numeric_limits<std::int64_t>::max();
        QString error;
    };

    // $filter=phenomenonTime gt|ge|lt|le TIME [and …]: the window [from, to] it leaves.
    static void filter(const QString& text, Paging& p)
    {
        static const QRegularExpression clause(
            u"^\\s*phenomenonTime\\s+(gt|ge|lt|le)\\s+'?([^' ]+)'?\\s*$"_s);
        for (const QString& c : text.split(u" and "_s, Qt::SkipEmptyParts, Qt::CaseInsensitive)) {
            const auto m = clause.match(c);
            const auto t =
                m.hasMatch() ? parseInstant(m.captured(2), QTimeZone::utc()) : Result<qint64>(Error{});
            if (!t) {
                p.error = u"$filter supports phenomenonTime gt|ge|lt|le TIME, joined by and"_s;
                return;
            }
            const QString op = m.captured(1);
            if (op == u"gt"_s || op == u"ge"_s)
                p.from = std::max<std::int64_t>(p.from, *t + (op == u"gt"_s ? 1 : 0));
            else
                p.to = std::min<std::int64_t>(p.to, *t - (op == u"lt"_s ? 1 : 0));
        }
    }

    static Paging paging(const QUrlQuery& query)
    {
        Paging p;
        bool ok = true;
        if (query.hasQueryItem(u"$top"_s)) {
            p.top = query.queryItemValue(u"$top"_s).toInt(&ok);
            if (!ok || p.top < 0 || p.top > kMaxLimit)
                p.error = u"$top must be a whole number from 0 to %1"_s.arg(kMaxLimit);
        }
        if (query.hasQueryItem(u"$skip"_s)) {
            p.skip = query.queryItemValue(u"$skip"_s).toInt(&ok);
            if (!ok || p.skip < 0)
                p.error = u"$skip must be a whole number"_s;
        }
        p.count = query.queryItemValue(u"$count"_s) == u"true"_s;
        if (query.hasQueryItem(u"$filter"_s))
            filter(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded), p);
        const QString order = query.queryItemValue(u"$orderby"_s, QUrl::FullyDecoded).trimmed();
        if (!order.isEmpty()) {
            if (order == u"phenomenonTime"_s || order == u"phenomenonTime asc"_s)
                p.ascending = true;
            else if (order != u"phenomenonTime desc"_s)
                p.error = u"$orderby supports phenomenonTime [asc|desc]"_s;
        }
        return p;
    }

    QString nextLink(const QHttpServerRequest& request, const Paging& p) const
    {
        QUrl url = request.url();
        QUrlQuery query(url);
        query.removeAllQueryItems(u"$skip"_s);
        query.removeAllQueryItems(u"$top"_s);
        query.addQueryItem(u"$top"_s, QString::number(p.top));
        query.addQueryItem(u"$skip"_s, QString::number(p.skip + p.top));
        url.setQuery(query);
        return url.toString();
    }

    QHttpServerResponse page(const QHttpServerRequest& request, const Paging& p, qsizetype total,
                             const std::function<QJsonObject(qsizetype)>& item)
    {
        QJsonObject o;
        if (p.count)
            o[u"@iot.count"_s] = qint64(total);
        QJsonArray values;
        for (qsizetype i = p.skip; i < total && values.size() < p.top; ++i)
            values.append(item(i));
        o[u"value"_s] = values;
        if (p.skip + p.top < total && p.top > 0)
            o[u"@iot.nextLink"_s] = nextLink(request, p);
        return json(o);
    }

    // Observations of the given datastreams over [from, now], newest first unless asked.
    std::vector<std::pair<std::size_t, store::Point>> observations(const std::vector<std::size_t>& streams,
                                                                   std::int64_t from, std::int64_t now,
                                                                   bool ascending) const
    {
        std::vector<std::pair<std::size_t, store::Point>> out;
        for (std::size_t s : streams) {
            for (std::int64_t t = city.next(s, from); t <= now; t = city.next(s, t + 1)) {
                if (const auto v = city.valueAt(s, t))
                    out.push_back({s, {t, *v, store::Quality::Good}});
            }
        }
        std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
            return a.second.t != b.second.t ? (ascending ? a.second.t < b.second.t : a.second.t > b.second.t)
                                            : a.first < b.first;
        });
        return out;
    }

    QHttpServerResponse sensorThings(const QHttpServerRequest& request, const QString& path)
    {
        static const QRegularExpression one(u"^/v1\\.1/Datastreams\\((\\d+)\\)$"_s);
        static const QRegularExpression ofOne(u"^/v1\\.1/Datastreams\\((\\d+)\\)/Observations$"_s);
        const QUrlQuery query(request.url());
        const QString root = base(request);
        const Paging p = paging(query);
        if (!p.error.isEmpty())
            return json(QJsonObject{{u"code"_s, 400}, {u"type"_s, u"error"_s}, {u"message"_s, p.error}},
                        QHttpServerResponse::StatusCode::BadRequest);
        const std::int64_t now = clock.nowMs();
        const auto& series = city.series();

        if (path == u"/v1.1/Datastreams"_s)
            return page(request, p, qsizetype(series.size()),
                        [&](qsizetype i) { return datastream(std::size_t(i), root); });
        auto streamOf = [&](const QRegularExpressionMatch& m) -> std::optional<std::size_t> {
            const qsizetype id = m.captured(1).toLongLong();
            if (id < 1 || id > qsizetype(series.size()))
                return std::nullopt;
            return std::size_t(id - 1);
        };
        auto notFound = [] {
            return json(
                QJsonObject{{u"code"_s, 404}, {u"type"_s, u"error"_s}, {u"message"_s, u"Nothing found."_s}},
                QHttpServerResponse::StatusCode::NotFound);
        };
        if (const auto m = one.match(path); m.hasMatch()) {
            const auto s = streamOf(m);
            return s ? json(datastream(*s, root)) : notFound();
        }
        auto observationJson = [&](const std::pair<std::size_t, store::Point>& o) {
            const int stream = int(o.first) + 1;
            const qint64 id = qint64(o.second.t) * 1000 + stream;
            return QJsonObject{
                {u"@iot.id"_s, id},
                {u"@iot.selfLink"_s, u"%1/Observations(%2)"_s.arg(root).arg(id)},
                {u"phenomenonTime"_s, toIsoUtc(o.second.t)},
                {u"resultTime"_s, toIsoUtc(o.second.t)},
                {u"result"_s, o.second.v},
                {u"Datastream@iot.navigationLink"_s, u"%1/Datastreams(%2)"_s.arg(root).arg(stream)}};
        };
        if (const auto m = ofOne.match(path); m.hasMatch()) {
            const auto s = streamOf(m);
            if (!s)
                return notFound();
            // The last day of one datastream, or the window the filter asks for.
            const auto obs =
                observations({*s}, std::max(p.from, now - 7 * kDayMs), std::min(p.to, now), p.ascending);
            return page(request, p, qsizetype(obs.size()),
                        [&](qsizetype i) { return observationJson(obs[std::size_t(i)]); });
        }
        if (path == u"/v1.1/Observations"_s) {
            // The last hour of every datastream, or the window the filter asks for (two
            // days at the most: the demo city computes what it serves).
            if (p.from != std::numeric_limits<std::int64_t>::min() && p.from < now - 2 * kDayMs)
                return json(
                    QJsonObject{{u"code"_s, 400},
                                {u"type"_s, u"error"_s},
                                {u"message"_s, u"the demo city serves the last 48 h of Observations"_s}},
                    QHttpServerResponse::StatusCode::BadRequest);
            std::vector<std::size_t> all(series.size());
            std::iota(all.begin(), all.end(), std::size_t(0));
            const std::int64_t from =
                p.from == std::numeric_limits<std::int64_t>::min() ? now - 3'600'000 : p.from;
            const auto obs = observations(all, from, std::min(p.to, now), p.ascending);
            return page(request, p, qsizetype(obs.size()),
                        [&](qsizetype i) { return observationJson(obs[std::size_t(i)]); });
        }
        return notFound();
    }

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
    {
        const QString path = request.url().path();
        QHttpServerResponse response = [&]() -> QHttpServerResponse {
            if (request.method() != QHttpServerRequest::Method::Get)
                return json(error(u"MethodNotAllowed"_s, u"The demo city is read-only"_s),
                            QHttpServerResponse::StatusCode::MethodNotAllowed);
            if (path == u"/version"_s)
                return json(
                    QJsonObject{{u"orion"_s, QJsonObject{{u"version"_s, u"3.7.0"_s},
                                                         {u"implementation"_s, u"CityOps demo city"_s}}}});
            if (path == u"/v2/entities"_s)
                return ngsiEntities(request);
            if (path.startsWith(u"/v2/entities/"_s))
                return ngsiEntity(request, QUrl::fromPercentEncoding(path.mid(13).toUtf8()));
            if (path.startsWith(u"/v1.1/"_s) || path == u"/v1.1"_s)
                return sensorThings(request, path);
            return json(error(u"NotFound"_s, u"No such resource: %1"_s.arg(path)),
                        QHttpServerResponse::StatusCode::NotFound);
        }();
        response.write(std::move(responder));
    }
};

DemoFeedServer::DemoFeedServer(const Catalog& catalog, const DemoCity& city, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(catalog, city, clock))
{
    d->http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        d->handle(request, std::move(responder));
    });
}

DemoFeedServer::~DemoFeedServer() = default;

Result<quint16> DemoFeedServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = d->http.listen(address, port);
    if (bound == 0)
        return Error{ErrorCode::Network, QStringLiteral("Cannot listen"),
                     address.toString() + u':' + QString::number(port)};
    return bound;
}

int DemoFeedServer::entityCount() const
{
    return int(d->entities.size());
}

} // namespace cityops::sim
