#pragma once

// Every rule of the catalog over a stretch of recorded data: what `cityops-cli alerts
// evaluate` prints. Each rule is stepped once per place over [from, to) — a rule's timeline
// does not depend on how often it is stepped (tests/core/warnings_test.cpp holds it to that),
// so one step is the replay.

#include "core/common/result.h"
#include "core/warnings/warnings.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cityops::store {
class SeriesReader;
struct SeriesInfo;
} // namespace cityops::store

namespace cityops::warnings {

struct ReplayedAlarm
{
    QString id; // "<rule>@<place>@<firedAt, UTC, yyyyMMddTHHmmssZ>": the same alarm, the same id
    QString rule;
    QString place;
    Severity severity = Severity::Normal; // the worst it reached
    std::int64_t firedAt = 0;
    std::optional<std::int64_t> resolvedAt; // none: still active at the end of the window
    double peakValue = 0; // the worst reading (a rate rule: rate per hour; stale: minutes silent)
    QString messageVi;    // at the worst it reached
    QString messageEn;
};

// The alarms one rule's events at one place make, as they come: a raise opens one, a change
// keeps it (its worst severity and message), a clear closes it.
class AlarmTracker
{
public:
    AlarmTracker(const Rule& rule, const QString& place)
        : m_rule(&rule)
        , m_place(place)
    {}
    // Takes the next event; an alarm it closes goes to `closed`.
    void add(const Event& event, std::vector<ReplayedAlarm>& closed);
    // The alarm open now (its peak as `state` has it), if one is.
    std::optional<ReplayedAlarm> open(const PointState& state) const;

    const QString& place() const { return m_place; }

private:
    double peakOf(double peak) const;

    const Rule* m_rule;
    QString m_place;
    ReplayedAlarm m_open;
    bool m_isOpen = false;
};

// "<rule>@<place>@<yyyyMMddTHHmmssZ>": the id of the alarm `rule` raised at `place` at `firedAt`.
QString alarmId(const QString& rule, const QString& place, std::int64_t firedAt);

// The places `rule` watches among `series`: those with readings of its indicator in its scope
// (a composite: the places it names).
QStringList rulePlaces(const Rule& rule, const QList<store::SeriesInfo>& series);
// The places of the listed series (with readings) of each indicator: rulePlaces() for many
// rules without going through the whole listing for each.
using PlacesByIndicator = QHash<QString, QStringList>;
PlacesByIndicator placesByIndicator(const QList<store::SeriesInfo>& series);
QStringList rulePlaces(const Rule& rule, const PlacesByIndicator& places);

// The alarms of every rule over [from, to), ordered by when they fired (then rule, place).
Result<std::vector<ReplayedAlarm>> replay(const Catalog& catalog, store::SeriesReader& reader,
                                          std::int64_t from, std::int64_t to);

} // namespace cityops::warnings
