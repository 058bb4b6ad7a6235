#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace cityops::test {

// A PostgreSQL server on 127.0.0.1 for this test run: the one the ctest fixture started
// (its state file in $CITYOPS_TEST_PG_STATE), or else one this process starts with
// tests/support/pg_cluster.sh and stops at exit. Returns the server URL
// (postgresql://postgres@127.0.0.1:PORT/postgres), or empty with `whyNot` set.
QString postgresServer(QString* whyNot = nullptr);

// A new, empty database on that server, dropped by the destructor.
class ScratchPostgresDatabase
{
public:
    ScratchPostgresDatabase();
    ~ScratchPostgresDatabase();
    ScratchPostgresDatabase(const ScratchPostgresDatabase&) = delete;
    ScratchPostgresDatabase& operator=(const ScratchPostgresDatabase&) = delete;

    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

// An empty archive for the engine a parameterised test runs on ("sqlite": a file in a
// temporary folder; "postgresql": a scratch database on the test server), as a URL.
class ScratchArchive
{
public:
    explicit ScratchArchive(const std::string& engine);
    ~ScratchArchive();
    ScratchArchive(const ScratchArchive&) = delete;
    ScratchArchive& operator=(const ScratchArchive&) = delete;

    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchPostgresDatabase> m_pg;
    QString m_url;
    QString m_error;
};

// The engines every archive test runs on.
inline const char* const kArchiveEngines[] = {"sqlite", "postgresql"};

} // namespace cityops::test
