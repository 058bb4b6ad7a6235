#pragma once

// ObservationWriter: the one way observations reach the archive, for every source — a
// file today, the city's feeds next. What each source needs and none should write again:
// - values converted to the indicator's unit and checked against its plausible range,
//   the implausible ones quarantined with the reason and the row as read;
// - several values of one series at one instant folded by the source's duplicate policy
//   (first, last, mean; or every one of them quarantined when they disagree, `reject`);
//   each series' latest instant waits for the next batch, so duplicates on both sides of
//   a batch edge meet;
// - batches written on a thread of its own, with its own archive connection (or a session's,
//   kept from run to run), one transaction each, while the source goes on reading; at most
//   three batches in flight;
// - counts: every value ends accepted, folded as a duplicate, or quarantined, and the
//   archive says what it inserted, replaced, kept or already had;
// - an ingest run in the archive that records the source and closes with its summary.
//
// The producer side (add, quarantine, flushIfFull, finish) is used from one thread.

#include "core/catalog/catalog.h"
#include "core/catalog/unitconversion.h"
#include "core/common/result.h"
#include "core/store/archive.h"

#include <QJsonObject>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace cityops::store {

class WriterSession;

enum class DuplicatePolicy
{
    First,
    Last,
    Mean,
    Reject,
};

// "first", "last", "mean", "reject".
QString duplicatePolicyName(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyNamed(const QString& name);

// A stream of values from a source into one indicator: a CSV column, an NGSI attribute.
struct ValueChannel
{
    QString name; // the source's name for it, kept with quarantined values
    QString indicator;
    QString sourceUnit;        // as the source states it
    QString indicatorUnit;     // the archive's
    UnitConversion conversion; // sourceUnit → indicatorUnit (identity when equal)
    ValueRange plausible;      // in indicatorUnit
};

// Where an ingest run comes from, recorded with it.
struct WriterRun
{
    QString source;  // "rain.csv", a feed's URL
    QString mapping; // how it is read (the mapping file's text)
    // What identifies the input (a digest of a file): quarantine entries are kept once per
    // (digest, line, column), so reading the same input again adds none. Computed on the
    // writer thread, while the source starts reading.
    std::function<QString()> digest;
};

struct BatchCommitted
{
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    qint64 observations = 0;
    ArchiveWriteResult result;
};

// What the writer decided, as the source handed it values.
struct WriterCounts
{
    qint64 accepted = 0;               // handed to the archive
    qint64 duplicates = 0;             // folded into another value of the same series and instant
    qint64 quarantined = 0;            // values (a row quarantined whole counts each of its values)
    QMap<QString, qint64> reasons;     // quarantine reason → values
    QMap<QString, qint64> conversions; // "K→Cel" → values converted
};

class ObservationWriter
{
public:
    struct Options
    {
        ArchiveLocation archive;
        WriterRun run;
        DuplicatePolicy duplicates = DuplicatePolicy::Last;
        qsizetype batchObservations = 200'000;
        std::int64_t firstLine = 1; // of the data (2 after a CSV header): the first batch starts there
        std::function<void(const BatchCommitted&)> onCommitted; // on the writer thread, after each commit
        // The connection and thread to write through, shared with the runs before and after
        // this one (writersession.h); none: a connection of this run's own.
        std::shared_ptr<WriterSession> session;
    };

    // Opens the archive on the writer thread and begins the run there.
    explicit ObservationWriter(Options options);
    // Without finish(), what was staged is dropped (batches already handed over are still
    // written) and the run is closed as "abandoned", never as done.
    ~ObservationWriter();
    ObservationWriter(const ObservationWriter&) = delete;
    ObservationWriter& operator=(const ObservationWriter&) = delete;

    // A channel and a series the values go to; their indexes are what add() takes. A
    // series is created in the archive with the batch that first uses it.
    int addChannel(const ValueChannel& channel);
    int addSeries(const SeriesKey& key, const QString& unit);

    // One value of `channel` in its source unit: converted to the indicator's unit and
    // checked against the plausible range. nullopt when it is implausible (it is then
    // quarantined: `line` names it, `raw` is the record as read).
    std::optional<double> accept(int channel, double value, std::int64_t line, std::string_view raw)
    {
        return acceptNamed(channel, value, [&] { return std::pair(line, raw); });
    }
    // As accept(), for sources whose record and its name cost something to make (a feed's
    // item is hashed and written out as JSON): `named()` returns {line, raw} and is called
    // only when the value is quarantined.
    template <typename Named> std::optional<double> acceptNamed(int channel, double value, Named&& named)
    {
        const ValueChannel& c = m_channels[std::size_t(channel)];
        const double v = c.conversion.apply(value);
        if (m_converts[std::size_t(channel)])
            ++m_converted[std::size_t(channel)];
        if (!c.plausible.contains(v)) {
            const auto [line, raw] = named();
            quarantineImplausible(channel, v, line, raw);
            return std::nullopt;
        }
        return v;
    }
    // An accepted value (in the indicator's unit) of `series` at t (UTC ms), staged for the
    // next batch; `line` orders values and names them in quarantine.
    void stage(int channel, int series, std::int64_t t, double value, Quality quality, std::int64_t line)
    {
        m_pending.push_back({series, t, value, quality, line, channel});
    }
    // Both in one step, for sources whose series is known before the value is checked.
    void add(int channel, int series, std::int64_t t, double value, Quality quality, std::int64_t line,
             std::string_view raw)
    {
        if (const auto v = accept(channel, value, line, raw))
            stage(channel, series, t, *v, quality, line);
    }
    // Something that cannot become observations (a bad row, an unknown time): kept with
    // its reason; it stands for `observations` values in the counts.
    void quarantine(std::int64_t line, const QString& column, const QString& reason, const QString& detail,
                    std::string_view raw, qint64 observations);

    // Hands a batch to the writer thread when enough values are staged (blocking while
    // three are in flight). False once the writer has failed: stop reading.
    bool flushIfFull(std::int64_t lastLine)
    {
        return qsizetype(m_pending.size()) < m_options.batchObservations || flush(lastLine, false);
    }

    // Hands over everything staged now, without waiting for it to be written, for a source
    // that never ends (an MQTT feed): the run stays open. No value is held back for the next
    // batch, so a later value of the same series and instant meets the first in the archive
    // (kept or replaced there by the duplicate policy; `mean` then keeps the later).
    bool commitStaged(std::int64_t lastLine) { return flush(lastLine, true); }
    // True while a batch handed over is not yet committed: a source that commits often
    // (commitStaged) waits for the archive by staging more meanwhile, so that one
    // transaction — one fsync — takes what came while the last was written.
    bool writing() const;

    // Hands over what is staged, waits for every batch, and closes the run with the
    // summary `summarize` makes of the final counts, completed by the archive's (inserted,
    // unchanged, replaced, kept, batches, run, digest). Returns the archive's totals, or
    // the error that stopped the writer.
    using Summarize = std::function<QJsonObject(const WriterCounts&)>;
    Result<ArchiveWriteResult> finish(std::int64_t lastLine, const Summarize& summarize = {});

    WriterCounts counts() const;
    bool failed() const;
    qint64 batches() const;
    std::int64_t runId() const;
    QString digest() const;

private:
    struct Staged
    {
        std::int32_t series;
        std::int64_t t;
        double v;
        Quality q;
        std::int64_t line;
        std::int32_t channel;
    };
    struct Batch;
    struct Thread;

    bool flush(std::int64_t lastLine, bool final);
    void fold(std::size_t a, std::size_t b, Batch& batch);
    void quarantineImplausible(int channel, double v, std::int64_t line, std::string_view raw);

    Options m_options;
    std::vector<ValueChannel> m_channels;
    std::vector<bool> m_converts; // per channel: the conversion is not the identity
    std::vector<qint64> m_converted;
    std::vector<std::pair<SeriesKey, QString>> m_newSeries; // added since the last batch
    std::vector<Staged> m_pending;
    std::vector<Staged> m_held; // each series' latest instant, for the next batch
    std::vector<QuarantineEntry> m_quarantine;
    std::int64_t m_committedThrough = 0; // the last line of the last batch handed over
    int m_seriesCount = 0;
    bool m_finished = false;
    WriterCounts m_counts;
    std::unique_ptr<Thread> m_thread;
};

} // namespace cityops::store
