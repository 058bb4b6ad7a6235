#pragma once

// What every live view needs: the data, the language, the theme, the map layer to draw.
// Built once by the composition root (app/application.cpp) and handed to the wall and the desk.

#include "core/common/language.h"
#include "core/geo/geojson.h"
#include "ui/theme/theme.h"

#include <QString>

#include <memory>

namespace cityops {
class Catalog;
namespace alerts {
class AlarmWatch;
}
namespace feeds {
class FeedHealthSource;
}
struct Indicator;
namespace live {
class LiveData;
struct SeriesRef;
} // namespace live
namespace stats {
class StatsRunner;
}
} // namespace cityops

namespace cityops::ui {

class AlarmSound;

struct ViewContext
{
    live::LiveData* data = nullptr;
    Language language = Language::Vietnamese;
    // Colours and type: every colour a view draws comes from here (required).
    std::shared_ptr<const Theme> theme;
    // The areas (and lines) of the map: the built-in schematic Da Nang unless the user
    // loaded another layer. Areas are matched to the catalog by `mapKeyProperty` (GSO code).
    std::shared_ptr<const geo::Layer> mapLayer;
    QString mapKeyProperty = QStringLiteral("gso_code");
    QString mapLabelProperty = QStringLiteral("name");
    QString basemap;   // empty: none (offline); see TileSource::open
    QString tileCache; // where XYZ tiles are kept
    bool demo = false;
    // Runs the statistics services off the GUI thread, on the archive the console follows
    // (or on its in-memory store); null where there is none (then the views say so).
    stats::StatsRunner* stats = nullptr;
    // The alarms of the archive the console follows (or of the demo city generated here);
    // null where there are none to follow.
    alerts::AlarmWatch* alarms = nullptr;
    // Their sound on this console (muted, the voice); null where nothing is heard (a screenshot).
    AlarmSound* sound = nullptr;
    // The feeds this console collects (cityops --feeds), for their health; null where it
    // collects none (then the desk has no feed panel and the wall no feed state).
    const feeds::FeedHealthSource* feeds = nullptr;

    const Catalog& catalog() const;
    // "Hải Châu", "Điện Biên Phủ – Lê Độ", "Đà Nẵng": a place for people.
    QString placeName(const QString& place) const;
    // "52 cm", "1.234 xe/15 phút": a value with its unit, in the current locale.
    QString valueText(const Indicator& indicator, double value) const;
    QString unitText(const Indicator& indicator) const;
    // The built-in schematic map (":/geo/danang-schematic.geojson").
    static std::shared_ptr<const geo::Layer> schematicMap();
};

} // namespace cityops::ui
