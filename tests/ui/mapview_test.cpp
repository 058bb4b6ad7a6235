// The map: Web Mercator, the real district boundaries (../shared/data/geo, read at test
// time), hit-testing, choropleth colours that follow the values, and the stations feeds add.

#include "core/geo/geojson.h"
#include "core/geo/mercator.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"
#include "ui/map/citymap.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"
#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

TEST(Mercator, ProjectsKnownCoordinates)
{
    // Da Nang city hall, 24 Trần Phú (108.2208 E, 16.0678 N); computed independently:
    // x = R·λ, y = R·ln(tan(π/4 + φ/2)), R = 6,378,137 m.
    const QPointF m = geo::toMercator(QPointF(108.2208, 16.0678));
    EXPECT_NEAR(m.x(), 12047084.349, 0.01);
    EXPECT_NEAR(m.y(), 1812575.720, 0.01);
    const QPointF back = geo::fromMercator(m);
    EXPECT_NEAR(back.x(), 108.2208, 1e-9);
    EXPECT_NEAR(back.y(), 16.0678, 1e-9);
    EXPECT_NEAR(geo::toMercator(QPointF(0, 0)).y(), 0, 1e-9);
    EXPECT_NEAR(geo::toMercator(QPointF(180, 0)).x(), 20037508.343, 0.01);
}

TEST(MapView, LoadsTheRealDistrictsAndHitTestsThem)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    for (const QString& file : {u"danang_districts.geojson"_s, u"danang_districts_full.geojson"_s}) {
        SCOPED_TRACE(file.toStdString());
        auto layer = geo::Layer::load(test::sharedDataDir() + u"/geo/"_s + file);
        ASSERT_TRUE(layer.ok()) << layer.error().toString().toStdString();
        ASSERT_EQ(layer->features.size(), 7);
        ui::MapView map(ui::Theme::wall());
        map.resize(800, 600);
        map.addAreaLayer(*layer, u"gso_code"_s, u"name"_s);
        EXPECT_EQ(map.areaCount(), 7);
        EXPECT_EQ(map.areaAt(QPointF(108.2208, 16.0678)), u"492"_s) << "city hall is in Hải Châu";
        EXPECT_EQ(map.areaAt(QPointF(108.2750, 16.1150)), u"493"_s) << "the peninsula is Sơn Trà";
        EXPECT_EQ(map.areaAt(QPointF(108.2450, 16.0000)), u"494"_s)
            << "the Marble Mountains are in Ngũ Hành Sơn";
        EXPECT_EQ(map.areaAt(QPointF(108.3500, 16.0500)), QString()) << "the sea is in no district";
        // The scene is the projection: the Hải Châu item contains the projected point.
        const QPointF scenePoint = ui::MapView::toScene(QPointF(108.2208, 16.0678));
        bool found = false;
        for (QGraphicsItem* item : map.scene()->items(scenePoint)) {
            if (item->data(0).toString() == u"492"_s)
                found = true;
        }
        EXPECT_TRUE(found);
    }
}

TEST(MapView, ChoroplethColoursFollowTheValues)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    auto layer = geo::Layer::load(test::sharedDataDir() + u"/geo/danang_districts.geojson"_s);
    ASSERT_TRUE(layer.ok());
    ui::MapView map(ui::Theme::wall());
    map.resize(900, 700);
    map.setAttribute(Qt::WA_DontShowOnScreen);
    map.show();
    map.addAreaLayer(*layer, u"gso_code"_s, u"name"_s);
    map.setChoropleth({{u"490"_s, 10}, {u"491"_s, 55}, {u"492"_s, 100}}, 10, 100, u"PM2.5"_s);
    EXPECT_EQ(map.colourOf(u"490"_s), ui::Theme::wall().rampColour(0));
    EXPECT_EQ(map.colourOf(u"492"_s), ui::Theme::wall().rampColour(1));
    EXPECT_EQ(map.colourOf(u"491"_s), ui::Theme::wall().rampColour(0.5));
    EXPECT_NE(map.colourOf(u"497"_s), ui::Theme::wall().rampColour(0))
        << "no value: neutral, not the low end";
    // Darker to lighter as the value grows.
    EXPECT_LT(map.colourOf(u"490"_s).lightness(), map.colourOf(u"492"_s).lightness());
    QApplication::processEvents();
    const QImage image = map.grab().toImage();
    const QPoint hc = map.mapFromScene(ui::MapView::toScene(QPointF(108.2208, 16.0678)));
    EXPECT_EQ(QColor(image.pixel(hc)), ui::Theme::wall().rampColour(1))
        << "the drawn Hải Châu has its colour";
    const auto* legend = map.findChild<QLabel*>(u"mapLegend"_s);
    ASSERT_TRUE(legend);
    EXPECT_TRUE(legend->isVisible());
    EXPECT_TRUE(legend->text().contains(u"PM2.5"_s));
}

// A sensor a feed describes while the console runs (a city adds them every week): its
// readings come first, as a station nobody has placed yet ("without a location", listed in
// the map's note); once the feed's description is in the archive the console follows, the
// map draws it where the feed says it is, named as the feed names it, without a restart.
TEST(CityMap, ASensorAFeedAddsWhileTheConsoleRunsIsDrawnWhereTheFeedSaysItIs)
{
    uitest::LiveFixture f;
    QTemporaryDir dir;
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
    auto archive = store::Archive::open(location);
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    const auto series = (*archive)->ensureSeries({u"air.pm25"_s, u"hoa-minh-01"_s}, u"ug/m3"_s);
    ASSERT_TRUE(series.ok());
    store::ArchiveBatch batch;
    batch.series.push_back(*series);
    batch.points.push_back({uitest::kMorningMs - 600'000, 41, store::Quality::Good});
    ASSERT_TRUE((*archive)->write(batch).ok());

    f.data.followArchive(location, 86'400'000, 100);
    const auto waitFor = [](const std::function<bool()>& done) {
        QDeadlineTimer deadline(10'000);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    ASSERT_TRUE(waitFor([&] { return f.data.find(u"air.pm25"_s, u"hoa-minh-01"_s).has_value(); }));
    std::unique_ptr<ui::MapView> map(ui::createCityMap(f.context, nullptr));
    ui::showLiveValues(*map, f.context, QString(), u"air.pm25"_s);
    EXPECT_EQ(map->markerItemCount(), 0);
    EXPECT_TRUE(map->unplacedText().contains(u"hoa-minh-01"_s)) << map->unplacedText().toStdString();

    const store::FeedStation described{u"hoa-minh-01"_s, u"Trạm Hòa Minh"_s, u"air-station"_s,
                                       u"new-sensors"_s, u"lien-chieu"_s,    std::pair(108.15, 16.07)};
    ASSERT_TRUE(store::recordFeedStations(**archive, {described}, uitest::kMorningMs).ok());
    ASSERT_TRUE(waitFor([&] { return f.data.station(u"hoa-minh-01"_s) != nullptr; }));
    ui::showLiveValues(*map, f.context, QString(), u"air.pm25"_s);
    EXPECT_EQ(map->markerItemCount(), 1);
    EXPECT_FALSE(map->unplacedText().contains(u"hoa-minh-01"_s)) << map->unplacedText().toStdString();
    EXPECT_EQ(f.context.placeName(u"hoa-minh-01"_s), u"Trạm Hòa Minh"_s);
    f.data.stopFollowing();
}
