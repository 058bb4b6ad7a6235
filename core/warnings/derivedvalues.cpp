// What the level machine of a threshold, rate, count or anomaly rule compares: a value per
// reading of [from, now], from the readings around it.

#include "core/stats/statmath.h"
#include "core/warnings/warnings.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cityops::warnings {

namespace {

constexpr double kHourMs = 3'600'000.0;
constexpr std::int64_t kDayMs = 86'400'000;

// The index of the first reading at or after `t`.
std::size_t firstAt(const store::Columns& r, std::int64_t t)
{
    return std::size_t(std::lower_bound(r.t.begin(), r.t.end(), t) - r.t.begin());
}

// Mean and sample deviation of values given as shifted sums (Σ(x − s), Σ(x − s)², n).
std::optional<std::pair<double, double>> meanAndDeviation(double sum, double squares, double n, double shift)
{
    if (n < 2)
        return std::nullopt;
    const double mean = sum / n;
    const double variance = std::max(0.0, (squares - sum * mean) / (n - 1));
    return std::make_pair(mean + shift, std::sqrt(variance));
}

} // namespace

Rule::Derived Rule::composite(const Snapshot& snapshot, std::int64_t from, std::int64_t now) const
{
    // Every part's readings, and each instant any of them reads in [from, now].
    std::vector<store::Columns> parts;
    std::vector<std::int64_t> times;
    for (const Part& part : m_parts) {
        parts.push_back(snapshot.readings(part.key, from - m_over, now + 1));
        for (const std::int64_t t : parts.back().t) {
            if (t >= from)
                times.push_back(t);
        }
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    Derived out;
    std::vector<std::size_t> next(parts.size(), 0); // each part's first reading after t
    for (const std::int64_t t : times) {
        int holding = 0;
        for (std::size_t k = 0; k < parts.size(); ++k) {
            const store::Columns& r = parts[k];
            while (next[k] < r.size() && r.t[next[k]] <= t)
                ++next[k];
            if (next[k] == 0 || r.t[next[k] - 1] < t - m_over)
                continue; // no reading recent enough: the part does not hold
            const double v = r.v[next[k] - 1];
            holding += (m_parts[k].above ? v >= m_parts[k].at : v <= m_parts[k].at) ? 1 : 0;
        }
        const bool holds = m_all ? holding == int(parts.size()) : holding > 0;
        out.values.push_back(t, holds ? 1.0 : 0.0);
        out.readings.push_back(double(holding));
    }
    return out;
}

std::pair<std::int64_t, std::int64_t> Rule::targetPeriod(std::int64_t t) const
{
    const QTimeZone danang(7 * 3600); // Asia/Ho_Chi_Minh: no daylight saving
    const QDate day = QDateTime::fromMSecsSinceEpoch(t, danang).date();
    const int firstMonth = (day.month() - 1) / m_targetMonths * m_targetMonths + 1;
    const QDate start(day.year(), firstMonth, 1);
    return {QDateTime(start, QTime(0, 0), danang).toMSecsSinceEpoch(),
            QDateTime(start.addMonths(m_targetMonths), QTime(0, 0), danang).toMSecsSinceEpoch()};
}

Rule::Derived Rule::kpiProjection(const store::SeriesKey& key, const Snapshot& snapshot, std::int64_t from,
                                  std::int64_t now) const
{
    // At each reading: the least-squares line through the readings of its window (or of its
    // period so far), where it will be when the period ends.
    const store::Columns r = snapshot.readings(key, from - m_over, now + 1);
    Derived out;
    std::vector<double> x, y;
    for (std::size_t i = firstAt(r, from); i < r.size(); ++i) {
        const auto [start, end] = targetPeriod(r.t[i]);
        const std::int64_t window = r.t[i] - m_over + 1; // (t − window, t]
        x.clear();
        y.clear();
        for (std::size_t k = firstAt(r, m_sincePeriodStart ? std::max(start, window) : window); k <= i; ++k) {
            x.push_back(double(r.t[k] - r.t[i]) / (24 * kHourMs));
            y.push_back(r.v[k]);
        }
        if (int(x.size()) < m_minReadings)
            continue;
        const auto fit = stats::linearFit(x, y);
        if (!fit)
            continue;
        out.values.push_back(r.t[i], fit->intercept + fit->slope * (double(end - r.t[i]) / (24 * kHourMs)));
        out.readings.push_back(r.v[i]);
    }
    return out;
}

Rule::Derived Rule::derived(const store::SeriesKey& key, const Snapshot& snapshot, std::int64_t from,
                            std::int64_t now) const
{
    if (m_kind == Kind::Composite)
        return composite(snapshot, from, now);
    Derived out;
    const auto add = [&](std::int64_t t, double value, double reading) {
        out.values.push_back(t, value);
        out.readings.push_back(reading);
    };
    if (m_kind == Kind::Threshold) {
        out.values = snapshot.readings(key, from, now + 1);
        out.readings = out.values.v;
        return out;
    }
    if (m_kind == Kind::Rate) {
        // The change since the reading `over` before (the last at or before t − over, if it is
        // no older than t − 2·over), per hour.
        const store::Columns r = snapshot.readings(key, from - 2 * m_over, now + 1);
        std::size_t j = 0;
        for (std::size_t i = firstAt(r, from); i < r.size(); ++i) {
            while (j + 1 < i && r.t[j + 1] <= r.t[i] - m_over)
                ++j;
            if (r.t[j] > r.t[i] - m_over || r.t[j] < r.t[i] - 2 * m_over)
                continue; // no reading far enough back: no rate
            const double perHour = (r.v[i] - r.v[j]) / (double(r.t[i] - r.t[j]) / kHourMs);
            add(r.t[i], m_rising ? perHour : -perHour, r.v[i]);
        }
        return out;
    }
    if (m_kind == Kind::Count) {
        // The sum, number or mean of the readings in (t − within, t].
        const store::Columns r = snapshot.readings(key, from - m_over, now + 1);
        std::size_t j = 0;
        double sum = 0;
        for (std::size_t i = 0; i < r.size(); ++i) {
            sum += r.v[i];
            for (; r.t[j] <= r.t[i] - m_over; ++j)
                sum -= r.v[j];
            if (r.t[i] < from)
                continue;
            const double n = double(i - j + 1);
            const double value = m_countFn == CountFn::Count  ? n
                                 : m_countFn == CountFn::Mean ? sum / n
                                                              : std::round(sum * 1e9) / 1e9; // (no drift)
            add(r.t[i], value, r.v[i]);
        }
        return out;
    }
    if (m_kind == Kind::Kpi)
        return kpiProjection(key, snapshot, from, now);
    if (m_kind == Kind::Forecast) {
        // The least-squares line through the readings of the last `window`, where it is
        // worst between now and `horizon` ahead (a line: at one end or the other).
        const store::Columns r = snapshot.readings(key, from - m_over, now + 1);
        std::vector<double> x, y;
        for (std::size_t i = firstAt(r, from), a = 0; i < r.size(); ++i) {
            while (r.t[a] <= r.t[i] - m_over)
                ++a;
            if (int(i - a + 1) < m_minReadings)
                continue;
            x.clear();
            y.clear();
            for (std::size_t k = a; k <= i; ++k) {
                x.push_back(double(r.t[k] - r.t[i]) / kHourMs);
                y.push_back(r.v[k]);
            }
            const auto fit = stats::linearFit(x, y);
            if (!fit)
                continue;
            const double ahead = fit->intercept + fit->slope * (double(m_horizon) / kHourMs);
            const double worst = m_rising ? std::max(fit->intercept, ahead) : std::min(fit->intercept, ahead);
            add(r.t[i], worst, r.v[i]);
        }
        return out;
    }
    // Anomaly: how many deviations a reading lies from its baseline — the readings of the
    // `baseline` before it, or those at the same hour of each day of the last `weeks` weeks.
    const std::int64_t back = m_seasonal ? std::int64_t(m_weeks) * 7 * kDayMs + m_period : m_over;
    const store::Columns r = snapshot.readings(key, from - back, now + 1);
    if (r.empty())
        return out;
    const double shift = r.v.front(); // sums of shifted values keep the variance's digits
    std::vector<double> sum(r.size() + 1, 0.0), squares(r.size() + 1, 0.0);
    for (std::size_t i = 0; i < r.size(); ++i) {
        const double x = r.v[i] - shift;
        sum[i + 1] = sum[i] + x;
        squares[i + 1] = squares[i] + x * x;
    }
    for (std::size_t i = firstAt(r, from); i < r.size(); ++i) {
        double s = 0, q = 0, n = 0;
        if (m_seasonal) {
            for (int day = 1; day <= m_weeks * 7; ++day) { // the reading nearest the same time of day
                const std::int64_t at = r.t[i] - day * kDayMs;
                const std::size_t a = firstAt(r, at - m_period / 2);
                if (a < i && r.t[a] <= at + m_period / 2) {
                    s += r.v[a] - shift;
                    q += (r.v[a] - shift) * (r.v[a] - shift);
                    ++n;
                }
            }
        } else {
            const std::size_t a = firstAt(r, r.t[i] - m_over);
            s = sum[i] - sum[a];
            q = squares[i] - squares[a];
            n = double(i - a);
        }
        const auto baseline = meanAndDeviation(s, q, n, shift);
        if (!baseline || n < m_minBaseline || baseline->second <= 0)
            continue; // too little history, or none that varies: no z-score
        const double z = (r.v[i] - baseline->first) / baseline->second;
        add(r.t[i], m_rising ? z : -z, r.v[i]);
    }
    return out;
}

} // namespace cityops::warnings
