#include "core/stats/statkinds.h"

#include "core/catalog/statservices.h"
#include "core/common/civiltime.h"
#include "core/stats/statmath.h"
#include "core/store/bucketing.h"

#include <QCoreApplication>

#include <algorithm>
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
std::vector<std::pair<std::int64_t, std::vector<double>>>
grouped(std::span<const store::Point> points, store::Bucketing bucketing, std::int64_t offset)
{
    std::vector<std::pair<std::int64_t, std::vector<double>>> out;
    std::int64_t end = std::numeric_limits<std::int64_t>::min();
    for (const store::Point& p : points) {
        if (out.empty() || p.t >= end) {
            const std::int64_t start = store::bucketStart(p.t, bucketing, offset);
            end = store::bucketEnd(start, bucketing, offset);
            out.emplace_back(start, std::vector<double>());
        }
        out.back().second.push_back(p.v);
    }
    return out;
}

std::vector<double> valuesOf(std::span<const store::Point> points)
{
    std::vector<double> v;
    v.reserve(points.size());
    for (const store::Point& p : points)
        v.push_back(p.v);
    return v;
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

// The rolling sum, mean or count: a compensated (Neumaier) sum as readings enter and leave,
// recomputed exactly every 1,024 readings, the rows written in place (one row per reading,
// so this loop is the kind's whole cost).
SeriesRows rollingSums(std::span<const store::Point> points, const std::vector<double>& values,
                       std::int64_t width, const QString& fn, std::size_t minPeriods)
{
    const bool mean = fn == u"mean"_s;
    const bool count = fn == u"count"_s;
    SeriesRows rows = columns({u"value"_s});
    rows.t.resize(points.size());
    rows.cells.resize(points.size());
    double sum = 0;
    double compensation = 0;
    const auto add = [&](double v) {
        const double t = sum + v;
        compensation += std::abs(sum) >= std::abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    };
    std::size_t first = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        add(values[i]);
        const std::int64_t start = points[i].t - width; // the window is (t − w, t]
        while (points[first].t <= start)
            add(-values[first++]);
        if ((i & 1023) == 1023) {
            sum = *aggregateValues(std::span(values).subspan(first, i - first + 1), u"sum"_s);
            compensation = 0;
        }
        const auto n = double(i - first + 1);
        rows.t[i] = points[i].t;
        rows.cells[i] = i - first + 1 < minPeriods ? std::numeric_limits<double>::quiet_NaN()
                        : count                    ? n
                        : mean                     ? (sum + compensation) / n
                                                   : sum + compensation;
    }
    return rows;
}

} // namespace

std::span<const store::Point> inWindow(const SeriesData& s, const KindContext& k)
{
    const auto before = [](const store::Point& p, std::int64_t t) {
        return p.t < t;
    };
    const auto first = std::lower_bound(s.points.begin(), s.points.end(), k.from, before);
    const auto last = std::lower_bound(first, s.points.end(), k.to, before);
    return {first, last};
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
        const std::vector<double> values = valuesOf(points);
        StatResult r = valueResult(u"aggregate"_s, aggregateValues(values, fn, q),
                                   values.empty() ? noReadings()
                                                  : Text::tr("one reading: a sample deviation needs two"));
        r.extra.insert(u"n"_s, qint64(values.size()));
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
    const auto points = inWindow(s, k);
    const std::vector<double> values = valuesOf(points);
    if (fn == u"sum"_s || fn == u"mean"_s || fn == u"count"_s)
        return rowsResult(u"rolling"_s, rollingSums(points, values, *width, fn, minPeriods));
    if (fn != u"min"_s && fn != u"max"_s)
        return invalid(Text::tr("a rolling window takes fn mean, sum, count, min or max"));
    SlidingExtreme window(fn == u"max"_s);
    SeriesRows rows = columns({u"value"_s}, points.size());
    std::size_t first = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        window.push(i, values[i]);
        while (points[first].t <= points[i].t - *width) // the window is (t − w, t]
            window.pop(first++);
        rows.add(points[i].t, window.value(minPeriods));
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
    const std::span<const store::Point> points = inWindow(s, k);
    if (!daily)
        return exceedanceOf(k, points);
    std::vector<store::Point> days;
    for (const auto& [start, values] : grouped(points, store::Bucketing::fixed(kDayMs), k.localOffsetMs)) {
        if (const auto v = aggregateValues(values, fn, num(k.params, u"q", 0.5)))
            days.push_back({start, *v, store::Quality::Good});
    }
    return exceedanceOf(k, days);
}

StatResult exceedanceOf(const KindContext& k, std::span<const store::Point> items)
{
    const double threshold = num(k.params, u"threshold", 0);
    const QString op = str(k.params, u"op", u">"_s);
    const auto bucketing = bucketingOf(k.params, u"bucket");
    if (!bucketing) {
        const auto count = std::count_if(items.begin(), items.end(),
                                         [&](const store::Point& p) { return passes(p.v, op, threshold); });
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
    std::map<int, std::vector<double>> groups;
    for (const store::Point& p : inWindow(s, k)) {
        const std::int64_t local = p.t + k.localOffsetMs;
        const std::int64_t day = store::floorDivide(local, kDayMs);
        int key;
        if (by == u"hour"_s) {
            key = int(store::floorDivide(local - day * kDayMs, 3'600'000));
        } else if (by == u"weekday"_s) {
            key = int(((day + 3) % 7 + 7) % 7) + 1; // Monday = 1 (1970-01-01 was a Thursday)
        } else {
            std::int64_t y;
            unsigned m, d;
            civilFromDays(day, y, m, d);
            key = int(m);
        }
        groups[key].push_back(p.v);
    }
    QJsonArray rows;
    for (const auto& [key, values] : groups)
        rows.append(QJsonObject{{u"key"_s, key},
                                {u"value"_s, json(aggregateValues(values, fn))},
                                {u"n"_s, qint64(values.size())}});
    return rowsResult(u"profile"_s, rows);
}

Result<StatResult> trendKind(const KindContext& k, const SeriesData& s)
{
    const double perMs = str(k.params, u"per", u"1y"_s) == u"1d"_s ? double(kDayMs) : 365.25 * double(kDayMs);
    std::span<const store::Point> points = inWindow(s, k);
    std::vector<store::Point> buckets;
    if (const auto bucketing = bucketingOf(k.params, u"bucket")) {
        for (const auto& [start, values] : grouped(points, *bucketing, k.localOffsetMs)) {
            if (const auto v =
                    aggregateValues(values, str(k.params, u"fn", u"mean"_s), num(k.params, u"q", 0.5)))
                buckets.push_back({start, *v, store::Quality::Good});
        }
        points = buckets;
    }
    std::vector<double> x, y;
    for (const store::Point& p : points) {
        x.push_back(double(p.t - points.front().t) / perMs); // from the first point
        y.push_back(p.v);
    }
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
    const auto percent = [&](std::int64_t from, std::int64_t to, std::span<const store::Point> pts) {
        std::vector<std::int64_t> periods;
        for (const store::Point& p : pts)
            periods.push_back(slot(p.t));
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
    auto next = points.begin();
    for (std::int64_t start = store::bucketStart(k.from, *bucketing, k.localOffsetMs); start < k.to;
         start = store::bucketEnd(start, *bucketing, k.localOffsetMs)) {
        const std::int64_t end = store::bucketEnd(start, *bucketing, k.localOffsetMs);
        const auto last = std::find_if(next, points.end(), [&](const store::Point& p) { return p.t >= end; });
        const std::span<const store::Point> inBucket(next, last);
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
    StatResult r = valueResult(u"target"_s, points.empty() ? std::nullopt : std::optional(points.back().v),
                               noReadings());
    r.hasRows = true;
    // The projection: the series' linear trend, at the end of each target year.
    std::vector<double> x, y;
    for (const store::Point& p : points) {
        x.push_back(double(p.t));
        y.push_back(p.v);
    }
    const auto fit = linearFit(x, y);
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
            const auto last = std::find_if(points.rbegin(), points.rend(),
                                           [&](const store::Point& p) { return p.t < yearEnd; });
            row.insert(u"actual"_s, last != points.rend() ? QJsonValue(last->v) : QJsonValue());
            if (std::isfinite(goal) && last != points.rend())
                row.insert(u"met"_s, reaches(last->v));
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
    StatResult r = valueResult(u"benchmark"_s, points.empty() ? std::nullopt : std::optional(points.back().v),
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
