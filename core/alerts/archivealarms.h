#pragma once

// An archive's recorded data through every rule: what `cityops-cli alerts evaluate` prints and
// what `cityops-cli ingest` records after it has read its files. The replay covers the
// archive's extent (or the window asked for) and recording it is idempotent: the same data
// gives the same alarms under the same ids, so running it again adds nothing.

#include "core/alerts/alarmlog.h"
#include "core/common/result.h"
#include "core/warnings/replay.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cityops {
class Catalog;
}
namespace cityops::store {
class Archive;
class SeriesReader;
} // namespace cityops::store

namespace cityops::alerts {

// From the archive's first reading to just after its last; (0, 0) for an empty archive.
Result<std::pair<std::int64_t, std::int64_t>> recordedExtent(store::SeriesReader& reader);

struct ArchiveEvaluation
{
    std::vector<warnings::ReplayedAlarm> alarms;
    std::optional<RecordCounts> recorded; // none: not recorded (a dry run)
};

// Every rule of `catalog` over [from, to) of `archive` (either end defaulting to its extent's);
// with `record`, the alarms go into the archive's alarm log at `now` (a demo archive's: the end
// of its data, its simulated present).
Result<ArchiveEvaluation> evaluateArchive(const Catalog& catalog, store::Archive& archive,
                                          std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                                          bool record, std::int64_t now);

} // namespace cityops::alerts
