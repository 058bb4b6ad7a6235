#pragma once

// What a statistic returns: a value and/or rows, the figures some kinds add (a slope's
// intercept and r², a benchmark's ratio), and its provenance — which series, which window,
// how many points, how complete, and in words what was done. Missing data is never read
// as zero: a window without enough data gives a null value with the reason.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace cityops::stats {

struct Provenance
{
    QStringList series;    // "indicator@place", in the order used
    std::int64_t from = 0; // the window [from, to), UTC ms
    std::int64_t to = 0;
    std::int64_t points = 0;               // readings used
    std::optional<double> completenessPct; // of the series' update periods in the window
    std::int64_t missingPeriods = 0;       // update periods in the window without a reading
    bool completenessFromCounts = false;   // counted from hourly or daily rollups (see statcoverage.h)
    QStringList gaps;                      // the longest gaps, "from → to" (at most five)
    std::int64_t computedAt = 0;           // UTC ms
    QString explanationVi;                 // what was done, for people
    QString explanationEn;
};

// Rows of a time series kept as columns: a year of hourly rolling values is 8,760 rows, and
// JSON objects are made only when the result is printed or read as rows(). "t" is the time
// (UTC ms, printed ISO 8601 in local time), "place" is there once places are merged; every
// other column is a number (NaN: null).
struct SeriesRows
{
    QStringList columns;         // after "t": "value", "n", "previous", …
    std::vector<std::int64_t> t; // one per row
    std::vector<double> cells;   // row-major: t.size() × columns.size()
    std::vector<QString> place;  // empty, or one per row

    bool empty() const { return t.empty(); }
    std::size_t size() const { return t.size(); }
    double at(std::size_t row, qsizetype column) const
    {
        return cells[row * std::size_t(columns.size()) + std::size_t(column)];
    }
    void add(std::int64_t time, std::initializer_list<double> values)
    {
        t.push_back(time);
        cells.insert(cells.end(), values.begin(), values.end());
    }
    void add(std::int64_t time, double value) // one column
    {
        t.push_back(time);
        cells.push_back(value);
    }
    // The rows of `other` (the same columns) with their place.
    void append(const SeriesRows& other, const QString& placeOfAll);
    QJsonObject row(std::size_t i) const;
};

struct StatResult
{
    QString kind;
    std::optional<double> value; // absent: the kind gives rows, or there was too little data
    bool hasValue = true;        // the kind gives a value (null when too little data)
    SeriesRows series;           // rows over time (buckets, rolling, cumulative, changes)
    QJsonArray objectRows;       // other rows (places, profile keys, target years)
    bool hasRows = false;        // the kind gives rows (none when there was no data)
    QJsonObject extra;           // kind-specific figures: intercept, r2, tau, p, n, ratio…
    QString reason;              // why the value is null (too little data), for people
    Provenance provenance;

    // Every row as a JSON object, whichever way it is kept.
    QJsonArray rows() const;
    bool rowsEmpty() const { return series.empty() && objectRows.isEmpty(); }
    // Keeps the rows whose place `keep` accepts (rows without a place stay).
    void keepPlaces(const std::function<bool(const QString&)>& keep);

    // {"kind", "value", "rows", …extra, "provenance": {…}}; times ISO 8601 with the offset.
    QJsonObject toJson() const;
    // The rows as a table (place, key and time first, then the columns as they first
    // appear), or one row of the value and the figures beside it. Numbers in full.
    QString toCsv() const;
};

// An instant as the CLI prints it: ISO 8601 in Asia/Ho_Chi_Minh with its offset.
QString isoLocal(std::int64_t utcMs);

} // namespace cityops::stats
