// The built-in stations against real district boundaries nobody on this project drew
// (../shared/data/geo, GADM-derived, read at test time and never copied).

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/geo/geojson.h"

#include <QPointF>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

TEST(StationGeography, EveryStationLiesInItsDistrict)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    const auto layer = geo::Layer::load(test::sharedDataDir() + u"/geo/danang_districts.geojson"_s);
    ASSERT_TRUE(layer.ok());
    ASSERT_EQ(layer->features.size(), 7);

    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());

    // GSO code → the district's shape, keyed through the catalog's own areas.
    QHash<QString, const geo::Feature*> districtShapes;
    for (const geo::Feature& f : layer->features)
        districtShapes.insert(f.property(u"gso_code"_s), &f);

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
            if (it.value()->contains(point))
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
