#include "core/feeds/ngsi/ngsild.h"

#include "core/feeds/jsonread.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::NgsiLd)
};

using namespace json;

// Members that describe the entity, not a measurement.
bool isAboutTheEntity(std::string_view key)
{
    static constexpr std::string_view keys[] = {
        "id",         "type",      "@context",   "scope",        "location",         "createdAt",
        "modifiedAt", "deletedAt", "observedAt", "dateObserved", "observationSpace", "operationSpace"};
    for (const std::string_view k : keys) {
        if (k == key)
            return true;
    }
    return false;
}

// A time: a string, {"@type": "DateTime", "@value"}, or a Property holding one; the text
// not copied (it points into the parsed document).
std::optional<std::string_view> timeView(dom::element e)
{
    if (const auto s = stringOf(e))
        return s;
    dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS)
        return std::nullopt;
    if (const auto v = field(o, "@value"))
        return timeView(*v);
    if (const auto v = field(o, "value"))
        return timeView(*v);
    return std::nullopt;
}

// A time as NGSI-LD writes it: a string, or a typed value {"@type": "DateTime", "@value"}.
std::optional<QString> timeText(dom::element e)
{
    const auto v = timeView(e);
    return v ? std::optional(str(*v)) : std::nullopt;
}

// The entity's own time, for attributes that have none.
std::optional<QString> entityTime(dom::object entity)
{
    for (const std::string_view key : {"dateObserved", "observedAt", "modifiedAt"}) {
        if (const auto e = field(entity, key))
            return timeText(*e);
    }
    return std::nullopt;
}

struct EntityReader
{
    const NgsiOptions& options;
    FeedItems& out;
    FeedObservation base;
    std::optional<QString> when;
    // (Reused for every instance: a temporal page holds thousands with the same unit.)
    QString timeBuffer = {};
    std::string_view lastUnitText = {};
    QString lastUnit = {};

    // An ASCII time into timeBuffer without allocating once it is large enough.
    QStringView timeOf(std::string_view s)
    {
        timeBuffer.resize(qsizetype(s.size()));
        char16_t* to = reinterpret_cast<char16_t*>(timeBuffer.data());
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (static_cast<unsigned char>(s[i]) >= 0x80) {
                timeBuffer = str(s);
                break;
            }
            to[i] = char16_t(s[i]);
        }
        return timeBuffer;
    }

    const QString& unitOf(dom::object o)
    {
        const auto u = field(o, "unitCode");
        const std::optional<std::string_view> text = u ? stringOf(*u) : std::nullopt;
        if (!text)
            lastUnitText = {}, lastUnit.clear();
        else if (*text != lastUnitText || lastUnit.isEmpty())
            lastUnitText = *text, lastUnit = str(*text);
        return lastUnit;
    }

    void reject(const QString& attribute, const QString& reason)
    {
        out.rejected.push_back({base.entity, base.type, attribute, reason});
    }

    void read(dom::element e)
    {
        ++out.entities;
        base = {};
        dom::object entity;
        if (e.get_object().get(entity) != simdjson::SUCCESS) {
            reject({}, Text::tr("not an entity (an object with id and type)"));
            return;
        }
        base.entity = text(entity, "id").value_or(QString());
        base.type = typeOf(entity);
        if (base.entity.isEmpty() || base.type.isEmpty()) {
            reject({}, Text::tr("an entity needs an id and a type"));
            return;
        }
        if (const auto where = field(entity, "location")) {
            dom::object geo;
            const bool property = where->get_object().get(geo) == simdjson::SUCCESS && field(geo, "value");
            base.location = geoJsonPoint(property ? *field(geo, "value") : *where);
        }
        if (const auto name = field(entity, "name")) { // "…" (simplified), or a Property's value
            dom::object p;
            const auto value = name->get_object().get(p) == simdjson::SUCCESS ? field(p, "value") : name;
            base.name = str(value ? stringOf(*value).value_or(std::string_view()) : std::string_view());
        }
        when = entityTime(entity);
        for (const auto [key, value] : entity) {
            if (!isAboutTheEntity(key))
                attribute(str(key), value);
        }
    }

    // "type" is a string, or (NGSI-LD 1.6) an array of them: the first.
    static QString typeOf(dom::object entity)
    {
        const auto t = field(entity, "type");
        if (!t)
            return {};
        dom::array types;
        if (t->get_array().get(types) == simdjson::SUCCESS)
            return types.size() > 0 ? str(stringOf(types.at(0).value_unsafe()).value_or(std::string_view()))
                                    : QString();
        return str(stringOf(*t).value_or(std::string_view()));
    }

    // One attribute in any representation: an array of instances (temporal, or several
    // datasetIds), {"values": [[v, t]...]} (temporal simplified), an instance, a bare value.
    void attribute(const QString& name, dom::element e)
    {
        dom::array instances;
        if (e.get_array().get(instances) == simdjson::SUCCESS) {
            for (const dom::element i : instances)
                instance(name, i);
            return;
        }
        dom::object o;
        if (e.get_object().get(o) == simdjson::SUCCESS && field(o, "values")) {
            temporalValues(name, o);
            return;
        }
        instance(name, e);
    }

    void temporalValues(const QString& name, dom::object o)
    {
        dom::array pairs;
        if (field(o, "values")->get_array().get(pairs) != simdjson::SUCCESS)
            return;
        for (const dom::element p : pairs) {
            dom::array pair;
            if (p.get_array().get(pair) != simdjson::SUCCESS || pair.size() < 2)
                continue;
            const auto value = numberOf(pair.at(0).value_unsafe());
            if (!value)
                continue; // text over time: not a measurement
            add(name, *value, timeView(pair.at(1).value_unsafe()), {});
        }
    }

    // An instance: {"type": "Property", "value", "observedAt", "unitCode", "datasetId"}, the
    // same without "type" (concise), or a bare value.
    void instance(const QString& attribute, dom::element e)
    {
        dom::object o;
        if (e.get_object().get(o) != simdjson::SUCCESS) {
            if (const auto v = numberOf(e))
                add(attribute, *v, std::nullopt, {});
            return; // text, a bare Relationship's object: not a measurement
        }
        const auto type = field(o, "type");
        if (const auto t = type ? stringOf(*type) : std::nullopt; t && *t != std::string_view("Property"))
            return; // a Relationship, a GeoProperty, a LanguageProperty, a JsonProperty
        const auto value = field(o, "value");
        if (!value)
            return; // (a concise Relationship {"object"}, an aggregation, a structure)
        std::optional<double> number = numberOf(*value);
        if (const auto s = stringOf(*value); !number && s && options.numericText.contains(attribute)) {
            number = numberInText(*s);
            if (!number) {
                reject(attribute, Text::tr("named numeric but is not a number: %1").arg(str(*s)));
                return;
            }
        }
        if (!number)
            return; // text, a DateTime, a structure: not a measurement
        QString name = attribute;
        if (const auto dataset = text(o, "datasetId"))
            name += u'[' + *dataset + u']';
        const auto observed = field(o, "observedAt");
        add(name, *number, observed ? timeView(*observed) : std::nullopt, unitOf(o));
    }

    void add(const QString& attribute, double value, std::optional<std::string_view> observed,
             const QString& unit)
    {
        if (!std::isfinite(value)) {
            reject(attribute, Text::tr("not a finite number"));
            return;
        }
        QStringView time;
        if (observed && !observed->empty())
            time = timeOf(*observed);
        else if (when)
            time = *when;
        if (time.isEmpty()) {
            reject(attribute, Text::tr("no time: neither observedAt nor the entity's dateObserved"));
            return;
        }
        const auto t = parseFeedTime(time, options.zoneIfNoOffset);
        if (!t) {
            reject(attribute, Text::tr("unreadable time %1: %2").arg(time.toString(), t.error().message));
            return;
        }
        FeedObservation o = base;
        o.attribute = attribute;
        o.time = *t;
        o.value = value;
        o.unitCode = unit;
        out.observations.push_back(std::move(o));
    }
};

} // namespace

Result<FeedItems> parseNgsiLd(QByteArrayView json, const NgsiOptions& options)
{
    const auto parsed = parseDocument(json);
    if (!parsed)
        return parsed.error();
    const dom::element doc = *parsed;
    FeedItems out;
    EntityReader reader{options, out, {}, std::nullopt};
    const auto problemDetails = [](dom::object one) -> std::optional<Error> {
        const auto title = text(one, "title");
        if (!title || field(one, "id")) // the broker's error: {type, title, detail}
            return std::nullopt;
        QString kind = text(one, "type").value_or(QString());
        kind = kind.mid(kind.lastIndexOf(u'/') + 1);
        const QString detail = text(one, "detail").value_or(QString());
        return Error{ErrorCode::Network,
                     Text::tr("the broker says %1: %2")
                         .arg(kind, detail.isEmpty() ? *title : *title + u": "_s + detail),
                     QString()};
    };
    if (auto error = readEntities(
            doc, Text::tr("not NGSI-LD entities: neither an array nor an object"),
            [&](dom::element e) { reader.read(e); }, problemDetails))
        return *error;
    return out;
}

} // namespace cityops::feeds
