#include "core/store/observationwriter.h"

#include "core/store/writersession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>

#include <algorithm>
#include <atomic>
#include <charconv>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

// Messages a person reads; lupdate files them under "cityops::store::ObservationWriter".
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::ObservationWriter)
};

constexpr qsizetype kRawLimit = 300; // bytes of a record kept with a quarantine entry
constexpr int kBatchesInFlight = 3;  // one being written, two waiting

QString rawText(std::string_view raw)
{
    const bool cut = raw.size() > std::size_t(kRawLimit);
    QString s = QString::fromUtf8(raw.data(), qsizetype(std::min(raw.size(), std::size_t(kRawLimit))));
    if (cut)
        s += u"…"_s;
    return s;
}

QString formatValue(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

} // namespace

QString duplicatePolicyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::First:
        return u"first"_s;
    case DuplicatePolicy::Last:
        return u"last"_s;
    case DuplicatePolicy::Mean:
        return u"mean"_s;
    case DuplicatePolicy::Reject:
        break;
    }
    return u"reject"_s;
}

std::optional<DuplicatePolicy> duplicatePolicyNamed(const QString& name)
{
    for (const DuplicatePolicy p :
         {DuplicatePolicy::First, DuplicatePolicy::Last, DuplicatePolicy::Mean, DuplicatePolicy::Reject}) {
        if (duplicatePolicyName(p) == name)
            return p;
    }
    return std::nullopt;
}

// What goes to the writer thread: points by series index, quarantine, new series.
struct ObservationWriter::Batch
{
    std::vector<std::int32_t> series;
    std::vector<Point> points;
    std::vector<QuarantineEntry> quarantine;
    std::vector<std::pair<SeriesKey, QString>> newSeries; // first used in this batch, in index order
    ConflictPolicy onConflict = ConflictPolicy::Replace;
    qint64 firstLine = 0;
    qint64 lastLine = 0;
};

// The writer thread and what it has done, read under its lock.
struct ObservationWriter::Thread
{
    QSemaphore inFlight{kBatchesInFlight};
    std::atomic<bool> failed{false};
    mutable QMutex lock;
    Error error;
    ArchiveWriteResult totals;
    qint64 batches = 0;
    std::int64_t run = 0;
    QString digest;
    std::shared_ptr<WriterSession> session; // its thread runs what is posted here
    // Used on the thread only.
    bool started = false;      // the run is begun in the archive
    std::vector<SeriesId> ids; // series index → archive id

    ~Thread()
    {
        QSemaphore done; // (nothing posted for this run may run after it is gone)
        session->post([&done] { done.release(); });
        done.acquire();
    }

    // The session's archive (another writer sharing the session may have had it reopened).
    Archive* open()
    {
        auto opened = session->archive();
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        return *opened;
    }
    void fail(const Error& e)
    {
        QMutexLocker guard(&lock);
        if (!failed.exchange(true))
            error = e;
    }
    void start(const WriterRun& source);
    void write(Batch& batch, const std::function<void(const BatchCommitted&)>& onCommitted);
    // Closes the run: "done" with the summary completed by the archive's counts, "failed"
    // with the error, or `status` ("abandoned") as it is.
    void close(QJsonObject summary, const QString& status = u"done"_s);
};

void ObservationWriter::Thread::start(const WriterRun& source)
{
    Archive* archive = open();
    if (!archive)
        return;
    const QString id = source.digest ? source.digest() : QString();
    auto begun = archive->beginRun(source.source, id, source.mapping);
    if (!begun)
        return fail(begun.error());
    QMutexLocker guard(&lock);
    digest = id;
    run = *begun;
    started = true;
}

void ObservationWriter::Thread::write(Batch& batch,
                                      const std::function<void(const BatchCommitted&)>& onCommitted)
{
    if (failed)
        return; // drain
    Archive* archive = open();
    if (!archive)
        return;
    auto created = archive->ensureSeries(batch.newSeries);
    if (!created)
        return fail(created.error());
    ids.insert(ids.end(), created->begin(), created->end());
    ArchiveBatch out;
    out.onConflict = batch.onConflict;
    out.series.reserve(batch.series.size());
    for (std::int32_t s : batch.series)
        out.series.push_back(ids[std::size_t(s)]);
    out.points = std::move(batch.points);
    out.quarantine = std::move(batch.quarantine);
    for (QuarantineEntry& e : out.quarantine) {
        e.run = run;
        e.digest = digest;
    }
    auto written = archive->write(out);
    if (!written)
        return fail(written.error());
    {
        QMutexLocker guard(&lock);
        totals.inserted += written->inserted;
        totals.unchanged += written->unchanged;
        totals.replaced += written->replaced;
        totals.kept += written->kept;
        totals.quarantined += written->quarantined;
        ++batches;
    }
    if (onCommitted)
        onCommitted({batch.firstLine, batch.lastLine, qint64(out.points.size()), *written});
}

void ObservationWriter::Thread::close(QJsonObject summary, const QString& status)
{
    if (!started)
        return;
    Archive* archive = open();
    if (!archive)
        return;
    if (failed) {
        QMutexLocker guard(&lock);
        (void)archive->finishRun(run, u"failed"_s, error.toString());
        session->drop(); // (the next run opens another connection: this one may be broken)
        return;
    }
    if (status != u"done"_s) {
        (void)archive->finishRun(run, status, QString());
        return;
    }
    // Every batch before this is written: complete the summary with the archive's counts.
    QMutexLocker guard(&lock);
    summary[u"inserted"_s] = qint64(totals.inserted);
    summary[u"unchanged"_s] = qint64(totals.unchanged);
    summary[u"replaced"_s] = qint64(totals.replaced);
    summary[u"kept"_s] = qint64(totals.kept);
    summary[u"batches"_s] = batches;
    summary[u"run"_s] = qint64(run);
    summary[u"digest"_s] = digest;
    (void)archive->finishRun(run, u"done"_s,
                             QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
}

ObservationWriter::ObservationWriter(Options options)
    : m_options(std::move(options))
    , m_committedThrough(m_options.firstLine - 1)
    , m_thread(std::make_unique<Thread>())
{
    m_pending.reserve(std::size_t(m_options.batchObservations) + 64);
    m_thread->session =
        m_options.session ? m_options.session : std::make_shared<WriterSession>(m_options.archive);
    Thread* thread = m_thread.get();
    m_thread->session->post([thread, run = m_options.run] { thread->start(run); });
}

ObservationWriter::~ObservationWriter()
{
    if (m_finished)
        return;
    // An ingest given up half way (an error in its source) is not recorded as done.
    m_finished = true;
    Thread* thread = m_thread.get();
    QSemaphore closed;
    m_thread->session->post([thread, &closed] {
        thread->close({}, u"abandoned"_s);
        closed.release();
    });
    closed.acquire(); // the batches handed over are written first: the queue runs in order
}

int ObservationWriter::addChannel(const ValueChannel& channel)
{
    m_channels.push_back(channel);
    m_converts.push_back(channel.conversion.scale != 1 || channel.conversion.offset != 0);
    m_converted.push_back(0);
    return int(m_channels.size() - 1);
}

int ObservationWriter::addSeries(const SeriesKey& key, const QString& unit)
{
    m_newSeries.emplace_back(key, unit);
    return m_seriesCount++;
}

void ObservationWriter::quarantine(std::int64_t line, const QString& column, const QString& reason,
                                   const QString& detail, std::string_view raw, qint64 observations)
{
    m_quarantine.push_back({0, m_options.run.source, QString(), line, column, reason, detail, rawText(raw)});
    m_counts.quarantined += observations;
    m_counts.reasons[reason] += observations;
}

void ObservationWriter::quarantineImplausible(int channel, double v, std::int64_t line, std::string_view raw)
{
    const ValueChannel& c = m_channels[std::size_t(channel)];
    quarantine(line, c.name, u"out-of-range"_s,
               WriterText::tr("%1 %2 is outside the plausible range %3–%4 %2 of %5")
                   .arg(formatValue(v), c.indicatorUnit, formatValue(c.plausible.low),
                        formatValue(c.plausible.high), c.indicator),
               raw, 1);
}

// The staged values [a, b) of one series at one instant, folded into one by the policy
// (or, under `reject` when they disagree, all quarantined).
void ObservationWriter::fold(std::size_t a, std::size_t b, Batch& batch)
{
    const std::size_t n = b - a;
    Point p{m_pending[a].t, m_pending[a].v, m_pending[a].q};
    if (n > 1) {
        switch (m_options.duplicates) {
        case DuplicatePolicy::First:
            break;
        case DuplicatePolicy::Last:
            p = {m_pending[b - 1].t, m_pending[b - 1].v, m_pending[b - 1].q};
            break;
        case DuplicatePolicy::Mean: {
            double sum = 0;
            for (std::size_t k = a; k < b; ++k) {
                sum += m_pending[k].v;
                p.q = std::max(p.q, m_pending[k].q);
            }
            p.v = sum / double(n);
            break;
        }
        case DuplicatePolicy::Reject: {
            bool allSame = true;
            for (std::size_t k = a + 1; k < b; ++k)
                allSame = allSame && m_pending[k].v == m_pending[a].v && m_pending[k].q == m_pending[a].q;
            if (allSame)
                break;
            QStringList values;
            QStringList lines;
            for (std::size_t k = a; k < b; ++k) {
                values << formatValue(m_pending[k].v);
                lines << QString::number(m_pending[k].line);
            }
            const QString detail = WriterText::tr("%1 values for one series and time: %2 (lines %3)")
                                       .arg(n)
                                       .arg(values.join(u", "_s), lines.join(u", "_s));
            for (std::size_t k = a; k < b; ++k)
                m_quarantine.push_back({0, m_options.run.source, QString(), m_pending[k].line,
                                        m_channels[std::size_t(m_pending[k].channel)].name,
                                        u"conflicting-duplicate"_s, detail, QString()});
            m_counts.quarantined += qint64(n);
            m_counts.reasons[u"conflicting-duplicate"_s] += qint64(n);
            return;
        }
        }
        m_counts.duplicates += qint64(n - 1);
    }
    batch.series.push_back(m_pending[a].series);
    batch.points.push_back(p);
    ++m_counts.accepted;
}

// Sorts the staged values, folds duplicates, hands a batch over. Until the end, the
// values at each series' latest instant wait for the next batch, so that duplicates on
// either side of a batch edge meet (sources are mostly in time order); the batch then
// covers every line up to the first held one.
bool ObservationWriter::flush(std::int64_t lastLine, bool final)
{
    if (m_thread->failed)
        return false;
    if (m_pending.empty() && m_quarantine.empty() && m_newSeries.empty())
        return true;
    std::sort(m_pending.begin(), m_pending.end(), [](const Staged& a, const Staged& b) {
        return a.series != b.series ? a.series < b.series : a.t != b.t ? a.t < b.t : a.line < b.line;
    });
    m_held.clear();
    if (!final) {
        std::size_t w = 0;
        for (std::size_t a = 0; a < m_pending.size();) {
            std::size_t b = a;
            while (b < m_pending.size() && m_pending[b].series == m_pending[a].series)
                ++b;
            std::size_t latest = b;
            while (latest > a && m_pending[latest - 1].t == m_pending[b - 1].t)
                --latest;
            for (std::size_t k = a; k < latest; ++k)
                m_pending[w++] = m_pending[k];
            m_held.insert(m_held.end(), m_pending.begin() + std::ptrdiff_t(latest),
                          m_pending.begin() + std::ptrdiff_t(b));
            a = b;
        }
        m_pending.resize(w);
    }
    std::int64_t through = lastLine;
    for (const Staged& p : m_held)
        through = std::min<std::int64_t>(through, p.line - 1);
    auto batch = std::make_shared<Batch>();
    batch->onConflict =
        m_options.duplicates == DuplicatePolicy::First || m_options.duplicates == DuplicatePolicy::Reject
            ? ConflictPolicy::KeepExisting
            : ConflictPolicy::Replace;
    batch->firstLine = m_committedThrough + 1;
    batch->lastLine = through;
    m_committedThrough = std::max(m_committedThrough, through);
    batch->series.reserve(m_pending.size());
    batch->points.reserve(m_pending.size());
    for (std::size_t a = 0; a < m_pending.size();) {
        std::size_t b = a + 1;
        while (b < m_pending.size() && m_pending[b].series == m_pending[a].series &&
               m_pending[b].t == m_pending[a].t)
            ++b;
        fold(a, b, *batch);
        a = b;
    }
    batch->quarantine = std::move(m_quarantine);
    batch->newSeries = std::move(m_newSeries);
    m_quarantine.clear();
    m_newSeries.clear();
    m_pending.swap(m_held);

    // At most kBatchesInFlight: the source waits here while the archive catches up.
    m_thread->inFlight.acquire();
    Thread* thread = m_thread.get();
    m_thread->session->post([thread, batch, onCommitted = m_options.onCommitted] {
        thread->write(*batch, onCommitted);
        thread->inFlight.release();
    });
    return !m_thread->failed;
}

Result<ArchiveWriteResult> ObservationWriter::finish(std::int64_t lastLine, const Summarize& summarize)
{
    if (m_finished)
        return Error{ErrorCode::InvalidArgument, WriterText::tr("The writer has already finished"),
                     QString()};
    m_finished = true;
    (void)flush(lastLine, true);
    const QJsonObject summary = summarize ? summarize(counts()) : QJsonObject();
    QSemaphore closed;
    Thread* thread = m_thread.get();
    m_thread->session->post([thread, &closed, summary] {
        thread->close(summary);
        closed.release();
    });
    closed.acquire(); // every batch before the close is written: the queue runs in order
    QMutexLocker guard(&m_thread->lock);
    if (m_thread->failed)
        return m_thread->error;
    return m_thread->totals;
}

WriterCounts ObservationWriter::counts() const
{
    WriterCounts counts = m_counts;
    for (std::size_t c = 0; c < m_channels.size(); ++c) {
        if (m_converted[c] > 0)
            counts.conversions[u"%1→%2"_s.arg(m_channels[c].sourceUnit, m_channels[c].indicatorUnit)] +=
                m_converted[c];
    }
    return counts;
}

bool ObservationWriter::writing() const
{
    return m_thread->inFlight.available() < kBatchesInFlight;
}

bool ObservationWriter::failed() const
{
    return m_thread->failed;
}

qint64 ObservationWriter::batches() const
{
    QMutexLocker guard(&m_thread->lock);
    return m_thread->batches;
}

std::int64_t ObservationWriter::runId() const
{
    QMutexLocker guard(&m_thread->lock);
    return m_thread->run;
}

QString ObservationWriter::digest() const
{
    QMutexLocker guard(&m_thread->lock);
    return m_thread->digest;
}

} // namespace cityops::store
