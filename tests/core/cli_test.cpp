// cityops-cli, run as a user runs it: a real process, its exit code and its output.

#include "core/catalog/catalogloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

using cityops::test::CliRun;

CliRun cli(const QStringList& arguments)
{
    return cityops::test::runCli(arguments, 30'000);
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const CliRun version = cli({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), u"cityops-cli "_s + QStringLiteral(CITYOPS_VERSION));

    const CliRun help = cli({u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"catalog"_s)) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(u"Commands:"_s));

    const CliRun helpVi = cli({u"--help"_s});
    EXPECT_EQ(helpVi.exitCode, 0);
    EXPECT_TRUE(helpVi.out.contains(u"Lệnh:"_s)) << "Vietnamese by default:\n" << helpVi.out.toStdString();

    const CliRun commandHelp = cli({u"catalog"_s, u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(u"--check"_s));
}

TEST(Cli, UsageErrorsExit64)
{
    EXPECT_EQ(cli({}).exitCode, 64);
    const CliRun unknown = cli({u"frobnicate"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(unknown.exitCode, 64);
    EXPECT_TRUE(unknown.err.contains(u"Unknown command: frobnicate"_s)) << unknown.err.toStdString();
    EXPECT_EQ(cli({u"catalog"_s, u"--no-such-option"_s}).exitCode, 64);
    EXPECT_EQ(cli({u"--lang"_s, u"fr"_s, u"catalog"_s}).exitCode, 64);
}

TEST(Cli, CatalogJsonHasEverythingAToolNeeds)
{
    const CliRun run = cli({u"catalog"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();

    for (const char* key : {"groups", "indicators", "areas", "stations", "statServices", "warningRules"})
        ASSERT_TRUE(root.value(QLatin1StringView(key)).isArray()) << key;
    EXPECT_EQ(root.value(u"groups"_s).toArray().size(), 15);
    EXPECT_GE(root.value(u"indicators"_s).toArray().size(), 70);

    for (const char* key : {"groups", "indicators", "areas", "stations"}) {
        for (const QJsonValue& v : root.value(QLatin1StringView(key)).toArray()) {
            const QJsonObject o = v.toObject();
            EXPECT_FALSE(o.value(u"id"_s).toString().isEmpty()) << key;
            EXPECT_FALSE(o.value(u"nameVi"_s).toString().isEmpty())
                << key << " " << o.value(u"id"_s).toString().toStdString();
            EXPECT_FALSE(o.value(u"nameEn"_s).toString().isEmpty())
                << key << " " << o.value(u"id"_s).toString().toStdString();
        }
    }
    for (const QJsonValue& v : root.value(u"indicators"_s).toArray()) {
        const QJsonObject o = v.toObject();
        EXPECT_FALSE(o.value(u"group"_s).toString().isEmpty());
        EXPECT_FALSE(o.value(u"unit"_s).toString().isEmpty());
        EXPECT_GT(o.value(u"periodSeconds"_s).toInt(), 0);
        EXPECT_TRUE(QStringList({u"up"_s, u"down"_s, u"both"_s, u"none"_s})
                        .contains(o.value(u"badDirection"_s).toString()));
    }
    EXPECT_TRUE(run.out.contains(u"\"nameVi\": \"Giao thông\""_s)) << "UTF-8 output with diacritics";
}

TEST(Cli, CatalogSummaryInBothLanguages)
{
    const CliRun en = cli({u"catalog"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(en.exitCode, 0);
    EXPECT_TRUE(en.out.contains(u"15 data groups, 91 indicators"_s)) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(u"97% (2024-07) · national 48%"_s)) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(u"20.69% (2023) · target 2025: 20% · target 2030: 35–40%"_s));

    const CliRun vi = cli({u"catalog"_s});
    ASSERT_EQ(vi.exitCode, 0);
    EXPECT_TRUE(vi.out.contains(u"Giao thông"_s));
    EXPECT_TRUE(vi.out.contains(u"20,69% (2023) · mục tiêu 2025: 20% · mục tiêu 2030: 35–40%"_s))
        << vi.out.toStdString();
    EXPECT_TRUE(vi.out.contains(u"97% (2024-07) · cả nước 48%"_s));
}

TEST(Cli, CheckAcceptsAValidDirectory)
{
    QTemporaryDir temporary;
    ASSERT_TRUE(test::copyEmbeddedCatalog(temporary.path()));
    const CliRun run = cli({u"catalog"_s, u"--check"_s, temporary.path(), u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"valid (15 groups"_s)) << run.out.toStdString();
}

TEST(Cli, CheckPrintsOneLinePerProblemAndExits2)
{
    QTemporaryDir temporary;
    const QDir dir(temporary.path());
    ASSERT_TRUE(test::copyEmbeddedCatalog(dir.path()));
    // Two independent problems: a broken file and a missing one.
    {
        QFile groups(dir.filePath(u"groups.json"_s));
        ASSERT_TRUE(groups.open(QIODevice::WriteOnly | QIODevice::Truncate));
        groups.write("{\"schemaVersion\": 1, \"groups\": [ {\"id\": 5} ] }");
    }
    ASSERT_TRUE(QFile::remove(dir.filePath(u"rules.json"_s)));

    const CliRun run = cli({u"catalog"_s, u"--check"_s, dir.path(), u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 2);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QList<CatalogProblem> problems;
    ASSERT_FALSE(CatalogLoader::load(dir.path(), &problems).ok());
    EXPECT_EQ(lines.size(), problems.size()) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(dir.filePath(u"rules.json"_s) + u": /: file is missing"_s))
        << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(dir.filePath(u"groups.json"_s) + u": /groups/0/id: 'id' must be a string"_s));
    // Every indicator now names a group that no longer exists: each says so.
    EXPECT_TRUE(run.out.contains(u"unknown group 'traffic'"_s));
    for (const QString& line : lines)
        EXPECT_TRUE(line.startsWith(dir.path())) << line.toStdString();
}

TEST(Cli, CheckOfAMissingDirectory)
{
    const CliRun run = cli({u"catalog"_s, u"--check"_s, u"/nonexistent/catalog"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.contains(u"/nonexistent/catalog: /: catalog directory does not exist"_s))
        << run.out.toStdString();
}
