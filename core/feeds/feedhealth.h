#pragma once

// A feed's health as the people watching it need it — the desk's feed panel, the wall's
// "● nguồn 14/15" — kept by the collector (collector.h) as it polls and subscribes.

#include "core/feeds/config/feedconfig.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <vector>

namespace cityops::feeds {

struct FeedHealth
{
    QString feed;
    QString name;
    FeedProtocol protocol = FeedProtocol::NgsiV2;
    int pollSeconds = 60;
    bool ok = false;                    // the last poll (MQTT: report) had no error, and MQTT is connected
    qint64 lastSuccessMs = 0;           // UTC ms of the last written poll (0: none yet)
    qint64 lastAttemptMs = 0;           // (0: not polled yet)
    double lastSeconds = 0;             // how long the last poll took
    qint64 accepted = 0;                // since the collector started
    double perMinute = 0;               // accepted a minute, over the last ten minutes
    qint64 quarantined = 0;             // since the collector started
    QMap<QString, qint64> reasons = {}; // quarantine reason → count, since it started
    QString lastError = {};             // in words; empty when the last poll was fine
    QSet<QString> series = {};          // "IND@PLACE" it has written since the collector started
    int failuresInARow = 0;
};

enum class FeedCondition
{
    Waiting, // not polled (or subscribed) yet
    Ok,
    Late,    // fine when last heard of, but that is more than three intervals ago
    Failing, // the last poll failed, or the broker is not connected
};

FeedCondition conditionOf(const FeedHealth& health, qint64 nowMs);

// How many feeds are fine (FeedCondition::Ok), of how many: the wall's "● nguồn 14/15".
struct FeedsTally
{
    int fine = 0;
    int total = 0;
    bool allFine() const { return fine == total; }
};
FeedsTally tally(const std::vector<FeedHealth>& feeds, qint64 nowMs);

// The series that come from a feed that is failing or late now: what the views mark stale.
QSet<QString> seriesOfFailingFeeds(const std::vector<FeedHealth>& feeds, qint64 nowMs);

// The feeds a console collects, for its views (null in a console that collects none).
class FeedHealthSource
{
public:
    virtual ~FeedHealthSource() = default;
    virtual std::vector<FeedHealth> health() const = 0;
};

} // namespace cityops::feeds
