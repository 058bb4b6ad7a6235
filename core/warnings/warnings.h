#pragma once

// The early-warning engine: each rule of rules.json (core/catalog/warningrules.h) compiled
// once, then evaluated for one place at a time as a pure step,
//
//     evaluate(snapshot, state, now) → (new state, events),
//
// the same code for live data, the demo city, a replay of the archive and the tests. The state
// is all a rule remembers about a place between two steps (the level it is at, since when each
// condition has held); the snapshot is where it reads the readings it has not seen yet. Events
// carry the instant the condition was met — a reading's time, or the moment an on-delay ran
// out — never the instant of the step, so a replay and a live run give the same timeline.

#include "core/common/language.h"
#include "core/common/result.h"
#include "core/store/observation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace cityops::store {
class SeriesReader;
struct SeriesInfo;
} // namespace cityops::store

namespace cityops {
class Catalog;
struct Indicator;
struct WarningRule;
} // namespace cityops

namespace cityops::warnings {

enum class Severity
{
    Normal = 0,
    Low,
    Medium,
    High,
};
// "low", "medium", "high" (and "normal").
QString severityCode(Severity severity);
std::optional<Severity> severityFromCode(const QString& code);

// Where a rule reads: the readings of a series in [from, to), in time order.
class Snapshot
{
public:
    virtual ~Snapshot() = default;
    virtual store::Columns readings(const store::SeriesKey& key, std::int64_t from,
                                    std::int64_t to) const = 0;
    // False only when the series surely has no reading in [from, to) (then a step with nothing
    // new to read only lets time pass: its delays run out, nothing is read).
    virtual bool mayHaveReadings(const store::SeriesKey& key, std::int64_t from, std::int64_t to) const
    {
        (void)key;
        (void)from;
        (void)to;
        return true;
    }
};

// A snapshot read through a series reader (the in-memory store, the archive). A series the
// reader does not have reads as no readings; a reader that fails is remembered, and the step
// that read through it must not be kept (silence it could not read is not silence).
class ReaderSnapshot final : public Snapshot
{
public:
    explicit ReaderSnapshot(store::SeriesReader& reader)
        : m_reader(reader)
    {}
    store::Columns readings(const store::SeriesKey& key, std::int64_t from, std::int64_t to) const override;
    bool mayHaveReadings(const store::SeriesKey& key, std::int64_t from, std::int64_t to) const override;
    // What the reader listed: a range outside a series' [first, last] (or a series it does not
    // have) then reads as nothing without asking it — a live step asks only for what is new.
    void setListed(const QList<store::SeriesInfo>& series);
    using Ranges = QHash<store::SeriesKey, std::pair<std::int64_t, std::int64_t>>; // → [first, last]
    // The same from ranges kept by the caller (which must outlive the snapshot's use).
    void setListed(const Ranges* ranges) { m_ranges = ranges; }
    // The first failure since the last clearError(), if any.
    const std::optional<Error>& error() const { return m_error; }
    void clearError() { m_error.reset(); }

private:
    store::SeriesReader& m_reader;
    mutable std::optional<Error> m_error;
    Ranges m_listed;
    const Ranges* m_ranges = nullptr; // m_listed, or the caller's
};

inline constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::min();

// What a rule remembers about one place between two steps.
struct PointState
{
    int level = 0;                   // 0: normal; else 1 + the index of the level it is at
    std::int64_t seenUntil = kNever; // readings before this instant have been read
    std::int64_t lastAt = kNever;    // the last reading read, and its value
    double lastValue = std::numeric_limits<double>::quiet_NaN(); // what is compared (a rate, a count, a z)
    double lastReading = std::numeric_limits<double>::quiet_NaN();
    std::int64_t firedAt = kNever;                          // when the alarm now active fired
    double peak = std::numeric_limits<double>::quiet_NaN(); // its worst value so far
    // Per level: since when its raise / clear condition has held (kNever: it does not).
    std::vector<std::int64_t> raiseSince;
    std::vector<std::int64_t> clearSince;
    std::int64_t lastEventAt = kNever;
    // A stale rule: the last intervals between readings (up to kCadenceIntervals, oldest
    // first), from which it learns how often the station really reports.
    std::vector<std::int64_t> intervals;
    // A deadline rule: the next instant its count changes with no new reading (a report
    // falling due, or leaving the window); kNever: none.
    std::int64_t nextChangeAt = kNever;

    friend bool operator==(const PointState&, const PointState&) = default;
};

struct Event
{
    enum class Type
    {
        Raised,  // normal → active
        Changed, // active at another severity
        Cleared, // active → normal
    };
    Type type = Type::Raised;
    std::int64_t at = 0;
    Severity severity = Severity::Normal; // after the event (Normal for Cleared)
    double value = 0;                     // the reading (or rate, or age in ms) that decided it
    double threshold = 0;                 // the level passed (or cleared)
    double peak = 0;                      // the worst value of the alarm so far
    double reading = 0;                   // the reading then (for a rate or a z-score, the reading itself)
};

struct Step
{
    PointState state;
    std::vector<Event> events;
};

// One rule, compiled: its levels, delays and limits read once. Places are catalog area or
// station ids (or a station only the archive knows). It refers to the rule and the catalog it
// was compiled from: valid while that catalog lives.
class Rule
{
public:
    static Result<Rule> compile(const WarningRule& rule, const Catalog& catalog);

    const WarningRule& definition() const { return *m_rule; }
    const QString& indicatorId() const { return m_indicatorId; }
    // A composite reads its parts' own series; its alarm is for the places the rule names.
    bool isComposite() const { return m_kind == Kind::Composite; }
    // A deadline rule also reads the replies to the reports it follows (else empty).
    const QString& repliesId() const { return m_repliesId; }
    // How far back a first step reads: an alarm that fired at t is seen again by a first step
    // that reads from t − lookback() (a restarted evaluator finds the same alarm, not a new one).
    std::int64_t lookback() const { return m_lookback; }
    // A stale rule's limit for a station: `factor` times its period — the indicator's, or the
    // station's own cadence where it reports less often (the median of its last few intervals), so
    // an hourly gauge is not "silent" between its readings.
    std::int64_t staleLimit(const PointState& state) const;
    Step evaluate(const QString& place, const Snapshot& snapshot, const PointState& state,
                  std::int64_t now) const;
    // The first instant from which a step with no new reading could change `state` (a delay
    // running out, a station's silence growing too long); kNever: any step may (a first step, a
    // composite, whose parts are other series); max(): only a new reading can.
    std::int64_t wakeAt(const PointState& state) const;
    // The operator's message for `event` at `place`, from the rule's template.
    QString message(const Event& event, const QString& place, Language language) const;
    // Why the alarm at `place` has not cleared yet ("still 41 cm; clears below 25 cm for
    // 15 min"), or empty when it is not active.
    QString stillActive(const PointState& state, const QString& place, Language language) const;

    struct Level
    {
        Severity severity = Severity::Medium;
        double at = 0;    // raised when a value reaches it (above, or below for a falling rule)
        double clear = 0; // cleared once values are back past it
    };

private:
    enum class Kind
    {
        Threshold,
        Rate,
        Count,
        Anomaly,
        Composite,
        Forecast,
        Kpi,
        Stale,
        Deadline,
    };
    enum class CountFn
    {
        Sum,
        Count,
        Mean,
    };
    struct Part // one condition of a composite
    {
        store::SeriesKey key;
        bool above = true;
        double at = 0;
    };
    // What a level machine compares, from the readings of [from, now]: the readings
    // themselves, their rate, a count or sum over a window, a z-score against a baseline;
    // with the reading each value came from.
    struct Derived
    {
        store::Columns values;
        std::vector<double> readings;
    };
    Derived derived(const store::SeriesKey& key, const Snapshot& snapshot, std::int64_t from,
                    std::int64_t now) const;
    Derived composite(const Snapshot& snapshot, std::int64_t from, std::int64_t now) const;
    Derived kpiProjection(const store::SeriesKey& key, const Snapshot& snapshot, std::int64_t from,
                          std::int64_t now) const;
    // The target's period around `t` (Da Nang time): [its start, the next one's start).
    std::pair<std::int64_t, std::int64_t> targetPeriod(std::int64_t t) const;
    // A threshold, forecast or target compares above or below; the other kinds compare a value
    // that grows with the alarm.
    bool comparesEitherWay() const
    {
        return m_kind == Kind::Threshold || m_kind == Kind::Forecast || m_kind == Kind::Kpi;
    }
    const std::vector<Level>& levelsAt(const QString& place) const;
    Step thresholdStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                       std::int64_t now) const;
    Step staleStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                   std::int64_t now) const;
    // A deadline rule: the number of reports past their deadline and not answered, at each
    // instant it changes in [from, now] (deadlines.cpp), and at `from` if it is not `previous`
    // (what was compared last); `next` gets the first change after now.
    Derived overdue(const QString& place, const Snapshot& snapshot, std::int64_t from, std::int64_t now,
                    double previous, std::int64_t& next) const;
    Step deadlineStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                      std::int64_t now) const;

    const WarningRule* m_rule = nullptr;
    const Catalog* m_catalog = nullptr;
    const Indicator* m_indicator = nullptr;
    QString m_indicatorId;
    Kind m_kind = Kind::Threshold;
    bool m_rising = true;
    std::vector<Level> m_levels;
    std::vector<std::pair<QString, std::vector<Level>>> m_placeLevels;
    std::int64_t m_onDelay = 0;
    std::int64_t m_offDelay = 0;
    std::int64_t m_over = 3'600'000;  // a rate's span; a count's window; an anomaly's rolling baseline
    CountFn m_countFn = CountFn::Sum; // what a count rule makes of the readings in its window
    bool m_seasonal = false;          // an anomaly against the same hour of the last m_weeks weeks
    int m_weeks = 4;
    int m_minBaseline = 24;          // readings an anomaly's baseline needs
    std::int64_t m_period = 60'000;  // the indicator's update period
    std::int64_t m_horizon = 0;      // how far ahead a forecast looks
    int m_minReadings = 4;           // readings a forecast's (or a target's) trend needs
    int m_targetMonths = 12;         // a target's period: a year, a quarter, a month
    bool m_sincePeriodStart = false; // a target's trend reads only its own period's readings
    std::vector<Part> m_parts;       // a composite's conditions, joined by all (else any)
    bool m_all = true;
    std::int64_t m_staleAfter = 0; // a stale rule's limit at the indicator's period
    double m_staleFactor = 3;      // …and in periods of the station's own cadence
    std::int64_t m_lookback = 0;   // how far back a first step reads
    QString m_repliesId;           // a deadline rule's replies (its reports: m_indicatorId)
};

} // namespace cityops::warnings
