#include "core/feeds/config/folderconfig.h"

#include "core/feeds/files/mapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::FeedConfig)
};

// What a folder feed has no use for: it has a path, and its mapping file maps.
const QStringList kNotForFolders = {u"url"_s,         u"map"_s,      u"type"_s,        u"credential"_s,
                                    u"caFile"_s,      u"pageSize"_s, u"numericText"_s, u"duplicates"_s,
                                    u"incremental"_s, u"service"_s,  u"servicePath"_s, u"context"_s};

} // namespace

void readFolder(const QJsonObject& o, JsonProblems& problems, FeedConfig& f, const QString& configPath,
                const Catalog& catalog)
{
    for (const QString& key : kNotForFolders) {
        if (o.contains(key))
            problems.add(f.pointer + u'/' + key,
                         Text::tr("not for a folder feed: it reads files through its \"mapping\""));
    }
    const QDir base(QFileInfo(configPath).absolutePath());
    if (const QString path = problems.string(o, u"path"_s, f.pointer, true); !path.isEmpty()) {
        f.folder = QDir::cleanPath(base.absoluteFilePath(path));
        // (A folder not there yet is not a mistake of the file: each poll says it is missing.)
        const QFileInfo info(f.folder);
        if (info.exists() && !info.isDir())
            problems.add(f.pointer + u"/path"_s, Text::tr("%1 is not a folder").arg(f.folder));
        else if (info.exists() && (!info.isReadable() || !info.isWritable()))
            problems.add(
                f.pointer + u"/path"_s,
                Text::tr("%1 must be readable and writable (files read are moved to done/)").arg(f.folder));
    }
    if (const QString mapping = problems.string(o, u"mapping"_s, f.pointer, true); !mapping.isEmpty()) {
        f.mappingFile = base.absoluteFilePath(mapping);
        auto loaded = files::Mapping::load(f.mappingFile, catalog);
        if (loaded)
            f.mapping = std::make_shared<const files::Mapping>(std::move(*loaded));
        else
            problems.add(f.pointer + u"/mapping"_s,
                         loaded.error().message + u": "_s + loaded.error().detail.split(u'\n').join(u"; "_s));
    }
    f.filePatterns = {u"*.csv"_s, u"*.ndjson"_s, u"*.jsonl"_s};
    if (o.contains(u"files"_s)) {
        f.filePatterns.clear();
        for (const QJsonValue& v : o.value(u"files"_s).toArray()) {
            if (v.isString() && !v.toString().isEmpty() && !v.toString().contains(u'/'))
                f.filePatterns << v.toString();
            else
                problems.add(f.pointer + u"/files"_s,
                             Text::tr("must be file name patterns such as \"*.csv\""));
        }
        if (f.filePatterns.isEmpty())
            problems.add(f.pointer + u"/files"_s, Text::tr("must be file name patterns such as \"*.csv\""));
    }
}

} // namespace cityops::feeds
