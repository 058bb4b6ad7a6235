#include "core/feeds/sensorthings/sensorthings.h"

#include "core/feeds/jsonread.h"

#include <QCoreApplication>

#include <cmath>
#include <string_view>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::SensorThings)
};

using namespace json;

// "@iot.id": a number or a string.
QString idOf(dom::object o)
{
    const auto e = field(o, "@iot.id");
    if (!e)
        return {};
    std::int64_t n = 0;
    if (e->get_int64().get(n) == simdjson::SUCCESS)
        return QString::number(n);
    std::string_view s;
    return e->get_string().get(s) == simdjson::SUCCESS ? str(s) : QString();
}

// "Datastreams(7)" from an Observation's "Datastream@iot.navigationLink"
// (".../v1.1/Datastreams(7)"), when it has one.
std::optional<QString> linkedDatastream(dom::object o)
{
    const auto link = text(o, "Datastream@iot.navigationLink");
    if (!link)
        return std::nullopt;
    const qsizetype at = link->lastIndexOf(u"/Datastreams("_s);
    if (at < 0 || !link->endsWith(u')'))
        return std::nullopt;
    return link->mid(at + 1);
}

using Datastream = SensorThingsDatastream;

struct Reader
{
    const QTimeZone& zone;
    FeedItems& out;
    std::vector<SensorThingsDatastream>& described;

    void reject(const Datastream& ds, const QString& reason)
    {
        out.rejected.push_back({ds.entity, u"Datastream"_s, ds.name, reason});
    }

    void observation(dom::object o, const Datastream& parent)
    {
        Datastream ds = parent;
        dom::object expanded; // an Observation with its Datastream expanded
        if (const auto d = field(o, "Datastream"); d && d->get_object().get(expanded) == simdjson::SUCCESS)
            ds = datastreamOf(expanded, parent);
        if (ds.entity.isEmpty())
            ds.entity = linkedDatastream(o).value_or(u"Observations(%1)"_s.arg(idOf(o)));
        ++out.entities;
        const auto result = field(o, "result");
        if (!result) {
            reject(ds, Text::tr("no result"));
            return;
        }
        std::optional<double> value = numberOf(*result);
        if (const auto s = stringOf(*result); !value && s)
            value = numberInText(*s);
        if (!value || !std::isfinite(*value)) {
            reject(ds, Text::tr("the result is not a number"));
            return;
        }
        const std::optional<QString> when =
            text(o, "phenomenonTime") ? text(o, "phenomenonTime") : text(o, "resultTime");
        if (!when) {
            reject(ds, Text::tr("no phenomenonTime"));
            return;
        }
        const auto t = parseFeedTime(*when, zone);
        if (!t) {
            reject(ds, Text::tr("unreadable time %1: %2").arg(*when, t.error().message));
            return;
        }
        out.observations.push_back(
            {ds.entity, u"Datastream"_s, ds.name, *t, *value, ds.unit, ds.location, ds.thingName, ds.thing});
    }

    // A Thing's id, name and the point of its first Location, into `ds`.
    static void thingOf(dom::object thing, Datastream& ds)
    {
        ds.thing = idOf(thing);
        ds.thingName = text(thing, "name").value_or(QString());
        dom::array locations;
        dom::object first;
        if (const auto l = field(thing, "Locations");
            !l || l->get_array().get(locations) != simdjson::SUCCESS || locations.size() == 0 ||
            locations.at(0).get_object().get(first) != simdjson::SUCCESS)
            return;
        const auto where = field(first, "location");
        if (!where)
            return;
        ds.location = geoJsonPoint(*where);
        dom::object feature; // {"type": "Feature", "geometry": {"type": "Point", …}}
        if (const auto g = where->get_object().get(feature) == simdjson::SUCCESS ? field(feature, "geometry")
                                                                                 : std::nullopt;
            !ds.location && g)
            ds.location = geoJsonPoint(*g);
    }

    // A Datastream; its Thing expanded, else the one it is listed under (`parent`'s).
    static Datastream datastreamOf(dom::object o, const Datastream& parent = {})
    {
        Datastream ds{u"Datastreams(%1)"_s.arg(idOf(o)), text(o, "name").value_or(QString()), {}};
        dom::object unit;
        if (const auto u = field(o, "unitOfMeasurement"); u && u->get_object().get(unit) == simdjson::SUCCESS)
            ds.unit = text(unit, "definition").value_or(text(unit, "symbol").value_or(QString()));
        dom::object thing;
        if (const auto t = field(o, "Thing"); t && t->get_object().get(thing) == simdjson::SUCCESS) {
            thingOf(thing, ds);
        } else {
            ds.thing = parent.thing;
            ds.thingName = parent.thingName;
            ds.location = parent.location;
        }
        return ds;
    }

    // An Observation, a Datastream with Observations, or a Thing with Datastreams.
    void element(dom::element e, const Datastream& parent)
    {
        dom::object o;
        if (e.get_object().get(o) != simdjson::SUCCESS) {
            reject(parent, Text::tr("not a SensorThings entity"));
            return;
        }
        dom::array list;
        if (const auto obs = field(o, "Observations");
            obs && obs->get_array().get(list) == simdjson::SUCCESS) {
            const Datastream ds = datastreamOf(o, parent);
            described.push_back(ds);
            for (const dom::element x : list)
                element(x, ds);
            return;
        }
        if (const auto streams = field(o, "Datastreams");
            streams && streams->get_array().get(list) == simdjson::SUCCESS) {
            Datastream thing; // a Thing with its Datastreams: theirs
            thingOf(o, thing);
            for (const dom::element x : list)
                element(x, thing);
            return;
        }
        dom::element result; // (null counts: an Observation without its result)
        if (o["result"].get(result) != simdjson::NO_SUCH_FIELD)
            observation(o, parent);
        else if (field(o, "unitOfMeasurement")) // a Datastream, no Observations expanded
            described.push_back(datastreamOf(o, parent));
        // (a Thing or a Datastream with nothing expanded: nothing to read)
    }
};

} // namespace

Result<SensorThingsPage> parseSensorThings(QByteArrayView json, const QTimeZone& zoneIfNoOffset)
{
    const auto parsed = parseDocument(json);
    if (!parsed)
        return parsed.error();
    const dom::element doc = *parsed;
    SensorThingsPage page;
    Reader reader{zoneIfNoOffset, page.items, page.datastreams};
    dom::array list;
    dom::object root;
    if (doc.get_array().get(list) == simdjson::SUCCESS) {
        for (const dom::element e : list)
            reader.element(e, {});
        return page;
    }
    if (doc.get_object().get(root) != simdjson::SUCCESS)
        return Error{ErrorCode::Parse, Text::tr("not SensorThings: neither a collection nor an entity"),
                     QString()};
    if (const auto value = field(root, "value"); value && value->get_array().get(list) == simdjson::SUCCESS) {
        for (const dom::element e : list)
            reader.element(e, {});
        page.nextLink = text(root, "@iot.nextLink").value_or(QString());
        std::int64_t n = 0;
        if (const auto c = field(root, "@iot.count"); c && c->get_int64().get(n) == simdjson::SUCCESS)
            page.count = n;
        return page;
    }
    reader.element(doc, {});
    return page;
}

} // namespace cityops::feeds
