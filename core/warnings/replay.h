#pragma once

// Every rule of the catalog over a stretch of recorded data: what `cityops-cli alerts
// evaluate` prints. Each rule is stepped once per place over [from, to) — a rule's timeline
// does not depend on how often it is stepped (tests/core/warnings_test.cpp holds it to that),
// so one step is the replay.

#include "core/common/result.h"
#include "core/warnings/warnings.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cityops::store {
class SeriesReader;
}

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

// The alarms of every rule over [from, to), ordered by when they fired (then rule, place).
Result<std::vector<ReplayedAlarm>> replay(const Catalog& catalog, store::SeriesReader& reader,
                                          std::int64_t from, std::int64_t to);

} // namespace cityops::warnings
