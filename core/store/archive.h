#pragma once

// Archive: the durable copy of every series, behind one interface over QtSql.
//
// SQLite (one file, WAL) is the embedded default; PostgreSQL is the shared deployment
// (several consoles, one archive). The schema is plain so that a city can turn `obs` into
// a TimescaleDB hypertable or distribute it with Citus without changing CityOps:
//
//   obs(id, t, v, series, q)       every observation, in arrival order (id ascending)
//   obs_span(series, t_first, t_last, row_first, row_last, n)
//                                  where each batch put each series: the index that
//                                  lets a series be read back without indexing obs
//   obs_block(row_first, row_last, t_first, t_last, series_first, series_last)
//                                  SQLite: a batch of many series (a snapshot) as one
//                                  row, its rows in series order, instead of a span each
//   series_extent(series, n, t_first, t_last)
//                                  SQLite: each series' count and extent, kept by writes
//   rollup_hour, rollup_day(series, bucket, n, sum, min, max, sumsq)
//   series, quarantine, ingest_run, meta(schema_version, local_offset_minutes)
//
// Writes go through write(): one transaction per batch; when it returns without an
// error the batch is committed and on disk (SQLite: WAL with synchronous=FULL).
// Points are unique per (series, t): a point already stored with the same value and
// quality is "unchanged"; a different one replaces it or is kept, by policy.
//
// An Archive object owns one database connection and must be used from one thread
// (the writer thread owns its own; readers open their own).
//
// Inside: archivedialect.h (what differs between SQLite and PostgreSQL), archiveschema.h
// (the numbered migrations), sqlconnection.h (checked statements); seriesreader.h plans
// reads (rollups or raw points) for the CLI and the engines.

#include "core/common/result.h"
#include "core/store/observation.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cityops::store {

class SqlConnection;

struct ArchiveLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres,
    };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // SQLite: make the file's folder when it is missing. Only the default location does;
    // a path a person typed whose folder does not exist is refused (a typo is not a folder).
    bool createFolders = false;

    // "postgresql://user[:password]@host[:port]/database" (or postgres://), else a file path.
    static Result<ArchiveLocation> parse(const QString& text);
    // The archive a person named (`given`), or `defaultPath` when they named none.
    static Result<ArchiveLocation> resolve(const QString& given, const QString& defaultPath);
    // <user data directory>/archive.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultSqlitePath();
    // The location as a person reads it, without the password.
    QString toDisplayString() const;
};

// What to do when a point arrives for a (series, time) already stored with another value.
enum class ConflictPolicy
{
    Replace,      // the new value wins ("last", "mean")
    KeepExisting, // the stored value stays ("first")
};

struct SeriesInfo
{
    SeriesId id = 0; // this archive's id of the series
    SeriesKey key;
    QString unit;
    std::int64_t count = 0;
    std::int64_t first = 0; // UTC ms; meaningful when count > 0
    std::int64_t last = 0;
};

struct QuarantineEntry
{
    std::int64_t run = 0;
    QString source; // file name as given
    QString digest; // BLAKE2b-256 of the file: the same file ingested twice keeps one entry per line/column
    std::int64_t line = 0;
    QString column; // empty: the whole row
    QString reason; // stable reason code ("out-of-range", "nonexistent-local-time"…)
    QString detail; // for a person: the value, the range, the time zone
    QString raw;    // the row as read (truncated)
};

struct ArchiveBatch
{
    std::vector<SeriesId> series; // parallel to points
    std::vector<Point> points;
    std::vector<QuarantineEntry> quarantine;
    ConflictPolicy onConflict = ConflictPolicy::Replace;
};

struct ArchiveWriteResult
{
    std::size_t inserted = 0;
    std::size_t replaced = 0;
    std::size_t unchanged = 0;
    std::size_t kept = 0;        // conflicts where the stored value stayed
    std::size_t quarantined = 0; // new quarantine entries (repeats of a known one are not)
};

class Archive
{
public:
    // Opens (and with `create`, creates or migrates) the archive.
    static Result<std::unique_ptr<Archive>> open(const ArchiveLocation& where, bool create = true);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    const ArchiveLocation& location() const;
    int schemaVersion() const;
    static int currentSchemaVersion();
    // Offset from UTC at which days begin in the rollups (Asia/Ho_Chi_Minh: 7 h).
    std::int64_t localOffsetMs() const;

    // What the archive holds: "live" (city feeds, files) or "demo" (the simulated city).
    // Demo and training data never reach a live archive: the first writer claims the
    // purpose of an empty archive, and a claim of the other purpose is refused.
    Result<void> claimPurpose(const QString& purpose);
    Result<QString> purpose();

    Result<SeriesId> ensureSeries(const SeriesKey& key, const QString& unit);
    // Many at once, in one transaction (a feed's first poll brings thousands: one commit,
    // not one each); their ids in the same order.
    Result<std::vector<SeriesId>>
    ensureSeries(const std::vector<std::pair<SeriesKey, QString>>& keysAndUnits);
    Result<std::optional<SeriesInfo>> findSeries(const SeriesKey& key);
    Result<QList<SeriesInfo>> listSeries();

    Result<ArchiveWriteResult> write(const ArchiveBatch& batch);

    // Points with from ≤ t < to, in time order.
    Result<std::vector<Point>> points(SeriesId series, std::int64_t from, std::int64_t to);
    // Rollup buckets with from ≤ start < to. The archive keeps hours and days
    // (RollupLevel::Minute is Unsupported).
    Result<std::vector<Bucket>> rollup(SeriesId series, RollupLevel level, std::int64_t from,
                                       std::int64_t to);

    Result<std::int64_t> beginRun(const QString& source, const QString& digest, const QString& mapping);
    Result<void> finishRun(std::int64_t run, const QString& status, const QString& summaryJson);
    Result<QList<QuarantineEntry>> quarantine(int limit = 1000);

    // SQLite: PRAGMA integrity_check ("ok" when sound). PostgreSQL: "ok" when the tables answer.
    Result<QString> integrityCheck();

    // The archive's checked connection, for the engines' own tables (core/alerts' alarms),
    // used on the archive's thread like every other call.
    SqlConnection& connection();

private:
    struct Impl;
    explicit Archive(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace cityops::store
