#pragma once

// A feeds file: the city's feeds and how what they send becomes CityOps series. JSON:
//
//   {
//     "feeds": [{
//       "id": "air-orion",                     // [a-z0-9-], unique: names the feed everywhere
//       "name": "Sở TN&MT — Orion",            // for people (optional)
//       "protocol": "ngsi-v2",                 // ngsi-v2 | ngsi-ld | sensorthings | mqtt | folder
//       "url": "https://orion.example.vn:1026",// the broker; SensorThings: the service root
//                                              //   (…/v1.1) or a collection URL; MQTT:
//                                              //   mqtt://host:1883 or mqtts://host:8883
//       "topics": ["/ul/4jggokgpepnvsb2uv4s40d59ov/+/attrs"], // MQTT: the filters subscribed
//                                              //   to (QoS 1, a persistent session); an item's
//                                              //   entity is the topic it came on
//       "payload": "ultralight",               // MQTT: json (an object of measures) | ultralight
//       "timeField": "TimeInstant",            // MQTT: the member (JSON) or measure (UltraLight,
//                                              //   besides a group's leading time) holding the
//                                              //   reading's time (else: when it was received)
//       "username": "cityops",                 // MQTT: the user; the password is the credential
//       "path": "drop/rain", "mapping": "rain.mapping.json",  // folder: CSV / NDJSON files
//       "files": ["*.csv"],                    //   dropped there, read through the mapping (no
//                                              //   "url", no "map"), then moved to done/ or,
//                                              //   unreadable, failed/ with why beside them
//       "service": "danang", "servicePath": "/air",   // NGSI-v2 tenant headers (optional;
//                                              //   NGSI-LD: "service" is the NGSILD-Tenant)
//       "type": "AirQualityObserved",          // NGSI: only entities of this type (optional)
//       "context": "https://…/context.jsonld", // NGSI-LD: the @context, sent as a Link header
//       "purpose": "live",                     // live | demo: which archive it may write to
//       "zone": "+07:00",                      // of dates sent without one (IANA name or ±hh:mm)
//       "pollSeconds": 60, "timeoutSeconds": 30,   // (MQTT: pollSeconds is how often it reports)
//       "pageSize": 1000, "maxMegabytes": 64,
//       "duplicates": "last",                  // first | last | mean | reject
//       "caFile": "danang-ca.pem",             // a private CA (PEM; relative to this file) to
//                                              //   trust besides the system's: TLS is always verified
//       "credential": {"header": "Authorization", "prefix": "Bearer ", "keychain": "orion",
//                      "env": "CITYOPS_ORION_TOKEN", "file": "orion.token"},  // where the
//                                              //   secret is (credentials.h), never the secret
//       "numericText": ["reliability"],        // attributes that are numbers sent as text
//       "incremental": "dateObserved",         // after the first poll, only what is newer than
//                                              //   the newest read, less lookbackSeconds: NGSI-v2
//                                              //   q=dateObserved> (or dateModified), NGSI-LD
//                                              //   observedAt: the temporal API since then,
//                                              //   SensorThings (from the service root)
//                                              //   phenomenonTime gt
//       "lookbackSeconds": 3600,               // read again, for late arrivals (folded as duplicates)
//       "catchUpPages": 20,                    // SensorThings, incremental: at most this many pages
//                                              //   a poll (oldest first); behind, it polls again at
//                                              //   once from where it stopped, so a week's outage
//                                              //   is read back in bounded steps
//       "catchUpHours": 24,                    // NGSI-LD, incremental: the temporal API asked for
//                                              //   at most this many hours a poll; behind, it polls
//                                              //   again at once from where that step ended
//       "keepsHours": 48,                      // SensorThings and NGSI-LD, incremental: how far back
//                                              //   the server can be read (a SensorThings server's
//                                              //   newest is asked after an outage and at start;
//                                              //   NGSI-LD: back from the broker's clock, its
//                                              //   Date); what is older than it
//                                              //   keeps is reported lost, not asked for again and again
//       "boundaries": {"file": "districts.geojson", "property": "gso_code"},  // areas by their
//                                              //   shapes (GeoJSON, relative to this file): a
//                                              //   feature's property is a catalog area's id or
//                                              //   GSO code; places items by "areaContaining"
//                                              //   and puts new stations in their area
//       "map": [{                              // the first rule that matches an item maps it
//         "type": "AirQualityObserved",        // the entity's type must be this (optional)
//         "id": "^urn:ngsi-ld:AirQualityObserved:(?<station>.+)$",  // regex on the entity id
//         "attributes": {"pm25": "air.pm25",   // attribute → indicator, or
//                        "no2": {"indicator": "air.no2", "unit": "ug/m3"}},  // with the unit
//                                              //   it is in when the feed does not say (UCUM)
//         "place": "{station}",                // a template (below), or
//                                              // {"nearestStation": {"withinMeters": 500,
//                                              //                     "kind": "air-station"}}, or
//                                              // {"areaContaining": {"level": "district"}}: the
//                                              //   area of the feed's boundaries holding the item's
//                                              //   location, valid on the day it was observed
//         "kind": "air-station"                // a place that is neither a catalog station nor an
//                                              //   area is a sensor the catalog does not list: it
//                                              //   becomes a station of the archive, of this kind
//                                              //   (else the entity's type), named as the feed
//                                              //   names it, where it says it is
//       }, {
//         "attribute": "^(?<indicator>[^@]+)@(?<place>.+)$",  // regex on the attribute (a
//         "indicator": "{indicator}",          //   SensorThings Datastream's name), with the
//         "place": "{place}"                   //   indicator as a template
//       }]
//     }]
//   }
//
// Templates put in the named groups of the `id` and `attribute` patterns ({station}), the
// item's {entity}, {type} and {attribute}, and a SensorThings Datastream's {thing} (its
// Thing's @iot.id, when the server gives it: `"place": "frost-{thing}"`). An item no rule maps is not
// ingested (it is counted as unmapped); a rule that maps it to an indicator or a place that cannot be used
// quarantines it with the reason. Units: the feed's own (NGSI metadata.unitCode in UN/CEFACT,
// a SensorThings unitOfMeasurement) else the rule's, else the indicator's; converted to the
// indicator's unit through the catalog, and a unit that cannot be converted is quarantined.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/feeds/config/credentials.h"
#include "core/store/observationwriter.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace cityops::geo {
struct Layer;
}

namespace cityops::feeds {

namespace files {
struct Mapping;
}

enum class FeedProtocol
{
    NgsiV2,
    NgsiLd,
    SensorThings,
    Mqtt,
    Folder, // a watched drop folder of CSV / NDJSON files, read through a mapping (files/mapping.h)
};

enum class MqttPayload
{
    Json,       // an object of attribute → value (jsonmeasures.h)
    UltraLight, // FIWARE UltraLight 2.0 (ultralight.h)
};

QString feedProtocolName(FeedProtocol protocol);

struct AttributeMap
{
    QString attribute;
    QString indicator; // an indicator id, or a template
    QString unit;      // UCUM, when the feed does not say; empty: the indicator's
};

struct NearestStation
{
    double withinMeters = 0;
    QString kind; // empty: any kind
};

struct AreaContaining
{
    QString level; // empty: any level
};

// Areas by their shapes: each feature of the layer is the catalog area its property names.
struct Boundaries
{
    QString file; // as resolved (absolute)
    QString property;
    std::shared_ptr<const geo::Layer> layer;
};

struct MapRule
{
    QString pointer; // where it is in the file, for messages
    QString type;
    std::optional<QRegularExpression> id;
    std::optional<QRegularExpression> attribute; // with `indicator`…
    QString indicator;
    QString unit;
    QList<AttributeMap> attributes;           // …or named attributes
    QString place;                            // a template…
    std::optional<NearestStation> nearest;    // …or the nearest station
    std::optional<AreaContaining> containing; // …or the area containing it
    QString kind;                             // of the stations the catalog does not list
};

struct FeedConfig
{
    QString pointer;
    QString id;
    QString name;
    FeedProtocol protocol = FeedProtocol::NgsiV2;
    QUrl url;
    QString service;
    QString servicePath;
    QString type;
    QString context;    // NGSI-LD: the @context URL (empty: the core context)
    QStringList topics; // MQTT: the topic filters
    MqttPayload payload = MqttPayload::Json;
    QString timeField = QStringLiteral("TimeInstant"); // MQTT JSON
    QString username;                                  // MQTT
    QString folder;                                    // a folder feed: where files are dropped
    QString mappingFile;                               // …the mapping they are read through
    std::shared_ptr<const files::Mapping> mapping;     // …as read when the file was checked
    QStringList filePatterns;                          // …which files it takes
    QString purpose = QStringLiteral("live");
    QTimeZone zone = QTimeZone(7 * 3600);
    int pollSeconds = 60;
    int timeoutSeconds = 30;
    int pageSize = 1000;
    int maxMegabytes = 64;
    store::DuplicatePolicy duplicates = store::DuplicatePolicy::Last;
    QSet<QString> numericText;
    QString incremental; // empty: the whole feed each poll; dateObserved, dateModified (NGSI-v2),
                         // observedAt (NGSI-LD), phenomenonTime (SensorThings)
    int lookbackSeconds = 3600;
    int catchUpPages = 20;
    int keepsHours = 0; // 0: the server keeps everything
    int catchUpHours = 24;
    QString caFile;   // as resolved (absolute), empty: the system's CAs only
    QByteArray caPem; // its certificates, read when the file was checked
    Credential credential;
    std::optional<Boundaries> boundaries;
    QList<MapRule> map;
};

// What a feed's polls carry from one to the next: the newest time read (for incremental polls).
struct FeedState
{
    std::optional<std::int64_t> newest;      // UTC ms
    bool partial = false;                    // the last poll stopped at catchUpPages / catchUpHours:
                                             //   go on from newest
    bool checkKept = true;                   // (keepsHours) ask the server's newest first: at the
                                             //   first poll and after a failed one
    QByteArray etag;                         // the last answer's validators, when it was one page:
    QByteArray lastModified;                 //   sent back, a 304 says nothing changed
    std::optional<std::int64_t> clockSkewMs; // (NGSI-LD) the broker's clock ahead of ours, as its
                                             //   last Date said: its "now" bounds what is asked
};

struct FeedsConfig
{
    QString name; // the file, for messages
    QList<FeedConfig> feeds;
    QByteArray sourceText;

    const FeedConfig* feed(const QString& id) const;

    // Reads and validates a feeds file against the catalog: every problem at once, one per
    // line, as "FILE: /json/pointer: reason".
    static Result<FeedsConfig> load(const QString& path, const Catalog& catalog);
    static Result<FeedsConfig> parse(const QByteArray& json, const QString& name, const Catalog& catalog);
};

} // namespace cityops::feeds
