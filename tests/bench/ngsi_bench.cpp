// NGSI-v2 pages → observations: CityOps' reader (simdjson) against the peer, QJsonDocument
// doing only the JSON part of the same work, on the same 1,000-entity pages in the same run.
// Both forms: normalized (type/value/metadata per attribute, unitCode) and keyValues. Issue 14
// asks ≥ 1M observations/s end to end; counters: observations per second.

#include "core/feeds/ngsi/ngsiv2.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEntities = 1000;
constexpr int kMeasures = 6; // numbers per entity, as an AirQualityObserved station sends

QByteArray page(bool normalized)
{
    QJsonArray entities;
    for (int i = 0; i < kEntities; ++i) {
        QJsonObject e{{u"id"_s, u"urn:ngsi-ld:AirQualityObserved:station-%1"_s.arg(i)},
                      {u"type"_s, u"AirQualityObserved"_s}};
        const QString when = u"2026-10-14T%1:00:00+07:00"_s.arg(i % 24, 2, 10, QChar(u'0'));
        const QJsonObject point{{u"type"_s, u"Point"_s},
                                {u"coordinates"_s, QJsonArray{108.2 + i * 1e-4, 16.05}}};
        if (normalized) {
            e[u"dateObserved"_s] = QJsonObject{{u"type"_s, u"DateTime"_s}, {u"value"_s, when}};
            e[u"location"_s] = QJsonObject{{u"type"_s, u"geo:json"_s}, {u"value"_s, point}};
        } else {
            e[u"dateObserved"_s] = when;
            e[u"location"_s] = point;
        }
        for (int m = 0; m < kMeasures; ++m) {
            const double v = 10 + (i * 7 + m * 13) % 90 + 0.5;
            const QString name = u"m%1"_s.arg(m);
            if (normalized)
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
    const QByteArray body = page(state.range(0) == 1);
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
    const QByteArray body = page(normalized);
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

} // namespace

BENCHMARK(BM_CityOps)->ArgName("normalized")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QJsonDocument)->ArgName("normalized")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
