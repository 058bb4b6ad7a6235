// NGSI-v2 pages → observations: CityOps' reader (simdjson) against the peer, QJsonDocument
// doing only the JSON part of the same work, on the same 1,000-entity pages in the same run.
// Both forms: normalized (type/value/metadata per attribute, unitCode) and keyValues. Issue 14
// asks ≥ 1M observations/s end to end: BM_PollIntoTheArchive reads a poll of 10 pages into a
// SQLite archive through the feeds file's rules and the ObservationWriter (quarantine checks,
// series, rollups, the ingest run), against BM_NaivePoll, QJsonDocument and one prepared
// INSERT per number into a plain table in one transaction. Counters: observations per second.

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/http/ngsiv2fetch.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>

#include <benchmark/benchmark.h>
#include <memory>
#include <numeric>
#include <optional>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEntities = 1000;
constexpr int kMeasures = 6; // numbers per entity, as an AirQualityObserved station sends

// A page of 1,000 stations (`first` the number of the first); every one observed at `when`
// (by default, each at its own hour of one day).
QByteArray ngsiPage(bool normalized, int first = 0, std::optional<std::int64_t> when = std::nullopt)
{
    QJsonArray entities;
    for (int i = first; i < first + kEntities; ++i) {
        QJsonObject e{{u"id"_s, u"urn:ngsi-ld:AirQualityObserved:station-%1"_s.arg(i)},
                      {u"type"_s, u"AirQualityObserved"_s}};
        const QString at =
            when ? QDateTime::fromMSecsSinceEpoch(*when, QTimeZone(7 * 3600)).toString(Qt::ISODate)
                 : u"2026-10-14T%1:00:00+07:00"_s.arg(i % 24, 2, 10, QChar(u'0'));
        const QJsonObject point{{u"type"_s, u"Point"_s},
                                {u"coordinates"_s, QJsonArray{108.2 + i * 1e-4, 16.05}}};
        if (normalized) {
            e[u"dateObserved"_s] = QJsonObject{{u"type"_s, u"DateTime"_s}, {u"value"_s, at}};
            e[u"location"_s] = QJsonObject{{u"type"_s, u"geo:json"_s}, {u"value"_s, point}};
        } else {
            e[u"dateObserved"_s] = at;
            e[u"location"_s] = point;
        }
        for (int m = 0; m < kMeasures; ++m) {
            const double v = 10 + (i * 7 + m * 13) % 90 + 0.5;
            const QString name = u"m%1"_s.arg(m);
            if (normalized && m >= 4) // (the index and the completeness: no unit of their own)
                e[name] = QJsonObject{{u"type"_s, u"Number"_s}, {u"value"_s, v}};
            else if (normalized)
                e[name] = QJsonObject{
                    {u"type"_s, u"Number"_s},
                    {u"value"_s, v},
                    {u"metadata"_s, QJsonObject{{u"unitCode"_s, QJsonObject{{u"type"_s, u"Text"_s},
                                                                            {u"value"_s, u"GQ"_s}}}}}};
            else
                e[name] = v;
        }
        entities.append(e);
    }
    return QJsonDocument(entities).toJson(QJsonDocument::Compact);
}

void BM_CityOps(benchmark::State& state)
{
    const QByteArray body = ngsiPage(state.range(0) == 1);
    std::size_t observations = 0;
    for (auto _ : state) {
        auto parsed = feeds::parseNgsiV2(body);
        if (!parsed || parsed->observations.size() != std::size_t(kEntities * kMeasures))
            state.SkipWithError("wrong count");
        else
            observations += parsed->observations.size();
        benchmark::DoNotOptimize(parsed);
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(observations), benchmark::Counter::kIsRate);
    state.counters["bytes"] = double(body.size());
}

// The peer: QJsonDocument, reading each number attribute's value (no times, no units).
void BM_QJsonDocument(benchmark::State& state)
{
    const bool normalized = state.range(0) == 1;
    const QByteArray body = ngsiPage(normalized);
    std::size_t observations = 0;
    for (auto _ : state) {
        const QJsonArray list = QJsonDocument::fromJson(body).array();
        double sum = 0;
        for (const QJsonValue& e : list) {
            const QJsonObject o = e.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = normalized && it->isObject() ? it->toObject().value(u"value"_s) : *it;
                if (v.isDouble()) {
                    sum += v.toDouble();
                    ++observations;
                }
            }
        }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(observations), benchmark::Counter::kIsRate);
}

// A poll: 10 pages of 1,000 stations, all observed at one instant (each poll a newer one:
// every observation is a new row).
constexpr int kPolls = 6;

int pagesAPoll() // CITYOPS_BENCH_PAGES: fewer, for the smoke run in the tests
{
    const int n = qEnvironmentVariableIntValue("CITYOPS_BENCH_PAGES");
    return n > 0 ? n : 10;
}
constexpr std::int64_t kFirstPoll = 1'791'900'000'000; // 2026-10-14, in the past of every run

std::vector<std::vector<QByteArray>> polls(bool normalized)
{
    std::vector<std::vector<QByteArray>> out(kPolls);
    for (int p = 0; p < kPolls; ++p)
        for (int page = 0; page < pagesAPoll(); ++page)
            out[std::size_t(p)].push_back(
                ngsiPage(normalized, page * kEntities, kFirstPoll + std::int64_t(p) * 300'000));
    return out;
}

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

// The six measures as the catalog's air indicators, each station its own place.
feeds::FeedConfig airFeed()
{
    const QByteArray json =
        R"({"feeds": [{"id": "bench", "protocol": "ngsi-v2", "url": "http://127.0.0.1:1026",
      "map": [{"type": "AirQualityObserved", "id": "^urn:ngsi-ld:AirQualityObserved:(?<st>.+)$",
               "attributes": {"m0": "air.pm25", "m1": "air.pm10", "m2": "air.no2", "m3": "air.o3",
                              "m4": "air.completeness", "m5": "air.aqi"},
               "place": "air.{st}"}]}]})";
    auto config = feeds::FeedsConfig::parse(json, u"bench.json"_s, catalog());
    if (!config)
        qFatal("%s", qPrintable(config.error().detail));
    return config->feeds.front();
}

void BM_PollIntoTheArchive(benchmark::State& state)
{
    const auto bodies = polls(state.range(0) == 1);
    const feeds::FeedConfig feed = airFeed();
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"feeds.sqlite"_s));
    feeds::PollOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.session = std::make_shared<store::WriterSession>(archive); // (as the collector polls)
    std::size_t inserted = 0, poll = 0;
    for (auto _ : state) {
        feeds::FeedFetch fetched;
        for (const QByteArray& body : bodies[poll++ % bodies.size()]) {
            auto parsed = feeds::parseNgsiV2(body);
            if (!parsed)
                return state.SkipWithError("not parsed");
            fetched.items.observations.insert(fetched.items.observations.end(),
                                              std::make_move_iterator(parsed->observations.begin()),
                                              std::make_move_iterator(parsed->observations.end()));
        }
        const feeds::FeedPollSummary s = feeds::ingestFeedItems(feed, fetched, catalog(), archive, options);
        const qint64 expected = qint64(pagesAPoll()) * kEntities * kMeasures;
        if (!s.errors.isEmpty() || s.inserted != expected)
            return state.SkipWithError(qPrintable(
                u"inserted %1 of %2: %3"_s.arg(s.inserted).arg(expected).arg(s.errors.join(u"; "_s))));
        inserted += std::size_t(s.inserted);
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(inserted), benchmark::Counter::kIsRate);
}

// A collector's polls as the archive ages: a snapshot a minute for two hours (120 polls;
// CITYOPS_BENCH_AGING_POLLS sets it) into one archive. What a poll costs at the start and at
// the end, and the write-ahead log the largest poll left (the pages one commit wrote): an
// index keyed by series that every poll adds to in every series' part grows both with age.
void BM_PollIntoAnAgingArchive(benchmark::State& state)
{
    const int asked = qEnvironmentVariableIntValue("CITYOPS_BENCH_AGING_POLLS");
    const int n = std::max(20, asked > 0 ? asked : 120);
    const feeds::FeedConfig feed = airFeed();
    std::vector<QByteArray> pages; // (one poll's pages, its instant replaced in each poll)
    const QByteArray at =
        QDateTime::fromMSecsSinceEpoch(kFirstPoll, QTimeZone(7 * 3600)).toString(Qt::ISODate).toLatin1();
    for (int page = 0; page < pagesAPoll(); ++page)
        pages.push_back(ngsiPage(false, page * kEntities, kFirstPoll));
    QTemporaryDir dir;
    const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"feeds.sqlite"_s));
    feeds::PollOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.session = std::make_shared<store::WriterSession>(archive);
    std::vector<double> ms;
    qint64 walBytes = 0;
    for (auto _ : state) {
        for (int p = 0; p < n; ++p) {
            const QByteArray when =
                QDateTime::fromMSecsSinceEpoch(kFirstPoll + p * 60'000, QTimeZone(7 * 3600))
                    .toString(Qt::ISODate)
                    .toLatin1();
            feeds::FeedFetch fetched;
            for (const QByteArray& page : pages) {
                auto parsed = feeds::parseNgsiV2(QByteArray(page).replace(at, when));
                if (!parsed)
                    return state.SkipWithError("not parsed");
                fetched.items.observations.insert(fetched.items.observations.end(),
                                                  std::make_move_iterator(parsed->observations.begin()),
                                                  std::make_move_iterator(parsed->observations.end()));
            }
            QElapsedTimer timer;
            timer.start();
            const feeds::FeedPollSummary s =
                feeds::ingestFeedItems(feed, fetched, catalog(), archive, options);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!s.errors.isEmpty() || s.inserted != qint64(pages.size()) * kEntities * kMeasures)
                return state.SkipWithError(qPrintable(s.errors.join(u"; "_s)));
            walBytes = std::max(walBytes, QFileInfo(dir.filePath(u"feeds.sqlite-wal"_s)).size());
        }
    }
    // What a console reads back: every 100th series, the whole run, point for point.
    auto reader = store::Archive::open(archive, false);
    if (!reader)
        return state.SkipWithError(qPrintable(reader.error().toString()));
    auto listed = (*reader)->listSeries();
    if (!listed)
        return state.SkipWithError(qPrintable(listed.error().toString()));
    QElapsedTimer reading;
    reading.start();
    int read = 0;
    for (qsizetype i = 0; i < listed->size(); i += 100, ++read) {
        const auto points = (*reader)->points(listed->at(i).id, kFirstPoll, kFirstPoll + n * 60'000);
        if (!points || points->size() != std::size_t(n))
            return state.SkipWithError("a series did not read back whole");
    }
    state.counters["read_ms_per_series"] = double(reading.nsecsElapsed()) / 1e6 / read;
    const auto mean = [&](std::size_t from, std::size_t to) {
        return std::accumulate(ms.begin() + std::ptrdiff_t(from), ms.begin() + std::ptrdiff_t(to), 0.0) /
               double(to - from);
    };
    const double first = mean(1, 11), last = mean(ms.size() - 10, ms.size()); // (poll 0 creates the series)
    state.counters["polls"] = double(n);
    state.counters["first_ms"] = first;
    state.counters["last_ms"] = last;
    state.counters["last_per_first"] = last / first;
    state.counters["last_obs_per_s"] = double(pages.size() * kEntities * kMeasures) / (last / 1000);
    state.counters["wal_MB"] = double(walBytes) / (1 << 20);
}

// The peer: what a client written in an afternoon does with the same polls. QJsonDocument,
// each number attribute's value, one prepared INSERT (station, attribute, time, value) per
// number into one plain table, one transaction a poll. No units, no ranges, no rollups.
void BM_NaivePoll(benchmark::State& state)
{
    const bool normalized = state.range(0) == 1;
    const auto bodies = polls(normalized);
    QTemporaryDir dir;
    std::size_t inserted = 0, poll = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"naive"_s);
        db.setDatabaseName(dir.filePath(u"naive.sqlite"_s));
        db.open();
        QSqlQuery(db).exec(u"CREATE TABLE obs (entity TEXT, attribute TEXT, t INTEGER, v REAL)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO obs VALUES (?, ?, ?, ?)"_s);
        for (auto _ : state) {
            db.transaction();
            for (const QByteArray& body : bodies[poll++ % bodies.size()]) {
                const QJsonArray list = QJsonDocument::fromJson(body).array();
                for (const QJsonValue& e : list) {
                    const QJsonObject o = e.toObject();
                    const QJsonValue when = o.value(u"dateObserved"_s);
                    const std::int64_t t =
                        QDateTime::fromString(normalized ? when.toObject().value(u"value"_s).toString()
                                                         : when.toString(),
                                              Qt::ISODate)
                            .toMSecsSinceEpoch();
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        const QJsonValue v =
                            normalized && it->isObject() ? it->toObject().value(u"value"_s) : *it;
                        if (!v.isDouble())
                            continue;
                        insert.addBindValue(o.value(u"id"_s).toString());
                        insert.addBindValue(it.key());
                        insert.addBindValue(qint64(t));
                        insert.addBindValue(v.toDouble());
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

// A broker on 127.0.0.1 in a thread of its own, answering /v2/entities with the pages of
// one poll (limit 1000, offset 0, 1000, …) and Fiware-Total-Count.
class LoopbackBroker
{
public:
    explicit LoopbackBroker(std::vector<QByteArray> pages)
        : m_pages(std::move(pages))
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = std::make_unique<QHttpServer>();
                m_server->setMissingHandler(
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& r) {
                        const qsizetype page =
                            QUrlQuery(request.url()).queryItemValue(u"offset"_s).toInt() / kEntities;
                        const QByteArray body =
                            page < qsizetype(m_pages.size()) ? m_pages[std::size_t(page)] : "[]";
                        r.write(body, {{"Content-Type", "application/json"},
                                       {"Fiware-Total-Count",
                                        QByteArray::number(qsizetype(m_pages.size()) * kEntities)}});
                    });
                port = m_server->listen(QHostAddress::LocalHost, 0);
            },
            Qt::BlockingQueuedConnection);
    }
    ~LoopbackBroker()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
    quint16 port = 0;

private:
    std::vector<QByteArray> m_pages;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<QHttpServer> m_server;
};

// A poll of 10,000 entities (10 pages) over loopback: fetched to the end, parsed into
// observations (issue 14: ≤ 1 s). The peer: the same 10 GETs, the bodies only, unparsed.
void BM_PollOverLoopback(benchmark::State& state)
{
    LoopbackBroker broker(polls(state.range(0) == 1).front());
    std::size_t observations = 0;
    for (auto _ : state) {
        const auto fetched = feeds::fetchNgsiV2({broker.url(), {}, {}, {}});
        if (!fetched ||
            fetched->items.observations.size() != std::size_t(pagesAPoll() * kEntities * kMeasures))
            return state.SkipWithError(fetched ? "wrong count" : qPrintable(fetched.error().toString()));
        observations += fetched->items.observations.size();
    }
    state.counters["obs_per_s"] = benchmark::Counter(double(observations), benchmark::Counter::kIsRate);
}

void BM_TransferOnly(benchmark::State& state)
{
    LoopbackBroker broker(polls(state.range(0) == 1).front());
    QNetworkAccessManager manager;
    for (auto _ : state) {
        qint64 bytes = 0;
        for (int page = 0; page < pagesAPoll(); ++page) {
            QUrl url = broker.url();
            url.setPath(u"/v2/entities"_s);
            url.setQuery(u"limit=1000&offset=%1"_s.arg(page * kEntities));
            const auto answer = feeds::httpGet(manager, {url});
            if (!answer || answer->status != 200)
                return state.SkipWithError("no answer");
            bytes += answer->body.size();
        }
        benchmark::DoNotOptimize(bytes);
    }
}

} // namespace

// (As many iterations as there are polls: a poll read twice would insert nothing.)
BENCHMARK(BM_PollIntoTheArchive)
    ->ArgName("normalized")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(kPolls)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_PollIntoAnAgingArchive)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_NaivePoll)
    ->ArgName("normalized")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(kPolls)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_PollOverLoopback)
    ->ArgName("normalized")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_TransferOnly)
    ->ArgName("normalized")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_CityOps)->ArgName("normalized")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QJsonDocument)->ArgName("normalized")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

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
