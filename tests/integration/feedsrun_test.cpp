// The headless collector against the demo city's `serve` on 127.0.0.1: `feeds check` on the
// worked examples and on a broken file, `feeds run --once` writing into an archive exactly
// what the feed publishes (each series' value at its time, nothing twice across polls), the
// SensorThings feed from its service root, a feed that is not there reported while the
// others go on, demo data refused by a live archive, SIGTERM stopping `feeds run`, and a
// feed that fails from the moment a collector starts marking stale what it wrote before, and
// an incremental feed reading back in bounded steps and going on where it was after a restart.

#include "core/catalog/catalogloader.h"
#include "core/feeds/collector.h"
#include "core/feeds/feedpoll.h"
#include "core/store/archive.h"
#include "core/store/feedstate.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/servedcity.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

// A worked example from resources/feeds, pointed at `base` instead of 127.0.0.1:1026.
QString configFor(const QString& example, const QString& base, const QTemporaryDir& dir,
                  const QList<std::pair<QString, QString>>& edits = {})
{
    QFile in(test::sourceDir() + u"/resources/feeds/"_s + example);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll()).replace(u"http://127.0.0.1:1026"_s, base);
    for (const auto& [from, to] : edits)
        text.replace(from, to);
    const QString path = dir.filePath(example);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    return path;
}

QList<QJsonObject> lines(const QString& out)
{
    QList<QJsonObject> all;
    for (const QString& l : out.split(u'\n', Qt::SkipEmptyParts))
        all.append(QJsonDocument::fromJson(l.toUtf8()).object());
    return all;
}

QJsonArray summary(const test::CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"feeds"_s).toArray();
}

// Every point of every series in the archive: "IND@PLACE time" → value.
QMap<QString, double> archived(const QString& path)
{
    QMap<QString, double> all;
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(path), false);
    EXPECT_TRUE(archive.ok());
    if (!archive.ok())
        return all;
    const auto series = (*archive)->listSeries();
    EXPECT_TRUE(series.ok());
    for (const store::SeriesInfo& s : series.ok() ? *series : QList<store::SeriesInfo>()) {
        const auto points = (*archive)->points(s.id, 0, std::numeric_limits<std::int64_t>::max());
        EXPECT_TRUE(points.ok());
        for (const store::Point& p : points.ok() ? *points : std::vector<store::Point>())
            all.insert(s.key.toString() + u' ' + QString::number(p.t), p.v);
    }
    return all;
}

// What `feeds probe --config` says the feed publishes now: "IND@PLACE time" → value.
QMap<QString, double> probed(const QString& protocol, const QString& url, const QString& config)
{
    const test::CliRun run = test::runCli({u"feeds"_s, u"probe"_s, protocol, url, u"--config"_s, config});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QMap<QString, double> all;
    for (const QJsonObject& o : lines(run.out)) {
        EXPECT_TRUE(o.value(u"series"_s).isString()) << QJsonDocument(o).toJson().toStdString();
        const auto t = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
        all.insert(o.value(u"series"_s).toString() + u' ' + QString::number(t.toMSecsSinceEpoch()),
                   o.value(u"value"_s).toDouble());
    }
    return all;
}

// The archive holds what the feed published: every probed point the same before and after
// the run (serve's clock moves on) is in the archive with its value.
void expectArchived(const QMap<QString, double>& before, const QMap<QString, double>& after,
                    const QMap<QString, double>& stored)
{
    int compared = 0;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()) || after.value(it.key()) != it.value())
            continue; // published anew while the test ran
        ++compared;
        ASSERT_TRUE(stored.contains(it.key())) << it.key().toStdString();
        EXPECT_DOUBLE_EQ(stored.value(it.key()), it.value()) << it.key().toStdString();
    }
    EXPECT_GT(compared, before.size() * 9 / 10);
}

} // namespace

TEST(FeedsCheck, TheExamplesAreValidAndMistakesAreNamedWithTheirPointer)
{
    const QStringList examples = QDir(test::sourceDir() + u"/resources/feeds"_s).entryList({u"*.json"_s});
    ASSERT_GE(examples.size(), 7);
    for (const QString& example : examples) {
        const test::CliRun ok = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"check"_s, u"--config"_s,
                                              test::sourceDir() + u"/resources/feeds/"_s + example});
        EXPECT_EQ(ok.exitCode, 0) << example.toStdString() << ok.out.toStdString();
    }
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"feeds": [{"id": "x", "protocol": "mqtt", "url": "http://127.0.0.1",
                           "map": [{"attributes": {"pm25": "air.pm99"}, "place": "{nope}"}]}]})");
    f.close();
    const test::CliRun run = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"check"_s, u"--config"_s, bad});
    EXPECT_EQ(run.exitCode, 2);
    const QStringList said = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(said.size(), 4) << run.out.toStdString();
    EXPECT_EQ(said[0], bad + u": /feeds/0/url: not an mqtt:// or mqtts:// URL: http://127.0.0.1"_s);
    EXPECT_EQ(said[1], bad + u": /feeds/0/topics: required: a non-empty array of topic filters"_s);
    EXPECT_EQ(said[2], bad + u": /feeds/0/map/0/attributes/pm25: unknown indicator \"air.pm99\""_s);
    EXPECT_TRUE(said[3].startsWith(bad + u": /feeds/0/map/0/place: {nope} is not a named group"_s));
}

TEST(FeedsRun, OncePutsWhatTheDemoCityPublishesIntoTheArchiveOnce)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config = configFor(u"demo-city.json"_s, served.base, dir);
    const QString db = dir.filePath(u"demo.sqlite"_s);
    const auto before = probed(u"ngsi-v2"_s, served.base, config);
    ASSERT_GT(before.size(), 300); // 326 series are published over NGSI-v2

    const test::CliRun run = test::runCli(
        {u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonArray feeds = summary(run);
    ASSERT_EQ(feeds.size(), 1) << run.out.toStdString();
    const QJsonObject s = feeds[0].toObject();
    EXPECT_EQ(s.keys(), (QStringList{u"accepted"_s, u"errors"_s, u"feed"_s, u"fetched"_s, u"quarantined"_s}));
    EXPECT_EQ(s[u"feed"_s].toString(), u"demo-ngsi-v2"_s);
    EXPECT_EQ(s[u"quarantined"_s].toInt(), 0);
    EXPECT_EQ(s[u"errors"_s].toArray().size(), 0);
    EXPECT_EQ(s[u"accepted"_s].toInt(), s[u"fetched"_s].toInt())
        << "every observation serve publishes is mapped";
    EXPECT_TRUE(run.err.contains(u"0 not mapped"_s)) << run.err.toStdString();

    const auto after = probed(u"ngsi-v2"_s, served.base, config);
    const auto stored = archived(db);
    expectArchived(before, after, stored);

    const test::CliRun again =
        test::runCli({u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const auto twice = archived(db);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        EXPECT_EQ(twice.value(it.key(), -1), it.value()) << it.key().toStdString();
    EXPECT_LE(twice.size() - stored.size(), after.size()) << "a second poll adds only what is new";
    EXPECT_EQ(served.terminate(), 0);
}

TEST(FeedsRun, ReadsSensorThingsFromTheServiceRoot)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config = configFor(u"demo-city-sensorthings.json"_s, served.base, dir);
    const QString root = served.base + u"/v1.1"_s;
    const QString db = dir.filePath(u"st.sqlite"_s);
    const auto before = probed(u"sensorthings"_s, root, config);
    ASSERT_GT(before.size(), 1000); // the last hour of every Datastream: 1,116 observations
    const test::CliRun run =
        test::runCli({u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject s = summary(run)[0].toObject();
    EXPECT_EQ(s[u"quarantined"_s].toInt(), 0) << run.out.toStdString();
    EXPECT_EQ(s[u"accepted"_s].toInt(), s[u"fetched"_s].toInt());
    expectArchived(before, probed(u"sensorthings"_s, root, config), archived(db));
}

TEST(FeedsRun, AFeedThatIsNotThereIsReportedAndTheOthersGoOn)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTcpServer nobody;
    ASSERT_TRUE(nobody.listen(QHostAddress::LocalHost, 0));
    const QString gone = u"http://127.0.0.1:%1"_s.arg(nobody.serverPort());
    nobody.close();
    QTemporaryDir dir;
    // Two feeds: the first at a port nothing answers on, the second the demo city.
    const QString two = configFor(
        u"demo-city.json"_s, served.base, dir,
        {{u"\"feeds\": [\n    {"_s,
          u"\"feeds\": [\n    {\"id\": \"gone\", \"protocol\": \"ngsi-v2\", \"url\": \"%1\", \"purpose\": "
          u"\"demo\", "
          "\"timeoutSeconds\": 5, \"map\": [{\"attributes\": {\"pm25\": \"air.pm25\"}, \"place\": \"{entity}\"}]},\n    {"_s
              .arg(gone)}});
    const test::CliRun run = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, two,
                                           u"--db"_s, dir.filePath(u"d.sqlite"_s), u"--once"_s});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray feeds = summary(run);
    ASSERT_EQ(feeds.size(), 2) << run.out.toStdString() << run.err.toStdString();
    const QJsonArray errors = feeds[0].toObject()[u"errors"_s].toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].toString().contains(u"cannot reach the server"_s))
        << errors[0].toString().toStdString();
    EXPECT_GT(feeds[1].toObject()[u"accepted"_s].toInt(), 300);
}

TEST(FeedsRun, DemoDataNeverReachesALiveArchive)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString live = configFor(u"demo-city.json"_s, served.base, dir,
                                   {{u"\"purpose\": \"demo\""_s, u"\"purpose\": \"live\""_s}});
    const test::CliRun run = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, live,
                                           u"--db"_s, dir.filePath(u"l.sqlite"_s), u"--once"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"reads the CityOps demo city"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"l.sqlite"_s)));
    // The demo city's MQTT topics too (told by their names: no broker is asked).
    const QString mqtt = configFor(u"demo-city-mqtt.json"_s, served.base, dir,
                                   {{u"\"purpose\": \"demo\""_s, u"\"purpose\": \"live\""_s}});
    const test::CliRun subscribed = test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s,
                                                  mqtt, u"--db"_s, dir.filePath(u"m.sqlite"_s)});
    EXPECT_EQ(subscribed.exitCode, 2);
    EXPECT_TRUE(subscribed.err.contains(u"feed demo-mqtt reads the CityOps demo city"_s))
        << subscribed.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"m.sqlite"_s)));
}

TEST(FeedsRun, SigtermStopsTheCollectorCleanly)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config = configFor(u"demo-city.json"_s, served.base, dir);
    QProcess collector;
    collector.start(QStringLiteral(CITYOPS_CLI_PATH),
                    {u"--lang"_s, u"en"_s, u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s,
                     dir.filePath(u"c.sqlite"_s)});
    ASSERT_TRUE(collector.waitForStarted());
    QByteArray out;
    while (!out.contains('\n') && collector.waitForReadyRead(60'000))
        out += collector.readAllStandardOutput();
    const QJsonObject first = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    EXPECT_EQ(first[u"feed"_s].toString(), u"demo-ngsi-v2"_s) << out.toStdString();
    EXPECT_GT(first[u"accepted"_s].toInt(), 300);
    collector.terminate(); // SIGTERM
    ASSERT_TRUE(collector.waitForFinished(30'000));
    EXPECT_EQ(collector.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(collector.exitCode(), 0);
    EXPECT_TRUE(collector.readAllStandardError().contains("Stopped.")) << "it says it stopped";
}

// The series a feed wrote are noted in the archive (feed_series), so a collector started
// while the feed's server is down marks them stale after its first failed poll, before the
// feed has written anything this time.
TEST(FeedsRun, AFeedFailingFromTheStartMarksStaleWhatItWroteBefore)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config = configFor(u"demo-city.json"_s, served.base, dir);
    const QString db = dir.filePath(u"stale.sqlite"_s);
    const test::CliRun run =
        test::runCli({u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(served.terminate(), 0);

    const auto location = *store::ArchiveLocation::parse(db);
    QSet<QString> written;
    {
        auto archive = store::Archive::open(location, false);
        ASSERT_TRUE(archive.ok());
        const auto series = (*archive)->listSeries();
        ASSERT_TRUE(series.ok());
        for (const store::SeriesInfo& s : *series)
            written.insert(s.key.toString());
        const auto noted = store::feedSeries(**archive);
        ASSERT_TRUE(noted.ok()) << noted.error().toString().toStdString();
        EXPECT_EQ(noted->keys(), QList<QString>{u"demo-ngsi-v2"_s});
        EXPECT_EQ(noted->value(u"demo-ngsi-v2"_s), written);
        const auto absent = store::addFeedSeries(**archive, u"other"_s, {*written.begin(), u"x.y@nowhere"_s});
        ASSERT_TRUE(absent.ok());
        EXPECT_EQ(*absent, QSet<QString>{u"x.y@nowhere"_s}) << "a series not in the archive is not noted";
    }
    ASSERT_GT(written.size(), 300);

    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const auto feeds = feeds::FeedsConfig::load(config, catalog);
    ASSERT_TRUE(feeds.ok()) << feeds.error().toString().toStdString();
    feeds::FeedCollector collector(*feeds, catalog, location);
    QEventLoop loop;
    collector.onPolled([&loop](const feeds::FeedPollSummary&) { loop.quit(); });
    ASSERT_TRUE(collector.start().ok());
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    const auto health = collector.health();
    ASSERT_EQ(health.size(), 1u);
    EXPECT_FALSE(health[0].ok) << "serve is gone";
    const QSet<QString> stale = feeds::seriesOfFailingFeeds(health, QDateTime::currentMSecsSinceEpoch());
    EXPECT_EQ(stale.size(), written.size());
    EXPECT_TRUE(stale == written) << "the stale series are those the feed wrote before";
    collector.stop();
}

// An incremental SensorThings feed reads at most catchUpPages a poll, oldest first, and
// behind, goes on at once from the newest instant it read: the steps together hold every
// observation once. Where it has read to is kept in the archive, so `feeds run --once`
// again reads only what is newer.
TEST(FeedsRun, AnIncrementalFeedCatchesUpInBoundedStepsAndGoesOnAfterARestart)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config =
        configFor(u"demo-city-sensorthings.json"_s, served.base, dir,
                  {{u"\"pollSeconds\": 300,"_s,
                    u"\"pollSeconds\": 300, \"incremental\": \"phenomenonTime\", \"lookbackSeconds\": 0, "
                    "\"pageSize\": 100, \"catchUpPages\": 3,"_s}});
    const QString root = served.base + u"/v1.1"_s;
    const auto before = probed(u"sensorthings"_s, root, config);
    ASSERT_GT(before.size(), 1000); // the last hour of every Datastream

    const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const auto feeds = feeds::FeedsConfig::load(config, catalog);
    ASSERT_TRUE(feeds.ok()) << feeds.error().toString().toStdString();
    const feeds::FeedConfig& feed = feeds->feeds.at(0);
    const QString stepped = dir.filePath(u"stepped.sqlite"_s);
    ASSERT_TRUE(feeds::claimArchiveFor(*feeds, *store::ArchiveLocation::parse(stepped)).ok());
    feeds::FeedState state;
    QList<qint64> steps;
    for (bool behind = true; behind && steps.size() < 100;) {
        const feeds::FeedPollSummary s =
            feeds::pollFeed(feed, catalog, *store::ArchiveLocation::parse(stepped), {}, &state);
        ASSERT_TRUE(s.errors.isEmpty()) << s.errors.join(u'\n').toStdString();
        steps.append(s.fetched);
        behind = s.behind;
    }
    ASSERT_GE(steps.size(), 4) << "1,100 observations, 300 a step";
    EXPECT_EQ(steps[0], 300);
    EXPECT_LE(steps.back(), 300);
    expectArchived(before, probed(u"sensorthings"_s, root, config), archived(stepped));

    // The same to the end in one `--once`; and again, only what is newer than it read.
    const QString db = dir.filePath(u"once.sqlite"_s);
    const test::CliRun run =
        test::runCli({u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_GT(summary(run)[0].toObject()[u"accepted"_s].toInt(), 1000) << run.out.toStdString();
    const auto stored = archived(db);
    std::int64_t newest = 0;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        newest = std::max<std::int64_t>(newest, it.key().section(u' ', 1).toLongLong());
    {
        auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
        ASSERT_TRUE(archive.ok());
        const auto kept = store::feedNewest(**archive);
        ASSERT_TRUE(kept.ok());
        EXPECT_EQ(kept->value(u"demo-sensorthings"_s), newest);
    }
    const test::CliRun again =
        test::runCli({u"feeds"_s, u"run"_s, u"--config"_s, config, u"--db"_s, db, u"--once"_s});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_LT(summary(again)[0].toObject()[u"fetched"_s].toInt(), 100)
        << "only what was published since: " << again.out.toStdString();
}

// `cityops --feeds`: the console collects into the archive it shows, on a thread of its own;
// a screenshot waits for the first poll of every feed, so it shows what they wrote.
TEST(FeedsRun, TheConsoleCollectsIntoTheArchiveItShows)
{
    test::Served served;
    ASSERT_FALSE(served.base.isEmpty());
    QTemporaryDir dir;
    const QString config = configFor(u"demo-city.json"_s, served.base, dir);
    const QString db = dir.filePath(u"console.sqlite"_s);
    const test::CliRun run = test::runGui({u"--lang"_s, u"en"_s, u"--db"_s, db, u"--feeds"_s, config,
                                           u"--screenshot"_s, dir.filePath(u"desk.png"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(u"desk.png"_s)));
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
    ASSERT_TRUE(archive.ok());
    const auto series = (*archive)->listSeries();
    ASSERT_TRUE(series.ok());
    EXPECT_GT(series->size(), 300) << "the demo city's NGSI-v2 entities, collected by the console";
    EXPECT_EQ(*(*archive)->purpose(), u"demo"_s);

    const test::CliRun demo = test::runGui({u"--demo"_s, u"--feeds"_s, config, u"--screenshot"_s,
                                            dir.filePath(u"x.png"_s), u"--lang"_s, u"en"_s});
    EXPECT_EQ(demo.exitCode, 64);
    EXPECT_TRUE(demo.err.contains(u"--feeds collects into the archive shown with --db"_s))
        << demo.err.toStdString();
    const test::CliRun bad =
        test::runGui({u"--db"_s, dir.filePath(u"y.sqlite"_s), u"--feeds"_s, dir.filePath(u"none.json"_s),
                      u"--screenshot"_s, dir.filePath(u"y.png"_s), u"--lang"_s, u"en"_s});
    EXPECT_EQ(bad.exitCode, 64);
    EXPECT_TRUE(bad.err.contains(u"Cannot read the feeds file"_s)) << bad.err.toStdString();
}
