#pragma once

// How complete the series behind a statistic are, for its provenance: the update periods
// (the indicator's own, in local time) in the window with at least one reading, and the
// longest runs of two or more periods without one. Series are added one at a time, from
// their points (exact), from rollups whose buckets hold whole periods (exact), or from
// rollups coarser than the period (hourly counts of 5-minute data: a period counts as having
// data up to the bucket's count — exact when a feed sends one reading per period — and gaps
// are seen to the hour; the provenance says "completenessBasis": "counts"), or from the
// periods with a reading as a reader tells them (exact: the in-memory store's chunks).
// Private to core/stats.

#include "core/stats/statresult.h"
#include "core/store/observation.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <span>
#include <vector>

namespace cityops::stats {

class Coverage
{
public:
    Coverage(std::int64_t from, std::int64_t to, std::int64_t localOffsetMs);

    // One series: `periodMs` its update period (0: unknown, only readings are counted).
    void begin(const QString& place, std::int64_t periodMs);
    void addTimes(std::span<const std::int64_t> times); // readings' times, in time order
    void addBucket(const store::Bucket& bucket, std::int64_t widthMs);
    // The periods with a reading as the reader told them (exact), and readings counted apart.
    void addRuns(std::span<const store::PeriodRun> runs);
    void addReadings(std::int64_t count) { m_points += count; }
    void end();

    void finish(Provenance& p);

private:
    struct Gap
    {
        std::int64_t length;
        QString place;
        std::int64_t from;
        std::int64_t to;
    };
    void gap(std::int64_t from, std::int64_t to);
    std::int64_t slot(std::int64_t t) const;
    void addSlot(std::int64_t s) // (inline: called per reading)
    {
        m_unordered = m_unordered || (!m_runs.empty() && s < m_runs.back().first);
        store::addPeriods(m_runs, s, s + 1);
    }

    std::int64_t m_from;
    std::int64_t m_to;
    std::int64_t m_offset;
    std::int64_t m_points = 0;
    std::int64_t m_withData = 0;
    std::int64_t m_periods = 0;
    bool m_counted = false; // some periods were counted from coarser buckets
    std::vector<Gap> m_gaps;
    // The series being added.
    QString m_place;
    std::int64_t m_period = 0;
    std::vector<store::PeriodRun> m_runs; // exact: periods with a reading, in runs
    bool m_unordered = false;             // a run was added before the last one
    std::int64_t m_slot = 0;              // the period of the last reading, and its end
    std::int64_t m_slotEnd = std::numeric_limits<std::int64_t>::min();
    std::vector<std::pair<std::int64_t, std::int64_t>> m_spans; // counted buckets: [first, end) periods
    std::int64_t m_countedPeriods = 0;
};

} // namespace cityops::stats
