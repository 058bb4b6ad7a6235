#include "core/stats/statmath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

double sumOf(std::span<const double> v)
{
    // Neumaier's compensated sum: pandas' Kahan-summed means agree to the last digits.
    double sum = 0;
    double c = 0;
    for (double x : v) {
        const double t = sum + x;
        c += std::abs(sum) >= std::abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return sum + c;
}

std::optional<double> sampleVariance(std::span<const double> v)
{
    if (v.size() < 2)
        return std::nullopt;
    const double mean = sumOf(v) / double(v.size());
    double ss = 0;
    double c = 0; // two-pass, compensated
    for (double x : v) {
        const double d = x - mean;
        ss += d * d;
        c += d;
    }
    const double n = double(v.size());
    return (ss - c * c / n) / (n - 1);
}

} // namespace

double quantileSorted(std::span<const double> sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

std::optional<double> aggregateValues(std::span<const double> values, const QString& fn, double q)
{
    if (values.empty())
        return std::nullopt;
    if (fn == u"count"_s)
        return double(values.size());
    if (fn == u"sum"_s)
        return sumOf(values);
    if (fn == u"mean"_s)
        return sumOf(values) / double(values.size());
    if (fn == u"min"_s)
        return *std::min_element(values.begin(), values.end());
    if (fn == u"max"_s)
        return *std::max_element(values.begin(), values.end());
    if (fn == u"std"_s) {
        const auto var = sampleVariance(values);
        return var ? std::optional<double>(std::sqrt(std::max(0.0, *var))) : std::nullopt;
    }
    if (fn == u"var"_s)
        return sampleVariance(values);
    if (fn == u"median"_s || fn == u"quantile"_s) {
        std::vector<double> sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        return quantileSorted(sorted, fn == u"median"_s ? 0.5 : q);
    }
    return std::nullopt;
}

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2 + 1;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

namespace {

// The centred sums of squares and products of two equally long samples.
struct Moments
{
    double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
};

Moments centred(std::span<const double> x, std::span<const double> y)
{
    Moments m;
    const double n = double(x.size());
    m.mx = sumOf(x) / n;
    m.my = sumOf(y) / n;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - m.mx;
        const double dy = y[i] - m.my;
        m.sxy += dx * dy;
        m.sxx += dx * dx;
        m.syy += dy * dy;
    }
    return m;
}

} // namespace

std::optional<double> pearson(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const Moments m = centred(x, y);
    if (m.sxx <= 0 || m.syy <= 0)
        return std::nullopt;
    return std::clamp(m.sxy / std::sqrt(m.sxx * m.syy), -1.0, 1.0);
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size())
        return std::nullopt;
    const std::vector<double> rx = averageRanks(x);
    const std::vector<double> ry = averageRanks(y);
    return pearson(rx, ry);
}

std::optional<LinearFit> linearFit(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const Moments m = centred(x, y);
    if (m.sxx <= 0)
        return std::nullopt;
    LinearFit fit;
    fit.slope = m.sxy / m.sxx;
    fit.intercept = m.my - fit.slope * m.mx;
    fit.r2 = m.syy > 0 ? (m.sxy * m.sxy) / (m.sxx * m.syy) : 1.0;
    return fit;
}

namespace {

// Dense ranks (1, 2, …) of values in the given order of indexes.
std::vector<std::size_t> denseRanks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<std::size_t> rank(values.size());
    std::size_t r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || values[order[i]] != values[order[i - 1]])
            ++r;
        rank[order[i]] = r;
    }
    return rank;
}

struct TieStats
{
    double pairs = 0; // Σ t(t−1)/2
    double v0 = 0;    // Σ t(t−1)(t−2)
    double v1 = 0;    // Σ t(t−1)(2t+5)
};

TieStats tieStats(const std::vector<std::size_t>& ranks)
{
    std::vector<std::size_t> count(ranks.empty() ? 1 : *std::max_element(ranks.begin(), ranks.end()) + 1, 0);
    for (std::size_t r : ranks)
        ++count[r];
    TieStats s;
    for (std::size_t c : count) {
        if (c < 2)
            continue;
        const double t = double(c);
        s.pairs += t * (t - 1) / 2;
        s.v0 += t * (t - 1) * (t - 2);
        s.v1 += t * (t - 1) * (2 * t + 5);
    }
    return s;
}

} // namespace

std::optional<KendallTau> kendallTau(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = x.size();
    if (n != y.size() || n < 2)
        return std::nullopt;
    const std::vector<std::size_t> rx = denseRanks(x);
    const std::vector<std::size_t> ry = denseRanks(y);
    // Ordered by x, then y: the discordant pairs are those where a later element has a
    // smaller y (a Fenwick tree over the y ranks counts them in n log n).
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return rx[a] != rx[b] ? rx[a] < rx[b] : ry[a] < ry[b]; });
    const std::size_t maxY = *std::max_element(ry.begin(), ry.end());
    std::vector<std::int64_t> tree(maxY + 1, 0);
    double discordant = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t yr = ry[order[i]];
        std::int64_t notGreater = 0; // earlier elements with y ≤ this y
        for (std::size_t k = yr; k > 0; k -= k & (~k + 1))
            notGreater += tree[k];
        discordant += double(i) - double(notGreater);
        for (std::size_t k = yr; k <= maxY; k += k & (~k + 1))
            ++tree[k];
    }
    // Joint ties: runs of equal (x, y) in that order.
    double jointTies = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && rx[order[j]] == rx[order[i]] && ry[order[j]] == ry[order[i]])
            ++j;
        const double t = double(j - i);
        jointTies += t * (t - 1) / 2;
        i = j;
    }
    const TieStats tx = tieStats(rx);
    const TieStats ty = tieStats(ry);
    const double total = double(n) * double(n - 1) / 2;
    if (tx.pairs == total || ty.pairs == total)
        return std::nullopt; // one side is constant
    const double conMinusDis = total - tx.pairs - ty.pairs + jointTies - 2 * discordant;
    KendallTau out;
    out.tau = std::clamp(conMinusDis / std::sqrt(total - tx.pairs) / std::sqrt(total - ty.pairs), -1.0, 1.0);
    const double m = double(n) * double(n - 1);
    const double var = (m * (2 * double(n) + 5) - tx.v1 - ty.v1) / 18 + (2 * tx.pairs * ty.pairs) / m +
                       (n > 2 ? tx.v0 * ty.v0 / (9 * m * (double(n) - 2)) : 0.0);
    const double z = var > 0 ? conMinusDis / std::sqrt(var) : 0.0;
    out.p = std::erfc(std::abs(z) / std::sqrt(2.0));
    return out;
}

} // namespace cityops::stats
