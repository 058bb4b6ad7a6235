#include "core/live/livedata.h"

#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/common/workerthread.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::live {

namespace {

constexpr std::int64_t kSlowHistoryMs = 730LL * 86'400'000;

// Messages a person reads; lupdate files them under "cityops::live::LiveData".
struct LiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::live::LiveData)
};

// The stations feeds have described that the catalog does not list (or lists as described
// by a feed when the console started: the archive's description is newer), when the archive's
// set of them has changed since `seen`; nullopt when it has not.
Result<std::optional<QList<Station>>> feedStationsIfChanged(store::Archive& archive, const Catalog& catalog,
                                                            store::FeedStationsVersion& seen)
{
    auto version = store::feedStationsVersion(archive);
    if (!version)
        return version.error();
    if (*version == seen)
        return std::optional<QList<Station>>();
    auto described = store::feedStations(archive);
    if (!described)
        return described.error();
    QList<Station> out;
    for (const store::FeedStation& s : *described) {
        const Station* listed = catalog.station(s.id);
        if (!catalog.area(s.id) && (!listed || listed->fromFeed))
            out << store::stationOf(s);
    }
    seen = *version;
    return std::optional(out);
}

} // namespace

// Older history, on request, from the source the console was given, on a thread of its own.
// The source is used and released on that thread only (an archive connection is opened and
// closed on the thread that uses it).
struct LiveData::History
{
    std::shared_ptr<store::HistorySource> source;
    WorkerThread thread{QStringLiteral("history")}; // last: stopped before the rest goes

    ~History()
    {
        // The requests queued before run first (the queue keeps its order), then the source
        // goes, on the thread that used it.
        QMetaObject::invokeMethod(
            thread.context(), [this] { source.reset(); }, Qt::BlockingQueuedConnection);
    }
};

LiveData::LiveData(const Catalog& catalog, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{}

LiveData::~LiveData()
{
    stopFollowing();
    m_history.reset();
}

void LiveData::markLoaded(const store::SeriesKey& key, std::int64_t from)
{
    const auto id = m_store.find(key);
    if (!id)
        return;
    const auto it = m_loadedFrom.find(*id);
    if (it == m_loadedFrom.end() || from < *it)
        m_loadedFrom.insert(*id, from);
}

std::int64_t LiveData::loadedFrom(const SeriesRef& series) const
{
    return m_loadedFrom.value(series.id, m_clock.nowMs());
}

void LiveData::requestHistory(const SeriesRef& series, std::int64_t from)
{
    constexpr std::int64_t kMaxBack = 5 * 366 * 86'400'000LL;
    // Five years back from the series' latest reading (or now): old data zooms out too.
    const auto latest = m_store.latest(series.id);
    const std::int64_t anchor =
        latest ? std::min<std::int64_t>(latest->t + 1, m_clock.nowMs()) : m_clock.nowMs();
    from = std::max<std::int64_t>(from, anchor - kMaxBack);
    const std::int64_t loaded = loadedFrom(series);
    if (from >= loaded || !m_history)
        return;
    m_loadedFrom.insert(series.id, from); // asked for: not asked again (unless the source changes)
    m_askedFrom.insert(series.id, loaded);
    const store::SeriesKey key = m_store.key(series.id);
    History* history = m_history.get(); // its thread stops before it goes
    m_history->thread.post([this, history, key, from, loaded] {
        auto read = history->source->history(key, from, loaded);
        QMetaObject::invokeMethod(this, [this, key, from, loaded, read = std::move(read)] {
            const auto id = m_store.find(key);
            if (id)
                m_askedFrom.remove(*id);
            if (!read) {
                // Not loaded: asked again when the chart next wants it.
                if (id && m_loadedFrom.value(*id) == from)
                    m_loadedFrom.insert(*id, loaded);
                m_historyError = read.error().toString();
                emit failed(m_historyError);
                return;
            }
            if (!m_historyError.isEmpty()) {
                m_historyError.clear();
                if (m_lastError.isEmpty()) // (the follower's own problem is its to clear)
                    emit recovered();
            }
            if (!read->empty()) {
                insert(key, *read);
                emit updated();
            }
        });
    });
}

void LiveData::setHistorySource(std::shared_ptr<store::HistorySource> source)
{
    m_history.reset(); // the requests already queued finish with the old source…
    // …and what they had not brought back may be asked of the new one.
    for (auto it = m_askedFrom.cbegin(); it != m_askedFrom.cend(); ++it)
        m_loadedFrom.insert(it.key(), it.value());
    m_askedFrom.clear();
    if (source) {
        m_history = std::make_unique<History>();
        m_history->source = std::move(source);
    }
}

SeriesRef& LiveData::refFor(const store::SeriesKey& key, const Indicator& indicator)
{
    QList<SeriesRef>& list = m_byIndicator[indicator.id];
    for (SeriesRef& ref : list) {
        if (ref.place == key.place)
            return ref;
    }
    SeriesRef ref;
    ref.periodMs = std::int64_t(indicator.periodSeconds) * 1000;
    ref.id = m_store.ensureSeries(key, ref.periodMs);
    ref.place = key.place;
    ref.indicator = &indicator;
    // Places in catalog order (areas, then stations), so lists and bars do not reshuffle.
    const auto rank = [this](const QString& place) {
        for (qsizetype i = 0; i < m_catalog.areas.size(); ++i) {
            if (m_catalog.areas[i].id == place)
                return int(i);
        }
        for (qsizetype i = 0; i < m_catalog.stations.size(); ++i) {
            if (m_catalog.stations[i].id == place)
                return int(m_catalog.areas.size() + i);
        }
        return int(m_catalog.areas.size() + m_catalog.stations.size());
    };
    const int r = rank(ref.place);
    const auto at =
        std::find_if(list.begin(), list.end(), [&](const SeriesRef& other) { return rank(other.place) > r; });
    return *list.insert(at, ref);
}

void LiveData::insert(const store::SeriesKey& key, std::span<const store::Point> points)
{
    const Indicator* indicator = m_catalog.indicator(key.indicator);
    if (!indicator) {
        m_ignored += points.size();
        return;
    }
    const SeriesRef& ref = refFor(key, *indicator);
    (void)m_store.insert(ref.id, points);
}

void LiveData::load(const std::vector<store::SeriesHistory>& histories)
{
    for (const store::SeriesHistory& h : histories) {
        if (!h.points.empty())
            insert(h.key, h.points);
        markLoaded(h.key, h.from);
    }
    emit updated();
}

void LiveData::receive(const QList<store::SeriesKey>& keys, const QList<std::vector<store::Point>>& points,
                       const QList<std::int64_t>& readFrom)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        insert(keys[i], points[i]);
        markLoaded(keys[i], readFrom[i]);
    }
    if (!keys.isEmpty())
        emit updated();
}

void LiveData::followArchive(const store::ArchiveLocation& location, std::int64_t historyMs, int pollMs)
{
    stopFollowing();
    m_source = location.toDisplayString();
    m_loaded = false;
    m_lastError.clear();
    m_follower = std::make_unique<WorkerThread>(u"archive-follower"_s);
    QObject* worker = m_follower->context();

    struct State
    {
        std::unique_ptr<store::Archive> archive;
        QHash<std::int64_t, std::int64_t> readUntil; // archive series id → next t to read
        store::FeedStationsVersion stations;         // of the feed stations last read
        bool loaded = false;
        QString lastError;
    };
    auto state = std::make_shared<State>();
    const Clock* clock = &m_clock;

    const Catalog* catalog = &m_catalog; // immutable: safe to read from the follower's thread
    auto poll = [this, state, location, historyMs, clock, catalog] {
        const auto fail = [&](const QString& message) {
            if (message != state->lastError) // report a lasting problem once
                QMetaObject::invokeMethod(this, [this, message] {
                    m_lastError = message;
                    emit failed(message);
                });
            state->lastError = message;
        };
        if (!state->archive) {
            // Opened read-only in spirit: never created here, the writer owns the file.
            auto archive = store::Archive::open(location, false);
            if (!archive)
                return fail(archive.error().toString());
            state->archive = std::move(*archive);
        }
        // (The stations first: a new sensor's readings arrive with its name and place.)
        auto stations = feedStationsIfChanged(*state->archive, *catalog, state->stations);
        if (!stations) {
            state->archive.reset(); // reconnect next time
            return fail(stations.error().toString());
        }
        if (*stations)
            QMetaObject::invokeMethod(this,
                                      [this, learned = std::move(**stations)] { learnStations(learned); });
        auto list = state->archive->listSeries();
        if (!list) {
            state->archive.reset(); // reconnect next time
            return fail(list.error().toString());
        }
        state->lastError.clear();
        QList<store::SeriesKey> keys;
        QList<std::int64_t> starts;
        QList<std::vector<store::Point>> batches;
        qint64 total = 0;
        const std::int64_t now = clock->nowMs();
        for (const store::SeriesInfo& info : *list) {
            if (info.count == 0)
                continue;
            // Daily and slower series (KPIs, statistics) bring two years of history: a week
            // of a monthly KPI is no value at all.
            const Indicator* indicator = catalog->indicator(info.key.indicator);
            const bool slow = indicator && indicator->periodSeconds >= 86'400;
            // The history before the series' last reading: an archive of last year's data
            // shows last year's week, not an empty one.
            const std::int64_t anchor = std::min<std::int64_t>(now, info.last + 1);
            const std::int64_t historyStart =
                anchor - (slow ? std::max<std::int64_t>(historyMs, kSlowHistoryMs) : historyMs);
            const std::int64_t from = state->readUntil.value(info.id, historyStart);
            if (info.last < from)
                continue;
            auto points = state->archive->points(info.id, from, info.last + 1);
            if (!points)
                return fail(points.error().toString());
            state->readUntil[info.id] = info.last + 1;
            if (points->empty())
                continue;
            total += qint64(points->size());
            keys << info.key;
            starts << from;
            batches << std::move(*points);
        }
        const bool first = !state->loaded;
        state->loaded = true;
        const qint64 seriesCount = keys.size();
        QMetaObject::invokeMethod(this, [this, keys, batches, starts, first, seriesCount, total] {
            const bool back = !m_lastError.isEmpty();
            m_lastError.clear();
            m_loaded = true;
            receive(keys, batches, starts);
            if (first)
                emit loaded(seriesCount, total);
            if (back)
                emit recovered();
        });
    };

    m_follower->post([worker, poll, pollMs] {
        poll();
        auto* timer = new QTimer(worker);
        timer->setInterval(pollMs);
        QObject::connect(timer, &QTimer::timeout, worker, poll);
        timer->start();
    });
}

void LiveData::stopFollowing()
{
    m_follower.reset();
}

void LiveData::learnStations(const QList<Station>& stations)
{
    bool changed = false;
    for (const Station& s : stations) {
        auto& kept = m_feedStations[s.id];
        if (kept && kept->name.vi == s.name.vi && kept->area == s.area && kept->located == s.located &&
            kept->longitude == s.longitude && kept->latitude == s.latitude && kept->kind == s.kind)
            continue;
        kept = std::make_shared<const Station>(s);
        changed = true;
    }
    if (changed)
        emit updated();
}

const Station* LiveData::station(const QString& place) const
{
    if (const auto it = m_feedStations.constFind(place); it != m_feedStations.cend())
        return it->get();
    return m_catalog.station(place);
}

QList<SeriesRef> LiveData::seriesOf(const QString& indicatorId) const
{
    return m_byIndicator.value(indicatorId);
}

std::optional<SeriesRef> LiveData::find(const QString& indicatorId, const QString& place) const
{
    const auto it = m_byIndicator.constFind(indicatorId);
    if (it == m_byIndicator.cend())
        return std::nullopt;
    for (const SeriesRef& ref : *it) {
        if (place.isEmpty() || ref.place == place)
            return ref;
    }
    return std::nullopt;
}

status::SeriesState LiveData::state(const SeriesRef& series) const
{
    // What the archive holds ahead of the clock (a replayed or simulated future) is not
    // "now" yet: the latest value is the last one at or before the clock.
    const std::int64_t now = m_clock.nowMs();
    std::optional<store::Point> latest = m_store.latest(series.id);
    if (latest && latest->t > now) {
        const std::int64_t lookBack = std::max<std::int64_t>(series.periodMs, 60'000) * 8;
        const auto recent = m_store.points(series.id, now - lookBack, now + 1);
        latest = recent.empty() ? std::nullopt : std::optional<store::Point>(recent.back());
    }
    status::SeriesState state = status::stateOf(*series.indicator, series.periodMs, latest, now);
    if (m_failingIds.contains(series.id)) {
        state.sourceFailing = true;
        state.stale = true;
    }
    return state;
}

void LiveData::setFailingSources(const QSet<QString>& seriesKeys)
{
    QSet<store::SeriesId> ids;
    for (const QString& key : seriesKeys) {
        const qsizetype at = key.indexOf(u'@');
        if (const auto ref = at > 0 ? find(key.left(at), key.mid(at + 1)) : std::nullopt)
            ids.insert(ref->id);
    }
    if (seriesKeys == m_failingKeys && ids == m_failingIds)
        return;
    m_failingKeys = seriesKeys;
    m_failingIds = ids;
    emit updated();
}

std::optional<double> LiveData::valueBefore(const SeriesRef& series, std::int64_t agoMs) const
{
    const auto current = state(series).latest;
    if (!current)
        return std::nullopt;
    const std::int64_t at = current->t - agoMs;
    const std::int64_t window = std::max<std::int64_t>(series.periodMs, 60'000) * 2;
    const auto around = m_store.points(series.id, at - window, at + 1);
    if (around.empty())
        return std::nullopt;
    return around.back().v;
}

GroupStatus LiveData::groupStatus(const QString& groupId) const
{
    GroupStatus result;
    for (const Indicator& indicator : m_catalog.indicators) {
        if (indicator.group != groupId)
            continue;
        for (const SeriesRef& ref : m_byIndicator.value(indicator.id)) {
            const auto s = state(ref);
            ++result.series;
            if (s.stale) {
                ++result.stale;
                continue;
            }
            result.worst = std::max(result.worst, s.level);
            result.abnormal += s.level > status::Level::Normal ? 1 : 0;
        }
    }
    return result;
}

AbnormalNow LiveData::abnormalNow() const
{
    AbnormalNow now;
    struct Ranked
    {
        AbnormalSeries row;
        int occurrence = 0; // rows of the same indicator and state before this one
    };
    QList<Ranked> ranked;
    for (qsizetype i = 0; i < m_catalog.indicators.size(); ++i) {
        for (const SeriesRef& ref : m_byIndicator.value(m_catalog.indicators[i].id)) {
            const status::SeriesState s = state(ref);
            if (!s.latest)
                continue;
            ++now.reporting;
            if (s.stale || s.level > status::Level::Normal)
                ranked.append({{ref, s, int(i)}, 0});
        }
    }
    QHash<QPair<int, int>, int> seen;
    for (Ranked& r : ranked)
        r.occurrence = seen[{r.row.indicatorOrder, r.row.state.stale ? -1 : int(r.row.state.level)}]++;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        const status::SeriesState& x = a.row.state;
        const status::SeriesState& y = b.row.state;
        if (x.stale != y.stale)
            return !x.stale;
        if (x.level != y.level)
            return x.level > y.level;
        if (a.occurrence != b.occurrence)
            return a.occurrence < b.occurrence;
        return x.stale ? x.ageMs > y.ageMs : a.row.indicatorOrder < b.row.indicatorOrder;
    });
    for (const Ranked& r : ranked)
        now.rows.append(r.row);
    return now;
}

std::optional<WorstPlace> LiveData::worstPlace(const QString& indicatorId, const QString& area) const
{
    const Indicator* indicator = m_catalog.indicator(indicatorId);
    if (!indicator)
        return std::nullopt;
    std::optional<WorstPlace> worst;
    for (const SeriesRef& ref : m_byIndicator.value(indicatorId)) {
        const Station* station = this->station(ref.place);
        const bool inArea = area.isEmpty() || indicator->dimension == Dimension::City || ref.place == area ||
                            (station && station->area == area);
        if (!inArea)
            continue;
        const status::SeriesState s = state(ref);
        if (!s.latest)
            continue;
        const double v = s.latest->v;
        if (!worst) {
            worst = WorstPlace{ref, v, s.level, s.stale, 1};
            continue;
        }
        ++worst->places;
        const bool worseValue =
            indicator->badDirection == BadDirection::Down ? v < worst->value : v > worst->value;
        if (s.level > worst->worst || (s.level == worst->worst && worseValue)) {
            worst->series = ref;
            worst->value = v;
        }
        worst->worst = std::max(worst->worst, s.level);
        worst->anyStale = worst->anyStale || s.stale;
    }
    return worst;
}

std::optional<store::Point> LiveData::newestReading() const
{
    // The latest reading at or before the clock, over every series.
    std::optional<store::Point> newest;
    for (const QList<SeriesRef>& refs : m_byIndicator) {
        for (const SeriesRef& ref : refs) {
            const auto latest = state(ref).latest;
            if (latest && (!newest || latest->t > newest->t))
                newest = latest;
        }
    }
    return newest;
}

int LiveData::seriesCount() const
{
    int n = 0;
    for (const QList<SeriesRef>& refs : m_byIndicator)
        n += int(refs.size());
    return n;
}

std::optional<DataLoss> LiveData::dataLoss() const
{
    if (!m_lastError.isEmpty())
        return DataLoss{DataLoss::Kind::ArchiveUnreadable, m_lastError, std::nullopt};
    if (!m_source.isEmpty() && !m_loaded)
        return std::nullopt; // the first read is under way
    const auto newest = newestReading();
    if (!newest)
        return DataLoss{DataLoss::Kind::NoData, m_source, std::nullopt};
    for (const QList<SeriesRef>& refs : m_byIndicator) {
        for (const SeriesRef& ref : refs) {
            if (!state(ref).stale)
                return std::nullopt; // something is still arriving
        }
    }
    return DataLoss{DataLoss::Kind::NothingNew, m_source, newest->t};
}

QString dataLossText(const DataLoss& loss, std::int64_t nowMs)
{
    switch (loss.kind) {
    case DataLoss::Kind::ArchiveUnreadable:
        return LiveText::tr("DATA LOST — the archive cannot be read: %1").arg(loss.detail);
    case DataLoss::Kind::NoData:
        return LiveText::tr("DATA LOST — no data from the city has arrived");
    case DataLoss::Kind::NothingNew:
        break;
    }
    const std::int64_t since = loss.newestMs.value_or(nowMs);
    return LiveText::tr("DATA LOST — nothing new for %1 (the newest reading: %2)")
        .arg(status::ageText(std::max<std::int64_t>(0, nowMs - since)),
             QLocale().toString(toZone(since, defaultDisplayZone()), u"HH:mm dd/MM/yyyy"_s));
}

} // namespace cityops::live
