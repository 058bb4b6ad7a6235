// What a new user ran into (issue 11), as the tests that failed before it was fixed: real
// data in an archive reaching the screen, loss of data shown loudly, the wall owning its
// keys, the desk's cards never clipping and reflowing at 1366×768, charts that stay within
// what a quantity can be, and map labels, markers, legend and caption that never overlap.

#include "core/common/translations.h"
#include "core/live/livedata.h"
#include "core/store/archive.h"
#include "ui/charts/timeserieschart.h"
#include "ui/map/mapview.h"
#include "ui/shell/deskpages.h"
#include "ui/shell/mainwindow.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/walltiles.h"
#include "ui/wall/wallwindow.h"
#include "ui/widgets/comparisonbars.h"
#include "ui/widgets/fitlabel.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/offscreen.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"
#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'796'140'800'000; // 2026-12-01T00:00+07:00: the I-94 file ends in 2018

void waitFor(const std::function<bool()>& done, int ms = 20'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The real I-94 traffic counts, ingested as a user does (`cityops-cli ingest`).
QString ingestI94(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(u"i94.sqlite"_s);
    const auto run = test::runCli(
        {u"ingest"_s, u"--db"_s, db, u"--mapping"_s,
         test::testDataDir() + u"/mappings/metro_interstate_traffic_i94.json"_s,
         test::sharedDataDir() + u"/series/metro_interstate_traffic_volume_I94_hourly_2012-2018.csv"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return db;
}

void follow(live::LiveData& data, const QString& db)
{
    const auto location = *store::ArchiveLocation::parse(db);
    bool loaded = false;
    QObject::connect(&data, &live::LiveData::loaded, &data, [&loaded] { loaded = true; });
    data.followArchive(location, 7 * 86'400'000LL, 200);
    data.setHistorySource(std::make_shared<store::ArchiveHistory>(location));
    waitFor([&] { return loaded; });
    ASSERT_TRUE(loaded) << "the archive's first read";
}

bool overlaps(const QRectF& a, const QList<QRectF>& others)
{
    return std::any_of(others.begin(), others.end(), [&](const QRectF& b) { return a.intersects(b); });
}

} // namespace

TEST(NewUser, TheArchivesOldRealDataReachesTheDeskAndTheWall)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString db = ingestI94(dir);
    uitest::LiveFixture live(Language::English, kNow);
    follow(live.data, db);

    ui::MainWindow window(live.context);
    ui::renderOffscreen(window, QSize(1920, 1080));
    ui::GroupPage* page = window.groupPage(u"traffic"_s);
    ASSERT_TRUE(page);
    window.refreshNow();
    // The station the catalog does not know is listed by its id, with its last value…
    const QStringList rows = page->indicatorRows();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(rows.join(u'\n').contains(u"i94-atr301"_s)) << rows.join(u" | "_s).toStdString();
    // …its chart opens on its data (2018), not on an empty "now"…
    page->showIndicatorRow(u"traffic.flow"_s);
    ui::IndicatorPage* detail = page->indicatorPage();
    detail->refresh();
    detail->chart()->refreshNow();
    EXPECT_EQ(detail->place(), u"i94-atr301"_s);
    EXPECT_LT(detail->chart()->to(), kNow - 365 * 86'400'000LL) << "the range ends at the last reading";
    EXPECT_GT(detail->chart()->drawnPoints(), 20) << "the last day of readings is drawn";
    // …the map lists it (no location to draw it at), the bars show it…
    EXPECT_TRUE(page->map()->unplacedText().contains(u"i94-atr301"_s))
        << page->map()->unplacedText().toStdString();
    ASSERT_FALSE(detail->bars()->bars().isEmpty());
    EXPECT_EQ(detail->bars()->bars().front().label, u"i94-atr301"_s);
    // …and the overview says what it reads, and that nothing new has come for years.
    window.showGroup(0);
    window.refreshNow();
    const QStringList texts = uitest::visibleTexts(window);
    EXPECT_TRUE(texts.join(u'\n').contains(u"newest reading"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_FALSE(texts.join(u'\n').contains(u"no live feed"_s));
    EXPECT_TRUE(window.dataLossText().startsWith(u"DATA LOST — nothing new for"_s))
        << window.dataLossText().toStdString();

    // The wall: the traffic group is stale (magenta), not "no data".
    auto config = ui::WallConfig::load(ui::WallConfig::defaultPath(), *live.catalog);
    ASSERT_TRUE(config.ok());
    ui::WallWindow wall(live.context, config->screens[0], 0);
    ui::renderOffscreen(wall, QSize(1920, 1080));
    wall.refreshNow();
    for (ui::LiveTile* tile : wall.tilesOfPage(0)) {
        if (auto* groups = qobject_cast<ui::GroupsTile*>(tile)) {
            EXPECT_EQ(groups->cellStates().value(u"traffic"_s), u"stale"_s);
        }
    }
    EXPECT_TRUE(wall.problemText().startsWith(u"DATA LOST"_s)) << wall.problemText().toStdString();
    live.data.stopFollowing();
}

TEST(NewUser, AnArchiveWithNothingFromTheCityIsDataLostNotCalm)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"empty.sqlite"_s);
    ASSERT_TRUE(store::Archive::open(*store::ArchiveLocation::parse(db)).ok());
    uitest::LiveFixture live(Language::Vietnamese, kNow);
    installTranslations(*QCoreApplication::instance(), Language::Vietnamese);
    follow(live.data, db);
    ui::MainWindow window(live.context);
    ui::renderOffscreen(window, QSize(1920, 1080));
    window.refreshNow();
    EXPECT_TRUE(window.dataLossText().startsWith(u"MẤT DỮ LIỆU"_s)) << window.dataLossText().toStdString();
    // No data is a mark of its own in the navigation, not a grey "normal" dot.
    live.data.stopFollowing();
    uitest::LiveFixture normal(Language::Vietnamese);
    normal.fillDemo(1);
    ui::MainWindow withData(normal.context);
    ui::renderOffscreen(withData, QSize(1920, 1080));
    withData.refreshNow();
    const QImage none = window.navigationMark(1);
    const QImage calm = withData.navigationMark(1); // traffic: normal at 08:00
    ASSERT_FALSE(none.isNull());
    EXPECT_NE(none, calm);
    EXPECT_EQ(qAlpha(none.pixel(8, 5)), 0) << "a hollow ring, not a disc";
    installTranslations(*QCoreApplication::instance(), Language::English);
}

TEST(NewUser, AnArchiveThatCannotBeReadIsSaidAcrossTheDesk)
{
    uitest::LiveFixture live(Language::English, kNow);
    ui::MainWindow window(live.context);
    ui::renderOffscreen(window, QSize(1366, 768));
    live.data.followArchive(*store::ArchiveLocation::parse(u"/nonexistent/cityops/archive.sqlite"_s),
                            86'400'000, 100);
    waitFor([&] {
        window.refreshNow();
        return !window.dataLossText().isEmpty();
    });
    EXPECT_TRUE(window.dataLossText().startsWith(u"DATA LOST — the archive cannot be read"_s))
        << window.dataLossText().toStdString();
    live.data.stopFollowing();
}

TEST(NewUser, TheWallOwnsItsKeysTheMapTakesNoFocus)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(1);
    auto config = ui::WallConfig::load(ui::WallConfig::defaultPath(), *live.catalog);
    ASSERT_TRUE(config.ok());
    ui::WallWindow wall(live.context, config->screens[0], 0);
    wall.resize(1920, 1080);
    wall.show();
    wall.activateWindow();
    QApplication::processEvents();
    for (QWidget* child : wall.findChildren<QWidget*>())
        EXPECT_EQ(child->focusPolicy(), Qt::NoFocus) << child->metaObject()->className();
    const int before = wall.currentPage();
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &wall;
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(target, &right);
    EXPECT_EQ(wall.currentPage(), (before + 1) % wall.pageCount()) << "the arrow paged the wall";
}

TEST(NewUser, KpiCardsNeverClipTheirFigureAndTheOverviewReflows)
{
    uitest::LiveFixture live(Language::Vietnamese);
    installTranslations(*QCoreApplication::instance(), Language::Vietnamese);
    live.fillDemo(2);
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        ui::MainWindow window(live.context);
        ui::renderOffscreen(window, size);
        window.refreshNow();
        ui::renderOffscreen(window, size);
        const QList<ui::KpiCard*> cards = window.findChildren<ui::KpiCard*>();
        ASSERT_EQ(cards.size(), live.catalog->kpis().size());
        for (ui::KpiCard* card : cards) {
            for (QLabel* label : card->findChildren<QLabel*>()) {
                if (label->objectName() != u"kpiValue"_s && label->objectName() != u"kpiUnit"_s)
                    continue;
                // Drawn whole: at full size, or smaller to fit, but never cut or elided.
                const auto* fit = qobject_cast<ui::FitLabel*>(label);
                const double scale = fit ? fit->fitScale() : 1.0;
                EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()) * scale, label->width() + 1.0)
                    << size.width() << ": " << card->indicator().id.toStdString() << " clips \""
                    << label->text().toStdString() << "\"";
                EXPECT_TRUE(fit) << "a figure that may elide";
            }
            const QPoint right = card->mapTo(&window, QPoint(card->width(), 0));
            EXPECT_LE(right.x(), size.width())
                << size.width() << ": " << card->indicator().id.toStdString() << " is cut off on the right";
        }
    }
    installTranslations(*QCoreApplication::instance(), Language::English);
}

TEST(NewUser, SwitchingTheLanguageKeepsTheSelectedIndicator)
{
    uitest::LiveFixture live(Language::English);
    installTranslations(*QCoreApplication::instance(), Language::English);
    live.fillDemo(1);
    ui::MainWindow window(live.context);
    ui::renderOffscreen(window, QSize(1920, 1080));
    ui::GroupPage* page = window.groupPage(u"rain-flood"_s);
    ASSERT_TRUE(page);
    ASSERT_TRUE(page->showIndicatorRow(u"flood.depth"_s));
    EXPECT_EQ(page->indicatorPage()->indicatorId(), u"flood.depth"_s);
    window.setLanguage(Language::Vietnamese);
    QApplication::processEvents();
    ui::GroupPage* after = window.groupPage(u"rain-flood"_s);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->indicatorPage()->indicatorId(), u"flood.depth"_s);
    window.setLanguage(Language::English);
}

TEST(NewUser, ChartsStayWithinWhatAQuantityCanBeInPlainNumbers)
{
    uitest::LiveFixture live(Language::English);
    // A flood tower reading 0 cm all day: the axis starts at 0, never at −1.
    std::vector<store::Point> dry;
    for (int i = 0; i < 288; ++i)
        dry.push_back({live.clock.nowMs() - i * 300'000LL, 0.0, store::Quality::Good});
    live.data.insert({u"flood.depth"_s, u"flood.hai-chau.nguyen-tri-phuong"_s}, dry);
    const Indicator& depth = *live.catalog->indicator(u"flood.depth"_s);
    ui::TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setValueBounds(depth.plausible.low, depth.plausible.high);
    chart.setSeries(&live.data.store(),
                    *live.data.store().find({u"flood.depth"_s, u"flood.hai-chau.nguyen-tri-phuong"_s}),
                    QString());
    chart.setRange(live.clock.nowMs() - 86'400'000, live.clock.nowMs() + 1);
    ui::renderOffscreen(chart, QSize(800, 400));
    chart.refreshNow();
    EXPECT_GE(chart.axisLow(), 0.0);
    EXPECT_GT(chart.axisHigh(), chart.axisLow());
    EXPECT_FALSE(chart.axisLabelFormat().contains(u'g')) << chart.axisLabelFormat().toStdString();
    EXPECT_FALSE(chart.axisLabelFormat().contains(u'e')) << chart.axisLabelFormat().toStdString();
}

TEST(NewUser, MapLabelsStepAsideForMarkersAndTheLegendLeavesTheCaptionAlone)
{
    uitest::LiveFixture live(Language::Vietnamese);
    live.fillDemo(1);
    auto config = ui::WallConfig::load(ui::WallConfig::defaultPath(), *live.catalog);
    ASSERT_TRUE(config.ok());
    ui::WallWindow wall(live.context, config->screens[0], 0);
    ui::renderOffscreen(wall, QSize(3840, 2160));
    wall.refreshNow();
    int maps = 0;
    for (ui::LiveTile* tile : wall.tilesOfPage(0)) {
        auto* mapTile = qobject_cast<ui::MapTile*>(tile);
        if (!mapTile)
            continue;
        ++maps;
        const QList<QRectF> markers = mapTile->map()->markerGeometries();
        ASSERT_FALSE(markers.isEmpty());
        const auto labels = mapTile->map()->labelGeometries();
        EXPECT_FALSE(labels.isEmpty());
        for (auto it = labels.begin(); it != labels.end(); ++it)
            EXPECT_FALSE(overlaps(it.value(), markers)) << "label of area " << it.key().toStdString();
    }
    EXPECT_EQ(maps, 1);

    ui::MainWindow desk(live.context);
    ui::renderOffscreen(desk, QSize(1920, 1080));
    ui::GroupPage* page = desk.groupPage(u"rain-flood"_s);
    ASSERT_TRUE(page);
    ui::renderOffscreen(desk, QSize(1920, 1080));
    const QRect legend = page->map()->legendGeometry();
    const QRect caption = page->map()->captionGeometry();
    ASSERT_FALSE(legend.isNull());
    ASSERT_FALSE(caption.isNull());
    EXPECT_FALSE(legend.intersects(caption));
}

TEST(NewUser, AnAbnormalChoroplethTakesTheAlarmColoursNormalStaysNeutral)
{
    const auto layer = ui::ViewContext::schematicMap();
    const ui::Theme theme = ui::Theme::wall();
    ui::MapView map(theme);
    map.addAreaLayer(*layer, u"gso_code"_s, u"name"_s);
    ui::renderOffscreen(map, QSize(800, 600));
    map.setChoropleth({{u"490"_s, 2}, {u"491"_s, 14}, {u"492"_s, 0}}, 0, 14, u"flood points"_s, {},
                      {{u"490"_s, status::Level::Normal}, {u"491"_s, status::Level::High}});
    EXPECT_EQ(map.colourOf(u"491"_s), theme.alarmHigh);
    const QColor normal = map.colourOf(u"490"_s);
    EXPECT_LT(normal.hsvSaturationF(), 0.15) << "normal values in neutral tones, not a pale blue";
}

TEST(NewUser, AnArchiveIsRenderedOffscreenAfterItsFirstRead)
{
    // Two days of 2018 readings: `cityops --db DB --screenshot` waits for the archive's first
    // read, so the render shows them — and says, across the header, that nothing is new.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString mapping = dir.filePath(u"map.json"_s);
    {
        QFile f(mapping);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "csv", "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
 "series": [{"column": "value", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}]})");
    }
    QByteArray rows = "station,time,value\n";
    for (int h = 0; h < 48; ++h)
        rows += "hc-01,2018-03-0" + QByteArray::number(1 + h / 24) + 'T' +
                QByteArray::number(h % 24).rightJustified(2, '0') + ":00:00Z," +
                QByteArray::number(20 + h % 7) + '\n';
    const QString csv = dir.filePath(u"old.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(rows);
    }
    const auto ingest = test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, csv});
    ASSERT_EQ(ingest.exitCode, 0) << ingest.err.toStdString();
    const QColor stale = ui::Theme::wall().stale;
    for (const QStringList& extra : {QStringList{u"--group"_s, u"air"_s}, QStringList{u"--wall"_s}}) {
        const QString png = dir.filePath(u"shot.png"_s);
        QFile::remove(png);
        const auto run = test::runGui(QStringList{u"--db"_s, db, u"--screenshot"_s, png} + extra);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QImage image(png);
        ASSERT_EQ(image.size(), QSize(1920, 1080)) << extra.join(u' ').toStdString();
        int banner = 0; // pixels of the loss-of-data banner in the top tenth
        for (int y = 0; y < 108; y += 2)
            for (int x = 0; x < 1920; x += 8)
                banner += QColor(image.pixel(x, y)) == stale ? 1 : 0;
        EXPECT_GT(banner, 500) << extra.join(u' ').toStdString() << ": the banner says nothing is new";
    }
}
