#include "app/cli/alertscommands.h"

#include "app/cli/archiveoptions.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/warnings/replay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Messages a person reads; lupdate files them under "cityops::cli::alerts".
struct AlertsText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::alerts)
};

int fail(Io io, const Error& e, int code)
{
    io.err << u"cityops-cli alerts: "_s << e.message;
    if (!e.detail.isEmpty())
        io.err << u" ("_s << e.detail << u')';
    io.err << '\n';
    return code;
}

QJsonObject alarmJson(const warnings::ReplayedAlarm& a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"rule"_s, a.rule},
                       {u"place"_s, a.place},
                       {u"severity"_s, warnings::severityCode(a.severity)},
                       {u"firedAt"_s, localTime(a.firedAt)},
                       {u"resolvedAt"_s, a.resolvedAt ? QJsonValue(localTime(*a.resolvedAt)) : QJsonValue()},
                       // (to 10 significant digits: a rate of 0.61 m/h, not 0.6100000000000001)
                       {u"peakValue"_s, QString::number(a.peakValue, 'g', 10).toDouble()},
                       {u"message"_s, a.messageVi},
                       {u"messageEn"_s, a.messageEn}};
}

// The archive's extent: from its first reading to just after its last.
Result<std::pair<std::int64_t, std::int64_t>> extentOf(store::SeriesReader& reader)
{
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (const store::SeriesInfo& info : *listed) {
        if (info.count > 0) {
            first = std::min(first, info.first);
            last = std::max(last, info.last);
        }
    }
    return first <= last ? std::make_pair(first, last + 1) : std::make_pair(std::int64_t(0), std::int64_t(0));
}

int runEvaluate(const Catalog& catalog, const QCommandLineParser& parser,
                const QCommandLineOption& fromOption, const QCommandLineOption& toOption, Io io)
{
    auto from = instantOption(parser, fromOption);
    auto to = instantOption(parser, toOption);
    if (!from || !to)
        return fail(io, from ? to.error() : from.error(), kExitUsage);
    auto archive = openArchive(parser, false);
    if (!archive)
        return fail(io, archive.error(), kExitFailure);
    store::ArchiveReader reader(**archive);
    auto extent = extentOf(reader);
    if (!extent)
        return fail(io, extent.error(), kExitFailure);
    const std::int64_t a = from->value_or(extent->first);
    const std::int64_t b = to->value_or(extent->second);
    if (a >= b && (*from || *to))
        return fail(
            io, Error{ErrorCode::InvalidArgument, AlertsText::tr("--from must be before --to"), QString()},
            kExitInvalid);
    auto alarms = warnings::replay(catalog, reader, a, b);
    if (!alarms)
        return fail(io, alarms.error(), kExitFailure);
    QJsonArray list;
    for (const warnings::ReplayedAlarm& alarm : *alarms)
        list.append(alarmJson(alarm));
    io.out << QJsonDocument(QJsonObject{{u"alerts"_s, list}}).toJson(QJsonDocument::Indented);
    return kExitOk;
}

} // namespace

int runAlertsCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AlertsText::tr(
        "The early-warning rules of the catalog, on the archive.\n"
        "  alerts evaluate --db DB [--from T] [--to T] --dry-run --format json\n"
        "      replays the archive through every rule and prints the alarms it raises\n"
        "      (recording them in the archive is not built yet: --dry-run is required)\n"
        "Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); without --from and --to,\n"
        "the whole archive."));
    parser.addPositionalArgument(u"action"_s, AlertsText::tr("evaluate"), u"evaluate"_s);
    const QCommandLineOption from{u"from"_s, AlertsText::tr("First instant, included."), u"T"_s};
    const QCommandLineOption to{u"to"_s, AlertsText::tr("End instant, excluded."), u"T"_s};
    const QCommandLineOption dryRun{u"dry-run"_s, AlertsText::tr("Print the alarms without recording them.")};
    const QCommandLineOption format{u"format"_s, AlertsText::tr("Output: json."), u"F"_s};
    parser.addOptions({dbOption(), from, to, dryRun, format, langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"alerts"_s, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.front() != u"evaluate"_s)
        return fail(io,
                    Error{ErrorCode::InvalidArgument,
                          AlertsText::tr("alerts needs an action: evaluate ('alerts --help')"), QString()},
                    kExitUsage);
    if (parser.isSet(format) && parser.value(format) != u"json"_s)
        return fail(io, Error{ErrorCode::InvalidArgument, AlertsText::tr("--format must be json"), QString()},
                    kExitUsage);
    if (!parser.isSet(dryRun))
        return fail(io,
                    Error{ErrorCode::InvalidArgument,
                          AlertsText::tr("recording alarms in the archive is not built yet: add --dry-run"),
                          QString()},
                    kExitInvalid);
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog)
        return fail(io, catalog.error(), kExitFailure);
    return runEvaluate(*catalog, parser, from, to, io);
}

} // namespace cityops::cli
