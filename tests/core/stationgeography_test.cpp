// The built-in stations against real district boundaries nobody on this project drew
// (../shared/data/geo, GADM-derived, read at test time and never copied).

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

using Ring = QList<QPointF>;
using Polygon = QList<Ring>; // outer ring, then holes

bool inRing(const QPointF& p, const Ring& ring)
{
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

bool inPolygons(const QPointF& p, const QList<Polygon>& polygons)
{
    for (const Polygon& polygon : polygons) {
        if (polygon.isEmpty() || !inRing(p, polygon.first()))
            continue;
        if (std::none_of(polygon.begin() + 1, polygon.end(),
                         [&](const Ring& hole) { return inRing(p, hole); }))
            return true;
    }
    return false;
}

Ring ringOf(const QJsonArray& coordinates)
{
    Ring ring;
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
        result.append(polygon);
    };
    if (geometry.value(u"type"_s).toString() == u"Polygon"_s) {
        addPolygon(geometry.value(u"coordinates"_s).toArray());
    } else {
        for (const QJsonValue& p : geometry.value(u"coordinates"_s).toArray())
            addPolygon(p.toArray());
    }
    return result;
}

} // namespace

TEST(StationGeography, EveryStationLiesInItsDistrict)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QFile file(test::sharedDataDir() + u"/geo/danang_districts.geojson"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray features =
        QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray();
    ASSERT_EQ(features.size(), 7);

    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());

    // GSO code → the district's polygons, keyed through the catalog's own areas.
    QHash<QString, QList<Polygon>> districtShapes;
    for (const QJsonValue& f : features) {
        const QString code = f.toObject().value(u"properties"_s).toObject().value(u"gso_code"_s).toString();
        districtShapes.insert(code, polygonsOf(f.toObject().value(u"geometry"_s).toObject()));
    }

    int camLeDrawnInHoaVang = 0;
    for (const Station& station : catalog->stations) {
        SCOPED_TRACE(station.id.toStdString());
        const QPointF point(station.longitude, station.latitude);
        const Area* area = catalog->area(station.area);
        ASSERT_NE(area, nullptr);
        ASSERT_TRUE(districtShapes.contains(area->gsoCode))
            << "no boundary for " << area->gsoCode.toStdString();
        QStringList containing;
        for (auto it = districtShapes.cbegin(); it != districtShapes.cend(); ++it) {
            if (inPolygons(point, it.value()))
                containing << it.key();
        }
        ASSERT_EQ(containing.size(), 1) << "a station must be on land inside exactly one district: "
                                        << containing.join(u","_s).toStdString();
        // Known quirk of this file: its Cẩm Lệ is drawn before the 2005 boundary and too
        // small, so Cầu Đỏ (Hòa Thọ Tây ward, Cẩm Lệ) falls in its Hòa Vang polygon.
        if (area->gsoCode == u"495"_s && containing.first() == u"497"_s) {
            ++camLeDrawnInHoaVang;
            continue;
        }
        EXPECT_EQ(containing.first(), area->gsoCode);
    }
    EXPECT_LE(camLeDrawnInHoaVang, 2) << "the old-shape allowance must stay an exception";
}
