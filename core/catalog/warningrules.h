#pragma once

// The kinds of early-warning rule and what each may be given: the vocabulary of rules.json.
// The catalog checks rules against it (a kind it does not know, a parameter of the wrong type,
// levels out of order, a message with a placeholder the kind does not fill); core/warnings
// implements the kinds. Adding a rule is a data change; adding a kind is one entry here and
// one evaluator there.
//
// Kinds:
// - "threshold": severity levels, each {"severity", "above" (or "below"), "clear"}: fires
//   when a reading passes the level, clears once readings are back past `clear` (the
//   hysteresis band); "placeLevels" gives a place its own levels (a river station's BĐ1/2/3);
//   "onDelay" / "offDelay": the condition must hold that long before the alarm fires / clears.
// - "rate": the change per hour over "over" (default 1h), rising ("direction": "rise", the
//   default) or falling past "perHour"; clears below "clearPerHour" (default perHour).
// - "count": the sum ("fn": "sum", the default), number ("count") or mean ("mean") of the
//   readings in the last "within" reaches "atLeast"; clears below "clearBelow" (default
//   atLeast). 1022 reports about one ward in a day; PM2.5's 24-hour mean over 50 µg/m³.
// - "anomaly": a reading "z" (default 3) deviations above ("direction": "up") or below its
//   baseline — the readings of the last "baseline" (default 7d; "method": "rolling"), or those
//   at the same time of day on each day of the last "weeks" (default 4; "seasonal"); clears
//   within "clearZ" (default z − 1); "minBaseline" readings needed (default 24, seasonal 7).
// - "forecast": where the least-squares line through the readings of the last "window"
//   (default 6h, at least "minReadings", default 4) will be within "horizon": fires when it
//   passes "above" (or "below"), clears back past "clear". {forecast}, {horizon} in messages.
// - "kpi": a target off track. The least-squares line through the readings of the last
//   "window" (default 180d; "since": "period-start" reads only those since the target's period
//   began, for a figure that restarts each year) projected to the end of the period ("by":
//   "year-end", "quarter-end", "month-end", Da Nang time): fires when the projection falls
//   short of "atLeast" (or passes "atMost"); clears once it is back on target by "margin"
//   (default 0). At least "minReadings" (default 3). {forecast} (the projection) and {by} (the
//   deadline) in messages.
// - "composite": "parts" [{"indicator", "place", "above" | "below"}] joined by "op" ("all":
//   heavy rain AND the river over BĐ2; "any"); a part whose last reading is older than "maxAge"
//   (default 3 h) does not hold. The rule lists every indicator its parts read and names the
//   place its alarm is for ("places": ["danang"]).
// - "stale": no reading for more than "factor" (default 3) × the indicator's period.
//
// Messages ("messageVi", "messageEn") may use {place}, {threshold}, {severity}, and: a
// threshold rule {value} and {unit}; a rate rule {rate} (per hour) and {unit}; a stale rule
// {age} (how long the series has been silent; {threshold} is then the limit, as an age); a
// count rule {value} (the count) and {within}; an anomaly rule {value} (the reading), {z}
// and {threshold} (the z it passed).

#include "core/catalog/statservices.h"

#include <QString>
#include <QStringList>

namespace cityops {

struct WarningKindSpec
{
    QString kind;
    QList<StatParameter> parameters;
    QStringList placeholders; // those its message may use
};

// Every kind, in the order of the documentation.
const QList<WarningKindSpec>& warningKinds();
const WarningKindSpec* warningKind(const QString& kind);

// "low", "medium", "high": ascending.
const QStringList& warningSeverities();

} // namespace cityops
