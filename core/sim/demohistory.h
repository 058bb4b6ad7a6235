#pragma once

// The demo city as a source of history for a console: generated, not read, and never
// written to any archive on the way.

#include "core/sim/democity.h"
#include "core/store/historysource.h"

#include <memory>
#include <vector>

namespace cityops::sim {

// Every plausible reading of `city` in [from, to) (garbage is what feeds quarantine, so it
// is left out here as well), one entry per series, generated on all cores. With
// `minPeriodMs`, only the series updated that rarely (a long history of slow series).
std::vector<store::SeriesHistory> generateHistory(const DemoCity& city, std::int64_t from, std::int64_t to,
                                                  std::int64_t minPeriodMs = 0);

// Older readings of the demo city on request (a copy of the generator: safe on any thread).
class DemoHistory final : public store::HistorySource
{
public:
    explicit DemoHistory(const DemoCity& city);
    Result<std::vector<store::Point>> history(const store::SeriesKey& key, std::int64_t from,
                                              std::int64_t to) override;

private:
    DemoCity m_city;
};

} // namespace cityops::sim
