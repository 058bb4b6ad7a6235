#pragma once

// Filling the in-memory store from the archive: what a console does at start-up, and what
// the CLI does for buckets the rollups cannot serve.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/store/archive.h"
#include "core/store/seriesstore.h"

namespace cityops::store {

struct LoadSummary
{
    std::size_t series = 0;
    std::size_t points = 0;
};

// Loads every archived series (its points with from ≤ t < to) into `store`. With a
// catalog, each series gets its indicator's update period (which decides its rollup levels).
Result<LoadSummary> loadArchive(Archive& archive, SeriesStore& store, const Catalog* catalog,
                                std::int64_t from, std::int64_t to);

} // namespace cityops::store
