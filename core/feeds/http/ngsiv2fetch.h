#pragma once

// An NGSI-v2 broker (Orion, or the demo city's `serve`) read to the end: /v2/entities page
// by page (limit/offset, options=count for Fiware-Total-Count), with the tenant headers
// (Fiware-Service, Fiware-ServicePath), a timeout, a size cap and gzip. Offset paging has no
// snapshot: entities seen on an earlier page are not counted twice, and when the count
// changed while paging (entities added or removed, shifting the offsets) the pages are read
// once more so that none is lost.
//
// Blocking (a local event loop): for the command line's `feeds probe`, and tests.

#include "core/common/result.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>

namespace cityops::feeds {

struct NgsiV2Query
{
    QUrl url; // the broker (http://host:1026) or its /v2/entities
    QString type;
    QString service;
    QString servicePath;
    QString q = {};      // a simple query (dateObserved>2024-10-14T00:00:00Z), with the URL's own
    int pageSize = 1000; // Orion's maximum
    std::int64_t maxBytes = 64 * 1024 * 1024; // a page larger than this is refused
    int timeoutMs = 30'000;                   // per page, from the request to its last byte
    HttpAccess access = {};                   // a private CA, a credential's headers
    HttpValidators conditional = {};          // the last answer's, when it was one page
};

struct NgsiV2Fetched
{
    FeedItems items;
    int pages = 0;
    std::optional<std::int64_t> totalCount; // Fiware-Total-Count, as last sent
    bool reread = false;                    // the count changed while paging: read again
    bool unchanged = false;                 // 304 Not Modified: nothing new since `conditional`
    HttpValidators validators;              // the first page's ETag / Last-Modified
};

Result<NgsiV2Fetched> fetchNgsiV2(const NgsiV2Query& query, const NgsiOptions& options = {});

} // namespace cityops::feeds
