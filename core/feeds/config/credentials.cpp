#include "core/feeds/config/credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Credentials)
};

constexpr int kKeychainTimeoutMs = 5000;

// Runs a keychain job to its end (or the timeout: a desktop without a keychain service
// must not hang a collector); its error text, empty when it succeeded.
QString runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done)
        return Text::tr("the keychain did not answer within %n second(s)", nullptr,
                        kKeychainTimeoutMs / 1000);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

std::optional<QByteArray> fromKeychain(const QString& entry, QStringList& tried)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kKeychainService));
    job.setKey(entry);
    const QString error = runJob(job);
    if (error.isEmpty())
        return job.binaryData();
    tried << Text::tr("keychain entry %1: %2").arg(entry, error);
    return std::nullopt;
}

// The file's secret, when only its owner (the collector's user) can read it.
Result<QByteArray> fromFile(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error{ErrorCode::NotFound, Text::tr("no credential file %1").arg(path), path};
    if ((st.st_mode & 077) != 0 || st.st_uid != ::getuid())
        return Error{ErrorCode::Validation,
                     Text::tr("the credential file %1 can be read by others (mode %2): refused; make it the "
                              "collector's own with chmod 600")
                         .arg(path)
                         .arg(QString::number(st.st_mode & 0777, 8)),
                     path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("cannot read the credential file %1").arg(path),
                     file.errorString()};
    QByteArray secret = file.read(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

} // namespace

Result<QByteArray> readSecret(const Credential& c)
{
    QStringList tried;
    if (!c.keychain.isEmpty()) {
        if (auto secret = fromKeychain(c.keychain, tried))
            return *secret;
    }
    if (!c.env.isEmpty()) {
        const QByteArray secret = qgetenv(c.env.toLocal8Bit().constData());
        if (!secret.isEmpty())
            return secret;
        tried << Text::tr("environment variable %1: not set").arg(c.env);
    }
    if (!c.file.isEmpty()) {
        auto secret = fromFile(c.file);
        if (secret || secret.error().code == ErrorCode::Validation)
            return secret; // (a file others can read is refused, not passed over)
        tried << secret.error().message;
    }
    return Error{ErrorCode::NotFound, Text::tr("no credential found (%1)").arg(tried.join(u"; "_s)),
                 QString()};
}

Result<std::pair<QByteArray, QByteArray>> credentialHeader(const Credential& c)
{
    auto secret = readSecret(c);
    if (!secret)
        return secret.error();
    return std::pair<QByteArray, QByteArray>{c.header.toLatin1(), QByteArray(c.prefix.toUtf8() + *secret)};
}

Result<void> storeSecret(const QString& entry, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(kKeychainService));
    job.setKey(entry);
    job.setBinaryData(secret);
    const QString error = runJob(job);
    if (!error.isEmpty())
        return Error{ErrorCode::Io, Text::tr("cannot store the secret in the keychain: %1").arg(error),
                     entry};
    return {};
}

} // namespace cityops::feeds
