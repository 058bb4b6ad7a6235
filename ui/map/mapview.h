#pragma once

// The city map: a QGraphicsView in Web Mercator (north up). Layers come from GeoJSON:
// areas (the project's schematic Da Nang by default, or official boundaries a user loads)
// and lines (coastline, river). An area indicator colours the areas as a choropleth with a
// legend; station markers show their latest value's state (alarm colours only when
// abnormal) and are clustered when there are more than a few hundred. Markers are updated
// in place: a new reading recolours an item, it never rebuilds the scene. An optional
// raster basemap (MBTiles or XYZ) is drawn underneath. Wheel to zoom, drag to pan.

#include "core/geo/geojson.h"
#include "core/status/status.h"
#include "ui/theme/theme.h"

#include <QGraphicsView>
#include <QHash>

#include <deque>
#include <memory>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QLabel;

class QTimer;

namespace cityops::ui {

class TileSource;
class MarkerItem;

struct MapMarker
{
    QString id;
    QPointF lonLat;
    QString label;  // station name
    QString detail; // "52 cm · 08:05"
    status::Level level = status::Level::NoData;
    bool stale = false;
    bool blinking = false; // an alarm here waits for an acknowledgement
};

class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(const Theme& theme, QWidget* parent = nullptr);
    ~MapView() override;

    // Adds a layer: polygons become areas named by `keyProperty` (e.g. "gso_code") and
    // labelled by `labelProperty`; lines are drawn as coastline or river ("kind" property).
    void addAreaLayer(const geo::Layer& layer, const QString& keyProperty, const QString& labelProperty);
    void clearLayers();
    // Draws each area's label at its centre (on by default for the wall).
    void setAreaLabelsVisible(bool on);

    // Colours the areas by value on a single-hue scale from `low` to `high` (areas without
    // a value stay neutral and say "no data"), and shows the legend.
    // Areas whose `levels` entry is abnormal take that alarm colour instead (ISA-101: colour
    // is for what is abnormal; the scale itself is neutral).
    void setChoropleth(const QHash<QString, double>& values, double low, double high, const QString& title,
                       const std::function<QString(double)>& format = {},
                       const QHash<QString, status::Level>& levels = {});
    QColor colourOf(const QString& key) const;
    // Outlines one area (the desk's district filter); empty clears.
    void setSelectedArea(const QString& key);
    QString selectedArea() const { return m_selected; }

    // Station markers, matched by id: existing items are updated, new ones added, missing
    // ones removed.
    void setMarkers(const QList<MapMarker>& markers);
    int markerItemCount() const { return int(m_markers.size()); }
    // Markers (and clusters) blinking now, and the phase they are in (true: filled).
    int blinkingMarkerCount() const;
    bool blinkPhase() const { return m_blinkOn; }
    const MarkerItem* markerItem(const QString& id) const;
    // Above this many markers, nearby ones merge into clusters showing their count and
    // their worst state.
    void setClusterThreshold(int markers);
    int visibleClusterCount() const;
    int visibleMarkerCount() const;

    // A raster basemap under the areas (nullptr: none, the default).
    void setBasemap(std::unique_ptr<TileSource> source);
    TileSource* basemap() const { return m_basemap.get(); }
    int basemapZoom() const;

    // The key of the area under a longitude/latitude, or empty.
    QString areaAt(const QPointF& lonLat) const;
    // Scene coordinates of a longitude/latitude (Web Mercator, y pointing south).
    static QPointF toScene(const QPointF& lonLat);

    void fitAll();
    int areaCount() const { return int(m_areas.size()); }
    // A line in the map's corner saying what the map is ("Schematic — not official
    // boundaries"); empty hides it.
    void setCaption(const QString& text);
    QString caption() const;
    // Stations that report but have no location: listed in a note, not drawn.
    void setUnplacedStations(const QStringList& names);
    QString unplacedText() const;
    // Where the legend, the note and the caption are, on the view (tests: nothing overlaps).
    QRect legendGeometry() const;
    QRect captionGeometry() const;
    // The visible area labels' rectangles on the view, by area key.
    QHash<QString, QRectF> labelGeometries() const;
    // The visible markers' and clusters' discs on the view.
    QList<QRectF> markerGeometries() const;

signals:
    void areaClicked(const QString& key);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void recluster();
    void toggleBlink();
    void placeLegend();
    void placeLabels();
    void applyUiScale();
    double pixelsPerSceneUnit() const;

    struct Area
    {
        QString key;
        QString label;
        const geo::Feature* feature = nullptr;
        QGraphicsPathItem* item = nullptr;
        QGraphicsSimpleTextItem* text = nullptr;
        QBrush base;
    };
    std::deque<geo::Layer> m_layers; // the features the areas point into (stable addresses)
    std::vector<Area> m_areas;
    std::vector<QGraphicsItem*> m_lineItems;
    QHash<QString, MarkerItem*> m_markers;
    QTimer* m_blink = nullptr;
    bool m_blinkOn = true;
    std::vector<MarkerItem*> m_clusters; // a pool, reused on each reclustering
    int m_clusterThreshold = 300;
    double m_clusteredAtScale = -1;
    QString m_selected;
    bool m_labels = true;
    double m_uiScale = 1;
    QLabel* m_legend = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_note = nullptr; // stations without a location
    std::unique_ptr<TileSource> m_basemap;
    Theme m_theme; // the colours of areas, markers and labels
};

} // namespace cityops::ui
