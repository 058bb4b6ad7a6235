#pragma once

// What a statistic returns: a value and/or rows, the figures some kinds add (a slope's
// intercept and r², a benchmark's ratio), and its provenance — which series, which window,
// how many points, how complete, and in words what was done. Missing data is never read
// as zero: a window without enough data gives a null value with the reason.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace cityops::stats {

struct Provenance
{
    QStringList series;    // "indicator@place", in the order used
    std::int64_t from = 0; // the window [from, to), UTC ms
    std::int64_t to = 0;
    std::int64_t points = 0;               // readings used
    std::optional<double> completenessPct; // of the series' update periods in the window
    std::int64_t missingPeriods = 0;       // update periods in the window without a reading
    QStringList gaps;                      // the longest gaps, "from → to" (at most five)
    std::int64_t computedAt = 0;           // UTC ms
    QString explanationVi;                 // what was done, for people
    QString explanationEn;
};

struct StatResult
{
    QString kind;
    std::optional<double> value; // absent: the kind gives rows, or there was too little data
    bool hasValue = true;        // the kind gives a value (null when too little data)
    QJsonArray rows;             // absent (empty) for kinds that give only a value
    bool hasRows = false;
    QJsonObject extra; // kind-specific figures: intercept, r2, tau, p, n, ratio…
    QString reason;    // why the value is null (too little data), for people
    Provenance provenance;

    // {"kind", "value", "rows", …extra, "provenance": {…}}; times ISO 8601 with the offset.
    QJsonObject toJson() const;
    // The rows as a table (place, key and time first, then the columns as they first
    // appear), or one row of the value and the figures beside it. Numbers in full.
    QString toCsv() const;
};

// An instant as the CLI prints it: ISO 8601 in Asia/Ho_Chi_Minh with its offset.
QString isoLocal(std::int64_t utcMs);

} // namespace cityops::stats
