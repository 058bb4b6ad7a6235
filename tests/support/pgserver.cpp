#include "tests/support/pgserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <cstdlib>

#include "tests/support/testpaths.h"

using namespace Qt::StringLiterals;

namespace cityops::test {

namespace {

QString g_ownState; // set when this process started the cluster itself

void stopOwnCluster()
{
    if (g_ownState.isEmpty())
        return;
    QProcess::execute(u"bash"_s, {sourceDir() + u"/tests/support/pg_cluster.sh"_s, u"stop"_s, g_ownState});
}

QString readUrl(const QString& stateFile)
{
    QFile f(stateFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).section(u' ', 0, 0).trimmed();
}

int psql(const QString& serverUrl, const QString& sql, QString* output)
{
    QProcess p;
    p.start(u"psql"_s, {u"-qAtX"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, serverUrl, u"-c"_s, sql});
    p.waitForFinished(60'000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

QString postgresServer(QString* whyNot)
{
    static QString url;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const QString fixtureState = qEnvironmentVariable("CITYOPS_TEST_PG_STATE");
        if (!fixtureState.isEmpty() && QFile::exists(fixtureState)) {
            url = readUrl(fixtureState);
        } else {
            const QString state = u"/tmp/cityops-test-pg-%1.state"_s.arg(QCoreApplication::applicationPid());
            QProcess p;
            p.start(u"bash"_s, {sourceDir() + u"/tests/support/pg_cluster.sh"_s, u"start"_s, state});
            p.waitForFinished(120'000);
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
                g_ownState = state;
                std::atexit(stopOwnCluster);
                url = readUrl(state);
            } else {
                failure = QString::fromUtf8(p.readAllStandardError());
            }
        }
        if (url.isEmpty() && failure.isEmpty())
            failure = u"no PostgreSQL server state in "_s + fixtureState;
    }
    if (whyNot)
        *whyNot = failure;
    return url;
}

ScratchPostgresDatabase::ScratchPostgresDatabase()
{
    static std::atomic<int> counter{0};
    const QString server = postgresServer(&m_error);
    if (server.isEmpty())
        return;
    m_name = u"cityops_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetch_add(1));
    QString output;
    if (psql(server, u"CREATE DATABASE %1"_s.arg(m_name), &output) != 0) {
        m_error = output;
        return;
    }
    m_url = server.section(u'/', 0, -2) + u'/' + m_name;
}

ScratchPostgresDatabase::~ScratchPostgresDatabase()
{
    if (m_url.isEmpty())
        return;
    psql(postgresServer(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name), nullptr);
}

ScratchArchive::ScratchArchive(const std::string& engine)
{
    if (engine == "postgresql") {
        m_pg = std::make_unique<ScratchPostgresDatabase>();
        if (m_pg->ok())
            m_url = m_pg->url();
        else
            m_error = QStringLiteral("PostgreSQL test server unavailable: ") + m_pg->error();
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (m_dir->isValid())
        m_url = m_dir->filePath(QStringLiteral("archive.sqlite"));
    else
        m_error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
}

ScratchArchive::~ScratchArchive() = default;

} // namespace cityops::test
