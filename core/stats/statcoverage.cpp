#include "core/stats/statcoverage.h"

#include "core/common/vectorstate.h"
#include "core/store/bucketing.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {
constexpr std::size_t kGaps = 5;
}

Coverage::Coverage(std::int64_t from, std::int64_t to, std::int64_t localOffsetMs)
    : m_from(from)
    , m_to(to)
    , m_offset(localOffsetMs)
{}

std::int64_t Coverage::slot(std::int64_t t) const
{
    return store::floorDivide(t + m_offset, m_period);
}

void Coverage::begin(const QString& place, std::int64_t periodMs)
{
    m_place = place;
    m_period = periodMs;
    m_runs.clear();
    m_unordered = false;
    m_slotEnd = std::numeric_limits<std::int64_t>::min();
    m_spans.clear();
    m_countedPeriods = 0;
}

void Coverage::addTimes(std::span<const std::int64_t> times)
{
    m_points += std::int64_t(times.size());
    if (m_period <= 0)
        return;
    settleVectorState(); // a loop per reading (see vectorstate.h)
    // Readings come in time order: most fall in the last reading's period or the next one,
    // told without a division.
    for (const std::int64_t t : times) {
        if (t < m_slotEnd && t >= m_slotEnd - m_period)
            continue;
        m_slot = t >= m_slotEnd && t < m_slotEnd + m_period ? m_slot + 1 : slot(t);
        m_slotEnd = (m_slot + 1) * m_period - m_offset;
        addSlot(m_slot);
    }
}

void Coverage::addBucket(const store::Bucket& bucket, std::int64_t widthMs)
{
    m_points += std::int64_t(bucket.agg.count);
    if (m_period <= 0 || bucket.agg.count == 0)
        return;
    if (m_period >= widthMs) { // the bucket lies within one period
        addSlot(slot(bucket.start));
        return;
    }
    const std::int64_t periods = widthMs / m_period;
    const std::int64_t first = slot(bucket.start);
    m_countedPeriods += std::min<std::int64_t>(std::int64_t(bucket.agg.count), periods);
    m_spans.emplace_back(first, first + periods);
    m_counted = true;
}

void Coverage::addRuns(std::span<const store::PeriodRun> runs)
{
    if (m_period <= 0)
        return;
    for (const store::PeriodRun& run : runs) {
        m_spans.emplace_back(run.first, run.end);
        m_countedPeriods += run.end - run.first;
    }
}

void Coverage::end()
{
    if (m_period <= 0 || m_to <= m_from)
        return;
    // Added in time order already (points, then buckets, then points), unless said otherwise.
    if (m_unordered) {
        std::sort(m_runs.begin(), m_runs.end(),
                  [](const store::PeriodRun& a, const store::PeriodRun& b) { return a.first < b.first; });
        std::vector<store::PeriodRun> merged;
        for (const store::PeriodRun& r : m_runs)
            store::addPeriods(merged, r.first, r.end);
        m_runs = std::move(merged);
    }
    for (const store::PeriodRun& r : m_runs)
        m_withData += r.end - r.first;
    m_withData += m_countedPeriods;
    const std::int64_t firstSlot = slot(m_from);
    const std::int64_t lastSlot = slot(m_to - 1);
    m_periods += lastSlot - firstSlot + 1;
    // Gaps: runs of two or more periods with nothing, between what has data (the exact
    // runs and the counted spans, walked together in order).
    std::int64_t next = firstSlot; // the first period not yet known to have data
    const auto startOf = [&](std::int64_t s) {
        return std::max(m_from, s * m_period - m_offset);
    };
    const auto present = [&](std::int64_t a, std::int64_t b) {
        if (a - next >= 2)
            gap(startOf(next), startOf(a));
        next = std::max(next, b);
    };
    auto span = m_spans.begin();
    for (const store::PeriodRun& r : m_runs) {
        for (; span != m_spans.end() && span->first <= r.first; ++span)
            present(span->first, span->second);
        present(r.first, r.end);
    }
    for (; span != m_spans.end(); ++span)
        present(span->first, span->second);
    if (lastSlot + 1 - next >= 2)
        gap(startOf(next), m_to);
}

void Coverage::gap(std::int64_t from, std::int64_t to)
{
    m_gaps.push_back({to - from, m_place, from, to});
    if (m_gaps.size() > 64) { // keeps the longest few: a thousand places are not a thousand lines
        std::nth_element(m_gaps.begin(), m_gaps.begin() + kGaps, m_gaps.end(),
                         [](const Gap& x, const Gap& y) { return x.length > y.length; });
        m_gaps.resize(32);
    }
}

void Coverage::finish(Provenance& p)
{
    p.points = m_points;
    if (m_periods > 0) {
        p.completenessPct = 100.0 * double(m_withData) / double(m_periods);
        p.missingPeriods = m_periods - m_withData;
    }
    p.completenessFromCounts = m_counted;
    std::sort(m_gaps.begin(), m_gaps.end(), [](const Gap& x, const Gap& y) {
        return x.length != y.length ? x.length > y.length
                                    : std::tie(x.place, x.from) < std::tie(y.place, y.from);
    });
    for (std::size_t i = 0; i < m_gaps.size() && i < kGaps; ++i)
        p.gaps << m_gaps[i].place + u": "_s + isoLocal(m_gaps[i].from) + u" → "_s + isoLocal(m_gaps[i].to);
}

} // namespace cityops::stats
