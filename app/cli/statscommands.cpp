#include "app/cli/statscommands.h"

#include "app/cli/archiveoptions.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/stats/statsengine.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Messages a person reads; lupdate files them under "cityops::cli::stats".
struct StatsText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::stats)
};

bool english()
{
    return QLocale().language() == QLocale::English;
}

// One line on standard error: what was wrong, and the value it was wrong about.
int fail(Io io, const Error& e, int code)
{
    io.err << u"cityops-cli stats: "_s << e.message;
    if (!e.detail.isEmpty())
        io.err << u" ("_s << e.detail << u')';
    io.err << '\n';
    return code;
}

int usageError(Io io, const QString& message)
{
    return fail(io, Error{ErrorCode::InvalidArgument, message, QString()}, kExitUsage);
}

// Bad input (an unknown service or kind, a parameter out of range, a series not in the
// archive) exits 2; the archive failing exits 1.
int exitFor(const Error& e)
{
    switch (e.code) {
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        return kExitFailure;
    default:
        return kExitInvalid;
    }
}

QJsonObject serviceJson(const StatService& service, const stats::StatResult& result)
{
    QJsonObject o{{u"id"_s, service.id},
                  {u"group"_s, service.group},
                  {u"name"_s, QJsonObject{{u"vi"_s, service.name.vi}, {u"en"_s, service.name.en}}}};
    const QJsonObject r = result.toJson();
    for (auto it = r.begin(); it != r.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void print(Io io, const QJsonObject& o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// ---- stats list

int listServices(const Catalog& catalog, bool json, Io io)
{
    if (json) {
        QJsonArray services;
        for (const StatService& s : catalog.statServices)
            services.append(QJsonObject{{u"id"_s, s.id},
                                        {u"group"_s, s.group},
                                        {u"kind"_s, s.kind},
                                        {u"nameVi"_s, s.name.vi},
                                        {u"nameEn"_s, s.name.en},
                                        {u"indicators"_s, QJsonArray::fromStringList(s.indicators)}});
        print(io, QJsonObject{{u"count"_s, services.size()}, {u"services"_s, services}});
        return kExitOk;
    }
    const Language language = english() ? Language::English : Language::Vietnamese;
    io.out << StatsText::tr("%n statistics service(s)", nullptr, int(catalog.statServices.size())) << '\n';
    qsizetype idWidth = 0;
    for (const StatService& s : catalog.statServices)
        idWidth = std::max(idWidth, s.id.size());
    for (const StatService& s : catalog.statServices)
        io.out << u"%1  %2  %3  %4\n"_s.arg(s.id, -int(idWidth))
                      .arg(s.group, -16)
                      .arg(s.kind, -12)
                      .arg(s.name.in(language));
    return kExitOk;
}

// ---- stats run

struct RunOptions
{
    QCommandLineOption service{u"service"_s, StatsText::tr("Run the catalog's service ID."), u"ID"_s};
    QCommandLineOption all{u"all"_s, StatsText::tr("Run every service of the catalog (JSON only).")};
    QCommandLineOption kind{u"kind"_s, StatsText::tr("Run a kind ad hoc: aggregate, change, rolling, …"),
                            u"KIND"_s};
    QCommandLineOption series{
        u"series"_s,
        StatsText::tr("A series of the ad hoc run, as INDICATOR@PLACE (twice for a correlation)."),
        u"SERIES"_s};
    QCommandLineOption from{
        u"from"_s, StatsText::tr("First instant, included (ISO 8601; local time if no offset)."), u"T"_s};
    QCommandLineOption to{u"to"_s, StatsText::tr("End instant, excluded."), u"T"_s};
    QCommandLineOption params{u"params"_s, StatsText::tr("The kind's parameters, as a JSON object."),
                              u"JSON"_s};
    QCommandLineOption at{u"at"_s, StatsText::tr("The instant the windows are counted from (default: now)."),
                          u"T"_s};
    QCommandLineOption format{u"format"_s, StatsText::tr("Output: json (default) or csv."), u"F"_s};
    QCommandLineOption json{u"json"_s, StatsText::tr("stats list: print JSON.")};
};

int runAll(const Catalog& catalog, stats::StatsEngine& engine, std::int64_t at, Io io)
{
    QJsonArray results;
    int failures = 0;
    for (const StatService& service : catalog.statServices) {
        auto result = engine.run(service, at);
        if (!result) {
            ++failures;
            results.append(QJsonObject{
                {u"id"_s, service.id}, {u"kind"_s, service.kind}, {u"error"_s, result.error().message}});
            continue;
        }
        QJsonObject o{{u"id"_s, service.id}};
        const QJsonObject r = result->toJson();
        for (auto it = r.begin(); it != r.end(); ++it)
            o.insert(it.key(), it.value());
        results.append(o);
    }
    print(io, QJsonObject{{u"at"_s, localTime(at)}, {u"results"_s, results}});
    if (failures > 0)
        io.err << StatsText::tr("%n service(s) failed; see \"error\" in the results", nullptr, failures)
               << '\n';
    return failures > 0 ? kExitFailure : kExitOk;
}

// The ad hoc request of the command line, or the exit code of what is wrong with it.
Result<stats::StatsEngine::AdHoc> adHocRequest(const QCommandLineParser& parser, const RunOptions& o,
                                               int& code)
{
    stats::StatsEngine::AdHoc request;
    request.kind = parser.value(o.kind);
    code = kExitUsage;
    for (const QString& text : parser.values(o.series)) {
        if (!text.contains(u'@'))
            return Error{ErrorCode::Parse, StatsText::tr("--series must be INDICATOR@PLACE"), text};
        request.series << store::SeriesKey::fromString(text);
    }
    for (const auto& [option, target] : {std::pair{&o.from, &request.from}, {&o.to, &request.to}}) {
        auto t = instantOption(parser, *option);
        if (!t)
            return t.error();
        *target = *t;
    }
    code = kExitInvalid;
    if (parser.isSet(o.params)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(o.params).toUtf8(), &error);
        if (!doc.isObject())
            return Error{ErrorCode::Parse, StatsText::tr("--params must be a JSON object"),
                         error.error != QJsonParseError::NoError ? error.errorString()
                                                                 : parser.value(o.params)};
        request.parameters = doc.object();
    }
    return request;
}

int runRun(const Catalog& catalog, const QCommandLineParser& parser, const RunOptions& o, Io io)
{
    const int modes = int(parser.isSet(o.service)) + int(parser.isSet(o.all)) + int(parser.isSet(o.kind));
    if (modes != 1)
        return usageError(io,
                          StatsText::tr("stats run needs exactly one of --service ID, --all, --kind KIND"));
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : u"json"_s;
    if (format != u"json"_s && format != u"csv"_s)
        return usageError(io, StatsText::tr("--format must be json or csv"));
    if (parser.isSet(o.all) && format != u"json"_s)
        return usageError(io, StatsText::tr("stats run --all prints JSON only"));
    if (!parser.isSet(o.kind) &&
        (parser.isSet(o.series) || parser.isSet(o.from) || parser.isSet(o.to) || parser.isSet(o.params)))
        return usageError(io, StatsText::tr("--series, --from, --to and --params go with --kind"));
    auto atOption = instantOption(parser, o.at);
    if (!atOption)
        return fail(io, atOption.error(), kExitUsage);
    const std::int64_t at = atOption->value_or(QDateTime::currentMSecsSinceEpoch());

    const StatService* service = nullptr;
    if (parser.isSet(o.service)) {
        service = catalog.statService(parser.value(o.service));
        if (!service)
            return fail(io,
                        Error{ErrorCode::NotFound, StatsText::tr("no such service (stats list names them)"),
                              parser.value(o.service)},
                        kExitInvalid);
    }
    int code = kExitOk;
    std::optional<stats::StatsEngine::AdHoc> request;
    if (parser.isSet(o.kind)) {
        auto parsed = adHocRequest(parser, o, code);
        if (!parsed)
            return fail(io, parsed.error(), code);
        request = *parsed;
    }

    auto archive = openArchive(parser, false);
    if (!archive)
        return fail(io, archive.error(), kExitFailure);
    store::ArchiveReader reader(**archive);
    stats::StatsEngine engine(catalog, reader);
    if (parser.isSet(o.all))
        return runAll(catalog, engine, at, io);
    auto result = service ? engine.run(*service, at) : engine.run(*request, at);
    if (!result)
        return fail(io, result.error(), exitFor(result.error()));
    if (format == u"csv"_s)
        io.out << result->toCsv();
    else
        print(io, service ? serviceJson(*service, *result) : result->toJson());
    return kExitOk;
}

} // namespace

int runStatsCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StatsText::tr(
        "The IOC's statistics and comparison services, computed on the archive.\n"
        "  stats list [--json]                      the services of the catalog\n"
        "  stats run --db DB --service ID [--at T]  one service\n"
        "  stats run --db DB --all [--at T]         every service, as JSON\n"
        "  stats run --db DB --kind KIND --series INDICATOR@PLACE [--from T] [--to T] [--params JSON]\n"
        "                                           any kind on any series, over [from, to)\n"
        "Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); buckets follow local days, "
        "weeks from Monday and calendar months, quarters and years."));
    parser.addPositionalArgument(u"action"_s, StatsText::tr("list or run"), u"list|run"_s);
    const RunOptions o;
    parser.addOptions({dbOption(), o.service, o.all, o.kind, o.series, o.from, o.to, o.params, o.at, o.format,
                       o.json, langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"stats"_s, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional.front() != u"list"_s && positional.front() != u"run"_s))
        return usageError(io, StatsText::tr("stats needs one action: list or run ('stats --help')"));

    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog)
        return fail(io, catalog.error(), kExitFailure);
    if (positional.front() == u"list"_s)
        return listServices(*catalog, parser.isSet(o.json), io);
    return runRun(*catalog, parser, o, io);
}

} // namespace cityops::cli
