#pragma once

// Web Mercator (EPSG:3857): the projection of web maps and of XYZ / MBTiles basemaps.

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cityops::geo {

inline constexpr double kEarthRadius = 6378137.0; // metres, WGS 84 semi-major axis
inline constexpr double kMaxLatitude = 85.05112878;

// Longitude/latitude in degrees → metres east/north.
inline QPointF toMercator(const QPointF& lonLat)
{
    const double lat = std::clamp(lonLat.y(), -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    return {kEarthRadius * lonLat.x() * std::numbers::pi / 180.0,
            kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + lat / 2))};
}

inline QPointF fromMercator(const QPointF& metres)
{
    return {metres.x() / kEarthRadius * 180.0 / std::numbers::pi,
            (2 * std::atan(std::exp(metres.y() / kEarthRadius)) - std::numbers::pi / 2) * 180.0 /
                std::numbers::pi};
}

} // namespace cityops::geo
