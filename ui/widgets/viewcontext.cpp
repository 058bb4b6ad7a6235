#include "ui/widgets/viewcontext.h"

#include "core/catalog/catalog.h"
#include "core/catalog/valueformat.h"
#include "core/live/livedata.h"
#include "core/stats/statheadline.h"

using namespace Qt::StringLiterals;

namespace cityops::ui {

const Catalog& ViewContext::catalog() const
{
    return data->catalog();
}

QString ViewContext::placeName(const QString& place) const
{
    if (const Station* station = data->station(place)) // (a sensor a feed added since the start)
        return station->name.in(language);
    return stats::placeName(catalog(), place, language);
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
