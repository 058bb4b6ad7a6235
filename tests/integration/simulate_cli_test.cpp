// cityops-cli simulate: the demo city into an archive of its own, and never into a live one.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST(SimulateCli, WritesTheDemoCityDeterministically)
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString& name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
        const auto run =
            test::runCli({u"simulate"_s, u"--db"_s, dir.filePath(name), u"--from"_s, u"2022-10-13T00:00"_s,
                          u"--days"_s, u"3"_s, u"--seed"_s, u"42"_s, u"--json"_s});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonObject o = json(run.out);
        EXPECT_GT(o[u"series"_s].toInt(), 250);
        EXPECT_GT(o[u"points"_s].toInt(), 3 * 20000);
        EXPECT_EQ(o[u"inserted"_s].toInt(), o[u"points"_s].toInt());
        const auto q =
            test::runCli({u"query"_s, u"--db"_s, dir.filePath(name), u"--series"_s,
                          u"flood.depth@flood.hai-chau.nguyen-huu-tho"_s, u"--format"_s, u"json"_s});
        ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
        outputs << q.out;
    }
    EXPECT_EQ(outputs[0], outputs[1]) << "same seed, same range: the same data";
    // Again into the same archive: nothing new.
    const auto again =
        test::runCli({u"simulate"_s, u"--db"_s, dir.filePath(u"a.sqlite"_s), u"--from"_s,
                      u"2022-10-13T00:00"_s, u"--days"_s, u"3"_s, u"--seed"_s, u"42"_s, u"--json"_s});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(json(again.out)[u"inserted"_s].toInt(), 0);
}

TEST(SimulateCli, DemoAndLiveDataNeverMix)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString live = dir.filePath(u"live.sqlite"_s);
    const QString demo = dir.filePath(u"demo.sqlite"_s);
    const auto ingest =
        test::runCli({u"ingest"_s, u"--db"_s, live, u"--mapping"_s,
                      test::testDataDir() + u"/mappings/hanoi_weather_daily.json"_s,
                      test::sharedDataDir() + u"/series/hanoi_weather_daily_2000-2018.csv"_s});
    ASSERT_EQ(ingest.exitCode, 0) << ingest.err.toStdString();
    const auto intoLive = test::runCli({u"--lang"_s, u"en"_s, u"simulate"_s, u"--db"_s, live, u"--from"_s,
                                        u"2024-07-01"_s, u"--days"_s, u"1"_s});
    EXPECT_EQ(intoLive.exitCode, 2);
    EXPECT_TRUE(intoLive.err.contains(u"demo data never goes there"_s)) << intoLive.err.toStdString();

    ASSERT_EQ(
        test::runCli({u"simulate"_s, u"--db"_s, demo, u"--from"_s, u"2024-07-01"_s, u"--days"_s, u"1"_s})
            .exitCode,
        0);
    const auto intoDemo =
        test::runCli({u"--lang"_s, u"en"_s, u"ingest"_s, u"--db"_s, demo, u"--mapping"_s,
                      test::testDataDir() + u"/mappings/hanoi_weather_daily.json"_s,
                      test::sharedDataDir() + u"/series/hanoi_weather_daily_2000-2018.csv"_s});
    EXPECT_EQ(intoDemo.exitCode, 2);
    EXPECT_TRUE(intoDemo.err.contains(u"live data does not go there"_s)) << intoDemo.err.toStdString();

    // And the default (live) archive is refused by name, before anything is opened.
    const auto intoDefault =
        test::runCli({u"--lang"_s, u"en"_s, u"simulate"_s, u"--db"_s,
                      QDir::homePath() + u"/.local/share/CityOps/cityops-cli/archive.sqlite"_s, u"--from"_s,
                      u"2024-07-01"_s, u"--days"_s, u"1"_s});
    EXPECT_EQ(intoDefault.exitCode, 2) << intoDefault.err.toStdString();

    EXPECT_EQ(test::runCli({u"simulate"_s, u"--db"_s, demo, u"--days"_s, u"1"_s}).exitCode, 64);
    EXPECT_EQ(
        test::runCli({u"simulate"_s, u"--db"_s, demo, u"--from"_s, u"2024-07-01"_s, u"--days"_s, u"0"_s})
            .exitCode,
        64);
}

TEST(SimulateCli, PlaysAScenarioAtItsTime)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"storm.sqlite"_s);
    const auto run = test::runCli({u"simulate"_s, u"--db"_s, db, u"--from"_s, u"2024-03-04T00:00"_s,
                                   u"--days"_s, u"2"_s, u"--scenario"_s, u"storm-flood"_s, u"--scenario-at"_s,
                                   u"2024-03-04T17:00"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run.out)[u"scenario"_s].toString(), u"storm-flood"_s);
    // Dry before the storm, over a metre deep eight hours after it starts.
    auto maxDepth = [&](const QString& from, const QString& to) {
        const auto q =
            test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s,
                          u"flood.depth@flood.thanh-khe.dien-bien-phu"_s, u"--from"_s, from, u"--to"_s, to,
                          u"--bucket"_s, u"1d"_s, u"--agg"_s, u"max"_s, u"--format"_s, u"json"_s});
        double m = -1;
        for (const QJsonValue& p : json(q.out)[u"points"_s].toArray())
            m = std::max(m, p.toObject()[u"v"_s].toDouble());
        return m;
    };
    EXPECT_LT(maxDepth(u"2024-03-04T00:00"_s, u"2024-03-04T17:00"_s), 30);
    EXPECT_GT(maxDepth(u"2024-03-04T17:00"_s, u"2024-03-05T03:00"_s), 100);
    const auto unknown = test::runCli({u"simulate"_s, u"--db"_s, db, u"--from"_s, u"2024-03-04"_s,
                                       u"--days"_s, u"1"_s, u"--scenario"_s, u"no-such-scenario"_s});
    EXPECT_EQ(unknown.exitCode, 2);
}
