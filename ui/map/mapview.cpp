#include "ui/map/mapview.h"

#include "core/geo/mercator.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {
const QColor kNeutral(0x3a, 0x3f, 0x46); // ISA-101: grey unless there is something to say
const QColor kBorder(0x8a, 0x93, 0x9d);
} // namespace

MapView::MapView(QWidget* parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0x1f, 0x23, 0x28));
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"mapLegend"_s);
    m_legend->hide();
}

MapView::~MapView() = default;

QPointF MapView::toScene(const QPointF& lonLat)
{
    const QPointF m = geo::toMercator(lonLat);
    return {m.x(), -m.y()};
}

void MapView::addAreaLayer(const geo::Layer& layer, const QString& keyProperty, const QString& labelProperty)
{
    m_layers.push_back(layer);
    const geo::Layer& kept = m_layers.back();
    for (const geo::Feature& feature : kept.features) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::Polygon& polygon : feature.polygons) {
            for (const geo::Ring& ring : polygon) {
                if (ring.isEmpty())
                    continue;
                path.moveTo(toScene(ring.front()));
                for (qsizetype i = 1; i < ring.size(); ++i)
                    path.lineTo(toScene(ring.at(i)));
                path.closeSubpath();
            }
        }
        auto* item = scene()->addPath(path, QPen(kBorder, 0), QBrush(kNeutral));
        const QString key = feature.property(keyProperty);
        const QString label = feature.property(labelProperty);
        item->setToolTip(label);
        item->setData(0, key);
        m_areas.push_back({key, label, &feature, item});
    }
    fitAll();
}

QColor MapView::rampColour(double fraction)
{
    // One hue, light to dark blue-grey: a quantity, not an alarm.
    const double f = std::clamp(fraction, 0.0, 1.0);
    const QColor low(0x4a, 0x55, 0x63);
    const QColor high(0x9f, 0xc5, 0xe8);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * f),
                            float(low.greenF() + (high.greenF() - low.greenF()) * f),
                            float(low.blueF() + (high.blueF() - low.blueF()) * f));
}

void MapView::setChoropleth(const QHash<QString, double>& values, double low, double high,
                            const QString& title)
{
    const QLocale locale;
    for (Area& area : m_areas) {
        const auto it = values.constFind(area.key);
        if (it == values.cend()) {
            area.item->setBrush(kNeutral);
            area.item->setToolTip(area.label + u"\n"_s + tr("no data"));
            continue;
        }
        const double fraction = high > low ? (*it - low) / (high - low) : 0.5;
        area.item->setBrush(rampColour(fraction));
        area.item->setToolTip(area.label + u"\n"_s + title + u": "_s + locale.toString(*it, 'f', 1));
    }
    m_legend->setText(u"<b>%1</b><br><span style='background:%2'>&nbsp;&nbsp;&nbsp;</span> %3 "
                      "&nbsp;<span style='background:%4'>&nbsp;&nbsp;&nbsp;</span> %5"_s.arg(
                          title.toHtmlEscaped(), rampColour(0).name(), locale.toString(low, 'f', 1),
                          rampColour(1).name(), locale.toString(high, 'f', 1)));
    m_legend->adjustSize();
    m_legend->move(8, height() - m_legend->height() - 8);
    m_legend->show();
}

QColor MapView::colourOf(const QString& key) const
{
    for (const Area& area : m_areas) {
        if (area.key == key)
            return area.item->brush().color();
    }
    return {};
}

QString MapView::areaAt(const QPointF& lonLat) const
{
    for (const Area& area : m_areas) {
        if (area.feature && area.feature->contains(lonLat))
            return area.key;
    }
    return {};
}

void MapView::fitAll()
{
    if (!scene()->items().isEmpty())
        fitInView(scene()->itemsBoundingRect().marginsAdded(QMarginsF(500, 500, 500, 500)),
                  Qt::KeepAspectRatio);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    const QPointF scenePoint = mapToScene(event->position().toPoint());
    const QPointF lonLat = geo::fromMercator(QPointF(scenePoint.x(), -scenePoint.y()));
    const QString key = areaAt(lonLat);
    if (!key.isEmpty())
        emit areaClicked(key);
    QGraphicsView::mousePressEvent(event);
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitAll();
    if (m_legend->isVisible())
        m_legend->move(8, height() - m_legend->height() - 8);
}

} // namespace cityops::ui
