#pragma once

// The city map: a QGraphicsView in Web Mercator (north up). Area layers come from GeoJSON
// (the official boundaries a user loads, or the project's own schematic map); an area
// indicator can colour them as a choropleth with a legend. Wheel to zoom, drag to pan.

#include "core/geo/geojson.h"

#include <QGraphicsView>
#include <QHash>

#include <deque>

class QGraphicsPathItem;
class QLabel;

namespace cityops::ui {

class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    // Adds an area layer; `keyProperty` names each area (e.g. "gso_code"), `labelProperty`
    // is shown in tooltips.
    void addAreaLayer(const geo::Layer& layer, const QString& keyProperty, const QString& labelProperty);

    // Colours the areas by value on a single-hue scale from `low` to `high` (areas without
    // a value stay neutral), and shows the legend.
    void setChoropleth(const QHash<QString, double>& values, double low, double high, const QString& title);
    QColor colourOf(const QString& key) const;
    static QColor rampColour(double fraction); // 0…1

    // The key of the area under a longitude/latitude, or empty.
    QString areaAt(const QPointF& lonLat) const;
    // Scene coordinates of a longitude/latitude (Web Mercator, y pointing south).
    static QPointF toScene(const QPointF& lonLat);

    void fitAll();
    int areaCount() const { return int(m_areas.size()); }

signals:
    void areaClicked(const QString& key);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Area
    {
        QString key;
        QString label;
        const geo::Feature* feature = nullptr;
        QGraphicsPathItem* item = nullptr;
    };
    std::deque<geo::Layer> m_layers; // the features the areas point into (stable addresses)
    std::vector<Area> m_areas;
    QLabel* m_legend = nullptr;
};

} // namespace cityops::ui
