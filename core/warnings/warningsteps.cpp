// The steps of the rule kinds: a level machine (levels with hysteresis and on/off delays)
// fed by the values derivedvalues.cpp makes from the readings (the readings themselves,
// their rate, a count, a z-score, a forecast, a composite's joined condition); and silence
// (stale).

#include "core/catalog/catalog.h"
#include "core/warnings/warnings.h"

#include <algorithm>
#include <cmath>

namespace cityops::warnings {

namespace {

// Levels 1…n of one rule at one place, stepped through values in time order. An escalation
// is due once a level's raise condition has held for the on-delay, a de-escalation once the
// current level's clear condition has held for the off-delay; both are applied at the
// instant they fell due, the earliest first, so every level passed on the way is an event.
class LevelMachine
{
public:
    LevelMachine(const std::vector<Rule::Level>& levels, bool rising, std::int64_t onDelay,
                 std::int64_t offDelay, PointState& state, std::vector<Event>& events)
        : m_levels(levels)
        , m_rising(rising)
        , m_onDelay(onDelay)
        , m_offDelay(offDelay)
        , m_state(state)
        , m_events(events)
    {
        m_state.raiseSince.resize(levels.size(), kNever);
        m_state.clearSince.resize(levels.size(), kNever);
        m_state.level = std::min(m_state.level, int(levels.size()));
    }

    // A value at `t`: what fell due before it, then the value, then what is due at it.
    void observe(std::int64_t t, double v, double reading)
    {
        settle(t - 1);
        for (std::size_t i = 0; i < m_levels.size(); ++i) {
            const bool raises = m_rising ? v >= m_levels[i].at : v <= m_levels[i].at;
            const bool clears = m_rising ? v < m_levels[i].clear : v > m_levels[i].clear;
            m_state.raiseSince[i] =
                raises ? (m_state.raiseSince[i] == kNever ? t : m_state.raiseSince[i]) : kNever;
            m_state.clearSince[i] =
                clears ? (m_state.clearSince[i] == kNever ? t : m_state.clearSince[i]) : kNever;
        }
        m_state.lastAt = t;
        m_state.lastValue = v;
        m_state.lastReading = reading;
        if (m_state.level > 0)
            m_state.peak = worse(m_state.peak, v);
        settle(t);
    }

    // Applies every transition due by `until`, in the order they fell due.
    void settle(std::int64_t until)
    {
        while (true) {
            const int current = m_state.level;
            std::int64_t due = kNever;
            int to = current;
            for (int i = current; i < int(m_levels.size()); ++i) { // escalations
                const std::int64_t since = m_state.raiseSince[std::size_t(i)];
                if (since != kNever && since + m_onDelay <= until &&
                    (due == kNever || since + m_onDelay <= due)) {
                    due = since + m_onDelay;
                    to = i + 1;
                }
            }
            if (current > 0) { // the current level clears
                const std::int64_t since = m_state.clearSince[std::size_t(current - 1)];
                if (since != kNever && since + m_offDelay <= until &&
                    (due == kNever || since + m_offDelay < due)) {
                    due = since + m_offDelay;
                    to = current - 1;
                }
            }
            if (to == current)
                return;
            apply(std::max(due, m_state.lastEventAt), current, to);
        }
    }

private:
    double worse(double a, double b) const
    {
        if (std::isnan(a))
            return b;
        return m_rising ? std::max(a, b) : std::min(a, b);
    }

    void apply(std::int64_t at, int from, int to)
    {
        Event e;
        e.at = at;
        e.value = m_state.lastValue;
        e.reading = m_state.lastReading;
        if (to == 0) {
            e.type = Event::Type::Cleared;
            e.threshold = m_levels[std::size_t(from - 1)].clear;
        } else {
            e.type = from == 0 ? Event::Type::Raised : Event::Type::Changed;
            e.severity = m_levels[std::size_t(to - 1)].severity;
            e.threshold =
                to > from ? m_levels[std::size_t(to - 1)].at : m_levels[std::size_t(from - 1)].clear;
        }
        if (from == 0) {
            m_state.firedAt = at;
            m_state.peak = m_state.lastValue;
        }
        e.peak = m_state.peak;
        m_state.level = to;
        m_state.lastEventAt = at;
        m_events.push_back(e);
    }

    const std::vector<Rule::Level>& m_levels;
    bool m_rising;
    std::int64_t m_onDelay;
    std::int64_t m_offDelay;
    PointState& m_state;
    std::vector<Event>& m_events;
};

// The first instant a step reads: after what the state has seen, or `lookback` before now.
std::int64_t readFrom(const PointState& state, std::int64_t now, std::int64_t lookback)
{
    return state.seenUntil != kNever ? state.seenUntil : now - lookback;
}

} // namespace

Step Rule::thresholdStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                         std::int64_t now) const
{
    Step step{state, {}};
    const std::int64_t from = readFrom(state, now, m_lookback);
    if (from > now)
        return step;
    const store::SeriesKey key{m_indicatorId, place};
    const std::vector<Level>& levels = levelsAt(place);
    // (A rate, count or anomaly rule compares a value that grows with the alarm.)
    LevelMachine machine(levels, comparesEitherWay() ? m_rising : true, m_onDelay, m_offDelay, step.state,
                         step.events);
    // Every kind but a composite compares values at its own readings from `from` on: with none
    // there, only time passes (most steps of a live city).
    if (m_kind != Kind::Composite && !snapshot.mayHaveReadings(key, from, now + 1)) {
        machine.settle(now);
        step.state.seenUntil = now + 1;
        return step;
    }
    const Derived d = derived(key, snapshot, from, now);
    for (std::size_t i = 0; i < d.values.size(); ++i)
        machine.observe(d.values.t[i], d.values.v[i], d.readings[i]);
    machine.settle(now);
    step.state.seenUntil = now + 1;
    return step;
}

Step Rule::deadlineStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                        std::int64_t now) const
{
    Step step{state, {}};
    const std::int64_t from = readFrom(state, now, m_lookback);
    if (from > now)
        return step;
    LevelMachine machine(m_levels, true, m_onDelay, m_offDelay, step.state, step.events);
    // The count changes with time as well as with readings (a report falls due): every step
    // reads the reports of the window again, and compares the count where it changed since.
    std::int64_t next = kNever;
    const double previous = state.lastAt == kNever ? 0.0 : state.lastValue;
    const Derived d = overdue(place, snapshot, from, now, previous, next);
    for (std::size_t i = 0; i < d.values.size(); ++i)
        machine.observe(d.values.t[i], d.values.v[i], d.readings[i]);
    machine.settle(now);
    step.state.nextChangeAt = next;
    step.state.seenUntil = now + 1;
    return step;
}

namespace {

constexpr std::size_t kCadenceIntervals = 9; // a median robust to four gaps among nine
constexpr std::size_t kLearnIntervals = 3;
constexpr std::int64_t kLearningLimit = 86'400'000;

std::int64_t median(std::vector<std::int64_t> values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

std::int64_t Rule::staleLimit(const PointState& state) const
{
    // Until it has been heard four times, a station's cadence is not known: only a day's
    // silence is one (a first step reads back a month, and the first readings it finds must
    // not make an alarm that depends on where it began reading).
    if (state.intervals.size() < kLearnIntervals)
        return std::max(m_staleAfter, kLearningLimit);
    const std::int64_t cadence = median(state.intervals);
    return std::max(m_staleAfter, std::int64_t(m_staleFactor * double(cadence)));
}

Step Rule::staleStep(const QString& place, const Snapshot& snapshot, const PointState& state,
                     std::int64_t now) const
{
    Step step{state, {}};
    PointState& s = step.state;
    const std::int64_t from = readFrom(state, now, m_lookback);
    if (from > now)
        return step;
    const Severity severity = m_levels.front().severity;
    const auto raise = [&](std::int64_t limit) {
        s.level = 1;
        s.firedAt = s.lastAt + limit;
        s.lastEventAt = s.firedAt;
        s.peak = double(limit);
        step.events.push_back({Event::Type::Raised, s.firedAt, severity, double(limit), double(limit),
                               double(limit), s.lastValue});
    };
    const store::Columns r = snapshot.readings({m_indicatorId, place}, from, now + 1);
    for (std::size_t i = 0; i < r.size(); ++i) {
        const std::int64_t limit = staleLimit(s);
        if (s.level == 0 && s.lastAt != kNever && r.t[i] - s.lastAt > limit)
            raise(limit); // silent, then heard from again: both are events
        if (s.level > 0) {
            const double age = double(r.t[i] - s.lastAt);
            s.peak = std::max(s.peak, age);
            step.events.push_back(
                {Event::Type::Cleared, r.t[i], Severity::Normal, age, double(limit), s.peak, r.v[i]});
            s.level = 0;
            s.lastEventAt = r.t[i];
        }
        if (s.lastAt != kNever) {
            if (s.intervals.size() == kCadenceIntervals)
                s.intervals.erase(s.intervals.begin());
            s.intervals.push_back(r.t[i] - s.lastAt);
        }
        s.lastAt = r.t[i];
        s.lastValue = r.v[i];
    }
    // A series never heard from is "no data", not stale: nothing tells how long it is silent.
    if (s.level == 0 && s.lastAt != kNever && now - s.lastAt > staleLimit(s))
        raise(staleLimit(s));
    if (s.level > 0)
        s.peak = std::max(s.peak, double(now - s.lastAt));
    s.seenUntil = now + 1;
    return step;
}

std::int64_t Rule::wakeAt(const PointState& state) const
{
    constexpr std::int64_t never = std::numeric_limits<std::int64_t>::max();
    if (state.seenUntil == kNever || m_kind == Kind::Composite)
        return kNever;
    if (m_kind == Kind::Stale) // silent for longer than the limit: raised without a reading
        return state.level == 0 && state.lastAt != kNever ? state.lastAt + staleLimit(state) + 1 : never;
    // As LevelMachine::settle: a worse level's on-delay, the current level's off-delay.
    std::int64_t due = never;
    for (std::size_t i = std::size_t(state.level); i < state.raiseSince.size(); ++i) {
        if (state.raiseSince[i] != kNever)
            due = std::min(due, state.raiseSince[i] + m_onDelay);
    }
    if (state.level > 0 && std::size_t(state.level) <= state.clearSince.size() &&
        state.clearSince[std::size_t(state.level - 1)] != kNever)
        due = std::min(due, state.clearSince[std::size_t(state.level - 1)] + m_offDelay);
    if (m_kind == Kind::Deadline && state.nextChangeAt != kNever) // a report falls due
        due = std::min(due, state.nextChangeAt);
    return due;
}

Step Rule::evaluate(const QString& place, const Snapshot& snapshot, const PointState& state,
                    std::int64_t now) const
{
    if (m_kind == Kind::Stale)
        return staleStep(place, snapshot, state, now);
    if (m_kind == Kind::Deadline)
        return deadlineStep(place, snapshot, state, now);
    return thresholdStep(place, snapshot, state, now);
}

} // namespace cityops::warnings
