// TLS to a feed: verification is on by default, so a server with a self-signed certificate
// is refused with the reason; trusted once its certificate authority is configured (the
// feed's "caFile"), and never by turning verification off. The certificate is made by the
// test with openssl, for 127.0.0.1; the server is QtHttpServer on 127.0.0.1.

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/http/ngsiv2fetch.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

class TlsServer
{
public:
    explicit TlsServer(const QTemporaryDir& dir)
    {
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                       u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
            return;
        QFile certFile(dir.filePath(u"cert.pem"_s)), keyFile(dir.filePath(u"key.pem"_s));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        m_server.sslSetup(certificate, key);
        m_server.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& r) {
            r.write(QByteArray(
                        R"([{"id": "e1", "type": "T", "dateObserved": "2026-10-14T08:00:00Z", "level": 3}])"),
                    {{"Content-Type", "application/json"}, {"Fiware-Total-Count", "1"}});
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(port)); }
    QSslCertificate certificate;
    quint16 port = 0;

private:
    QHttpServer m_server;
};

} // namespace

TEST(FeedsTls, ASelfSignedServerIsRefusedUntilItsCaIsConfigured)
{
    QTemporaryDir dir;
    TlsServer server(dir);
    ASSERT_FALSE(server.certificate.isNull()) << "openssl made no certificate";
    ASSERT_NE(server.port, 0);

    feeds::NgsiV2Query query{server.url(), {}, {}, {}};
    query.timeoutMs = 20'000;
    const auto refused = feeds::fetchNgsiV2(query);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(u"the server's TLS certificate is not trusted: "_s))
        << refused.error().message.toStdString();

    query.access.ca = {server.certificate};
    const auto trusted = feeds::fetchNgsiV2(query);
    ASSERT_TRUE(trusted.ok()) << trusted.error().toString().toStdString();
    EXPECT_EQ(trusted->items.observations.size(), 1u);
}

TEST(FeedsTls, TheFeedsFileNamesItsCaRelativeToItself)
{
    QTemporaryDir dir;
    TlsServer server(dir);
    ASSERT_FALSE(server.certificate.isNull());
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(catalog.ok());
    auto config = [&](const QString& ca) {
        return QStringLiteral(R"({"feeds": [{"id": "tls", "protocol": "ngsi-v2", "url": "%1", "caFile": "%2",
                                 "map": [{"attributes": {"level": "flood.depth"}, "place": "{entity}"}]}]})")
            .arg(server.url().toString(), ca)
            .toUtf8();
    };
    const QString path = dir.filePath(u"feeds.json"_s);
    const auto ok = feeds::FeedsConfig::parse(config(u"cert.pem"_s), path, *catalog);
    ASSERT_TRUE(ok.ok()) << ok.error().detail.toStdString();
    EXPECT_EQ(ok->feeds[0].caFile, dir.filePath(u"cert.pem"_s));
    EXPECT_FALSE(ok->feeds[0].caPem.isEmpty());

    const auto missing = feeds::FeedsConfig::parse(config(u"nowhere.pem"_s), path, *catalog);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().detail.startsWith(path + u": /feeds/0/caFile: cannot read "_s))
        << missing.error().detail.toStdString();
    QFile self(path);
    ASSERT_TRUE(self.open(QIODevice::WriteOnly));
    self.write("{}");
    self.close();
    const auto empty = feeds::FeedsConfig::parse(config(u"feeds.json"_s), path, *catalog);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().detail.contains(u"holds no PEM certificate"_s))
        << empty.error().detail.toStdString();
}
