#pragma once

// The numerics of the statistics engine, on plain values, with pandas' and scipy's
// semantics so that anyone can check a figure: sample variance (n − 1), quantiles by linear
// interpolation, ranks with ties averaged (Spearman) or sharing the lowest rank (pandas
// `method='min'`), least squares, and Kendall's tau-b with scipy's asymptotic p-value
// (Mann-Kendall against time). Empty input gives nullopt, never 0.

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace cityops::stats {

// count, sum, mean, min, max, median, std, var, quantile (with q): nullopt when there is
// no value, or (std, var) only one.
std::optional<double> aggregateValues(std::span<const double> values, const QString& fn, double q = 0.5);

// The q-quantile of sorted values, linear interpolation (numpy/pandas default).
double quantileSorted(std::span<const double> sorted, double q);

// Average ranks (1-based) of values, ties averaged (scipy.stats.rankdata default).
std::vector<double> averageRanks(std::span<const double> values);

// Pearson's r of paired values; nullopt for fewer than 2 pairs or a constant side.
std::optional<double> pearson(std::span<const double> x, std::span<const double> y);
// Spearman's rho: Pearson's r of the average ranks.
std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

struct LinearFit
{
    double slope = 0;
    double intercept = 0;
    double r2 = 0;
};
// y = slope·x + intercept by least squares; nullopt for fewer than 2 points or constant x.
std::optional<LinearFit> linearFit(std::span<const double> x, std::span<const double> y);

struct KendallTau
{
    double tau = 0; // tau-b
    double p = 1;   // two-sided, asymptotic (normal), as scipy.stats.kendalltau(method='asymptotic')
};
std::optional<KendallTau> kendallTau(std::span<const double> x, std::span<const double> y);

} // namespace cityops::stats
