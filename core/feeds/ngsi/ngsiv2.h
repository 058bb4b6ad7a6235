#pragma once

// NGSI-v2 entities (Orion's /v2/entities, a notification's "data") → observations: what a
// feed would ingest, and what it would quarantine, with the reason. Both forms: normalized
// ({"type", "value", "metadata"} per attribute, metadata.unitCode, metadata.TimeInstant or
// timestamp) and keyValues (plain values). What real brokers send and clients get wrong:
// numbers sent as strings ("10.0" typed Number), dates with Z, +01:00, +0100, +01 or no zone
// (read in the feed's zone), dateObserved as an ISO interval (its end), geo:json [lon, lat]
// against geo:point "lat, lon", Orion's error bodies ({"error", "description"}).
//
// Parsed with simdjson: a page of 1,000 entities is parsed in well under a millisecond.

#include "core/common/result.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cityops::feeds {

struct FeedObservation
{
    QString entity;
    QString type;
    QString attribute;
    std::int64_t time = 0; // UTC ms
    double value = 0;
    QString unitCode;                                  // UN/CEFACT, as the feed gives it (empty: none)
    std::optional<std::pair<double, double>> location; // the entity's (longitude, latitude)
    QString name = {};  // the entity's, as the feed names it (NGSI `name`): empty when it does not
    QString thing = {}; // SensorThings: the @iot.id of the Datastream's Thing, when known
};

// What would be quarantined: an entity or attribute that cannot be read, and why.
struct FeedRejection
{
    QString entity;
    QString type;
    QString attribute; // empty: the whole entity
    QString reason;
};

struct FeedItems
{
    std::vector<FeedObservation> observations;
    std::vector<FeedRejection> rejected;
    int entities = 0;
};

struct NgsiOptions
{
    QTimeZone zoneIfNoOffset = QTimeZone(7 * 3600); // the feed's zone: Da Nang's unless configured
    // Attributes known to be numbers though sent as text (keyValues "70", or typed Text).
    QSet<QString> numericText;
};

// An entity array (or one entity). An error only when the body is not JSON, not entities, or
// an Orion error body (its "error" and "description" in the message); anything wrong inside
// an entity is a rejection, and the rest of the page is read.
Result<FeedItems> parseNgsiV2(QByteArrayView json, const NgsiOptions& options = {});

// A feed's date and time: ISO 8601 with Z, ±hh:mm, ±hhmm, ±hh or no offset (then in `zone`),
// any fraction of a second; an interval "start/end" gives its end.
Result<std::int64_t> parseFeedTime(QStringView text, const QTimeZone& zone);

} // namespace cityops::feeds
