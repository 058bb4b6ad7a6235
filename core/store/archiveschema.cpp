#include "core/store/archiveschema.h"

#include "core/store/archive.h"
#include "core/store/archivedialect.h"
#include "core/store/sqlconnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::Archive)
};

Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.summary = u"observations in arrival order, spans, hourly and daily rollups, series, runs, quarantine"_s;
    m.statements = {
        u"CREATE TABLE series (id %ID%, indicator text NOT NULL, place text NOT NULL, unit text NOT NULL, "
        "created_at %BIGINT% NOT NULL, UNIQUE (indicator, place))"_s,
        u"CREATE TABLE obs_span (series %BIGINT% NOT NULL, t_first %BIGINT% NOT NULL, t_last %BIGINT% NOT "
        u"NULL, "
        "row_first %BIGINT% NOT NULL, row_last %BIGINT% NOT NULL, n %BIGINT% NOT NULL)"_s,
        u"CREATE INDEX obs_span_series ON obs_span (series, t_last)"_s,
        u"CREATE TABLE rollup_hour (series %BIGINT% NOT NULL, bucket %BIGINT% NOT NULL, n %BIGINT% NOT NULL, "
        "sum %REAL% NOT NULL, min %REAL% NOT NULL, max %REAL% NOT NULL, sumsq %REAL% NOT NULL, "
        "PRIMARY KEY (series, bucket))"_s,
        u"CREATE TABLE rollup_day (series %BIGINT% NOT NULL, bucket %BIGINT% NOT NULL, n %BIGINT% NOT NULL, "
        "sum %REAL% NOT NULL, min %REAL% NOT NULL, max %REAL% NOT NULL, sumsq %REAL% NOT NULL, "
        "PRIMARY KEY (series, bucket))"_s,
        u"CREATE TABLE ingest_run (id %ID%, source text NOT NULL, digest text NOT NULL, mapping text NOT "
        u"NULL, "
        "started_at %BIGINT% NOT NULL, finished_at %BIGINT%, status text NOT NULL, summary text)"_s,
        u"CREATE TABLE quarantine (id %ID%, run %BIGINT% NOT NULL, source text NOT NULL, digest text NOT "
        u"NULL, "
        "line %BIGINT% NOT NULL, column_name text NOT NULL, reason text NOT NULL, detail text NOT NULL, "
        "raw text NOT NULL, UNIQUE (digest, line, column_name))"_s,
        // Days of the rollups begin at local midnight, Asia/Ho_Chi_Minh.
        u"INSERT INTO meta (key, value) VALUES ('local_offset_minutes', '420')"_s,
    };
    // obs: arrival order. SQLite: id is the rowid.
    m.sqliteOnly = {
        u"CREATE TABLE obs (id INTEGER PRIMARY KEY, t INTEGER NOT NULL, v REAL NOT NULL, "
        "series INTEGER NOT NULL, q INTEGER NOT NULL)"_s,
    };
    // PostgreSQL: the 8-byte columns first (a row is then 56 bytes instead of 64); ids grow
    // with the heap, so a BRIN index finds a span's rows at almost no cost to COPY (a btree
    // on id halved COPY's speed here).
    m.postgresOnly = {
        u"CREATE TABLE obs (id bigint NOT NULL, t bigint NOT NULL, v double precision NOT NULL, "
        "series integer NOT NULL, q smallint NOT NULL)"_s,
        u"CREATE INDEX obs_id ON obs USING brin (id) WITH (pages_per_range = 8, autosummarize = on)"_s,
        u"CREATE INDEX obs_span_row_last ON obs_span (row_last)"_s,
    };
    return m;
}

// The alarms of the early-warning rules (core/alerts): one row per alarm, keyed by its rule,
// place and the instant it fired, and an append-only log of every change of state.
Migration alarmTables()
{
    Migration m;
    m.version = 2;
    m.summary = u"alarms and their audit log"_s;
    m.statements = {
        u"CREATE TABLE alarm (id %ID%, key text NOT NULL UNIQUE, rule text NOT NULL, place text NOT NULL, "
        "severity text NOT NULL, state text NOT NULL, fired_at %BIGINT% NOT NULL, resolved_at %BIGINT%, "
        "peak_value %REAL% NOT NULL, message_vi text NOT NULL, message_en text NOT NULL, "
        "acknowledged_by text, acknowledged_at %BIGINT%, comment text, shelved_from text, "
        "shelved_until %BIGINT%, shelved_by text, shelve_reason text, updated_at %BIGINT% NOT NULL)"_s,
        u"CREATE INDEX alarm_state ON alarm (state, fired_at)"_s,
        u"CREATE TABLE alarm_audit (id %ID%, alarm %BIGINT% NOT NULL, at %BIGINT% NOT NULL, who text NOT "
        u"NULL, "
        "from_state text NOT NULL, to_state text NOT NULL, comment text NOT NULL)"_s,
        u"CREATE INDEX alarm_audit_alarm ON alarm_audit (alarm, id)"_s,
    };
    return m;
}

// State-based suppression (core/alerts): the alarm that superseded one, since when, and the
// state it comes back to; an alarm's rule and place are looked up for what overlaps it.
Migration alarmSuppression()
{
    Migration m;
    m.version = 3;
    m.summary = u"alarm suppression"_s;
    m.statements = {
        u"ALTER TABLE alarm ADD COLUMN suppressed_from text"_s,
        u"ALTER TABLE alarm ADD COLUMN suppressed_at %BIGINT%"_s,
        u"ALTER TABLE alarm ADD COLUMN suppressed_by text"_s,
        u"CREATE INDEX alarm_point ON alarm (place, rule, fired_at)"_s,
    };
    return m;
}

// Escalation (core/alerts): when an alarm nobody acknowledged was escalated.
Migration alarmEscalation()
{
    Migration m;
    m.version = 4;
    m.summary = u"alarm escalation"_s;
    m.statements = {u"ALTER TABLE alarm ADD COLUMN escalated_at %BIGINT%"_s};
    return m;
}

// Out of service (core/alerts): places (or a rule at a place) taken out of service, when and
// why, and when they came back; and since when an alarm was out of service.
Migration alarmService()
{
    Migration m;
    m.version = 5;
    m.summary = u"alarms out of service"_s;
    m.statements = {
        u"CREATE TABLE alarm_service (id %ID%, place text NOT NULL, rule text NOT NULL, since %BIGINT% NOT "
        "NULL, by_user text NOT NULL, reason text NOT NULL, ended_at %BIGINT%, ended_by text, end_comment "
        "text)"_s,
        u"CREATE INDEX alarm_service_place ON alarm_service (place, ended_at)"_s,
        u"ALTER TABLE alarm ADD COLUMN out_of_service_at %BIGINT%"_s,
        u"ALTER TABLE alarm ADD COLUMN in_service_at %BIGINT%"_s,
    };
    return m;
}

// One period open per place and rule, even with two consoles taking it out at once.
Migration alarmServiceOnce()
{
    Migration m;
    m.version = 6;
    m.summary = u"one open out-of-service period per place and rule"_s;
    m.statements = {
        u"CREATE UNIQUE INDEX alarm_service_open ON alarm_service (place, rule) WHERE ended_at IS NULL"_s};
    return m;
}

// Which feed writes which series, and how far each has read (core/store/feedstate.h).
Migration feedState()
{
    Migration m;
    m.version = 7;
    m.summary = u"the series each feed writes, the newest time each has read"_s;
    m.statements = {u"CREATE TABLE feed_series (feed text NOT NULL, series %BIGINT% NOT NULL, "
                    "PRIMARY KEY (feed, series))"_s,
                    u"CREATE TABLE feed_state (feed text PRIMARY KEY, newest %BIGINT% NOT NULL)"_s};
    return m;
}

// Sensors the catalog does not list, as feeds describe them (core/store/feedstations.h).
Migration feedStations()
{
    Migration m;
    m.version = 8;
    m.summary = u"the stations feeds describe that the catalog does not list"_s;
    m.statements = {
        u"CREATE TABLE feed_stations (id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, "
        "feed text NOT NULL, area text NOT NULL DEFAULT '', longitude %REAL%, latitude %REAL%, "
        "first_seen %BIGINT% NOT NULL, updated %BIGINT% NOT NULL)"_s};
    return m;
}

// SQLite: a batch of many series (a city's snapshot: every station once) is indexed by one
// block row, its rows in series order, instead of a span per series. Spans are keyed by series:
// a span per series per poll writes into every series' part of that index at every poll, a
// page each once the archive is a few hours old. Each series' count and time extent are kept
// in a table of one row per series, which every write updates in place.
Migration snapshotBlocks()
{
    Migration m;
    m.version = 9;
    m.summary = u"snapshot blocks and the extent of each series"_s;
    m.sqliteOnly = {
        u"CREATE TABLE obs_block (row_first INTEGER NOT NULL, row_last INTEGER NOT NULL, t_first INTEGER NOT "
        "NULL, t_last INTEGER NOT NULL, series_first INTEGER NOT NULL, series_last INTEGER NOT NULL)"_s,
        u"CREATE INDEX obs_block_t ON obs_block (t_last)"_s,
        u"CREATE TABLE series_extent (series INTEGER PRIMARY KEY, n INTEGER NOT NULL, t_first INTEGER NOT "
        "NULL, t_last INTEGER NOT NULL)"_s,
        u"INSERT INTO series_extent (series, n, t_first, t_last) SELECT series, sum(n), min(t_first), "
        "max(t_last) FROM obs_span GROUP BY series"_s,
    };
    return m;
}

QStringList statementsFor(const Migration& m, const ArchiveDialect& dialect, bool postgres)
{
    QStringList all = m.statements;
    all += postgres ? m.postgresOnly : m.sqliteOnly;
    for (QString& s : all)
        s.replace(u"%BIGINT%"_s, dialect.bigintType())
            .replace(u"%REAL%"_s, dialect.realType())
            .replace(u"%ID%"_s, dialect.identityType());
    return all;
}

// One step's statements and the new version, inside the caller's transaction.
Result<void> applyStatements(SqlConnection& sql, ArchiveDialect& dialect, const Migration& m, bool postgres)
{
    const auto fail = [&](const Error& e) -> Result<void> {
        return Error{e.code, e.message, u"schema step %1 (%2): "_s.arg(m.version).arg(m.summary) + e.detail};
    };
    for (const QString& statement : statementsFor(m, dialect, postgres)) {
        if (auto r = sql.exec(statement); !r)
            return fail(r.error());
    }
    auto written = sql.run(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                           {QString::number(m.version)});
    if (!written)
        return fail(written.error());
    return {};
}

// Steps in one transaction: all of them, or nothing. (`create`: the meta table first — a new
// archive appears whole, and a reader never finds it half made.)
Result<void> apply(SqlConnection& sql, ArchiveDialect& dialect, const std::vector<const Migration*>& steps,
                   bool postgres, bool create)
{
    if (auto r = dialect.beginSchemaChange(); !r)
        return r;
    const auto fail = [&](const Error& e) -> Result<void> {
        (void)sql.exec(u"ROLLBACK"_s);
        return e;
    };
    if (create) {
        if (auto r =
                sql.exec(u"CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL)"_s);
            !r)
            return fail(r.error());
    }
    for (const Migration* m : steps) {
        if (auto r = applyStatements(sql, dialect, *m, postgres); !r)
            return fail(r.error());
    }
    return sql.exec(u"COMMIT"_s);
}

} // namespace

const std::vector<Migration>& archiveMigrations()
{
    static const std::vector<Migration> steps = {
        initialSchema(),    alarmTables(), alarmSuppression(), alarmEscalation(), alarmService(),
        alarmServiceOnce(), feedState(),   feedStations(),     snapshotBlocks(),
    };
    return steps;
}

Result<int> migrateSchema(SqlConnection& sql, ArchiveDialect& dialect, const ArchiveLocation& where,
                          const std::vector<Migration>& migrations, bool upgrade)
{
    const QStringList tables = sql.database().tables();
    const bool postgres = where.kind == ArchiveLocation::Kind::Postgres;
    if (!tables.contains(u"meta"_s)) {
        if (tables.contains(u"obs"_s))
            return archiveError(ArchiveText::tr("This database is not a CityOps archive"),
                                where.toDisplayString());
        if (!upgrade)
            return Error{ErrorCode::NotFound, ArchiveText::tr("This database is not a CityOps archive"),
                         where.toDisplayString()};
        std::vector<const Migration*> all;
        for (const Migration& m : migrations)
            all.push_back(&m);
        if (auto r = apply(sql, dialect, all, postgres, true); !r)
            return r.error();
        return migrations.empty() ? 0 : migrations.back().version;
    }
    auto version = sql.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (!version)
        return version.error();
    int current = version->isNull() ? 0 : version->toInt();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest)
        return archiveError(ArchiveText::tr("This archive was written by a newer CityOps"),
                            u"schema %1 > %2"_s.arg(current).arg(latest));
    for (const Migration& m : migrations) {
        if (m.version <= current)
            continue;
        if (!upgrade)
            return archiveError(ArchiveText::tr("The archive needs an upgrade; open it for writing first"),
                                u"schema %1 < %2"_s.arg(current).arg(latest));
        if (m.version != current + 1)
            return archiveError(ArchiveText::tr("The archive refused a query"),
                                u"schema steps out of order: %1 after %2"_s.arg(m.version).arg(current));
        if (auto r = apply(sql, dialect, {&m}, postgres, false); !r)
            return r.error();
        current = m.version;
    }
    return current;
}

} // namespace cityops::store
