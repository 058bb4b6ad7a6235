#pragma once

// Reading a broker's entities page by page with limit/offset to the end, as NGSI-v2 and
// NGSI-LD both page. Offset paging has no snapshot: an entity seen on an earlier page is not
// kept twice, and when the count the broker sends changed while paging (entities added or
// removed, shifting the offsets) the pages are read once more so that none is lost.

#include "core/common/result.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace cityops::feeds {

struct OffsetPage
{
    FeedItems items;
    std::optional<std::int64_t> total; // the broker's count of every entity, when sent
    bool unchanged = false;            // the first page said nothing changed (a 304)
};

struct OffsetPaged
{
    FeedItems items;
    int pages = 0;
    std::optional<std::int64_t> totalCount; // as last sent
    bool reread = false;                    // the count changed while paging: read again
    bool unchanged = false;                 // the first page was a 304: nothing read
};

// `page(offset, pass)` reads the entities from `offset` (pageSize of them at most); `where`
// names the source in the error of a paging that never ends.
Result<OffsetPaged> readByOffset(int pageSize, const QString& where,
                                 const std::function<Result<OffsetPage>(int offset, int pass)>& page);

} // namespace cityops::feeds
