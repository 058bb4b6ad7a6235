// MQTT → archive: messages published at a steady rate (QoS 1) to a mosquitto broker on
// 127.0.0.1, collected by an MqttFeed (the collector's path: the subscriber's queue drained
// every 25 ms through the feed's rules and the ObservationWriter into a SQLite archive).
// Issue 14 asks 1,000 messages/s sustained with ≤ 250 ms from publish to the archive at p95.
// The latency of a message is from just before it is published to just after the
// transaction holding it committed. The peer, in the same run on the same messages: a bare
// libmosquitto subscriber (MqttSubscriber) on the same broker, whose latency (publish to
// receipt) is what the broker and loopback take, the floor under CityOps'.
//
// CITYOPS_BENCH_MQTT_SECONDS: how long to publish (default 10; the smoke test 1).

#include "core/catalog/catalogloader.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/mqtt/mqttfeed.h"
#include "core/feeds/mqtt/mqttsubscriber.h"
#include "core/sim/mqttpublisher.h"
#include "core/store/archive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <thread>
#include <vector>

#include "tests/support/mosquittobroker.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kPlaces = 50;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

feeds::FeedConfig benchFeed(quint16 port)
{
    const QByteArray json = QStringLiteral(R"({"feeds": [{"id": "bench-mqtt", "protocol": "mqtt",
      "url": "mqtt://127.0.0.1:%1", "topics": ["bench/#"], "payload": "json", "timeField": "t",
      "map": [{"id": "^bench/(?<place>[^/]+)$", "attribute": "^value$", "indicator": "air.pm25",
               "place": "{place}"}]}]})")
                                .arg(port)
                                .toUtf8();
    auto config = feeds::FeedsConfig::parse(json, u"bench.json"_s, catalog());
    if (!config)
        qFatal("%s", qPrintable(config.error().detail));
    return config->feeds.first();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (!done() && Clock::now() < until)
        QThread::msleep(10);
    return done();
}

// Publishes `count` messages at `rate` a second, recording when each was handed to the
// client. Message i is {"t": base + i ms, "value": i % 500, "seq": "i"} on
// bench/place-(i % kPlaces): one observation (the text is not a measure), the feed's lines
// are the messages in the order received.
void publishAll(quint16 port, int rate, int count, std::int64_t baseMs,
                std::vector<std::int64_t>& publishedNs)
{
    sim::MqttPublisher publisher;
    if (!publisher.connect(u"127.0.0.1"_s, port, u"cityops-bench-publisher"_s))
        return;
    const std::int64_t start = nowNs();
    for (int i = 0; i < count; ++i) {
        const std::int64_t due = start + std::int64_t(i) * 1'000'000'000 / rate;
        while (nowNs() < due)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        const QByteArray payload = "{\"t\": \"" +
                                   QDateTime::fromMSecsSinceEpoch(baseMs + i, QTimeZone::utc())
                                       .toString(Qt::ISODateWithMs)
                                       .toUtf8() +
                                   "\", \"value\": " + QByteArray::number(i % 500) + ", \"seq\": \"" +
                                   QByteArray::number(i) + "\"}";
        publishedNs[std::size_t(i)] = nowNs();
        publisher.publish(u"bench/place-%1"_s.arg(i % kPlaces), payload, true);
    }
    QThread::msleep(500); // (what is in flight reaches the broker)
}

void BM_MqttIntoTheArchive(benchmark::State& state)
{
    const int rate = int(state.range(0));
    const char* env = std::getenv("CITYOPS_BENCH_MQTT_SECONDS");
    const int count = rate * (env ? std::max(1, std::atoi(env)) : 10);
    for (auto _ : state) {
        QTemporaryDir dir;
        const quint16 port = test::freePort();
        test::MosquittoBroker broker(dir.path(), port);
        if (!broker.start()) {
            state.SkipWithError("mosquitto did not start");
            return;
        }
        const feeds::FeedConfig feed = benchFeed(port);
        const auto archive = *store::ArchiveLocation::parse(dir.filePath(u"mqtt.sqlite"_s));
        std::vector<std::int64_t> published(std::size_t(count), 0), committed(std::size_t(count), 0),
            received(std::size_t(count), 0);
        std::atomic<qint64> through{0}; // lines (messages, in the order received) committed
        feeds::PollOptions options;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        feeds::MqttFeed collector(feed, catalog(), archive, options, [&](const store::BatchCommitted& b) {
            const std::int64_t at = nowNs();
            for (qint64 line = through.load() + 1; line <= b.lastLine && line <= count; ++line)
                committed[std::size_t(line - 1)] = at;
            through = std::max(through.load(), b.lastLine);
        });
        // The peer: the same messages, received and nothing else.
        std::atomic<int> peerCount{0};
        std::atomic<int> outOfOrder{0};
        feeds::MqttSubscription bare;
        bare.port = port;
        bare.clientId = u"cityops-bench-peer"_s;
        bare.topics = {u"bench/#"_s};
        feeds::MqttSubscriber peer(bare, [&](const QString&, const QByteArray& payload) {
            const std::int64_t at = nowNs();
            const qsizetype s = payload.indexOf("\"seq\": ");
            const int seq = payload.mid(s + 8, payload.size() - s - 10).toInt();
            if (seq != peerCount.load())
                ++outOfOrder;
            if (seq >= 0 && seq < count)
                received[std::size_t(seq)] = at;
            ++peerCount;
        });
        if (!collector.start() || !peer.start() ||
            !waitFor([&] { return collector.connected() && peer.connected(); }, 10'000)) {
            state.SkipWithError("not subscribed");
            return;
        }
        const std::int64_t baseMs = options.nowMs - 86'400'000;
        std::thread publisher([&] { publishAll(port, rate, count, baseMs, published); });
        const auto deadline = Clock::now() + std::chrono::seconds(count / rate + 30);
        while (through.load() < count && Clock::now() < deadline) {
            collector.drain(); // as the collector does
            QThread::msleep(feeds::MqttFeed::kDrainMs);
        }
        publisher.join();
        const feeds::FeedPollSummary last = collector.stop();
        std::vector<double> ours, floor;
        for (int i = 0; i < count; ++i) {
            if (committed[std::size_t(i)] > 0)
                ours.push_back(double(committed[std::size_t(i)] - published[std::size_t(i)]) / 1e6);
            if (received[std::size_t(i)] > 0)
                floor.push_back(double(received[std::size_t(i)] - published[std::size_t(i)]) / 1e6);
        }
        state.counters["messages"] = double(count);
        state.counters["archived"] = double(ours.size());
        state.counters["p50_ms"] = percentile(ours, 0.50);
        state.counters["p95_ms"] = percentile(ours, 0.95);
        state.counters["max_ms"] = percentile(ours, 1.0);
        state.counters["peer_p50_ms"] = percentile(floor, 0.50);
        state.counters["peer_p95_ms"] = percentile(floor, 0.95);
        state.counters["out_of_order"] = double(outOfOrder.load());
        qint64 points = 0; // (what the archive holds, counted there)
        if (auto opened = store::Archive::open(archive, false)) {
            const auto series = (*opened)->listSeries();
            for (const store::SeriesInfo& s : series.ok() ? *series : QList<store::SeriesInfo>()) {
                if (auto p = (*opened)->points(s.id, 0, std::numeric_limits<std::int64_t>::max()))
                    points += qint64(p->size());
            }
        }
        state.counters["points_in_archive"] = double(points);
        if (std::int64_t(ours.size()) != count || points != count || !last.errors.isEmpty())
            state.SkipWithError("not every message reached the archive");
    }
}
BENCHMARK(BM_MqttIntoTheArchive)
    ->Arg(1000)
    ->Arg(5000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

} // namespace

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
