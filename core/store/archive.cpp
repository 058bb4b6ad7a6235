#include "core/store/archive.h"

#include "core/store/archiveimpl.h"
#include "core/store/archiveschema.h"
#include "core/store/bucketing.h"
#include "core/store/sqlconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

// The archive keeps two rollup levels: hours and days.
constexpr RollupLevel kArchivedLevels[] = {RollupLevel::Hour, RollupLevel::Day};

QString rollupTable(RollupLevel level)
{
    return level == RollupLevel::Hour ? u"rollup_hour"_s : u"rollup_day"_s;
}

std::int64_t rollupWidth(RollupLevel level)
{
    return level == RollupLevel::Hour ? kHourMs : kDayMs;
}

// The points of a batch in (series, t) order, one per (series, t): of equal keys the last
// given wins. Returns indexes into the batch.
std::vector<std::uint32_t> orderedPoints(const ArchiveBatch& batch)
{
    const std::size_t n = batch.points.size();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const auto before = [&](std::uint32_t a, std::uint32_t b) {
        return batch.series[a] != batch.series[b] ? batch.series[a] < batch.series[b]
                                                  : batch.points[a].t < batch.points[b].t;
    };
    if (!std::is_sorted(order.begin(), order.end(), before)) // an ingest batch usually is
        std::stable_sort(order.begin(), order.end(), before);
    std::size_t w = 0;
    for (std::size_t r = 0; r < n; ++r) {
        if (w > 0 && batch.series[order[w - 1]] == batch.series[order[r]] &&
            batch.points[order[w - 1]].t == batch.points[order[r]].t)
            order[w - 1] = order[r];
        else
            order[w++] = order[r];
    }
    order.resize(w);
    return order;
}

// Calls f(a, b) for each run [a, b) of `order` that belongs to one series.
template <typename F>
Result<void> forEachSeriesRun(const ArchiveBatch& batch, const std::vector<std::uint32_t>& order, F f)
{
    for (std::size_t a = 0; a < order.size();) {
        std::size_t b = a;
        while (b < order.size() && batch.series[order[b]] == batch.series[order[a]])
            ++b;
        if (auto r = f(a, b); !r)
            return r;
        a = b;
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------
// ArchiveLocation

Result<ArchiveLocation> ArchiveLocation::parse(const QString& text)
{
    ArchiveLocation loc;
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return Error{
                ErrorCode::InvalidArgument,
                ArchiveText::tr("A PostgreSQL archive is written postgresql://user@host:port/database"),
                text};
        loc.kind = Kind::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.database = url.path().mid(1);
        return loc;
    }
    if (text.contains(u"://"_s))
        return Error{ErrorCode::InvalidArgument,
                     ArchiveText::tr("Unknown archive URL: use a file path (SQLite) or postgresql://…"),
                     text};
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, ArchiveText::tr("No archive given"), QString()};
    loc.kind = Kind::Sqlite;
    loc.path = text;
    return loc;
}

Result<ArchiveLocation> ArchiveLocation::resolve(const QString& given, const QString& defaultPath)
{
    if (!given.isEmpty())
        return parse(given);
    auto location = parse(defaultPath);
    if (location)
        location->createFolders = true;
    return location;
}

QString ArchiveLocation::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/CityOps"_s;
    return dir + u"/archive.sqlite"_s;
}

QString ArchiveLocation::toDisplayString() const
{
    if (kind == Kind::Sqlite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

// ---------------------------------------------------------------------------------------
// Archive

std::int64_t Archive::Impl::bucketOf(std::int64_t t, RollupLevel level) const
{
    return bucketStart(t, Bucketing::fixed(rollupWidth(level)), localOffsetMs);
}

Result<std::unordered_map<SeriesId, std::vector<Span>>>
Archive::Impl::overlapping(const ArchiveBatch& batch, const std::vector<std::uint32_t>& order)
{
    std::vector<SeriesTimeRange> ranges, unknown;
    (void)forEachSeriesRun(batch, order, [&](std::size_t a, std::size_t b) -> Result<void> {
        const SeriesTimeRange range{batch.series[order[a]], batch.points[order[a]].t,
                                    batch.points[order[b - 1]].t};
        if (const auto it = latest.find(range.series); it == latest.end())
            unknown.push_back(range);
        else if (range.from <= it->second) // (all newer than what it holds: nothing to look for)
            ranges.push_back(range);
        return {};
    });
    if (!unknown.empty()) {
        std::vector<SeriesId> series;
        series.reserve(unknown.size());
        for (const SeriesTimeRange& r : unknown)
            series.push_back(r.series);
        auto newest = dialect->latestTimes(series);
        if (!newest)
            return newest.error();
        for (const SeriesTimeRange& r : unknown) {
            const auto it = newest->find(r.series);
            const std::int64_t t = it == newest->end() ? kNoTime : it->second;
            latest[r.series] = t;
            if (r.from <= t)
                ranges.push_back(r);
        }
    }
    return dialect->spans(ranges);
}

Result<void> Archive::Impl::replacePoint(const Point& p, std::int64_t rowId, SeriesId series, Plan& plan)
{
    static const QString sql = u"UPDATE obs SET v = ?, q = ? WHERE id = ?"_s;
    if (!plan.update) {
        auto prepared = this->sql->prepare(sql);
        if (!prepared)
            return prepared.error();
        plan.update = std::move(*prepared);
    }
    plan.update->addBindValue(p.v);
    plan.update->addBindValue(int(p.q));
    plan.update->addBindValue(qint64(rowId));
    if (!plan.update->exec())
        return SqlConnection::queryError(*plan.update, sql);
    plan.dirtyHours.emplace_back(series, bucketOf(p.t, RollupLevel::Hour));
    plan.dirtyDays.emplace_back(series, bucketOf(p.t, RollupLevel::Day));
    return {};
}

// The points [a, b) of `order` (one series): each is unchanged, kept, replaced in place,
// or new (appended to the plan with the next id).
Result<void> Archive::Impl::planSeries(const ArchiveBatch& batch, const std::vector<std::uint32_t>& order,
                                       std::size_t a, std::size_t b, const std::vector<Span>& overlapping,
                                       std::int64_t& nextId, Plan& plan, ArchiveWriteResult& result)
{
    const SeriesId series = batch.series[order[a]];
    struct Stored
    {
        std::int64_t id;
        double v;
        Quality q;
    };
    // Points already archived in this time range (late or repeated data).
    std::unordered_map<std::int64_t, Stored> stored;
    if (!overlapping.empty()) {
        auto r =
            dialect->readSpans(series, overlapping, batch.points[order[a]].t, batch.points[order[b - 1]].t,
                               [&](std::int64_t id, std::int64_t t, double v, Quality q) {
                                   stored[t] = {id, v, q};
                               });
        if (!r)
            return r;
    }
    Span span{series, 0, 0, 0, 0, 0};
    for (std::size_t k = a; k < b; ++k) {
        const Point& p = batch.points[order[k]];
        if (!stored.empty()) {
            const auto it = stored.find(p.t);
            if (it != stored.end()) {
                if (it->second.v == p.v && it->second.q == p.q) {
                    ++result.unchanged;
                } else if (batch.onConflict == ConflictPolicy::KeepExisting) {
                    ++result.kept;
                } else {
                    if (auto r = replacePoint(p, it->second.id, series, plan); !r)
                        return r;
                    ++result.replaced;
                }
                continue;
            }
        }
        if (span.n == 0) {
            span.tFirst = p.t;
            span.rowFirst = nextId;
        }
        span.tLast = p.t;
        span.rowLast = nextId;
        ++span.n;
        plan.ids.push_back(nextId++);
        plan.series.push_back(series);
        plan.points.push_back(p);
    }
    if (span.n > 0)
        plan.spans.push_back(span);
    return {};
}

// Rollups: add what was inserted (rows are in (series, t) order, so buckets are runs).
Result<void> Archive::Impl::addRollups(const Plan& plan)
{
    for (RollupLevel level : kArchivedLevels) {
        std::vector<RollupDelta> deltas;
        for (std::size_t i = 0; i < plan.points.size(); ++i) {
            const std::int64_t bucket = bucketOf(plan.points[i].t, level);
            if (deltas.empty() || deltas.back().series != plan.series[i] || deltas.back().bucket != bucket)
                deltas.push_back({plan.series[i], bucket, {}});
            deltas.back().agg.add(plan.points[i].v);
        }
        if (auto r = dialect->mergeRollups(rollupTable(level), deltas, false); !r)
            return r;
    }
    return {};
}

// …and recompute the buckets where a value was replaced.
Result<void> Archive::Impl::recomputeRollups(Plan& plan)
{
    for (RollupLevel level : kArchivedLevels) {
        auto& dirty = level == RollupLevel::Hour ? plan.dirtyHours : plan.dirtyDays;
        if (dirty.empty())
            continue;
        std::sort(dirty.begin(), dirty.end());
        dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
        const std::int64_t width = rollupWidth(level);
        std::vector<RollupDelta> fresh;
        for (const auto& [series, bucket] : dirty) {
            auto sp = dialect->spans(series, bucket, bucket + width - 1);
            if (!sp)
                return sp.error();
            RollupDelta delta{series, bucket, {}};
            auto r =
                dialect->readSpans(series, *sp, bucket, bucket + width - 1,
                                   [&](std::int64_t, std::int64_t, double v, Quality) { delta.agg.add(v); });
            if (!r)
                return r;
            fresh.push_back(delta);
        }
        if (auto r = dialect->mergeRollups(rollupTable(level), fresh, true); !r)
            return r;
    }
    return {};
}

Archive::Archive(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

Archive::~Archive() = default;

int Archive::currentSchemaVersion()
{
    return archiveMigrations().back().version;
}

QString ArchiveDialect::driverName(ArchiveLocation::Kind kind)
{
    return kind == ArchiveLocation::Kind::Postgres ? u"QPSQL"_s : u"QSQLITE"_s;
}

Result<std::unordered_map<SeriesId, std::vector<Span>>>
ArchiveDialect::spans(const std::vector<SeriesTimeRange>& ranges)
{
    std::unordered_map<SeriesId, std::vector<Span>> out;
    for (const SeriesTimeRange& r : ranges) {
        auto found = spans(r.series, r.from, r.toInclusive);
        if (!found)
            return found.error();
        if (!found->empty())
            out[r.series] = std::move(*found);
    }
    return out;
}

std::unique_ptr<ArchiveDialect> ArchiveDialect::create(ArchiveLocation::Kind kind, SqlConnection& connection)
{
    return kind == ArchiveLocation::Kind::Postgres ? createPostgresDialect(connection)
                                                   : createSqliteDialect(connection);
}

Result<std::unique_ptr<Archive>> Archive::open(const ArchiveLocation& where, bool create)
{
    auto impl = std::make_unique<Impl>();
    impl->location = where;
    auto connection = SqlConnection::create(ArchiveDialect::driverName(where.kind));
    if (!connection)
        return connection.error();
    impl->sql = std::move(*connection);
    impl->dialect = ArchiveDialect::create(where.kind, *impl->sql);
    if (auto r = impl->dialect->configure(where, create); !r)
        return r.error();
    if (!impl->sql->database().open())
        return archiveError(ArchiveText::tr("Cannot open the archive"),
                            where.toDisplayString() + u": "_s + impl->sql->database().lastError().text());
    if (auto r = impl->dialect->attach(where); !r)
        return r.error();

    auto version = migrateSchema(*impl->sql, *impl->dialect, where, archiveMigrations(), create);
    if (!version)
        return version.error();
    impl->schemaVersion = *version;
    auto offset = impl->sql->scalar(u"SELECT value FROM meta WHERE key = 'local_offset_minutes'"_s);
    if (!offset)
        return offset.error();
    impl->localOffsetMs = std::int64_t(offset->toInt()) * 60'000;
    return std::unique_ptr<Archive>(new Archive(std::move(impl)));
}

const ArchiveLocation& Archive::location() const
{
    return d->location;
}

int Archive::schemaVersion() const
{
    return d->schemaVersion;
}

std::int64_t Archive::localOffsetMs() const
{
    return d->localOffsetMs;
}

Result<QString> Archive::purpose()
{
    auto value = d->sql->scalar(u"SELECT value FROM meta WHERE key = 'purpose'"_s);
    if (!value)
        return value.error();
    return value->toString();
}

Result<void> Archive::claimPurpose(const QString& wanted)
{
    auto current = purpose();
    if (!current)
        return current.error();
    if (*current == wanted)
        return {};
    const Error refused{
        ErrorCode::Validation,
        wanted == u"demo"_s
            ? ArchiveText::tr("This archive holds live data: demo data never goes there")
            : ArchiveText::tr("This archive holds the demo city: live data does not go there"),
        d->location.toDisplayString()};
    if (!current->isEmpty())
        return refused;
    auto rows = d->sql->scalar(u"SELECT count(*) FROM series"_s);
    if (!rows)
        return rows.error();
    if (rows->toLongLong() > 0 && wanted == u"demo"_s)
        return refused;
    auto claimed = d->sql->run(u"INSERT INTO meta (key, value) VALUES ('purpose', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                               {wanted});
    if (!claimed)
        return claimed.error();
    return {};
}

Result<ArchiveWriteResult> Archive::write(const ArchiveBatch& batch)
{
    ArchiveWriteResult result;
    const std::vector<std::uint32_t> order = orderedPoints(batch);
    if (auto r = d->dialect->beginWrite(); !r)
        return r.error();
    const auto fail = [&](const Error& e) -> Result<ArchiveWriteResult> {
        (void)d->sql->exec(u"ROLLBACK"_s);
        return e;
    };
    auto lastId = d->dialect->lastObservationId();
    if (!lastId)
        return fail(lastId.error());
    std::int64_t nextId = *lastId + 1;

    d->checkLatest(*lastId);
    // The spans each series of the batch already has in its time range.
    auto overlapping = d->overlapping(batch, order);
    if (!overlapping)
        return fail(overlapping.error());

    Impl::Plan plan;
    plan.ids.reserve(order.size());
    plan.series.reserve(order.size());
    plan.points.reserve(order.size());
    static const std::vector<Span> kNone;
    auto planned = forEachSeriesRun(batch, order, [&](std::size_t a, std::size_t b) {
        const auto it = overlapping->find(batch.series[order[a]]);
        return d->planSeries(batch, order, a, b, it == overlapping->end() ? kNone : it->second, nextId, plan,
                             result);
    });
    if (!planned)
        return fail(planned.error());
    result.inserted = plan.points.size();

    if (auto r = d->dialect->insertObservations(plan.ids, plan.series, plan.points); !r)
        return fail(r.error());
    if (auto r = d->dialect->insertSpans(plan.spans); !r)
        return fail(r.error());
    if (auto r = d->addRollups(plan); !r)
        return fail(r.error());
    if (auto r = d->recomputeRollups(plan); !r)
        return fail(r.error());
    auto q = d->dialect->insertQuarantine(batch.quarantine);
    if (!q)
        return fail(q.error());
    result.quarantined = *q;
    if (auto r = d->sql->exec(u"COMMIT"_s); !r)
        return fail(r.error());
    // Where each series ends now (overlapping() knew each before the batch).
    (void)forEachSeriesRun(batch, order, [&](std::size_t, std::size_t b) -> Result<void> {
        if (const auto it = d->latest.find(batch.series[order[b - 1]]); it != d->latest.end())
            it->second = std::max(it->second, batch.points[order[b - 1]].t);
        return {};
    });
    d->latestThrough = nextId - 1;
    return result;
}

Result<std::vector<Point>> Archive::points(SeriesId series, std::int64_t from, std::int64_t to)
{
    std::vector<Point> out;
    if (from >= to)
        return out;
    auto sp = d->dialect->spans(series, from, to - 1);
    if (!sp)
        return sp.error();
    auto r = d->dialect->readSpans(series, *sp, from, to - 1,
                                   [&](std::int64_t, std::int64_t t, double v, Quality q) {
                                       out.push_back({t, v, q});
                                   });
    if (!r)
        return r.error();
    std::sort(out.begin(), out.end(), [](const Point& a, const Point& b) { return a.t < b.t; });
    return out;
}

Result<std::vector<Bucket>> Archive::rollup(SeriesId series, RollupLevel level, std::int64_t from,
                                            std::int64_t to)
{
    if (level == RollupLevel::Minute)
        return Error{ErrorCode::Unsupported,
                     ArchiveText::tr("The archive keeps hourly and daily rollups only"), u"minute"_s};
    auto found =
        d->sql->run(u"SELECT bucket, n, sum, min, max, sumsq FROM %1 WHERE series = ? AND bucket >= ? "
                    "AND bucket < ? ORDER BY bucket"_s.arg(rollupTable(level)),
                    {qint64(series), qint64(from), qint64(to)});
    if (!found)
        return found.error();
    std::vector<Bucket> out;
    QSqlQuery& q = *found;
    while (q.next()) {
        Bucket b;
        b.start = q.value(0).toLongLong();
        b.agg.count = std::uint64_t(q.value(1).toLongLong());
        b.agg.sum = q.value(2).toDouble();
        b.agg.min = q.value(3).toDouble();
        b.agg.max = q.value(4).toDouble();
        b.agg.sumSquares = q.value(5).toDouble();
        out.push_back(b);
    }
    return out;
}

Result<std::int64_t> Archive::beginRun(const QString& source, const QString& digest, const QString& mapping)
{
    return d->dialect->insertReturningId(
        u"INSERT INTO ingest_run (source, digest, mapping, started_at, status) VALUES (?, ?, ?, ?, 'running')"_s,
        // (A null QString binds as NULL: a run without a digest or a mapping has them empty.)
        {source, digest.isNull() ? u""_s : digest, mapping.isNull() ? u""_s : mapping,
         QDateTime::currentMSecsSinceEpoch()});
}

Result<void> Archive::finishRun(std::int64_t run, const QString& status, const QString& summaryJson)
{
    auto updated =
        d->sql->run(u"UPDATE ingest_run SET finished_at = ?, status = ?, summary = ? WHERE id = ?"_s,
                    {QDateTime::currentMSecsSinceEpoch(), status, summaryJson, qint64(run)});
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<QuarantineEntry>> Archive::quarantine(int limit)
{
    auto found =
        d->sql->run(u"SELECT run, source, digest, line, column_name, reason, detail, raw FROM quarantine "
                    "ORDER BY id LIMIT ?"_s,
                    {limit});
    if (!found)
        return found.error();
    QList<QuarantineEntry> out;
    QSqlQuery& q = *found;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

Result<QString> Archive::integrityCheck()
{
    return d->dialect->integrityCheck();
}

SqlConnection& Archive::connection()
{
    return *d->sql;
}

} // namespace cityops::store
