#pragma once

// The demo city: a deterministic, simulated Da Nang for training, development and tests.
//
// Every indicator of the catalog is generated for its dimension — the city, the 8 pre-2025
// districts (Hoàng Sa publishes no data, so it has no series) or the catalog's stations of
// its kind — on its own update period. A value is a pure function of (seed, series, time):
// any instant can be produced on its own, in any order, and the same seed and range give
// byte-identical data.
//
// The city is coupled, not independent noise: rain (a wet season from September to
// December, storms as events over hours) drives flood depth at the towers with a lag and a
// slow recession, river levels upstream, turbidity, reservoir storage, PM2.5 wash-out and
// fishing fleets called back in high wind; traffic has morning and evening rush hours and
// quieter weekends, and drives speed, occupancy, NO₂ and AI camera events; public services
// and 1022 feedback follow working days; tourism follows the summer season and weekends;
// the published KPIs trend toward their reported figures. Sensors (station series) drop
// out for hours now and then and occasionally report garbage, so that "stale" and
// quarantine are exercised.

#include "core/catalog/catalog.h"
#include "core/sim/scenario.h"
#include "core/store/observation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace cityops::sim {

class DemoCity
{
public:
    struct Series
    {
        store::SeriesKey key;
        const Indicator* indicator = nullptr;
        const Station* station = nullptr; // for station series
        int placeIndex = 0;               // index among the places of this indicator
        std::int64_t periodMs = 0;
        bool sensor = false;    // a field sensor: may drop out or report garbage
        std::uint64_t hash = 0; // of key.toString(): the series' own random stream
        // Events, not a grid: one reading per citizen report forwarded, or per reply
        // (demofeedback.cpp); next() finds the next one.
        bool events = false;
        std::uint64_t placeHash = 0; // of the place: the stream its reports and replies share
    };

    DemoCity(const Catalog& catalog, std::uint64_t seed);

    std::uint64_t seed() const { return m_seed; }

    // Plays a scenario from `start` (UTC ms): its events disturb the city from then on.
    void addScenario(const Scenario& scenario, std::int64_t start);
    const std::vector<Series>& series() const { return m_series; }

    // The reading of series `s` at time t (which should lie on its grid, see next()), or
    // nullopt when the sensor is silent at that time. Garbage readings are returned as
    // they would arrive (outside the plausible range): callers quarantine them.
    std::optional<double> valueAt(std::size_t s, std::int64_t t) const;

    // The first grid time of series `s` at or after t: multiples of the period from local
    // midnight (UTC+7); monthly, quarterly and yearly series on calendar boundaries.
    std::int64_t next(std::size_t s, std::int64_t t) const;

    // Every reading in [from, to), series by series, in time order; with `minPeriodMs`,
    // only the series updated that rarely or less often (daily, monthly, yearly history).
    void generate(std::int64_t from, std::int64_t to,
                  const std::function<void(std::size_t series, const std::vector<store::Point>&)>& sink,
                  std::int64_t minPeriodMs = 0) const;

    // The city-wide drivers, exposed for tests and scenario checks.
    double rainMmPerHour(int zone, std::int64_t t) const; // at rain gauge `zone`
    double trafficFactor(std::int64_t t) const;           // 0…1.2, 1 at a weekday rush hour
    double windSpeed(std::int64_t t) const;               // m/s

private:
    // The inputs all indicator models share: computed once per reading (democity.cpp).
    struct ModelInputs;

    // The IOC's counts of its own catalog (data groups, statistics services, warning
    // rules) for the indicators that publish them; nullopt for any other indicator.
    std::optional<qsizetype> catalogCount(const QString& indicatorId) const;
    double model(const Series& s, std::int64_t t) const;
    // The indicator models by family, split so each stays readable. Each returns nullopt for
    // an indicator it does not model, so model() can try the next family in a fixed order.
    double reportedModel(const ModelInputs& in) const; // published KPIs
    std::optional<double> trafficModel(const ModelInputs& in) const;
    std::optional<double> floodHydroModel(const ModelInputs& in) const;
    std::optional<double> airWaterModel(const ModelInputs& in) const;
    std::optional<double> fishingModel(const ModelInputs& in) const;
    std::optional<double> servicesModel(const ModelInputs& in) const; // public services, 1022
    std::optional<double> healthEduModel(const ModelInputs& in) const;
    std::optional<double> tourismUtilitiesModel(const ModelInputs& in) const;
    std::optional<double> economyModel(const ModelInputs& in) const;
    // 1022 reports forwarded to an agency, as events (demofeedback.cpp): at most one per
    // 10-minute slot and district, each with its deadline (1 or 3 working days) and the
    // instant its reply is sent; the overdue count at t is counted from them.
    struct Report
    {
        std::int64_t received = 0;
        int days = 1;
        std::int64_t replied = 0;
    };
    std::optional<Report> report(const Series& s, std::int64_t slot) const;
    std::optional<double> feedbackEvent(const Series& s, std::int64_t t) const;
    std::int64_t nextFeedbackEvent(const Series& s, std::int64_t t) const;
    double overdueReports(const Series& s, std::int64_t t) const;
    double naturalRain(int zone, std::int64_t t) const;
    double rainSum(int zone, std::int64_t t, int hours) const;
    double floodDepth(int tower, std::int64_t t) const;
    // The combined value of the active scenario events of `kind` at `place` and time t:
    // summed (rain) or multiplied (factors) or the largest (wind, outages); nullopt if none.
    std::optional<double> scenario(ScenarioEvent::Kind kind, const QString& place, std::int64_t t) const;
    double u01(std::uint64_t a, std::uint64_t b, std::uint64_t c) const;
    double gauss(std::uint64_t a, std::uint64_t b, std::uint64_t c) const;

    const Catalog& m_catalog;
    std::uint64_t m_seed;
    std::vector<Series> m_series;
    std::vector<const Station*> m_floodTowers;
    std::vector<const Station*> m_rainGauges;
    std::vector<int> m_towerZone; // the rain gauge of each flood tower's district
    int m_rainZones = 1;
    struct Active
    {
        ScenarioEvent event;
        std::int64_t start;
    };
    std::vector<Active> m_events;
};

} // namespace cityops::sim
