#include "app/cli/simcommands.h"

#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/sim/democity.h"
#include "core/sim/scenario.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::simulate)
};

} // namespace

int runSimulateCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimText::tr(
        "Writes the demo city (a deterministic, simulated Da Nang) into an archive of its own, as fast as "
        "the "
        "archive takes it. The same seed and range give the same data. Never into a live archive."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, SimText::tr("The demo archive: a SQLite file or postgresql://… (required)."), u"DB"_s);
    const QCommandLineOption fromOption(
        u"from"_s, SimText::tr("First instant (ISO 8601; local time if no offset)."), u"T"_s);
    const QCommandLineOption daysOption(u"days"_s, SimText::tr("How many days to write (1 to 3660)."),
                                        u"N"_s);
    const QCommandLineOption seedOption(u"seed"_s, SimText::tr("The city's seed (default 1)."), u"S"_s);
    const QCommandLineOption jsonOption(u"json"_s, SimText::tr("Print one JSON object with the counts."));
    const QCommandLineOption scenarioOption(
        u"scenario"_s,
        SimText::tr("Play a scenario: a built-in name (%1) or a JSON file.")
            .arg(sim::Scenario::builtIn().join(u", "_s)),
        u"NAME"_s);
    const QCommandLineOption scenarioAtOption(
        u"scenario-at"_s, SimText::tr("When the scenario starts (default: --from)."), u"T"_s);
    const QCommandLineOption langOption(u"lang"_s, SimText::tr("Language of the output: vi or en."),
                                        u"LANG"_s);
    parser.addOptions({dbOption, fromOption, daysOption, seedOption, jsonOption, scenarioOption,
                       scenarioAtOption, langOption});
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << '\n';
        return kExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationName() + u" [options]"_s,
                                            QCoreApplication::applicationName() + u" simulate [options]"_s);
        return kExitOk;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption) || !parser.isSet(daysOption)) {
        io.err << SimText::tr("simulate needs --db DB, --from T and --days N") << '\n';
        return kExitUsage;
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 1 || days > 3660) {
        io.err << SimText::tr("--days must be a number from 1 to 3660") << '\n';
        return kExitUsage;
    }
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&ok) : 1;
    if (!ok) {
        io.err << SimText::tr("--seed must be a whole number") << '\n';
        return kExitUsage;
    }
    const auto from = timeutil::parseInstant(parser.value(fromOption), timeutil::defaultDisplayZone());
    if (!from) {
        io.err << from.error().message << ": " << from.error().detail << '\n';
        return kExitUsage;
    }
    const auto location = store::ArchiveLocation::parse(parser.value(dbOption));
    if (!location) {
        io.err << location.error().message << '\n';
        return kExitUsage;
    }
    if (location->kind == store::ArchiveLocation::Kind::Sqlite &&
        QFileInfo(location->path).absoluteFilePath() ==
            QFileInfo(store::ArchiveLocation::defaultSqlitePath()).absoluteFilePath()) {
        io.err << SimText::tr("That is the live archive: demo data never goes there") << '\n';
        return kExitInvalid;
    }

    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    if (!catalog) {
        io.err << catalog.error().toString() << '\n';
        return kExitFailure;
    }
    auto archive = store::Archive::open(*location);
    if (!archive) {
        io.err << archive.error().toString() << '\n';
        return kExitFailure;
    }
    if (auto claimed = (*archive)->claimPurpose(u"demo"_s); !claimed) {
        io.err << claimed.error().message << " (" << claimed.error().detail << ")\n";
        return kExitInvalid;
    }

    sim::DemoCity city(*catalog, seed);
    std::optional<sim::Scenario> scenario;
    std::int64_t scenarioStart = *from;
    if (parser.isSet(scenarioOption)) {
        auto loaded = sim::Scenario::load(parser.value(scenarioOption));
        if (!loaded) {
            io.err << loaded.error().message << '\n' << loaded.error().detail << '\n';
            return kExitInvalid;
        }
        if (parser.isSet(scenarioAtOption)) {
            const auto at =
                timeutil::parseInstant(parser.value(scenarioAtOption), timeutil::defaultDisplayZone());
            if (!at) {
                io.err << at.error().message << ": " << at.error().detail << '\n';
                return kExitUsage;
            }
            scenarioStart = *at;
        }
        scenario = *loaded;
        city.addScenario(*scenario, scenarioStart);
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<std::int64_t> ids(city.series().size(), 0);
    for (std::size_t s = 0; s < city.series().size(); ++s) {
        const auto& series = city.series()[s];
        auto id = (*archive)->ensureSeries(series.key, series.indicator->unit);
        if (!id) {
            io.err << id.error().toString() << '\n';
            return kExitFailure;
        }
        ids[s] = *id;
    }
    const QString digest = u"demo-city-seed-%1"_s.arg(seed) +
                           (scenario ? u"-%1-%2"_s.arg(scenario->id).arg(scenarioStart) : QString());
    qint64 points = 0;
    qint64 inserted = 0;
    qint64 quarantined = 0;
    constexpr std::int64_t kDay = 86'400'000;
    constexpr int kDaysPerBatch = 7;
    for (int day = 0; day < days; day += kDaysPerBatch) {
        const std::int64_t a = *from + std::int64_t(day) * kDay;
        const std::int64_t b = *from + std::int64_t(std::min(days, day + kDaysPerBatch)) * kDay;
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
        points += qint64(batch.points.size());
        auto written = (*archive)->write(batch);
        if (!written) {
            io.err << written.error().toString() << '\n';
            return kExitFailure;
        }
        inserted += qint64(written->inserted);
        quarantined += qint64(batch.quarantine.size());
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (parser.isSet(jsonOption)) {
        const QJsonObject o{
            {u"archive"_s, location->toDisplayString()},
            {u"seed"_s, qint64(seed)},
            {u"from"_s, timeutil::toIsoUtc(*from)},
            {u"days"_s, days},
            {u"series"_s, qint64(city.series().size())},
            {u"points"_s, points},
            {u"inserted"_s, inserted},
            {u"quarantined"_s, quarantined},
            {u"seconds"_s, seconds},
            {u"pointsPerSecond"_s, seconds > 0 ? double(points) / seconds : 0.0},
            {u"scenario"_s, scenario ? QJsonValue(scenario->id) : QJsonValue()},
            {u"scenarioAt"_s, scenario ? QJsonValue(timeutil::toIsoUtc(scenarioStart)) : QJsonValue()}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    const QLocale locale;
    io.out << SimText::tr("Demo city (seed %1): %2 series, %3 points over %4 days (%5 new), %6 quarantined")
                  .arg(seed)
                  .arg(city.series().size())
                  .arg(locale.toString(points))
                  .arg(days)
                  .arg(locale.toString(inserted))
                  .arg(locale.toString(quarantined))
           << '\n'
           << (scenario
                   ? SimText::tr("Scenario %1 from %2").arg(scenario->id, timeutil::toIsoUtc(scenarioStart)) +
                         u'\n'
                   : QString())
           << SimText::tr("%1 s, %2 points/s")
                  .arg(locale.toString(seconds, 'f', 2))
                  .arg(locale.toString(qint64(seconds > 0 ? double(points) / seconds : 0)))
           << '\n';
    return kExitOk;
}

} // namespace cityops::cli
