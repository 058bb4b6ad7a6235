#include "app/cli/feedscommands.h"

#include "app/cli/archiveoptions.h"
#include "app/cli/feedsrun.h"
#include "core/catalog/catalogloader.h"
#include "core/common/civiltime.h"
#include "core/feeds/config/credentials.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/config/feedmapper.h"
#include "core/feeds/feedpoll.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Messages a person reads; lupdate files them under "cityops::cli::feeds".
struct FeedsText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::feeds)
};

std::shared_ptr<const Catalog> builtInCatalog(Io io)
{
    auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog) {
        printError(io, catalog.error());
        return nullptr;
    }
    return std::make_shared<const Catalog>(std::move(*catalog));
}

// One NDJSON line per observation it would ingest, one per item it would quarantine.
void printItems(const feeds::FeedItems& items, const feeds::FeedMapper* mapper, Io io)
{
    for (const feeds::FeedObservation& o : items.observations) {
        const feeds::FeedMapping m = mapper ? mapper->map(o) : feeds::FeedMapping{};
        if (m.kind == feeds::FeedMapping::Kind::Quarantined) {
            io.out << jsonLine({{u"entity"_s, o.entity},
                                {u"type"_s, o.type},
                                {u"attribute"_s, o.attribute},
                                {u"quarantined"_s, m.detail},
                                {u"reason"_s, m.reason}})
                   << '\n';
            continue;
        }
        io.out << jsonLine(feeds::probeLine(o, &m)) << '\n';
    }
    for (const feeds::FeedRejection& r : items.rejected) {
        io.out << jsonLine({{u"entity"_s, r.entity},
                            {u"type"_s, r.type},
                            {u"attribute"_s, r.attribute.isEmpty() ? QJsonValue() : QJsonValue(r.attribute)},
                            {u"quarantined"_s, r.reason},
                            {u"reason"_s, u"unreadable-item"_s}})
               << '\n';
    }
}

QString sameUrl(const QUrl& u)
{
    QString s = u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    return s;
}

// The feed of the config that `probe` reads: the one at this URL, else the only one of
// this protocol.
using FeedConfigPointer = const feeds::FeedConfig*; // (lupdate misreads a qualified return type)

FeedConfigPointer probedFeed(const feeds::FeedsConfig& config, feeds::FeedProtocol protocol, const QUrl& url,
                             Io io)
{
    const feeds::FeedConfig* only = nullptr;
    int ofProtocol = 0;
    for (const feeds::FeedConfig& f : config.feeds) {
        if (f.protocol != protocol)
            continue;
        if (sameUrl(f.url) == sameUrl(url))
            return &f;
        ++ofProtocol;
        only = &f;
    }
    if (ofProtocol == 1)
        return only;
    io.err << FeedsText::tr("%1 has no %2 feed at %3, and not exactly one %2 feed to use instead")
                  .arg(config.name, feeds::feedProtocolName(protocol), url.toString())
           << '\n';
    return nullptr;
}

struct ProbeRequest
{
    feeds::FeedConfig feed;
    std::optional<feeds::FeedsConfig> config;
    std::shared_ptr<const Catalog> catalog;
};

// The feed to probe: from the config when given, the command line's options over it.
std::variant<ProbeRequest, int> probeRequest(const QCommandLineParser& parser, const QStringList& given,
                                             const QList<QCommandLineOption>& o, Io io)
{
    ProbeRequest r;
    if (given[0] == u"ngsi-v2"_s)
        r.feed.protocol = feeds::FeedProtocol::NgsiV2;
    else if (given[0] == u"ngsi-ld"_s)
        r.feed.protocol = feeds::FeedProtocol::NgsiLd;
    else if (given[0] == u"sensorthings"_s)
        r.feed.protocol = feeds::FeedProtocol::SensorThings;
    else {
        io.err << FeedsText::tr("Unknown protocol %1 (ngsi-v2, ngsi-ld or sensorthings)").arg(given[0])
               << '\n';
        return kExitInvalid;
    }
    const QUrl url(given[1]);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        io.err << FeedsText::tr("Not an http(s) URL: %1").arg(given[1]) << '\n';
        return kExitInvalid;
    }
    if (parser.isSet(o[3])) {
        r.catalog = builtInCatalog(io);
        if (!r.catalog)
            return kExitFailure;
        auto config = feeds::FeedsConfig::load(parser.value(o[3]), *r.catalog);
        if (!config) {
            printError(io, config.error());
            return kExitInvalid;
        }
        r.config = std::move(*config);
        const feeds::FeedConfig* feed = probedFeed(*r.config, r.feed.protocol, url, io);
        if (!feed)
            return kExitInvalid;
        r.feed = *feed;
    }
    r.feed.url = url;
    if (parser.isSet(o[0]))
        r.feed.type = parser.value(o[0]);
    if (parser.isSet(o[1]))
        r.feed.service = parser.value(o[1]);
    if (parser.isSet(o[2]))
        r.feed.servicePath = parser.value(o[2]);
    if (parser.isSet(o[4])) {
        r.feed.zone = timeZoneNamed(parser.value(o[4]));
        if (!r.feed.zone.isValid()) {
            io.err << FeedsText::tr("Unknown time zone: %1").arg(parser.value(o[4])) << '\n';
            return kExitInvalid;
        }
    }
    if (const int page = qEnvironmentVariableIntValue("CITYOPS_FEEDS_PAGE_SIZE"); page > 0)
        r.feed.pageSize = page; // (tests page through a small city)
    return r;
}

int runProbe(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FeedsText::tr(
        "Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per "
        "observation it would ingest ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", "
        "\"unit\"}) and one per item it would quarantine, with the reason. How an operator tries a new feed "
        "before configuring it; with --config, \"series\" says where the feeds file maps each one."));
    parser.addPositionalArgument(u"protocol"_s, FeedsText::tr("ngsi-v2, ngsi-ld or sensorthings"));
    parser.addPositionalArgument(
        u"url"_s,
        FeedsText::tr("The broker (http://127.0.0.1:1026) or the SensorThings service root or collection"));
    const QList<QCommandLineOption> o{
        {u"type"_s, FeedsText::tr("Only entities of this type (NGSI)."), u"T"_s},
        {u"service"_s, FeedsText::tr("The tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant)."), u"S"_s},
        {u"service-path"_s, FeedsText::tr("The service path (Fiware-ServicePath)."), u"P"_s},
        {u"config"_s, FeedsText::tr("A feeds file: its feed at this URL maps what is read to series."),
         u"FILE"_s},
        {u"zone"_s, FeedsText::tr("The time zone of dates sent without one (default UTC+07:00)."),
         u"ZONE"_s}};
    parser.addOptions(o);
    if (const int code = parseCommandLine(parser, arguments, u"feeds probe"_s, io); code >= 0)
        return code;
    const QStringList given = parser.positionalArguments();
    if (given.size() != 2) {
        io.err
            << FeedsText::tr(
                   "Usage: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] "
                   "[--service-path P] [--config FILE]")
            << '\n';
        return kExitUsage;
    }
    auto request = probeRequest(parser, given, o, io);
    if (const int* code = std::get_if<int>(&request))
        return *code;
    const auto& r = std::get<ProbeRequest>(request);
    const auto fetched = feeds::fetchFeed(r.feed);
    if (!fetched) {
        io.err << fetched.error().toString() << '\n';
        return kExitFailure;
    }
    std::optional<feeds::FeedMapper> mapper;
    if (r.catalog)
        mapper.emplace(r.feed, *r.catalog);
    printItems(fetched->items, mapper ? &*mapper : nullptr, io);
    io.err << FeedsText::tr("%n observation(s), %1 quarantined, from %2 page(s)", nullptr,
                            int(fetched->items.observations.size()))
                  .arg(fetched->items.rejected.size())
                  .arg(fetched->pages)
           << '\n';
    return kExitOk;
}

int runCheck(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FeedsText::tr("Validates a feeds file against the catalog: every "
                                                   "problem on a line of its own, as FILE: JSON-POINTER: "
                                                   "REASON. Exit 0 when it is valid, 2 when it is not."));
    const QCommandLineOption config(u"config"_s, FeedsText::tr("The feeds file."), u"FILE"_s);
    parser.addOption(config);
    if (const int code = parseCommandLine(parser, arguments, u"feeds check"_s, io); code >= 0)
        return code;
    if (!parser.isSet(config) || !parser.positionalArguments().isEmpty()) {
        io.err << FeedsText::tr("Usage: cityops-cli feeds check --config FILE") << '\n';
        return kExitUsage;
    }
    const auto catalog = builtInCatalog(io);
    if (!catalog)
        return kExitFailure;
    const auto loaded = feeds::FeedsConfig::load(parser.value(config), *catalog);
    if (!loaded) {
        io.out << loaded.error().detail << '\n';
        return loaded.error().code == ErrorCode::Io ? kExitFailure : kExitInvalid;
    }
    io.err << FeedsText::tr("%1: valid, %n feed(s)", nullptr, int(loaded->feeds.size()))
                  .arg(parser.value(config))
           << '\n';
    return kExitOk;
}

// Stores a feed's secret in the system keychain, read from standard input (never from the
// command line, where other users' `ps` would see it).
int runSecret(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        FeedsText::tr("Stores a feed's secret (an API key, a token, a password) in the system keychain under "
                      "ENTRY, reading it from standard input; the feeds file names the entry in its "
                      "\"credential\": {\"keychain\": ENTRY}."));
    parser.addPositionalArgument(u"entry"_s, FeedsText::tr("The keychain entry, e.g. orion-danang"));
    if (const int code = parseCommandLine(parser, arguments, u"feeds secret"_s, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << FeedsText::tr("Usage: cityops-cli feeds secret ENTRY < secret-file") << '\n';
        return kExitUsage;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return kExitFailure;
    QByteArray secret = in.readLine(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        io.err << FeedsText::tr("No secret on standard input") << '\n';
        return kExitInvalid;
    }
    if (auto stored = feeds::storeSecret(parser.positionalArguments().constFirst(), secret); !stored) {
        printError(io, stored.error());
        return kExitFailure;
    }
    io.err << FeedsText::tr("Stored in the keychain as %1.").arg(parser.positionalArguments().constFirst())
           << '\n';
    return kExitOk;
}

} // namespace

int runFeedsCommand(const QStringList& arguments, Io io)
{
    const QString action = arguments.value(1);
    if (action == u"probe"_s)
        return runProbe(arguments.mid(1), io);
    if (action == u"check"_s)
        return runCheck(arguments.mid(1), io);
    if (action == u"run"_s)
        return runFeedsRun(arguments.mid(1), io);
    if (action == u"secret"_s)
        return runSecret(arguments.mid(1), io);
    if (action == u"--help"_s || action == u"-h"_s || action.isEmpty()) {
        (action.isEmpty() ? io.err : io.out)
            << FeedsText::tr(
                   "Usage:\n"
                   "  cityops-cli feeds check --config FILE\n"
                   "  cityops-cli feeds run --config FILE --db DB [--once]\n"
                   "  cityops-cli feeds secret ENTRY < secret-file\n"
                   "  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] "
                   "[--service-path P] [--config FILE]\n\n"
                   "Reads the city's live feeds: check validates a feeds file, run collects (--once: one "
                   "poll of every feed, then a JSON summary), probe shows what a feed would give.")
            << '\n';
        return action.isEmpty() ? kExitUsage : kExitOk;
    }
    io.err << FeedsText::tr("Unknown feeds action %1 (feeds --help)").arg(action) << '\n';
    return kExitUsage;
}

} // namespace cityops::cli
