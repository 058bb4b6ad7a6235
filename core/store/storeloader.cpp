#include "core/store/storeloader.h"

namespace cityops::store {

Result<LoadSummary> loadArchive(Archive& archive, SeriesStore& store, const Catalog* catalog,
                                std::int64_t from, std::int64_t to)
{
    LoadSummary summary;
    auto list = archive.listSeries();
    if (!list)
        return list.error();
    for (const SeriesInfo& info : *list) {
        if (info.count == 0 || info.last < from || info.first >= to)
            continue;
        auto points = archive.points(info.id, from, to);
        if (!points)
            return points.error();
        const Indicator* indicator = catalog ? catalog->indicator(info.key.indicator) : nullptr;
        const SeriesId id =
            store.ensureSeries(info.key, indicator ? std::int64_t(indicator->periodSeconds) * 1000 : 0);
        (void)store.insert(id, *points);
        ++summary.series;
        summary.points += points->size();
    }
    return summary;
}

} // namespace cityops::store
