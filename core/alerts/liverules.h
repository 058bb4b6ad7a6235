#pragma once

// LiveRules: the early-warning rules of the process that writes an archive from live sources
// (the feed collector, `feeds run --once`), stepped as data arrives — one evaluator
// (evaluator.h) kept from step to step, over the catalog and the stations the feeds described
// (feedstations.h): an alarm at a sensor a feed added names it as the feed does. When the
// archive's feed stations change (their count, their last update) the evaluator is made again
// over the new catalog; it resumes from the alarm log, so an open alarm is found again under
// its own id.

#include "core/common/result.h"
#include "core/store/feedstations.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace cityops {
class Catalog;
}

namespace cityops::alerts {

struct RecordCounts;

class LiveRules
{
public:
    explicit LiveRules(const Catalog& catalog); // (must outlive it)
    ~LiveRules();
    LiveRules(const LiveRules&) = delete;
    LiveRules& operator=(const LiveRules&) = delete;

    // Every rule at every place of `archive` up to `now`; what changed recorded in its log.
    Result<RecordCounts> step(store::Archive& archive, std::int64_t now);

private:
    struct Made;
    Result<void> remake(store::Archive& archive);

    const Catalog& m_catalog;
    std::unique_ptr<Made> m_made;
    std::optional<store::FeedStationsVersion> m_stations; // what the evaluator was made over
};

// "alarms: 2 new, 1 brought up to date", in the language of the process; empty when neither.
QString recordedWords(const RecordCounts& counts);

// A feed collector's step (FeedCollector::evaluateWith): LiveRules of its own, what each step
// recorded in words.
std::function<Result<QString>(store::Archive&, std::int64_t)> liveRulesStep(const Catalog& catalog);

} // namespace cityops::alerts
