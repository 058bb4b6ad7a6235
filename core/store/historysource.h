#pragma once

// Where a console's older readings come from when a chart is zoomed out past what it has
// loaded: the archive it follows, or a generator (the demo city, in core/sim). LiveData is
// given one (the composition root chooses), so the live path knows no simulator.

#include "core/common/result.h"
#include "core/store/archive.h"

#include <memory>
#include <vector>

namespace cityops::store {

// The readings of one series over [from, to).
struct SeriesHistory
{
    SeriesKey key;
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::vector<Point> points;
};

class HistorySource
{
public:
    virtual ~HistorySource() = default;
    // The readings of `key` with from ≤ t < to, in time order (none for a series the
    // source does not have). Called on one worker thread at a time, never the GUI's.
    virtual Result<std::vector<Point>> history(const SeriesKey& key, std::int64_t from, std::int64_t to) = 0;
};

// The archive: a connection of its own, opened (never created) on the first request, on
// the thread that asks.
class ArchiveHistory final : public HistorySource
{
public:
    explicit ArchiveHistory(ArchiveLocation location);
    ~ArchiveHistory() override;
    Result<std::vector<Point>> history(const SeriesKey& key, std::int64_t from, std::int64_t to) override;

private:
    ArchiveLocation m_location;
    std::unique_ptr<Archive> m_archive;
};

} // namespace cityops::store
