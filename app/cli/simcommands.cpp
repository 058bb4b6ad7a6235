#include "app/cli/simcommands.h"

#include "app/cli/stopsignals.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/sim/democity.h"
#include "core/sim/feedserver.h"
#include "core/sim/mqttpublisher.h"
#include "core/sim/scenario.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <optional>
#include <unordered_map>
#include <variant>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::simulate)
};

// The options simulate and serve share: the city's seed, a scenario, the language.
struct CityArguments
{
    QCommandLineOption seed{u"seed"_s, SimText::tr("The city's seed (default 1)."), u"S"_s};
    QCommandLineOption scenario{u"scenario"_s,
                                SimText::tr("Play a scenario: a built-in name (%1) or a JSON file.")
                                    .arg(sim::Scenario::builtIn().join(u", "_s)),
                                u"NAME"_s};
    QCommandLineOption scenarioAt{u"scenario-at"_s,
                                  SimText::tr("When the scenario starts (default: --from)."), u"T"_s};
    QCommandLineOption lang{u"lang"_s, SimText::tr("Language of the output: vi or en."), u"LANG"_s};

    QList<QCommandLineOption> options() const { return {seed, scenario, scenarioAt, lang}; }

    struct City
    {
        quint64 seed = 1;
        std::unique_ptr<sim::DemoCity> city;
        std::optional<sim::Scenario> scenario;
        std::int64_t scenarioStart = 0;
    };

    // The city the command line asks for; an exit code when it cannot be built.
    std::variant<City, int> build(const QCommandLineParser& parser, const Catalog& catalog,
                                  std::int64_t start, Io io) const
    {
        City out;
        bool ok = true;
        if (parser.isSet(seed))
            out.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            io.err << SimText::tr("--seed must be a whole number") << '\n';
            return int(kExitUsage);
        }
        out.city = std::make_unique<sim::DemoCity>(catalog, out.seed);
        out.scenarioStart = start;
        if (!parser.isSet(scenario))
            return out;
        auto loaded = sim::Scenario::load(parser.value(scenario));
        if (!loaded) {
            io.err << loaded.error().message << '\n' << loaded.error().detail << '\n';
            return int(kExitInvalid);
        }
        if (parser.isSet(scenarioAt)) {
            const auto at = parseInstant(parser.value(scenarioAt), defaultDisplayZone());
            if (!at) {
                io.err << at.error().message << ": " << at.error().detail << '\n';
                return int(kExitUsage);
            }
            out.scenarioStart = *at;
        }
        out.scenario = *loaded;
        out.city->addScenario(*out.scenario, out.scenarioStart);
        return out;
    }
};

// What simulate is to write, once its command line has been checked.
struct SimulateRequest
{
    int days = 0;
    std::int64_t from = 0;
    store::ArchiveLocation location;
};

// Checks simulate's own options; an exit code when they are missing or wrong, or when they
// point at the live archive.
std::variant<SimulateRequest, int> checkSimulateArguments(const QCommandLineParser& parser,
                                                          const QCommandLineOption& dbOption,
                                                          const QCommandLineOption& fromOption,
                                                          const QCommandLineOption& daysOption, Io io)
{
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption) || !parser.isSet(daysOption)) {
        io.err << SimText::tr("simulate needs --db DB, --from T and --days N") << '\n';
        return int(kExitUsage);
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 1 || days > 3660) {
        io.err << SimText::tr("--days must be a number from 1 to 3660") << '\n';
        return int(kExitUsage);
    }
    const auto from = parseInstant(parser.value(fromOption), defaultDisplayZone());
    if (!from) {
        io.err << from.error().message << ": " << from.error().detail << '\n';
        return int(kExitUsage);
    }
    const auto location = store::ArchiveLocation::parse(parser.value(dbOption));
    if (!location) {
        io.err << location.error().message << '\n';
        return int(kExitUsage);
    }
    if (location->kind == store::ArchiveLocation::Kind::Sqlite &&
        QFileInfo(location->path).absoluteFilePath() ==
            QFileInfo(store::ArchiveLocation::defaultSqlitePath()).absoluteFilePath()) {
        io.err << SimText::tr("That is the live archive: demo data never goes there") << '\n';
        return int(kExitInvalid);
    }
    return SimulateRequest{days, *from, *location};
}

struct SimulateCounts
{
    qint64 points = 0;
    qint64 inserted = 0;
    qint64 quarantined = 0;
};

// Writes `days` days of the city from `from` into the archive, a week per batch so memory
// stays flat; an exit code when the archive refuses.
std::variant<SimulateCounts, int> writeDemoCity(store::Archive& archive, const sim::DemoCity& city,
                                                const QString& digest, std::int64_t from, int days, Io io)
{
    std::vector<store::SeriesId> ids(city.series().size(), 0);
    for (std::size_t s = 0; s < city.series().size(); ++s) {
        const auto& series = city.series()[s];
        auto id = archive.ensureSeries(series.key, series.indicator->unit);
        if (!id) {
            io.err << id.error().toString() << '\n';
            return int(kExitFailure);
        }
        ids[s] = *id;
    }
    SimulateCounts counts;
    constexpr std::int64_t kDay = 86'400'000;
    constexpr int kDaysPerBatch = 7;
    for (int day = 0; day < days; day += kDaysPerBatch) {
        const std::int64_t a = from + std::int64_t(day) * kDay;
        const std::int64_t b = from + std::int64_t(std::min(days, day + kDaysPerBatch)) * kDay;
        store::ArchiveBatch batch;
        city.generate(a, b, [&](std::size_t s, const std::vector<store::Point>& pts) {
            const auto& series = city.series()[s];
            for (const store::Point& p : pts) {
                // Garbage from a sensor is quarantined as it would be from a real feed.
                if (!series.indicator->plausible.contains(p.v)) {
                    batch.quarantine.push_back({0, u"demo-city"_s, digest, p.t, series.key.toString(),
                                                u"out-of-range"_s,
                                                u"%1 %2 ∉ [%3, %4]"_s.arg(p.v)
                                                    .arg(series.indicator->unit)
                                                    .arg(series.indicator->plausible.low)
                                                    .arg(series.indicator->plausible.high),
                                                QString()});
                    continue;
                }
                batch.series.push_back(ids[s]);
                batch.points.push_back(p);
            }
        });
        counts.points += qint64(batch.points.size());
        auto written = archive.write(batch);
        if (!written) {
            io.err << written.error().toString() << '\n';
            return int(kExitFailure);
        }
        counts.inserted += qint64(written->inserted);
        counts.quarantined += qint64(batch.quarantine.size());
    }
    return counts;
}

// simulate's report: one JSON object with --json, else two or three lines for people.
void printSimulateReport(const SimulateRequest& request, const CityArguments::City& made,
                         const SimulateCounts& counts, double seconds, bool json, Io io)
{
    const sim::DemoCity& city = *made.city;
    const quint64 seed = made.seed;
    const std::optional<sim::Scenario>& scenario = made.scenario;
    const std::int64_t scenarioStart = made.scenarioStart;
    if (json) {
        const QJsonObject o{{u"archive"_s, request.location.toDisplayString()},
                            {u"seed"_s, qint64(seed)},
                            {u"from"_s, toIsoUtc(request.from)},
                            {u"days"_s, request.days},
                            {u"series"_s, qint64(city.series().size())},
                            {u"points"_s, counts.points},
                            {u"inserted"_s, counts.inserted},
                            {u"quarantined"_s, counts.quarantined},
                            {u"seconds"_s, seconds},
                            {u"pointsPerSecond"_s, seconds > 0 ? double(counts.points) / seconds : 0.0},
                            {u"scenario"_s, scenario ? QJsonValue(scenario->id) : QJsonValue()},
                            {u"scenarioAt"_s, scenario ? QJsonValue(toIsoUtc(scenarioStart)) : QJsonValue()}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return;
    }
    const QLocale locale;
    io.out << SimText::tr("Demo city (seed %1): %2 series, %3 points over %4 days (%5 new), %6 quarantined")
                  .arg(seed)
                  .arg(city.series().size())
                  .arg(locale.toString(counts.points))
                  .arg(request.days)
                  .arg(locale.toString(counts.inserted))
                  .arg(locale.toString(counts.quarantined))
           << '\n'
           << (scenario
                   ? SimText::tr("Scenario %1 from %2").arg(scenario->id, toIsoUtc(scenarioStart)) + u'\n'
                   : QString())
           << SimText::tr("%1 s, %2 points/s")
                  .arg(locale.toString(seconds, 'f', 2))
                  .arg(locale.toString(qint64(seconds > 0 ? double(counts.points) / seconds : 0)))
           << '\n';
}

} // namespace

int runSimulateCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimText::tr(
        "Writes the demo city (a deterministic, simulated Da Nang) into an archive of its own, as fast as "
        "the "
        "archive takes it. The same seed and range give the same data. Never into a live archive."));
    const QCommandLineOption dbOption(
        u"db"_s, SimText::tr("The demo archive: a SQLite file or postgresql://… (required)."), u"DB"_s);
    const QCommandLineOption fromOption(
        u"from"_s, SimText::tr("First instant (ISO 8601; local time if no offset)."), u"T"_s);
    const QCommandLineOption daysOption(u"days"_s, SimText::tr("How many days to write (1 to 3660)."),
                                        u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s, SimText::tr("Print one JSON object with the counts."));
    const CityArguments cityArguments;
    parser.addOptions({dbOption, fromOption, daysOption, jsonOption});
    parser.addOptions(cityArguments.options());
    if (const int code = parseCommandLine(parser, arguments, u"simulate"_s, io); code >= 0)
        return code;
    const auto checked = checkSimulateArguments(parser, dbOption, fromOption, daysOption, io);
    if (const int* code = std::get_if<int>(&checked))
        return *code;
    const auto& request = std::get<SimulateRequest>(checked);

    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog) {
        io.err << catalog.error().toString() << '\n';
        return kExitFailure;
    }
    // The city first: a bad --seed or --scenario must not touch the archive.
    auto built = cityArguments.build(parser, *catalog, request.from, io);
    if (const int* code = std::get_if<int>(&built))
        return *code;
    const auto& made = std::get<CityArguments::City>(built);
    auto archive = store::Archive::open(request.location);
    if (!archive) {
        io.err << archive.error().toString() << '\n';
        return kExitFailure;
    }
    if (auto claimed = (*archive)->claimPurpose(u"demo"_s); !claimed) {
        io.err << claimed.error().message << " (" << claimed.error().detail << ")\n";
        return kExitInvalid;
    }

    QElapsedTimer clock;
    clock.start();
    const QString digest =
        u"demo-city-seed-%1"_s.arg(made.seed) +
        (made.scenario ? u"-%1-%2"_s.arg(made.scenario->id).arg(made.scenarioStart) : QString());
    const auto written = writeDemoCity(**archive, *made.city, digest, request.from, request.days, io);
    if (const int* code = std::get_if<int>(&written))
        return *code;
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    printSimulateReport(request, made, std::get<SimulateCounts>(written), seconds, parser.isSet(jsonOption),
                        io);
    return kExitOk;
}

namespace {

// "HOST:PORT" → address and port.
std::optional<std::pair<QHostAddress, quint16>> parseEndpoint(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    const QHostAddress address(host == u"localhost"_s ? u"127.0.0.1"_s : host);
    if (address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

using Endpoint = std::pair<QHostAddress, quint16>;

// What serve is to do, once its command line has been checked.
struct ServeSettings
{
    Endpoint http;
    std::optional<Endpoint> mqtt;
    double speed = 1;
    std::int64_t start = 0;
};

// serve's own options, for checkServeArguments().
struct ServeOptions
{
    const QCommandLineOption& http;
    const QCommandLineOption& mqtt;
    const QCommandLineOption& speed;
    const QCommandLineOption& from;
    const QCommandLineOption& bindAny;
};

// Checks serve's endpoints, speed and start; an exit code when one is wrong, or when an
// endpoint leaves this machine without --bind-any.
std::variant<ServeSettings, int> checkServeArguments(const QCommandLineParser& parser,
                                                     const ServeOptions& options, Io io)
{
    const auto http =
        parseEndpoint(parser.isSet(options.http) ? parser.value(options.http) : u"127.0.0.1:1026"_s);
    if (!http) {
        io.err << SimText::tr("--http must be HOST:PORT, e.g. 127.0.0.1:1026") << '\n';
        return int(kExitUsage);
    }
    std::optional<Endpoint> mqtt;
    if (parser.isSet(options.mqtt)) {
        mqtt = parseEndpoint(parser.value(options.mqtt));
        if (!mqtt || mqtt->second == 0) {
            io.err << SimText::tr("--mqtt must be HOST:PORT, e.g. 127.0.0.1:1883") << '\n';
            return int(kExitUsage);
        }
    }
    for (const auto& endpoint : {std::optional(*http), mqtt}) {
        if (endpoint && !endpoint->first.isLoopback() && !parser.isSet(options.bindAny)) {
            io.err << SimText::tr("%1 is not a loopback address: the demo city stays on this machine unless "
                                  "--bind-any is given")
                          .arg(endpoint->first.toString())
                   << '\n';
            return int(kExitUsage);
        }
    }
    double speed = 1;
    if (parser.isSet(options.speed)) {
        bool ok = false;
        speed = parser.value(options.speed).toDouble(&ok);
        if (!ok || !(speed >= VirtualClock::kMinimumSpeed && speed <= VirtualClock::kMaximumSpeed)) {
            io.err << SimText::tr("--speed must be from 1 to 3600") << '\n';
            return int(kExitUsage);
        }
    }
    std::int64_t start = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(options.from)) {
        const auto from = parseInstant(parser.value(options.from), defaultDisplayZone());
        if (!from) {
            io.err << from.error().message << ": " << from.error().detail << '\n';
            return int(kExitUsage);
        }
        start = *from;
    }
    return ServeSettings{*http, mqtt, speed, start};
}

// MQTT: every new reading, once a second of real time. Lives as long as the event loop;
// the members are in the order serve used to declare them, so they end in the same order.
struct MqttFeed
{
    std::unique_ptr<sim::MqttPublisher> publisher;
    QTimer tick;
    std::vector<std::int64_t> published;
    std::function<void()> publishNew;

    // Connects to the broker and starts the ticks; false (after saying why) when the broker
    // cannot be reached.
    bool start(const Endpoint& broker, const sim::DemoCity& city, const VirtualClock& clock, Io io)
    {
        published.assign(city.series().size(), 0);
        publisher = std::make_unique<sim::MqttPublisher>();
        if (auto connected = publisher->connect(broker.first.toString(), broker.second,
                                                u"cityops-demo-%1"_s.arg(QCoreApplication::applicationPid()));
            !connected) {
            io.err << SimText::tr("Cannot reach the MQTT broker: %1").arg(connected.error().detail) << '\n';
            return false;
        }
        const std::int64_t now = clock.nowMs();
        for (std::size_t s = 0; s < published.size(); ++s)
            published[s] = now - city.series()[s].periodMs; // the first tick sends the latest reading
        publishNew = [this, &city, &clock] {
            const std::int64_t now = clock.nowMs();
            for (std::size_t s = 0; s < published.size(); ++s) {
                const auto& series = city.series()[s];
                for (std::int64_t t = city.next(s, published[s] + 1); t <= now; t = city.next(s, t + 1)) {
                    published[s] = t;
                    const auto v = city.valueAt(s, t);
                    if (!v)
                        continue;
                    const QJsonObject message{{u"series"_s, series.key.toString()},
                                              {u"indicator"_s, series.key.indicator},
                                              {u"place"_s, series.key.place},
                                              {u"t"_s, toIsoUtc(t)},
                                              {u"value"_s, *v},
                                              {u"unit"_s, series.indicator->unit}};
                    publisher->publish(u"cityops/demo/%1/%2/%3"_s.arg(series.indicator->group,
                                                                      series.key.indicator, series.key.place),
                                       QJsonDocument(message).toJson(QJsonDocument::Compact), true);
                }
            }
        };
        QObject::connect(&tick, &QTimer::timeout, &tick, publishNew);
        tick.start(1000);
        QTimer::singleShot(0, &tick, publishNew);
        return true;
    }
};

// serve's banner: the untranslated "listening" line for scripts, then what is served.
void printServeBanner(const ServeSettings& settings, quint16 port, quint64 seed, int entityCount, Io io)
{
    const Endpoint& http = settings.http;
    const QString base =
        u"http://%1:%2"_s
            .arg(http.first.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + http.first.toString() + u']'
                                                                        : http.first.toString())
            .arg(port);
    // The first line is for scripts and tests; untranslated.
    io.out << "listening " << base << '\n';
    io.out << SimText::tr("Demo city (seed %1) from %2 at %3×: NGSI-v2 %4/v2/entities (%5 entities), "
                          "SensorThings %4/v1.1")
                  .arg(seed)
                  .arg(toIsoUtc(settings.start))
                  .arg(settings.speed)
                  .arg(base)
                  .arg(entityCount)
           << '\n';
    if (settings.mqtt)
        io.out << SimText::tr("MQTT: publishing to %1:%2 under cityops/demo/…")
                      .arg(settings.mqtt->first.toString())
                      .arg(settings.mqtt->second)
               << '\n';
    io.out.flush();
}

} // namespace

int runServeCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimText::tr(
        "Runs the demo city live and serves it the way a city does: an NGSI-v2 API compatible with FIWARE "
        "Orion (/v2/entities), an OGC SensorThings API (/v1.1), and MQTT messages when --mqtt is given. "
        "Binds to loopback only, unless --bind-any. Stops cleanly on SIGTERM or Ctrl+C."));
    const QCommandLineOption httpOption(
        u"http"_s, SimText::tr("Where to serve HTTP (default 127.0.0.1:1026; port 0: any free port)."),
        u"HOST:PORT"_s);
    const QCommandLineOption mqttOption(u"mqtt"_s, SimText::tr("Publish every reading to this MQTT broker."),
                                        u"HOST:PORT"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, SimText::tr("How fast the city's clock runs (1 to 3600, default 1)."), u"X"_s);
    const QCommandLineOption fromOption(u"from"_s,
                                        SimText::tr("Where the city's clock starts (default: now)."), u"T"_s);
    const QCommandLineOption bindAnyOption(u"bind-any"_s,
                                           SimText::tr("Allow addresses other than loopback."));
    const CityArguments cityArguments;
    parser.addOptions({httpOption, mqttOption, speedOption, fromOption, bindAnyOption});
    parser.addOptions(cityArguments.options());
    if (const int code = parseCommandLine(parser, arguments, u"serve"_s, io); code >= 0)
        return code;
    const auto checked =
        checkServeArguments(parser, {httpOption, mqttOption, speedOption, fromOption, bindAnyOption}, io);
    if (const int* code = std::get_if<int>(&checked))
        return *code;
    const auto& settings = std::get<ServeSettings>(checked);
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog) {
        io.err << catalog.error().toString() << '\n';
        return kExitFailure;
    }
    auto built = cityArguments.build(parser, *catalog, settings.start, io);
    if (const int* code = std::get_if<int>(&built))
        return *code;
    const auto& made = std::get<CityArguments::City>(built);
    const sim::DemoCity& city = *made.city;
    VirtualClock clock(settings.start, settings.speed);
    sim::DemoFeedServer server(*catalog, city, clock);
    const auto port = server.listen(settings.http.first, settings.http.second);
    if (!port) {
        io.err << SimText::tr("Cannot listen on %1").arg(port.error().detail) << '\n';
        return kExitFailure;
    }
    MqttFeed mqtt;
    if (settings.mqtt && !mqtt.start(*settings.mqtt, city, clock, io))
        return kExitFailure;

    const StopSignals stop([] { QCoreApplication::quit(); });
    if (!stop.ok()) {
        io.err << "pipe() failed\n";
        return kExitFailure;
    }

    printServeBanner(settings, *port, made.seed, server.entityCount(), io);
    const int code = QCoreApplication::exec();
    io.out << SimText::tr("Stopped.") << '\n';
    return code == 0 ? kExitOk : kExitFailure;
}

} // namespace cityops::cli
