// What a new user ran into on the command line (issue 11), as tests that failed before:
// everything a person reads follows --lang (codes stay codes in --json), a typed archive
// path whose folder does not exist is refused instead of created, the wall refuses a page
// it does not have. (An archive rendered offscreen: tests/ui/newuser_test.cpp.)

#include "core/store/archive.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return f.fileName();
}

QString pm25Mapping(const QTemporaryDir& dir)
{
    return writeFile(
        dir, u"map.json"_s,
        R"({"format": "csv", "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
 "series": [{"column": "value", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}]})");
}

} // namespace

TEST(NewUserCli, HelpIsInTheLanguageAskedFor)
{
    const auto gui = test::runGui({u"--help"_s, u"--lang"_s, u"vi"_s});
    ASSERT_EQ(gui.exitCode, 0) << gui.err.toStdString();
    EXPECT_FALSE(gui.out.contains(u"Displays help"_s)) << gui.out.toStdString();
    EXPECT_FALSE(gui.out.contains(u"Without --demo"_s)) << gui.out.toStdString();
    EXPECT_TRUE(gui.out.contains(u"Cách dùng:"_s)) << gui.out.toStdString();
    EXPECT_TRUE(gui.out.contains(u"Hiển thị trợ giúp"_s));
    const auto cli = test::runCli({u"ingest"_s, u"--help"_s, u"--lang"_s, u"vi"_s});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_FALSE(cli.out.contains(u"Displays help"_s)) << cli.out.toStdString();
    const auto english = test::runGui({u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_TRUE(english.out.contains(u"Without --demo"_s)) << english.out.toStdString();
}

TEST(NewUserCli, IngestSpeaksVietnameseButItsJsonKeepsTheCodes)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString mapping = pm25Mapping(dir);
    // A column the mapping names is missing: the whole message is Vietnamese.
    const QString wrong = writeFile(dir, u"cols.csv"_s, "station,when,value\ns1,2024-07-01T00:00:00Z,1\n");
    const auto refused =
        test::runCli({u"ingest"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db, u"--mapping"_s, mapping, wrong});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_FALSE(refused.err.contains(u"the file has"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"tệp có các cột: station, when, value"_s)) << refused.err.toStdString();

    // A quarantined value: its reason in words in the text, as a code in the JSON.
    const QString file = writeFile(
        dir, u"v.csv"_s, "station,time,value\ns1,2024-07-01T00:00:00Z,12\ns1,2024-07-01T01:00:00Z,99999\n");
    const auto text =
        test::runCli({u"ingest"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db, u"--mapping"_s, mapping, file});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"cách ly: ngoài khoảng hợp lý × 1"_s)) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(u"out-of-range"_s)) << text.out.toStdString();
    const auto json = test::runCli({u"quarantine"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db, u"--json"_s});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_TRUE(json.out.contains(u"\"reason\": \"out-of-range\""_s)) << json.out.toStdString();
    const auto listed = test::runCli({u"quarantine"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db});
    EXPECT_TRUE(listed.out.contains(u"ngoài khoảng hợp lý"_s)) << listed.out.toStdString();
}

TEST(NewUserCli, AnArchivePathWhoseFolderDoesNotExistIsRefusedNotCreated)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"no/such/dir"_s);
    const QString file = writeFile(dir, u"v.csv"_s, "station,time,value\ns1,2024-07-01T00:00:00Z,12\n");
    const auto run = test::runCli({u"ingest"_s, u"--lang"_s, u"en"_s, u"--db"_s, folder + u"/a.sqlite"_s,
                                   u"--mapping"_s, pm25Mapping(dir), file});
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(u"folder does not exist"_s)) << run.err.toStdString();
    EXPECT_FALSE(QDir(dir.filePath(u"no"_s)).exists()) << "nothing created on the way";
}

TEST(NewUserCli, TheWallRefusesAPageItDoesNotHave)
{
    QTemporaryDir dir;
    const auto run =
        test::runGui({u"--demo"_s, u"--wall"_s, u"--at"_s, u"2024-10-14T08:00"_s, u"--page"_s, u"9"_s,
                      u"--screenshot"_s, dir.filePath(u"w.png"_s), u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 64) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"--page 9"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"w.png"_s)));
}
