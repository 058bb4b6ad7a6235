#pragma once

// An OGC SensorThings server (FROST-Server, or the demo city's `serve`) read to the end.
// Given a collection (…/v1.1/Observations?$filter=…, …/Datastreams?$expand=Observations,
// …/Things?$expand=Datastreams/Observations), its pages are followed through @iot.nextLink
// exactly as the server gives it, absolute or relative (resolved against the page it came
// from). Given the service root (…/v1.1), its Datastreams are read first (names, units, and
// their Thing with its Location: an observation's station name and place),
// then its Observations, each with its Datastream expanded (a server that does not expand
// links to it, and the names read first complete it). An observation seen on two pages
// (skip paging has no snapshot) is kept once; a nextLink that loops is an error. With the
// last answer's validators, the collection's (or the Observations') first page is asked
// conditionally (If-None-Match / If-Modified-Since): a 304 is "nothing changed".
//
// Blocking (a local event loop): for `feeds probe`, `feeds run` and tests.

#include "core/common/result.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/sensorthings/sensorthings.h"

#include <QUrl>

#include <cstdint>
#include <optional>

namespace cityops::feeds {

struct SensorThingsQuery
{
    QUrl url;
    int pageSize = 1000; // $top, when the URL does not set it
    std::int64_t maxBytes = 64 * 1024 * 1024;
    int timeoutMs = 30'000;
    int maxPages = 100'000;
    QString filter = {};      // from the service root: the Observations' $filter (phenomenonTime gt …)
    int observationPages = 0; // from the service root: at most this many pages of Observations
                              //   (oldest first; `more` says some are left); 0: to the end
    HttpAccess access = {};   // a private CA, a credential's headers
    // The last answer's validators (of the collection, or from the service root of its
    // Observations), when it was one page: a 304 to them says nothing changed.
    HttpValidators conditional = {};
};

struct SensorThingsFetched
{
    FeedItems items;
    int pages = 0;
    std::optional<std::int64_t> count; // @iot.count of the first page, when sent
    bool more = false;                 // stopped at observationPages with a next page to read
    bool unchanged = false;            // 304 Not Modified: nothing new since `conditional`
    HttpValidators validators = {};    // of the collection (or the Observations) when one page
};

// True when `url` is a service root (its path ends in /v1.0 or /v1.1).
bool isSensorThingsRoot(const QUrl& url);

Result<SensorThingsFetched> fetchSensorThings(const SensorThingsQuery& query,
                                              const QTimeZone& zoneIfNoOffset = QTimeZone(7 * 3600));

// The newest phenomenonTime of the service root's Observations (one asked for, newest
// first); nullopt when it has none.
Result<std::optional<std::int64_t>> sensorThingsNewest(const SensorThingsQuery& query,
                                                       const QTimeZone& zoneIfNoOffset = QTimeZone(7 * 3600));

} // namespace cityops::feeds
