// The console's demo city: written into its own archive, history first, never a live one.

#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/sim/democity.h"
#include "core/sim/demorunner.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

TEST(DemoRunner, FillsItsOwnArchiveAndRefusesALiveOne)
{
    const auto catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    QTemporaryDir dir;
    ManualClock clock(1728867600000); // 2024-10-14T08:00+07:00
    const auto location = *store::ArchiveLocation::parse(dir.filePath(u"demo.sqlite"_s));
    {
        sim::DemoRunner runner(catalog, clock, {location, 1, 2, 100, std::nullopt, 0});
        qint64 series = 0, readings = 0, latest = 0;
        QEventLoop loop;
        QObject::connect(&runner, &sim::DemoRunner::progress, &loop, [&](qint64 s, qint64 r, qint64 l) {
            series = s;
            readings = r;
            latest = l;
            if (l >= clock.nowMs() - 5 * 60'000)
                loop.quit(); // history done, up to "now"
        });
        QObject::connect(&runner, &sim::DemoRunner::failed, &loop, [&](const QString& m) {
            ADD_FAILURE() << m.toStdString();
            loop.quit();
        });
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        runner.start();
        loop.exec();
        EXPECT_EQ(series, qint64(sim::DemoCity(catalog, 1).series().size()));
        EXPECT_GT(readings, 2 * 20000);
        EXPECT_LE(latest, clock.nowMs());
        // Time moves on: the next write carries the new readings.
        const qint64 before = readings;
        clock.advanceMs(10 * 60'000);
        QEventLoop later;
        bool moved = false;
        QObject::connect(&runner, &sim::DemoRunner::progress, &later, [&](qint64, qint64 r, qint64 l) {
            if (l > clock.nowMs() - 5 * 60'000 && r > before) {
                moved = true;
                later.quit();
            }
        });
        QTimer::singleShot(10'000, &later, &QEventLoop::quit);
        later.exec();
        EXPECT_TRUE(moved) << "new readings as the clock moves";
    }
    auto archive = store::Archive::open(location, false);
    ASSERT_TRUE(archive.ok());
    EXPECT_EQ(*(*archive)->purpose(), u"demo"_s);
    const auto list = (*archive)->listSeries();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), qsizetype(sim::DemoCity(catalog, 1).series().size()));
    std::int64_t last = 0;
    for (const auto& s : *list)
        last = std::max(last, s.last);
    EXPECT_GT(last, 1728867600000) << "it kept writing as the clock moved";

    // A live archive is refused.
    const auto live = *store::ArchiveLocation::parse(dir.filePath(u"live.sqlite"_s));
    ASSERT_TRUE((*store::Archive::open(live))->claimPurpose(u"live"_s).ok());
    sim::DemoRunner intruder(catalog, clock, {live, 1, 1, 100, std::nullopt, 0});
    QString failure;
    QEventLoop loop;
    QObject::connect(&intruder, &sim::DemoRunner::failed, &loop, [&](const QString& m) {
        failure = m;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    intruder.start();
    loop.exec();
    EXPECT_FALSE(failure.isEmpty());
}
