// A back-fill into the archive: what a feed reads after an outage (the NGSI-LD temporal API,
// a Datastream's Observations) is many instants of few series, where a snapshot poll
// (ngsi_bench.cpp) is one instant of many. Issue 14 asks ≥ 1M observations/s end to end.
// BM_BackfillIntoTheArchive: temporal pages (50 flood towers × 6 attributes × 1,000 instances
// each: 300,000 observations a poll) parsed by CityOps' NGSI-LD reader (simdjson), through the
// feeds file's rules and the ObservationWriter (ranges, series, spans, rollups, the ingest run)
// into a SQLite archive. The peer, BM_NaiveBackfill, in the same run: QJsonDocument, each
// instance's value and observedAt, one prepared INSERT per number into a plain table, one
// transaction a poll. Each poll is newer than the last: every observation is a new row.
// Counter: observations per second.

#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/feeds/ngsi/ngsild.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTowers = 50;
constexpr int kAttributes = 6;
constexpr std::int64_t kStep = 300'000;            // an instance every 5 minutes
constexpr std::int64_t kFirst = 1'760'000'000'000; // 2025-10-09, in the past of every run
constexpr int kPolls = 4;

int instancesAPoll() // CITYOPS_BENCH_INSTANCES: fewer, for the smoke run in the tests
{
    const int n = qEnvironmentVariableIntValue("CITYOPS_BENCH_INSTANCES");
    return n > 0 ? n : 1000;
}

const char* const kNames[kAttributes] = {"waterDepth", "temperature", "pm25", "pm10", "no2", "completeness"};

// One poll's temporal representation (normalized: each instance a Property with observedAt).
QByteArray temporalPage(int poll)
{
    const int n = instancesAPoll();
    QJsonArray entities;
    for (int e = 0; e < kTowers; ++e) {
        QJsonObject entity{{u"id"_s, u"urn:ngsi-ld:FloodTower:tower-%1"_s.arg(e)},
                           {u"type"_s, u"FloodTower"_s}};
        for (int a = 0; a < kAttributes; ++a) {
            QJsonArray instances;
            for (int i = 0; i < n; ++i) {
                const std::int64_t t = kFirst + (std::int64_t(poll) * n + i) * kStep;
                instances.append(QJsonObject{{u"type"_s, u"Property"_s},
                                             {u"value"_s, 10 + (e * 7 + a * 13 + i) % 30 + 0.5},
                                             {u"observedAt"_s, toIsoUtc(t)}});
            }
            entity.insert(QString::fromLatin1(kNames[a]), instances);
        }
        entities.append(entity);
    }
    return QJsonDocument(entities).toJson(QJsonDocument::Compact);
}

const std::vector<QByteArray>& pages()
{
    static const std::vector<QByteArray> out = [] {
        std::vector<QByteArray> p;
        for (int i = 0; i < kPolls; ++i)
            p.push_back(temporalPage(i));
        return p;
    }();
    return out;
}

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

// Each tower a place of its own (a new sensor), its six attributes six indicators.
feeds::FeedConfig towerFeed()
{
    const QByteArray json =
        R"({"feeds": [{"id": "bench", "protocol": "ngsi-ld", "url": "http://127.0.0.1:1026",
      "map": [{"type": "FloodTower", "id": "^urn:ngsi-ld:FloodTower:(?<tower>.+)$",
               "attributes": {"waterDepth": {"indicator": "flood.depth", "unit": "cm"},
                              "temperature": "hydro.air-temperature", "pm25": "air.pm25",
                              "pm10": "air.pm10", "no2": "air.no2", "completeness": "air.completeness"},
               "place": "bench.{tower}"}]}]})";
    auto config = feeds::FeedsConfig::parse(json, u"bench.json"_s, catalog());
    if (!config)
        qFatal("%s", qPrintable(config.error().detail));
    return config->feeds.front();
}

void BM_BackfillIntoTheArchive(benchmark::State& state)
{
    const feeds::FeedConfig feed = towerFeed();
    pages(); // (made before the timing)
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"feeds.sqlite"_s));
    feeds::PollOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.session = std::make_shared<store::WriterSession>(archive); // (as the collector polls)
    std::size_t inserted = 0, poll = 0;
    const qint64 expected = qint64(kTowers) * kAttributes * instancesAPoll();
    for (auto _ : state) {
        if (poll == pages().size()) { // (past the last poll: a new archive, outside the timing)
            state.PauseTiming();
            QFile::remove(dir.filePath(u"feeds.sqlite"_s));
            poll = 0;
            state.ResumeTiming();
        }
        auto parsed = feeds::parseNgsiLd(pages()[poll++]);
        if (!parsed)
            return state.SkipWithError("not parsed");
        feeds::FeedFetch fetched{std::move(*parsed), 1};
        const feeds::FeedPollSummary s = feeds::ingestFeedItems(feed, fetched, catalog(), archive, options);
        if (!s.errors.isEmpty() || s.inserted != expected)
            return state.SkipWithError(qPrintable(u"inserted %1 of %2: %3 (%4 quarantined)"_s.arg(s.inserted)
                                                      .arg(expected)
                                                      .arg(s.errors.join(u"; "_s))
                                                      .arg(s.quarantined)));
        inserted += std::size_t(s.inserted);
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(inserted), benchmark::Counter::kIsRate);
}

// The reading stage alone (simdjson, times, units), for where the time goes.
void BM_BackfillParseOnly(benchmark::State& state)
{
    std::size_t read = 0, poll = 0;
    pages();
    for (auto _ : state) {
        auto parsed = feeds::parseNgsiLd(pages()[poll++ % pages().size()]);
        if (!parsed)
            return state.SkipWithError("not parsed");
        read += parsed->observations.size();
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(read), benchmark::Counter::kIsRate);
}

// The peer: a client written in an afternoon, on the same pages. No units, ranges, rollups.
void BM_NaiveBackfill(benchmark::State& state)
{
    QTemporaryDir dir;
    std::size_t inserted = 0, poll = 0;
    pages();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"naive"_s);
        db.setDatabaseName(dir.filePath(u"naive.sqlite"_s));
        db.open();
        QSqlQuery(db).exec(u"CREATE TABLE obs (entity TEXT, attribute TEXT, t INTEGER, v REAL)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO obs VALUES (?, ?, ?, ?)"_s);
        for (auto _ : state) {
            db.transaction();
            const QJsonArray list = QJsonDocument::fromJson(pages()[poll++ % pages().size()]).array();
            for (const QJsonValue& e : list) {
                const QJsonObject o = e.toObject();
                const QString id = o.value(u"id"_s).toString();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (!it->isArray())
                        continue;
                    for (const QJsonValue& instance : it->toArray()) {
                        const QJsonObject p = instance.toObject();
                        const std::int64_t t =
                            QDateTime::fromString(p.value(u"observedAt"_s).toString(), Qt::ISODate)
                                .toMSecsSinceEpoch();
                        insert.addBindValue(id);
                        insert.addBindValue(it.key());
                        insert.addBindValue(qint64(t));
                        insert.addBindValue(p.value(u"value"_s).toDouble());
                        insert.exec();
                        ++inserted;
                    }
                }
            }
            db.commit();
        }
    }
    QSqlDatabase::removeDatabase(u"naive"_s);
    state.counters["obs_per_s"] = benchmark::Counter(double(inserted), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_BackfillIntoTheArchive)->Unit(benchmark::kMillisecond)->Iterations(kPolls)->UseRealTime();
BENCHMARK(BM_BackfillParseOnly)->Unit(benchmark::kMillisecond)->Iterations(kPolls)->UseRealTime();
BENCHMARK(BM_NaiveBackfill)->Unit(benchmark::kMillisecond)->Iterations(kPolls)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // (the writer's thread, the SQL drivers)
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
