#pragma once

// Inside the Archive (archive.cpp, archiveseries.cpp): its connection, its dialect, and what
// it has learned of the archive while it writes. Private to core/store.

#include "core/store/archive.h"
#include "core/store/archivedialect.h"
#include "core/store/sqlconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <limits>
#include <optional>
#include <unordered_map>

namespace cityops::store {

inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 86'400'000;

// Messages a person reads; lupdate files them under "cityops::store::Archive".
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::Archive)
};

struct Archive::Impl
{
    ArchiveLocation location;
    std::unique_ptr<SqlConnection> sql;      // first: closed after the dialect is gone
    std::unique_ptr<ArchiveDialect> dialect; // holds statements on the connection
    int schemaVersion = 0;
    std::int64_t localOffsetMs = 7 * kHourMs;

    // What this connection learned of the archive, kept from one batch to the next (a
    // collector's connection lives for weeks; a snapshot poll of 60,000 series would
    // otherwise read them all again each time):
    // - series by key: rows of `series` are never deleted, renamed or given another unit,
    //   so what was read once stays true;
    QHash<SeriesKey, std::pair<SeriesId, QString>> knownSeries;
    // - the newest time stored of series (kNoTime: none stored), true as long as obs' last
    //   id is `latestThrough`: a batch of another writer moves it on, and all of this is
    //   forgotten. (A point replaced keeps its time; a point deleted makes it only later.)
    static constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();
    std::unordered_map<SeriesId, std::int64_t> latest;
    std::int64_t latestThrough = -1;

    // Before a write or a series creation, inside its transaction: obs' last id is
    // `lastId`; what `latest` says is forgotten when someone else wrote since.
    void checkLatest(std::int64_t lastId)
    {
        if (lastId != latestThrough)
            latest.clear();
        latestThrough = lastId;
    }

    std::int64_t bucketOf(std::int64_t t, RollupLevel level) const;

    // What one batch adds and changes, worked out before anything is appended.
    struct Plan
    {
        std::vector<std::int64_t> ids;
        std::vector<SeriesId> series;
        std::vector<Point> points;
        std::vector<Span> spans;
        std::vector<std::pair<SeriesId, std::int64_t>> dirtyHours, dirtyDays; // (series, bucket)
        std::optional<QSqlQuery> update;                                      // prepared on first use
    };

    Result<void> planSeries(const ArchiveBatch& batch, const std::vector<std::uint32_t>& order, std::size_t a,
                            std::size_t b, const std::vector<Span>& overlapping, std::int64_t& nextId,
                            Plan& plan, ArchiveWriteResult& result);
    Result<void> replacePoint(const Point& p, std::int64_t rowId, SeriesId series, Plan& plan);
    Result<void> addRollups(const Plan& plan);
    Result<void> recomputeRollups(Plan& plan);
    // The spans of the batch's series overlapping its times, asked only of the series whose
    // points are not all newer than what they hold.
    Result<std::unordered_map<SeriesId, std::vector<Span>>>
    overlapping(const ArchiveBatch& batch, const std::vector<std::uint32_t>& order);
    // Series ids → archive ids, creating the missing ones, for those not in knownSeries.
    Result<void> ensureUnknownSeries(const std::vector<std::pair<SeriesKey, QString>>& keysAndUnits);
};

} // namespace cityops::store
