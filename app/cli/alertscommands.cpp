#include "app/cli/alertscommands.h"

#include "app/cli/alertsoutput.h"
#include "app/cli/archiveoptions.h"
#include "core/alerts/alarmlog.h"
#include "core/alerts/archivealarms.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/statservices.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/warnings/replay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

struct Options
{
    QCommandLineOption from{u"from"_s, AlertsText::tr("First instant, included."), u"T"_s};
    QCommandLineOption to{u"to"_s, AlertsText::tr("End instant, excluded."), u"T"_s};
    QCommandLineOption dryRun{u"dry-run"_s, AlertsText::tr("Print the alarms without recording them.")};
    QCommandLineOption format{u"format"_s, AlertsText::tr("Output: json (list: or text)."), u"F"_s};
    QCommandLineOption state{
        u"state"_s, AlertsText::tr("list: unacknowledged, acknowledged, rtn-unacknowledged, shelved or all."),
        u"STATE"_s};
    QCommandLineOption user{u"user"_s, AlertsText::tr("Who acknowledges or shelves."), u"NAME"_s};
    QCommandLineOption comment{u"comment"_s, AlertsText::tr("The acknowledgement's comment."), u"TEXT"_s};
    QCommandLineOption reason{u"reason"_s, AlertsText::tr("Why the alarm is shelved."), u"TEXT"_s};
    QCommandLineOption forOption{u"for"_s, AlertsText::tr("How long it stays shelved (up to 24h)."),
                                 u"DURATION"_s};
    QCommandLineOption place{u"place"_s, AlertsText::tr("out-of-service, in-service: the place (a station)."),
                             u"PLACE"_s};
    QCommandLineOption rule{
        u"rule"_s, AlertsText::tr("out-of-service, in-service: only this rule at the place."), u"RULE"_s};
};

// out-of-service, in-service: a place of the catalog or of the archive, a rule of the catalog.
Result<void> checkServiceTarget(const Catalog* catalog, const QString& place, const QString& rule,
                                store::Archive& archive)
{
    if (!rule.isEmpty() && !catalog->warningRule(rule))
        return Error{ErrorCode::InvalidArgument, AlertsText::tr("No such rule (catalog --json lists them)"),
                     rule};
    if (catalog->station(place) || catalog->area(place))
        return {};
    store::ArchiveReader reader(archive);
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    for (const store::SeriesInfo& info : *listed) {
        if (info.key.place == place)
            return {};
    }
    return Error{ErrorCode::InvalidArgument, AlertsText::tr("No such place in the catalog or the archive"),
                 place};
}

// out-of-service (without --place: what is out of service now), in-service.
int runService(const QString& action, const QCommandLineParser& parser, const Options& o, Io io)
{
    auto archive = openArchive(parser, true);
    if (!archive)
        return fail(io, archive.error(), kExitFailure);
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog)
        return fail(io, catalog.error(), kExitFailure);
    // (Back in service, an alarm whose superseding alarm is still on stays suppressed.)
    alerts::AlarmLog log(**archive, alerts::suppressionOf(*catalog));
    const QString place = parser.value(o.place);
    if (action == u"out-of-service"_s && !parser.isSet(o.place))
        return printOutOfService(log.outOfService(), io);
    if (place.isEmpty())
        return fail(io,
                    Error{ErrorCode::InvalidArgument, AlertsText::tr("--place names the place"), QString()},
                    kExitUsage);
    if (auto known = checkServiceTarget(&*catalog, place, parser.value(o.rule), **archive); !known)
        return fail(io, known.error(),
                    known.error().code == ErrorCode::InvalidArgument ? kExitInvalid : kExitFailure);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (action == u"out-of-service"_s)
        return printServiceChange(log.takeOutOfService(place, parser.value(o.rule), parser.value(o.user),
                                                       parser.value(o.reason), now),
                                  io);
    return printServiceChange(
        log.returnToService(place, parser.value(o.rule), parser.value(o.user), parser.value(o.comment), now),
        io);
}

// Replays the archive through every rule; without --dry-run, records what it raised.
int runEvaluate(const QCommandLineParser& parser, const Options& o, Io io)
{
    auto from = instantOption(parser, o.from);
    auto to = instantOption(parser, o.to);
    if (!from || !to)
        return fail(io, from ? to.error() : from.error(), kExitUsage);
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog)
        return fail(io, catalog.error(), kExitFailure);
    const bool dryRun = parser.isSet(o.dryRun);
    auto archive = openArchive(parser, !dryRun); // recording may add the alarm tables
    if (!archive)
        return fail(io, archive.error(), kExitFailure);
    if (*from && *to && **from >= **to)
        return fail(
            io, Error{ErrorCode::InvalidArgument, AlertsText::tr("--from must be before --to"), QString()},
            kExitInvalid);
    auto evaluated = alerts::evaluateArchive(*catalog, **archive, *from, *to, !dryRun,
                                             QDateTime::currentMSecsSinceEpoch());
    if (!evaluated)
        return fail(io, evaluated.error(), kExitFailure);
    if (evaluated->recorded)
        io.err << AlertsText::tr("%1 new alarm(s) recorded, %2 brought up to date")
                      .arg(evaluated->recorded->added)
                      .arg(evaluated->recorded->updated)
               << '\n';
    QJsonArray list;
    for (const warnings::ReplayedAlarm& alarm : evaluated->alarms)
        list.append(replayedJson(alarm));
    io.out << QJsonDocument(QJsonObject{{u"alerts"_s, list}}).toJson(QJsonDocument::Indented);
    return kExitOk;
}

// list, ack, shelve, history, health: on the alarms an archive holds.
int runLifecycle(const QString& action, const QStringList& ids, const QCommandLineParser& parser,
                 const Options& o, Io io)
{
    if (action != u"list"_s && action != u"health"_s && ids.size() != 1)
        return fail(io,
                    Error{ErrorCode::InvalidArgument,
                          AlertsText::tr("alerts %1 takes one alarm id").arg(action), QString()},
                    kExitUsage);
    std::int64_t forMs = 0;
    if (action == u"shelve"_s) {
        const auto d = parseStatDuration(parser.value(o.forOption));
        if (!parser.isSet(o.forOption) || !d)
            return fail(io,
                        Error{ErrorCode::InvalidArgument, AlertsText::tr("--for must be a duration like 2h"),
                              parser.value(o.forOption)},
                        kExitInvalid);
        forMs = *d;
    }
    // Reading needs the alarm tables; acknowledging and shelving write, so they may add them.
    auto archive = openArchive(parser, action == u"ack"_s || action == u"shelve"_s);
    if (!archive)
        return fail(io, archive.error(), kExitFailure);
    alerts::AlarmLog log(**archive);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (action == u"list"_s)
        return printList(log, parser.value(o.state), parser.value(o.format) == u"text"_s, io);
    if (action == u"history"_s)
        return printHistory(log, ids.front(), io);
    if (action == u"health"_s) {
        auto from = instantOption(parser, o.from);
        auto to = instantOption(parser, o.to);
        if (!from || !to)
            return fail(io, from ? to.error() : from.error(), kExitUsage);
        return printHealth(log, *from, *to, io);
    }
    if (action == u"ack"_s)
        return printChanged(log.acknowledge(ids.front(), parser.value(o.user), parser.value(o.comment), now),
                            io);
    return printChanged(log.shelve(ids.front(), parser.value(o.user), parser.value(o.reason), forMs, now),
                        io);
}

} // namespace

int runAlertsCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AlertsText::tr(
        "The early-warning rules of the catalog and the alarms of an archive.\n"
        "  alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json\n"
        "      replays the archive through every rule, prints the alarms and records them\n"
        "  alerts list --db DB [--state STATE|all] [--format json|text]\n"
        "  alerts ack --db DB ID --user NAME --comment TEXT\n"
        "  alerts shelve --db DB ID --user NAME --reason TEXT --for 2h\n"
        "  alerts history --db DB ID\n"
        "  alerts health --db DB [--from T] [--to T] --format json\n"
        "      the alarm system against the ISA-18.2 targets (rate, floods, chattering, …)\n"
        "Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); without --from and --to,\n"
        "the whole archive."));
    parser.addPositionalArgument(
        u"action"_s,
        AlertsText::tr("evaluate, list, ack, shelve, history, health, out-of-service or in-service"),
        u"ACTION [ID]"_s);
    const Options o;
    parser.addOptions({dbOption(), o.from, o.to, o.dryRun, o.format, o.state, o.user, o.comment, o.reason,
                       o.forOption, o.place, o.rule, langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"alerts"_s, io); code >= 0)
        return code;
    QStringList positional = parser.positionalArguments();
    const QStringList actions = {u"evaluate"_s,       u"list"_s,      u"ack"_s,
                                 u"shelve"_s,         u"history"_s,   u"health"_s,
                                 u"out-of-service"_s, u"in-service"_s};
    if (positional.isEmpty() || !actions.contains(positional.front()))
        return fail(io,
                    Error{ErrorCode::InvalidArgument,
                          AlertsText::tr("alerts needs an action: evaluate, list, ack, shelve, history, "
                                         "health, out-of-service or in-service ('alerts --help')"),
                          QString()},
                    kExitUsage);
    const QString action = positional.takeFirst();
    const QString format = parser.value(o.format);
    if (!format.isEmpty() && format != u"json"_s && !(action == u"list"_s && format == u"text"_s))
        return fail(io,
                    Error{ErrorCode::InvalidArgument, AlertsText::tr("--format must be json (list: or text)"),
                          format},
                    kExitUsage);
    if (action == u"evaluate"_s)
        return positional.isEmpty()
                   ? runEvaluate(parser, o, io)
                   : fail(io,
                          Error{ErrorCode::InvalidArgument,
                                AlertsText::tr("alerts evaluate takes no alarm id"), QString()},
                          kExitUsage);
    if (action == u"out-of-service"_s || action == u"in-service"_s)
        return positional.isEmpty()
                   ? runService(action, parser, o, io)
                   : fail(io,
                          Error{ErrorCode::InvalidArgument,
                                AlertsText::tr("alerts %1 takes --place, not an alarm id").arg(action),
                                QString()},
                          kExitUsage);
    return runLifecycle(action, positional, parser, o, io);
}

} // namespace cityops::cli
