// The wall: its playlist file, its pages rendered on the demo city, alarm colours on the
// groups, stale marking with the age, and kiosk mode kept across rotations.

#include "core/status/status.h"
#include "ui/charts/timeserieschart.h"
#include "ui/map/mapview.h"
#include "ui/theme/theme.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/walltiles.h"
#include "ui/wall/wallwindow.h"
#include "ui/widgets/offscreen.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;

QImage render(QWidget& window, QSize size)
{
    return ui::renderOffscreen(window, size).toImage();
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

ui::WallConfig builtInWall(const Catalog& catalog)
{
    auto config = ui::WallConfig::load(ui::WallConfig::defaultPath(), catalog);
    EXPECT_TRUE(config.ok()) << (config ? "" : config.error().detail.toStdString());
    return config ? *config : ui::WallConfig{};
}

} // namespace

TEST(Status, LevelsFollowThresholdsBandsAndDirection)
{
    const auto catalog = uitest::loadBuiltInCatalog();
    const Indicator& depth = *catalog->indicator(u"flood.depth"_s); // 30 / 50 / 100 cm
    EXPECT_EQ(status::levelOf(depth, 29.9), status::Level::Normal);
    EXPECT_EQ(status::levelOf(depth, 30), status::Level::Low);
    EXPECT_EQ(status::levelOf(depth, 50), status::Level::Medium);
    EXPECT_EQ(status::levelOf(depth, 120), status::Level::High);
    const Indicator& aqi = *catalog->indicator(u"air.aqi"_s); // 50 / 100 / 150 / 200 / 300
    EXPECT_EQ(status::levelOf(aqi, 120), status::Level::Normal);
    EXPECT_EQ(status::levelOf(aqi, 160), status::Level::Low);
    EXPECT_EQ(status::levelOf(aqi, 250), status::Level::Medium);
    EXPECT_EQ(status::levelOf(aqi, 320), status::Level::High);
    EXPECT_EQ(status::levelOf(*catalog->indicator(u"air.pm25"_s), 60), status::Level::Medium);
    const Indicator& ph = *catalog->indicator(u"water.ph"_s); // normal 6.5–8.5
    EXPECT_EQ(status::levelOf(ph, 7.2), status::Level::Normal);
    EXPECT_EQ(status::levelOf(ph, 9.1), status::Level::Medium);
    EXPECT_EQ(status::levelOf(ph, 5.9), status::Level::Medium);
    EXPECT_EQ(status::levelOf(*catalog->indicator(u"fishing.vessels-at-sea"_s), 5000), status::Level::Normal);

    EXPECT_EQ(status::staleAfterMs(5 * kMinute), 20 * kMinute);
    EXPECT_EQ(status::staleAfterMs(60 * kMinute), 180 * kMinute);
    const auto fresh = status::stateOf(depth, 5 * kMinute, store::Point{1000, 60, store::Quality::Good},
                                       1000 + 19 * kMinute);
    EXPECT_FALSE(fresh.stale);
    EXPECT_EQ(fresh.level, status::Level::Medium);
    const auto old = status::stateOf(depth, 5 * kMinute, store::Point{1000, 60, store::Quality::Good},
                                     1000 + 21 * kMinute);
    EXPECT_TRUE(old.stale);
    EXPECT_EQ(old.ageMs, 21 * kMinute);
}

TEST(WallConfig, TheBuiltInWallIsValid)
{
    const auto catalog = uitest::loadBuiltInCatalog();
    const ui::WallConfig wall = builtInWall(*catalog);
    ASSERT_EQ(wall.screens.size(), 2);
    EXPECT_GE(wall.screens[0].pages.size(), 4);
    EXPECT_EQ(wall.screens[0].rotateSeconds, 30);
    // The sensor page of screen 2: 16 live charts and the map (the 4K benchmark's page).
    const ui::WallPage& sensors = wall.screens[1].pages[0];
    EXPECT_EQ(std::count_if(sensors.tiles.begin(), sensors.tiles.end(),
                            [](const ui::WallTile& t) { return t.type == ui::WallTile::Type::Chart; }),
              16);
    EXPECT_EQ(std::count_if(sensors.tiles.begin(), sensors.tiles.end(),
                            [](const ui::WallTile& t) { return t.type == ui::WallTile::Type::Map; }),
              1);
}

TEST(WallConfig, ReportsEveryProblemWithItsPlace)
{
    const auto catalog = uitest::loadBuiltInCatalog();
    const QByteArray json = R"({"format": "cityops-wall/1", "screens": [{"rotateSeconds": 2, "pages": [
        {"title": {"vi": "Trang", "en": "Page"}, "columns": 2, "rows": 2, "tiles": [
          {"type": "chart", "indicator": "flood.nope", "col": 0, "row": 0},
          {"type": "gauge", "col": 1, "row": 0},
          {"type": "map", "indicator": "flood.depth", "col": 0, "row": 1},
          {"type": "clock", "col": 0, "row": 1},
          {"type": "kpi", "indicator": "ps.online-submission", "col": 5, "row": 0, "colour": "red"}
        ]}]}]})";
    const auto parsed = ui::WallConfig::parse(json, u"bad.json"_s, *catalog);
    ASSERT_FALSE(parsed.ok());
    const QString detail = parsed.error().detail;
    for (const QString& expected :
         {u"bad.json: /screens/0/rotateSeconds:"_s,
          u"/screens/0/pages/0/tiles/0/indicator: unknown indicator 'flood.nope'"_s,
          u"/screens/0/pages/0/tiles/1/type: unknown tile type 'gauge'"_s,
          u"/screens/0/pages/0/tiles/2/indicator: a map colours districts"_s,
          u"/screens/0/pages/0/tiles/3: overlaps tile 2"_s, u"/screens/0/pages/0/tiles/4/col:"_s,
          u"/screens/0/pages/0/tiles/4/colour: unknown key"_s}) {
        EXPECT_TRUE(detail.contains(expected)) << expected.toStdString() << "\n---\n" << detail.toStdString();
    }
    EXPECT_FALSE(ui::WallConfig::parse("{not json", u"x.json"_s, *catalog).ok());
}

TEST(Wall, EveryPageRendersNonBlankWithItsTiles)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(2);
    live.context.demo = true;
    const ui::WallConfig wall = builtInWall(*live.catalog);
    for (int s = 0; s < wall.screens.size(); ++s) {
        ui::WallWindow window(live.context, wall.screens[s], s);
        for (int p = 0; p < window.pageCount(); ++p) {
            SCOPED_TRACE(QStringLiteral("screen %1 page %2").arg(s).arg(p).toStdString());
            window.showPage(p);
            const QImage image = render(window, QSize(1920, 1080));
            EXPECT_GT(distinctColours(image), 60);
            const QList<ui::LiveTile*> tiles = window.tilesOfPage(p);
            EXPECT_EQ(tiles.size(), wall.screens[s].pages[p].tiles.size());
            for (ui::LiveTile* tile : tiles) {
                EXPECT_TRUE(tile->isVisible());
                EXPECT_GT(tile->width(), 100);
                if (auto* chart = qobject_cast<ui::ChartTile*>(tile)) {
                    EXPECT_NE(chart->valueText(), u"—"_s) << tile->title().toStdString();
                    EXPECT_GT(chart->chart()->drawnPoints(), 10) << tile->title().toStdString();
                }
            }
            EXPECT_TRUE(window.isDemoBannerShown());
        }
    }
}

TEST(Wall, AStaleSeriesIsMarkedWithItsAge)
{
    uitest::LiveFixture live(Language::English);
    const QString tower = u"flood.thanh-khe.dien-bien-phu"_s;
    // Five-minute readings that stopped 3 h 10 min ago.
    std::vector<store::Point> points;
    for (qint64 t = live.clock.nowMs() - 24 * 60 * kMinute; t <= live.clock.nowMs() - 190 * kMinute;
         t += 5 * kMinute)
        points.push_back({t, 12, store::Quality::Good});
    live.data.insert({u"flood.depth"_s, tower}, points);
    ui::WallTile spec;
    spec.type = ui::WallTile::Type::Chart;
    spec.indicator = u"flood.depth"_s;
    spec.place = tower;
    ui::ChartTile tile(live.context, spec, nullptr);
    tile.refresh();
    EXPECT_TRUE(tile.isStaleShown());
    EXPECT_EQ(tile.staleText(), u"STALE 3 h 10 min"_s);
    EXPECT_EQ(tile.state(), u"stale"_s);

    // A fresh reading clears it.
    const store::Point now{live.clock.nowMs(), 14, store::Quality::Good};
    live.data.insert({u"flood.depth"_s, tower}, std::span(&now, 1));
    tile.refresh();
    EXPECT_FALSE(tile.isStaleShown());
    EXPECT_EQ(tile.state(), u"normal"_s);
}

TEST(Wall, AnAbnormalGroupTakesItsAlarmColour)
{
    uitest::LiveFixture live(Language::English);
    const qint64 now = live.clock.nowMs();
    const store::Point deep{now - 5 * kMinute, 120, store::Quality::Good}; // above the 100 cm alarm
    const store::Point calm{now - 5 * kMinute, 3, store::Quality::Good};
    live.data.insert({u"flood.depth"_s, u"flood.thanh-khe.dien-bien-phu"_s}, std::span(&deep, 1));
    live.data.insert({u"traffic.speed"_s, u"traffic.nga-ba-hue"_s}, std::span(&calm, 1));
    const store::Point old{now - 6 * 3'600'000, 3, store::Quality::Good};
    live.data.insert({u"air.pm25"_s, u"air.hai-chau"_s}, std::span(&old, 1));

    ui::GroupsTile tile(live.context, nullptr);
    tile.setStyleSheet(ui::Theme::wall().styleSheet());
    tile.refresh();
    const QImage image = render(tile, QSize(900, 600));
    const auto states = tile.cellStates();
    EXPECT_EQ(states.value(u"rain-flood"_s), u"high"_s);
    EXPECT_EQ(states.value(u"traffic"_s), u"normal"_s);
    EXPECT_EQ(states.value(u"air"_s), u"stale"_s);
    EXPECT_EQ(states.value(u"health"_s), u"nodata"_s);

    // Seen from across the room: the flood cell is filled with the alarm red, the
    // traffic cell is not.
    const auto cells = tile.findChildren<QFrame*>(u"groupCell"_s);
    ASSERT_EQ(cells.size(), 15);
    const auto colourAt = [&](const QString& group) {
        for (QFrame* cell : cells) {
            if (cell->toolTip() == live.catalog->group(group)->description.in(Language::English))
                return QColor(image.pixel(cell->mapTo(&tile, QPoint(cell->width() - 6, cell->height() / 2))));
        }
        return QColor();
    };
    EXPECT_EQ(colourAt(u"rain-flood"_s), ui::Theme::wall().alarmHigh);
    EXPECT_NE(colourAt(u"traffic"_s), ui::Theme::wall().alarmHigh);
}

TEST(Wall, RotationKeepsTheKioskFullScreen)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(1);
    const ui::WallConfig wall = builtInWall(*live.catalog);
    ui::WallWindow window(live.context, wall.screens[0], 0);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.showKiosk();
    QApplication::processEvents();
    ASSERT_TRUE(window.isFullScreen());
    QStringList titles;
    for (int i = 0; i < 2 * window.pageCount(); ++i) {
        window.nextPage();
        QApplication::processEvents();
        EXPECT_TRUE(window.isFullScreen()) << "rotation " << i;
        titles << window.pageTitle();
    }
    EXPECT_EQ(window.currentPage(), 0);
    EXPECT_EQ(QSet<QString>(titles.begin(), titles.end()).size(), window.pageCount());
    // The kiosk does not close on a plain close request.
    window.close();
    EXPECT_TRUE(window.isVisible());
}

TEST(Wall, TheMapTileDrawsItsAreasWhenDataArrivesAfterStart)
{
    // The live console starts empty and the archive's history arrives later.
    uitest::LiveFixture live(Language::English);
    ui::WallTile spec;
    spec.type = ui::WallTile::Type::Map;
    spec.indicator = u"flood.active-points"_s;
    spec.markers = u"flood.depth"_s;
    ui::MapTile tile(live.context, spec, nullptr);
    tile.setStyleSheet(ui::Theme::wall().styleSheet());
    tile.refresh();
    render(tile, QSize(900, 700));
    live.fillDemo(1);
    tile.refresh();
    QApplication::processEvents();
    const QImage image = tile.grab().toImage();
    ui::MapView* map = tile.map();
    const QPoint hoaVang = map->mapTo(&tile, map->mapFromScene(ui::MapView::toScene(QPointF(107.95, 16.03))));
    EXPECT_NE(QColor(image.pixel(hoaVang)), map->backgroundBrush().color()) << "Hoa Vang is drawn";
    EXPECT_EQ(map->markerItemCount(), 12);
}

TEST(Wall, TheKioskMapStaysOnTheCityWhenDataArrivesAfterTheFirstFrame)
{
    uitest::LiveFixture live(Language::English);
    const ui::WallConfig wall = builtInWall(*live.catalog);
    ui::WallWindow window(live.context, wall.screens[0], 0);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.showKiosk();
    QApplication::processEvents();
    live.fillDemo(1); // the archive's history arrives after the first frame
    window.refreshNow();
    QApplication::processEvents();
    ui::MapView* map = nullptr;
    for (ui::LiveTile* tile : window.tilesOfPage(0)) {
        if (auto* m = qobject_cast<ui::MapTile*>(tile))
            map = m->map();
    }
    ASSERT_TRUE(map);
    EXPECT_EQ(map->markerItemCount(), 12);
    EXPECT_EQ(map->caption(), u"Schematic map — not official boundaries"_s)
        << "the built-in map says what it is";
    const QRectF visible = map->mapToScene(map->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(ui::MapView::toScene(QPointF(108.2208, 16.0678)))) << "city hall in view";
    EXPECT_LT(visible.width(), 200'000) << "zoomed on the city, not the world";
}

TEST(Wall, SaysSoWhenTheDataCannotBeRead)
{
    uitest::LiveFixture live(Language::English);
    const ui::WallConfig wall = builtInWall(*live.catalog);
    ui::WallWindow window(live.context, wall.screens[0], 0);
    render(window, QSize(1920, 1080));
    // Nothing connected and nothing received: that is said too (loss of view is an alarm).
    EXPECT_TRUE(window.problemText().startsWith(u"DATA LOST — no data"_s))
        << window.problemText().toStdString();
    live.data.followArchive(*store::ArchiveLocation::parse(u"/nonexistent/cityops/archive.sqlite"_s),
                            86'400'000, 100);
    QDeadlineTimer deadline(10'000);
    while (!window.problemText().contains(u"cannot be read"_s) && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_TRUE(window.problemText().startsWith(u"DATA LOST — the archive cannot be read"_s))
        << window.problemText().toStdString();
    EXPECT_TRUE(window.problemText().contains(u"/nonexistent/cityops/archive.sqlite"_s))
        << window.problemText().toStdString();
    // With nothing received, nothing is called normal.
    window.refreshNow();
    for (ui::LiveTile* tile : window.tilesOfPage(0)) {
        if (auto* alerts = qobject_cast<ui::AlertsTile*>(tile)) {
            EXPECT_TRUE(alerts->rows().isEmpty());
            EXPECT_EQ(alerts->state(), u"nodata"_s);
        }
    }
    live.data.stopFollowing();
}

TEST(Wall, AlertsShowEveryIndicatorInAlarmBeforeRepeatingOne)
{
    uitest::LiveFixture live(Language::English);
    const qint64 now = live.clock.nowMs();
    int gauges = 0;
    for (const Station& station : live.catalog->stations) {
        if (station.kind != u"rain-gauge"_s)
            continue;
        const store::Point wet{now - 5 * kMinute, 300, store::Quality::Good}; // far above 100 mm
        live.data.insert({u"flood.rain-24h"_s, station.id}, std::span(&wet, 1));
        ++gauges;
    }
    ASSERT_GE(gauges, 8);
    const store::Point deep{now - 5 * kMinute, 140, store::Quality::Good};
    live.data.insert({u"flood.depth"_s, u"flood.cam-le.hoa-xuan"_s}, std::span(&deep, 1));
    ui::AlertsTile tile(live.context, nullptr);
    tile.refresh();
    ASSERT_GE(tile.rows().size(), 2);
    EXPECT_TRUE(tile.rows()[0].contains(u"24"_s)) << tile.rows()[0].toStdString();
    EXPECT_TRUE(tile.rows()[1].contains(u"140 cm"_s)) << tile.rows()[1].toStdString();
    EXPECT_EQ(tile.state(), u"high"_s);
}
