// The SQLite dialect: one file in WAL mode, bulk paths on the sqlite3 handle behind QtSql.

#include "core/store/archivedialect.h"
#include "core/store/sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::Archive)
};

// A prepared statement on the raw handle. `ok()` is false when preparing failed.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql, unsigned flags = 0)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, flags, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, const QString& v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Steps once (and resets): true when the statement completed.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    int changes() const { return sqlite3_changes(m_db); }
    int step() { return sqlite3_step(m_stmt); }
    // Steps for a result row: true while there is one (call reset() when done).
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    // Steps through every result row (then resets): false when a step failed (error()).
    template <typename Row> bool rows(Row&& row)
    {
        int rc;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
            row();
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    void reset() { sqlite3_reset(m_stmt); }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

Error refusedQuery(const Statement& st)
{
    return archiveError(ArchiveText::tr("The archive refused a query"), st.error());
}

Error refusedWrite(const Statement& st)
{
    return archiveError(ArchiveText::tr("The archive refused a write"), st.error());
}

// Writes `rows` rows through multi-row statements: `head` + `tail` with the row's `columns`
// placeholders repeated, kRowsPerStatement rows a statement (and one statement for the rest).
// `bind(st, base, k)` binds row k at parameter base + 1…. Fewer statements to step: 3.0 M
// rows/s here against 1.7 M for one row a statement.
constexpr int kRowsPerStatement = 50;

template <typename Bind>
Result<void> writeRows(sqlite3* db, const char* head, int columns, const char* tail, std::size_t rows,
                       Bind bind)
{
    QByteArray row = "(?";
    for (int c = 1; c < columns; ++c)
        row += ",?";
    row += ')';
    const auto statementOf = [&](std::size_t n) {
        QByteArray sql = head;
        for (std::size_t r = 0; r < n; ++r)
            sql += QByteArray(r ? "," : " VALUES ") + row;
        return QByteArray(sql + tail);
    };
    std::size_t i = 0;
    if (rows >= std::size_t(kRowsPerStatement)) {
        Statement many(db, statementOf(kRowsPerStatement).constData());
        if (!many.ok())
            return refusedQuery(many);
        for (; i + kRowsPerStatement <= rows; i += kRowsPerStatement) {
            for (int r = 0; r < kRowsPerStatement; ++r)
                bind(many, r * columns, i + std::size_t(r));
            if (!many.run())
                return refusedWrite(many);
        }
    }
    if (i < rows) {
        Statement rest(db, statementOf(rows - i).constData());
        if (!rest.ok())
            return refusedQuery(rest);
        for (std::size_t r = 0; i + r < rows; ++r)
            bind(rest, int(r) * columns, i + r);
        if (!rest.run())
            return refusedWrite(rest);
    }
    return {};
}

// A batch of at least this many series, in consecutive rows one series after another (as
// Archive::write plans a batch), is indexed as one block instead of a span per series.
constexpr std::size_t kBlockSpans = 1000;

// …when its times lie within an hour (a snapshot): a block is looked into by every read of
// every series it may hold in its time range, so one station hours late (or a wide file with
// a long history) makes spans.
constexpr std::int64_t kBlockWidthMs = 3'600'000;

bool formsBlock(const std::vector<Span>& spans)
{
    if (spans.size() < kBlockSpans)
        return false;
    std::int64_t first = spans.front().tFirst, last = spans.front().tLast;
    for (std::size_t k = 1; k < spans.size(); ++k) {
        if (spans[k].series <= spans[k - 1].series || spans[k].rowFirst != spans[k - 1].rowLast + 1)
            return false;
        first = std::min(first, spans[k].tFirst);
        last = std::max(last, spans[k].tLast);
    }
    return last - first <= kBlockWidthMs;
}

struct Block
{
    std::int64_t rowFirst, rowLast, tFirst, tLast, seriesFirst, seriesLast;
};

// Finds the rows of one series in a block by the series of single rows (by id): from where
// the series would be if the block's series were evenly spread (a snapshot: one row each,
// found at the first try), galloping away from that guess, then halving.
class BlockSearch
{
public:
    BlockSearch(Statement& seriesOfRow, Statement& seriesOfRows)
        : m_probe(seriesOfRow)
        , m_window(seriesOfRows)
    {}

    // The rows of `series` in `b`, if it has any.
    std::optional<Span> find(const Block& b, SeriesId series)
    {
        const std::int64_t s = series;
        const std::int64_t end = b.rowLast + 1;
        const std::int64_t rows = end - b.rowFirst;
        const std::int64_t spread = b.seriesLast - b.seriesFirst + 1;
        const std::int64_t guess =
            std::clamp(b.rowFirst + (s - b.seriesFirst) * rows / spread, b.rowFirst, b.rowLast);
        prefetch(std::max(b.rowFirst, guess - 2),
                 std::min(b.rowLast, guess + 2)); // (one statement, not five)
        const std::int64_t lo = lowerBound(b.rowFirst, end, s, guess);
        if (lo >= end || at(lo) != s)
            return std::nullopt;
        const std::int64_t hi = lowerBound(lo, end, s + 1, lo + std::max<std::int64_t>(1, rows / spread));
        return Span{series, b.tFirst, b.tLast, lo, hi - 1, hi - lo};
    }
    bool failed() const { return m_failed; }
    // Why a row could not be read (empty: it is missing, which is damage).
    const QString& readError() const { return m_readError; }

private:
    // The first row of [lo, end) whose series is ≥ s.
    std::int64_t lowerBound(std::int64_t lo, std::int64_t end, std::int64_t s, std::int64_t guess)
    {
        std::int64_t hi = end; // the answer is in [lo, hi]
        if (lo >= hi)
            return lo;
        const std::int64_t g = std::clamp(guess, lo, hi - 1);
        if (at(g) >= s) {
            hi = g;
            for (std::int64_t step = 1; hi - step >= lo; step *= 2) {
                if (at(hi - step) < s) {
                    lo = hi - step + 1;
                    break;
                }
                hi -= step;
            }
        } else {
            lo = g + 1;
            for (std::int64_t step = 1; lo + step - 1 < hi; step *= 2) {
                if (at(lo + step - 1) >= s) {
                    hi = lo + step - 1;
                    break;
                }
                lo += step;
            }
        }
        while (lo < hi) {
            const std::int64_t mid = lo + (hi - lo) / 2;
            if (at(mid) >= s)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
    // Remembers the series of rows [first, last].
    void prefetch(std::int64_t first, std::int64_t last)
    {
        m_window.bind(1, first);
        m_window.bind(2, last);
        if (!m_window.rows([&] { remember(m_window.integer(0), m_window.integer(1)); }) &&
            m_readError.isEmpty()) {
            m_readError = m_window.error();
            m_failed = true;
        }
    }
    void remember(std::int64_t id, std::int64_t series) { m_seen[m_next++ % m_seen.size()] = {id, series}; }
    // The series of row `id` (the last few remembered). A row missing from a block is
    // damage: the search stops there and reports it.
    std::int64_t at(std::int64_t id)
    {
        for (const auto& [row, series] : m_seen) {
            if (row == id)
                return series;
        }
        std::int64_t series = std::numeric_limits<std::int64_t>::max();
        m_probe.bind(1, id);
        const int rc = m_probe.step();
        if (rc == SQLITE_ROW)
            series = m_probe.integer(0);
        else
            m_failed = true;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE && m_readError.isEmpty())
            m_readError = m_probe.error();
        m_probe.reset();
        remember(id, series);
        return series;
    }

    Statement& m_probe;
    Statement& m_window;
    std::array<std::pair<std::int64_t, std::int64_t>, 8> m_seen = [] {
        std::array<std::pair<std::int64_t, std::int64_t>, 8> none;
        none.fill({-1, 0});
        return none;
    }();
    std::size_t m_next = 0;
    bool m_failed = false;
    QString m_readError;
};

class SqliteDialect final : public ArchiveDialect
{
public:
    explicit SqliteDialect(SqlConnection& connection)
        : ArchiveDialect(connection)
    {}

    Result<void> configure(const ArchiveLocation& where, bool create) override
    {
        const QFileInfo info(where.path);
        if (!info.exists()) {
            if (!create)
                return Error{ErrorCode::NotFound, ArchiveText::tr("No archive at this path"), where.path};
            if (!QFileInfo(info.absolutePath()).isDir()) {
                if (!where.createFolders)
                    return Error{ErrorCode::NotFound,
                                 ArchiveText::tr("The archive's folder does not exist (create it first, or "
                                                 "check the path)"),
                                 info.absolutePath()};
                if (!QDir().mkpath(info.absolutePath()))
                    return Error{ErrorCode::Io, ArchiveText::tr("Cannot create the archive's folder"),
                                 info.absolutePath()};
            }
        }
        m_sql.database().setDatabaseName(where.path);
        m_sql.database().setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        return {};
    }

    Result<void> attach(const ArchiveLocation&) override
    {
        const QVariant handle = m_sql.database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3* const*>(handle.constData());
        if (!m_db)
            return archiveError(ArchiveText::tr("Cannot open the archive"), u"no sqlite3 handle"_s);
        // WAL: readers do not block the writer. synchronous=FULL: a committed batch
        // survives a power cut, not only a crash. A larger page cache for bulk loads.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
            if (auto r = m_sql.exec(QString::fromLatin1(pragma)); !r)
                return r;
        }
        return {};
    }

    QString bigintType() const override { return u"INTEGER"_s; }
    QString realType() const override { return u"REAL"_s; }
    QString identityType() const override { return u"INTEGER PRIMARY KEY"_s; }

    Result<void> beginWrite() override { return m_sql.exec(u"BEGIN IMMEDIATE"_s); }
    Result<void> beginSchemaChange() override { return m_sql.exec(u"BEGIN IMMEDIATE"_s); }

    Result<std::int64_t> lastObservationId() override
    {
        auto v = m_sql.scalar(u"SELECT coalesce(max(id), 0) FROM obs"_s); // max(rowid) is a lookup
        if (!v)
            return v.error();
        return std::int64_t(v->toLongLong());
    }

    Result<std::vector<Span>> spans(SeriesId series, std::int64_t from, std::int64_t toInclusive) override
    {
        // The spans and the blocks from one snapshot of the archive (outside a write: another
        // connection may commit between the two queries).
        const bool own = sqlite3_get_autocommit(m_db) != 0;
        if (own && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return archiveError(ArchiveText::tr("The archive refused a query"),
                                QString::fromUtf8(sqlite3_errmsg(m_db)));
        auto found = spansIn(series, from, toInclusive);
        if (own)
            (void)sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); // (a read: nothing to lose)
        return found;
    }
    using ArchiveDialect::spans;

    QString extentTable() const override { return u"series_extent"_s; }

    Result<std::vector<Span>> spansIn(SeriesId series, std::int64_t from, std::int64_t toInclusive)
    {
        if (!m_spanQuery)
            m_spanQuery = std::make_unique<Statement>(
                m_db,
                "SELECT t_first, t_last, row_first, row_last, n FROM obs_span "
                "WHERE series = ? AND t_last >= ? AND t_first <= ? ORDER BY row_first",
                SQLITE_PREPARE_PERSISTENT);
        Statement& st = *m_spanQuery;
        if (!st.ok())
            return refusedQuery(st);
        std::vector<Span> out;
        st.bind(1, std::int64_t(series));
        st.bind(2, from);
        st.bind(3, toInclusive);
        if (!st.rows([&] {
                out.push_back(
                    {series, st.integer(0), st.integer(1), st.integer(2), st.integer(3), st.integer(4)});
            }))
            return refusedQuery(st);
        const std::size_t fromSpans = out.size();
        if (auto r = blockSpans(series, from, toInclusive, out); !r)
            return r.error();
        if (out.size() > fromSpans && fromSpans > 0)
            std::sort(out.begin(), out.end(),
                      [](const Span& a, const Span& b) { return a.rowFirst < b.rowFirst; });
        return out;
    }

    Result<std::unordered_map<SeriesId, std::int64_t>>
    latestTimes(const std::vector<SeriesId>& series) override
    {
        if (!m_latestQuery)
            m_latestQuery = std::make_unique<Statement>(
                m_db, "SELECT t_last FROM series_extent WHERE series = ?", SQLITE_PREPARE_PERSISTENT);
        Statement& st = *m_latestQuery;
        if (!st.ok())
            return refusedQuery(st);
        std::unordered_map<SeriesId, std::int64_t> out;
        out.reserve(series.size());
        for (const SeriesId s : series) {
            st.bind(1, std::int64_t(s));
            if (st.next() && !st.null(0))
                out[s] = st.integer(0);
            st.reset();
        }
        return out;
    }

    Result<void> readSpans(SeriesId series, const std::vector<Span>& spans, std::int64_t from,
                           std::int64_t toInclusive, const StoredPointSink& sink) override
    {
        if (!m_pointQuery)
            m_pointQuery = std::make_unique<Statement>(
                m_db,
                "SELECT id, t, v, q FROM obs WHERE id BETWEEN ? AND ? AND series = ? AND t >= ? AND t <= ?",
                SQLITE_PREPARE_PERSISTENT);
        Statement& st = *m_pointQuery;
        if (!st.ok())
            return refusedQuery(st);
        for (const Span& s : spans) {
            st.bind(1, s.rowFirst);
            st.bind(2, s.rowLast);
            st.bind(3, std::int64_t(series));
            st.bind(4, from);
            st.bind(5, toInclusive);
            while (st.next())
                sink(st.integer(0), st.integer(1), st.real(2), Quality(st.integer(3)));
            st.reset();
        }
        return {};
    }

    Result<void> insertObservations(const std::vector<std::int64_t>& ids, const std::vector<SeriesId>& series,
                                    const std::vector<Point>& pts) override
    {
        if (ids.empty())
            return {};
        // The rowid left to SQLite: it appends at max + 1, which is what `ids` holds
        // (checked below).
        auto r = writeRows(m_db, "INSERT INTO obs (series, t, v, q)", 4, "", ids.size(),
                           [&](Statement& st, int base, std::size_t k) {
                               st.bind(base + 1, std::int64_t(series[k]));
                               st.bind(base + 2, pts[k].t);
                               st.bind(base + 3, pts[k].v);
                               st.bind(base + 4, std::int64_t(pts[k].q));
                           });
        if (!r)
            return r;
        if (sqlite3_last_insert_rowid(m_db) != ids.back())
            return archiveError(
                ArchiveText::tr("The archive refused a write"),
                u"rowids out of step: %1 ≠ %2"_s.arg(sqlite3_last_insert_rowid(m_db)).arg(ids.back()));
        return {};
    }

    Result<void> insertSpans(const std::vector<Span>& spans) override
    {
        if (spans.empty())
            return {};
        if (auto r = mergeExtents(spans); !r)
            return r;
        if (formsBlock(spans))
            return insertBlock(spans);
        return writeRows(m_db, "INSERT INTO obs_span (series, t_first, t_last, row_first, row_last, n)", 6,
                         "", spans.size(), [&](Statement& st, int base, std::size_t k) {
                             const Span& s = spans[k];
                             st.bind(base + 1, std::int64_t(s.series));
                             st.bind(base + 2, s.tFirst);
                             st.bind(base + 3, s.tLast);
                             st.bind(base + 4, s.rowFirst);
                             st.bind(base + 5, s.rowLast);
                             st.bind(base + 6, s.n);
                         });
    }

    Result<void> mergeRollups(const QString& table, const std::vector<RollupDelta>& deltas,
                              bool replace) override
    {
        // (A multi-row VALUES with an upsert: SQLite reads ON CONFLICT after VALUES as the
        // upsert, not as a join's ON.)
        const QByteArray head =
            "INSERT INTO " + table.toLatin1() + " (series, bucket, n, sum, min, max, sumsq)";
        const QByteArray tail =
            " ON CONFLICT (series, bucket) DO UPDATE SET " +
            QByteArray(replace
                           ? "n = excluded.n, sum = excluded.sum, min = excluded.min, max = excluded.max, "
                             "sumsq = excluded.sumsq"
                           : "n = n + excluded.n, sum = sum + excluded.sum, min = min(min, excluded.min), "
                             "max = max(max, excluded.max), sumsq = sumsq + excluded.sumsq");
        return writeRows(m_db, head.constData(), 7, tail.constData(), deltas.size(),
                         [&](Statement& st, int base, std::size_t k) {
                             const RollupDelta& r = deltas[k];
                             st.bind(base + 1, std::int64_t(r.series));
                             st.bind(base + 2, r.bucket);
                             st.bind(base + 3, std::int64_t(r.agg.count));
                             st.bind(base + 4, r.agg.sum);
                             st.bind(base + 5, r.agg.min);
                             st.bind(base + 6, r.agg.max);
                             st.bind(base + 7, r.agg.sumSquares);
                         });
    }

    Result<std::size_t> insertQuarantine(const std::vector<QuarantineEntry>& entries) override
    {
        std::size_t added = 0;
        if (entries.empty())
            return added;
        Statement st(m_db,
                     "INSERT INTO quarantine (run, source, digest, line, column_name, reason, detail, raw) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (digest, line, column_name) DO NOTHING");
        if (!st.ok())
            return refusedQuery(st);
        for (const QuarantineEntry& e : entries) {
            st.bind(1, e.run);
            st.bind(2, e.source);
            st.bind(3, e.digest);
            st.bind(4, e.line);
            st.bind(5, e.column.isNull() ? u""_s : e.column);
            st.bind(6, e.reason);
            st.bind(7, e.detail.isNull() ? u""_s : e.detail);
            st.bind(8, e.raw.isNull() ? u""_s : e.raw);
            if (!st.run())
                return refusedWrite(st);
            added += std::size_t(st.changes());
        }
        return added;
    }

    Result<std::int64_t> insertReturningId(const QString& insertSql, const QVariantList& args) override
    {
        auto q = m_sql.run(insertSql, args);
        if (!q)
            return q.error();
        return std::int64_t(q->lastInsertId().toLongLong());
    }

    Result<QString> integrityCheck() override
    {
        auto q = m_sql.run(u"PRAGMA integrity_check"_s);
        if (!q)
            return q.error();
        QStringList lines;
        while (q->next())
            lines << q->value(0).toString();
        return lines.join(u'\n');
    }

private:
    // Each series' count and extent, for the listing and latestTimes().
    Result<void> mergeExtents(const std::vector<Span>& spans)
    {
        return writeRows(m_db, "INSERT INTO series_extent (series, n, t_first, t_last)", 4,
                         " ON CONFLICT (series) DO UPDATE SET n = n + excluded.n, t_first = min(t_first, "
                         "excluded.t_first), t_last = max(t_last, excluded.t_last)",
                         spans.size(), [&](Statement& st, int base, std::size_t k) {
                             st.bind(base + 1, std::int64_t(spans[k].series));
                             st.bind(base + 2, spans[k].n);
                             st.bind(base + 3, spans[k].tFirst);
                             st.bind(base + 4, spans[k].tLast);
                         });
    }

    Result<void> insertBlock(const std::vector<Span>& spans)
    {
        Block b{spans.front().rowFirst, spans.back().rowLast, spans.front().tFirst,
                spans.front().tLast,    spans.front().series, spans.back().series};
        for (const Span& s : spans) {
            b.tFirst = std::min(b.tFirst, s.tFirst);
            b.tLast = std::max(b.tLast, s.tLast);
        }
        Statement st(m_db, "INSERT INTO obs_block (row_first, row_last, t_first, t_last, series_first, "
                           "series_last) VALUES (?, ?, ?, ?, ?, ?)");
        if (!st.ok())
            return refusedQuery(st);
        st.bind(1, b.rowFirst);
        st.bind(2, b.rowLast);
        st.bind(3, b.tFirst);
        st.bind(4, b.tLast);
        st.bind(5, b.seriesFirst);
        st.bind(6, b.seriesLast);
        if (!st.run())
            return refusedWrite(st);
        return {};
    }

    // The rows of `series` in the blocks overlapping [from, toInclusive], appended to `out`.
    Result<void> blockSpans(SeriesId series, std::int64_t from, std::int64_t toInclusive,
                            std::vector<Span>& out)
    {
        if (!m_blockQuery) {
            m_blockQuery = std::make_unique<Statement>(
                m_db,
                "SELECT row_first, row_last, t_first, t_last, series_first, series_last FROM obs_block "
                "WHERE t_last >= ? AND t_first <= ? AND series_first <= ? AND series_last >= ? "
                "ORDER BY row_first",
                SQLITE_PREPARE_PERSISTENT);
            m_seriesOfRow = std::make_unique<Statement>(m_db, "SELECT series FROM obs WHERE id = ?",
                                                        SQLITE_PREPARE_PERSISTENT);
            m_seriesOfRows = std::make_unique<Statement>(
                m_db, "SELECT id, series FROM obs WHERE id BETWEEN ? AND ?", SQLITE_PREPARE_PERSISTENT);
        }
        if (!m_blockQuery->ok())
            return refusedQuery(*m_blockQuery);
        if (!m_seriesOfRow->ok())
            return refusedQuery(*m_seriesOfRow);
        if (!m_seriesOfRows->ok())
            return refusedQuery(*m_seriesOfRows);
        Statement& st = *m_blockQuery;
        std::vector<Block> blocks;
        st.bind(1, from);
        st.bind(2, toInclusive);
        st.bind(3, std::int64_t(series));
        st.bind(4, std::int64_t(series));
        if (!st.rows([&] {
                blocks.push_back({st.integer(0), st.integer(1), st.integer(2), st.integer(3), st.integer(4),
                                  st.integer(5)});
            }))
            return refusedQuery(st);
        BlockSearch search(*m_seriesOfRow, *m_seriesOfRows);
        for (const Block& b : blocks) {
            if (const auto found = search.find(b, series))
                out.push_back(*found);
            if (!search.readError().isEmpty())
                return archiveError(ArchiveText::tr("The archive refused a query"), search.readError());
            if (search.failed())
                return archiveError(
                    ArchiveText::tr("The archive is damaged"),
                    u"obs_block rows %1–%2: a row is missing"_s.arg(b.rowFirst).arg(b.rowLast));
        }
        return {};
    }

    sqlite3* m_db = nullptr;
    // The statements every batch runs for every series, prepared once.
    std::unique_ptr<Statement> m_spanQuery;
    std::unique_ptr<Statement> m_pointQuery;
    std::unique_ptr<Statement> m_latestQuery;
    std::unique_ptr<Statement> m_blockQuery;
    std::unique_ptr<Statement> m_seriesOfRow;
    std::unique_ptr<Statement> m_seriesOfRows;
};

} // namespace

std::unique_ptr<ArchiveDialect> createSqliteDialect(SqlConnection& connection)
{
    return std::make_unique<SqliteDialect>(connection);
}

} // namespace cityops::store
