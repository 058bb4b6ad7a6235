#pragma once

// The city map as the wall and the desk show it: the context's layer (labels in the
// current language) and basemap, and an indicator's live values on it — the latest value
// of each district as a choropleth, the stations of another indicator as markers.

#include <QString>

class QWidget;

namespace cityops::ui {

struct ViewContext;
class MapView;

MapView* createCityMap(const ViewContext& context, QWidget* parent);

// Stale districts stay grey ("no data"), never last week's colour. Either id may be empty.
void showLiveValues(MapView& map, const ViewContext& context, const QString& areaIndicator,
                    const QString& markerIndicator);

} // namespace cityops::ui
