#pragma once

// The collector: every feed of a feeds file into one archive, for weeks on end — the HTTP
// feeds polled at their interval (sooner after a failure, then less often: pollschedule.h),
// the MQTT feeds subscribed to (mqttfeed.h). `cityops-cli feeds run` runs it on its main
// thread; the console (`cityops --feeds`) on a thread of its own. Everything it does happens
// on the thread it was started on, in that thread's event loop: a poll blocks it (its HTTP
// requests wait in a nested loop), never a GUI thread.
//
// stop() asked for during a poll lets the poll finish (written and committed); then the MQTT
// subscriptions end, what they delivered is written, and `onStopped` runs.
//
// The collector is the process that writes the archive, so it runs what evaluates it (the
// early-warning rules, given by its owner: core/alerts/liverules.h) on its thread, through
// its connection: after what the polls and the brokers delivered (at most once a second),
// every 30 seconds without (a delay running out, a station falling silent), and once more as
// it stops.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedhealth.h"
#include "core/feeds/feedpoll.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QTimer;

namespace cityops::feeds {

class MqttFeed;

// The archive the feeds write to, claimed for their purpose (live or demo: never both, and
// a live feed that reads the CityOps demo city is refused). Validation errors say which feed.
Result<void> claimArchiveFor(const FeedsConfig& config, const store::ArchiveLocation& archive);

class FeedCollector : public QObject, public FeedHealthSource
{
public:
    // What each poll (and each MQTT feed's periodic report) wrote, as it is written.
    using Polled = std::function<void(const FeedPollSummary&)>;
    using Said = std::function<void(const QString& line)>; // news in words (subscribed…)
    // One step over the archive at `now`: what it recorded in words (empty: nothing to say).
    using Evaluate = std::function<Result<QString>(store::Archive& archive, std::int64_t now)>;

    FeedCollector(const FeedsConfig& config, const Catalog& catalog, store::ArchiveLocation archive,
                  QObject* parent = nullptr);
    ~FeedCollector() override;

    void onPolled(Polled polled) { m_polled = std::move(polled); }
    void onSaid(Said said) { m_said = std::move(said); }
    void onStopped(std::function<void()> stopped) { m_stopped = std::move(stopped); }
    void evaluateWith(Evaluate evaluate) { m_evaluate = std::move(evaluate); }

    // Starts polling and subscribing; an error when an MQTT feed cannot be set up (its
    // credential cannot be read).
    Result<void> start();
    void stop();
    // Every feed's health now (from any thread).
    std::vector<FeedHealth> health() const override;

private:
    struct Polling;
    struct Subscribed;
    void pollDue();
    void evaluate(bool force);
    void drainMqtt();
    void finish();
    void record(const FeedPollSummary& s, bool connected);
    void recordSeries(std::size_t feed, QSet<QString> fresh);
    void recordStations(std::size_t feed, const QHash<QString, store::FeedStation>& stations);
    void remember(std::size_t feed, std::int64_t newestMs);

    const FeedsConfig& m_config;
    const Catalog& m_catalog;
    store::ArchiveLocation m_archive;
    std::vector<Polling> m_polling;
    std::vector<Subscribed> m_mqtt;
    QTimer* m_pollTimer;
    QTimer* m_drainTimer;
    bool m_inPoll = false;
    bool m_stopAsked = false;
    bool m_finished = false;
    Polled m_polled;
    Said m_said;
    std::function<void()> m_stopped;
    mutable std::mutex m_healthLock;
    std::vector<FeedHealth> m_health;
    std::vector<std::vector<std::pair<qint64, qint64>>> m_recent; // per feed: (when, accepted), ten minutes
    std::unique_ptr<store::Archive> m_store;                      // which feed writes which series
    std::shared_ptr<store::WriterSession> m_writer;               // what the polls write through
    std::vector<QSet<QString>> m_unrecorded;       // per feed: series reported, not yet in the archive
    QHash<QString, store::FeedStation> m_stations; // the feed stations the archive holds, by id
    Evaluate m_evaluate;
    QTimer* m_evaluateTimer;
    bool m_evaluateFailed = false;         // the last step failed: again in 30 s
    qint64 m_deliveredAt = -1'000'000'000; // when readings were last handed to the archive
    qint64 m_evaluatedAt = 0;
    QString m_evaluateError; // said once, until a step succeeds again
};

} // namespace cityops::feeds
