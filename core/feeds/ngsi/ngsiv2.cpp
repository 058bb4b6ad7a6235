#include "core/feeds/ngsi/ngsiv2.h"

#include "core/common/civiltime.h"
#include "core/common/timeutil.h"
#include "core/feeds/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <string_view>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Ngsi)
};

using namespace json;

// The value of an attribute, both forms: normalized {"type", "value", "metadata"} or plain.
struct Attribute
{
    dom::element value;
    QString type; // normalized only
    std::optional<dom::object> metadata;
};

Attribute attributeOf(dom::element e)
{
    dom::object o;
    if (e.get_object().get(o) == simdjson::SUCCESS) {
        if (const auto value = field(o, "value")) {
            Attribute a{*value, {}, std::nullopt};
            if (const auto type = field(o, "type"))
                a.type = str(stringOf(*type).value_or(std::string_view()));
            dom::object metadata;
            if (const auto m = field(o, "metadata"); m && m->get_object().get(metadata) == simdjson::SUCCESS)
                a.metadata = metadata;
            return a;
        }
    }
    return {e, {}, std::nullopt};
}

std::optional<std::string_view> metadataText(const Attribute& a, std::string_view key)
{
    if (!a.metadata)
        return std::nullopt;
    const auto m = field(*a.metadata, key);
    if (!m)
        return std::nullopt;
    dom::object o;
    if (m->get_object().get(o) == simdjson::SUCCESS) { // {"type", "value"}
        const auto v = field(o, "value");
        return v ? stringOf(*v) : std::nullopt;
    }
    return stringOf(*m);
}

// geo:json {"type": "Point", "coordinates": [lon, lat]}, or geo:point "lat, lon".
std::optional<std::pair<double, double>> locationOf(dom::element e)
{
    const Attribute a = attributeOf(e);
    if (const auto text = stringOf(a.value)) { // geo:point: latitude first
        const QStringList parts = str(*text).split(u',');
        bool okLat = false, okLon = false;
        if (parts.size() == 2) {
            const double lat = parts[0].trimmed().toDouble(&okLat);
            const double lon = parts[1].trimmed().toDouble(&okLon);
            if (okLat && okLon)
                return std::make_pair(lon, lat);
        }
        return std::nullopt;
    }
    return geoJsonPoint(a.value);
}

// Attributes that say when or where, not what was measured.
bool isAboutTheEntity(std::string_view key)
{
    static constexpr std::string_view keys[] = {"id",
                                                "type",
                                                "dateObserved",
                                                "dateObservedFrom",
                                                "dateObservedTo",
                                                "observationDateTime",
                                                "TimeInstant",
                                                "dateModified",
                                                "dateCreated",
                                                "location"};
    for (const std::string_view k : keys) {
        if (k == key)
            return true;
    }
    return false;
}

// When the entity's observations were made: the first of these it has.
std::optional<QString> entityTime(dom::object entity)
{
    for (const std::string_view key :
         {"dateObserved", "observationDateTime", "TimeInstant", "dateObservedTo", "dateModified"}) {
        if (const auto e = field(entity, key)) {
            if (const auto s = stringOf(attributeOf(*e).value))
                return str(*s);
        }
    }
    return std::nullopt;
}

struct EntityReader
{
    const NgsiOptions& options;
    FeedItems& out;
    std::optional<QString> m_when;                    // the entity's time, as it came
    std::optional<Result<std::int64_t>> m_whenParsed; // …and read

    void reject(const FeedObservation& at, const QString& attribute, const QString& reason)
    {
        out.rejected.push_back({at.entity, at.type, attribute, reason});
    }

    void read(dom::element e)
    {
        ++out.entities;
        dom::object entity;
        FeedObservation base;
        if (e.get_object().get(entity) != simdjson::SUCCESS) {
            reject(base, {}, Text::tr("not an entity (an object with id and type)"));
            return;
        }
        const auto id = field(entity, "id");
        const auto type = field(entity, "type");
        base.entity = id ? str(stringOf(*id).value_or(std::string_view())) : QString();
        base.type = type ? str(stringOf(*type).value_or(std::string_view())) : QString();
        if (base.entity.isEmpty() || base.type.isEmpty()) {
            reject(base, {}, Text::tr("an entity needs an id and a type"));
            return;
        }
        if (const auto where = field(entity, "location"))
            base.location = locationOf(*where);
        if (const auto name = field(entity, "name"))
            base.name = str(stringOf(attributeOf(*name).value).value_or(std::string_view()));
        m_when = entityTime(entity);
        m_whenParsed.reset();
        for (const auto [key, value] : entity) {
            if (!isAboutTheEntity(key))
                attribute(base, str(key), attributeOf(value));
        }
    }

    // The entity's time, parsed once for all its attributes.
    const Result<std::int64_t>& entityInstant()
    {
        if (!m_whenParsed)
            m_whenParsed = parseFeedTime(*m_when, options.zoneIfNoOffset);
        return *m_whenParsed;
    }

    void attribute(const FeedObservation& base, const QString& name, const Attribute& a)
    {
        const bool numberTyped = a.type == u"Number"_s || a.type == u"Integer"_s || a.type == u"Float"_s;
        std::optional<double> value = numberOf(a.value);
        if (!value) {
            const auto text = stringOf(a.value);
            if (!text || !(numberTyped || options.numericText.contains(name)))
                return; // text, a structure, a relationship: not a measurement
            value = numberInText(*text);
            if (!value) {
                reject(base, name, Text::tr("typed a number but is not one: %1").arg(str(*text)));
                return;
            }
        } else if (!a.type.isEmpty() && !numberTyped) {
            return; // a number typed otherwise (a code, an id): not a measurement
        }
        if (!std::isfinite(*value)) {
            reject(base, name, Text::tr("not a finite number"));
            return;
        }
        std::optional<QString> own;
        for (const std::string_view key : {"TimeInstant", "timestamp", "dateObserved"}) {
            if (const auto t = metadataText(a, key)) {
                own = str(*t);
                break;
            }
        }
        if (!own && !m_when) {
            reject(base, name, Text::tr("no time: neither dateObserved, TimeInstant nor a timestamp"));
            return;
        }
        const Result<std::int64_t> time = own ? parseFeedTime(*own, options.zoneIfNoOffset) : entityInstant();
        if (!time) {
            reject(base, name,
                   Text::tr("unreadable time %1: %2").arg(own ? *own : *m_when, time.error().message));
            return;
        }
        FeedObservation o = base;
        o.attribute = name;
        o.time = *time;
        o.value = *value;
        o.unitCode = str(metadataText(a, "unitCode").value_or(std::string_view()));
        out.observations.push_back(std::move(o));
    }
};

// Offsets as Qt reads them (±hh:mm), the fraction as milliseconds.
QString normalizedTime(QString t)
{
    const qsizetype timeAt = std::max(t.indexOf(u'T'), t.indexOf(u' '));
    if (timeAt < 0)
        return t;
    qsizetype zone = -1;
    for (qsizetype i = timeAt + 1; i < t.size(); ++i) {
        if (t[i] == u'Z' || t[i] == u'z' || t[i] == u'+' || t[i] == u'-') {
            zone = i;
            break;
        }
    }
    QString offset = zone < 0 ? QString() : t.mid(zone);
    QString clock = zone < 0 ? t.mid(timeAt + 1) : t.mid(timeAt + 1, zone - timeAt - 1);
    if (offset.size() == 3) // +01
        offset += u":00"_s;
    else if (offset.size() == 5 && offset[3] != u':') // +0100
        offset.insert(3, u':');
    else if (offset.size() == 1)
        offset = u"Z"_s;
    if (const qsizetype dot = clock.indexOf(u'.'); dot >= 0)
        clock = clock.left(dot + 1) + QString(clock.mid(dot + 1) + u"000"_s).left(3);
    return t.left(timeAt) + u'T' + clock + offset;
}

} // namespace

Result<std::int64_t> parseFeedTime(QStringView text, const QTimeZone& zone)
{
    QString t = text.trimmed().toString();
    if (const qsizetype slash = t.indexOf(u'/'); slash >= 0)
        t = t.mid(slash + 1); // an interval: when it ended
    // The usual forms without Qt's date parser (a page has thousands); a zone with daylight
    // saving, and anything unusual, through it.
    static const std::optional<TimestampFormat> iso = TimestampFormat::make(u"iso8601"_s, nullptr);
    const QByteArray utf8 = t.toUtf8();
    if (const auto p = iso->parse(std::string_view(utf8.constData(), std::size_t(utf8.size())))) {
        if (p->offsetSeconds)
            return p->civilMs - std::int64_t(*p->offsetSeconds) * 1000;
        if (zone.isValid() && !zone.hasDaylightTime())
            return p->civilMs - std::int64_t(zone.standardTimeOffset(
                                    QDateTime::fromMSecsSinceEpoch(p->civilMs, QTimeZone::utc()))) *
                                    1000;
    }
    const auto parsed = parseInstant(normalizedTime(t), zone);
    if (!parsed)
        return parsed.error();
    return std::int64_t(*parsed);
}

Result<FeedItems> parseNgsiV2(QByteArrayView json, const NgsiOptions& options)
{
    const auto parsed = parseDocument(json);
    if (!parsed)
        return parsed.error();
    const dom::element doc = *parsed;
    FeedItems out;
    EntityReader reader{options, out, std::nullopt, std::nullopt};
    const auto orionError = [](dom::object one) -> std::optional<Error> {
        const auto error = field(one, "error");
        if (!error || field(one, "id")) // Orion: {"error", "description"}
            return std::nullopt;
        const auto description = field(one, "description");
        return Error{
            ErrorCode::Network,
            Text::tr("the broker says %1: %2")
                .arg(str(stringOf(*error).value_or(std::string_view())),
                     description ? str(stringOf(*description).value_or(std::string_view())) : QString()),
            QString()};
    };
    if (auto error = readEntities(
            doc, Text::tr("not NGSI-v2 entities: neither an array nor an object"),
            [&](dom::element e) { reader.read(e); }, orionError))
        return *error;
    return out;
}

} // namespace cityops::feeds
