#include "core/stats/statkinds.h"

#include "core/catalog/statservices.h"
#include "core/common/civiltime.h"
#include "core/common/vectorstate.h"
#include "core/stats/statmath.h"
#include "core/store/bucketing.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::stats::StatsEngine)
};

constexpr std::int64_t kDayMs = 86'400'000;

QString str(const QJsonObject& p, const char16_t* key, const QString& fallback)
{
    const QJsonValue v = p.value(QStringView(key));
    return v.isString() ? v.toString() : fallback;
}

double num(const QJsonObject& p, const char16_t* key, double fallback)
{
    const QJsonValue v = p.value(QStringView(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

Error invalid(const QString& what)
{
    return Error{ErrorCode::InvalidArgument, what, QString()};
}

QJsonValue json(double d)
{
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue();
}

QJsonValue json(const std::optional<double>& v)
{
    const double d = v.value_or(std::numeric_limits<double>::quiet_NaN()); // (value_or: GCC 12 warns on *v)
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue();
}

StatResult valueResult(const QString& kind, std::optional<double> v, const QString& reasonIfNull)
{
    StatResult r;
    r.kind = kind;
    r.value = v;
    if (!v)
        r.reason = reasonIfNull;
    return r;
}

StatResult rowsResult(const QString& kind, QJsonArray rows)
{
    StatResult r;
    r.kind = kind;
    r.hasValue = false;
    r.hasRows = true;
    r.objectRows = std::move(rows);
    return r;
}

StatResult rowsResult(const QString& kind, SeriesRows rows)
{
    StatResult r;
    r.kind = kind;
    r.hasValue = false;
    r.hasRows = true;
    r.series = std::move(rows);
    return r;
}

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

SeriesRows columns(QStringList names, std::size_t rows = 0)
{
    SeriesRows table;
    table.t.reserve(rows);
    table.cells.reserve(rows * std::size_t(names.size()));
    table.columns = std::move(names);
    return table;
}

} // namespace

QString noReadings()
{
    return Text::tr("no readings in the window");
}

namespace {

std::optional<store::Bucketing> bucketingOf(const QJsonObject& p, const char16_t* key,
                                            const QString& fallback = {})
{
    const QString code = str(p, key, fallback);
    if (code.isEmpty())
        return std::nullopt;
    return store::parseBucketing(code.toLatin1().constData());
}

// Values grouped by the bucket their time falls in, in time order.
// (The points are in time order, so a bucket's points are contiguous.)
std::vector<std::pair<std::int64_t, std::vector<double>>> grouped(Readings r, store::Bucketing bucketing,
                                                                  std::int64_t offset)
{
    std::vector<std::pair<std::int64_t, std::vector<double>>> out;
    std::int64_t end = std::numeric_limits<std::int64_t>::min();
    settleVectorState(); // a loop per reading (see vectorstate.h)
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (out.empty() || r.t[i] >= end) {
            const std::int64_t start = store::bucketStart(r.t[i], bucketing, offset);
            end = store::bucketEnd(start, bucketing, offset);
            out.emplace_back(start, std::vector<double>());
        }
        out.back().second.push_back(r.v[i]);
    }
    return out;
}

bool passes(double v, const QString& op, double threshold)
{
    if (op == u">="_s)
        return v >= threshold;
    if (op == u"<"_s)
        return v < threshold;
    if (op == u"<="_s)
        return v <= threshold;
    return v > threshold;
}

// The same calendar period a year earlier (a month, quarter or year starting at `start`).
std::int64_t yearAgo(std::int64_t start, std::int64_t offset)
{
    std::int64_t y;
    unsigned m, d;
    civilFromDays(store::floorDivide(start + offset, kDayMs), y, m, d);
    return daysFromCivil(y - 1, m, 1) * kDayMs - offset;
}

// The running minimum or maximum over a sliding window of points (t − w, t], in a monotonic
// queue.
class SlidingExtreme
{
public:
    explicit SlidingExtreme(bool max)
        : m_max(max)
    {}
    void push(std::size_t i, double v)
    {
        while (!m_queue.empty() && (m_max ? m_queue.back().second <= v : m_queue.back().second >= v))
            m_queue.pop_back();
        m_queue.emplace_back(i, v);
        ++m_count;
    }
    void pop(std::size_t i)
    {
        if (!m_queue.empty() && m_queue.front().first == i)
            m_queue.pop_front();
        --m_count;
    }
    double value(std::size_t minPeriods) const
    {
        return m_count < minPeriods || m_count == 0 ? std::numeric_limits<double>::quiet_NaN()
                                                    : m_queue.front().second;
    }

private:
    bool m_max;
    std::deque<std::pair<std::size_t, double>> m_queue;
    std::size_t m_count = 0;
};

enum class Rolled
{
    Sum,
    Mean,
    Count,
};

// The rolling sum, mean or count into `out` (one per reading). A window's sum is the
// difference of two prefix sums, each kept as an unevaluated pair hi + lo (Knuth's two-sum
// keeps every addition's rounding error in lo): the hi parts subtract exactly where they lie
// within a factor of two (Sterbenz) and round once otherwise, so the window's sum is right to
// its last bits, and, unlike a running sum that readings enter and leave, no chain of
// dependent additions runs through the loop that writes the rows.
template <Rolled what> void rollSums(Readings r, std::int64_t width, std::size_t minPeriods, double* out)
{
    settleVectorState(); // a loop per reading (see vectorstate.h)
    const std::size_t n = r.size();
    std::vector<double> hi, lo;
    if constexpr (what != Rolled::Count) {
        hi.resize(n + 1);
        lo.resize(n + 1);
        double sum = 0;
        double error = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = sum + r.v[i];
            const double part = t - sum;
            error += (sum - (t - part)) + (r.v[i] - part);
            sum = t;
            hi[i + 1] = sum;
            lo[i + 1] = error;
        }
    }
    std::size_t first = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t start = r.t[i] - width; // the window is (t − w, t]
        while (r.t[first] <= start)
            ++first;
        const std::size_t count = i - first + 1;
        double value = double(count);
        if constexpr (what != Rolled::Count) {
            const double sum = (hi[i + 1] - hi[first]) + (lo[i + 1] - lo[first]);
            value = what == Rolled::Mean ? sum / double(count) : sum;
        }
        out[i] = count < minPeriods ? std::numeric_limits<double>::quiet_NaN() : value;
    }
}

SeriesRows rollingSums(Readings r, std::int64_t width, const QString& fn, std::size_t minPeriods)
{
    SeriesRows rows = columns({u"value"_s});
    rows.t.assign(r.t.begin(), r.t.end());
    rows.cells.resize(r.size());
    if (fn == u"mean"_s)
        rollSums<Rolled::Mean>(r, width, minPeriods, rows.cells.data());
    else if (fn == u"count"_s)
        rollSums<Rolled::Count>(r, width, minPeriods, rows.cells.data());
    else
        rollSums<Rolled::Sum>(r, width, minPeriods, rows.cells.data());
    return rows;
}

} // namespace

Readings inWindow(const SeriesData& s, const KindContext& k)
{
    const std::vector<std::int64_t>& t = s.points.t;
    const auto first = std::lower_bound(t.begin(), t.end(), k.from);
    const auto last = std::lower_bound(first, t.end(), k.to);
    return Readings(s.points).slice(std::size_t(first - t.begin()), std::size_t(last - t.begin()));
}

std::int64_t readStart(const QString& kind, const QJsonObject& params, std::int64_t from, std::int64_t offset)
{
    if (kind != u"change"_s)
        return from;
    const auto bucketing = store::parseBucketing(str(params, u"period", u"1mo"_s).toLatin1().constData());
    if (!bucketing)
        return from;
    // The period before the first in the window, or the same period a year earlier.
    const std::int64_t first = store::bucketStart(from, *bucketing, offset);
    return str(params, u"vs", u"previous"_s) == u"year-ago"_s
               ? yearAgo(first, offset)
               : store::bucketStart(first - 1, *bucketing, offset);
}

Result<StatResult> aggregateKind(const KindContext& k, const SeriesData& s)
{
    const QString fn = str(k.params, u"fn", u"mean"_s);
    const double q = num(k.params, u"q", 0.5);
    const auto points = inWindow(s, k);
    const auto bucketing = bucketingOf(k.params, u"bucket");
    if (!bucketing) {
        StatResult r = valueResult(u"aggregate"_s, aggregateValues(points.v, fn, q),
                                   points.empty() ? noReadings()
                                                  : Text::tr("one reading: a sample deviation needs two"));
        r.extra.insert(u"n"_s, qint64(points.size()));
        return r;
    }
    SeriesRows rows = columns({u"value"_s, u"n"_s});
    for (const auto& [start, values] : grouped(points, *bucketing, k.localOffsetMs))
        rows.add(start, {aggregateValues(values, fn, q).value_or(kNull), double(values.size())});
    return rowsResult(u"aggregate"_s, std::move(rows));
}

Result<StatResult> changeKind(const KindContext& k, const SeriesData& s)
{
    const QString period = str(k.params, u"period", u"1mo"_s);
    const auto bucketing = store::parseBucketing(period.toLatin1().constData());
    if (!bucketing)
        return invalid(Text::tr("unknown period %1").arg(period));
    const QString fn = str(k.params, u"fn", u"mean"_s);
    std::map<std::int64_t, double> byPeriod; // every period with data, lead-in included
    for (const auto& [start, values] : grouped(s.points, *bucketing, k.localOffsetMs)) {
        if (start < k.to)
            byPeriod[start] = *aggregateValues(values, fn);
    }
    return changeRows(k, *bucketing, byPeriod);
}

StatResult changeRows(const KindContext& k, store::Bucketing bucketing,
                      const std::map<std::int64_t, double>& byPeriod)
{
    const bool yearAgoMode = str(k.params, u"vs", u"previous"_s) == u"year-ago"_s;
    SeriesRows rows = columns({u"value"_s, u"previous"_s, u"change"_s, u"changePct"_s}, byPeriod.size());
    for (const auto& [start, value] : byPeriod) {
        if (start < store::bucketStart(k.from, bucketing, k.localOffsetMs))
            continue; // lead-in only
        const std::int64_t before = yearAgoMode ? yearAgo(start, k.localOffsetMs)
                                                : store::bucketStart(start - 1, bucketing, k.localOffsetMs);
        const auto it = byPeriod.find(before);
        const double previous = it == byPeriod.end() ? kNull : it->second;
        const double change = value - previous;
        const double pct = previous != 0 ? 100 * change / std::abs(previous) : kNull;
        rows.add(start, {value, previous, change, pct});
    }
    return rowsResult(u"change"_s, std::move(rows));
}

Result<StatResult> rollingKind(const KindContext& k, const SeriesData& s)
{
    const auto width = parseStatDuration(str(k.params, u"window", u"24h"_s));
    if (!width || *width <= 0)
        return invalid(Text::tr("a rolling window must be a positive duration like 24h or 7d"));
    const QString fn = str(k.params, u"fn", u"mean"_s);
    const auto minPeriods = std::size_t(std::max(1.0, num(k.params, u"minPeriods", 1)));
    const Readings points = inWindow(s, k);
    if (fn == u"sum"_s || fn == u"mean"_s || fn == u"count"_s)
        return rowsResult(u"rolling"_s, rollingSums(points, *width, fn, minPeriods));
    if (fn != u"min"_s && fn != u"max"_s)
        return invalid(Text::tr("a rolling window takes fn mean, sum, count, min or max"));
    SlidingExtreme window(fn == u"max"_s);
    SeriesRows rows = columns({u"value"_s}, points.size());
    std::size_t first = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        window.push(i, points.v[i]);
        while (points.t[first] <= points.t[i] - *width) // the window is (t − w, t]
            window.pop(first++);
        rows.add(points.t[i], window.value(minPeriods));
    }
    return rowsResult(u"rolling"_s, std::move(rows));
}

Result<StatResult> cumulativeKind(const KindContext& k, const SeriesData& s)
{
    const auto bucketing = bucketingOf(k.params, u"bucket", u"1d"_s);
    const auto reset = bucketingOf(k.params, u"reset", u"1y"_s);
    if (!bucketing || !reset)
        return invalid(Text::tr("unknown bucket or reset period"));
    SeriesRows rows = columns({u"value"_s});
    double total = 0;
    std::int64_t period = std::numeric_limits<std::int64_t>::min();
    for (const auto& [start, values] : grouped(inWindow(s, k), *bucketing, k.localOffsetMs)) {
        const std::int64_t p = store::bucketStart(start, *reset, k.localOffsetMs);
        if (p != period) {
            period = p;
            total = 0; // month-to-date or year-to-date starts again
        }
        total += *aggregateValues(values, u"sum"_s);
        rows.add(start, {total});
    }
    return rowsResult(u"cumulative"_s, std::move(rows));
}

Result<StatResult> exceedanceKind(const KindContext& k, const SeriesData& s)
{
    const bool daily = str(k.params, u"of", u"points"_s) == u"1d"_s;
    const QString fn = str(k.params, u"fn", u"mean"_s);
    // What is counted: the readings, or the days (their daily value by fn; a day without
    // one, a std of one reading, is not counted).
    const Readings points = inWindow(s, k);
    if (!daily)
        return exceedanceOf(k, points);
    store::Columns days;
    for (const auto& [start, values] : grouped(points, store::Bucketing::fixed(kDayMs), k.localOffsetMs)) {
        if (const auto v = aggregateValues(values, fn, num(k.params, u"q", 0.5)))
            days.push_back(start, *v);
    }
    return exceedanceOf(k, days);
}

StatResult exceedanceOf(const KindContext& k, Readings items)
{
    const double threshold = num(k.params, u"threshold", 0);
    const QString op = str(k.params, u"op", u">"_s);
    const auto bucketing = bucketingOf(k.params, u"bucket");
    if (!bucketing) {
        const auto count =
            std::count_if(items.v.begin(), items.v.end(), [&](double v) { return passes(v, op, threshold); });
        StatResult r = valueResult(u"exceedance"_s,
                                   items.empty() ? std::nullopt : std::optional(double(count)), noReadings());
        r.extra.insert(u"n"_s, qint64(items.size()));
        return r;
    }
    SeriesRows rows = columns({u"value"_s, u"n"_s});
    for (const auto& [start, values] : grouped(items, *bucketing, k.localOffsetMs)) {
        const auto count =
            std::count_if(values.begin(), values.end(), [&](double v) { return passes(v, op, threshold); });
        rows.add(start, {double(count), double(values.size())});
    }
    return rowsResult(u"exceedance"_s, std::move(rows));
}

Result<StatResult> profileKind(const KindContext& k, const SeriesData& s)
{
    const QString by = str(k.params, u"by", u"hour"_s);
    const QString fn = str(k.params, u"fn", u"mean"_s);
    enum By
    {
        Hour,
        Weekday,
        Month
    } const grouping = by == u"hour"_s      ? Hour
                       : by == u"weekday"_s ? Weekday
                                            : Month;
    const auto keyOf = [&](std::int64_t t) {
        const std::int64_t local = t + k.localOffsetMs;
        const std::int64_t day = store::floorDivide(local, kDayMs);
        if (grouping == Hour)
            return int((local - day * kDayMs) / 3'600'000);
        if (grouping == Weekday)
            return int(((day + 3) % 7 + 7) % 7) + 1; // Monday = 1 (1970-01-01 was a Thursday)
        std::int64_t y;
        unsigned m, d;
        civilFromDays(day, y, m, d);
        return int(m);
    };
    const Readings points = inWindow(s, k);
    std::array<std::vector<double>, 25> groups; // keys 0–23, 1–7 or 1–12
    for (auto& g : groups)
        g.reserve(points.size() / (grouping == Hour ? 24 : grouping == Weekday ? 7 : 12) + 8);
    settleVectorState(); // a loop per reading (see vectorstate.h)
    for (std::size_t i = 0; i < points.size(); ++i)
        groups[std::size_t(keyOf(points.t[i]))].push_back(points.v[i]);
    QJsonArray rows;
    for (std::size_t key = 0; key < groups.size(); ++key) {
        if (!groups[key].empty())
            rows.append(QJsonObject{{u"key"_s, int(key)},
                                    {u"value"_s, json(aggregateValues(groups[key], fn))},
                                    {u"n"_s, qint64(groups[key].size())}});
    }
    return rowsResult(u"profile"_s, rows);
}

Result<StatResult> trendKind(const KindContext& k, const SeriesData& s)
{
    const double perMs = str(k.params, u"per", u"1y"_s) == u"1d"_s ? double(kDayMs) : 365.25 * double(kDayMs);
    Readings points = inWindow(s, k);
    store::Columns buckets;
    if (const auto bucketing = bucketingOf(k.params, u"bucket")) {
        for (const auto& [start, values] : grouped(points, *bucketing, k.localOffsetMs)) {
            if (const auto v =
                    aggregateValues(values, str(k.params, u"fn", u"mean"_s), num(k.params, u"q", 0.5)))
                buckets.push_back(start, *v);
        }
        points = buckets;
    }
    std::vector<double> x;
    x.reserve(points.size());
    for (const std::int64_t t : points.t)
        x.push_back(double(t - points.t.front()) / perMs); // from the first point
    const std::span<const double> y = points.v;
    const auto fit = linearFit(x, y);
    StatResult r =
        valueResult(u"trend"_s, fit ? std::optional(fit->slope) : std::nullopt,
                    points.size() < 2 ? Text::tr("fewer than two readings") : Text::tr("no change in time"));
    r.extra.insert(u"intercept"_s, fit ? QJsonValue(fit->intercept) : QJsonValue());
    r.extra.insert(u"r2"_s, fit ? QJsonValue(fit->r2) : QJsonValue());
    const auto mk = kendallTau(x, y);
    r.extra.insert(u"tau"_s, mk ? QJsonValue(mk->tau) : QJsonValue());
    r.extra.insert(u"p"_s, mk ? QJsonValue(mk->p) : QJsonValue());
    r.extra.insert(u"n"_s, qint64(points.size()));
    return r;
}

Result<StatResult> completenessKind(const KindContext& k, const SeriesData& s)
{
    const auto given = parseStatDuration(str(k.params, u"period", QString()));
    const std::int64_t period = given && *given > 0 ? *given
                                : s.indicator       ? std::int64_t(s.indicator->periodSeconds) * 1000
                                                    : 3'600'000;
    const auto slot = [&](std::int64_t t) {
        return store::floorDivide(t + k.localOffsetMs, period);
    };
    // 100 × the update periods with at least one reading / the periods in [from, to).
    const auto percent = [&](std::int64_t from, std::int64_t to, Readings pts) {
        std::vector<std::int64_t> periods;
        for (const std::int64_t t : pts.t)
            periods.push_back(slot(t));
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
        const std::int64_t total = slot(to - 1) - slot(from) + 1;
        return std::make_pair(total > 0 ? 100.0 * double(periods.size()) / double(total) : 0.0,
                              qint64(periods.size()));
    };
    const auto points = inWindow(s, k);
    const auto bucketing = bucketingOf(k.params, u"bucket");
    if (!bucketing) {
        const auto [pct, n] = percent(k.from, k.to, points);
        StatResult r =
            valueResult(u"completeness"_s, k.to > k.from ? std::optional(pct) : std::nullopt, noReadings());
        r.extra.insert(u"n"_s, n);
        return r;
    }
    // Every bucket of the window, those without a reading too: their completeness is 0 %.
    SeriesRows rows = columns({u"value"_s, u"n"_s});
    std::size_t next = 0;
    for (std::int64_t start = store::bucketStart(k.from, *bucketing, k.localOffsetMs); start < k.to;
         start = store::bucketEnd(start, *bucketing, k.localOffsetMs)) {
        const std::int64_t end = store::bucketEnd(start, *bucketing, k.localOffsetMs);
        std::size_t last = next;
        while (last < points.size() && points.t[last] < end)
            ++last;
        const Readings inBucket = points.slice(next, last);
        next = last;
        const auto [pct, n] = percent(std::max(start, k.from), std::min(end, k.to), inBucket);
        rows.add(start, {pct, double(n)});
    }
    return rowsResult(u"completeness"_s, std::move(rows));
}

Result<StatResult> targetKind(const KindContext& k, const SeriesData& s)
{
    if (!s.indicator || s.indicator->targets.isEmpty())
        return invalid(Text::tr("%1 has no targets").arg(s.key.indicator));
    const auto points = inWindow(s, k);
    StatResult r = valueResult(u"target"_s, points.empty() ? std::nullopt : std::optional(points.v.back()),
                               noReadings());
    r.hasRows = true;
    // The projection: the series' linear trend, at the end of each target year.
    const std::vector<double> x(points.t.begin(), points.t.end());
    const auto fit = linearFit(x, points.v);
    const bool higherIsBetter = s.indicator->badDirection != BadDirection::Up;
    for (const Target& target : s.indicator->targets) {
        QJsonObject row{{u"year"_s, target.year}};
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double goal = target.value  ? *target.value
                            : target.band ? (higherIsBetter ? target.band->low : target.band->high)
                                          : nan;
        row.insert(u"target"_s, json(goal));
        if (std::isfinite(goal) && r.value) {
            row.insert(u"gap"_s, goal - *r.value);
            row.insert(u"achievedPct"_s, goal != 0 ? QJsonValue(100 * *r.value / goal) : QJsonValue());
        }
        const std::int64_t yearEnd = daysFromCivil(target.year + 1, 1, 1) * kDayMs - k.localOffsetMs;
        const auto reaches = [&](double v) {
            return higherIsBetter ? v >= goal : v <= goal;
        };
        if (yearEnd <= k.to) {
            // A year gone by: what the series said at its end, not a projection.
            // The last reading before the year's end.
            const auto before =
                std::size_t(std::lower_bound(points.t.begin(), points.t.end(), yearEnd) - points.t.begin());
            const std::optional<double> last =
                before > 0 ? std::optional(points.v[before - 1]) : std::nullopt;
            row.insert(u"actual"_s, json(last));
            if (std::isfinite(goal) && last)
                row.insert(u"met"_s, reaches(*last));
        } else {
            const std::optional<double> projected =
                fit ? std::optional(fit->slope * double(yearEnd) + fit->intercept) : std::nullopt;
            row.insert(u"projected"_s, json(projected));
            if (std::isfinite(goal) && projected)
                row.insert(u"onTrack"_s, reaches(*projected));
        }
        r.objectRows.append(row);
    }
    return r;
}

Result<StatResult> benchmarkKind(const KindContext& k, const SeriesData& s)
{
    if (!s.indicator || !s.indicator->national)
        return invalid(Text::tr("%1 has no national figure").arg(s.key.indicator));
    const auto points = inWindow(s, k);
    StatResult r = valueResult(u"benchmark"_s, points.empty() ? std::nullopt : std::optional(points.v.back()),
                               noReadings());
    const Benchmark& national = *s.indicator->national;
    r.extra.insert(u"national"_s, json(national.value));
    if (r.value && national.value) {
        r.extra.insert(u"ratio"_s,
                       *national.value != 0 ? QJsonValue(*r.value / *national.value) : QJsonValue());
        r.extra.insert(u"difference"_s, *r.value - *national.value);
    } else if (national.ratio) {
        r.extra.insert(u"ratio"_s, *national.ratio); // published as a ratio only ("3× the national")
    }
    return r;
}

} // namespace cityops::stats
