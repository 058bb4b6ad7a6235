// The archive's schema as migrations, on both engines: an archive of an older schema is
// upgraded one step per transaction, a step that fails leaves the archive as it was, an
// archive that needs a step is not upgraded behind a reader's back, and one written by a
// newer build is refused. And an archive file written by the first release (kept as SQL
// in tests/data/archive-v1/) still opens and reads back exactly.

#include "core/store/archive.h"
#include "core/store/archivedialect.h"
#include "core/store/archiveschema.h"
#include "core/store/sqlconnection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/pgserver.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

// A raw connection to the test's database with the dialect on it, as Archive::open makes.
struct RawArchive
{
    std::unique_ptr<SqlConnection> sql;
    std::unique_ptr<ArchiveDialect> dialect;
};

class ArchiveSchemaTest : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
        m_location = *ArchiveLocation::parse(m_scratch.url());
    }

    RawArchive raw()
    {
        RawArchive r;
        r.sql = std::move(*SqlConnection::create(ArchiveDialect::driverName(m_location.kind)));
        r.dialect = ArchiveDialect::create(m_location.kind, *r.sql);
        EXPECT_TRUE(r.dialect->configure(m_location, true).ok());
        EXPECT_TRUE(r.sql->database().open());
        EXPECT_TRUE(r.dialect->attach(m_location).ok());
        return r;
    }

    int recordedVersion(RawArchive& r)
    {
        auto v = r.sql->scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
        EXPECT_TRUE(v.ok());
        return v ? v->toInt() : -1;
    }

    // This build's archive with one series of three points in it.
    void writeCurrentArchive()
    {
        auto archive = Archive::open(m_location);
        ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        const SeriesId s = *(*archive)->ensureSeries({u"flood.depth"_s, u"fl-1"_s}, u"cm"_s);
        ArchiveBatch batch;
        for (int i = 0; i < 3; ++i) {
            batch.series.push_back(s);
            batch.points.push_back({1'719'766'800'000 + i * 600'000, 10.0 + i, Quality::Good});
        }
        ASSERT_TRUE((*archive)->write(batch).ok());
    }

    test::ScratchArchive m_scratch{GetParam()};
    ArchiveLocation m_location;
};

// This build's steps and one more, as the next feature would add it.
std::vector<Migration> withNextStep(QStringList statements)
{
    std::vector<Migration> steps = archiveMigrations();
    Migration next;
    next.version = steps.back().version + 1;
    next.summary = u"a test step"_s;
    next.statements = std::move(statements);
    steps.push_back(next);
    return steps;
}

} // namespace

TEST_P(ArchiveSchemaTest, ANewArchiveIsAtThisBuildsVersionWithEveryStepApplied)
{
    RawArchive r = raw();
    auto version = migrateSchema(*r.sql, *r.dialect, m_location, archiveMigrations(), true);
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(*version, Archive::currentSchemaVersion());
    EXPECT_EQ(recordedVersion(r), Archive::currentSchemaVersion());
    for (const char* table :
         {"series", "obs", "obs_span", "rollup_hour", "rollup_day", "ingest_run", "quarantine"})
        EXPECT_TRUE(r.sql->database().tables().contains(QString::fromLatin1(table))) << table;
    for (int i = 0; i < int(archiveMigrations().size()); ++i)
        EXPECT_EQ(archiveMigrations()[std::size_t(i)].version, i + 1)
            << "steps are numbered 1, 2, … in order";
}

TEST_P(ArchiveSchemaTest, AnOlderArchiveIsUpgradedAndKeepsItsData)
{
    writeCurrentArchive();
    RawArchive r = raw();
    const auto steps =
        withNextStep({u"CREATE TABLE next_feature (id %ID%, name text NOT NULL, at %BIGINT%)"_s,
                      u"INSERT INTO next_feature (name, at) VALUES ('first', 1)"_s});
    auto version = migrateSchema(*r.sql, *r.dialect, m_location, steps, true);
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(*version, steps.back().version);
    EXPECT_EQ(recordedVersion(r), steps.back().version);
    EXPECT_EQ(r.sql->scalar(u"SELECT name FROM next_feature"_s)->toString(), u"first"_s);
    EXPECT_EQ(r.sql->scalar(u"SELECT count(*) FROM obs"_s)->toInt(), 3) << "the observations are still there";
    // Applied once: running the registry again does nothing.
    auto again = migrateSchema(*r.sql, *r.dialect, m_location, steps, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(r.sql->scalar(u"SELECT count(*) FROM next_feature"_s)->toInt(), 1);
}

TEST_P(ArchiveSchemaTest, AStepThatFailsLeavesTheArchiveAsItWas)
{
    writeCurrentArchive();
    RawArchive r = raw();
    const auto steps =
        withNextStep({u"CREATE TABLE half_done (id %ID%)"_s, u"CREATE TABLE obs (broken %BIGINT%)"_s});
    auto version = migrateSchema(*r.sql, *r.dialect, m_location, steps, true);
    ASSERT_FALSE(version.ok());
    EXPECT_EQ(version.error().code, ErrorCode::Database);
    EXPECT_TRUE(version.error().detail.contains(u"schema step %1"_s.arg(steps.back().version)))
        << version.error().detail.toStdString();
    EXPECT_EQ(recordedVersion(r), Archive::currentSchemaVersion());
    EXPECT_FALSE(r.sql->database().tables().contains(u"half_done"_s))
        << "the step's transaction was rolled back";
    r = {};
    auto archive = Archive::open(m_location, false);
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    EXPECT_EQ((*archive)->listSeries()->value(0).count, 3);
}

TEST_P(ArchiveSchemaTest, AReaderDoesNotUpgradeAndANewerArchiveIsRefused)
{
    writeCurrentArchive();
    {
        RawArchive r = raw();
        auto needsStep = migrateSchema(*r.sql, *r.dialect, m_location, withNextStep({u"SELECT 1"_s}), false);
        ASSERT_FALSE(needsStep.ok());
        EXPECT_TRUE(needsStep.error().message.contains(u"upgrade"_s))
            << needsStep.error().message.toStdString();
        EXPECT_EQ(recordedVersion(r), Archive::currentSchemaVersion());
        // A newer build upgrades it…
        ASSERT_TRUE(migrateSchema(*r.sql, *r.dialect, m_location, withNextStep({u"SELECT 1"_s}), true).ok());
    }
    // …and this build then refuses it rather than guess at a schema it does not know.
    auto archive = Archive::open(m_location);
    ASSERT_FALSE(archive.ok());
    EXPECT_TRUE(archive.error().message.contains(u"newer"_s)) << archive.error().message.toStdString();
}

TEST_P(ArchiveSchemaTest, ADatabaseThatIsNotAnArchiveIsNotTouched)
{
    {
        RawArchive r = raw();
        ASSERT_TRUE(r.sql->exec(u"CREATE TABLE obs (x integer)"_s).ok());
    }
    auto archive = Archive::open(m_location);
    ASSERT_FALSE(archive.ok());
    EXPECT_TRUE(archive.error().message.contains(u"not a CityOps archive"_s));
}

INSTANTIATE_TEST_SUITE_P(Engines, ArchiveSchemaTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const auto& info) { return std::string(info.param); });

// An archive written by the first release (schema 1): `cityops-cli ingest` of
// tests/data/archive-v1/archive-v1.csv through its mapping.json, dumped with `sqlite3 .dump`.
TEST(ArchiveSchema, TheFirstReleasesArchiveFileOpensAndReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QFile dump(test::testDataDir() + u"/archive-v1/archive-v1.sql"_s);
        ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
        auto sql = std::move(*SqlConnection::create(u"QSQLITE"_s));
        sql->database().setDatabaseName(path);
        ASSERT_TRUE(sql->database().open());
        for (const QString& statement : QString::fromUtf8(dump.readAll()).split(u";\n"_s)) {
            if (!statement.trimmed().isEmpty()) {
                ASSERT_TRUE(sql->exec(statement).ok()) << statement.toStdString();
            }
        }
    }
    auto archive = Archive::open(*ArchiveLocation::parse(path));
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    Archive& a = **archive;
    EXPECT_EQ(a.schemaVersion(), Archive::currentSchemaVersion());
    EXPECT_EQ(a.integrityCheck().valueOr(QString()), u"ok"_s);
    const auto list = *a.listSeries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].key.toString(), u"air.pm25@hc-01"_s);
    EXPECT_EQ(list[0].count, 6);
    EXPECT_EQ(list[1].key.toString(), u"air.pm25@st-02"_s);
    EXPECT_EQ(list[1].count, 5);
    const auto points = *a.points(list[0].id, 0, INT64_MAX / 2);
    ASSERT_EQ(points.size(), 6U);
    EXPECT_EQ(points.front().t, 1'704'042'000'000); // 2024-01-01T00:00+07:00
    EXPECT_DOUBLE_EQ(points.front().v, 35.5);
    const auto days = *a.rollup(list[0].id, RollupLevel::Day, 0, INT64_MAX / 2);
    ASSERT_EQ(days.size(), 1U);
    EXPECT_EQ(days[0].agg.count, 6U);
    EXPECT_DOUBLE_EQ(days[0].agg.sum, 35.5 + 40 + 42.25 + 50 + 61 + 58);
    const auto quarantined = *a.quarantine();
    ASSERT_EQ(quarantined.size(), 1);
    EXPECT_EQ(quarantined[0].reason, u"out-of-range"_s);
    EXPECT_EQ(quarantined[0].line, 13);
}
