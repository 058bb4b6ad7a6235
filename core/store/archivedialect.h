#pragma once

// What differs between the archive's engines, behind one interface: how to connect, the
// SQL types the migrations use, how a write transaction starts, and the bulk paths
// (SQLite: multi-row statements on the sqlite3 handle behind QtSql; PostgreSQL: binary
// COPY through libpq on QPSQL's handle). Everything else — the schema, duplicate checks,
// rollups, runs, quarantine — is written once in archive.cpp against this interface.
// Private to core/store.

#include "core/common/result.h"
#include "core/store/archive.h"

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace cityops::store {

class SqlConnection;

// Where one batch put one series: rows row_first…row_last of obs, times t_first…t_last.
struct Span
{
    SeriesId series = 0;
    std::int64_t tFirst = 0;
    std::int64_t tLast = 0;
    std::int64_t rowFirst = 0;
    std::int64_t rowLast = 0;
    std::int64_t n = 0;
};

// What a batch adds to (or, with `replace`, recomputes of) one rollup bucket.
struct RollupDelta
{
    SeriesId series = 0;
    std::int64_t bucket = 0;
    Aggregate agg;
};

// The times of one series a batch touches.
struct SeriesTimeRange
{
    SeriesId series = 0;
    std::int64_t from = 0;
    std::int64_t toInclusive = 0;
};

// A stored observation as read back: its row id, time, value, quality.
using StoredPointSink = std::function<void(std::int64_t id, std::int64_t t, double v, Quality q)>;

class ArchiveDialect
{
public:
    // The Qt SQL driver of `kind` ("QSQLITE", "QPSQL").
    static QString driverName(ArchiveLocation::Kind kind);
    // The dialect of `kind`, working on `connection` (which outlives it).
    static std::unique_ptr<ArchiveDialect> create(ArchiveLocation::Kind kind, SqlConnection& connection);
    virtual ~ArchiveDialect() = default;
    ArchiveDialect(const ArchiveDialect&) = delete;
    ArchiveDialect& operator=(const ArchiveDialect&) = delete;

    // --- Connecting -------------------------------------------------------------------
    // Before open(): host, file, options; `create`: the archive may be created.
    virtual Result<void> configure(const ArchiveLocation& where, bool create) = 0;
    // After open(): the native handle and the session settings.
    virtual Result<void> attach(const ArchiveLocation& where) = 0;

    // --- SQL vocabulary of the migrations -----------------------------------------------
    virtual QString bigintType() const = 0;   // 64-bit integer
    virtual QString realType() const = 0;     // 64-bit float
    virtual QString identityType() const = 0; // an id column filled by the database

    // --- Transactions -------------------------------------------------------------------
    // A write transaction: one writer at a time assigns observation ids; readers go on.
    virtual Result<void> beginWrite() = 0;
    // A transaction for a schema change.
    virtual Result<void> beginSchemaChange() = 0;
    // The largest observation id in use (0 when none).
    virtual Result<std::int64_t> lastObservationId() = 0;

    // --- Reading ------------------------------------------------------------------------
    // The spans of `series` overlapping [from, toInclusive], in row order.
    virtual Result<std::vector<Span>> spans(SeriesId series, std::int64_t from, std::int64_t toInclusive) = 0;
    // The spans of several series at once (PostgreSQL: one round trip).
    virtual Result<std::unordered_map<SeriesId, std::vector<Span>>>
    spans(const std::vector<SeriesTimeRange>& ranges);
    // The newest time each of `series` holds (none: not in the map). Each engine's own:
    // where a series ends is kept differently (SQLite: series_extent; PostgreSQL: the spans).
    virtual Result<std::unordered_map<SeriesId, std::int64_t>>
    latestTimes(const std::vector<SeriesId>& series) = 0;
    // The table holding each series' extent (columns series, n, t_first, t_last; several
    // rows of one series are summed), for the series listing.
    virtual QString extentTable() const { return QStringLiteral("obs_span"); }
    // The points of `series` in the rows of `spans` with from ≤ t ≤ toInclusive.
    virtual Result<void> readSpans(SeriesId series, const std::vector<Span>& spans, std::int64_t from,
                                   std::int64_t toInclusive, const StoredPointSink& sink) = 0;

    // --- Writing (inside beginWrite()) -----------------------------------------------------
    // Appends observations with the ids given (consecutive, after lastObservationId()).
    virtual Result<void> insertObservations(const std::vector<std::int64_t>& ids,
                                            const std::vector<SeriesId>& series,
                                            const std::vector<Point>& points) = 0;
    virtual Result<void> insertSpans(const std::vector<Span>& spans) = 0;
    // Adds `deltas` to the buckets of `table` ("rollup_hour", "rollup_day"), or replaces them.
    virtual Result<void> mergeRollups(const QString& table, const std::vector<RollupDelta>& deltas,
                                      bool replace) = 0;
    // Inserts entries not yet known by (digest, line, column); returns how many were new.
    virtual Result<std::size_t> insertQuarantine(const std::vector<QuarantineEntry>& entries) = 0;
    // Runs an INSERT and returns the id of the new row.
    virtual Result<std::int64_t> insertReturningId(const QString& insertSql, const QVariantList& args) = 0;

    // --- Health -------------------------------------------------------------------------
    virtual Result<QString> integrityCheck() = 0;

protected:
    explicit ArchiveDialect(SqlConnection& connection)
        : m_sql(connection)
    {}
    SqlConnection& m_sql;
};

std::unique_ptr<ArchiveDialect> createSqliteDialect(SqlConnection& connection);
std::unique_ptr<ArchiveDialect> createPostgresDialect(SqlConnection& connection);

} // namespace cityops::store
