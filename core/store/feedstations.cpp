#include "core/store/feedstations.h"

#include "core/catalog/catalog.h"
#include "core/store/archive.h"
#include "core/store/sqlconnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::store {

Result<QList<FeedStation>> feedStations(Archive& archive)
{
    auto q = archive.connection().run(
        u"SELECT id, name, kind, feed, area, longitude, latitude FROM feed_stations ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<FeedStation> out;
    while (q->next()) {
        FeedStation s{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString()};
        if (!q->value(5).isNull() && !q->value(6).isNull())
            s.location = std::pair(q->value(5).toDouble(), q->value(6).toDouble());
        out << s;
    }
    return out;
}

Result<void> recordFeedStations(Archive& archive, const QList<FeedStation>& stations, std::int64_t nowMs)
{
    if (stations.isEmpty())
        return {};
    SqlConnection& sql = archive.connection();
    auto upsert = sql.prepare(
        u"INSERT INTO feed_stations (id, name, kind, feed, area, longitude, latitude, first_seen, updated) "
        "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, ?) ON CONFLICT (id) DO "
        "UPDATE SET name = excluded.name, "
        "kind = excluded.kind, feed = excluded.feed, "
        "area = CASE WHEN excluded.area = '' THEN feed_stations.area ELSE excluded.area END, "
        "longitude = COALESCE(excluded.longitude, feed_stations.longitude), "
        "latitude = COALESCE(excluded.latitude, feed_stations.latitude), updated = excluded.updated"_s);
    if (!upsert)
        return upsert.error();
    if (auto begun = sql.exec(u"BEGIN"_s); !begun)
        return begun.error();
    for (const FeedStation& s : stations) {
        const QVariant none(QMetaType::fromType<double>());
        upsert->addBindValue(s.id);
        upsert->addBindValue(s.name);
        upsert->addBindValue(s.kind);
        upsert->addBindValue(s.feed);
        upsert->addBindValue(s.area);
        upsert->addBindValue(s.location ? QVariant(s.location->first) : none);
        upsert->addBindValue(s.location ? QVariant(s.location->second) : none);
        upsert->addBindValue(qlonglong(nowMs));
        upsert->addBindValue(qlonglong(nowMs));
        if (!upsert->exec()) {
            const Error e = SqlConnection::queryError(*upsert, u"feed stations"_s);
            (void)sql.exec(u"ROLLBACK"_s);
            return e;
        }
    }
    return sql.exec(u"COMMIT"_s);
}

Result<QList<FeedStation>> feedStationsAt(const ArchiveLocation& where)
{
    if (where.kind == ArchiveLocation::Kind::Sqlite && !QFileInfo::exists(where.path))
        return QList<FeedStation>();
    auto archive = Archive::open(where, false);
    if (!archive)
        return archive.error();
    return feedStations(**archive);
}

Result<FeedStationsVersion> feedStationsVersion(Archive& archive)
{
    auto q = archive.connection().run(u"SELECT count(*), COALESCE(max(updated), 0) FROM feed_stations"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return FeedStationsVersion{};
    return FeedStationsVersion{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Station stationOf(const FeedStation& s)
{
    Station station;
    station.id = s.id;
    station.kind = s.kind;
    station.name = {s.name, s.name};
    station.area = s.area;
    if (s.location) {
        station.longitude = s.location->first;
        station.latitude = s.location->second;
    }
    station.fromFeed = true;
    station.located = s.location.has_value();
    return station;
}

Catalog withFeedStations(const Catalog& catalog, const QList<FeedStation>& stations)
{
    Catalog out = catalog;
    for (const FeedStation& s : stations) {
        if (catalog.station(s.id) || catalog.area(s.id))
            continue;
        out.stations << stationOf(s);
        const bool known = std::any_of(out.stationKinds.cbegin(), out.stationKinds.cend(),
                                       [&](const StationKind& k) { return k.id == s.kind; });
        if (!known)
            out.stationKinds << StationKind{s.kind, {s.kind, s.kind}};
    }
    out.buildIndex();
    return out;
}

} // namespace cityops::store
