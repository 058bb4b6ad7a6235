#pragma once

// The video wall as data: per screen, a playlist of pages that rotates; each page is a
// grid of tiles. Read from JSON (resources/wall/*.json, or a user's file with --wall-config):
//
//   { "format": "cityops-wall/1",
//     "screens": [ { "rotateSeconds": 30,
//                    "pages": [ { "title": {"vi": "…", "en": "…"}, "columns": 4, "rows": 3,
//                                 "tiles": [ { "type": "chart", "indicator": "flood.depth",
//                                              "place": "…", "hours": 24,
//                                              "col": 0, "row": 0, "colSpan": 2, "rowSpan": 1 } ] } ] } ] }
//
// Tile types: "groups" (the 15 groups and their state), "alerts" (what is abnormal or
// stale now), "chart" (a live line chart), "kpi" (a KPI card), "map" (district
// choropleth of an area indicator and station markers of a station indicator), "clock",
// "stat" (a statistics service's headline: "service": an id of services.json).

#include "core/common/language.h"
#include "core/common/result.h"

#include <QList>
#include <QString>

namespace cityops {
class Catalog;
}

namespace cityops::ui {

struct WallTile
{
    enum class Type
    {
        Groups,
        Alerts,
        Chart,
        Kpi,
        Map,
        Clock,
        Stat,
    };
    Type type = Type::Clock;
    QString indicator; // chart, kpi, map (the choropleth's area indicator)
    QString place;     // chart: which series (empty: the first)
    QString markers;   // map: a station indicator for the markers (optional)
    QString service;   // stat: the statistics service whose headline it shows
    int hours = 24;    // chart: the time span shown
    int col = 0;
    int row = 0;
    int colSpan = 1;
    int rowSpan = 1;
};

struct WallPage
{
    LocalizedText title;
    int columns = 4;
    int rows = 3;
    QList<WallTile> tiles;
};

struct WallScreen
{
    int rotateSeconds = 30; // 0: no rotation
    QList<WallPage> pages;
};

struct WallConfig
{
    QList<WallScreen> screens;

    // Parses and checks a wall file against the catalog: unknown keys and types, unknown
    // indicators and places, tiles outside their grid or overlapping. Every problem is
    // reported as "FILE: JSON-POINTER: REASON", all of them at once.
    static Result<WallConfig> parse(const QByteArray& json, const QString& fileName, const Catalog& catalog);
    static Result<WallConfig> load(const QString& path, const Catalog& catalog);
    // The built-in wall (":/wall/default.json").
    static QString defaultPath();
};

} // namespace cityops::ui
