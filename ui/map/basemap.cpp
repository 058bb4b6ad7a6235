#include "ui/map/basemap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::ui::Basemap)
};

quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 58) | (quint64(x) << 29) | quint64(y);
}

} // namespace

Result<std::unique_ptr<TileSource>> TileSource::open(const QString& spec, const QString& cacheDirectory)
{
    if (spec.startsWith(u"http://"_s) || spec.startsWith(u"https://"_s)) {
        if (!spec.contains(u"{z}"_s) || !spec.contains(u"{x}"_s) || !spec.contains(u"{y}"_s))
            return Error{ErrorCode::InvalidArgument, Text::tr("a tile URL needs {z}, {x} and {y}"), spec};
        return std::unique_ptr<TileSource>(std::make_unique<XyzTileSource>(spec, cacheDirectory));
    }
    QString path = spec;
    if (path.startsWith(u"mbtiles:"_s))
        path = path.mid(8);
    auto source = MbTilesSource::open(path);
    if (!source)
        return source.error();
    return std::unique_ptr<TileSource>(std::move(*source));
}

// ---------------------------------------------------------------------------- MBTiles

Result<std::unique_ptr<MbTilesSource>> MbTilesSource::open(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::NotFound, Text::tr("the MBTiles file does not exist"), path};
    std::unique_ptr<MbTilesSource> source(new MbTilesSource);
    source->m_path = path;
    source->m_connection = u"mbtiles-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, source->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Error{ErrorCode::Database, Text::tr("cannot open the MBTiles file"),
                     path + u": "_s + db.lastError().text()};
    QSqlQuery check(db);
    if (!check.exec(u"SELECT count(*) FROM tiles"_s))
        return Error{ErrorCode::Validation, Text::tr("not an MBTiles file (no tiles table)"),
                     path + u": "_s + check.lastError().text()};
    QSqlQuery meta(db);
    if (meta.exec(u"SELECT name, value FROM metadata"_s)) {
        while (meta.next()) {
            const QString key = meta.value(0).toString();
            if (key == u"minzoom"_s)
                source->m_minZoom = meta.value(1).toInt();
            else if (key == u"maxzoom"_s)
                source->m_maxZoom = meta.value(1).toInt();
            else if (key == u"name"_s)
                source->m_name = meta.value(1).toString();
        }
    }
    return source;
}

MbTilesSource::~MbTilesSource()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QImage MbTilesSource::tile(int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    if (QImage* cached = m_cache.object(key))
        return *cached;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(
            u"SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"_s))
        return QImage(); // the file went bad: not remembered, asked again next time
    query.addBindValue(z);
    query.addBindValue(x);
    query.addBindValue((1 << z) - 1 - y); // MBTiles rows count from the south (TMS)
    if (!query.exec())
        return QImage();
    QImage image;
    if (query.next())
        image.loadFromData(query.value(0).toByteArray());
    m_cache.insert(key, new QImage(image)); // a missing tile is remembered as missing
    return image;
}

QString MbTilesSource::description() const
{
    return m_name.isEmpty() ? QFileInfo(m_path).fileName() : m_name;
}

// ---------------------------------------------------------------------------- XYZ

XyzTileSource::XyzTileSource(QString urlTemplate, const QString& cacheDirectory, int maxZoom)
    : m_template(std::move(urlTemplate))
    , m_maxZoom(maxZoom)
    , m_network(new QNetworkAccessManager(this))
{
    if (!cacheDirectory.isEmpty()) {
        auto* cache = new QNetworkDiskCache(m_network);
        QDir().mkpath(cacheDirectory);
        cache->setCacheDirectory(cacheDirectory);
        cache->setMaximumCacheSize(512LL * 1024 * 1024);
        m_network->setCache(cache);
    }
}

XyzTileSource::~XyzTileSource() = default;

QImage XyzTileSource::tile(int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    if (QImage* cached = m_cache.object(key))
        return *cached;
    if (m_pending.contains(key) || m_failed.contains(key))
        return {};
    QString url = m_template;
    url.replace(u"{z}"_s, QString::number(z))
        .replace(u"{x}"_s, QString::number(x))
        .replace(u"{y}"_s, QString::number(y));
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(u"CityOps/"_s + QCoreApplication::applicationVersion()));
    request.setTransferTimeout(15000); // a hanging tile server must not hold tiles forever
    m_pending.insert(key);
    ++m_requests;
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
        reply->deleteLater();
        m_pending.remove(key);
        QImage image;
        if (reply->error() == QNetworkReply::NoError)
            image.loadFromData(reply->readAll());
        if (image.isNull()) {
            ++m_failures;
            m_failed.insert(key);
            return;
        }
        m_cache.insert(key, new QImage(image));
        emit tileReady();
    });
    return {};
}

} // namespace cityops::ui
