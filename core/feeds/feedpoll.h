#pragma once

// One poll of one feed: everything it has now, fetched (following its paging to the end),
// mapped through the feeds file's rules and written through the store's ObservationWriter,
// the same path as file ingest: units converted, implausible values and future times
// quarantined with their reason, duplicates folded, one ingest run in the archive.
// Quarantine entries are keyed by the item (feed, entity, attribute, time, reason), so a bad
// item polled again and again is kept once.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/config/feedmapper.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/ngsi/ngsiv2.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"
#include "core/store/observationwriter.h"
#include "core/store/writersession.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cityops::feeds {

struct FeedFetch
{
    FeedItems items;
    int pages = 0;
    bool unchanged = false;                  // the server said nothing changed (304)
    HttpValidators validators = {};          // its ETag / Last-Modified, for the next poll
    bool more = false;                       // stopped at the feed's catchUpPages (or catchUpHours): more
                                             //   to read at once
    std::optional<std::int64_t> readTo = {}; // (NGSI-LD, catching up) this step read to here
    // (keepsHours) what the server no longer keeps, from the newest read to its oldest: lost
    std::optional<std::pair<std::int64_t, std::int64_t>> lost = {};
    std::optional<std::int64_t> clockSkewMs = {}; // (NGSI-LD) the server's clock ahead of ours
};

// Everything the feed has now; an error when it cannot be read (unreachable, an HTTP error,
// not JSON, too large).
// With `state` and an incremental feed, only what is newer than its newest (less the lookback).
Result<FeedFetch> fetchFeed(const FeedConfig& feed, const FeedState* state = nullptr);

// True when an NGSI-v2 feed's broker says it is the CityOps demo city (its /version): its
// data must not reach a live archive. False when it is not, or does not say.
bool isDemoCityBroker(const FeedConfig& feed);

struct FeedPollSummary
{
    QString feed;
    qint64 fetched = 0;     // observations and unreadable items the feed sent
    qint64 accepted = 0;    // handed to the archive
    qint64 quarantined = 0; // kept with their reason
    qint64 unmapped = 0;    // no rule of the feeds file maps them: not ingested
    qint64 duplicates = 0;  // folded into another value of the same series and instant
    qint64 inserted = 0;    // of the accepted, new to the archive
    int pages = 0;
    double seconds = 0;
    QStringList errors;         // why the feed could not be read or written, in words
    int retryAfterSeconds = -1; // the server asked to be called again after this long
    bool behind = false;        // read up to catchUpPages with more left: poll again at once
    QMap<QString, qint64> reasons;
    QSet<QString> series; // "IND@PLACE" of what was written (MQTT: those new since the last commit)
    // The places of those series that the catalog does not list, as the feed describes them.
    QHash<QString, store::FeedStation> stations;

    // {"feed", "fetched", "accepted", "quarantined", "errors"}: what `feeds run --once` prints.
    QJsonObject toJson() const;
    // Adds a later poll's (or commit's) counts, errors, series and stations to these.
    void add(const FeedPollSummary& later);
};

struct PollOptions
{
    std::int64_t nowMs = 0;                      // later times are quarantined as "future-time"
    std::int64_t futureToleranceMs = 5 * 60'000; // clock skew allowed
    QByteArray configText;                       // recorded with the ingest run
    // The archive connection the polls write through, one poll after another (a collector's:
    // it learns the archive's series once); none: each poll opens its own.
    std::shared_ptr<store::WriterSession> session;
};

// `state`, when given, is read for an incremental poll and moved on when the poll is written.
// A folder feed's poll is a scan of its folder (files/dropfolder.h).
FeedPollSummary pollFeed(const FeedConfig& feed, const Catalog& catalog,
                         const store::ArchiveLocation& archive, const PollOptions& options,
                         FeedState* state = nullptr);
FeedPollSummary ingestFeedItems(const FeedConfig& feed, const FeedFetch& fetched, const Catalog& catalog,
                                const store::ArchiveLocation& archive, const PollOptions& options);

// A feed whose items come by themselves (MQTT): mapped, checked and written as a poll's are,
// into one ingest run that stays open as long as the stream; each commit() hands what was
// added to the archive in one transaction (written on the writer's thread, in order).
// Used from one thread; the feed and the catalog outlive it.
class FeedStream
{
public:
    using Committed = std::function<void(const store::BatchCommitted&)>;
    // `onCommitted`: on the writer's thread after each transaction (its lines are the items'
    // observations in the order they were added, from 1).
    FeedStream(const FeedConfig& feed, const Catalog& catalog, const store::ArchiveLocation& archive,
               const PollOptions& options, Committed onCommitted = {});
    ~FeedStream(); // without finish(): what was committed is written, the run closed as abandoned
    FeedStream(const FeedStream&) = delete;
    FeedStream& operator=(const FeedStream&) = delete;

    // Maps and stages items that arrived; later than nowMs (with the tolerance): quarantined.
    void add(const FeedItems& items, std::int64_t nowMs);
    // Hands what was added to the archive — unless the last commit is still being written:
    // then it waits for the next call, and goes with what comes meanwhile in one transaction.
    // What was handed over since the last call, counted (inserted is not known yet).
    FeedPollSummary commit();
    // Commits, waits for every write, and closes the run.
    Result<void> finish();

private:
    struct Open;
    QString m_feed;
    std::unique_ptr<Open> m_open;
};

// One observation as `feeds probe` prints it: {"entity", "type", "attribute", "series",
// "time", "value", "unit"} (series null when no rule maps it).
QJsonObject probeLine(const FeedObservation& o, const FeedMapping* mapping);

} // namespace cityops::feeds
