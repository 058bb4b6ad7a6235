// The demo city: deterministic, complete, and coupled the way a real city is.

#include "core/catalog/catalogloader.h"
#include "core/sim/democity.h"

#include <QCryptographicHash>

#include <bit>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numeric>

using namespace cityops;
using namespace cityops::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kOct1Local2022 = 1664557200000; // 2022-10-01T00:00+07:00
constexpr std::int64_t kJul1Local2024 = 1719766800000; // 2024-07-01T00:00+07:00

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

QByteArray digest(const DemoCity& city, std::int64_t from, std::int64_t to)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    city.generate(from, to, [&](std::size_t s, const std::vector<store::Point>& pts) {
        hash.addData(city.series()[s].key.toString().toUtf8());
        for (const store::Point& p : pts) { // field by field: a Point has padding bytes
            const std::uint64_t bits = std::bit_cast<std::uint64_t>(p.v);
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(&p.t), sizeof p.t));
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(&bits), sizeof bits));
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(&p.q), sizeof p.q));
        }
    });
    return hash.result();
}

std::vector<std::size_t> seriesOf(const DemoCity& city, const QString& indicator)
{
    std::vector<std::size_t> out;
    for (std::size_t s = 0; s < city.series().size(); ++s) {
        if (city.series()[s].key.indicator == indicator)
            out.push_back(s);
    }
    return out;
}

double correlation(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

TEST(DemoCity, SameSeedSameBytesOtherSeedOtherCity)
{
    const DemoCity a(catalog(), 7);
    const DemoCity b(catalog(), 7);
    const DemoCity c(catalog(), 8);
    const auto to = kJul1Local2024 + 2 * kDay;
    EXPECT_EQ(digest(a, kJul1Local2024, to), digest(b, kJul1Local2024, to));
    EXPECT_NE(digest(a, kJul1Local2024, to), digest(c, kJul1Local2024, to));
    // A value does not depend on what was generated before it: any instant stands alone.
    const std::size_t flow = seriesOf(a, u"traffic.flow"_s).front();
    const std::int64_t t = a.next(flow, kJul1Local2024 + 30 * kDay + 8 * kHour);
    EXPECT_EQ(a.valueAt(flow, t), DemoCity(catalog(), 7).valueAt(flow, t));
}

TEST(DemoCity, CoversEveryIndicatorAtItsPlacesAndPeriod)
{
    const DemoCity city(catalog(), 1);
    std::map<QString, int> perIndicator;
    for (const auto& s : city.series()) {
        ++perIndicator[s.key.indicator];
        EXPECT_NE(s.key.place, u"hoang-sa"_s) << "Hoàng Sa publishes no data";
    }
    // Every indicator, but the IOC's counts of catalog entries it does not have yet (the
    // services and rules of later issues): those show their published figure, never noise.
    const std::size_t unpublished =
        (catalog().statServices.isEmpty() ? 1 : 0) + (catalog().warningRules.isEmpty() ? 1 : 0);
    EXPECT_EQ(perIndicator.size(), std::size_t(catalog().indicators.size()) - unpublished);
    EXPECT_EQ(perIndicator.count(u"digital.ioc-statistics-services"_s),
              catalog().statServices.isEmpty() ? 0U : 1U);
    EXPECT_EQ(perIndicator[u"traffic.incidents"_s], 7) << "7 districts publish (Hoàng Sa does not)";
    EXPECT_EQ(perIndicator[u"flood.depth"_s], 12) << "one series per flood tower";
    EXPECT_EQ(perIndicator[u"digital.economy-share"_s], 1);

    // One day: 5-minute series have 288 points unless a sensor dropped out; monthly ones 0 or 1.
    std::size_t garbage = 0, total = 0;
    city.generate(
        kJul1Local2024, kJul1Local2024 + kDay, [&](std::size_t s, const std::vector<store::Point>& pts) {
            const auto& series = city.series()[s];
            EXPECT_LE(pts.size(), std::size_t(kDay / series.periodMs + 1))
                << series.key.toString().toStdString();
            if (series.events)
                return; // one reading per report or reply: DemoFeedback's tests
            if (!series.sensor && series.periodMs <= kDay) {
                EXPECT_EQ(pts.size(), std::size_t(std::max<std::int64_t>(1, kDay / series.periodMs)))
                    << series.key.toString().toStdString();
            }
            for (const auto& p : pts) {
                ++total;
                garbage += series.indicator->plausible.contains(p.v) ? 0 : 1;
                EXPECT_EQ((p.t + 7 * kHour) % std::min<std::int64_t>(series.periodMs, kDay), 0)
                    << "on the local grid: " << series.key.toString().toStdString();
            }
        });
    EXPECT_GT(total, 20000u);
    EXPECT_LT(double(garbage) / double(total), 0.002) << "sensors send garbage rarely";
}

TEST(DemoCity, TrafficHasRushHoursAndQuieterWeekends)
{
    const DemoCity city(catalog(), 1);
    const auto flows = seriesOf(city, u"traffic.flow"_s);
    auto meanAt = [&](std::int64_t day, double hour) {
        double sum = 0;
        int n = 0;
        for (std::size_t s : flows) {
            if (const auto v =
                    city.valueAt(s, city.next(s, kJul1Local2024 + day * kDay + std::int64_t(hour * kHour)))) {
                sum += *v;
                ++n;
            }
        }
        return sum / n;
    };
    // 2024-07-01 is a Monday, 2024-07-06 a Saturday.
    const double night = meanAt(0, 3.0);
    const double morning = meanAt(0, 7.5);
    const double evening = meanAt(0, 17.5);
    const double noon = meanAt(0, 12.5);
    EXPECT_GT(morning, 3 * night);
    EXPECT_GT(evening, 3 * night);
    EXPECT_GT(evening, noon);
    EXPECT_LT(meanAt(5, 17.5), 0.8 * evening) << "Saturday's evening is quieter than Monday's";
    // Speed falls when flow rises.
    const std::size_t flow = flows.front();
    const std::size_t speed = seriesOf(city, u"traffic.speed"_s).front();
    std::vector<double> f, v;
    for (std::int64_t t = kJul1Local2024; t < kJul1Local2024 + 7 * kDay; t += 15 * 60'000) {
        const auto a = city.valueAt(flow, t);
        const auto b = city.valueAt(speed, t);
        if (a && b && *a < 3000 && *b < 130) {
            f.push_back(*a);
            v.push_back(*b);
        }
    }
    EXPECT_LT(correlation(f, v), -0.7);
}

TEST(DemoCity, FloodDepthFollowsRainWithALagAndRecedes)
{
    const DemoCity city(catalog(), 1);
    // October 2022, the wet season: hourly rain at the tower's gauge and the tower's depth.
    const std::size_t tower = seriesOf(city, u"flood.depth"_s).front();
    std::vector<double> rain, depth;
    for (std::int64_t t = kOct1Local2022 + kHour; t < kOct1Local2022 + 31 * kDay; t += kHour) {
        rain.push_back(city.rainMmPerHour(0, t));
        const auto d = city.valueAt(tower, t);
        depth.push_back(d && *d <= 300 ? *d : 0);
    }
    double total = std::accumulate(rain.begin(), rain.end(), 0.0);
    EXPECT_GT(total, 200) << "October is wet in Da Nang";
    // Depth correlates best with the rain one to three hours earlier, not with the same hour.
    auto lagged = [&](int lag) {
        std::vector<double> r(rain.begin(), rain.end() - lag), d(depth.begin() + lag, depth.end());
        return correlation(r, d);
    };
    const double c0 = lagged(0), c2 = lagged(2), c12 = lagged(12);
    EXPECT_GT(c2, c0);
    EXPECT_GT(c2, 0.5);
    EXPECT_LT(c12, c2);
    // After the wettest hour the water takes hours to go, it does not vanish at once.
    const auto wettest = std::size_t(std::max_element(rain.begin(), rain.end()) - rain.begin());
    ASSERT_LT(wettest + 6, depth.size());
    EXPECT_GT(depth[wettest + 2], 30) << "a storm floods the street";
    EXPECT_GT(depth[wettest + 4], 0);
}

TEST(DemoCity, RainWashesOutPm25AndStormsCallTheFleetBack)
{
    const DemoCity city(catalog(), 1);
    const std::size_t pm25 = seriesOf(city, u"air.pm25"_s).front();
    const std::size_t vessels = seriesOf(city, u"fishing.vessels-at-sea"_s).front();
    std::vector<double> rain24, pm;
    double calmFleet = 0, stormFleet = 0;
    int calm = 0, storm = 0;
    for (std::int64_t t = kOct1Local2022 + kHour; t < kOct1Local2022 + 61 * kDay; t += kHour) {
        double r = 0;
        for (int k = 0; k < 24; ++k)
            r += city.rainMmPerHour(int(city.series()[pm25].placeIndex % 10), t - k * kHour);
        if (const auto v = city.valueAt(pm25, t); v && *v < 1000) {
            rain24.push_back(r);
            pm.push_back(*v);
        }
        if (const auto v = city.valueAt(vessels, city.next(vessels, t))) {
            (city.windSpeed(city.next(vessels, t)) > 10.8 ? stormFleet : calmFleet) += *v;
            ++(city.windSpeed(city.next(vessels, t)) > 10.8 ? storm : calm);
        }
    }
    EXPECT_LT(correlation(rain24, pm), -0.2);
    ASSERT_GT(storm, 0) << "two wet-season months have some gale hours";
    EXPECT_LT(stormFleet / storm, 0.3 * calmFleet / calm);
}

TEST(DemoCity, PublishedKpisTrendTowardTheirFigures)
{
    const DemoCity city(catalog(), 1);
    const std::size_t s = seriesOf(city, u"ps.procedures-fully-online"_s).front(); // 97 % in 2024-07
    const auto atReport = city.valueAt(s, city.next(s, kJul1Local2024));
    const auto yearBefore = city.valueAt(s, city.next(s, kJul1Local2024 - 365 * kDay));
    ASSERT_TRUE(atReport && yearBefore);
    EXPECT_NEAR(*atReport, 97, 1.5);
    EXPECT_LT(*yearBefore, *atReport);
}

namespace {

// Whether the key item holds: some value of the indicator at one of its places crosses the
// bound between the start and start + by.
bool keyHolds(const DemoCity& city, const ScenarioKeyItem& item, std::int64_t start, QString* where)
{
    for (std::size_t s = 0; s < city.series().size(); ++s) {
        const auto& series = city.series()[s];
        if (series.key.indicator != item.indicator ||
            (!item.places.isEmpty() && !item.places.contains(series.key.place)))
            continue;
        for (std::int64_t t = city.next(s, start); t <= start + item.byMs; t = city.next(s, t + 1)) {
            const auto v = city.valueAt(s, t);
            if (!v || !series.indicator->plausible.contains(*v))
                continue;
            if ((item.above && *v > *item.above) || (item.below && *v < *item.below)) {
                *where = series.key.place;
                return true;
            }
        }
    }
    return false;
}

} // namespace

TEST(Scenarios, FiveBuiltInScenariosLoad)
{
    const QStringList names = Scenario::builtIn();
    EXPECT_GE(names.size(), 5);
    for (const QString& name : {u"storm-flood"_s, u"traffic-accident"_s, u"air-pollution"_s,
                                u"public-service-backlog"_s, u"vms-disconnection"_s}) {
        SCOPED_TRACE(name.toStdString());
        ASSERT_TRUE(names.contains(name));
        const auto s = Scenario::load(name);
        ASSERT_TRUE(s.ok()) << s.error().detail.toStdString();
        EXPECT_EQ(s->id, name);
        EXPECT_FALSE(s->name.vi.isEmpty());
        EXPECT_FALSE(s->key.empty());
        // Every place a scenario names exists in the catalog.
        for (const auto& e : s->events)
            for (const QString& p : e.places)
                EXPECT_TRUE(catalog().station(p) || catalog().area(p) || p == u"danang"_s) << p.toStdString();
    }
    const auto bad = Scenario::parse(R"({"schemaVersion": 1, "id": "x", "name": {"vi": "x", "en": "x"},
        "durationHours": 2, "events": [{"at": "+1h", "until": "+3h", "kind": "meteor", "value": 1}], "key": []})",
                                     u"x.json"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.contains(u"x.json: /events/0/kind: unknown kind"_s))
        << bad.error().detail.toStdString();
    EXPECT_TRUE(bad.error().detail.contains(u"x.json: /events/0/until: ends after the scenario"_s));
    EXPECT_TRUE(bad.error().detail.contains(u"x.json: /key: required"_s));
    const auto negative = Scenario::parse(R"({"schemaVersion": 1, "id": "x", "name": {"vi": "x", "en": "x"},
        "durationHours": 2, "events": [{"at": "+0h", "until": "+2h", "kind": "backlog", "profile": [1, -2]},
        {"at": "+0h", "until": "+2h", "kind": "rain", "value": -5}], "key": []})",
                                          u"x.json"_s);
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().detail.contains(u"x.json: /events/0: a factor must be more than 0"_s))
        << negative.error().detail.toStdString();
    EXPECT_TRUE(negative.error().detail.contains(u"x.json: /events/1: a value must be 0 or more"_s));
}

TEST(Scenarios, EveryKeyItemHappensByItsTimeAndNotWithoutTheScenario)
{
    // A dry-season Monday afternoon: 2024-03-04T17:00+07:00.
    const std::int64_t start = 1709546400000;
    for (const QString& name : Scenario::builtIn()) {
        SCOPED_TRACE(name.toStdString());
        const auto scenario = Scenario::load(name);
        ASSERT_TRUE(scenario.ok());
        DemoCity quiet(catalog(), 1);
        DemoCity disturbed(catalog(), 1);
        disturbed.addScenario(*scenario, start);
        for (const auto& item : scenario->key) {
            SCOPED_TRACE(item.indicator.toStdString());
            QString where;
            EXPECT_TRUE(keyHolds(disturbed, item, start, &where)) << "the key item must happen by its time";
            EXPECT_FALSE(keyHolds(quiet, item, start, &where))
                << "…and not without the scenario (" << where.toStdString() << ")";
        }
        // Nothing changes before the scenario starts.
        const std::size_t any = 0;
        for (std::int64_t t = start - 6 * kHour; t < start; t += 5 * 60'000)
            EXPECT_EQ(quiet.valueAt(any, quiet.next(any, t)), disturbed.valueAt(any, disturbed.next(any, t)));
    }
}

TEST(DemoCity, TheIocsCountsOfItsOwnCatalogAreTheCatalogsNotSimulated)
{
    const DemoCity city(catalog(), 1);
    const std::size_t groups = seriesOf(city, u"digital.ioc-data-groups"_s).front();
    int readings = 0;
    for (std::int64_t t = city.next(groups, kJul1Local2024 - 400 * kDay); t < kJul1Local2024 + 400 * kDay;
         t = city.next(groups, t + 1)) {
        const auto v = city.valueAt(groups, t);
        ASSERT_TRUE(v.has_value());
        EXPECT_EQ(*v, double(catalog().groups.size())) << "exactly the catalog's 15, every month";
        ++readings;
    }
    EXPECT_GT(readings, 20);
}
