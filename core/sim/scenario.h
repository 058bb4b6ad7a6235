#pragma once

// Scenarios: scripted disturbances of the demo city, as data (resources/scenarios/*.json),
// with the key a trainer scores against.
//
//   {
//     "schemaVersion": 1,
//     "id": "storm-flood",
//     "name": {"vi": "…", "en": "…"}, "description": {"vi": "…", "en": "…"},
//     "durationHours": 36,
//     "events": [
//       {"at": "+2h", "until": "+14h", "kind": "rain", "places": ["rain.hai-chau", …] | "all",
//        "profile": [10, 40, 80, 60, 20]},            // mm/h, spread evenly over the window
//       {"at": "+3h", "until": "+20h", "kind": "wind", "value": 16},                   // m/s, at least
//       {"at": "+1h", "until": "+3h", "kind": "traffic-incident", "places": ["traffic.nga-ba-hue"],
//        "value": 0.2},                                // flow and speed multiplied by this
//       {"at": "+0h", "until": "+48h", "kind": "pm25-episode", "places": "all", "profile": [1, 2.5, 4]},
//       {"at": "+0h", "until": "+72h", "kind": "backlog", "profile": [1, 4, 8]},     // overdue × profile
//       {"at": "+1h", "until": "+7h", "kind": "vms-outage", "value": 0.6}           // share of vessels
//       silent
//     ],
//     "key": [   // what should fire, where, by when: the trainer's answer sheet
//       {"indicator": "flood.depth", "places": ["flood.hai-chau.nguyen-huu-tho"], "above": 50, "by": "+9h",
//        "alarm": "flood.depth-levels",              // the rule that must have raised its alarm by then
//        "note": {"vi": "…", "en": "…"}}
//     ]
//   }
//
// Times are offsets from the moment the scenario starts ("+90min", "+6h", "+2d").

#include "core/common/language.h"
#include "core/common/result.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cityops::sim {

struct ScenarioEvent
{
    enum class Kind
    {
        Rain,            // extra rain at rain gauges, mm/h
        Wind,            // city wind at least this, m/s
        TrafficIncident, // flow and speed at intersections multiplied
        Pm25Episode,     // PM2.5 (and AQI, PM10) at air stations multiplied
        Backlog,         // overdue dossiers, overdue 1022 reports and missed calls multiplied
        VmsOutage,       // this share of the vessels at sea loses its VMS link
    };
    Kind kind = Kind::Rain;
    std::int64_t atMs = 0;       // offset from the scenario start
    std::int64_t untilMs = 0;    // offset, exclusive
    QStringList places;          // empty: everywhere it applies
    std::vector<double> profile; // values over [at, until), linearly interpolated; one value: constant
    LocalizedText note;

    // The event's value at offset `offsetMs`, or nullopt outside its window.
    std::optional<double> valueAt(std::int64_t offsetMs) const;
    bool appliesTo(const QString& place) const { return places.isEmpty() || places.contains(place); }
};

struct ScenarioKeyItem
{
    QString indicator;
    QStringList places; // any of them
    std::optional<double> above;
    std::optional<double> below;
    std::int64_t byMs = 0; // offset from the start
    QString alarm;         // the warning rule (rules.json) whose alarm announces it, if one does
    LocalizedText note;
};

struct Scenario
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    std::int64_t durationMs = 0;
    std::vector<ScenarioEvent> events;
    std::vector<ScenarioKeyItem> key;

    // A scenario by name from the built-in set (":/scenarios/NAME.json") or a file path.
    static Result<Scenario> load(const QString& nameOrPath);
    static Result<Scenario> parse(const QByteArray& json, const QString& name);
    // The names of the built-in scenarios.
    static QStringList builtIn();
};

} // namespace cityops::sim
