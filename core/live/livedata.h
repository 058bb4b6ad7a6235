#pragma once

// What the console shows, in one place: the in-memory SeriesStore with every series the
// console knows, indexed by indicator, and the status of each at the clock's "now".
// It is filled from the archive (an initial load of recent history, then every new
// reading, polled on a thread of its own with its own connection) or with histories the
// composition root hands it (the demo city at a chosen instant); older readings come from
// the HistorySource it is given. It knows no simulator.
// Lives on the GUI thread; the widgets read it and redraw on updated(). Engines do not
// read it: they read the store through store::StoreReader (thread-safe).

#include "core/status/status.h"
#include "core/store/archive.h"
#include "core/store/historysource.h"
#include "core/store/seriesstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <span>

namespace cityops {
class Catalog;
class Clock;
class WorkerThread;
struct Indicator;
struct Station;
} // namespace cityops

namespace cityops::live {

struct SeriesRef
{
    store::SeriesId id = 0;
    QString place; // area, station or city id
    const Indicator* indicator = nullptr;
    std::int64_t periodMs = 0;
};

struct GroupStatus
{
    status::Level worst = status::Level::NoData; // over the series that are not stale
    int series = 0;
    int abnormal = 0; // level above Normal, not stale
    int stale = 0;
};

// A series that is abnormal (or stale) now.
struct AbnormalSeries
{
    SeriesRef series;
    status::SeriesState state;
    int indicatorOrder = 0; // the indicator's place in the catalog
};

// What is abnormal now, in the order an operator reads it, and how many series report.
struct AbnormalNow
{
    QList<AbnormalSeries> rows;
    int reporting = 0; // series with at least one reading
};

// The place that matters most for an indicator now.
struct WorstPlace
{
    SeriesRef series;
    double value = 0;
    status::Level worst = status::Level::NoData; // over every place considered
    bool anyStale = false;
    int places = 0; // with a reading
};

// Loss of view is an alarm (ISA-101): the console says so across the screen.
struct DataLoss
{
    enum class Kind
    {
        ArchiveUnreadable, // the last read of the archive failed (detail: why)
        NoData,            // nothing from the city at all
        NothingNew,        // every series has gone stale
    };
    Kind kind = Kind::NoData;
    QString detail;
    std::optional<std::int64_t> newestMs; // the newest reading there is
};

// "MẤT DỮ LIỆU — không đọc được kho dữ liệu: …" / "DATA LOST — …": for the banner.
QString dataLossText(const DataLoss& loss, std::int64_t nowMs);

class LiveData final : public QObject
{
    Q_OBJECT
public:
    LiveData(const Catalog& catalog, const Clock& clock, QObject* parent = nullptr);
    ~LiveData() override;

    const Catalog& catalog() const { return m_catalog; }
    const Clock& clock() const { return m_clock; }
    const store::SeriesStore& store() const { return m_store; }

    // Adds readings of a series (creating it with its indicator's period); readings of
    // indicators the catalog does not know are ignored and counted.
    void insert(const store::SeriesKey& key, std::span<const store::Point> points);
    // Histories of several series (each covering [from, to): what is loaded of it from
    // then on). Emits updated() once.
    void load(const std::vector<store::SeriesHistory>& histories);
    // Where older readings come from (the archive, a generator); without one, a chart
    // shows what is loaded.
    void setHistorySource(std::shared_ptr<store::HistorySource> source);
    // Loads the last `historyMs` of the archive (two years of daily and slower series),
    // then polls it every `pollMs` for new
    // readings; all on a worker thread. Emits loaded() once, then updated() per poll that
    // brought something; failed() when the archive cannot be read (and keeps trying).
    void followArchive(const store::ArchiveLocation& location, std::int64_t historyMs, int pollMs);
    void stopFollowing();

    // Asks for the history of `series` back to `from` (a chart zoomed out to a year): what
    // is not loaded yet comes from the history source, on a thread of its own; updated()
    // follows. Asking again for a range already asked for
    // does nothing. At most five years back. A read that fails emits failed() and is asked
    // again next time; the next that succeeds emits recovered() (unless the follower is
    // failing).
    void requestHistory(const SeriesRef& series, std::int64_t from);
    // Where the loaded history of `series` begins (what has been asked for; "now" if nothing).
    std::int64_t loadedFrom(const SeriesRef& series) const;

    // The station at `place`: one a feed has described (read from the archive followed, so
    // a sensor added while the console runs shows with its name and location, and one whose
    // feed moved it shows where it is now), else the catalog's; nullptr when neither knows it.
    const Station* station(const QString& place) const;

    QList<SeriesRef> seriesOf(const QString& indicatorId) const;
    // The series whose feed is failing now ("IND@PLACE" keys, from the console's collector):
    // their state is stale whatever their age, so every view that shows one marks it.
    // Emits updated() when the set changes.
    void setFailingSources(const QSet<QString>& seriesKeys);
    std::optional<SeriesRef> find(const QString& indicatorId, const QString& place) const;
    status::SeriesState state(const SeriesRef& series) const;
    // The value `agoMs` before the latest one (for trend arrows), or nullopt.
    std::optional<double> valueBefore(const SeriesRef& series, std::int64_t agoMs) const;
    GroupStatus groupStatus(const QString& groupId) const;
    // Alarms first, then warnings, advisories, then stale series (the longest silent first).
    // Within a level, one row per indicator before the second of any: eight rain gauges in
    // alarm must not hide the flood tower in alarm. (The early-warning engine's alarm list
    // will take this over.)
    AbnormalNow abnormalNow() const;
    // Among the places of `indicatorId` (those in `area`, or all when it is empty): the
    // worst level, and among equals the worst value (the highest where higher is worse,
    // the lowest where lower is worse). nullopt when none has a reading.
    std::optional<WorstPlace> worstPlace(const QString& indicatorId, const QString& area) const;
    std::size_t ignoredReadings() const { return m_ignored; }
    // The archive followed (as a person reads its location), empty when none.
    QString sourceName() const { return m_source; }
    // The newest reading at or before the clock, over every series; the number of series.
    std::optional<store::Point> newestReading() const;
    int seriesCount() const;
    // When the console has lost its view of the city: the archive cannot be read, nothing
    // has arrived, or every series is stale. nullopt while data flows (or the first read of
    // the archive is under way).
    std::optional<DataLoss> dataLoss() const;

signals:
    void updated();
    void loaded(qint64 series, qint64 points);
    void failed(const QString& message);
    void recovered(); // read again after it failed

private:
    void receive(const QList<store::SeriesKey>& keys, const QList<std::vector<store::Point>>& points,
                 const QList<std::int64_t>& readFrom);
    SeriesRef& refFor(const store::SeriesKey& key, const Indicator& indicator);
    void learnStations(const QList<Station>& stations); // (emits updated() when one is new or moved)

    const Catalog& m_catalog;
    const Clock& m_clock;
    store::SeriesStore m_store;
    QHash<QString, QList<SeriesRef>> m_byIndicator;
    QHash<QString, std::shared_ptr<const Station>> m_feedStations; // described since the start, by id
    QSet<QString> m_failingKeys;
    QSet<store::SeriesId> m_failingIds; // (of m_failingKeys, the series held)
    std::size_t m_ignored = 0;
    QString m_source;       // the archive followed
    QString m_lastError;    // of the last read of it; empty when it succeeded
    QString m_historyError; // of the last history read (requestHistory), the same
    bool m_loaded = false;
    QHash<store::SeriesId, std::int64_t> m_loadedFrom;
    QHash<store::SeriesId, std::int64_t> m_askedFrom; // under way: where the loaded history began
    std::unique_ptr<WorkerThread> m_follower;         // reads the archive: history, then what is new
    struct History;
    std::unique_ptr<History> m_history;
    void markLoaded(const store::SeriesKey& key, std::int64_t from);
};

} // namespace cityops::live
