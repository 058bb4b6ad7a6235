#include "app/cli/feedsrun.h"

#include "app/cli/archiveoptions.h"
#include "app/cli/stopsignals.h"
#include "core/alerts/alarmlog.h"
#include "core/alerts/liverules.h"
#include "core/catalog/catalogloader.h"
#include "core/feeds/collector.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/store/archive.h"
#include "core/store/feedstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

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
    auto claimed = feeds::claimArchiveFor(config, location);
    if (claimed)
        return kExitOk;
    if (claimed.error().code == ErrorCode::Validation)
        io.err << claimed.error().message << '\n';
    else
        printError(io, claimed.error());
    return claimed.error().code == ErrorCode::Validation ? kExitInvalid : kExitFailure;
}

feeds::PollOptions pollOptions(const feeds::FeedsConfig& config)
{
    feeds::PollOptions o;
    o.nowMs = QDateTime::currentMSecsSinceEpoch();
    o.configText = config.sourceText;
    return o;
}

// One poll of a feed to its end: an incremental feed behind (its pages read up to
// catchUpPages, more left) polled again from where it stopped, each step written (also
// after a step that reported what the server no longer keeps).
feeds::FeedPollSummary pollToTheEnd(const feeds::FeedConfig& f, const feeds::FeedsConfig& config,
                                    const Catalog& catalog, const store::ArchiveLocation& location,
                                    feeds::FeedState& state)
{
    const auto session = std::make_shared<store::WriterSession>(location); // (one connection for the steps)
    const auto options = [&] {
        feeds::PollOptions o = pollOptions(config);
        o.session = session;
        return o;
    };
    feeds::FeedPollSummary all = feeds::pollFeed(f, catalog, location, options(), &state);
    while (all.behind) { // (only a step written is behind)
        const feeds::FeedPollSummary s = feeds::pollFeed(f, catalog, location, options(), &state);
        all.add(s);
        all.behind = s.behind;
    }
    return all;
}

int runOnce(const feeds::FeedsConfig& config, const Catalog& catalog, const store::ArchiveLocation& location,
            Io io)
{
    QJsonArray all;
    bool failed = false;
    // Which feed wrote which series (what a console marks stale when the feed fails later),
    // and where each incremental feed goes on from.
    auto noted = store::Archive::open(location);
    auto newest = noted ? store::feedNewest(**noted) : Result<QHash<QString, std::int64_t>>(noted.error());
    for (const feeds::FeedConfig& f : config.feeds) {
        if (f.protocol == feeds::FeedProtocol::Mqtt) {
            io.err << RunText::tr("%1: an MQTT feed, subscribed to by feeds run without --once").arg(f.id)
                   << '\n';
            continue;
        }
        feeds::FeedState state;
        if (newest && newest->contains(f.id) && !f.incremental.isEmpty())
            state.newest = newest->value(f.id);
        const std::optional<std::int64_t> before = state.newest;
        const feeds::FeedPollSummary s = pollToTheEnd(f, config, catalog, location, state);
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
        if (noted && !s.series.isEmpty()) {
            if (auto added = store::addFeedSeries(**noted, f.id, s.series); !added)
                printError(io, added.error());
        }
        if (noted && !s.stations.isEmpty()) {
            if (auto recorded = store::recordFeedStations(**noted, s.stations.values(),
                                                          QDateTime::currentMSecsSinceEpoch());
                !recorded)
                printError(io, recorded.error());
        }
        if (noted && state.newest && state.newest != before) {
            if (auto saved = store::setFeedNewest(**noted, f.id, *state.newest); !saved)
                printError(io, saved.error());
        }
    }
    // The process that writes the data evaluates the rules: what it wrote may raise alarms, and
    // what it could not read may leave a station silent.
    if (noted) {
        alerts::LiveRules rules(catalog);
        if (auto stepped = rules.step(**noted, QDateTime::currentMSecsSinceEpoch()); stepped) {
            io.err << RunText::tr("%n new alarm(s) recorded", nullptr, stepped->added) << ", "
                   << RunText::tr("%n brought up to date", nullptr, stepped->updated) << '\n';
        } else {
            io.err << RunText::tr("the data is stored, but the early-warning rules could not run: ");
            printError(io, stepped.error());
            failed = true;
        }
    }
    io.out << jsonLine({{u"feeds"_s, all}}) << '\n';
    return failed ? kExitFailure : kExitOk;
}

// Polls every HTTP feed at its own interval and subscribes to every MQTT feed until SIGTERM
// or SIGINT; a poll under way is finished (written and committed) before it stops, and
// what the MQTT brokers delivered is written.
int runForever(const feeds::FeedsConfig& config, const Catalog& catalog,
               const store::ArchiveLocation& location, Io io)
{
    feeds::FeedCollector collector(config, catalog, location);
    collector.onPolled([io](const feeds::FeedPollSummary& s) mutable {
        io.out << jsonLine(s.toJson()) << '\n';
        io.out.flush();
    });
    collector.onSaid([io](const QString& line) mutable {
        io.err << line << '\n';
        io.err.flush();
    });
    collector.onStopped([] { QCoreApplication::quit(); });
    collector.evaluateWith(alerts::liveRulesStep(catalog)); // (the process that writes evaluates)
    const StopSignals stop([&collector] { collector.stop(); });
    if (!stop.ok()) {
        io.err << "pipe() failed\n";
        return kExitFailure;
    }
    if (auto started = collector.start(); !started) {
        printError(io, started.error());
        return kExitFailure;
    }
    io.err << RunText::tr("Collecting %n feed(s); SIGTERM or Ctrl+C stops.", nullptr,
                          int(config.feeds.size()))
           << '\n';
    io.err.flush();
    QCoreApplication::exec();
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
