// Statistics in the windows: the desk's Thống kê tab fills every card of its group off the
// GUI thread (which is never blocked for more than 50 ms while all 150 services run), the
// map's district filter keeps that district's rows, provenance and CSV are one click away;
// the wall's stat tile shows a service's headline; the KPI cards of the IOC's own services
// count the catalog.

#include "core/stats/statsrunner.h"
#include "ui/charts/statchart.h"
#include "ui/shell/deskpages.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statspage.h"
#include "ui/wall/stattile.h"
#include "ui/wall/wallconfig.h"
#include "ui/widgets/comparisonbars.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/offscreen.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

// The demo city's last week, with a statistics runner on its in-memory store.
struct StatsFixture : uitest::LiveFixture
{
    explicit StatsFixture(int days = 7)
        : LiveFixture(Language::English)
    {
        fillDemo(days);
        runner = std::make_unique<stats::StatsRunner>(catalog, stats::StatsRunner::storeReader(data.store()));
        context.stats = runner.get();
    }
    std::unique_ptr<stats::StatsRunner> runner;
};

// Pumps events until `done` or the deadline.
template <typename Done> bool waitFor(Done done, int ms = 60'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

ui::StatCard* card(ui::StatsPage& page, const QString& id)
{
    for (ui::StatCard* c : page.cards())
        if (c->serviceId() == id)
            return c;
    return nullptr;
}

} // namespace

TEST(StatsPage, FillsEveryCardOfItsGroupAndFiltersByDistrict)
{
    StatsFixture live;
    ui::StatsPage page(live.context, u"citizen-feedback"_s);
    ASSERT_EQ(page.cards().size(), 10);
    ui::renderOffscreen(page, QSize(1400, 900)); // shown: it runs its services
    ASSERT_TRUE(waitFor([&] { return !page.running(); }));
    for (ui::StatCard* c : page.cards()) {
        EXPECT_TRUE(c->hasResult()) << c->serviceId().toStdString();
        EXPECT_NE(c->valueText(), u"computing…"_s) << c->serviceId().toStdString();
    }
    // The share of 1022 reports by district: seven bars, then only Hải Châu's.
    ui::StatCard* share = card(page, u"feedback.reports-share-month"_s);
    ASSERT_NE(share, nullptr);
    EXPECT_EQ(share->bars()->bars().size(), 7);
    EXPECT_TRUE(share->valueText().endsWith(u"%"_s)) << share->valueText().toStdString();
    page.setArea(u"hai-chau"_s);
    ASSERT_EQ(share->bars()->bars().size(), 1);
    EXPECT_EQ(share->bars()->bars().front().key, u"hai-chau"_s);
    // A city-wide service is not filtered, and says so.
    ui::StatCard* onTime = card(page, u"feedback.on-time-daily"_s);
    ASSERT_NE(onTime, nullptr);
    EXPECT_EQ(onTime->chart()->mode(), ui::StatChart::Mode::Lines);
    EXPECT_FALSE(onTime->chart()->lines().value(0).points.isEmpty());
    page.setArea(QString());
    EXPECT_EQ(share->bars()->bars().size(), 7);

    // Provenance in words, and the CSV of what is shown.
    const QString provenance = share->provenanceText();
    EXPECT_TRUE(provenance.contains(u"feedback.new-reports@hai-chau"_s)) << provenance.toStdString();
    EXPECT_TRUE(provenance.contains(u"Readings used"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"share.csv"_s);
    ASSERT_TRUE(share->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 8) << "a header and seven districts";
    EXPECT_TRUE(lines.front().startsWith(u"place,"_s)) << lines.front().toStdString();
    EXPECT_TRUE(lines.front().contains(u"sharePct"_s));
}

TEST(StatsPage, TheGuiThreadIsNeverBlockedWhileAllServicesRun)
{
    StatsFixture live(30);
    QStringList all;
    for (const StatService& s : live.catalog->statServices)
        all << s.id;
    int results = 0;
    bool finished = false;
    QObject::connect(live.runner.get(), &stats::StatsRunner::resultReady, [&] { ++results; });
    QObject::connect(live.runner.get(), &stats::StatsRunner::failed, [&] { ++results; });
    QObject::connect(live.runner.get(), &stats::StatsRunner::finished, [&] { finished = true; });
    // A timer that should fire every 5 ms: the longest gap between two ticks is the longest
    // time the GUI thread could not answer.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    live.runner->run(u"test"_s, all, live.clock.nowMs());
    ASSERT_TRUE(waitFor([&] { return finished; }, 300'000));
    tick.stop();
    EXPECT_EQ(results, 150);
    EXPECT_LT(longest, 50) << "the GUI thread waited " << longest << " ms";
    RecordProperty("longest_gui_gap_ms", int(longest));
}

TEST(StatsPage, ANewRequestOfAChannelDropsWhatWasStillQueued)
{
    StatsFixture live;
    QStringList all;
    for (const StatService& s : live.catalog->statServices)
        all << s.id;
    QList<quint64> delivered;
    QObject::connect(
        live.runner.get(), &stats::StatsRunner::resultReady,
        [&](quint64 request, const QString&, const stats::StatResult&) { delivered << request; });
    int finished = 0;
    QObject::connect(live.runner.get(), &stats::StatsRunner::finished, [&] { ++finished; });
    const quint64 first = live.runner->run(u"page"_s, all, live.clock.nowMs());
    const quint64 second = live.runner->run(u"page"_s, {u"air.aqi-rank-week"_s}, live.clock.nowMs());
    ASSERT_TRUE(waitFor([&] { return finished == 2; }));
    EXPECT_EQ(delivered.count(second), 1);
    EXPECT_LT(delivered.count(first), 150) << "the first request stopped once replaced";
}

TEST(StatTile, ShowsTheHeadlineOfItsService)
{
    StatsFixture live;
    const QByteArray wall =
        R"({"format": "cityops-wall/1", "screens": [{"pages": [{"title": {"vi": "T", "en": "T"},
        "columns": 2, "rows": 1, "tiles": [{"type": "stat", "service": "air.aqi-rank-week", "col": 0, "row": 0}]}]}]})";
    auto config = ui::WallConfig::parse(wall, u"wall.json"_s, *live.catalog);
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    const ui::WallTile& tile = config->screens[0].pages[0].tiles[0];
    EXPECT_EQ(tile.type, ui::WallTile::Type::Stat);
    ui::StatTile stat(live.context, tile, nullptr);
    bool computed = false;
    QObject::connect(&stat, &ui::StatTile::computed, [&] { computed = true; });
    stat.refresh();
    ASSERT_TRUE(waitFor([&] { return computed; }));
    EXPECT_EQ(stat.title(), live.catalog->statService(u"air.aqi-rank-week"_s)->name.en);
    EXPECT_TRUE(stat.valueText().contains(u"VN_AQI"_s)) << stat.valueText().toStdString();
    EXPECT_TRUE(stat.detailText().startsWith(u"first: "_s)) << stat.detailText().toStdString();

    const QByteArray wrong = QByteArray(wall).replace("air.aqi-rank-week", "air.no-such");
    const auto bad = ui::WallConfig::parse(wrong, u"wall.json"_s, *live.catalog);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.contains(
        u"wall.json: /screens/0/pages/0/tiles/0/service: unknown statistics service 'air.no-such'"_s))
        << bad.error().detail.toStdString();
}

TEST(KpiCard, TheIocsOwnServicesAreCountedFromTheCatalog)
{
    const auto catalog = uitest::loadBuiltInCatalog();
    ui::KpiCard card(*catalog, *catalog->indicator(u"digital.ioc-statistics-services"_s), Language::English);
    const QStringList lines = card.lines();
    EXPECT_EQ(lines.value(1), u"150 services"_s) << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(lines.join(u"\n"_s).contains(u"published: 150 services (2024-07)"_s))
        << lines.join(u" | "_s).toStdString();
    card.setLive(3, std::nullopt, u"now"_s, false);
    EXPECT_EQ(card.lines().value(1), u"150 services"_s) << "a feed does not override the catalog's count";
    ui::KpiCard warnings(*catalog, *catalog->indicator(u"digital.ioc-warning-services"_s), Language::English);
    EXPECT_EQ(warnings.lines().value(1).section(u' ', 0, 0), QString::number(catalog->warningRules.size()));
}

TEST(Desk, AGroupOpensOnItsStatistics)
{
    StatsFixture live;
    ui::MainWindow window(live.context);
    ui::GroupPage* page = window.groupPage(u"air"_s);
    ASSERT_NE(page, nullptr);
    page->showStatistics();
    ui::renderOffscreen(window, QSize(1920, 1080));
    EXPECT_TRUE(page->statsPage()->isVisible());
    ASSERT_TRUE(waitFor([&] { return !page->statsPage()->running(); }));
    ui::StatCard* days = card(*page->statsPage(), u"air.aqi-days-over-150-month"_s);
    ASSERT_NE(days, nullptr);
    EXPECT_TRUE(days->hasResult());
    page->selectIndicator(u"air.pm25"_s);
    EXPECT_FALSE(page->statsPage()->isVisible()) << "choosing an indicator shows it";
}
