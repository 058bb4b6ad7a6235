#include "ui/map/mapview.h"

#include "core/geo/mercator.h"
#include "ui/map/basemap.h"
#include "ui/theme/theme.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {
constexpr double kWorldHalf = 20037508.342789244; // Web Mercator half extent, metres
constexpr int kMarkerPx = 9;                      // marker radius in pixels at 1080 lines
constexpr int kClusterCellPx = 56;
} // namespace

// A station marker or a cluster of them: a disc of constant on-screen size.
class MarkerItem final : public QGraphicsItem
{
public:
    explicit MarkerItem(const Theme& theme)
        : theme(theme)
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(10);
    }
    QRectF boundingRect() const override
    {
        const double r = radius() + 2;
        return {-r, -r, 2 * r, 2 * r};
    }
    QPainterPath shape() const override
    {
        QPainterPath p;
        p.addEllipse(boundingRect());
        return p;
    }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const double r = radius();
        const QColor fill = theme.levelColour(level);
        // Stale: a hollow magenta ring, so "no news" never looks like "all is well"; no data
        // at all: a hollow ring struck through, a mark of its own.
        if (stale) {
            painter->setPen(QPen(theme.stale, 3));
            painter->setBrush(theme.mapArea);
        } else if (level == status::Level::NoData) {
            painter->setPen(QPen(theme.textMuted, 2));
            painter->setBrush(theme.mapArea);
            painter->drawEllipse(QPointF(0, 0), r, r);
            painter->drawLine(QPointF(-r * 0.7, r * 0.7), QPointF(r * 0.7, -r * 0.7));
            return;
        } else if (blinking && !phaseOn) {
            // An alarm waiting for an acknowledgement: filled, then a ring of its colour.
            painter->setPen(QPen(fill, 3));
            painter->setBrush(theme.mapArea);
        } else {
            painter->setPen(QPen(theme.ink, 1.5));
            painter->setBrush(fill);
        }
        painter->drawEllipse(QPointF(0, 0), r, r);
        if (count > 1) {
            QFont font = painter->font();
            font.setPixelSize(int(r * 0.9));
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(level >= status::Level::Low ? theme.ink : theme.text);
            painter->drawText(boundingRect(), Qt::AlignCenter, QString::number(count));
        }
    }
    double radius() const
    {
        return uiScale * (count > 1 ? kMarkerPx * (1.6 + 0.25 * std::log2(double(count))) : kMarkerPx);
    }
    void setUiScale(double s)
    {
        if (s == uiScale)
            return;
        prepareGeometryChange();
        uiScale = s;
    }
    void setState(status::Level l, bool s, int n, bool b = false)
    {
        if (l == level && s == stale && n == count && b == blinking)
            return;
        prepareGeometryChange();
        level = l;
        stale = s;
        count = n;
        blinking = b;
        update();
    }
    void setPhase(bool on)
    {
        if (on == phaseOn)
            return;
        phaseOn = on;
        if (blinking)
            update();
    }

    const Theme& theme; // the view's: it outlives its items
    status::Level level = status::Level::NoData;
    bool stale = false;
    bool blinking = false;
    bool phaseOn = true;
    int count = 1;
    double uiScale = 1; // window height / 1080: markers read the same on a 4K wall
    QString id;
};

MapView::MapView(const Theme& theme, QWidget* parent)
    : QGraphicsView(parent)
    , m_theme(theme)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing, false);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(m_theme.mapBackground);
    setFrameShape(QFrame::NoFrame);
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"mapLegend"_s);
    m_legend->hide();
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"mapCaption"_s);
    m_caption->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(u"mapLegend"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_blink = new QTimer(this);
    m_blink->setInterval(500); // as the alarm list blinks
    connect(m_blink, &QTimer::timeout, this, &MapView::toggleBlink);
}

int MapView::blinkingMarkerCount() const
{
    int n = 0;
    for (const MarkerItem* m : m_markers)
        n += m->blinking && m->isVisible() ? 1 : 0;
    for (const MarkerItem* c : m_clusters)
        n += c->blinking && c->isVisible() ? 1 : 0;
    return n;
}

void MapView::toggleBlink()
{
    m_blinkOn = !m_blinkOn;
    for (MarkerItem* m : std::as_const(m_markers))
        m->setPhase(m_blinkOn);
    for (MarkerItem* c : m_clusters)
        c->setPhase(m_blinkOn);
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
    const auto toPath = [](const geo::Ring& ring, QPainterPath& path, bool close) {
        if (ring.isEmpty())
            return;
        path.moveTo(toScene(ring.front()));
        for (qsizetype i = 1; i < ring.size(); ++i)
            path.lineTo(toScene(ring.at(i)));
        if (close)
            path.closeSubpath();
    };
    for (const geo::Feature& feature : kept.features) {
        if (!feature.lines.isEmpty()) {
            QPainterPath path;
            for (const geo::Ring& line : feature.lines)
                toPath(line, path, false);
            const bool river = feature.property(u"kind"_s) == u"river"_s;
            QPen pen(river ? m_theme.mapWater : m_theme.mapCoast, river ? 4 : 2);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            auto* item = scene()->addPath(path, pen);
            item->setZValue(2);
            item->setToolTip(feature.property(labelProperty));
            m_lineItems.push_back(item);
        }
        if (feature.polygons.isEmpty())
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::Polygon& polygon : feature.polygons) {
            for (const geo::Ring& ring : polygon)
                toPath(ring, path, true);
        }
        QPen pen(m_theme.mapBorder, 1.2);
        pen.setCosmetic(true);
        auto* item = scene()->addPath(path, pen, QBrush(m_theme.mapArea));
        item->setZValue(1);
        const QString key = feature.property(keyProperty);
        const QString label = feature.property(labelProperty);
        item->setToolTip(label);
        item->setData(0, key);
        auto* text = scene()->addSimpleText(label);
        text->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        text->setBrush(m_theme.text);
        text->setZValue(5);
        text->setVisible(m_labels);
        // At the centre of the largest polygon's bounds (a label, not a survey point).
        const QRectF b = path.boundingRect();
        text->setPos(b.center());
        m_areas.push_back({key, label, &feature, item, text, QBrush(m_theme.mapArea)});
    }
    fitAll();
}

void MapView::clearLayers()
{
    for (Area& area : m_areas) {
        delete area.item;
        delete area.text;
    }
    m_areas.clear();
    for (QGraphicsItem* item : m_lineItems)
        delete item;
    m_lineItems.clear();
    m_layers.clear();
}

void MapView::setAreaLabelsVisible(bool on)
{
    m_labels = on;
    for (Area& area : m_areas)
        area.text->setVisible(on);
}

void MapView::setChoropleth(const QHash<QString, double>& values, double low, double high,
                            const QString& title, const std::function<QString(double)>& format,
                            const QHash<QString, status::Level>& levels)
{
    const QLocale locale;
    const auto text = [&](double v) {
        return format ? format(v) : locale.toString(v, 'f', 1);
    };
    for (Area& area : m_areas) {
        const auto it = values.constFind(area.key);
        if (it == values.cend()) {
            area.base = QBrush(m_theme.mapArea);
            area.item->setBrush(area.base);
            area.item->setToolTip(area.label + u"\n"_s + tr("no data"));
            area.text->setText(area.label);
            continue;
        }
        // ISA-101: an abnormal value takes its alarm colour; normal ones stay in neutral tones.
        const status::Level level = levels.value(area.key, status::Level::Normal);
        const double fraction = high > low ? (*it - low) / (high - low) : 0.5;
        area.base =
            QBrush(level > status::Level::Normal ? m_theme.levelColour(level) : m_theme.rampColour(fraction));
        area.item->setBrush(area.base);
        area.item->setToolTip(area.label + u"\n"_s + title + u": "_s + text(*it));
        area.text->setText(area.label + u"\n"_s + text(*it));
    }
    // The label's dark text reads on the light end of the ramp, light text on the dark end.
    for (Area& area : m_areas) {
        const bool light = area.base.color().lightnessF() > 0.55;
        area.text->setBrush(light ? m_theme.ink : m_theme.text);
        const QRectF r = area.text->boundingRect();
        area.text->setTransform(QTransform::fromTranslate(-r.width() / 2, -r.height() / 2));
    }
    const auto swatch = [](const QColor& c) {
        return u"<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"_s.arg(c.name());
    };
    QString legend = u"<b>%1</b><br>"_s.arg(title.toHtmlEscaped());
    if (values.isEmpty()) { // no scale to show for nothing
        legend += tr("no data").toHtmlEscaped();
    } else {
        legend += swatch(m_theme.rampColour(0)) + u" "_s + text(low).toHtmlEscaped() + u" &nbsp;"_s +
                  swatch(m_theme.rampColour(1)) + u" "_s + text(high).toHtmlEscaped();
        // The alarm classes shown on the map, worst first.
        for (status::Level level : {status::Level::High, status::Level::Medium, status::Level::Low}) {
            if (std::find(levels.cbegin(), levels.cend(), level) != levels.cend())
                legend += u"<br>"_s + swatch(m_theme.levelColour(level)) + u" "_s +
                          status::levelName(level).toHtmlEscaped();
        }
    }
    m_legend->setText(legend);
    placeLegend();
    m_legend->show();
    placeLabels();
}

QColor MapView::colourOf(const QString& key) const
{
    for (const Area& area : m_areas) {
        if (area.key == key)
            return area.item->brush().color();
    }
    return {};
}

void MapView::setSelectedArea(const QString& key)
{
    m_selected = key;
    const QColor accent = m_theme.accent;
    for (Area& area : m_areas) {
        QPen pen(area.key == key && !key.isEmpty() ? accent : m_theme.mapBorder,
                 area.key == key && !key.isEmpty() ? 4 : 1.2);
        pen.setCosmetic(true);
        area.item->setPen(pen);
        area.item->setZValue(area.key == key ? 3 : 1);
    }
}

void MapView::setMarkers(const QList<MapMarker>& markers)
{
    QSet<QString> seen;
    for (const MapMarker& m : markers) {
        seen.insert(m.id);
        MarkerItem* item = m_markers.value(m.id);
        if (!item) {
            item = new MarkerItem(m_theme);
            item->id = m.id;
            item->setUiScale(m_uiScale);
            scene()->addItem(item);
            m_markers.insert(m.id, item);
        }
        item->setPos(toScene(m.lonLat));
        item->setState(m.level, m.stale, 1, m.blinking);
        item->setToolTip(m.detail.isEmpty() ? m.label : m.label + u"\n"_s + m.detail);
    }
    for (auto it = m_markers.begin(); it != m_markers.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_markers.erase(it);
        } else {
            ++it;
        }
    }
    m_clusteredAtScale = -1;
    recluster();
    // Blinks while an alarm waits; still (filled) once none does.
    const bool any =
        std::any_of(markers.begin(), markers.end(), [](const MapMarker& m) { return m.blinking; });
    if (any && !m_blink->isActive()) {
        m_blink->start();
    } else if (!any && m_blink->isActive()) {
        m_blink->stop();
        m_blinkOn = false;
        toggleBlink();
    }
}

const MarkerItem* MapView::markerItem(const QString& id) const
{
    return m_markers.value(id);
}

void MapView::setClusterThreshold(int markers)
{
    m_clusterThreshold = std::max(1, markers);
    m_clusteredAtScale = -1;
    recluster();
}

double MapView::pixelsPerSceneUnit() const
{
    return std::abs(transform().m11());
}

void MapView::recluster()
{
    const double scale = pixelsPerSceneUnit();
    if (scale <= 0 || scale == m_clusteredAtScale)
        return;
    m_clusteredAtScale = scale;
    for (MarkerItem* cluster : m_clusters)
        cluster->hide();
    if (m_markers.size() <= m_clusterThreshold) {
        for (MarkerItem* item : std::as_const(m_markers))
            item->show();
        placeLabels(); // labels step aside for the markers
        return;
    }
    // A grid fixed in the scene (so panning does not reshuffle clusters), one cell per
    // kClusterCellPx pixels at the current zoom.
    const double cell = kClusterCellPx / scale;
    QHash<QPair<qint64, qint64>, QList<MarkerItem*>> cells;
    for (MarkerItem* item : std::as_const(m_markers)) {
        const QPointF p = item->pos();
        cells[{qint64(std::floor(p.x() / cell)), qint64(std::floor(p.y() / cell))}].append(item);
    }
    std::size_t used = 0;
    for (const QList<MarkerItem*>& members : std::as_const(cells)) {
        if (members.size() == 1) {
            members.front()->show();
            continue;
        }
        QPointF centre;
        status::Level worst = status::Level::NoData;
        bool allStale = true;
        bool blinking = false;
        for (MarkerItem* item : members) {
            blinking = blinking || item->blinking;
            item->hide();
            centre += item->pos();
            if (!item->stale)
                worst = std::max(worst, item->level);
            allStale = allStale && item->stale;
        }
        if (used == m_clusters.size()) {
            auto* cluster = new MarkerItem(m_theme);
            cluster->setZValue(11);
            cluster->setUiScale(m_uiScale);
            scene()->addItem(cluster);
            m_clusters.push_back(cluster);
        }
        MarkerItem* cluster = m_clusters[used++];
        cluster->setPos(centre / double(members.size()));
        cluster->setState(worst, allStale, int(members.size()), blinking);
        cluster->setToolTip(tr("%n stations", nullptr, int(members.size())));
        cluster->show();
    }
    placeLabels(); // labels step aside for the markers now shown
}

int MapView::visibleClusterCount() const
{
    return int(std::count_if(m_clusters.begin(), m_clusters.end(),
                             [](const MarkerItem* c) { return c->isVisible(); }));
}

int MapView::visibleMarkerCount() const
{
    return int(std::count_if(m_markers.begin(), m_markers.end(),
                             [](const MarkerItem* m) { return m->isVisible(); }));
}

void MapView::setBasemap(std::unique_ptr<TileSource> source)
{
    m_basemap = std::move(source);
    if (m_basemap) {
        connect(m_basemap.get(), &TileSource::tileReady, viewport(), qOverload<>(&QWidget::update));
        // Areas become translucent so the basemap shows through.
        for (Area& area : m_areas)
            area.item->setOpacity(0.55);
    } else {
        for (Area& area : m_areas)
            area.item->setOpacity(1.0);
    }
    viewport()->update();
}

int MapView::basemapZoom() const
{
    if (!m_basemap)
        return -1;
    // The zoom whose 256-px tiles are closest to one tile pixel per screen pixel.
    const double metresPerPixel = 1.0 / std::max(pixelsPerSceneUnit(), 1e-12);
    const int z = int(std::lround(std::log2(2 * kWorldHalf / (256.0 * metresPerPixel))));
    return std::clamp(z, m_basemap->minZoom(), m_basemap->maxZoom());
}

void MapView::drawBackground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_basemap)
        return;
    const int z = basemapZoom();
    const int n = 1 << z;
    const double size = 2 * kWorldHalf / n; // metres per tile
    const auto column = [&](double x) {
        return std::clamp(int(std::floor((x + kWorldHalf) / size)), 0, n - 1);
    };
    const auto row = [&](double y) {
        return std::clamp(int(std::floor((y + kWorldHalf) / size)), 0, n - 1);
    };
    const int x0 = column(rect.left()), x1 = column(rect.right());
    const int y0 = row(rect.top()), y1 = row(rect.bottom()); // scene y points south, like tile rows
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 400)
        return; // zoomed far out of what a basemap can show: skip rather than stall
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QImage image = m_basemap->tile(z, x, y);
            if (image.isNull())
                continue;
            const QRectF target(-kWorldHalf + x * size, -kWorldHalf + y * size, size, size);
            painter->drawImage(target, image);
        }
    }
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
    QRectF bounds;
    for (const Area& area : m_areas)
        bounds = bounds.united(area.item->boundingRect());
    for (QGraphicsItem* item : m_lineItems)
        bounds = bounds.united(item->boundingRect());
    if (bounds.isEmpty())
        return;
    // A fixed scene rectangle (the layers and room to pan around them): a scene that grows
    // with every item added (markers are created at the origin, then placed) scrolled the
    // view to the Gulf of Guinea when live data arrived after the first frame.
    const double margin = std::max(bounds.width(), bounds.height());
    scene()->setSceneRect(bounds.marginsAdded(QMarginsF(margin, margin, margin, margin)));
    fitInView(bounds.marginsAdded(QMarginsF(500, 500, 500, 500)), Qt::KeepAspectRatio);
    recluster();
    placeLabels();
}

void MapView::applyUiScale()
{
    const double s = std::clamp(window()->height() / 1080.0, 1.0, 4.0);
    if (s == m_uiScale)
        return;
    m_uiScale = s;
    for (MarkerItem* item : std::as_const(m_markers))
        item->setUiScale(s);
    for (MarkerItem* item : m_clusters)
        item->setUiScale(s);
    QFont font = this->font();
    font.setPixelSize(int(std::lround(14 * s)));
    for (Area& area : m_areas) {
        area.text->setFont(font);
        const QRectF r = area.text->boundingRect();
        area.text->setTransform(QTransform::fromTranslate(-r.width() / 2, -r.height() / 2));
    }
    m_clusteredAtScale = -1;
    recluster();
}

void MapView::placeLabels()
{
    // A label is shown only where its area is large enough on screen to hold it (small
    // districts keep their name in the tooltip instead of overprinting their neighbours),
    // and never under a station marker: it moves above, below or beside its centre, or
    // hides when none of those is clear.
    const double scale = pixelsPerSceneUnit();
    const QList<QRectF> markers = markerGeometries();
    for (Area& area : m_areas) {
        const QRectF onScreen(QPointF(0, 0), area.item->boundingRect().size() * scale);
        const QRectF label = area.text->boundingRect();
        const bool fits =
            m_labels && onScreen.width() > 0.9 * label.width() && onScreen.height() > 1.6 * label.height();
        area.text->setVisible(fits);
        if (!fits)
            continue;
        const QPointF centre = mapFromScene(area.text->pos());
        const double w = label.width();
        const double h = label.height();
        const QPointF offsets[] = {{0, 0},       {0, -1.1 * h}, {0, 1.1 * h}, {0, -2.2 * h},
                                   {0, 2.2 * h}, {-0.6 * w, 0}, {0.6 * w, 0}};
        bool placed = false;
        for (const QPointF& d : offsets) {
            const QRectF r(centre.x() + d.x() - w / 2, centre.y() + d.y() - h / 2, w, h);
            const bool clear = std::none_of(markers.begin(), markers.end(),
                                            [&](const QRectF& m) { return m.intersects(r); });
            if (clear && area.item->contains(mapToScene(r.center().toPoint()))) {
                area.text->setTransform(QTransform::fromTranslate(d.x() - w / 2, d.y() - h / 2));
                placed = true;
                break;
            }
        }
        area.text->setVisible(placed);
    }
}

void MapView::placeLegend()
{
    // The legend bottom left, the note on stations without a location above it, the
    // caption bottom right — or top right when the legend leaves it no room.
    m_legend->adjustSize();
    m_legend->move(8, height() - m_legend->height() - 8);
    const int legendTop = m_legend->isHidden() ? height() - 8 : m_legend->y();
    m_note->setMaximumWidth(std::max(120, width() - 16));
    m_note->adjustSize();
    m_note->move(8, legendTop - m_note->height() - 4);
    m_caption->adjustSize();
    QRect caption(QPoint(width() - m_caption->width() - 8, height() - m_caption->height() - 6),
                  m_caption->size());
    const bool crowded =
        (!m_legend->isHidden() && caption.intersects(m_legend->geometry().adjusted(-4, -4, 4, 4))) ||
        (!m_note->isHidden() && caption.intersects(m_note->geometry().adjusted(-4, -4, 4, 4)));
    if (crowded)
        caption.moveTop(6);
    m_caption->move(caption.topLeft());
}

void MapView::setUnplacedStations(const QStringList& names)
{
    if (names.isEmpty()) {
        m_note->hide();
        return;
    }
    QStringList shown = names.mid(0, 6);
    if (names.size() > 6)
        shown << tr("and %n more", nullptr, int(names.size() - 6));
    m_note->setText(tr("Without a location: %1").arg(shown.join(u", "_s)));
    m_note->setToolTip(names.join(u'\n'));
    m_note->show();
    placeLegend();
}

QList<QRectF> MapView::markerGeometries() const
{
    QList<QRectF> out;
    const auto add = [&](const MarkerItem* m) {
        if (m->isVisible()) {
            const QPointF c = mapFromScene(m->pos());
            const double r = m->radius() + 2;
            out << QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
        }
    };
    for (const MarkerItem* m : std::as_const(m_markers))
        add(m);
    for (const MarkerItem* m : m_clusters)
        add(m);
    return out;
}

QHash<QString, QRectF> MapView::labelGeometries() const
{
    QHash<QString, QRectF> out;
    for (const Area& area : m_areas) {
        if (area.text->isVisible())
            out.insert(area.key, mapFromScene(area.text->sceneBoundingRect()).boundingRect());
    }
    return out;
}

QRect MapView::legendGeometry() const
{
    return m_legend->isHidden() ? QRect() : m_legend->geometry();
}

QRect MapView::captionGeometry() const
{
    return m_caption->isHidden() ? QRect() : m_caption->geometry();
}

QString MapView::unplacedText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void MapView::setCaption(const QString& text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
    placeLegend();
}

QString MapView::caption() const
{
    return m_caption->isHidden() ? QString() : m_caption->text();
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    recluster();
    placeLabels();
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
    applyUiScale();
    fitAll();
    placeLegend();
}

} // namespace cityops::ui
