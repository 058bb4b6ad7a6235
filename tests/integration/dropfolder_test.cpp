// A drop folder feed: files put in a folder are read through their mapping into the archive
// as `cityops-cli ingest` reads them, then moved to done/; a file that cannot be read goes to
// failed/ with why beside it and the feed says so; a file still being written (modified in
// the last seconds) and hidden files are left alone. The file is the real US Embassy Hanoi
// PM2.5 series, whose counts ingest_cli_test.cpp holds for `ingest`.

#include "core/store/archive.h"

#include <QDateTime>
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

bool put(const QString& path, const QByteArray& content, qint64 agoMs)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(content);
    f.close();
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return f.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-agoMs), QFileDevice::FileModificationTime);
}

QJsonObject onceSummary(const test::CliRun& run)
{
    const QJsonArray feeds = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"feeds"_s].toArray();
    return feeds.isEmpty() ? QJsonObject() : feeds.first().toObject();
}

} // namespace

TEST(DropFolder, FilesAreIngestedOnceAndMovedOutOfTheWay)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString drop = dir.filePath(u"drop"_s);
    ASSERT_TRUE(QDir().mkpath(drop));
    QFile hanoi(test::sharedDataDir() + u"/series/hanoi_usembassy_pm25_aqi_hourly_2015-2018.csv"_s);
    ASSERT_TRUE(hanoi.open(QIODevice::ReadOnly));
    const QByteArray csv = hanoi.readAll();
    ASSERT_TRUE(put(drop + u"/hanoi.csv"_s, csv, 60'000));
    ASSERT_TRUE(put(drop + u"/broken.csv"_s, QByteArray::fromHex("000102ff00") + " binary", 60'000));
    ASSERT_TRUE(put(drop + u"/copying.csv"_s, csv.left(5000), 0)); // (just written)
    ASSERT_TRUE(put(drop + u"/.hidden.csv"_s, csv.left(5000), 60'000));
    ASSERT_TRUE(put(drop + u"/notes.txt"_s, "not a data file", 60'000));
    const QString config = dir.filePath(u"feeds.json"_s);
    QFile out(config);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral(R"({"feeds": [{"id": "hanoi-drop", "protocol": "folder", "path": "drop",
                                 "mapping": "%1", "pollSeconds": 10}]})")
                  .arg(test::testDataDir() + u"/mappings/hanoi_usembassy_pm25_aqi.json"_s)
                  .toUtf8());
    out.close();
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QStringList once{u"--lang"_s, u"en"_s,   u"feeds"_s, u"run"_s,   u"--config"_s,
                           config,      u"--db"_s, db,         u"--once"_s};

    const test::CliRun first = test::runCli(once);
    EXPECT_EQ(first.exitCode, 1) << "a file could not be read: " << first.err.toStdString();
    const QJsonObject s = onceSummary(first);
    EXPECT_EQ(s[u"accepted"_s].toInt(), 20719) << first.out.toStdString();
    EXPECT_EQ(s[u"quarantined"_s].toInt(), 152);
    const QJsonArray errors = s[u"errors"_s].toArray();
    ASSERT_EQ(errors.size(), 1) << first.out.toStdString();
    EXPECT_TRUE(errors[0].toString().startsWith(u"broken.csv: "_s)) << errors[0].toString().toStdString();

    EXPECT_TRUE(QFile::exists(drop + u"/done/hanoi.csv"_s));
    EXPECT_FALSE(QFile::exists(drop + u"/hanoi.csv"_s));
    EXPECT_TRUE(QFile::exists(drop + u"/failed/broken.csv"_s));
    QFile why(drop + u"/failed/broken.csv.error.txt"_s);
    ASSERT_TRUE(why.open(QIODevice::ReadOnly));
    EXPECT_FALSE(why.readAll().trimmed().isEmpty());
    EXPECT_TRUE(QFile::exists(drop + u"/copying.csv"_s)) << "still being written: left for a later poll";
    EXPECT_TRUE(QFile::exists(drop + u"/.hidden.csv"_s));
    EXPECT_TRUE(QFile::exists(drop + u"/notes.txt"_s));

    // The same file dropped again: read again, nothing new; kept beside the first in done/.
    ASSERT_TRUE(put(drop + u"/hanoi.csv"_s, csv, 60'000));
    ASSERT_TRUE(put(drop + u"/copying.csv"_s, csv.left(5000), 60'000)); // (the copy has finished)
    const test::CliRun second = test::runCli(once);
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString() << second.out.toStdString();
    EXPECT_EQ(QDir(drop + u"/done"_s).entryList(QDir::Files).size(), 3);
    EXPECT_EQ(QDir(drop).entryList(QDir::Files), QStringList{u"notes.txt"_s});

    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db), false);
    ASSERT_TRUE(archive.ok());
    const auto series = (*archive)->listSeries();
    ASSERT_TRUE(series.ok());
    ASSERT_EQ(series->size(), 1);
    const auto points = (*archive)->points(series->first().id, 0, std::numeric_limits<std::int64_t>::max());
    ASSERT_TRUE(points.ok());
    EXPECT_EQ(points->size(), 20719u) << "the same file twice: every point once";

    // Checked like every feed: the path a folder (one not there yet fails each poll, loudly),
    // the mapping valid, no URL, no rules.
    QFile bad(dir.filePath(u"bad.json"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"feeds": [{"id": "d", "protocol": "folder", "path": "feeds.json", "mapping": "none.json",
                  "url": "http://127.0.0.1", "map": []}]})");
    bad.close();
    const test::CliRun check =
        test::runCli({u"--lang"_s, u"en"_s, u"feeds"_s, u"check"_s, u"--config"_s, bad.fileName()});
    EXPECT_EQ(check.exitCode, 2);
    for (const QString& e :
         {u"/feeds/0/url: not for a folder feed"_s, u"/feeds/0/map: not for a folder feed"_s,
          u"/feeds/0/path: "_s, u"/feeds/0/mapping: Cannot read"_s})
        EXPECT_TRUE(check.out.contains(e)) << e.toStdString() << "\n" << check.out.toStdString();
}
