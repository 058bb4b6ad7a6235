#pragma once

// What the alarm benchmarks (alarm_bench.cpp, alarmpanel_bench.cpp) share.

#include <vector>

namespace cityops {
class Catalog;
}

namespace cityops::bench {

int envInt(const char* name, int fallback);
const Catalog& catalog();
// The q-quantile (0.5, 0.95, 0.99) of `values`, the nearest rank.
double percentile(std::vector<double> values, double q);

} // namespace cityops::bench
