// The cityops binary as a user runs it: --screenshot renders offscreen and exits, and
// without any display it says so instead of crashing.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environmentWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

} // namespace

TEST(Screenshot, WritesAPngOfTheRequestedSize)
{
    QTemporaryDir temporary;
    const QString path = temporary.filePath(u"shots/main.png"_s);
    QProcess process;
    process.setProcessEnvironment(environmentWithoutDisplay());
    process.start(QStringLiteral(CITYOPS_GUI_PATH), {u"--screenshot"_s, path, u"--size"_s, u"1280x800"_s});
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800));
}

TEST(Screenshot, RefusesABadSize)
{
    QTemporaryDir temporary;
    QProcess process;
    process.setProcessEnvironment(environmentWithoutDisplay());
    process.start(QStringLiteral(CITYOPS_GUI_PATH), {u"--screenshot"_s, temporary.filePath(u"x.png"_s),
                                                     u"--size"_s, u"big"_s, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 64);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(u"--size"_s));
}

TEST(Screenshot, WithoutADisplayTheAppSaysSo)
{
    QProcess process;
    process.setProcessEnvironment(environmentWithoutDisplay());
    process.start(QStringLiteral(CITYOPS_GUI_PATH), QStringList());
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitCode(), 3);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(u"no display found"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"xvfb-run"_s));
}

TEST(Screenshot, RendersTheWallOfTheDemoCityAtAnInstantWithAScenario)
{
    QTemporaryDir temporary;
    const QString path = temporary.filePath(u"wall.png"_s);
    QProcess process;
    process.setProcessEnvironment(environmentWithoutDisplay());
    process.start(QStringLiteral(CITYOPS_GUI_PATH),
                  {u"--demo"_s, u"--wall"_s, u"--at"_s, u"2022-10-14T16:00"_s, u"--scenario"_s,
                   u"storm-flood"_s, u"--scenario-at"_s, u"2022-10-14T06:00"_s, u"--screenshot"_s, path,
                   u"--size"_s, u"3840x2160"_s});
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(3840, 2160));
}

TEST(Screenshot, RefusesWallAndDemoOptionsThatDoNotFit)
{
    const auto exitCode = [](const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(environmentWithoutDisplay());
        process.start(QStringLiteral(CITYOPS_GUI_PATH),
                      arguments + QStringList{u"--screenshot"_s, u"/dev/null"_s});
        process.waitForFinished(60'000);
        return process.exitCode();
    };
    EXPECT_EQ(exitCode({u"--at"_s, u"2024-10-14T08:00"_s}), 64) << "--at without --demo";
    EXPECT_EQ(exitCode({u"--demo"_s, u"--at"_s, u"yesterday"_s}), 64);
    EXPECT_EQ(exitCode({u"--scenario"_s, u"storm-flood"_s}), 64) << "a scenario without --demo";
    EXPECT_EQ(exitCode({u"--demo"_s, u"--scenario"_s, u"no-such-scenario"_s}), 64);
    EXPECT_EQ(exitCode({u"--demo"_s, u"--wall"_s, u"--screen"_s, u"7"_s}), 64)
        << "the wall file has 2 screens";
    EXPECT_EQ(exitCode({u"--demo"_s, u"--group"_s, u"no-such-group"_s}), 64);
}

TEST(Screenshot, DrawsTheMapFromALayerTheUserGives)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir temporary;
    const QString path = temporary.filePath(u"official.png"_s);
    const QString layer = cityops::test::sharedDataDir() + u"/geo/danang_districts_full.geojson"_s;
    QProcess process;
    process.setProcessEnvironment(environmentWithoutDisplay());
    process.start(QStringLiteral(CITYOPS_GUI_PATH),
                  {u"--demo"_s, u"--group"_s, u"rain-flood"_s, u"--at"_s, u"2024-10-14T08:00"_s,
                   u"--map-layer"_s, layer, u"--screenshot"_s, path});
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_FALSE(QImage(path).isNull());

    // A file that is not GeoJSON: a clear error, exit 1, nothing drawn.
    const QString bad = temporary.filePath(u"bad.geojson"_s);
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"type\": \"Feature\"");
    file.close();
    process.start(QStringLiteral(CITYOPS_GUI_PATH),
                  {u"--map-layer"_s, bad, u"--screenshot"_s, path, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(u"GeoJSON"_s));
}
