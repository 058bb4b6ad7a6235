#include "app/cli/feedsrun.h"

#include "app/cli/archiveoptions.h"
#include "app/cli/stopsignals.h"
#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/feeds/mqtt/mqttfeed.h"
#include "core/feeds/pollschedule.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

struct RunText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::feeds)
};

// The archive the feeds write to, claimed for their purpose (live or demo: never both).
int prepareArchive(const feeds::FeedsConfig& config, const store::ArchiveLocation& location, Io io)
{
    const QString purpose = config.feeds.first().purpose;
    for (const feeds::FeedConfig& f : config.feeds) {
        if (f.purpose != purpose) {
            io.err << RunText::tr(
                          "%1: feeds %2 (%3) and %4 (%5) cannot share an archive: demo data never reaches "
                          "a live archive")
                          .arg(config.name, config.feeds.first().id, purpose, f.id, f.purpose)
                   << '\n';
            return kExitInvalid;
        }
        const bool demoTopics = f.protocol == feeds::FeedProtocol::Mqtt &&
                                std::any_of(f.topics.begin(), f.topics.end(), [](const QString& t) {
                                    return t.startsWith(u"cityops/demo/"_s);
                                });
        if (f.purpose == u"live"_s && (demoTopics || feeds::isDemoCityBroker(f))) {
            io.err << RunText::tr(
                          "%1: feed %2 reads the CityOps demo city (%3): give it \"purpose\": \"demo\" "
                          "and a demo archive")
                          .arg(config.name, f.id, f.url.toString())
                   << '\n';
            return kExitInvalid;
        }
    }
    auto archive = store::Archive::open(location);
    if (!archive) {
        printError(io, archive.error());
        return kExitFailure;
    }
    if (auto claimed = (*archive)->claimPurpose(purpose); !claimed) {
        printError(io, claimed.error());
        return kExitInvalid;
    }
    return kExitOk;
}

feeds::PollOptions pollOptions(const feeds::FeedsConfig& config)
{
    feeds::PollOptions o;
    o.nowMs = QDateTime::currentMSecsSinceEpoch();
    o.configText = config.sourceText;
    return o;
}

int runOnce(const feeds::FeedsConfig& config, const Catalog& catalog, const store::ArchiveLocation& location,
            Io io)
{
    QJsonArray all;
    bool failed = false;
    for (const feeds::FeedConfig& f : config.feeds) {
        if (f.protocol == feeds::FeedProtocol::Mqtt) {
            io.err << RunText::tr("%1: an MQTT feed, subscribed to by feeds run without --once").arg(f.id)
                   << '\n';
            continue;
        }
        const feeds::FeedPollSummary s = feeds::pollFeed(f, catalog, location, pollOptions(config));
        all.append(s.toJson());
        failed = failed || !s.errors.isEmpty();
        io.err << RunText::tr("%1: %2 fetched, %3 accepted (%4 new), %5 quarantined, %6 not mapped, in %7 s")
                      .arg(f.id)
                      .arg(s.fetched)
                      .arg(s.accepted)
                      .arg(s.inserted)
                      .arg(s.quarantined)
                      .arg(s.unmapped)
                      .arg(s.seconds, 0, 'f', 2)
               << '\n';
        for (const QString& e : s.errors)
            io.err << "  " << e << '\n';
    }
    io.out << jsonLine({{u"feeds"_s, all}}) << '\n';
    return failed ? kExitFailure : kExitOk;
}

void add(feeds::FeedPollSummary& to, const feeds::FeedPollSummary& s)
{
    to.fetched += s.fetched;
    to.accepted += s.accepted;
    to.quarantined += s.quarantined;
    to.unmapped += s.unmapped;
    to.duplicates += s.duplicates;
    to.errors << s.errors;
}

// The MQTT feeds: subscribed to, what came written every 25 ms, reported every
// pollSeconds, and at once when a connection is lost.
class MqttFeeds
{
public:
    int start(const feeds::FeedsConfig& config, const Catalog& catalog,
              const store::ArchiveLocation& location, Io io)
    {
        for (const feeds::FeedConfig& f : config.feeds) {
            if (f.protocol != feeds::FeedProtocol::Mqtt)
                continue;
            auto feed = std::make_unique<feeds::MqttFeed>(f, catalog, location, pollOptions(config));
            if (auto started = feed->start(); !started) {
                printError(io, started.error());
                return kExitFailure;
            }
            m_feeds.push_back({std::move(feed), {}, 0});
        }
        QObject::connect(&m_timer, &QTimer::timeout, [this, io] { drain(io); });
        if (!m_feeds.empty())
            m_timer.start(feeds::MqttFeed::kDrainMs);
        return kExitOk;
    }

    void stop(Io io)
    {
        m_timer.stop();
        for (Running& r : m_feeds) {
            add(r.pending, r.feed->stop());
            report(r, io);
        }
        m_feeds.clear();
    }

private:
    struct Running
    {
        std::unique_ptr<feeds::MqttFeed> feed;
        feeds::FeedPollSummary pending;
        qint64 reportAt;
        int subscriptions = 0;
    };

    void drain(Io io)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (Running& r : m_feeds) {
            add(r.pending, r.feed->drain());
            if (const int n = r.feed->subscriptions(); n != r.subscriptions) {
                r.subscriptions = n;
                io.err << RunText::tr("%1: subscribed to %2 at %3")
                              .arg(r.feed->feed().id, r.feed->feed().topics.join(u", "_s),
                                   r.feed->feed().url.toString())
                       << '\n';
                io.err.flush();
            }
            if (!r.pending.errors.isEmpty() || now >= r.reportAt) {
                report(r, io);
                r.reportAt = now + qint64(r.feed->feed().pollSeconds) * 1000;
            }
        }
    }

    static void report(Running& r, Io io)
    {
        r.pending.feed = r.feed->feed().id;
        io.out << jsonLine(r.pending.toJson()) << '\n';
        io.out.flush();
        r.pending = {};
    }

    std::vector<Running> m_feeds;
    QTimer m_timer;
};

// Polls every HTTP feed at its own interval and subscribes to every MQTT feed until SIGTERM
// or SIGINT; a poll under way is finished (written and committed) before it stops, and
// what the MQTT brokers delivered is written.
int runForever(const feeds::FeedsConfig& config, const Catalog& catalog,
               const store::ArchiveLocation& location, Io io)
{
    std::vector<qint64> due(std::size_t(config.feeds.size()), 0);
    for (qsizetype i = 0; i < config.feeds.size(); ++i) {
        if (config.feeds.at(i).protocol == feeds::FeedProtocol::Mqtt)
            due[std::size_t(i)] = std::numeric_limits<qint64>::max(); // (never polled)
    }
    std::vector<feeds::FeedState> states(std::size_t(config.feeds.size())); // (incremental polls)
    std::vector<feeds::PollSchedule> schedules;
    for (const feeds::FeedConfig& f : config.feeds)
        schedules.emplace_back(f.pollSeconds);
    QTimer timer;
    timer.setSingleShot(true);
    // A stop asked for while a poll runs waits for it: quit() would end every event loop,
    // the one each HTTP request waits in too, and the poll would fail half-read.
    bool polling = false;
    const StopSignals stop([&polling] {
        if (!polling)
            QCoreApplication::quit();
    });
    if (!stop.ok()) {
        io.err << "pipe() failed\n";
        return kExitFailure;
    }
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (qsizetype i = 0; i < config.feeds.size() && !stop.stopped(); ++i) {
            if (due[std::size_t(i)] > QDateTime::currentMSecsSinceEpoch())
                continue;
            const feeds::FeedConfig& f = config.feeds.at(i);
            polling = true;
            const feeds::FeedPollSummary s =
                feeds::pollFeed(f, catalog, location, pollOptions(config), &states[std::size_t(i)]);
            polling = false;
            io.out << jsonLine(s.toJson()) << '\n';
            io.out.flush();
            feeds::PollSchedule& schedule = schedules[std::size_t(i)];
            const qint64 delay = s.errors.isEmpty()
                                     ? schedule.afterSuccess()
                                     : schedule.afterFailure(s.retryAfterSeconds,
                                                             QRandomGenerator::global()->generateDouble());
            due[std::size_t(i)] = QDateTime::currentMSecsSinceEpoch() + delay;
        }
        if (stop.stopped()) {
            QCoreApplication::quit();
            return;
        }
        const qint64 next = *std::min_element(due.begin(), due.end());
        timer.start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 86'400'000)));
    });
    MqttFeeds mqtt;
    if (const int code = mqtt.start(config, catalog, location, io); code != kExitOk)
        return code;
    timer.start(0);
    io.err << RunText::tr("Collecting %n feed(s); SIGTERM or Ctrl+C stops.", nullptr,
                          int(config.feeds.size()))
           << '\n';
    io.err.flush();
    QCoreApplication::exec();
    mqtt.stop(io);
    io.err << RunText::tr("Stopped.") << '\n';
    return kExitOk;
}

} // namespace

int runFeedsRun(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RunText::tr(
        "The headless collector: polls every HTTP feed of the feeds file at its interval and subscribes to "
        "every MQTT feed, and ingests what it reads into the archive, one JSON line per poll ({\"feed\", "
        "\"fetched\", \"accepted\", \"quarantined\", \"errors\"}; an MQTT feed: every pollSeconds, and at "
        "once "
        "when its connection is lost). --once: one full poll of every HTTP feed, then {\"feeds\": [...]} and "
        "exit (1 when a feed failed). Stops cleanly on SIGTERM, writing what it has received."));
    const QCommandLineOption config(u"config"_s, RunText::tr("The feeds file."), u"FILE"_s);
    const QCommandLineOption once(u"once"_s,
                                  RunText::tr("Poll every feed once, print the summary and exit."));
    parser.addOptions({config, once, dbOption()});
    if (const int code = parseCommandLine(parser, arguments, u"feeds run"_s, io); code >= 0)
        return code;
    if (!parser.isSet(config) || !parser.positionalArguments().isEmpty()) {
        io.err << RunText::tr("Usage: cityops-cli feeds run --config FILE --db DB [--once]") << '\n';
        return kExitUsage;
    }
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog) {
        printError(io, catalog.error());
        return kExitFailure;
    }
    const auto loaded = feeds::FeedsConfig::load(parser.value(config), *catalog);
    if (!loaded) {
        printError(io, loaded.error());
        return loaded.error().code == ErrorCode::Io ? kExitFailure : kExitInvalid;
    }
    const auto location =
        store::ArchiveLocation::resolve(parser.value(u"db"_s), store::ArchiveLocation::defaultSqlitePath());
    if (!location) {
        printError(io, location.error());
        return kExitUsage;
    }
    if (const int code = prepareArchive(*loaded, *location, io); code != kExitOk)
        return code;
    return parser.isSet(once) ? runOnce(*loaded, *catalog, *location, io)
                              : runForever(*loaded, *catalog, *location, io);
}

} // namespace cityops::cli
