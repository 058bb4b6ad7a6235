#include "ui/map/citymap.h"

#include "core/alerts/alarmstates.h"
#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/live/livedata.h"
#include "ui/map/basemap.h"
#include "ui/map/mapview.h"
#include "ui/widgets/viewcontext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::ui::LiveTile)
};

} // namespace

MapView* createCityMap(const ViewContext& context, QWidget* parent)
{
    auto* map = new MapView(*context.theme, parent);
    if (context.mapLayer) {
        const bool englishNames =
            context.language == Language::English && context.mapLabelProperty == u"name"_s;
        map->addAreaLayer(*context.mapLayer, context.mapKeyProperty,
                          englishNames ? u"name_en"_s : context.mapLabelProperty);
        // The built-in map is drawn by the project, not surveyed: it says so on screen.
        if (context.mapLayer == ViewContext::schematicMap())
            map->setCaption(Text::tr("Schematic map — not official boundaries"));
        else
            map->setCaption(context.mapLayer->name);
    }
    if (!context.basemap.isEmpty()) {
        auto source = TileSource::open(context.basemap, context.tileCache);
        if (source)
            map->setBasemap(std::move(*source));
        else
            map->setToolTip(source.error().toString()); // the map still works without it
    }
    return map;
}

void showLiveValues(MapView& map, const ViewContext& context, const QString& areaIndicator,
                    const QString& markerIndicator)
{
    const Catalog& catalog = context.catalog();
    // With an alarm log, colours and blinking are the alarms' at each place (so the map, the
    // group cells and the alarm list agree); the readings' own levels without one.
    const auto alarmsOf = [&](const QString& indicator) {
        return context.alarms ? alerts::alarmsByPlace(context.alarms->alarms(), catalog, indicator)
                              : QHash<QString, alerts::AlarmMark>();
    };
    const auto levelAt = [&](const QHash<QString, alerts::AlarmMark>& marks, const QString& place,
                             status::Level own) {
        if (!context.alarms)
            return own;
        const auto mark = marks.constFind(place);
        return mark != marks.cend() && mark->active > 0 ? mark->level : status::Level::Normal;
    };
    if (const Indicator* indicator = catalog.indicator(areaIndicator)) {
        const auto marks = alarmsOf(indicator->id);
        QHash<QString, double> values;
        QHash<QString, status::Level> levels;
        double low = 0;
        double high = 0;
        bool first = true;
        for (const live::SeriesRef& ref : context.data->seriesOf(indicator->id)) {
            const Area* area = catalog.area(ref.place);
            const status::SeriesState state = context.data->state(ref);
            if (!area || !state.latest || state.stale)
                continue;
            values.insert(area->gsoCode, state.latest->v);
            levels.insert(area->gsoCode, levelAt(marks, ref.place, state.level));
            low = first ? state.latest->v : std::min(low, state.latest->v);
            high = first ? state.latest->v : std::max(high, state.latest->v);
            first = false;
        }
        low = std::min(low, 0.0); // counts and shares read from zero
        if (high <= low)
            high = low + 1;
        map.setChoropleth(
            values, low, high,
            indicator->name.in(context.language) + u" ("_s + context.unitText(*indicator) + u')',
            [&context, indicator](double v) { return context.valueText(*indicator, v); }, levels);
    }

    const Indicator* stations = catalog.indicator(markerIndicator);
    if (!stations)
        return;
    const auto marks = alarmsOf(stations->id);
    QList<MapMarker> markers;
    QStringList unplaced; // stations the catalog does not know: no location to draw them at
    const std::int64_t now = context.data->clock().nowMs();
    for (const live::SeriesRef& ref : context.data->seriesOf(stations->id)) {
        const Station* station = context.data->station(ref.place);
        if (!station || !station->located) {
            unplaced << context.placeName(ref.place);
            continue;
        }
        const status::SeriesState state = context.data->state(ref);
        MapMarker marker{station->id,
                         QPointF(station->longitude, station->latitude),
                         station->name.in(context.language),
                         QString(),
                         state.latest ? levelAt(marks, ref.place, state.level) : state.level,
                         state.stale,
                         marks.value(ref.place).blinks()};
        if (state.latest) {
            const QDateTime local = toZone(state.latest->t, defaultDisplayZone());
            marker.detail =
                stations->name.in(context.language) + u": "_s +
                context.valueText(*stations, state.latest->v) + u" · "_s +
                QLocale().toString(local,
                                   now - state.latest->t < 20 * 3'600'000LL ? u"HH:mm"_s : u"dd/MM HH:mm"_s);
            if (state.stale)
                marker.detail += u" · "_s + Text::tr("stale %1").arg(status::ageText(state.ageMs));
        }
        if (const alerts::AlarmMark mark = marks.value(ref.place); mark.active > 0 || mark.waiting > 0)
            marker.detail +=
                u"\n"_s + Text::tr("%n alarm(s)", nullptr, std::max(mark.active, mark.waiting)) +
                (mark.waiting > 0 ? u" · "_s + Text::tr("%n unacknowledged", nullptr, mark.waiting)
                                  : QString());
        markers << marker;
    }
    map.setMarkers(markers);
    map.setUnplacedStations(unplaced);
}

} // namespace cityops::ui
