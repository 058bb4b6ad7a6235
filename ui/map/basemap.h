#pragma once

// Raster basemaps under the map, off by default so the console works offline:
// - an MBTiles file (SQLite, read through QtSql; TMS rows), e.g. exported for the city;
// - an XYZ tile URL ("https://tiles.example/{z}/{x}/{y}.png") with an on-disk cache, so a
//   tile is fetched once and the map keeps working when the network goes.
// Tiles are 256 px Web Mercator (EPSG:3857) tiles.

#include "core/common/result.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkAccessManager;

namespace cityops::ui {

class TileSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    // The tile if it is available now (a null image otherwise: a fetch may start, and
    // tileReady() follows when it arrives).
    virtual QImage tile(int z, int x, int y) = 0;
    virtual QString description() const = 0;

    // "mbtiles:/path/city.mbtiles", a path ending in .mbtiles, or an http(s) URL with
    // {z}, {x} and {y}. `cacheDirectory` keeps fetched XYZ tiles.
    static Result<std::unique_ptr<TileSource>> open(const QString& spec, const QString& cacheDirectory);

signals:
    void tileReady();
};

class MbTilesSource final : public TileSource
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<MbTilesSource>> open(const QString& path);
    ~MbTilesSource() override;

    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QImage tile(int z, int x, int y) override;
    QString description() const override;

private:
    MbTilesSource() = default;
    QString m_connection;
    QString m_path;
    QString m_name;
    int m_minZoom = 0;
    int m_maxZoom = 18;
    QCache<quint64, QImage> m_cache{256};
};

class XyzTileSource final : public TileSource
{
    Q_OBJECT
public:
    XyzTileSource(QString urlTemplate, const QString& cacheDirectory, int maxZoom = 19);
    ~XyzTileSource() override;

    int minZoom() const override { return 0; }
    int maxZoom() const override { return m_maxZoom; }
    QImage tile(int z, int x, int y) override;
    QString description() const override { return m_template; }
    int requestsSent() const { return m_requests; }
    int failures() const { return m_failures; }

private:
    QString m_template;
    int m_maxZoom;
    QNetworkAccessManager* m_network = nullptr;
    QCache<quint64, QImage> m_cache{256};
    QSet<quint64> m_pending;
    QSet<quint64> m_failed; // not asked again in this session
    int m_requests = 0;
    int m_failures = 0;
};

} // namespace cityops::ui
