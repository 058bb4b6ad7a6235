#pragma once

// The one evaluator of an archive: the process that writes the data (the console running the
// demo city, `cityops-cli` ingesting, the feed collector) steps every rule at every place as
// readings arrive and records in the archive's alarm log what changed. Each step reads only
// the readings it has not seen (a rule's state remembers where it stopped), so a tick costs
// what arrived since the last one. Restarted, it resumes from the log: an alarm still open
// is looked for again from before it fired, so it is found again under its own id — one alarm
// per rule and place, never a second copy.

#include "core/alerts/alarmlog.h"
#include "core/common/result.h"
#include "core/store/observation.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace cityops {
class Catalog;
}
namespace cityops::store {
class SeriesReader;
struct SeriesInfo;
} // namespace cityops::store
namespace cityops::warnings {
class Rule;
}

namespace cityops::alerts {

class Evaluator
{
public:
    // The catalog's rules, compiled (the catalog must outlive the evaluator).
    static Result<std::unique_ptr<Evaluator>> create(const Catalog& catalog);
    ~Evaluator();

    // Every rule at every place `reader` has, up to `now`; what changed recorded in `log`.
    // The first step resumes from the log (its open alarms).
    Result<RecordCounts> step(store::SeriesReader& reader, AlarmLog& log, std::int64_t now);

    std::size_t rules() const;
    // (rule, place) pairs stepped so far.
    std::size_t points() const { return m_pointCount; }

private:
    struct Point;
    Evaluator();
    Result<void> resume(AlarmLog& log, std::int64_t now);

    std::vector<warnings::Rule> m_rules;
    QHash<QString, std::size_t> m_ruleIndex;
    // What each listed series feeds: the listing's order, kept while the listing keeps its
    // series (a step then costs the series with something new, not a lookup per rule and place).
    struct Watched
    {
        store::SeriesKey key;
        bool hasData = false;
        std::int64_t count = 0; // its readings at the last step: more, and none newer, is late data
        std::vector<Point*> points;
        std::pair<std::int64_t, std::int64_t>* range = nullptr; // its entry of m_ranges
    };
    bool sameListing(const QList<store::SeriesInfo>& listed) const;
    void rebuild(const QList<store::SeriesInfo>& listed);
    Point& pointFor(std::size_t rule, const QString& place);

    // By rule (as m_rules), then place.
    std::vector<std::unordered_map<QString, std::unique_ptr<Point>>> m_points;
    std::size_t m_pointCount = 0;
    std::vector<Watched> m_watched;
    QHash<store::SeriesKey, std::pair<std::int64_t, std::int64_t>> m_ranges; // listed: [first, last]
    std::vector<Point*> m_composites;          // stepped every time: their parts are other series
    QHash<QString, std::int64_t> m_resumeFrom; // by "rule\nplace": where a first step reads from
    bool m_resumed = false;
    std::uint64_t m_steps = 0; // step() calls so far
};

} // namespace cityops::alerts
