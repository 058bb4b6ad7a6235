#include "core/feeds/files/fileingest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cityops::files {

namespace {

// Messages a person reads; lupdate files them under "cityops::files::FileIngest".
struct IngestText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::files::FileIngest)
};

constexpr qsizetype kRawLimit = 300; // bytes of a row kept with a quarantine entry

QString rawText(std::string_view line)
{
    const bool cut = line.size() > std::size_t(kRawLimit);
    QString s = QString::fromUtf8(line.data(), qsizetype(std::min(line.size(), std::size_t(kRawLimit))));
    if (cut)
        s += u"…"_s;
    return s;
}

using civil::trimmed;

// Splits one CSV record (RFC 4180: quoted fields, "" inside quotes). Unquoted fields are
// views into `line`; unescaped quoted fields live in `scratch` (reserved beforehand so
// that views stay valid).
bool splitCsv(std::string_view line, char delimiter, std::vector<std::string_view>& fields,
              std::string& scratch)
{
    fields.clear();
    scratch.clear();
    if (scratch.capacity() < line.size())
        scratch.reserve(line.size() * 2 + 16);
    std::size_t i = 0;
    while (true) {
        if (i < line.size() && line[i] == '"') {
            const std::size_t start = scratch.size();
            ++i;
            while (true) {
                if (i >= line.size())
                    return false; // unterminated quote
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch.push_back(line[i++]);
            }
            fields.emplace_back(scratch.data() + start, scratch.size() - start);
            if (i < line.size() && line[i] != delimiter && line[i] != '\r')
                return false; // text after the closing quote
        } else {
            const void* hit = std::memchr(line.data() + i, delimiter, line.size() - i);
            const std::size_t end =
                hit ? std::size_t(static_cast<const char*>(hit) - line.data()) : line.size();
            fields.push_back(line.substr(i, end - i));
            i = end;
        }
        if (i >= line.size() || line[i] == '\r')
            return true;
        ++i; // the delimiter
        if (i == line.size()) {
            fields.emplace_back();
            return true;
        }
    }
}

// The end of the record starting at `from` (the position of its '\n', or the end of the
// data): a newline inside a quoted field does not end the record. A quote that is never
// closed does not swallow the rest of the file: the record is then its first line alone
// (and is quarantined as malformed).
std::size_t recordEnd(const char* data, std::size_t size, std::size_t from)
{
    std::size_t at = from;
    bool quoted = false;
    std::size_t firstLineEnd = 0;
    while (true) {
        const void* nl = std::memchr(data + at, '\n', size - at);
        const std::size_t end = nl ? std::size_t(static_cast<const char*>(nl) - data) : size;
        // Count quotes on this physical line only when there is one.
        const char* q = static_cast<const char*>(std::memchr(data + at, '"', end - at));
        while (q) {
            quoted = !quoted;
            const std::size_t next = std::size_t(q - data) + 1;
            q = next < end ? static_cast<const char*>(std::memchr(data + next, '"', end - next)) : nullptr;
        }
        if (at == from)
            firstLineEnd = end;
        if (!quoted)
            return end;
        if (end == size)
            return firstLineEnd;
        at = end + 1;
    }
}

std::optional<double> parseNumber(std::string_view s)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatValue(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

// One observation on its way to the archive.
struct Pending
{
    std::int32_t key;
    std::int64_t t;
    double v;
    store::Quality q;
    std::int64_t line;
    std::int32_t column; // index into mapping.series
};

struct SeriesKeyEntry
{
    store::SeriesKey key;
    QString unit;
};

struct WriterBatch
{
    std::vector<std::int32_t> keys;
    std::vector<store::Point> points;
    std::vector<store::QuarantineEntry> quarantine;
    std::vector<SeriesKeyEntry> newKeys; // keys first used in this batch, in index order
    store::ConflictPolicy onConflict = store::ConflictPolicy::Replace;
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    bool final = false;
    QString summaryJson;
};

// Owns the archive connection on its own thread; takes batches from a short queue.
class Writer
{
public:
    // `content` is the mapped file: the writer digests it while the caller starts parsing.
    Writer(store::ArchiveLocation location, QString source, QByteArrayView content, QByteArray mapping,
           std::function<void(const BatchCommitted&)> onCommitted)
        : m_location(std::move(location))
        , m_source(std::move(source))
        , m_content(content)
        , m_mapping(std::move(mapping))
        , m_onCommitted(std::move(onCommitted))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Writer()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_stop = true;
            }
            m_wake.notify_all();
            m_thread.join();
        }
    }

    // Blocks while two batches are waiting. False once the writer has failed.
    bool push(WriterBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_queue.size() < 2 || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(batch));
        m_wake.notify_all();
        return true;
    }

    // Waits for every batch to be written and the run to be closed.
    void finish()
    {
        {
            std::unique_lock lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    // What the writer thread has done so far, read under its lock.
    bool failed() const { return locked(m_failed); }
    Error error() const { return locked(m_error); }
    store::ArchiveWriteResult totals() const { return locked(m_totals); }
    qint64 batches() const { return locked(m_batches); }
    std::int64_t runId() const { return locked(m_run); }
    QString digest() const { return locked(m_digest); }

private:
    template<typename T>
    T locked(const T& field) const
    {
        std::lock_guard lock(m_mutex);
        return field;
    }

    void fail(const Error& e)
    {
        std::lock_guard lock(m_mutex);
        m_failed = true;
        m_error = e;
        m_space.notify_all();
    }

    void run()
    {
        auto opened = store::Archive::open(m_location);
        if (!opened) {
            fail(opened.error());
            return;
        }
        std::unique_ptr<store::Archive> archive = std::move(*opened);
        // The digest identifies the file for quarantine entries (idempotent re-runs).
        // BLAKE2b-256: four times faster than SHA-256 here.
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        hash.addData(m_content);
        const QString digest = QString::fromLatin1(hash.result().toHex());
        {
            std::lock_guard lock(m_mutex);
            m_digest = digest;
        }
        auto run = archive->beginRun(m_source, digest, QString::fromUtf8(m_mapping));
        if (!run) {
            fail(run.error());
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_run = *run;
        }
        m_space.notify_all();

        std::vector<store::SeriesId> ids; // key index → archive series id
        while (true) {
            WriterBatch batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return !m_queue.empty() || m_stop; });
                if (m_queue.empty())
                    break;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_space.notify_all();
                if (m_failed)
                    continue; // drain
            }
            if (batch.final) {
                // Every batch before this one is written: complete the summary with the
                // archive's counts.
                QJsonObject o = QJsonDocument::fromJson(batch.summaryJson.toUtf8()).object();
                const store::ArchiveWriteResult t = totals();
                o[u"inserted"_s] = qint64(t.inserted);
                o[u"unchanged"_s] = qint64(t.unchanged);
                o[u"replaced"_s] = qint64(t.replaced);
                o[u"kept"_s] = qint64(t.kept);
                o[u"batches"_s] = batches();
                o[u"run"_s] = qint64(*run);
                o[u"digest"_s] = digest;
                (void)archive->finishRun(*run, u"done"_s,
                                         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                continue;
            }
            for (const SeriesKeyEntry& k : batch.newKeys) {
                auto id = archive->ensureSeries(k.key, k.unit);
                if (!id) {
                    fail(id.error());
                    break;
                }
                ids.push_back(*id);
            }
            if (failed())
                continue;
            store::ArchiveBatch out;
            out.onConflict = batch.onConflict;
            out.series.reserve(batch.keys.size());
            for (std::int32_t k : batch.keys)
                out.series.push_back(ids[std::size_t(k)]);
            out.points = std::move(batch.points);
            out.quarantine = std::move(batch.quarantine);
            for (store::QuarantineEntry& e : out.quarantine) {
                e.run = *run;
                e.digest = digest;
            }
            auto written = archive->write(out);
            if (!written) {
                fail(written.error());
                continue;
            }
            {
                std::lock_guard lock(m_mutex);
                m_totals.inserted += written->inserted;
                m_totals.unchanged += written->unchanged;
                m_totals.replaced += written->replaced;
                m_totals.kept += written->kept;
                m_totals.quarantined += written->quarantined;
                ++m_batches;
            }
            if (m_onCommitted)
                m_onCommitted({batch.firstLine, batch.lastLine, qint64(out.points.size()), *written});
        }
        if (failed())
            (void)archive->finishRun(*run, u"failed"_s, error().toString());
    }

    store::ArchiveLocation m_location;
    QString m_source;
    QByteArrayView m_content;
    QString m_digest;
    QByteArray m_mapping;
    std::function<void(const BatchCommitted&)> m_onCommitted;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_space;
    std::deque<WriterBatch> m_queue;
    bool m_stop = false;
    bool m_failed = false;
    Error m_error;
    store::ArchiveWriteResult m_totals;
    qint64 m_batches = 0;
    std::int64_t m_run = 0;
};

} // namespace

QString IngestSummary::toJson() const
{
    QJsonObject o;
    o[u"file"_s] = file;
    o[u"digest"_s] = digest;
    o[u"run"_s] = qint64(run);
    o[u"rows"_s] = rows;
    o[u"observations"_s] = observations;
    o[u"accepted"_s] = accepted;
    o[u"inserted"_s] = inserted;
    o[u"unchanged"_s] = unchanged;
    o[u"replaced"_s] = replaced;
    o[u"kept"_s] = kept;
    o[u"duplicates"_s] = duplicates;
    o[u"quarantined"_s] = quarantined;
    o[u"missing"_s] = missing;
    o[u"ambiguousTimes"_s] = ambiguousTimes;
    o[u"batches"_s] = batches;
    o[u"seconds"_s] = seconds;
    o[u"rowsPerSecond"_s] = seconds > 0 ? double(rows) / seconds : 0.0;
    QJsonObject reasonsObject;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        reasonsObject[it.key()] = it.value();
    o[u"reasons"_s] = reasonsObject;
    QJsonObject conv;
    for (auto it = conversions.begin(); it != conversions.end(); ++it)
        conv[it.key()] = it.value();
    o[u"conversions"_s] = conv;
    QJsonObject miss;
    for (auto it = missingByColumn.begin(); it != missingByColumn.end(); ++it)
        miss[it.key()] = it.value();
    o[u"missingByColumn"_s] = miss;
    o[u"unknownPlaces"_s] = QJsonArray::fromStringList(unknownPlaces);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<IngestSummary> ingestFile(const QString& path, const Mapping& mapping, const Catalog& catalog,
                                 const store::ArchiveLocation& location, const IngestOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    IngestSummary summary;
    summary.file = path;

    // --- The file: readable, not empty, not binary -------------------------------------
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, IngestText::tr("Cannot read the file"),
                     path + u": "_s + file.errorString()};
    const qint64 size = file.size();
    if (size == 0)
        return Error{ErrorCode::Validation, IngestText::tr("The file is empty"), path};
    const uchar* mapped = file.map(0, size);
    if (!mapped)
        return Error{ErrorCode::Io, IngestText::tr("Cannot read the file"),
                     path + u": "_s + file.errorString()};
    const char* data = reinterpret_cast<const char*>(mapped);
    const auto total = std::size_t(size);
    if (std::memchr(data, 0, std::min<std::size_t>(total, 1 << 16)))
        return Error{ErrorCode::Validation, IngestText::tr("This is a binary file, not CSV or NDJSON text"),
                     path};

    // --- The header (CSV): every mapped column must be there ----------------------------
    std::size_t pos = 0;
    if (total >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        pos = 3; // UTF-8 byte-order mark
    qint64 lineNo = 0;

    // Needed columns: timestamp, quality, each series' value and place columns.
    QStringList needed{mapping.timestampColumn};
    auto need = [&](const QString& name) {
        const qsizetype at = needed.indexOf(name);
        if (at >= 0)
            return int(at);
        needed << name;
        return int(needed.size() - 1);
    };
    const int qualityIndex = mapping.quality ? need(mapping.quality->column) : -1;
    std::vector<int> valueIndex, placeIndex;
    for (const SeriesMapping& s : mapping.series) {
        valueIndex.push_back(need(s.column));
        placeIndex.push_back(s.placeColumn.isEmpty() ? -1 : need(s.placeColumn));
    }
    std::vector<int> csvColumnOf(std::size_t(needed.size()), -1); // needed index → CSV column
    std::size_t csvColumns = 0;
    std::vector<std::string_view> fields;
    std::string scratch;

    if (mapping.format == FileFormat::Csv) {
        const std::size_t end = recordEnd(data, total, pos);
        if (qsizetype(end - pos) > options.maxLineBytes)
            return Error{
                ErrorCode::Validation,
                IngestText::tr("The first line is longer than %1 bytes: this is not a CSV file with a header")
                    .arg(options.maxLineBytes),
                path};
        const std::string_view header(data + pos, end - pos);
        lineNo = 1;
        if (!splitCsv(header, mapping.delimiter, fields, scratch))
            return Error{ErrorCode::Parse, IngestText::tr("The header line is not valid CSV"), path};
        QStringList names;
        for (std::string_view f : fields)
            names << QString::fromUtf8(trimmed(f).data(), qsizetype(trimmed(f).size()));
        csvColumns = fields.size();
        QStringList missingColumns;
        for (qsizetype i = 0; i < needed.size(); ++i) {
            const qsizetype at = names.indexOf(needed.at(i));
            if (at < 0)
                missingColumns << needed.at(i);
            csvColumnOf[std::size_t(i)] = int(at);
        }
        if (!missingColumns.isEmpty())
            return Error{
                ErrorCode::Validation, IngestText::tr("The mapping names columns the file does not have"),
                u"%1: %2 (the file has: %3)"_s.arg(path, missingColumns.join(u", "_s), names.join(u", "_s))};
        pos = end < total ? end + 1 : total;
    }
    // A file with nothing after its header.
    {
        std::size_t probe = pos;
        while (probe < total && (data[probe] == '\n' || data[probe] == '\r' || data[probe] == ' '))
            ++probe;
        if (probe >= total)
            return Error{ErrorCode::Validation, IngestText::tr("The file has no data rows"), path};
    }

    Writer writer(location, QFileInfo(path).fileName(), QByteArrayView(data, qsizetype(total)),
                  mapping.sourceText, options.onCommitted);

    // --- Rows ---------------------------------------------------------------------------
    const QString sourceName = QFileInfo(path).fileName();
    civil::ZoneResolver zone(mapping.timeZone);
    const auto nSeries = qint64(mapping.series.size());
    std::unordered_map<std::string, std::int32_t> keyIndex; // "indicator\x1fplace" → key index
    std::vector<SeriesKeyEntry> newKeys;
    std::int32_t keyCount = 0;
    QSet<QString> unknownPlaces;
    std::vector<Pending> pending;
    pending.reserve(std::size_t(options.batchObservations) + 64);
    std::vector<store::QuarantineEntry> quarantine;
    std::vector<qint64> conversionCounts(mapping.series.size(), 0);
    std::vector<std::string> keyPrefix;  // "indicator\x1f" per mapped series
    std::vector<std::string> fixedPlace; // the place of a series without a place column
    std::vector<std::int32_t> fixedKey(mapping.series.size(), -1);
    for (const SeriesMapping& sm : mapping.series) {
        keyPrefix.push_back(sm.indicator.toStdString() + '\x1f');
        fixedPlace.push_back(sm.place.toStdString());
    }
    std::string keyBuffer;
    std::vector<qint64> missingCounts(mapping.series.size(), 0);

    std::vector<QByteArray> naValues;
    for (const QString& na : mapping.naValues)
        naValues.push_back(na.toUtf8());
    auto isNa = [&](std::string_view s) {
        s = trimmed(s);
        for (const QByteArray& na : naValues) {
            if (s.size() == std::size_t(na.size()) && std::memcmp(s.data(), na.constData(), s.size()) == 0)
                return true;
        }
        return false;
    };

    auto quarantineEntry = [&](qint64 line, const QString& column, const QString& reason,
                               const QString& detail, std::string_view raw, qint64 observations) {
        quarantine.push_back({0, sourceName, QString(), line, column, reason, detail, rawText(raw)});
        summary.quarantined += observations;
        summary.reasons[reason] += observations;
    };

    const store::ConflictPolicy conflict =
        mapping.duplicates == DuplicatePolicy::First || mapping.duplicates == DuplicatePolicy::Reject
            ? store::ConflictPolicy::KeepExisting
            : store::ConflictPolicy::Replace;

    // Sorts the pending observations, applies the duplicate policy, hands a batch over.
    // Until the end of the file, the observations at each series' latest time wait for the
    // next batch, so that duplicates on either side of a batch boundary meet (files are
    // mostly in time order). The batch then covers every row up to the first held one.
    qint64 committedThrough = lineNo; // the header
    std::vector<Pending> held;
    auto flush = [&](qint64 lastLine, bool final) -> bool {
        if (pending.empty() && quarantine.empty() && newKeys.empty())
            return true;
        std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
            return a.key != b.key ? a.key < b.key : a.t != b.t ? a.t < b.t : a.line < b.line;
        });
        held.clear();
        if (!final) {
            std::size_t w = 0;
            for (std::size_t a = 0; a < pending.size();) {
                std::size_t b = a;
                while (b < pending.size() && pending[b].key == pending[a].key)
                    ++b;
                std::size_t latest = b;
                while (latest > a && pending[latest - 1].t == pending[b - 1].t)
                    --latest;
                for (std::size_t k = a; k < latest; ++k)
                    pending[w++] = pending[k];
                held.insert(held.end(), pending.begin() + std::ptrdiff_t(latest),
                            pending.begin() + std::ptrdiff_t(b));
                a = b;
            }
            pending.resize(w);
        }
        qint64 through = lastLine;
        for (const Pending& p : held)
            through = std::min<qint64>(through, p.line - 1);
        WriterBatch batch;
        batch.onConflict = conflict;
        batch.firstLine = committedThrough + 1;
        batch.lastLine = through;
        committedThrough = std::max(committedThrough, through);
        batch.keys.reserve(pending.size());
        batch.points.reserve(pending.size());
        for (std::size_t a = 0; a < pending.size();) {
            std::size_t b = a + 1;
            while (b < pending.size() && pending[b].key == pending[a].key && pending[b].t == pending[a].t)
                ++b;
            const std::size_t n = b - a;
            store::Point p{pending[a].t, pending[a].v, pending[a].q};
            bool accept = true;
            if (n > 1) {
                switch (mapping.duplicates) {
                case DuplicatePolicy::First:
                    break;
                case DuplicatePolicy::Last:
                    p = {pending[b - 1].t, pending[b - 1].v, pending[b - 1].q};
                    break;
                case DuplicatePolicy::Mean: {
                    double sum = 0;
                    for (std::size_t k = a; k < b; ++k) {
                        sum += pending[k].v;
                        p.q = std::max(p.q, pending[k].q);
                    }
                    p.v = sum / double(n);
                    break;
                }
                case DuplicatePolicy::Reject: {
                    bool allSame = true;
                    for (std::size_t k = a + 1; k < b; ++k)
                        allSame = allSame && pending[k].v == pending[a].v && pending[k].q == pending[a].q;
                    if (!allSame) {
                        accept = false;
                        QStringList values;
                        QStringList lines;
                        for (std::size_t k = a; k < b; ++k) {
                            values << formatValue(pending[k].v);
                            lines << QString::number(pending[k].line);
                        }
                        for (std::size_t k = a; k < b; ++k) {
                            quarantine.push_back(
                                {0, sourceName, QString(), pending[k].line,
                                 mapping.series.at(pending[k].column).column, u"conflicting-duplicate"_s,
                                 IngestText::tr("%1 values for one series and time: %2 (lines %3)")
                                     .arg(n)
                                     .arg(values.join(u", "_s), lines.join(u", "_s)),
                                 QString()});
                        }
                        summary.quarantined += qint64(n);
                        summary.reasons[u"conflicting-duplicate"_s] += qint64(n);
                    }
                    break;
                }
                }
                if (accept)
                    summary.duplicates += qint64(n - 1);
            }
            if (accept) {
                batch.keys.push_back(pending[a].key);
                batch.points.push_back(p);
                ++summary.accepted;
            }
            a = b;
        }
        batch.quarantine = std::move(quarantine);
        batch.newKeys = std::move(newKeys);
        quarantine.clear();
        newKeys.clear();
        pending.swap(held);
        return writer.push(std::move(batch));
    };

    QElapsedTimer progressClock;
    progressClock.start();
    std::vector<std::string_view> recordFields(std::size_t(needed.size()));
    std::vector<bool> recordPresent(std::size_t(needed.size()));
    QByteArray ndjsonScratch;
    std::vector<std::string> ndjsonValues(std::size_t(needed.size()));

    while (pos < total) {
        const std::size_t end = mapping.format == FileFormat::Csv ? recordEnd(data, total, pos) : [&] {
            const void* nl = std::memchr(data + pos, '\n', total - pos);
            return nl ? std::size_t(static_cast<const char*>(nl) - data) : total;
        }();
        ++lineNo;
        std::string_view line(data + pos, end - pos);
        pos = end < total ? end + 1 : total;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue; // blank lines are not rows
        ++summary.rows;
        summary.observations += nSeries;

        if (qsizetype(line.size()) > options.maxLineBytes) {
            quarantineEntry(
                lineNo, QString(), u"line-too-long"_s,
                IngestText::tr("%1 bytes; the limit is %2").arg(line.size()).arg(options.maxLineBytes), line,
                nSeries);
            continue;
        }

        // Fields by needed index.
        if (mapping.format == FileFormat::Csv) {
            if (!splitCsv(line, mapping.delimiter, fields, scratch)) {
                quarantineEntry(lineNo, QString(), u"malformed-csv"_s, IngestText::tr("unbalanced quotes"),
                                line, nSeries);
                continue;
            }
            if (fields.size() != csvColumns) {
                quarantineEntry(
                    lineNo, QString(), u"wrong-column-count"_s,
                    IngestText::tr("%1 fields; the header has %2").arg(fields.size()).arg(csvColumns), line,
                    nSeries);
                continue;
            }
            for (std::size_t i = 0; i < recordFields.size(); ++i) {
                recordFields[i] = fields[std::size_t(csvColumnOf[i])];
                recordPresent[i] = true;
            }
        } else {
            QJsonParseError err{};
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size())), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                quarantineEntry(lineNo, QString(), u"malformed-json"_s,
                                err.error != QJsonParseError::NoError ? err.errorString()
                                                                      : IngestText::tr("not a JSON object"),
                                line, nSeries);
                continue;
            }
            const QJsonObject o = doc.object();
            for (std::size_t i = 0; i < recordFields.size(); ++i) {
                const QJsonValue v = o.value(needed.at(qsizetype(i)));
                recordPresent[i] = !v.isUndefined();
                if (v.isDouble())
                    ndjsonValues[i] = formatValue(v.toDouble()).toStdString();
                else if (v.isString())
                    ndjsonValues[i] = v.toString().toStdString();
                else if (v.isNull() || v.isUndefined())
                    ndjsonValues[i] = "null";
                else
                    ndjsonValues[i] =
                        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                            .toJson(QJsonDocument::Compact)
                            .toStdString();
                recordFields[i] = ndjsonValues[i];
            }
        }

        // Time.
        const std::string_view tsText = recordFields[0];
        const auto parsed = mapping.timestampFormat.parse(tsText);
        if (!parsed) {
            quarantineEntry(lineNo, mapping.timestampColumn, u"unparseable-time"_s,
                            IngestText::tr("\"%1\" does not match %2")
                                .arg(QString::fromUtf8(tsText.data(), qsizetype(tsText.size())),
                                     mapping.timestampFormatText),
                            line, nSeries);
            continue;
        }
        std::int64_t t;
        if (parsed->offsetSeconds && (!mapping.ignoreZoneSuffix || mapping.timestampFormat.isEpoch())) {
            t = parsed->civilMs - std::int64_t(*parsed->offsetSeconds) * 1000;
        } else {
            const civil::Resolution r = zone.resolve(parsed->civilMs);
            if (r.candidates == 0) {
                quarantineEntry(lineNo, mapping.timestampColumn, u"nonexistent-local-time"_s,
                                IngestText::tr("%1 does not exist in %2 (clocks jumped forward)")
                                    .arg(QString::fromUtf8(tsText.data(), qsizetype(tsText.size())),
                                         mapping.timeZoneName),
                                line, nSeries);
                continue;
            }
            if (r.candidates == 2) {
                if (mapping.ambiguous == AmbiguousTimePolicy::Reject) {
                    quarantineEntry(lineNo, mapping.timestampColumn, u"ambiguous-local-time"_s,
                                    IngestText::tr("%1 happens twice in %2 (clocks went back)")
                                        .arg(QString::fromUtf8(tsText.data(), qsizetype(tsText.size())),
                                             mapping.timeZoneName),
                                    line, nSeries);
                    continue;
                }
                ++summary.ambiguousTimes;
            }
            t = mapping.ambiguous == AmbiguousTimePolicy::Later ? r.later : r.earlier;
        }
        if (options.nowMs > 0 && t > options.nowMs + options.futureToleranceMs) {
            quarantineEntry(lineNo, mapping.timestampColumn, u"future-time"_s,
                            IngestText::tr("%1 is in the future")
                                .arg(QString::fromUtf8(tsText.data(), qsizetype(tsText.size()))),
                            line, nSeries);
            continue;
        }

        // Source quality flag.
        std::optional<store::Quality> quality = store::Quality::Good;
        QString flag;
        if (qualityIndex >= 0) {
            const std::string_view f = trimmed(recordFields[std::size_t(qualityIndex)]);
            flag = QString::fromUtf8(f.data(), qsizetype(f.size()));
            const auto it = mapping.quality->values.constFind(flag);
            quality = it != mapping.quality->values.cend() ? *it : mapping.quality->other;
        }

        for (qsizetype s = 0; s < nSeries; ++s) {
            const SeriesMapping& sm = mapping.series.at(s);
            const std::size_t vi = std::size_t(valueIndex[std::size_t(s)]);
            const std::string_view text = recordFields[vi];
            if (!recordPresent[vi] || isNa(text) || text == "null") {
                ++summary.missing;
                ++missingCounts[std::size_t(s)];
                continue;
            }
            const auto number = parseNumber(text);
            if (!number) {
                quarantineEntry(lineNo, sm.column, u"unparseable-value"_s,
                                IngestText::tr("\"%1\" is not a number")
                                    .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))),
                                line, 1);
                continue;
            }
            if (!quality) {
                quarantineEntry(
                    lineNo, sm.column, u"source-flag-bad"_s,
                    IngestText::tr("value %1 flagged \"%2\" by the source").arg(formatValue(*number), flag),
                    line, 1);
                continue;
            }
            const double v = sm.conversion.apply(*number);
            if (sm.conversion.scale != 1 || sm.conversion.offset != 0)
                ++conversionCounts[std::size_t(s)];
            if (!sm.plausible.contains(v)) {
                quarantineEntry(lineNo, sm.column, u"out-of-range"_s,
                                IngestText::tr("%1 %2 is outside the plausible range %3–%4 %2 of %5")
                                    .arg(formatValue(v), sm.indicatorUnit, formatValue(sm.plausible.low),
                                         formatValue(sm.plausible.high), sm.indicator),
                                line, 1);
                continue;
            }
            // The series key: a fixed place is resolved once, a place column per row.
            std::int32_t key;
            const int placeField = placeIndex[std::size_t(s)];
            if (placeField < 0 && fixedKey[std::size_t(s)] >= 0) {
                key = fixedKey[std::size_t(s)];
            } else {
                std::string_view place = placeField < 0 ? std::string_view(fixedPlace[std::size_t(s)])
                                                        : trimmed(recordFields[std::size_t(placeField)]);
                if (place.empty()) {
                    quarantineEntry(lineNo, sm.placeColumn, u"missing-place"_s,
                                    IngestText::tr("no place named on this row"), line, 1);
                    continue;
                }
                keyBuffer.assign(keyPrefix[std::size_t(s)]);
                keyBuffer.append(place);
                auto it = keyIndex.find(keyBuffer);
                if (it == keyIndex.end()) {
                    const QString placeName = QString::fromUtf8(place.data(), qsizetype(place.size()));
                    it = keyIndex.emplace(keyBuffer, keyCount++).first;
                    newKeys.push_back({{sm.indicator, placeName}, sm.indicatorUnit});
                    if (!catalog.station(placeName) && !catalog.area(placeName))
                        unknownPlaces.insert(placeName);
                }
                key = it->second;
                if (placeField < 0)
                    fixedKey[std::size_t(s)] = key;
            }
            pending.push_back({key, t, v, *quality, lineNo, std::int32_t(s)});
        }

        if (qsizetype(pending.size()) >= options.batchObservations) {
            if (!flush(lineNo, false))
                break;
        }
        if (options.onProgress && (summary.rows & 0x3FFF) == 0 && progressClock.elapsed() >= 200) {
            progressClock.restart();
            options.onProgress(
                {qint64(pos), qint64(total), summary.rows, double(clock.nsecsElapsed()) / 1e9});
        }
    }
    flush(lineNo, true);

    for (qsizetype s = 0; s < nSeries; ++s) {
        const SeriesMapping& sm = mapping.series.at(s);
        if (conversionCounts[std::size_t(s)] > 0)
            summary.conversions[u"%1→%2"_s.arg(sm.unit, sm.indicatorUnit)] +=
                conversionCounts[std::size_t(s)];
        if (missingCounts[std::size_t(s)] > 0)
            summary.missingByColumn[sm.column] += missingCounts[std::size_t(s)];
    }
    summary.unknownPlaces = QStringList(unknownPlaces.begin(), unknownPlaces.end());
    summary.unknownPlaces.sort();

    // Close the run with its summary; wait for the writer.
    if (!writer.failed()) {
        WriterBatch last;
        last.final = true;
        // Totals are known only after the writer drained: it is given the summary as far
        // as parsing knows it; the archive counts are filled in below for the caller.
        summary.seconds = double(clock.nsecsElapsed()) / 1e9;
        last.summaryJson = summary.toJson();
        writer.push(std::move(last));
    }
    writer.finish();
    if (writer.failed())
        return writer.error();
    summary.run = writer.runId();
    summary.digest = writer.digest();
    const store::ArchiveWriteResult totals = writer.totals();
    summary.inserted = qint64(totals.inserted);
    summary.unchanged = qint64(totals.unchanged);
    summary.replaced = qint64(totals.replaced);
    summary.kept = qint64(totals.kept);
    summary.batches = writer.batches();
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (options.onProgress)
        options.onProgress({qint64(total), qint64(total), summary.rows, summary.seconds});
    return summary;
}

} // namespace cityops::files
