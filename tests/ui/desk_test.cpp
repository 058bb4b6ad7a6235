// The desk: group pages on the demo city, the district filter from the map, the
// zoomable history chart, the comparison bars, and switching the language at run time.

#include "core/common/translations.h"
#include "core/geo/mercator.h"
#include "ui/charts/timeserieschart.h"
#include "ui/map/basemap.h"
#include "ui/map/mapview.h"
#include "ui/shell/deskpages.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/comparisonbars.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/offscreen.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

using uitest::visibleTexts;

void show(QWidget& widget, QSize size)
{
    ui::renderOffscreen(widget, size);
}

} // namespace

TEST(Desk, SelectingADistrictOnTheMapFiltersThePage)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(2);
    ui::MainWindow window(live.context);
    show(window, QSize(1920, 1080));
    ui::GroupPage* page = window.groupPage(u"rain-flood"_s);
    ASSERT_TRUE(page);
    EXPECT_EQ(window.currentGroup(), 3);
    EXPECT_EQ(page->filterText(), u"Whole city"_s);

    // A click on Hải Châu (city hall) on the map.
    const QPoint at = page->map()->mapFromScene(ui::MapView::toScene(QPointF(108.2208, 16.0678)));
    EXPECT_EQ(page->map()->areaAt(QPointF(108.2208, 16.0678)), u"492"_s);
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(at),
                      page->map()->viewport()->mapToGlobal(QPointF(at)), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(page->map()->viewport(), &press);
    EXPECT_EQ(page->selectedArea(), u"hai-chau"_s);
    EXPECT_TRUE(page->filterText().startsWith(u"District: Hai Chau"_s)) << page->filterText().toStdString();
    EXPECT_EQ(page->map()->selectedArea(), u"492"_s);

    // The indicators now speak of Hải Châu's stations; the chart shows one of them.
    page->selectIndicator(u"flood.depth"_s);
    const QString place = page->indicatorPage()->place();
    ASSERT_TRUE(live.catalog->station(place)) << place.toStdString();
    EXPECT_EQ(live.catalog->station(place)->area, u"hai-chau"_s);
    for (const auto& bar : page->indicatorPage()->bars()->bars())
        EXPECT_EQ(live.catalog->station(bar.key)->area, u"hai-chau"_s) << bar.key.toStdString();
    const QStringList rows = page->indicatorRows();
    EXPECT_TRUE(rows.join(u'\n').contains(u"Nguyen Tri Phuong"_s) ||
                rows.join(u'\n').contains(u"Nguyễn Tri Phương"_s))
        << rows.join(u" | "_s).toStdString();

    // An area indicator compares every district; a second click clears the filter.
    page->selectIndicator(u"flood.active-points"_s);
    EXPECT_EQ(page->indicatorPage()->bars()->bars().size(), 7);
    QApplication::sendEvent(page->map()->viewport(), &press);
    EXPECT_EQ(page->selectedArea(), QString());
}

TEST(Desk, TheHistoryChartZoomsFromHoursToYearsAndPans)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(7);
    ui::IndicatorPage page(live.context);
    show(page, QSize(1400, 900));
    page.showIndicator(u"traffic.flow"_s, QString());
    ui::TimeSeriesChart* chart = page.chart();
    const qint64 now = live.clock.nowMs();
    EXPECT_EQ(chart->to() - chart->from(), 24 * 3'600'000LL + 1);
    chart->zoom(0.5, now);
    EXPECT_NEAR(double(chart->to() - chart->from()), 12 * 3'600'000.0, 1000);
    EXPECT_NEAR(double(chart->to()), double(now), 1000) << "zoom keeps the anchor in place";
    chart->pan(-3'600'000);
    EXPECT_NEAR(double(chart->to()), double(now - 3'600'000), 1000);
    chart->zoom(1e-6, now);
    EXPECT_EQ(chart->to() - chart->from(), 3'600'000) << "an hour at most";
    chart->zoom(1e9, now);
    EXPECT_EQ(chart->to() - chart->from(), 5 * 366 * 86'400'000LL) << "five years at least";
    page.showLast(24 * 7);
    chart->refreshNow();
    EXPECT_GT(chart->drawnPoints(), 100);
    EXPECT_EQ(page.bars()->bars().size(), 11) << "the 11 intersections compared";
}

TEST(Desk, KpiPageComparesWithTheNationalFigureAndTargets)
{
    uitest::LiveFixture live(Language::English);
    ui::IndicatorPage page(live.context);
    show(page, QSize(1400, 900));
    page.showIndicator(u"ps.fully-online-dossiers"_s, QString());
    QStringList labels;
    for (const auto& bar : page.bars()->bars())
        labels << bar.label + u'=' + bar.text;
    EXPECT_TRUE(labels.contains(u"Da Nang City=66%"_s)) << labels.join(u" | "_s).toStdString();
    EXPECT_TRUE(labels.contains(u"national=17%"_s)) << labels.join(u" | "_s).toStdString();
    ASSERT_TRUE(page.kpiCard());
}

TEST(Desk, SwitchingTheLanguageChangesTheVisibleText)
{
    uitest::LiveFixture live(Language::English);
    installTranslations(*QCoreApplication::instance(), Language::English);
    ui::MainWindow window(live.context);
    show(window, QSize(1920, 1080));
    EXPECT_EQ(window.navigationTexts().value(0), u"Overview"_s);
    EXPECT_EQ(window.navigationTexts().value(1), u"1  Traffic"_s);
    EXPECT_TRUE(visibleTexts(window).contains(u"national 48% · ×2.0"_s));
    window.showGroup(3);

    window.setLanguage(Language::Vietnamese);
    QApplication::processEvents();
    EXPECT_EQ(window.navigationTexts().value(0), u"Tổng quan"_s);
    EXPECT_EQ(window.navigationTexts().value(1), u"1  Giao thông"_s);
    EXPECT_EQ(window.currentGroup(), 3) << "the user stays on the page";
    window.showGroup(0);
    QApplication::processEvents();
    const QStringList texts = visibleTexts(window);
    EXPECT_TRUE(texts.contains(u"cả nước 48% · ×2,0"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

    window.setLanguage(Language::English);
    EXPECT_EQ(window.navigationTexts().value(0), u"Overview"_s);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
}

TEST(MapView, MarkersAreUpdatedInPlaceAndClusteredBeyondAFewHundred)
{
    uitest::LiveFixture live(Language::English);
    ui::MapView map(ui::Theme::wall());
    map.addAreaLayer(*live.context.mapLayer, u"gso_code"_s, u"name"_s);
    show(map, QSize(800, 600));
    QList<ui::MapMarker> markers;
    for (int i = 0; i < 1000; ++i) {
        const double a = i * 0.61803398875 * 2 * std::numbers::pi;
        const double r = 0.05 * std::sqrt(i / 1000.0);
        markers << ui::MapMarker{
            u"m%1"_s.arg(i),        QPointF(108.15 + r * std::cos(a), 16.03 + r * std::sin(a)),
            u"station %1"_s.arg(i), QString(),
            status::Level::Normal,  false};
    }
    markers[7].level = status::Level::High;
    map.setMarkers(markers);
    EXPECT_EQ(map.markerItemCount(), 1000);
    EXPECT_GT(map.visibleClusterCount(), 0);
    EXPECT_LT(map.visibleMarkerCount() + map.visibleClusterCount(), 400) << "clustered on screen";

    const auto* before = map.markerItem(u"m7"_s);
    markers[7].level = status::Level::Normal;
    markers[8].stale = true;
    map.setMarkers(markers);
    EXPECT_EQ(map.markerItem(u"m7"_s), before) << "updated in place, not rebuilt";
    EXPECT_EQ(map.markerItemCount(), 1000);

    // A few markers are never clustered.
    map.setMarkers(markers.mid(0, 20));
    EXPECT_EQ(map.markerItemCount(), 20);
    EXPECT_EQ(map.visibleClusterCount(), 0);
    EXPECT_EQ(map.visibleMarkerCount(), 20);
}

TEST(MapView, DrawsAnMbTilesBasemapUnderTheAreas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"city.mbtiles"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-mbtiles"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"CREATE TABLE metadata (name TEXT, value TEXT)"_s));
        ASSERT_TRUE(q.exec(
            u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"_s));
        ASSERT_TRUE(
            q.exec(u"INSERT INTO metadata VALUES ('minzoom', '5'), ('maxzoom', '14'), ('name', 'test')"_s));
        const QByteArray png = uitest::pngTile(QColor(200, 0, 0));
        // Every tile around Da Nang at every zoom (TMS rows count from the south).
        for (int z = 5; z <= 14; ++z) {
            const int n = 1 << z;
            const double lat = 16.05 * std::numbers::pi / 180;
            const int x = int((108.2 + 180) / 360 * n);
            const int y = int((1 - std::log(std::tan(lat) + 1 / std::cos(lat)) / std::numbers::pi) / 2 * n);
            for (int dx = -3; dx <= 3; ++dx) {
                for (int dy = -3; dy <= 3; ++dy) {
                    q.prepare(u"INSERT INTO tiles VALUES (?, ?, ?, ?)"_s);
                    q.addBindValue(z);
                    q.addBindValue(x + dx);
                    q.addBindValue(n - 1 - (y + dy));
                    q.addBindValue(png);
                    ASSERT_TRUE(q.exec());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make-mbtiles"_s);

    uitest::LiveFixture live(Language::English);
    ui::MapView map(ui::Theme::wall());
    map.addAreaLayer(*live.context.mapLayer, u"gso_code"_s, u"name"_s);
    show(map, QSize(800, 600));
    const QPoint sea = map.mapFromScene(ui::MapView::toScene(QPointF(108.31, 16.04)));
    const QColor without = QColor(map.grab().toImage().pixel(sea));
    auto source = ui::TileSource::open(path, QString());
    ASSERT_TRUE(source.ok()) << source.error().toString().toStdString();
    map.setBasemap(std::move(*source));
    EXPECT_GE(map.basemapZoom(), 5);
    const QColor with = QColor(map.grab().toImage().pixel(sea));
    EXPECT_LT(without.red(), 60);
    EXPECT_GT(with.red(), 150) << with.name().toStdString();
    EXPECT_FALSE(ui::TileSource::open(dir.filePath(u"missing.mbtiles"_s), QString()).ok());
    EXPECT_FALSE(ui::TileSource::open(u"https://tiles.example/no-placeholders.png"_s, QString()).ok());
}

TEST(MapView, FetchesXyzTilesOnceAndKeepsThemWhenTheServerIsGone)
{
    const QByteArray png = uitest::pngTile(QColor(200, 0, 0));

    // A tile server on 127.0.0.1 that serves red tiles and counts its requests.
    auto server = std::make_unique<QHttpServer>();
    int served = 0;
    server->setMissingHandler([&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        ++served;
        QHttpServerResponse response(request.url().path().startsWith(u"/tiles/"_s) ? "image/png"
                                                                                   : "text/plain",
                                     request.url().path().startsWith(u"/tiles/"_s) ? png : QByteArray("no"));
        response.setHeader("Cache-Control", "max-age=86400");
        response.write(std::move(responder));
    });
    const quint16 port = server->listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);
    const QString url = u"http://127.0.0.1:%1/tiles/{z}/{x}/{y}"_s.arg(port);
    QTemporaryDir cache;

    uitest::LiveFixture live(Language::English);
    ui::MapView map(ui::Theme::wall());
    map.addAreaLayer(*live.context.mapLayer, u"gso_code"_s, u"name"_s);
    show(map, QSize(800, 600));
    const QPoint sea = map.mapFromScene(ui::MapView::toScene(QPointF(108.31, 16.04)));
    const auto waitForRed = [&] {
        QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired()) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            if (QColor(map.grab().toImage().pixel(sea)).red() > 150)
                return true;
        }
        return false;
    };

    auto source = ui::TileSource::open(url, cache.path());
    ASSERT_TRUE(source.ok());
    map.setBasemap(std::move(*source));
    ASSERT_TRUE(waitForRed()) << "tiles fetched and drawn";
    EXPECT_GT(served, 0);
    const int fetched = served;
    map.grab();
    QApplication::processEvents();
    EXPECT_EQ(served, fetched) << "a tile is fetched once";

    // The network goes: a new session draws from the disk cache.
    server.reset();
    auto cached = ui::TileSource::open(url, cache.path());
    ASSERT_TRUE(cached.ok());
    map.setBasemap(std::move(*cached));
    EXPECT_TRUE(waitForRed()) << "tiles from the disk cache";
}

TEST(Desk, ZoomingOutToAYearFetchesTheOlderHistory)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(2); // two days are loaded at start
    ui::IndicatorPage page(live.context);
    show(page, QSize(1400, 900));
    page.showIndicator(u"traffic.flow"_s, QString());
    const auto series = live.data.find(u"traffic.flow"_s, page.place());
    ASSERT_TRUE(series);
    const qint64 now = live.clock.nowMs();
    const auto first = [&] {
        return live.data.store().first(series->id)->t;
    };
    EXPECT_GE(first(), now - 3 * 86'400'000LL);

    page.showLast(24 * 365);
    QDeadlineTimer deadline(20'000);
    while (first() > now - 364 * 86'400'000LL && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_LE(first(), now - 364 * 86'400'000LL) << "a year of 5-minute readings generated on demand";
    EXPECT_GT(live.data.store().pointCount(series->id), 100'000u);
    page.chart()->refreshNow();
    EXPECT_GT(page.chart()->drawnPoints(), 1000);
    EXPECT_LE(live.data.loadedFrom(*series), now - 364 * 86'400'000LL);
}

TEST(Desk, AnIndicatorPageOpenedBeforeTheDataChartsItWhenItArrivesAndFollowsNow)
{
    uitest::LiveFixture live(Language::English);
    ui::IndicatorPage page(live.context);
    show(page, QSize(1400, 900));
    page.showIndicator(u"air.aqi"_s, QString()); // the archive has not answered yet
    EXPECT_TRUE(page.place().isEmpty());
    live.fillDemo(2);
    page.refresh();
    EXPECT_FALSE(page.place().isEmpty());
    page.chart()->refreshNow();
    EXPECT_GT(page.chart()->drawnPoints(), 10);

    // An hour later, the chart's window has moved with the clock; after a pan it stays put.
    live.clock.advanceMs(3'600'000);
    page.refresh();
    EXPECT_EQ(page.chart()->to(), live.clock.nowMs() + 1);
    page.chart()->pan(-6 * 3'600'000);
    const qint64 pannedTo = page.chart()->to();
    live.clock.advanceMs(3'600'000);
    page.refresh();
    EXPECT_EQ(page.chart()->to(), pannedTo);
}
