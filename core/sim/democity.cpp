#include "core/sim/democity.h"

#include "core/common/civiltime.h"
#include "core/store/bucketing.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace cityops::sim {

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kLocal = 7 * kHour; // Asia/Ho_Chi_Minh

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser: a good bijective scrambler.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t hashText(const QString& s)
{
    std::uint64_t h = 1469598103934665603ull;
    for (QChar c : s)
        h = (h ^ c.unicode()) * 1099511628211ull;
    return h;
}

double localHour(std::int64_t t)
{
    return double(store::floorDivide(t + kLocal, 1) % kDay) / double(kHour);
}

std::int64_t localDay(std::int64_t t)
{
    return store::floorDivide(t + kLocal, kDay);
}

int weekday(std::int64_t t) // 0 = Monday
{
    return int((localDay(t) % 7 + 7 + 3) % 7);
}

int month(std::int64_t t) // 1…12
{
    std::int64_t y;
    unsigned m, d;
    civilFromDays(localDay(t), y, m, d);
    return int(m);
}

double bell(double x, double centre, double width)
{
    const double z = (x - centre) / width;
    return std::exp(-z * z);
}

// VN_AQI sub-index of PM2.5 (QĐ 1459/QĐ-TCMT breakpoints, µg/m³ → index).
double vnAqiOfPm25(double c)
{
    static constexpr double kC[] = {0, 25, 50, 80, 150, 250, 350, 500};
    static constexpr double kI[] = {0, 50, 100, 150, 200, 300, 400, 500};
    if (c <= 0)
        return 0;
    for (int i = 1; i < 8; ++i) {
        if (c <= kC[i])
            return kI[i - 1] + (kI[i] - kI[i - 1]) * (c - kC[i - 1]) / (kC[i] - kC[i - 1]);
    }
    return 500;
}

// Da Nang's monthly mean air temperature, °C.
double monthlyTemperature(int m)
{
    static constexpr double kT[] = {21.5, 22.5, 24.0, 26.0, 28.0, 29.0, 29.0, 28.5, 27.5, 26.0, 24.5, 22.5};
    return kT[m - 1];
}

std::optional<std::int64_t> parseAsOf(const QString& text)
{
    const QStringList parts = text.split(u'-');
    bool ok = false;
    const int y = parts.value(0).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int m = parts.size() > 1 ? parts.at(1).toInt() : 7;
    const int d = parts.size() > 2 ? parts.at(2).toInt() : 1;
    return daysFromCivil(y, unsigned(m), unsigned(d)) * kDay - kLocal;
}

} // namespace

DemoCity::DemoCity(const Catalog& catalog, std::uint64_t seed)
    : m_catalog(catalog)
    , m_seed(mix(seed))
{
    // The districts that publish data on 2024-07-01 (the city of the demo), Hoàng Sa excluded.
    QList<const Area*> districts;
    for (const Area* a : catalog.areasValidOn(QDate(2024, 7, 1))) {
        if (a->level == u"district"_s && !a->noData)
            districts.append(a);
    }
    for (const Station& st : catalog.stations) {
        if (st.kind == u"flood-tower"_s)
            m_floodTowers.push_back(&st);
    }
    for (const Station& st : catalog.stations) {
        if (st.kind == u"rain-gauge"_s)
            m_rainGauges.push_back(&st);
    }
    m_rainZones = std::max(1, int(m_rainGauges.size()));
    // A flood tower fills with the rain of its own district's gauge.
    for (std::size_t i = 0; i < m_floodTowers.size(); ++i) {
        int zone = int(i) % m_rainZones;
        for (std::size_t g = 0; g < m_rainGauges.size(); ++g) {
            if (m_rainGauges[g]->area == m_floodTowers[i]->area) {
                zone = int(g);
                break;
            }
        }
        m_towerZone.push_back(zone);
    }

    for (const Indicator& ind : catalog.indicators) {
        // The IOC's counts of itself are the catalog's, never simulated; where the catalog
        // defines none yet, there is no series and the card shows the published figure.
        if (const auto count = catalogCount(ind.id); count && *count == 0)
            continue;
        auto add = [&](const QString& place, const Station* station, int index) {
            Series s;
            s.key = {ind.id, place};
            s.indicator = &ind;
            s.station = station;
            s.placeIndex = index;
            s.periodMs = std::int64_t(ind.periodSeconds) * 1000;
            s.sensor = station != nullptr;
            s.hash = hashText(s.key.toString());
            s.placeHash = hashText(u"feedback@"_s + place);
            s.events = ind.id == u"feedback.forwarded"_s || ind.id == u"feedback.reply-time"_s;
            m_series.push_back(s);
        };
        switch (ind.dimension) {
        case Dimension::City:
            add(u"danang"_s, nullptr, 0);
            break;
        case Dimension::Area:
            for (int i = 0; i < districts.size(); ++i)
                add(districts.at(i)->id, nullptr, i);
            break;
        case Dimension::Station: {
            int i = 0;
            for (const Station& st : catalog.stations) {
                if (st.kind == ind.stationKind)
                    add(st.id, &st, i++);
            }
            break;
        }
        }
    }
}

std::optional<qsizetype> DemoCity::catalogCount(const QString& indicatorId) const
{
    if (indicatorId == u"digital.ioc-data-groups"_s)
        return m_catalog.groups.size();
    if (indicatorId == u"digital.ioc-statistics-services"_s)
        return m_catalog.statServices.size();
    if (indicatorId == u"digital.ioc-warning-services"_s)
        return m_catalog.warningRules.size();
    return std::nullopt;
}

void DemoCity::addScenario(const Scenario& scenario, std::int64_t start)
{
    for (const ScenarioEvent& e : scenario.events)
        m_events.push_back({e, start});
}

std::optional<double> DemoCity::scenario(ScenarioEvent::Kind kind, const QString& place, std::int64_t t) const
{
    std::optional<double> out;
    for (const Active& a : m_events) {
        if (a.event.kind != kind || !a.event.appliesTo(place))
            continue;
        const auto v = a.event.valueAt(t - a.start);
        if (!v)
            continue;
        switch (kind) {
        case ScenarioEvent::Kind::Rain:
            out = out.value_or(0) + *v;
            break;
        case ScenarioEvent::Kind::Wind:
        case ScenarioEvent::Kind::VmsOutage:
            out = std::max(out.value_or(0), *v);
            break;
        default:
            out = out.value_or(1) * *v;
        }
    }
    return out;
}

double DemoCity::u01(std::uint64_t a, std::uint64_t b, std::uint64_t c) const
{
    return double(mix(m_seed ^ mix(a ^ mix(b ^ mix(c)))) >> 11) * 0x1.0p-53;
}

double DemoCity::gauss(std::uint64_t a, std::uint64_t b, std::uint64_t c) const
{
    const double u1 = std::max(1e-12, u01(a, b, c));
    const double u2 = u01(a, b, c ^ 0x5555555555555555ull);
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

// --- Drivers -----------------------------------------------------------------------------

double DemoCity::rainMmPerHour(int zone, std::int64_t t) const
{
    double scripted = 0;
    if (!m_events.empty() && zone < int(m_rainGauges.size())) {
        // A scenario's rain: its rate in the middle of the hour ending at t.
        scripted = scenario(ScenarioEvent::Kind::Rain, m_rainGauges[std::size_t(zone)]->id, t - kHour / 2)
                       .value_or(0);
    }
    return std::min(250.0, std::round((naturalRain(zone, t) + scripted) * 10) / 10);
}

double DemoCity::naturalRain(int zone, std::int64_t t) const
{
    const std::int64_t hour = store::floorDivide(t - 1, kHour); // the hour ending at t
    const std::int64_t start = hour * kHour;
    const int m = month(start);
    const std::int64_t day = localDay(start);
    // Storm days: the wet season (September–December, most in October–November).
    const double stormP = (m == 10 || m == 11)  ? 0.12
                          : (m == 9 || m == 12) ? 0.06
                          : (m == 5 || m == 6)  ? 0.02
                                                : 0.005;
    const bool storm = u01(1, std::uint64_t(day), 0) < stormP;
    // Rain comes in 3-hour spells.
    const std::int64_t spell = store::floorDivide(start, 3 * kHour);
    const double spellP = storm ? 0.85 : (m >= 9 && m <= 12) ? 0.22 : (m == 5 || m == 6) ? 0.10 : 0.05;
    if (u01(2, std::uint64_t(spell), 0) >= spellP)
        return 0;
    const double mean = storm ? 28.0 : 2.5;
    const double intensity = -mean * std::log(1 - 0.95 * u01(3, std::uint64_t(spell), 0));
    const double zoneFactor = 0.6 + 0.8 * u01(4, std::uint64_t(zone), 0);
    const double hourFactor = 0.6 + 0.8 * u01(5, std::uint64_t(hour), std::uint64_t(zone));
    return intensity * zoneFactor * hourFactor;
}

double DemoCity::rainSum(int zone, std::int64_t t, int hours) const
{
    double sum = 0;
    for (int k = 0; k < hours; ++k)
        sum += rainMmPerHour(zone, t - k * kHour);
    return sum;
}

double DemoCity::trafficFactor(std::int64_t t) const
{
    const double h = localHour(t);
    const bool weekend = weekday(t) >= 5;
    const double rush = weekend ? 0.35 : 1.0;
    const double f =
        0.12 + 0.45 * bell(h, 12.5, 4.5) + rush * 0.5 * bell(h, 7.4, 0.9) + rush * 0.55 * bell(h, 17.4, 1.0);
    return std::clamp(f / 0.97, 0.05, 1.2) * (weekend ? 0.8 : 1.0);
}

double DemoCity::windSpeed(std::int64_t t) const
{
    const std::int64_t day = localDay(t);
    const int m = month(t);
    const double stormP = (m == 10 || m == 11)  ? 0.12
                          : (m == 9 || m == 12) ? 0.06
                          : (m == 5 || m == 6)  ? 0.02
                                                : 0.005;
    const bool storm = u01(1, std::uint64_t(day), 0) < stormP; // the same storm days as the rain
    const double h = localHour(t);
    double v = 2.8 + 1.6 * bell(h, 14.0, 4.0) + 0.6 * gauss(6, std::uint64_t(t / (10 * 60'000)), 0);
    if (storm)
        v += 7.0 +
             9.0 * u01(7, std::uint64_t(day), 0) * bell(h, 12.0 + 8.0 * u01(8, std::uint64_t(day), 0), 6.0);
    if (const auto scripted = scenario(ScenarioEvent::Kind::Wind, u"danang"_s, t))
        v = std::max(v, *scripted + 0.8 * gauss(6, std::uint64_t(t / (10 * 60'000)), 1));
    return std::max(0.0, v);
}

double DemoCity::floodDepth(int tower, std::int64_t t) const
{
    // Depth follows the rain of the last 12 hours: a lag of one to two hours, then a slow
    // recession as the drains catch up; low-lying spots flood more.
    static constexpr double kKernel[12] = {0.25, 0.85, 1.0,  0.8,  0.6,  0.45,
                                           0.33, 0.25, 0.18, 0.13, 0.09, 0.06};
    const int zone = m_towerZone.empty() ? tower % m_rainZones : m_towerZone[std::size_t(tower)];
    double load = 0;
    for (int k = 0; k < 12; ++k)
        load += kKernel[k] * rainMmPerHour(zone, t - k * kHour);
    const double susceptibility = 0.45 + 0.9 * u01(9, std::uint64_t(tower), 0);
    // The drains take the first 12 mm; deep water spreads out, so depth saturates (the
    // worst spots of 14 Oct 2022 stood at about 1.5 m).
    const double excess = std::max(0.0, susceptibility * load - 12.0);
    return 160.0 * (1 - std::exp(-excess / 150.0));
}

// --- Indicator models --------------------------------------------------------------------

// What every indicator model of a series at time t starts from: the series' own random
// stream, the clock and calendar, and the city-wide drivers. Computed once per reading so
// the family models below share the exact same values.
struct DemoCity::ModelInputs
{
    const DemoCity& city;
    const Series& s;
    std::int64_t t;
    const QString& id;
    std::uint64_t key;
    double h;
    int m;
    bool weekday;
    double traffic;
    int zone;
    double rain24;
    double wetSeason;

    // Fresh noise for this reading (standard deviation sd).
    double noise(double sd) const { return sd * city.gauss(key, std::uint64_t(t), 11); }
    // A fixed trait of this series' place, drawn once in [lo, hi).
    double place(double lo, double hi) const { return lo + (hi - lo) * city.u01(key, 12, 0); }
};

double DemoCity::model(const Series& s, std::int64_t t) const
{
    const std::uint64_t key = s.hash;
    const int m = month(t);
    const int zone = s.station ? s.placeIndex % m_rainZones : int(key % std::uint64_t(m_rainZones));
    const ModelInputs in{*this,
                         s,
                         t,
                         s.indicator->id,
                         key,
                         localHour(t),
                         m,
                         weekday(t) < 5,
                         trafficFactor(t),
                         zone,
                         rainSum(zone, t, 24),
                         (m >= 9 && m <= 12) ? 1.0 : 0.0};

    if (const auto count = catalogCount(s.indicator->id))
        return double(*count);
    if (s.indicator->reported)
        return reportedModel(in);
    // The families in a fixed order: a family that does not know the indicator passes it on.
    for (const auto family : {&DemoCity::trafficModel, &DemoCity::floodHydroModel, &DemoCity::airWaterModel,
                              &DemoCity::fishingModel, &DemoCity::servicesModel, &DemoCity::healthEduModel,
                              &DemoCity::tourismUtilitiesModel, &DemoCity::economyModel}) {
        if (const auto v = (this->*family)(in))
            return *v;
    }

    // Anything else: a quiet value inside the plausible range.
    const ValueRange& r = s.indicator->plausible;
    return r.low + (r.high - r.low) * (0.2 + 0.1 * u01(key, 18, 0)) + in.noise((r.high - r.low) * 0.01);
}

double DemoCity::reportedModel(const ModelInputs& in) const
{
    // Published KPIs trend toward the reported figure.
    const double reported = in.s.indicator->reported->value;
    const std::int64_t asOf = parseAsOf(in.s.indicator->reported->asOf).value_or(in.t);
    const double years = double(asOf - in.t) / (365.25 * kDay);
    const double trend = years > 0 ? 1 - 0.12 * std::min(1.0, years / 2) : 1 + 0.015 * std::min(3.0, -years);
    return reported * trend * (1 + 0.004 * gauss(in.key, std::uint64_t(store::floorDivide(in.t, kDay)), 13));
}

std::optional<double> DemoCity::trafficModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const double traffic = in.traffic;
    const double rain24 = in.rain24;
    // A scripted accident multiplies flow and speed at the junctions it blocks.
    const double incident =
        id.startsWith(u"traffic."_s)
            ? scenario(ScenarioEvent::Kind::TrafficIncident, in.s.key.place, in.t).value_or(1.0)
            : 1.0;
    if (id == u"traffic.flow"_s)
        return in.place(500, 1400) * traffic * (rain24 > 30 ? 0.85 : 1.0) * incident * (1 + in.noise(0.06));
    if (id == u"traffic.speed"_s)
        return std::max(3.0, (in.place(38, 52) * (1 - 0.55 * std::min(1.0, traffic)) - (rain24 > 30 ? 6 : 0) +
                              in.noise(2)) *
                                 incident);
    if (id == u"traffic.occupancy"_s)
        return std::clamp(75 * traffic * in.place(0.7, 1.1) + in.noise(3), 0.0, 100.0);
    if (id == u"traffic.incidents"_s)
        return std::max(
            0.0, std::round(in.place(1, 4) * (0.6 + traffic) * (rain24 > 30 ? 1.6 : 1.0) + in.noise(1)));
    if (id == u"traffic.cameras-online"_s || id == u"order.cameras-online"_s ||
        id == u"traffic.adaptive-signals-online"_s) {
        const bool dip = u01(in.key, std::uint64_t(store::floorDivide(in.t, 6 * kHour)), 14) < 0.03;
        return std::clamp((dip ? in.place(84, 91) : in.place(96, 99)) + in.noise(0.6), 0.0, 100.0);
    }
    if (id == u"order.citizen-cameras-working"_s)
        return std::clamp(in.place(32, 36) + in.noise(1.0), 0.0, 100.0); // about a third work
    if (id == u"order.ai-events"_s)
        return std::max(0.0, std::round(in.place(8, 30) * traffic + in.noise(2)));
    if (id == u"order.urban-violations"_s)
        return std::max(0.0, std::round(in.place(15, 45) * (in.weekday ? 1.0 : 0.6) + in.noise(4)));
    if (id == u"order.dispatch-time"_s)
        return std::max(4.0, 12 + 4 * in.wetSeason * (rain24 > 50) + in.noise(2));
    return std::nullopt;
}

std::optional<double> DemoCity::floodHydroModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const Series& s = in.s;
    const std::int64_t t = in.t;
    const double rain24 = in.rain24;
    if (id == u"flood.rain-1h"_s)
        return rainMmPerHour(s.placeIndex, t);
    if (id == u"flood.rain-24h"_s)
        return std::round(rainSum(s.placeIndex, t, 24) * 10) / 10;
    if (id == u"flood.depth"_s)
        return std::round(floodDepth(s.placeIndex, t));
    if (id == u"flood.active-points"_s || id == u"flood.rescue-requests"_s ||
        id == u"hydro.households-evacuated"_s) {
        int active = 0;
        for (std::size_t i = 0; i < m_floodTowers.size(); ++i) {
            if (m_floodTowers[i]->area == s.key.place && floodDepth(int(i), t) > 30)
                ++active;
        }
        if (id == u"flood.active-points"_s)
            return active;
        if (id == u"flood.rescue-requests"_s)
            return std::max(0.0, std::round(active * in.place(2, 6) + (active ? in.noise(1.5) : 0)));
        return active ? std::round(active * in.place(60, 180) * (1 + in.noise(0.1))) : 0.0;
    }
    if (id == u"hydro.river-level"_s) {
        // Rivers follow the rain upstream, in the Hòa Vang hills.
        int upstream = in.zone;
        int seen = 0;
        for (std::size_t g = 0; g < m_rainGauges.size(); ++g) {
            if (m_rainGauges[g]->area == u"hoa-vang"_s && seen++ == s.placeIndex % 4)
                upstream = int(g);
        }
        double load = 0;
        for (int k = 0; k < 48; ++k)
            load += std::pow(0.95, k) * rainMmPerHour(upstream, t - k * kHour);
        const double tide = 0.25 * std::sin(2 * std::numbers::pi * double(t) / (12.42 * kHour));
        return std::round((in.place(0.3, 0.7) + 0.011 * load + tide) * 100) / 100;
    }
    if (id == u"hydro.reservoir-storage"_s)
        return std::clamp(55 + 25 * in.wetSeason + 0.05 * rainSum(0, t, 24 * 7) + in.noise(0.3), 0.0, 110.0);
    if (id == u"hydro.wind-speed"_s)
        return std::round(windSpeed(t) * 10) / 10;
    if (id == u"hydro.air-temperature"_s)
        return monthlyTemperature(in.m) + 3.5 * std::cos(2 * std::numbers::pi * (in.h - 14) / 24) -
               1.5 * std::min(1.0, rainMmPerHour(0, t) / 10) + in.noise(0.4);
    if (id == u"hydro.air-temperature-max"_s)
        return monthlyTemperature(in.m) + 3.5 - 2.0 * std::min(1.0, rain24 / 40) + in.noise(0.8);
    if (id == u"hydro.air-temperature-min"_s)
        return monthlyTemperature(in.m) - 3.5 + in.noise(0.6);
    if (id == u"hydro.landslide-warnings"_s)
        return s.key.place == u"hoa-vang"_s && rain24 > 100 ? std::round(rain24 / 60) : 0.0;
    return std::nullopt;
}

std::optional<double> DemoCity::airWaterModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const int m = in.m;
    const double h = in.h;
    const double rain24 = in.rain24;
    if (id.startsWith(u"air."_s)) {
        const double season = m <= 4 ? 1.5 : (m >= 9 ? 0.75 : 1.0);
        const double inversion = (h >= 5 && h <= 9) ? 1.25 : 1.0;
        const double washout = 1 - std::min(0.6, rain24 / 60);
        const double episode = scenario(ScenarioEvent::Kind::Pm25Episode, in.s.key.place, in.t).value_or(1.0);
        const double pm25 =
            std::max(2.0, in.place(14, 26) * season * (0.7 + 0.5 * in.traffic) * inversion * washout *
                              episode * (1 + 0.08 * gauss(in.key ^ 1, std::uint64_t(in.t), 15)));
        if (id == u"air.pm25"_s)
            return pm25;
        if (id == u"air.pm10"_s)
            return pm25 * in.place(1.5, 1.9);
        if (id == u"air.aqi"_s)
            return std::round(vnAqiOfPm25(pm25));
        if (id == u"air.no2"_s)
            return std::max(2.0, 12 + 35 * in.traffic + in.noise(3));
        if (id == u"air.o3"_s)
            return std::max(2.0, 25 + 55 * bell(h, 13.5, 3.0) * (rain24 > 20 ? 0.5 : 1.0) + in.noise(4));
        if (id == u"air.completeness"_s)
            return std::clamp(in.place(95, 100) + in.noise(1), 0.0, 100.0);
    }
    if (id == u"water.wqi"_s)
        return std::clamp(in.place(72, 88) - std::min(25.0, rain24 / 6) + in.noise(1.5), 0.0, 100.0);
    if (id == u"water.dissolved-oxygen"_s)
        return std::max(1.0, in.place(5.0, 6.8) + 0.6 * std::sin(2 * std::numbers::pi * (h - 15) / 24) +
                                 in.noise(0.15));
    if (id == u"water.ph"_s)
        return in.place(6.9, 7.5) + in.noise(0.05);
    if (id == u"water.turbidity"_s)
        return std::max(1.0, in.place(8, 20) + 2.5 * rain24 + in.noise(2));
    if (id == u"water.coliform"_s)
        return std::round(std::max(10.0, in.place(300, 1500) * (1 + rain24 / 40) * (1 + in.noise(0.2))));
    return std::nullopt;
}

std::optional<double> DemoCity::fishingModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    if (!id.startsWith(u"fishing."_s))
        return std::nullopt;
    const double wind = windSpeed(in.t);
    const double atSea =
        wind > 10.8 ? 40 : std::round(in.place(380, 460) * (0.85 + 0.15 * bell(in.h, 3, 6)) + in.noise(10));
    if (id == u"fishing.vessels-at-sea"_s)
        return std::max(0.0, atSea);
    if (id == u"fishing.vms-disconnected"_s) {
        const double outage = scenario(ScenarioEvent::Kind::VmsOutage, u"danang"_s, in.t).value_or(0.0);
        return std::max(0.0, std::round(atSea * std::max(0.015, outage) + in.noise(1.2)));
    }
    if (id == u"fishing.boundary-alerts"_s)
        return std::max(0.0, std::round(1 + in.noise(1)));
    if (id == u"fishing.vms-fitted"_s)
        return std::clamp(98.7 + in.noise(0.2), 0.0, 100.0);
    if (id == u"fishing.landings"_s)
        return std::max(0.0, std::round(wind > 10.8 ? 10 : 160 + in.noise(35)));
    return std::nullopt;
}

std::optional<double> DemoCity::servicesModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const std::int64_t t = in.t;
    const double backlog = scenario(ScenarioEvent::Kind::Backlog, in.s.key.place, t).value_or(1.0);
    if (id == u"ps.overdue-dossiers"_s)
        return std::max(0.0, std::round((in.place(2, 25) + in.noise(2)) * backlog));
    if (id == u"ps.new-dossiers"_s)
        return std::max(
            0.0, std::round((in.weekday ? in.place(90, 260) : in.place(5, 20)) * (1 + in.noise(0.08))));
    if (id == u"ps.procedures-cut-by-data"_s)
        return std::clamp(8 + 7 * std::min(1.0, double(t - 1704067200000) / (365.25 * kDay)) + in.noise(0.2),
                          0.0, 100.0);
    if (id == u"feedback.new-reports"_s)
        return std::max(0.0,
                        std::round((in.weekday ? in.place(15, 60) : in.place(6, 25)) * (1 + in.noise(0.12))));
    if (id == u"feedback.overdue"_s)
        return overdueReports(in.s, t);
    if (id == u"feedback.handling-time"_s)
        return std::max(0.5, 4.2 + in.noise(0.5));
    if (id == u"feedback.satisfaction"_s)
        return std::clamp(88 + in.noise(1.5), 0.0, 100.0);
    if (id == u"feedback.missed-calls-1022"_s)
        return std::clamp((2 + 4 * bell(in.h, 10, 3) + in.noise(0.8)) * backlog, 0.0, 100.0);
    if (id == u"feedback.on-time"_s)
        return std::clamp(95 / std::sqrt(backlog) + in.noise(1.2), 0.0, 100.0);
    if (id == u"ps.on-time-resolution"_s)
        return std::clamp(in.place(97, 99.6) / std::pow(backlog, 0.2) + in.noise(0.3), 0.0, 100.0);
    return std::nullopt;
}

std::optional<double> DemoCity::healthEduModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const std::int64_t t = in.t;
    const int m = in.m;
    if (id == u"health.bed-occupancy"_s)
        return std::clamp(76 + 8 * bell(double(m), 9.5, 2.0) + in.noise(2), 0.0, 250.0);
    if (id == u"health.dengue-cases"_s)
        return std::max(
            0.0, std::round(in.place(3, 12) * (1 + 6 * bell(double(m), 9.0, 1.8)) * (1 + in.noise(0.15))));
    if (id == u"health.emergency-visits"_s)
        return std::max(0.0, std::round(380 + in.noise(35)));
    if (id == u"health.ehr-coverage"_s)
        return std::clamp(72 + 20 * std::min(1.0, double(t - 1704067200000) / (2 * 365.25 * kDay)) +
                              in.noise(0.2),
                          0.0, 100.0);
    if (id == u"health.food-poisoning"_s)
        return u01(in.key, std::uint64_t(localDay(t)), 16) < 0.04 ? 1.0 : 0.0;

    if (id == u"edu.attendance"_s)
        return std::clamp(in.place(95, 98.5) + in.noise(0.5), 0.0, 100.0);
    if (id == u"edu.students-per-class"_s)
        return std::round(in.place(36, 45));
    if (id.startsWith(u"edu."_s))
        return std::clamp(in.place(82, 92) +
                              6 * std::min(1.0, double(t - 1704067200000) / (2 * 365.25 * kDay)) +
                              in.noise(0.3),
                          0.0, 100.0);
    return std::nullopt;
}

std::optional<double> DemoCity::tourismUtilitiesModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    const int m = in.m;
    const double h = in.h;
    if (id.startsWith(u"tourism."_s)) {
        const double season = 1 + 0.45 * bell(double(m), 7.0, 1.6) + 0.2 * bell(double(m), 2.0, 0.8);
        const double weekend = in.weekday ? 1.0 : 1.2;
        if (id == u"tourism.overnight-guests"_s)
            return std::round(32000 * season * weekend * (1 + in.noise(0.05)));
        if (id == u"tourism.hotel-occupancy"_s)
            return std::clamp(48 * season * weekend + in.noise(3), 0.0, 100.0);
        if (id == u"tourism.international-flights"_s)
            return std::max(0.0, std::round(34 * season + in.noise(3)));
        if (id == u"tourism.complaints"_s)
            return std::max(0.0, std::round(6 * season + in.noise(2)));
        if (id == u"tourism.beach-incidents"_s)
            return u01(in.key, std::uint64_t(localDay(in.t)), 17) < 0.06 * season ? 1.0 : 0.0;
    }

    if (id == u"utilities.water-pressure"_s)
        return std::max(0.3, in.place(2.1, 2.9) - 0.5 * bell(h, 6.8, 1.0) - 0.45 * bell(h, 18.8, 1.2) +
                                 in.noise(0.05));
    if (id == u"utilities.water-loss"_s)
        return 15.5 + in.noise(0.3);
    if (id == u"utilities.intake-salinity"_s) // salt intrudes in the dry season
        return std::max(0.02, in.place(0.1, 0.25) + ((m >= 4 && m <= 8) ? 0.9 * bell(h, 10, 3) : 0) +
                                  in.noise(0.03));
    if (id == u"utilities.streetlights-out"_s)
        return std::clamp(in.place(0.8, 3.0) + in.noise(0.3), 0.0, 100.0);
    if (id == u"utilities.outage-customers"_s)
        return std::max(0.0, std::round(in.place(0, 120) +
                                        (windSpeed(in.t) > 10.8 ? in.place(800, 4000) : 0) + in.noise(15)));
    return std::nullopt;
}

std::optional<double> DemoCity::economyModel(const ModelInputs& in) const
{
    const QString& id = in.id;
    if (id == u"economy.grdp-growth"_s)
        return 7.0 + in.noise(0.6);
    if (id == u"economy.budget-revenue"_s || id == u"economy.public-investment"_s) {
        // Cumulative share of the year's plan: rises month by month.
        return std::clamp(double(in.m) / 12 * in.place(88, 108) + in.noise(1.5), 0.0, 150.0);
    }
    if (id == u"economy.cpi"_s)
        return 3.4 + in.noise(0.3);
    if (id == u"economy.fdi-registered"_s)
        return std::max(0.0, 60 + in.noise(25));
    if (id == u"digital.open-datasets"_s)
        return std::round(22 + 8 * std::min(1.0, double(in.t - 1704067200000) / (365.25 * kDay)));
    return std::nullopt;
}

std::optional<double> DemoCity::valueAt(std::size_t index, std::int64_t t) const
{
    const Series& s = m_series.at(index);
    const std::uint64_t key = s.hash;
    if (s.events)
        return feedbackEvent(s, t);
    if (s.sensor) {
        // Now and then a sensor is silent for one to six hours…
        const std::int64_t day = localDay(t);
        if (u01(key, std::uint64_t(day), 20) < 0.04) {
            const double start = 24 * u01(key, std::uint64_t(day), 21);
            const double length = 1 + 5 * u01(key, std::uint64_t(day), 22);
            const double h = localHour(t);
            if (h >= start && h < start + length)
                return std::nullopt;
        }
        // …or sends garbage.
        if (u01(key, std::uint64_t(t), 23) < 0.0005)
            return s.indicator->plausible.high * 3 + 1;
    }
    double v = model(s, t);
    const ValueRange& r = s.indicator->plausible;
    v = std::clamp(v, r.low, r.high);
    const double scale = std::pow(10.0, std::clamp(s.indicator->decimals, 0, 3));
    return std::round(v * scale) / scale;
}

std::int64_t DemoCity::next(std::size_t index, std::int64_t t) const
{
    const Series& s = m_series.at(index);
    const std::int64_t period = s.periodMs;
    if (s.events)
        return nextFeedbackEvent(s, t);
    if (period >= 28 * kDay) {
        // Calendar months (1), quarters (3) or years (12), from local midnight of the 1st.
        const int months = period >= 360 * kDay ? 12 : period >= 85 * kDay ? 3 : 1;
        std::int64_t y;
        unsigned m, d;
        civilFromDays(localDay(t), y, m, d);
        std::int64_t mi = y * 12 + (m - 1);
        mi -= mi % months;
        auto at = [&](std::int64_t monthIndex) {
            return daysFromCivil(monthIndex / 12, unsigned(monthIndex % 12 + 1), 1) * kDay - kLocal;
        };
        std::int64_t candidate = at(mi);
        while (candidate < t) {
            mi += months;
            candidate = at(mi);
        }
        return candidate;
    }
    const std::int64_t start = store::bucketStart(t, store::Bucketing::fixed(period), kLocal);
    return start == t ? t : start + period;
}

void DemoCity::generate(std::int64_t from, std::int64_t to,
                        const std::function<void(std::size_t, const std::vector<store::Point>&)>& sink,
                        std::int64_t minPeriodMs) const
{
    std::vector<store::Point> points;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        if (m_series[s].periodMs < minPeriodMs)
            continue;
        points.clear();
        for (std::int64_t t = next(s, from); t < to; t = next(s, t + 1)) {
            if (const auto v = valueAt(s, t))
                points.push_back({t, *v, store::Quality::Good});
        }
        if (!points.empty())
            sink(s, points);
    }
}

} // namespace cityops::sim
