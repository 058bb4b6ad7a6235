// A feed's credential: named in the feeds file, never written there; read from the system
// keychain, else an environment variable, else a file only its owner can read (a file others
// can read is refused); sent as its header; never in an error message. A loopback server
// (QtHttpServer on 127.0.0.1) answers 401 unless the header is right.

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

class Guarded
{
public:
    Guarded()
    {
        m_server.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& r) {
            if (request.value("X-Api-Key") != "Key s3cret-t0ken") {
                r.write(QByteArray(R"({"error": "Unauthorized", "description": "no valid key"})"),
                        {{"Content-Type", "application/json"}},
                        QHttpServerResponder::StatusCode::Unauthorized);
                return;
            }
            r.write(QByteArray(
                        R"([{"id": "e1", "type": "T", "dateObserved": "2026-10-14T08:00:00Z", "level": 3}])"),
                    {{"Content-Type", "application/json"}, {"Fiware-Total-Count", "1"}});
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port = 0;

private:
    QHttpServer m_server;
};

Result<feeds::FeedsConfig> config(quint16 port, const QString& credential, const QString& path)
{
    return feeds::FeedsConfig::parse(
        QStringLiteral(R"({"feeds": [{"id": "guarded", "protocol": "ngsi-v2", "url": "http://127.0.0.1:%1",
            "credential": %2, "map": [{"attributes": {"level": "flood.depth"}, "place": "{entity}"}]}]})")
            .arg(port)
            .arg(credential)
            .toUtf8(),
        path, catalog());
}

QString fetchError(const feeds::FeedConfig& feed)
{
    const auto got = feeds::fetchFeed(feed);
    return got.ok() ? QString() : got.error().toString();
}

void writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    ASSERT_TRUE(f.setPermissions(permissions));
}

} // namespace

TEST(FeedsCredentials, FromTheEnvironmentOrAnOwnerOnlyFileNeverInMessages)
{
    Guarded server;
    ASSERT_NE(server.port, 0);
    QTemporaryDir dir;
    const QString feedsFile = dir.filePath(u"feeds.json"_s);

    qunsetenv("CITYOPS_TEST_TOKEN");
    auto c =
        config(server.port, uR"({"header": "X-Api-Key", "prefix": "Key ", "env": "CITYOPS_TEST_TOKEN"})"_s,
               feedsFile);
    ASSERT_TRUE(c.ok()) << c.error().detail.toStdString();
    const QString none = fetchError(c->feeds[0]);
    EXPECT_TRUE(none.contains(u"no credential found (environment variable CITYOPS_TEST_TOKEN: not set)"_s))
        << none.toStdString();

    qputenv("CITYOPS_TEST_TOKEN", "s3cret-t0ken");
    EXPECT_EQ(fetchError(c->feeds[0]), QString()) << "the key from the environment";
    qputenv("CITYOPS_TEST_TOKEN", "wrong-s3cret");
    const QString wrong = fetchError(c->feeds[0]);
    EXPECT_TRUE(wrong.startsWith(u"HTTP 401: the broker says Unauthorized: no valid key"_s))
        << wrong.toStdString();
    EXPECT_FALSE(wrong.contains(u"s3cret"_s)) << "the secret is never in a message";
    qunsetenv("CITYOPS_TEST_TOKEN");

    c = config(server.port, uR"({"header": "X-Api-Key", "prefix": "Key ", "file": "token"})"_s, feedsFile);
    ASSERT_TRUE(c.ok()) << c.error().detail.toStdString();
    EXPECT_EQ(c->feeds[0].credential.file, dir.filePath(u"token"_s)) << "relative to the feeds file";
    writeFile(dir.filePath(u"token"_s), "s3cret-t0ken\n", QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(fetchError(c->feeds[0]), QString()) << "the key from a 0600 file, its newline dropped";
    writeFile(dir.filePath(u"token"_s), "s3cret-t0ken\n",
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString open = fetchError(c->feeds[0]);
    EXPECT_TRUE(open.contains(u"can be read by others (mode 644): refused"_s)) << open.toStdString();
    EXPECT_FALSE(open.contains(u"s3cret"_s));
}

// A keychain entry first: where no keychain service runs (a headless collector), the next
// source is used, without hanging.
TEST(FeedsCredentials, AKeychainThatIsNotThereFallsBackToTheEnvironment)
{
    Guarded server;
    QTemporaryDir dir;
    qputenv("CITYOPS_TEST_TOKEN", "s3cret-t0ken");
    const auto c = config(
        server.port,
        uR"({"header": "X-Api-Key", "prefix": "Key ", "keychain": "cityops-test-no-such-entry", "env": "CITYOPS_TEST_TOKEN"})"_s,
        dir.filePath(u"feeds.json"_s));
    ASSERT_TRUE(c.ok()) << c.error().detail.toStdString();
    EXPECT_EQ(fetchError(c->feeds[0]), QString());
    qunsetenv("CITYOPS_TEST_TOKEN");
}

TEST(FeedsCredentials, TheFeedsFileNamesWhereTheSecretIsAndOnlyForHttps)
{
    QTemporaryDir dir;
    const auto bad = feeds::FeedsConfig::parse(
        R"({"feeds": [{"id": "x", "protocol": "ngsi-v2", "url": "http://orion.example.vn:1026",
            "credential": {"header": "Bad Header", "secret": "hunter2"},
            "map": [{"attributes": {"level": "flood.depth"}, "place": "{entity}"}]}]})",
        u"f.json"_s, catalog());
    ASSERT_FALSE(bad.ok());
    const QStringList p = bad.error().detail.split(u'\n');
    EXPECT_TRUE(p.contains(
        u"f.json: /feeds/0/credential/secret: unknown key (known: header, prefix, keychain, env, file)"_s))
        << bad.error().detail.toStdString();
    EXPECT_TRUE(p.contains(u"f.json: /feeds/0/credential/header: must be an HTTP header name"_s));
    EXPECT_TRUE(
        p.contains(u"f.json: /feeds/0/credential: names no keychain entry, environment variable or file"_s));
    EXPECT_TRUE(p.contains(
        u"f.json: /feeds/0/credential: a credential is sent only over TLS (https, mqtts) or to this machine"_s));
}
