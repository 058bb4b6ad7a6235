#include "tests/support/testpaths.h"

#include "core/catalog/catalogloader.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace cityops::test {

QString sourceDir()
{
    return QStringLiteral(CITYOPS_SOURCE_DIR);
}

QString testDataDir()
{
    return sourceDir() + u"/tests/data"_s;
}

QString sharedDataDir()
{
    const QString fromEnv = qEnvironmentVariable("CITYOPS_SHARED_DATA");
    const QString dir = fromEnv.isEmpty() ? sourceDir() + u"/../shared/data"_s : fromEnv;
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

bool copyEmbeddedCatalog(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return false;
    for (const QString& name : CatalogLoader::fileNames()) {
        const QString target = QDir(directory).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(CatalogLoader::embeddedDirectory() + u"/"_s + name, target))
            return false;
        QFile::setPermissions(target,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

} // namespace cityops::test
