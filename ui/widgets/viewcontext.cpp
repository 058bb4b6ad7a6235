#include "ui/widgets/viewcontext.h"

#include "core/catalog/catalog.h"
#include "core/catalog/valueformat.h"
#include "core/live/livedata.h"

using namespace Qt::StringLiterals;

namespace cityops::ui {

const Catalog& ViewContext::catalog() const
{
    return data->catalog();
}

QString ViewContext::placeName(const QString& place) const
{
    const Catalog& c = catalog();
    if (const Area* area = c.area(place))
        return area->name.in(language);
    if (const Station* station = c.station(place))
        return station->name.in(language);
    if (place == u"danang"_s)
        return language == Language::English ? u"Da Nang"_s : u"Đà Nẵng"_s;
    return place;
}

QString ViewContext::valueText(const Indicator& indicator, double value) const
{
    return formatValue(value, indicator, catalog().unit(indicator.unit), language == Language::English);
}

QString ViewContext::unitText(const Indicator& indicator) const
{
    const Unit* unit = catalog().unit(indicator.unit);
    return unit ? unit->display.in(language) : indicator.unit;
}

std::shared_ptr<const geo::Layer> ViewContext::schematicMap()
{
    static const std::shared_ptr<const geo::Layer> layer = [] {
        auto loaded = geo::Layer::load(u":/geo/danang-schematic.geojson"_s);
        return loaded ? std::make_shared<const geo::Layer>(std::move(*loaded))
                      : std::shared_ptr<const geo::Layer>();
    }();
    return layer;
}

} // namespace cityops::ui
