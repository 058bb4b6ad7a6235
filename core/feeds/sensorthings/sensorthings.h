#pragma once

// OGC SensorThings 1.1 pages (FROST-Server and others) → observations: a collection
// ({"value": [...], "@iot.nextLink", "@iot.count"}), a bare array of Observations, or one
// Observation; Datastreams with their Observations expanded, Things with their Datastreams
// expanded. `result` a number or a numeric string; `phenomenonTime` an instant or an
// interval (its end), `resultTime` used only when there is none (and null is allowed);
// `unitOfMeasurement` kept as the feed gives it (its definition, e.g. "ucum:Cel", else its
// symbol). An Observation's Thing (its Datastream's, expanded: `Datastream/Thing/Locations`,
// or the Thing a page of Things with their Datastreams gives) fills its `thing`, `name` and
// `location`. Parsed with simdjson; what cannot be read is a rejection with its reason.

#include "core/common/result.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace cityops::feeds {

// A Datastream the page described: its name and unit, for Observations that only link to it,
// and its Thing (the station it is on) when the page expanded it: the Thing's id, name and
// the location of its first Location (a GeoJSON Point, or a Feature with one).
struct SensorThingsDatastream
{
    QString entity; // "Datastreams(7)"
    QString name;
    QString unit;
    QString thing = {};                                     // its @iot.id: "19"
    QString thingName = {};                                 // "Recoaro 1000"
    std::optional<std::pair<double, double>> location = {}; // (longitude, latitude)
};

struct SensorThingsPage
{
    std::vector<SensorThingsDatastream> datastreams;
    FeedItems items;                   // entity "Datastreams(ID)" (or "Observations(ID)"), type "Datastream"
    QString nextLink;                  // as given: absolute or relative (follow it as it is)
    std::optional<std::int64_t> count; // @iot.count, when asked for
};

Result<SensorThingsPage> parseSensorThings(QByteArrayView json,
                                           const QTimeZone& zoneIfNoOffset = QTimeZone(7 * 3600));

} // namespace cityops::feeds
