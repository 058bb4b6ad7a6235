#include "core/store/archive.h"

#include "core/store/archivedialect.h"
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

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;

// Messages a person reads; lupdate files them under "cityops::store::Archive".
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::Archive)
};

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

struct Archive::Impl
{
    ArchiveLocation location;
    std::unique_ptr<SqlConnection> sql;      // first: closed after the dialect is gone
    std::unique_ptr<ArchiveDialect> dialect; // holds statements on the connection
    int schemaVersion = 0;
    std::int64_t localOffsetMs = 7 * kHourMs;

    std::int64_t bucketOf(std::int64_t t, RollupLevel level) const
    {
        return bucketStart(t, Bucketing::fixed(rollupWidth(level)), localOffsetMs);
    }

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
};

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

Result<SeriesId> Archive::ensureSeries(const SeriesKey& key, const QString& unit)
{
    auto existing = findSeries(key);
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->unit != unit)
            return Error{ErrorCode::Validation, ArchiveText::tr("This series is archived in another unit"),
                         u"%1: %2 ≠ %3"_s.arg(key.toString(), (*existing)->unit, unit)};
        return (*existing)->id;
    }
    auto inserted =
        d->sql->run(u"INSERT INTO series (indicator, place, unit, created_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (indicator, place) DO NOTHING"_s,
                    {key.indicator, key.place, unit, QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    existing = findSeries(key);
    if (!existing)
        return existing.error();
    if (!*existing)
        return archiveError(ArchiveText::tr("The archive refused a query"),
                            u"series not created: "_s + key.toString());
    return (*existing)->id;
}

Result<std::vector<SeriesId>>
Archive::ensureSeries(const std::vector<std::pair<SeriesKey, QString>>& keysAndUnits)
{
    std::vector<SeriesId> ids;
    if (keysAndUnits.empty())
        return ids;
    // Two statements prepared once for all of them (a statement prepared per series cost more
    // than the rest of a feed's poll), in one transaction.
    auto find = d->sql->prepare(u"SELECT id, unit FROM series WHERE indicator = ? AND place = ?"_s);
    auto insert =
        d->sql->prepare(u"INSERT INTO series (indicator, place, unit, created_at) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (indicator, place) DO NOTHING"_s);
    if (!find)
        return find.error();
    if (!insert)
        return insert.error();
    if (auto r = d->dialect->beginWrite(); !r)
        return r.error();
    const auto fail = [&](const Error& e) -> Result<std::vector<SeriesId>> {
        (void)d->sql->exec(u"ROLLBACK"_s);
        return e;
    };
    // The series' id and unit, if it is there.
    const auto lookup = [&](const SeriesKey& key) -> Result<std::optional<std::pair<qint64, QString>>> {
        find->addBindValue(key.indicator);
        find->addBindValue(key.place);
        if (!find->exec())
            return SqlConnection::queryError(*find, u"series lookup"_s);
        std::optional<std::pair<qint64, QString>> out;
        if (find->next())
            out = std::pair(find->value(0).toLongLong(), find->value(1).toString());
        find->finish();
        return out;
    };
    // Many: every series read at once (one statement for 60,000 beats 60,000 lookups).
    QHash<SeriesKey, std::pair<qint64, QString>> known;
    if (keysAndUnits.size() > 256) {
        auto all = d->sql->run(u"SELECT id, indicator, place, unit FROM series"_s);
        if (!all)
            return fail(all.error());
        while (all->next())
            known.insert({all->value(1).toString(), all->value(2).toString()},
                         {all->value(0).toLongLong(), all->value(3).toString()});
    }
    ids.reserve(keysAndUnits.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& [key, unit] : keysAndUnits) {
        const auto cached = known.constFind(key);
        auto found =
            cached != known.cend() ? Result<std::optional<std::pair<qint64, QString>>>(*cached) : lookup(key);
        if (found && !*found) {
            for (const QVariant& v :
                 {QVariant(key.indicator), QVariant(key.place), QVariant(unit), QVariant(now)})
                insert->addBindValue(v);
            if (!insert->exec())
                return fail(SqlConnection::queryError(*insert, u"series insert"_s));
            found = lookup(key);
        }
        if (!found)
            return fail(found.error());
        if (!*found || (*found)->first <= 0 || (*found)->first > qint64(std::numeric_limits<SeriesId>::max()))
            return fail(archiveError(ArchiveText::tr("The archive refused a query"),
                                     u"series not created: "_s + key.toString()));
        if ((*found)->second != unit)
            return fail(Error{ErrorCode::Validation,
                              ArchiveText::tr("This series is archived in another unit"),
                              u"%1: %2 ≠ %3"_s.arg(key.toString(), (*found)->second, unit)});
        ids.push_back(SeriesId((*found)->first));
    }
    if (auto r = d->sql->exec(u"COMMIT"_s); !r)
        return fail(r.error());
    return ids;
}

namespace {

// id, indicator, place, unit, count, first, last. Series ids are 32-bit (the PostgreSQL
// obs.series column is an integer): a larger one is an error, never a silent wrap.
Result<SeriesInfo> seriesInfoFrom(const QSqlQuery& q)
{
    SeriesInfo info;
    const qint64 id = q.value(0).toLongLong();
    if (id <= 0 || id > qint64(std::numeric_limits<SeriesId>::max()))
        return archiveError(ArchiveText::tr("The archive refused a query"),
                            u"series id out of range: %1"_s.arg(id));
    info.id = SeriesId(id);
    info.key = {q.value(1).toString(), q.value(2).toString()};
    info.unit = q.value(3).toString();
    info.count = q.value(4).toLongLong();
    info.first = q.value(5).toLongLong();
    info.last = q.value(6).toLongLong();
    return info;
}

const QString kSeriesInfoSql =
    u"SELECT s.id, s.indicator, s.place, s.unit, coalesce(sum(sp.n), 0), min(sp.t_first), max(sp.t_last) "
    "FROM series s LEFT JOIN obs_span sp ON sp.series = s.id "_s;

} // namespace

Result<std::optional<SeriesInfo>> Archive::findSeries(const SeriesKey& key)
{
    auto found = d->sql->run(kSeriesInfoSql + u"WHERE s.indicator = ? AND s.place = ? "
                                              "GROUP BY s.id, s.indicator, s.place, s.unit"_s,
                             {key.indicator, key.place});
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<SeriesInfo>();
    auto info = seriesInfoFrom(*found);
    if (!info)
        return info.error();
    return std::optional<SeriesInfo>(*info);
}

Result<QList<SeriesInfo>> Archive::listSeries()
{
    auto found = d->sql->run(kSeriesInfoSql +
                             u"GROUP BY s.id, s.indicator, s.place, s.unit ORDER BY s.indicator, s.place"_s);
    if (!found)
        return found.error();
    QList<SeriesInfo> out;
    while (found->next()) {
        auto info = seriesInfoFrom(*found);
        if (!info)
            return info.error();
        out.append(*info);
    }
    return out;
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

    // The spans each series of the batch already has in its time range.
    std::vector<SeriesTimeRange> ranges;
    (void)forEachSeriesRun(batch, order, [&](std::size_t a, std::size_t b) -> Result<void> {
        ranges.push_back({batch.series[order[a]], batch.points[order[a]].t, batch.points[order[b - 1]].t});
        return {};
    });
    auto overlapping = d->dialect->spans(ranges);
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
        {source, digest, mapping, QDateTime::currentMSecsSinceEpoch()});
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
