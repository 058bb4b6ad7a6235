#include "core/feeds/collector.h"

#include "core/feeds/mqtt/mqttfeed.h"
#include "core/feeds/pollschedule.h"
#include "core/store/archive.h"
#include "core/store/feedstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Collector)
};

PollOptions pollOptions(const FeedsConfig& config)
{
    PollOptions o;
    o.nowMs = QDateTime::currentMSecsSinceEpoch();
    o.configText = config.sourceText;
    return o;
}

bool readsTheDemoCity(const FeedConfig& f)
{
    if (f.protocol == FeedProtocol::Mqtt)
        return std::any_of(f.topics.begin(), f.topics.end(),
                           [](const QString& t) { return t.startsWith(u"cityops/demo/"_s); });
    return isDemoCityBroker(f);
}

} // namespace

Result<void> claimArchiveFor(const FeedsConfig& config, const store::ArchiveLocation& location)
{
    const QString purpose = config.feeds.first().purpose;
    for (const FeedConfig& f : config.feeds) {
        if (f.purpose != purpose)
            return Error{ErrorCode::Validation,
                         Text::tr("%1: feeds %2 (%3) and %4 (%5) cannot share an archive: demo data never "
                                  "reaches a live archive")
                             .arg(config.name, config.feeds.first().id, purpose, f.id, f.purpose),
                         QString()};
        if (f.purpose == u"live"_s && readsTheDemoCity(f))
            return Error{ErrorCode::Validation,
                         Text::tr("%1: feed %2 reads the CityOps demo city (%3): give it \"purpose\": "
                                  "\"demo\" and a demo archive")
                             .arg(config.name, f.id, f.url.toString()),
                         QString()};
    }
    auto archive = store::Archive::open(location);
    if (!archive)
        return archive.error();
    return (*archive)->claimPurpose(purpose);
}

struct FeedCollector::Polling
{
    std::size_t feed; // in the config
    qint64 due = 0;
    FeedState state; // (incremental polls)
    PollSchedule schedule;
};

struct FeedCollector::Subscribed
{
    std::unique_ptr<MqttFeed> feed;
    std::size_t health;
    FeedPollSummary pending; // since the last report
    qint64 reportAt = 0;
    int subscriptions = 0;
};

FeedCollector::FeedCollector(const FeedsConfig& config, const Catalog& catalog,
                             store::ArchiveLocation archive, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_catalog(catalog)
    , m_archive(std::move(archive))
    , m_pollTimer(new QTimer(this))
    , m_drainTimer(new QTimer(this))
    , m_evaluateTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &FeedCollector::pollDue);
    connect(m_drainTimer, &QTimer::timeout, this, &FeedCollector::drainMqtt);
    connect(m_evaluateTimer, &QTimer::timeout, this, [this] { evaluate(false); });
    for (const FeedConfig& f : m_config.feeds) {
        FeedHealth h;
        h.feed = f.id;
        h.name = f.name;
        h.protocol = f.protocol;
        h.pollSeconds = f.pollSeconds;
        m_health.push_back(h);
    }
    m_recent.resize(m_health.size());
    m_unrecorded.resize(m_health.size());
}

FeedCollector::~FeedCollector()
{
    if (!m_finished) { // (not stopped: what the brokers delivered is still written)
        for (Subscribed& s : m_mqtt)
            s.feed->stop();
    }
}

Result<void> FeedCollector::start()
{
    // The series each feed wrote before: stale as soon as it fails, even before it has
    // written anything this time; and where each incremental feed goes on from.
    auto opened = store::Archive::open(m_archive);
    if (!opened)
        return opened.error();
    m_store = std::move(*opened);
    auto known = store::feedSeries(*m_store);
    if (!known)
        return known.error();
    auto newest = store::feedNewest(*m_store);
    if (!newest)
        return newest.error();
    auto stations = store::feedStations(*m_store);
    if (!stations)
        return stations.error();
    for (const store::FeedStation& s : *stations)
        m_stations.insert(s.id, s);
    for (FeedHealth& h : m_health)
        h.series = known->value(h.feed);
    for (std::size_t i = 0; i < std::size_t(m_config.feeds.size()); ++i) {
        const FeedConfig& f = m_config.feeds.at(qsizetype(i));
        if (f.protocol != FeedProtocol::Mqtt) {
            FeedState state;
            if (const auto it = newest->constFind(f.id); it != newest->cend() && !f.incremental.isEmpty())
                state.newest = *it;
            m_polling.push_back({i, 0, state, PollSchedule(f.pollSeconds)});
            continue;
        }
        auto feed = std::make_unique<MqttFeed>(f, m_catalog, m_archive, pollOptions(m_config));
        if (auto started = feed->start(); !started)
            return started.error();
        m_mqtt.push_back({std::move(feed), i, {}, 0, 0});
    }
    if (!m_polling.empty())
        m_pollTimer->start(0);
    if (!m_mqtt.empty())
        m_drainTimer->start(MqttFeed::kDrainMs);
    if (m_evaluate)
        m_evaluateTimer->start(1000);
    return {};
}

// A step of what evaluates the archive: when readings came since shortly before the last (at
// most once a second: the timer; an MQTT batch handed over just before a step may commit
// after it, so the steps go on until two seconds pass without one), every 30 s without, and
// 30 s after a step that failed; none while a feed catches up (its readings reach only the
// end of its last step: its stations would look silent); `force`: now (the collector stopping).
void FeedCollector::evaluate(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool delivered = m_deliveredAt >= m_evaluatedAt - 2000;
    const bool catchingUp =
        std::any_of(m_polling.begin(), m_polling.end(), [](const Polling& p) { return p.state.partial; });
    if (!m_evaluate || !m_store || m_inPoll)
        return;
    if (!force && (catchingUp || now - m_evaluatedAt < (delivered && !m_evaluateFailed ? 900 : 30'000)))
        return;
    m_evaluatedAt = now;
    auto said = m_evaluate(*m_store, now);
    m_evaluateFailed = !said;
    if (!said) {
        const QString error = said.error().toString();
        if (error != m_evaluateError && m_said)
            m_said(Text::tr("the early-warning rules could not run: %1").arg(error));
        m_evaluateError = error;
        return;
    }
    m_evaluateError.clear();
    if (!said->isEmpty() && m_said)
        m_said(*said);
}

void FeedCollector::stop()
{
    m_stopAsked = true;
    if (!m_inPoll) // (else the poll under way finishes first: pollDue() comes back here)
        finish();
}

void FeedCollector::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    m_drainTimer->stop();
    m_evaluateTimer->stop();
    for (Subscribed& s : m_mqtt) {
        s.pending.add(s.feed->stop());
        s.pending.feed = s.feed->feed().id;
        record(s.pending, false);
        if (m_polled)
            m_polled(s.pending);
    }
    if (m_deliveredAt > 0) // (what the last polls wrote, through the rules)
        evaluate(true);
    if (m_stopped)
        m_stopped();
}

// Polls every feed that is due, then sleeps until the next is.
void FeedCollector::pollDue()
{
    for (Polling& p : m_polling) {
        if (m_stopAsked)
            break;
        if (p.due > QDateTime::currentMSecsSinceEpoch())
            continue;
        m_inPoll = true;
        const std::optional<std::int64_t> newest = p.state.newest;
        PollOptions options = pollOptions(m_config);
        if (!m_writer)
            m_writer = std::make_shared<store::WriterSession>(m_archive);
        options.session = m_writer;
        const FeedPollSummary s =
            pollFeed(m_config.feeds.at(qsizetype(p.feed)), m_catalog, m_archive, options, &p.state);
        m_inPoll = false;
        record(s, true);
        if (p.state.newest != newest)
            remember(p.feed, *p.state.newest);
        if (m_polled)
            m_polled(s);
        qint64 delay = 0;
        if (!s.errors.isEmpty())
            delay =
                p.schedule.afterFailure(s.retryAfterSeconds, QRandomGenerator::global()->generateDouble());
        else if (const qint64 interval = p.schedule.afterSuccess(); !s.behind) // (behind: at once)
            delay = interval;
        p.due = QDateTime::currentMSecsSinceEpoch() + delay;
    }
    if (m_stopAsked) {
        finish();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Polling& p : m_polling)
        next = std::min(next, p.due);
    m_pollTimer->start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 86'400'000)));
}

// What the brokers delivered, written; reported every pollSeconds, and at once when a
// connection is lost.
void FeedCollector::drainMqtt()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Subscribed& s : m_mqtt) {
        const FeedPollSummary drained = s.feed->drain();
        if (drained.accepted > 0)
            m_deliveredAt = now;
        s.pending.add(drained);
        const FeedConfig& f = s.feed->feed();
        if (const int n = s.feed->subscriptions(); n != s.subscriptions) {
            s.subscriptions = n;
            if (m_said)
                m_said(Text::tr("%1: subscribed to %2 at %3")
                           .arg(f.id, f.topics.join(u", "_s), f.url.toString()));
        }
        if (s.pending.errors.isEmpty() && now < s.reportAt)
            continue;
        s.pending.feed = f.id;
        record(s.pending, s.feed->connected());
        if (m_polled)
            m_polled(s.pending);
        s.pending = {};
        s.reportAt = now + qint64(f.pollSeconds) * 1000;
    }
}

void FeedCollector::record(const FeedPollSummary& s, bool connected)
{
    std::unique_lock guard(m_healthLock);
    for (std::size_t i = 0; i < m_health.size(); ++i) {
        FeedHealth& h = m_health[i];
        if (h.feed != s.feed)
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto& recent = m_recent[i];
        recent.emplace_back(now, s.accepted);
        while (recent.size() > 1 && now - recent.front().first > 600'000)
            recent.erase(recent.begin());
        qint64 accepted = 0;
        for (const auto& [when, n] : recent)
            accepted += n;
        const double minutes = std::max(1.0, double(now - recent.front().first) / 60'000);
        h.perMinute = double(accepted) / minutes;
        h.lastAttemptMs = now;
        h.lastSeconds = s.seconds;
        h.accepted += s.accepted;
        h.quarantined += s.quarantined;
        if (s.accepted > 0) // (a poll's readings are committed when it returns)
            m_deliveredAt = now;
        QSet<QString> fresh = m_unrecorded[i];
        for (const QString& key : s.series) {
            if (!h.series.contains(key))
                fresh.insert(key);
        }
        h.series.unite(s.series);
        for (auto it = s.reasons.begin(); it != s.reasons.end(); ++it)
            h.reasons[it.key()] += *it;
        h.ok = s.errors.isEmpty() && connected;
        if (!s.errors.isEmpty()) {
            h.lastError = s.errors.last();
            ++h.failuresInARow;
        } else if (connected) {
            h.lastError.clear();
            h.failuresInARow = 0;
            h.lastSuccessMs = now;
        }
        guard.unlock();
        recordSeries(i, std::move(fresh));
        recordStations(i, s.stations);
        return;
    }
}

// Where an incremental feed goes on from, kept for the next run.
void FeedCollector::remember(std::size_t feed, std::int64_t newestMs)
{
    if (!m_store)
        return;
    if (auto saved = store::setFeedNewest(*m_store, m_health[feed].feed, newestMs); !saved && m_said)
        m_said(Text::tr("%1: where it has read to could not be noted in the archive: %2")
                   .arg(m_health[feed].feed, saved.error().toString()));
}

// The series a feed wrote for the first time, into the archive's feed_series (those whose
// rows are not committed yet, next time).
void FeedCollector::recordSeries(std::size_t feed, QSet<QString> fresh)
{
    if (fresh.isEmpty() || !m_store)
        return;
    auto absent = store::addFeedSeries(*m_store, m_health[feed].feed, fresh);
    if (absent) {
        m_unrecorded[feed] = std::move(*absent);
        return;
    }
    m_unrecorded[feed] = std::move(fresh);
    if (m_said)
        m_said(Text::tr("%1: the series it writes could not be noted in the archive: %2")
                   .arg(m_health[feed].feed, absent.error().toString()));
}

// The sensors the catalog does not list that a feed described anew (or differently), into the
// archive's feed_stations: the console shows them as stations.
void FeedCollector::recordStations(std::size_t feed, const QHash<QString, store::FeedStation>& stations)
{
    if (!m_store)
        return;
    QList<store::FeedStation> changed;
    for (const store::FeedStation& s : stations) {
        const auto it = m_stations.constFind(s.id);
        if (it == m_stations.cend() || (*it != s && (s.location || !it->location)))
            changed << s;
    }
    if (changed.isEmpty())
        return;
    if (auto done = store::recordFeedStations(*m_store, changed, QDateTime::currentMSecsSinceEpoch());
        !done) {
        if (m_said)
            m_said(Text::tr("%1: the stations it describes could not be noted in the archive: %2")
                       .arg(m_health[feed].feed, done.error().toString()));
        return;
    }
    for (const store::FeedStation& s : changed)
        m_stations.insert(s.id, s);
}

std::vector<FeedHealth> FeedCollector::health() const
{
    const std::lock_guard guard(m_healthLock);
    return m_health;
}

} // namespace cityops::feeds
