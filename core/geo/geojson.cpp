#include "core/geo/geojson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cityops::geo {

namespace {

struct GeoText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::geo::Layer)
};

bool inRing(const QPointF& p, const Ring& ring)
{
    // Even-odd ray casting.
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF& a = ring.at(i);
        const QPointF& b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

Ring ringOf(const QJsonArray& coordinates)
{
    Ring ring;
    ring.reserve(coordinates.size());
    for (const QJsonValue& c : coordinates)
        ring.append(QPointF(c.toArray().at(0).toDouble(), c.toArray().at(1).toDouble()));
    return ring;
}

QList<Polygon> polygonsOf(const QJsonObject& geometry)
{
    QList<Polygon> result;
    const auto addPolygon = [&](const QJsonArray& rings) {
        Polygon polygon;
        for (const QJsonValue& r : rings)
            polygon.append(ringOf(r.toArray()));
        if (!polygon.isEmpty() && polygon.front().size() >= 3)
            result.append(polygon);
    };
    const QString type = geometry.value(u"type"_s).toString();
    if (type == u"Polygon"_s) {
        addPolygon(geometry.value(u"coordinates"_s).toArray());
    } else if (type == u"MultiPolygon"_s) {
        for (const QJsonValue& p : geometry.value(u"coordinates"_s).toArray())
            addPolygon(p.toArray());
    }
    return result;
}

QList<Ring> linesOf(const QJsonObject& geometry)
{
    QList<Ring> result;
    const QString type = geometry.value(u"type"_s).toString();
    if (type == u"LineString"_s) {
        result.append(ringOf(geometry.value(u"coordinates"_s).toArray()));
    } else if (type == u"MultiLineString"_s) {
        for (const QJsonValue& l : geometry.value(u"coordinates"_s).toArray())
            result.append(ringOf(l.toArray()));
    }
    result.removeIf([](const Ring& line) { return line.size() < 2; });
    return result;
}

} // namespace

bool Feature::contains(const QPointF& p) const
{
    if (!bounds.contains(p))
        return false;
    for (const Polygon& polygon : polygons) {
        if (polygon.isEmpty() || !inRing(p, polygon.front()))
            continue;
        bool inHole = false;
        for (qsizetype h = 1; h < polygon.size() && !inHole; ++h)
            inHole = inRing(p, polygon.at(h));
        if (!inHole)
            return true;
    }
    return false;
}

Result<Layer> Layer::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, GeoText::tr("Cannot read the map layer"),
                     path + u": "_s + file.errorString()};
    return parse(file.readAll(), QFileInfo(path).completeBaseName());
}

Result<Layer> Layer::parse(const QByteArray& json, const QString& name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(u"type"_s).toString() != u"FeatureCollection"_s)
        return Error{ErrorCode::Parse, GeoText::tr("Not a GeoJSON FeatureCollection"), name};
    Layer layer;
    layer.name = name;
    for (const QJsonValue& v : doc.object().value(u"features"_s).toArray()) {
        const QJsonObject f = v.toObject();
        Feature feature;
        feature.properties = f.value(u"properties"_s).toObject();
        feature.polygons = polygonsOf(f.value(u"geometry"_s).toObject());
        feature.lines = linesOf(f.value(u"geometry"_s).toObject());
        if (feature.polygons.isEmpty() && feature.lines.isEmpty())
            continue;
        double west = 180, south = 90, east = -180, north = -90;
        const auto extend = [&](const Ring& ring) {
            for (const QPointF& p : ring) {
                west = std::min(west, p.x());
                east = std::max(east, p.x());
                south = std::min(south, p.y());
                north = std::max(north, p.y());
            }
        };
        for (const Polygon& polygon : feature.polygons)
            extend(polygon.front());
        for (const Ring& line : feature.lines)
            extend(line);
        feature.bounds = QRectF(QPointF(west, south), QPointF(east, north));
        layer.bounds = layer.bounds.isNull() ? feature.bounds : layer.bounds.united(feature.bounds);
        layer.features.append(feature);
    }
    if (layer.features.isEmpty())
        return Error{ErrorCode::Validation,
                     GeoText::tr("The map layer has no areas or lines (Polygon, MultiPolygon, LineString)"),
                     name};
    return layer;
}

const Feature* Layer::featureAt(const QPointF& lonLat) const
{
    for (const Feature& f : features) {
        if (f.contains(lonLat))
            return &f;
    }
    return nullptr;
}

} // namespace cityops::geo
