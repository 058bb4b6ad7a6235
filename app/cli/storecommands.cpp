#include "app/cli/storecommands.h"

#include "app/cli/archiveoptions.h"
#include "core/alerts/archivealarms.h"
#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/feeds/files/fileingest.h"
#include "core/feeds/files/mapping.h"
#include "core/store/archive.h"
#include "core/store/bucketing.h"
#include "core/store/seriesreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Messages a person reads; lupdate files them under "cityops::cli::store".
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::store)
};

} // namespace

// --------------------------------------------------------------------------------------
// ingest

namespace {

// What one file brought, for a person.
void printIngestSummary(Io io, const QString& path, const feeds::files::IngestSummary& s,
                        const feeds::files::Mapping& mapping)
{
    const QLocale locale;
    io.out << StoreText::tr("%1: %2 rows, %3 observations")
                  .arg(path, locale.toString(s.rows), locale.toString(s.observations))
           << '\n';
    io.out << "  "
           << StoreText::tr("accepted %1 (new %2, already stored %3, replaced %4, kept stored %5)")
                  .arg(locale.toString(s.accepted), locale.toString(s.inserted), locale.toString(s.unchanged),
                       locale.toString(s.replaced), locale.toString(s.kept))
           << '\n';
    io.out << "  "
           << StoreText::tr("duplicates %1 (policy: %2) · missing %3 · quarantined %4")
                  .arg(locale.toString(s.duplicates), feeds::files::duplicatePolicyName(mapping.duplicates),
                       locale.toString(s.missing), locale.toString(s.quarantined))
           << '\n';
    for (auto it = s.reasons.begin(); it != s.reasons.end(); ++it)
        io.out << "    "
               << StoreText::tr("quarantined: %1 × %2")
                      .arg(feeds::files::quarantineReasonName(it.key()), locale.toString(it.value()))
               << '\n';
    for (auto it = s.conversions.begin(); it != s.conversions.end(); ++it)
        io.out << "    " << StoreText::tr("converted: %1 × %2").arg(it.key(), locale.toString(it.value()))
               << '\n';
    if (s.ambiguousTimes > 0)
        io.out << "    "
               << StoreText::tr(
                      "repeated local times resolved to the earlier/later instant by the mapping: %1")
                      .arg(locale.toString(s.ambiguousTimes))
               << '\n';
    if (!s.unknownPlaces.isEmpty()) {
        QString names = s.unknownPlaces.mid(0, 10).join(u", "_s);
        if (s.unknownPlaces.size() > 10)
            names += u" "_s + StoreText::tr("and %1 more").arg(s.unknownPlaces.size() - 10);
        io.out << "    " << StoreText::tr("places not in the catalog (kept as names): %1").arg(names) << '\n';
    }
    io.out << "  "
           << StoreText::tr("%1 s, %2 rows/s")
                  .arg(locale.toString(s.seconds, 'f', 2))
                  .arg(locale.toString(std::llround(s.seconds > 0 ? double(s.rows) / s.seconds : 0)))
           << '\n';
}

void addToTotal(feeds::files::IngestSummary& total, const feeds::files::IngestSummary& s)
{
    total.rows += s.rows;
    total.observations += s.observations;
    total.accepted += s.accepted;
    total.inserted += s.inserted;
    total.unchanged += s.unchanged;
    total.replaced += s.replaced;
    total.kept += s.kept;
    total.duplicates += s.duplicates;
    total.quarantined += s.quarantined;
    total.missing += s.missing;
    total.ambiguousTimes += s.ambiguousTimes;
    total.seconds += s.seconds;
    for (auto it = s.reasons.begin(); it != s.reasons.end(); ++it)
        total.reasons[it.key()] += it.value();
}

// After an ingest: the archive through every rule, what they raise in its alarm log.
int recordAlarms(const Catalog& catalog, const store::ArchiveLocation& location, Io io)
{
    auto archive = store::Archive::open(location);
    if (!archive) {
        printError(io, archive.error());
        return kExitFailure;
    }
    auto evaluated = alerts::evaluateArchive(catalog, **archive, std::nullopt, std::nullopt, true,
                                             QDateTime::currentMSecsSinceEpoch());
    if (!evaluated) {
        io.err << StoreText::tr("the data is stored, but the early-warning rules could not run: ");
        printError(io, evaluated.error());
        return kExitFailure;
    }
    io.err << StoreText::tr("%n new alarm(s) recorded", nullptr, evaluated->recorded->added) << ", "
           << StoreText::tr("%n brought up to date", nullptr, evaluated->recorded->updated) << '\n';
    return kExitOk;
}

} // namespace

int runIngestCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StoreText::tr("Reads CSV or NDJSON files into the archive through a mapping file. Every value is "
                      "accepted, folded as a duplicate, quarantined with its reason, or counted as missing. "
                      "Running the same files again adds nothing."));
    const QCommandLineOption mappingOption(u"mapping"_s, StoreText::tr("The mapping file (JSON)."), u"MAP"_s);
    const QCommandLineOption jsonOption(u"json"_s, StoreText::tr("Print one JSON object with the counts."));
    const QCommandLineOption verboseOption(
        u"verbose"_s, StoreText::tr("Print a line on standard error as each batch is committed."));
    const QCommandLineOption batchOption(
        u"batch"_s,
        StoreText::tr("Observations per transaction (default: 200000 for SQLite, 1000000 for PostgreSQL)."),
        u"N"_s);
    const QCommandLineOption catalogOption(
        u"catalog"_s, StoreText::tr("Use the catalog in DIR instead of the built-in one."), u"DIR"_s);
    const QCommandLineOption noAlarmsOption(
        u"no-alarms"_s, StoreText::tr("Do not run the early-warning rules over the archive afterwards."));
    parser.addOptions({dbOption(), mappingOption, jsonOption, verboseOption, batchOption, catalogOption,
                       noAlarmsOption, langOption()});
    parser.addPositionalArgument(u"FILE"_s, StoreText::tr("CSV or NDJSON files."), u"FILE..."_s);
    if (const int code = parseCommandLine(parser, arguments, u"ingest"_s, io); code >= 0)
        return code;
    if (!parser.isSet(mappingOption) || parser.positionalArguments().isEmpty()) {
        io.err << StoreText::tr("ingest needs --mapping MAP.json and at least one FILE") << '\n';
        return kExitUsage;
    }
    qsizetype batch = 0; // by archive, below
    if (parser.isSet(batchOption)) {
        bool ok = false;
        batch = parser.value(batchOption).toLongLong(&ok);
        if (!ok || batch < 1 || batch > 10'000'000) {
            io.err << StoreText::tr("--batch must be a number from 1 to 10000000") << '\n';
            return kExitUsage;
        }
    }

    const auto catalog = CatalogLoader::load(
        parser.isSet(catalogOption) ? parser.value(catalogOption) : CatalogLoader::embeddedDirectory());
    if (!catalog) {
        printError(io, catalog.error());
        return kExitFailure;
    }
    const auto mapping = feeds::files::Mapping::load(parser.value(mappingOption), *catalog);
    if (!mapping) {
        printError(io, mapping.error());
        return kExitInvalid;
    }
    const auto location =
        store::ArchiveLocation::resolve(parser.value(u"db"_s), store::ArchiveLocation::defaultSqlitePath());
    if (!location) {
        printError(io, location.error());
        return kExitUsage;
    }
    // PostgreSQL pays more per transaction (and per rollup merge) than SQLite.
    if (batch == 0)
        batch = location->kind == store::ArchiveLocation::Kind::Postgres ? 1'000'000 : 200'000;
    {
        // Open once here so that a broken archive is reported before any file is read,
        // and a demo archive is refused: live and demo data never mix.
        auto archive = store::Archive::open(*location);
        if (!archive) {
            printError(io, archive.error());
            return kExitFailure;
        }
        if (auto claimed = (*archive)->claimPurpose(u"live"_s); !claimed) {
            printError(io, claimed.error());
            return kExitInvalid;
        }
    }

    const bool tty = isatty(fileno(stderr)) != 0;
    const bool verbose = parser.isSet(verboseOption);
    const QLocale locale;
    QMutex errLock; // the writer thread reports commits
    int exitCode = kExitOk;
    feeds::files::IngestSummary total;
    QJsonArray perFile;
    for (const QString& path : parser.positionalArguments()) {
        feeds::files::IngestOptions options;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        options.batchObservations = batch;
        if (tty) {
            options.onProgress = [&](const feeds::files::IngestProgress& p) {
                const double pct = p.bytesTotal ? 100.0 * double(p.bytesDone) / double(p.bytesTotal) : 100.0;
                const double rate = p.seconds > 0 ? double(p.rows) / p.seconds : 0;
                QMutexLocker lock(&errLock);
                io.err << '\r'
                       << StoreText::tr("%1: %2 % · %3 rows · %4 rows/s")
                              .arg(path)
                              .arg(locale.toString(pct, 'f', 0))
                              .arg(locale.toString(p.rows))
                              .arg(locale.toString(std::llround(rate)))
                       << "   ";
                io.err.flush();
            };
        }
        if (verbose) {
            options.onCommitted = [&](const feeds::files::BatchCommitted& c) {
                QMutexLocker lock(&errLock);
                // Stable, untranslated: scripts and the crash test read it.
                io.err << u"committed lines %1-%2 observations %3 inserted %4\n"_s.arg(c.firstLine)
                              .arg(c.lastLine)
                              .arg(c.observations)
                              .arg(c.result.inserted);
                io.err.flush();
            };
        }
        const auto summary = feeds::files::ingestFile(path, *mapping, *catalog, *location, options);
        if (tty) {
            io.err << '\n';
            io.err.flush();
        }
        if (!summary) {
            io.err << path << ": ";
            printError(io, summary.error());
            exitCode = summary.error().code == ErrorCode::Database || summary.error().code == ErrorCode::Io
                           ? kExitFailure
                           : kExitInvalid;
            QJsonObject failed;
            failed[u"file"_s] = path;
            failed[u"error"_s] = summary.error().message;
            failed[u"detail"_s] = summary.error().detail;
            perFile.append(failed);
            continue;
        }
        perFile.append(QJsonDocument::fromJson(summary->toJson().toUtf8()).object());
        addToTotal(total, *summary);

        if (!parser.isSet(jsonOption))
            printIngestSummary(io, path, *summary, *mapping);
    }
    // The process that writes the data evaluates the rules: what it added may raise alarms.
    if (!parser.isSet(noAlarmsOption) && total.inserted + total.replaced > 0)
        exitCode = std::max(exitCode, recordAlarms(*catalog, *location, io));
    if (parser.isSet(jsonOption)) {
        QJsonObject o = QJsonDocument::fromJson(total.toJson().toUtf8()).object();
        o.remove(u"file"_s);
        o.remove(u"digest"_s);
        o.remove(u"run"_s);
        o.remove(u"batches"_s);
        o.remove(u"conversions"_s);
        o.remove(u"missingByColumn"_s);
        o.remove(u"unknownPlaces"_s);
        o[u"archive"_s] = location->toDisplayString();
        o[u"files"_s] = perFile;
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    return exitCode;
}

// --------------------------------------------------------------------------------------
// query

namespace {

enum class Agg
{
    Mean,
    Min,
    Max,
    Sum,
    Count,
};

double pick(const store::Aggregate& a, Agg agg)
{
    switch (agg) {
    case Agg::Mean:
        return a.mean();
    case Agg::Min:
        return a.min;
    case Agg::Max:
        return a.max;
    case Agg::Sum:
        return a.sum;
    case Agg::Count:
        return double(a.count);
    }
    return 0;
}

} // namespace

int runQueryCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StoreText::tr("Prints one series from the archive: its points, or buckets of them (hours, days and "
                      "longer buckets come from the rollups). Times are shown in Asia/Ho_Chi_Minh; buckets "
                      "follow local days, weeks from Monday, and calendar months."));
    const QCommandLineOption seriesOption(u"series"_s, StoreText::tr("The series, as INDICATOR@PLACE."),
                                          u"SERIES"_s);
    const QCommandLineOption fromOption(
        u"from"_s, StoreText::tr("First instant (ISO 8601; local time if no offset)."), u"T"_s);
    const QCommandLineOption toOption(u"to"_s, StoreText::tr("End instant, excluded."), u"T"_s);
    const QCommandLineOption bucketOption(u"bucket"_s, StoreText::tr("Bucket: 15min, 1h, 1d, 1w, 1mo…"),
                                          u"B"_s);
    const QCommandLineOption aggOption(
        u"agg"_s, StoreText::tr("Aggregate per bucket: mean (default), min, max, sum, count."), u"A"_s);
    const QCommandLineOption formatOption(u"format"_s, StoreText::tr("Output: csv (default) or json."),
                                          u"F"_s);
    parser.addOptions({dbOption(), seriesOption, fromOption, toOption, bucketOption, aggOption, formatOption,
                       langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"query"_s, io); code >= 0)
        return code;
    if (!parser.isSet(seriesOption)) {
        io.err << StoreText::tr("query needs --series INDICATOR@PLACE") << '\n';
        return kExitUsage;
    }
    const QString format = parser.value(formatOption).isEmpty() ? u"csv"_s : parser.value(formatOption);
    if (format != u"csv"_s && format != u"json"_s) {
        io.err << StoreText::tr("--format must be csv or json") << '\n';
        return kExitUsage;
    }
    Agg agg = Agg::Mean;
    const QString aggText = parser.value(aggOption);
    if (aggText.isEmpty() || aggText == u"mean"_s)
        agg = Agg::Mean;
    else if (aggText == u"min"_s)
        agg = Agg::Min;
    else if (aggText == u"max"_s)
        agg = Agg::Max;
    else if (aggText == u"sum"_s)
        agg = Agg::Sum;
    else if (aggText == u"count"_s)
        agg = Agg::Count;
    else {
        io.err << StoreText::tr("--agg must be mean, min, max, sum or count") << '\n';
        return kExitUsage;
    }
    std::optional<store::Bucketing> bucketing;
    if (parser.isSet(bucketOption)) {
        bucketing = store::parseBucketing(parser.value(bucketOption).toLatin1().constData());
        if (!bucketing) {
            io.err << StoreText::tr("--bucket must look like 15min, 1h, 6h, 1d, 1w or 1mo") << '\n';
            return kExitUsage;
        }
    }
    std::int64_t from = std::numeric_limits<std::int64_t>::min() / 4;
    std::int64_t to = std::numeric_limits<std::int64_t>::max() / 4;
    for (const auto& [option, target] : {std::pair{&fromOption, &from}, {&toOption, &to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseInstant(parser.value(*option), defaultDisplayZone());
        if (!t) {
            io.err << t.error().message << ": " << t.error().detail << '\n';
            return kExitUsage;
        }
        *target = *t;
    }

    auto archive = openArchive(parser, false);
    if (!archive) {
        printError(io, archive.error());
        return kExitFailure;
    }
    const store::SeriesKey key = store::SeriesKey::fromString(parser.value(seriesOption));
    auto info = (*archive)->findSeries(key);
    if (!info) {
        printError(io, info.error());
        return kExitFailure;
    }
    if (!*info) {
        io.err << StoreText::tr("No such series in the archive: %1 ('cityops-cli series' lists them)")
                      .arg(key.toString())
               << '\n';
        return kExitInvalid;
    }
    const store::SeriesInfo& series = **info;

    QJsonArray jsonPoints;
    QString csv =
        bucketing ? u"time,%1\n"_s.arg(aggText.isEmpty() ? u"mean"_s : aggText) : u"time,value,quality\n"_s;
    auto output = [&](std::int64_t t, double v, std::optional<int> quality) {
        if (format == u"json"_s) {
            QJsonObject p{{u"t"_s, localTime(t)}, {u"v"_s, std::isnan(v) ? QJsonValue() : QJsonValue(v)}};
            if (quality)
                p[u"q"_s] = *quality;
            jsonPoints.append(p);
        } else {
            csv += localTime(t) + u',' + number(v);
            if (quality)
                csv += u',' + QString::number(*quality);
            csv += u'\n';
        }
    };

    if (!bucketing) {
        auto pts = (*archive)->points(series.id, from, to);
        if (!pts) {
            printError(io, pts.error());
            return kExitFailure;
        }
        for (const store::Point& p : *pts)
            output(p.t, p.v, int(p.q));
    } else {
        // Whole buckets from the rollups where they nest, else from the points (the store plans it).
        store::ArchiveReader reader(**archive);
        auto out = reader.buckets(series, from, to, *bucketing);
        if (!out) {
            printError(io, out.error());
            return kExitFailure;
        }
        for (const store::Bucket& b : *out)
            output(b.start, pick(b.agg, agg), std::nullopt);
    }

    if (format == u"json"_s) {
        QJsonObject o{{u"series"_s, key.toString()},
                      {u"unit"_s, series.unit},
                      {u"timeZone"_s, QString::fromUtf8(defaultDisplayZone().id())},
                      {u"points"_s, jsonPoints}};
        if (bucketing) {
            o[u"bucket"_s] = parser.value(bucketOption);
            o[u"agg"_s] = aggText.isEmpty() ? u"mean"_s : aggText;
        }
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        io.out << csv;
    }
    return kExitOk;
}

// --------------------------------------------------------------------------------------
// series

int runSeriesCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StoreText::tr("Lists the series in the archive with their point counts and time ranges."));
    const QCommandLineOption jsonOption(u"json"_s, StoreText::tr("Print JSON."));
    parser.addOptions({dbOption(), jsonOption, langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"series"_s, io); code >= 0)
        return code;
    auto archive = openArchive(parser, false);
    if (!archive) {
        printError(io, archive.error());
        return kExitFailure;
    }
    auto list = (*archive)->listSeries();
    if (!list) {
        printError(io, list.error());
        return kExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray a;
        for (const store::SeriesInfo& s : *list) {
            QJsonObject o{{u"series"_s, s.key.toString()},
                          {u"indicator"_s, s.key.indicator},
                          {u"place"_s, s.key.place},
                          {u"unit"_s, s.unit},
                          {u"points"_s, qint64(s.count)}};
            if (s.count > 0) {
                o[u"first"_s] = localTime(s.first);
                o[u"last"_s] = localTime(s.last);
            }
            a.append(o);
        }
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"series"_s, a}}).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    const QLocale locale;
    io.out << QCoreApplication::translate("cityops::cli::store", "%n series", nullptr, int(list->size()))
           << "\n";
    for (const store::SeriesInfo& s : *list) {
        io.out << u"  %1  %2  %3"_s.arg(s.key.toString(), -40)
                      .arg(locale.toString(qint64(s.count)), 12)
                      .arg(s.unit, -10);
        if (s.count > 0)
            io.out << u"  %1 → %2"_s.arg(localTime(s.first), localTime(s.last));
        io.out << '\n';
    }
    return kExitOk;
}

// --------------------------------------------------------------------------------------
// quarantine

int runQuarantineCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StoreText::tr("Lists quarantined input: file, line, column, reason and the row as read."));
    const QCommandLineOption jsonOption(u"json"_s, StoreText::tr("Print JSON."));
    const QCommandLineOption limitOption(u"limit"_s, StoreText::tr("At most N entries (default 1000)."),
                                         u"N"_s);
    parser.addOptions({dbOption(), jsonOption, limitOption, langOption()});
    if (const int code = parseCommandLine(parser, arguments, u"quarantine"_s, io); code >= 0)
        return code;
    const int limit = parser.isSet(limitOption) ? parser.value(limitOption).toInt() : 1000;
    if (limit <= 0) {
        io.err << StoreText::tr("--limit must be a positive number") << '\n';
        return kExitUsage;
    }
    auto archive = openArchive(parser, false);
    if (!archive) {
        printError(io, archive.error());
        return kExitFailure;
    }
    auto list = (*archive)->quarantine(limit);
    if (!list) {
        printError(io, list.error());
        return kExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray a;
        for (const store::QuarantineEntry& e : *list) {
            a.append(QJsonObject{{u"run"_s, qint64(e.run)},
                                 {u"file"_s, e.source},
                                 {u"line"_s, qint64(e.line)},
                                 {u"column"_s, e.column},
                                 {u"reason"_s, e.reason},
                                 {u"detail"_s, e.detail},
                                 {u"raw"_s, e.raw}});
        }
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"quarantine"_s, a}}).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    for (const store::QuarantineEntry& e : *list) {
        io.out << u"%1:%2  %3  %4  %5\n"_s.arg(e.source).arg(e.line).arg(
            e.column.isEmpty() ? u"*"_s : e.column, feeds::files::quarantineReasonName(e.reason), e.detail);
    }
    return kExitOk;
}

} // namespace cityops::cli
