#include "core/alerts/archivealarms.h"

#include "core/store/archive.h"
#include "core/store/seriesreader.h"

#include <algorithm>
#include <limits>

namespace cityops::alerts {

Result<std::pair<std::int64_t, std::int64_t>> recordedExtent(store::SeriesReader& reader)
{
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (const store::SeriesInfo& info : *listed) {
        if (info.count > 0) {
            first = std::min(first, info.first);
            last = std::max(last, info.last);
        }
    }
    if (first > last)
        return std::make_pair(std::int64_t(0), std::int64_t(0));
    return std::make_pair(first, last + 1);
}

Result<ArchiveEvaluation> evaluateArchive(const Catalog& catalog, store::Archive& archive,
                                          std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                                          bool record, std::int64_t now)
{
    store::ArchiveReader reader(archive);
    auto extent = recordedExtent(reader);
    if (!extent)
        return extent.error();
    auto alarms =
        warnings::replay(catalog, reader, from.value_or(extent->first), to.value_or(extent->second));
    if (!alarms)
        return alarms.error();
    ArchiveEvaluation evaluation{std::move(*alarms), std::nullopt};
    if (record) {
        // A demo archive's present is its simulated one, the end of its data: what ended long
        // before it is history there, not what ended long before today.
        auto purpose = archive.purpose();
        if (!purpose)
            return purpose.error();
        if (*purpose == u"demo" && extent->second > extent->first)
            now = extent->second;
        AlarmLog log(archive, suppressionOf(catalog));
        auto counts = log.record(evaluation.alarms, now);
        if (!counts)
            return counts.error();
        evaluation.recorded = *counts;
    }
    return evaluation;
}

} // namespace cityops::alerts
