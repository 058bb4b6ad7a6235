#pragma once

// An NGSI-LD broker (Orion-LD, Scorpio, Stellio) read to the end.
// - Entities (/ngsi-ld/v1/entities): limit/offset paging with count=true, whose count comes
//   back in NGSILD-Results-Count; offset paging as NGSI-v2 does it (offsetpaging.h).
// - The temporal API (/ngsi-ld/v1/temporal/entities, timerel=between): every instance over
//   a time range, to back-fill what an outage missed. Brokers page it differently, and each
//   way is followed:
//   - a Link header with rel="next", as given;
//   - Mintaka's Next-Page header, sent back as pageAnchor;
//   - Stellio's (and the spec's) 206 Partial Content with
//     "Content-Range: date-time START-END/SIZE": asked again from END;
//   - then the next page of entities (offset), while pages come full.
//   An instance read twice (a range asked again from its last instant) is kept once.
// Headers: NGSILD-Tenant, and the JSON-LD @context as a Link header when the feed names one
// (short attribute names are then the context's). A timeout, a size cap, gzip.
//
// Blocking (a local event loop): for the collector's polls, `feeds probe`, and tests.

#include "core/common/result.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <utility>

namespace cityops::feeds {

struct NgsiLdQuery
{
    QUrl url;             // the broker (http://host:1026), or its …/entities or …/temporal/entities
    QString type;         // only entities of this type (optional)
    QString tenant;       // NGSILD-Tenant (optional)
    QString context = {}; // a JSON-LD @context URL, sent as the Link header (optional)
    QString q = {};       // an NGSI-LD query, with the URL's own
    int pageSize = 100;   // entities per page (Stellio allows 100, Orion-LD and Scorpio 1000)
    std::int64_t maxBytes = 64 * 1024 * 1024; // a page larger than this is refused
    int timeoutMs = 30'000;                   // per page, from the request to its last byte
    HttpAccess access = {};                   // a private CA, a credential's headers
    std::optional<std::pair<std::int64_t, std::int64_t>> between = {}; // the temporal API:
                                                                       //   [from, to] UTC ms
};

struct NgsiLdFetched
{
    FeedItems items;
    int pages = 0;
    std::optional<std::int64_t> totalCount;       // NGSILD-Results-Count, as last sent
    bool reread = false;                          // the count changed while paging: read again
    std::optional<std::int64_t> clockSkewMs = {}; // the broker's clock ahead of ours (its Date)
};

Result<NgsiLdFetched> fetchNgsiLd(const NgsiLdQuery& query, const NgsiOptions& options = {});

// How far the broker's clock is ahead of this machine's, from the Date of one small answer
// (the first entity of the query's type): what "the last keepsHours" means is the broker's.
// None when it sends no Date; an error when it cannot be read.
Result<std::optional<std::int64_t>> ngsiLdClockSkew(const NgsiLdQuery& query);

} // namespace cityops::feeds
