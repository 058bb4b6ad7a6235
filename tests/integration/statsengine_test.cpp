// The statistics engine through its one read-only interface: every catalog service gives
// the same answer on the in-memory store and on the archive (both engines); a city with no
// data gives nulls with reasons, never zeros and never errors; targets and national
// benchmarks compute what the table says.

#include "core/catalog/catalogloader.h"
#include "core/sim/demohistory.h"
#include "core/stats/statsengine.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <random>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace cityops::store;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kAt = 1'780'290'000'000; // 2026-06-01T12:00:00+07:00

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

// Where two results differ, as "path: a vs b" (empty when they agree): numbers to a relative
// 1e-12 (the archive sums its rollups in another order), everything else exactly, but not
// when they were computed (and, where the archive counted sub-hourly periods per hour, not
// the gaps, which it sees to the hour only).
QString difference(const QJsonValue& a, const QJsonValue& b, const QString& path)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return std::abs(x - y) <= 1e-12 * std::max({1.0, std::abs(x), std::abs(y)})
                   ? QString()
                   : u"%1: %2 vs %3"_s.arg(path).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return path + u": keys "_s + x.keys().join(u',') + u" vs "_s + y.keys().join(u',');
        for (const QString& key : x.keys()) {
            if (key == u"computedAt"_s)
                continue;
            if (const QString d = difference(x.value(key), y.value(key), path + u'/' + key); !d.isEmpty())
                return d;
        }
        return QString();
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return u"%1: %2 vs %3 items"_s.arg(path).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (const QString d = difference(x.at(i), y.at(i), path + u'/' + QString::number(i));
                !d.isEmpty())
                return d;
        }
        return QString();
    }
    return a == b ? QString()
                  : u"%1: %2 vs %3"_s.arg(path, a.toVariant().toString(), b.toVariant().toString());
}

std::string compare(const stats::StatResult& memory, const stats::StatResult& archive)
{
    QJsonObject a = memory.toJson();
    QJsonObject b = archive.toJson();
    if (archive.provenance.completenessFromCounts) {
        for (QJsonObject* o : {&a, &b}) {
            QJsonObject p = o->value(u"provenance"_s).toObject();
            p.remove(u"gaps"_s);
            p.remove(u"completenessBasis"_s);
            o->insert(u"provenance"_s, p);
        }
    }
    return difference(a, b, QString()).toStdString();
}

class StatsEngineTest : public testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!m_scratch.ok())
            GTEST_FAIL() << m_scratch.error().toStdString();
        auto archive = Archive::open(*ArchiveLocation::parse(m_scratch.url()));
        ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
        m_archive = std::move(*archive);
        // Ten days of the demo city, and its slow series (monthly, yearly) over two years.
        const sim::DemoCity city(catalog(), 1);
        auto history = sim::generateHistory(city, kAt - 10 * kDay, kAt);
        for (auto& slow : sim::generateHistory(city, kAt - 730 * kDay, kAt - 10 * kDay, 86'400'000))
            history.push_back(std::move(slow));
        for (const SeriesHistory& h : history) {
            const Indicator* indicator = catalog().indicator(h.key.indicator);
            const SeriesId memory =
                m_store.ensureSeries(h.key, indicator ? indicator->periodSeconds * 1000LL : 0);
            (void)m_store.insert(memory, h.points);
            const SeriesId stored = *m_archive->ensureSeries(h.key, indicator ? indicator->unit : QString());
            ArchiveBatch batch;
            batch.series.assign(h.points.size(), stored);
            batch.points = h.points;
            ASSERT_TRUE(m_archive->write(batch).ok());
        }
    }

    test::ScratchArchive m_scratch{GetParam()};
    std::unique_ptr<Archive> m_archive;
    SeriesStore m_store;
};

TEST_P(StatsEngineTest, EveryServiceGivesTheSameAnswerOnTheStoreAndTheArchive)
{
    ASSERT_EQ(catalog().statServices.size(), 150);
    StoreReader memory(m_store);
    ArchiveReader archive(*m_archive);
    stats::StatsEngine onMemory(catalog(), memory);
    stats::StatsEngine onArchive(catalog(), archive);
    int withNumbers = 0;
    for (const StatService& service : catalog().statServices) {
        const auto a = onMemory.run(service, kAt);
        const auto b = onArchive.run(service, kAt);
        ASSERT_TRUE(a.ok()) << service.id.toStdString() << ": " << a.error().message.toStdString();
        ASSERT_TRUE(b.ok()) << service.id.toStdString() << ": " << b.error().message.toStdString();
        EXPECT_EQ(compare(*a, *b), "") << service.id.toStdString();
        withNumbers += (a->value || !a->rowsEmpty()) ? 1 : 0;
    }
    EXPECT_GE(withNumbers, 140) << "ten days of the city give most services something to say";
}

// Counts the raw points a reader hands out.
class CountingReader final : public SeriesReader
{
public:
    explicit CountingReader(SeriesReader& inner)
        : m_inner(inner)
    {}
    Result<QList<SeriesInfo>> series() override { return m_inner.series(); }
    Result<std::optional<SeriesInfo>> find(const SeriesKey& key) override { return m_inner.find(key); }
    Result<std::vector<Point>> points(const SeriesKey& key, std::int64_t from, std::int64_t to) override
    {
        auto p = m_inner.points(key, from, to);
        if (p)
            points_ += std::int64_t(p->size());
        return p;
    }
    Result<std::vector<Bucket>> buckets(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                        Bucketing bucketing) override
    {
        auto b = m_inner.buckets(key, from, to, bucketing);
        if (b)
            buckets_ += std::int64_t(b->size());
        return b;
    }
    bool rollupsCheaper() const override { return m_inner.rollupsCheaper(); }
    bool tellsPeriods() const override { return tells_ && m_inner.tellsPeriods(); }
    Result<std::vector<PeriodRun>> periodRuns(const SeriesKey& key, std::int64_t from, std::int64_t to,
                                              std::int64_t periodMs, std::int64_t offsetMs) override
    {
        return m_inner.periodRuns(key, from, to, periodMs, offsetMs);
    }
    std::int64_t points_ = 0;
    std::int64_t buckets_ = 0;
    bool tells_ = true; // false: the engine reads points, as from a reader that cannot tell

private:
    SeriesReader& m_inner;
};

TEST_P(StatsEngineTest, TheArchiveAnswersSumsAndMeansFromItsRollups)
{
    ArchiveReader archive(*m_archive);
    CountingReader counting(archive);
    stats::StatsEngine engine(catalog(), counting);
    // Ten days of 5-minute traffic counts, summed per day: hourly rollups, not 2,880 points a station.
    const auto r =
        engine.run(stats::StatsEngine::AdHoc{u"aggregate"_s,
                                             {{u"traffic.flow"_s, u"traffic.dragon-bridge-east"_s}},
                                             kAt - 9 * kDay - 3'600'000,
                                             kAt,
                                             QJsonObject{{u"fn"_s, u"sum"_s}, {u"bucket"_s, u"1d"_s}}},
                   kAt);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_GT(r->provenance.points, 2000);
    EXPECT_LT(counting.points_, 30) << "only the partial hours at the ends are read as points";
    EXPECT_GT(counting.buckets_, 200);
    EXPECT_TRUE(r->provenance.completenessFromCounts);
    // A quantile needs every point.
    counting.points_ = 0;
    const auto q =
        engine.run(stats::StatsEngine::AdHoc{u"aggregate"_s,
                                             {{u"traffic.flow"_s, u"traffic.dragon-bridge-east"_s}},
                                             kAt - 9 * kDay,
                                             kAt,
                                             QJsonObject{{u"fn"_s, u"quantile"_s}, {u"q"_s, 0.9}}},
                   kAt);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(counting.points_, q->provenance.points);
}

// The in-memory store answers counts, sums, means, minima and maxima from its day rollups,
// the periods with a reading told by its chunks: the same answers (completeness and gaps
// included) as from every point, on hourly data with gaps, a missing day, two readings in
// one hour and readings off the hour; and only the partial days at the ends read as points.
TEST(StatsEngine, TheStoreAnswersFromItsDayRollupsAsItsPointsWould)
{
    SeriesStore store;
    std::mt19937 rng(7);
    QList<SeriesKey> places;
    const std::int64_t from = kAt - 60 * kDay + 5 * 3'600'000; // not on a day's edge
    for (int i = 0; i < 6; ++i) {
        const SeriesKey key{u"air.pm25"_s, u"st-%1"_s.arg(i)};
        places << key;
        std::vector<Point> points;
        for (std::int64_t t = from - 3 * kDay; t < kAt + kDay; t += 3'600'000) {
            const int roll = int(rng() % 1000);
            if (roll < 30 || (i == 2 && t > kAt - 20 * kDay && t < kAt - 19 * kDay))
                continue; // an hour (or, at st-2, a whole day) without a reading
            points.push_back({t + (roll < 60 ? 17 * 60'000 : 0), double(rng() % 5000) / 10.0, Quality::Good});
            if (roll > 990)
                points.push_back({t + 40 * 60'000, double(rng() % 5000) / 10.0, Quality::Good});
        }
        (void)store.insert(store.ensureSeries(key, 3'600'000), points);
    }
    StoreReader reader(store);
    CountingReader told(reader);
    CountingReader points(reader);
    points.tells_ = false;
    stats::StatsEngine fast(catalog(), told);
    stats::StatsEngine slow(catalog(), points);
    const std::vector<std::pair<QString, QJsonObject>> requests = {
        {u"aggregate"_s, {{u"fn"_s, u"mean"_s}}},
        {u"aggregate"_s, {{u"fn"_s, u"max"_s}, {u"bucket"_s, u"1d"_s}}},
        {u"aggregate"_s, {{u"fn"_s, u"sum"_s}, {u"bucket"_s, u"1w"_s}}},
        {u"aggregate"_s, {{u"fn"_s, u"count"_s}, {u"bucket"_s, u"1mo"_s}}},
        {u"rank"_s, {{u"fn"_s, u"mean"_s}, {u"order"_s, u"desc"_s}}},
        {u"share"_s, {{u"fn"_s, u"sum"_s}}},
        {u"change"_s, {{u"period"_s, u"1w"_s}, {u"fn"_s, u"mean"_s}}},
        {u"exceedance"_s, {{u"threshold"_s, 250}, {u"of"_s, u"1d"_s}}},
        {u"exceedance"_s,
         {{u"threshold"_s, 400},
          {u"op"_s, u">="_s},
          {u"of"_s, u"1d"_s},
          {u"fn"_s, u"max"_s},
          {u"bucket"_s, u"1w"_s}}},
    };
    for (const auto& [kind, params] : requests) {
        for (const QList<SeriesKey>& series : {QList<SeriesKey>{places.at(2)}, places}) {
            if (series.size() == 1 && (kind == u"rank"_s || kind == u"share"_s))
                continue;
            const stats::StatsEngine::AdHoc request{kind, series, from, kAt, params};
            told.points_ = 0;
            const auto a = fast.run(request, kAt);
            const auto b = slow.run(request, kAt);
            ASSERT_TRUE(a.ok() && b.ok()) << kind.toStdString();
            const std::string what = kind.toStdString() + " " +
                                     QJsonDocument(params).toJson(QJsonDocument::Compact).toStdString() +
                                     " at " + std::to_string(series.size());
            EXPECT_EQ(compare(*a, *b), "") << what;
            EXPECT_FALSE(a->provenance.gaps.isEmpty()) << what;
            EXPECT_LT(a->provenance.completenessPct.value_or(100), 99.0) << what;
            EXPECT_FALSE(a->provenance.completenessFromCounts) << what;
            EXPECT_LT(told.points_, 60 * series.size()) << what << ": only the partial days are points";
            EXPECT_GT(points.points_, 1000) << what;
        }
    }
}

// A day of 24 readings of 0.3 has the mean 0.3 (pandas, compensated sums) though its
// readings added in order make 0.2999999999999999: a day on the threshold is read again
// from its points, so days ≥ 0.3 are all three on either path.
TEST(StatsEngine, ADayOnTheThresholdCountsAsItsPointsSay)
{
    SeriesStore store;
    const SeriesKey key{u"air.pm25"_s, u"st-0"_s};
    const std::int64_t midnight = kAt - 12 * 3'600'000 - 3 * kDay; // local midnight, three days before
    std::vector<Point> points;
    for (std::int64_t t = midnight; t < midnight + 3 * kDay; t += 3'600'000)
        points.push_back({t, 0.3, Quality::Good});
    (void)store.insert(store.ensureSeries(key, 3'600'000), points);
    StoreReader reader(store);
    CountingReader told(reader);
    CountingReader read(reader);
    read.tells_ = false;
    const stats::StatsEngine::AdHoc request{
        u"exceedance"_s,
        {key},
        midnight,
        midnight + 3 * kDay,
        QJsonObject{{u"threshold"_s, 0.3}, {u"op"_s, u">="_s}, {u"of"_s, u"1d"_s}}};
    for (CountingReader* r : {&told, &read}) {
        stats::StatsEngine engine(catalog(), *r);
        const auto result = engine.run(request, kAt);
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(result->value, 3.0) << (r == &told ? "from the rollups" : "from the points");
    }
}

// A rolling window computes what it says or says it cannot: a median is refused, not read
// as a mean.
TEST(StatsEngine, ARollingWindowRefusesAFunctionItDoesNotCompute)
{
    SeriesStore store;
    const SeriesKey key{u"air.pm25"_s, u"st-0"_s};
    std::vector<Point> points;
    for (int i = 0; i < 48; ++i)
        points.push_back({kAt - (48 - i) * 3'600'000LL, double(i), Quality::Good});
    (void)store.insert(store.ensureSeries(key, 3'600'000), points);
    StoreReader reader(store);
    stats::StatsEngine engine(catalog(), reader);
    const auto run = [&](const QString& fn) {
        return engine.run(stats::StatsEngine::AdHoc{u"rolling"_s,
                                                    {key},
                                                    std::nullopt,
                                                    std::nullopt,
                                                    QJsonObject{{u"window"_s, u"3h"_s}, {u"fn"_s, fn}}},
                          kAt);
    };
    const auto median = run(u"median"_s);
    ASSERT_FALSE(median.ok());
    EXPECT_EQ(median.error().code, ErrorCode::InvalidArgument);
    const auto mean = run(u"mean"_s);
    ASSERT_TRUE(mean.ok());
    ASSERT_EQ(mean->series.size(), 48U);
    EXPECT_DOUBLE_EQ(mean->series.at(47, 0), 46.0); // (45 + 46 + 47) / 3
    const auto max = run(u"max"_s);
    ASSERT_TRUE(max.ok());
    EXPECT_DOUBLE_EQ(max->series.at(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(max->series.at(47, 0), 47.0);
}

INSTANTIATE_TEST_SUITE_P(Engines, StatsEngineTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const auto& info) { return std::string(info.param); });

TEST(StatsEngine, ACityWithoutDataGivesNullsWithReasonsNeverZeros)
{
    SeriesStore empty;
    StoreReader reader(empty);
    stats::StatsEngine engine(catalog(), reader);
    for (const StatService& service : catalog().statServices) {
        const auto r = engine.run(service, kAt);
        ASSERT_TRUE(r.ok()) << service.id.toStdString() << ": " << r.error().message.toStdString();
        EXPECT_FALSE(r->value.has_value()) << service.id.toStdString();
        EXPECT_TRUE(r->rowsEmpty()) << service.id.toStdString();
        EXPECT_FALSE(r->reason.isEmpty()) << service.id.toStdString();
        EXPECT_EQ(r->provenance.points, 0);
    }
}

// One series of `indicator` at Da Nang with the given (day, value) readings.
void fill(SeriesStore& store, const QString& indicator,
          const std::vector<std::pair<std::int64_t, double>>& values)
{
    const SeriesId id = store.ensureSeries({indicator, u"danang"_s}, kDay);
    for (const auto& [t, v] : values) {
        const Point p{t, v, Quality::Good};
        (void)store.insert(id, std::span(&p, 1));
    }
}

TEST(StatsEngine, ABenchmarkIsTheRatioAndTheDifferenceToTheNationalFigure)
{
    const StatService* service = catalog().statService(u"ps.fully-online-dossiers-vs-national"_s);
    ASSERT_NE(service, nullptr);
    const Indicator* indicator = catalog().indicator(service->indicators.front());
    ASSERT_TRUE(indicator->national && indicator->national->value);
    const double national = *indicator->national->value;
    SeriesStore store;
    fill(store, indicator->id, {{kAt - 60 * kDay, 90}, {kAt - 30 * kDay, 97}});
    StoreReader reader(store);
    stats::StatsEngine engine(catalog(), reader);
    const auto r = engine.run(*service, kAt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->value, 97.0) << "the latest figure";
    EXPECT_DOUBLE_EQ(r->extra.value(u"ratio"_s).toDouble(), 97.0 / national);
    EXPECT_DOUBLE_EQ(r->extra.value(u"difference"_s).toDouble(), 97.0 - national);
}

TEST(StatsEngine, ATargetGivesTheGapTheShareAchievedAndTheProjection)
{
    const StatService* service = catalog().statService(u"ps.procedures-cut-by-data-target"_s);
    ASSERT_NE(service, nullptr);
    const Indicator* indicator = catalog().indicator(service->indicators.front());
    ASSERT_FALSE(indicator->targets.isEmpty());
    const Target& target = indicator->targets.front();
    ASSERT_TRUE(target.value.has_value());
    // A straight line that reaches the target a year before the target year's end.
    const std::int64_t yearEnd = [&] {
        QDateTime end(QDate(target.year + 1, 1, 1), QTime(0, 0), QTimeZone(7 * 3600));
        return end.toMSecsSinceEpoch();
    }();
    const std::int64_t reach = yearEnd - 365 * kDay;
    const double slopePerDay = 0.05;
    std::vector<std::pair<std::int64_t, double>> line;
    for (std::int64_t t = reach - 400 * kDay; t <= reach - 100 * kDay; t += 30 * kDay)
        line.emplace_back(t, *target.value - slopePerDay * double(reach - t) / double(kDay));
    SeriesStore store;
    fill(store, indicator->id, line);
    StoreReader reader(store);
    stats::StatsEngine engine(catalog(), reader);
    const auto r = engine.run(*service, reach);
    ASSERT_TRUE(r.ok());
    const double latest = line.back().second;
    EXPECT_DOUBLE_EQ(*r->value, latest);
    const QJsonObject row = r->rows().at(0).toObject();
    EXPECT_EQ(row.value(u"year"_s).toInt(), target.year);
    EXPECT_NEAR(row.value(u"gap"_s).toDouble(), *target.value - latest, 1e-9);
    EXPECT_NEAR(row.value(u"achievedPct"_s).toDouble(), 100 * latest / *target.value, 1e-9);
    EXPECT_NEAR(row.value(u"projected"_s).toDouble(), *target.value + slopePerDay * 365, 1e-6);
    EXPECT_TRUE(row.value(u"onTrack"_s).toBool());
}

TEST(StatsEngine, AdHocRequestsAreCheckedBeforeAnythingIsRead)
{
    SeriesStore store;
    fill(store, u"economy.cpi"_s, {{kAt - kDay, 3.1}});
    StoreReader reader(store);
    stats::StatsEngine engine(catalog(), reader);
    const SeriesKey cpi{u"economy.cpi"_s, u"danang"_s};
    using AdHoc = stats::StatsEngine::AdHoc;
    EXPECT_EQ(engine.run(AdHoc{u"median-ish"_s, {cpi}, {}, {}, {}}, kAt).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(
        engine.run(AdHoc{u"aggregate"_s, {cpi}, {}, {}, QJsonObject{{u"fn"_s, u"mode"_s}}}, kAt).error().code,
        ErrorCode::InvalidArgument);
    EXPECT_EQ(engine.run(AdHoc{u"aggregate"_s, {cpi}, {}, {}, {}}, kAt).error().code,
              ErrorCode::InvalidArgument)
        << "fn is required";
    EXPECT_EQ(engine.run(AdHoc{u"correlation"_s, {cpi}, {}, {}, {}}, kAt).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(engine.run(AdHoc{u"aggregate"_s, {cpi}, kAt, kAt - 1, QJsonObject{{u"fn"_s, u"mean"_s}}}, kAt)
                  .error()
                  .code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(engine
                  .run(AdHoc{u"aggregate"_s,
                             {{u"economy.cpi"_s, u"hue"_s}},
                             {},
                             {},
                             QJsonObject{{u"fn"_s, u"mean"_s}}},
                       kAt)
                  .error()
                  .code,
              ErrorCode::NotFound);
    const auto ok = engine.run(AdHoc{u"aggregate"_s, {cpi}, {}, {}, QJsonObject{{u"fn"_s, u"mean"_s}}}, kAt);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->value, 3.1);
}

} // namespace
