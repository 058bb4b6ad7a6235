#include "app/cli/feedscommands.h"

#include "core/common/timeutil.h"
#include "core/feeds/http/ngsiv2fetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Messages a person reads; lupdate files them under "cityops::cli::feeds".
struct FeedsText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::feeds)
};

QString line(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// One NDJSON line per observation it would ingest, one per item it would quarantine.
void printItems(const feeds::FeedItems& items, Io io)
{
    for (const feeds::FeedObservation& o : items.observations) {
        io.out << line({{u"entity"_s, o.entity},
                        {u"type"_s, o.type},
                        {u"attribute"_s, o.attribute},
                        {u"series"_s, QJsonValue()}, // (a feed config maps it: not read yet)
                        {u"time"_s, toIsoUtc(o.time)},
                        {u"value"_s, o.value},
                        {u"unit"_s, o.unitCode.isEmpty() ? QJsonValue() : QJsonValue(o.unitCode)}})
               << '\n';
    }
    for (const feeds::FeedRejection& r : items.rejected) {
        io.out << line({{u"entity"_s, r.entity},
                        {u"type"_s, r.type},
                        {u"attribute"_s, r.attribute.isEmpty() ? QJsonValue() : QJsonValue(r.attribute)},
                        {u"quarantined"_s, r.reason}})
               << '\n';
    }
}

int runProbe(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FeedsText::tr(
        "Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per "
        "observation it would ingest ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", "
        "\"unit\"}) and one per item it would quarantine, with the reason. How an operator tries a new feed "
        "before configuring it. Protocols: ngsi-v2 (ngsi-ld and sensorthings are not built yet)."));
    parser.addPositionalArgument(u"protocol"_s, FeedsText::tr("ngsi-v2"));
    parser.addPositionalArgument(u"url"_s, FeedsText::tr("The broker, e.g. http://127.0.0.1:1026"));
    const QCommandLineOption type(u"type"_s, FeedsText::tr("Only entities of this type."), u"T"_s);
    const QCommandLineOption service(u"service"_s, FeedsText::tr("The tenant (Fiware-Service)."), u"S"_s);
    const QCommandLineOption servicePath(u"service-path"_s,
                                         FeedsText::tr("The service path (Fiware-ServicePath)."), u"P"_s);
    const QCommandLineOption zone(
        u"zone"_s, FeedsText::tr("The time zone of dates sent without one (default UTC+07:00)."), u"ZONE"_s);
    parser.addOptions({type, service, servicePath, zone});
    if (const int code = parseCommandLine(parser, arguments, u"feeds probe"_s, io); code >= 0)
        return code;
    const QStringList given = parser.positionalArguments();
    if (given.size() != 2) {
        io.err << FeedsText::tr("Usage: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] "
                                "[--service-path P]")
               << '\n';
        return kExitUsage;
    }
    if (given[0] != u"ngsi-v2"_s) {
        io.err << FeedsText::tr("Protocol %1 is not supported yet (ngsi-v2 is)").arg(given[0]) << '\n';
        return kExitInvalid;
    }
    const QUrl url(given[1]);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        io.err << FeedsText::tr("Not an http(s) URL: %1").arg(given[1]) << '\n';
        return kExitInvalid;
    }
    feeds::NgsiV2Query query{url, parser.value(type), parser.value(service), parser.value(servicePath)};
    if (const int page = qEnvironmentVariableIntValue("CITYOPS_FEEDS_PAGE_SIZE"); page > 0)
        query.pageSize = page; // (tests page through a small city)
    feeds::NgsiOptions options;
    if (parser.isSet(zone)) {
        options.zoneIfNoOffset = QTimeZone(parser.value(zone).toUtf8());
        if (!options.zoneIfNoOffset.isValid()) {
            io.err << FeedsText::tr("Unknown time zone: %1").arg(parser.value(zone)) << '\n';
            return kExitInvalid;
        }
    }
    const auto fetched = feeds::fetchNgsiV2(query, options);
    if (!fetched) {
        io.err << fetched.error().toString() << '\n';
        return kExitFailure;
    }
    printItems(fetched->items, io);
    io.err << FeedsText::tr("%n observation(s), %1 quarantined, from %2 page(s)", nullptr,
                            int(fetched->items.observations.size()))
                  .arg(fetched->items.rejected.size())
                  .arg(fetched->pages)
           << '\n';
    return kExitOk;
}

} // namespace

int runFeedsCommand(const QStringList& arguments, Io io)
{
    const QString action = arguments.value(1);
    if (action == u"probe"_s)
        return runProbe(arguments.mid(1), io);
    if (action == u"--help"_s || action == u"-h"_s || action.isEmpty()) {
        (action.isEmpty() ? io.err : io.out)
            << FeedsText::tr("Usage: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] "
                             "[--service-path P]\n\nReads a live feed. Built so far: probe (NGSI-v2); "
                             "check and run come next.")
            << '\n';
        return action.isEmpty() ? kExitUsage : kExitOk;
    }
    io.err << FeedsText::tr("Unknown feeds action %1 (feeds --help)").arg(action) << '\n';
    return kExitUsage;
}

} // namespace cityops::cli
