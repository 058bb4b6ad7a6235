#pragma once

// Reading simdjson DOM values as every feed reader does. Include it only in core/feeds/ .cpp
// files: simdjson.h is a heavy header.

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace cityops::feeds::json {

namespace dom = simdjson::dom;

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Json)
};

// The document in `json`, parsed by this thread's parser: valid until the thread parses the
// next one. An error ("not JSON: …", simdjson's reason) when it is not JSON.
inline Result<dom::element> parseDocument(QByteArrayView json)
{
    thread_local dom::parser parser;
    dom::element doc;
    if (const auto error = parser.parse(json.data(), std::size_t(json.size()), true).get(doc);
        error != simdjson::SUCCESS)
        return Error{ErrorCode::Parse,
                     JsonText::tr("not JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error))),
                     QString()};
    return doc;
}

inline QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The member `key` of `o`; none when it is absent or null.
inline std::optional<dom::element> field(dom::object o, std::string_view key)
{
    dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS || e.is_null())
        return std::nullopt;
    return e;
}

inline std::optional<std::string_view> stringOf(dom::element e)
{
    std::string_view s;
    if (e.get_string().get(s) != simdjson::SUCCESS)
        return std::nullopt;
    return s;
}

// The string member `key` of `o`, if it is one.
inline std::optional<QString> text(dom::object o, std::string_view key)
{
    const auto e = field(o, key);
    const auto s = e ? stringOf(*e) : std::nullopt;
    return s ? std::optional<QString>(str(*s)) : std::nullopt;
}

// A JSON number (a boolean is not one).
inline std::optional<double> numberOf(dom::element e)
{
    double d = 0;
    if (e.type() == dom::element_type::BOOL || e.get_double().get(d) != simdjson::SUCCESS)
        return std::nullopt;
    return d;
}

// "10.0", " 7 ", "1e3": a whole string that is a number.
inline std::optional<double> numberInText(std::string_view s)
{
    bool ok = false;
    const double d = str(s).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// A GeoJSON Point {"type": "Point", "coordinates": [lon, lat]} as (longitude, latitude); none
// for any other geometry (a line or an area has no single point to place it at).
inline std::optional<std::pair<double, double>> geoJsonPoint(dom::element e)
{
    dom::object geo;
    if (e.get_object().get(geo) != simdjson::SUCCESS)
        return std::nullopt;
    const auto type = field(geo, "type");
    const auto coordinates = field(geo, "coordinates");
    if (!type || !coordinates || stringOf(*type) != std::string_view("Point"))
        return std::nullopt;
    dom::array xy;
    if (coordinates->get_array().get(xy) != simdjson::SUCCESS || xy.size() < 2)
        return std::nullopt;
    const auto lon = numberOf(xy.at(0).value_unsafe());
    const auto lat = numberOf(xy.at(1).value_unsafe());
    if (!lon || !lat)
        return std::nullopt;
    return std::make_pair(*lon, *lat);
}

// A body that is an array of entities or one entity: `read(element)` for each. A lone object
// is first shown to `errorOf(object)`, which returns the broker's error if it is one; a body
// that is neither an array nor an object is the error `notEntities`.
template <typename Read, typename ErrorOf>
std::optional<Error> readEntities(dom::element doc, const QString& notEntities, Read&& read,
                                  ErrorOf&& errorOf)
{
    dom::array list;
    if (doc.get_array().get(list) == simdjson::SUCCESS) {
        for (const dom::element e : list)
            read(e);
        return std::nullopt;
    }
    dom::object one;
    if (doc.get_object().get(one) != simdjson::SUCCESS)
        return Error{ErrorCode::Parse, notEntities, QString()};
    if (std::optional<Error> error = errorOf(one))
        return error;
    read(doc);
    return std::nullopt;
}

} // namespace cityops::feeds::json
