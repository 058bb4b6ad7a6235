#pragma once

// Sensors the catalog does not list, as the feeds that send them describe them (schema 8,
// feed_stations): a city adds sensors every week without editing the catalog. A feed rule
// that places an item at a place that is neither a catalog station nor an area makes that
// place a station of the archive — its id, the name, kind and location the feed gives — and
// the console shows it on the map and the desk like a catalog station (withFeedStations).

#include "core/common/result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace cityops {
class Catalog;
struct Station;
} // namespace cityops

namespace cityops::store {

class Archive;
struct ArchiveLocation;

struct FeedStation
{
    QString id;        // the place its series are at ("IND@ID")
    QString name;      // as the feed names it (NGSI `name`), else its entity id
    QString kind;      // the rule's `kind`, else the entity's type
    QString feed;      // the feed that last described it
    QString area = {}; // the catalog area containing it, where the feed has boundaries
    std::optional<std::pair<double, double>> location = {}; // (longitude, latitude)

    bool operator==(const FeedStation&) const = default;
};

// Every station feeds described, by id.
Result<QList<FeedStation>> feedStations(Archive& archive);
// Adds or updates these (a location not given keeps the one known), in one transaction.
Result<void> recordFeedStations(Archive& archive, const QList<FeedStation>& stations, std::int64_t nowMs);
// The same, from a console: the stations of the archive at `where`, or none when it does not
// exist yet or cannot be read (an error only when it exists and cannot be read).
Result<QList<FeedStation>> feedStationsAt(const ArchiveLocation& where);

// What a console following the archive asks every poll, to know whether to read them again:
// how many there are and when one was last added or changed (0 when none).
struct FeedStationsVersion
{
    std::int64_t count = 0;
    std::int64_t updated = 0;
    bool operator==(const FeedStationsVersion&) const = default;
};
Result<FeedStationsVersion> feedStationsVersion(Archive& archive);

// A station as the catalog's stations are (fromFeed; located when the feed said where).
Station stationOf(const FeedStation& s);

// The catalog with these stations added as catalog stations (an id the catalog has as a
// station or an area keeps the catalog's; a kind it does not know is added, named as given).
Catalog withFeedStations(const Catalog& catalog, const QList<FeedStation>& stations);

} // namespace cityops::store
