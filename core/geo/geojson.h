#pragma once

// GeoJSON areas (Polygon and MultiPolygon features) and point-in-area tests, in longitude /
// latitude degrees. Used by the map (drawing, hit-testing) and by tests that check the
// catalog's stations against real boundaries.

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace cityops::geo {

using Ring = QList<QPointF>; // x = longitude, y = latitude
using Polygon = QList<Ring>; // the outer ring, then holes

struct Feature
{
    QJsonObject properties;
    QList<Polygon> polygons;
    QList<Ring> lines; // LineString / MultiLineString features: coastlines, rivers, roads
    QRectF bounds;     // in degrees

    bool contains(const QPointF& lonLat) const;
    QString property(const QString& key) const { return properties.value(key).toVariant().toString(); }
};

struct Layer
{
    QString name;
    QList<Feature> features;
    QRectF bounds;

    // The GeoJSON FeatureCollection in `path`: (Multi)Polygons are areas, (Multi)LineStrings
    // are lines; other geometries (points) are skipped.
    static Result<Layer> load(const QString& path);
    static Result<Layer> parse(const QByteArray& json, const QString& name);
    // The first feature containing the point, or nullptr.
    const Feature* featureAt(const QPointF& lonLat) const;
};

} // namespace cityops::geo
