#include "core/alerts/evaluator.h"

#include "core/catalog/catalog.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"
#include "core/warnings/replay.h"
#include "core/warnings/warnings.h"

namespace cityops::alerts {

namespace {

QString pointKey(const QString& rule, const QString& place)
{
    return rule + u'\n' + place;
}

} // namespace

struct Evaluator::Point
{
    Point(const warnings::Rule& rule, const QString& place)
        : tracker(rule, place)
    {}
    warnings::PointState state;
    warnings::AlarmTracker tracker;
};

Evaluator::Evaluator() = default;
Evaluator::~Evaluator() = default;

Result<std::unique_ptr<Evaluator>> Evaluator::create(const Catalog& catalog)
{
    std::unique_ptr<Evaluator> evaluator(new Evaluator);
    evaluator->m_rules.reserve(std::size_t(catalog.warningRules.size()));
    for (const WarningRule& definition : catalog.warningRules) {
        auto rule = warnings::Rule::compile(definition, catalog);
        if (!rule)
            return rule.error();
        evaluator->m_ruleIndex.insert(definition.id, evaluator->m_rules.size());
        evaluator->m_rules.push_back(std::move(*rule));
    }
    return evaluator;
}

std::size_t Evaluator::rules() const
{
    return m_rules.size();
}

Result<void> Evaluator::resume(AlarmLog& log, std::int64_t now)
{
    auto all = log.all(now);
    if (!all)
        return all.error();
    for (const Alarm& alarm : *all) {
        const auto rule = m_ruleIndex.constFind(alarm.rule);
        if (alarm.resolvedAt || rule == m_ruleIndex.cend())
            continue;
        const std::int64_t from = alarm.firedAt - m_rules[*rule].lookback();
        const QString key = pointKey(alarm.rule, alarm.place);
        m_resumeFrom.insert(key, std::min(from, m_resumeFrom.value(key, from)));
    }
    m_resumed = true;
    return {};
}

Result<RecordCounts> Evaluator::step(store::SeriesReader& reader, AlarmLog& log, std::int64_t now)
{
    if (!m_resumed) {
        if (auto resumed = resume(log, now); !resumed)
            return resumed.error();
    }
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    warnings::ReaderSnapshot snapshot(reader);
    snapshot.setListed(*listed);
    std::vector<warnings::ReplayedAlarm> changed;
    std::vector<std::pair<Point*, warnings::PointState>> stepped;
    for (const warnings::Rule& rule : m_rules) {
        for (const QString& place : warnings::rulePlaces(rule, *listed)) {
            const QString key = pointKey(rule.definition().id, place);
            auto& point = m_points[key];
            if (!point) {
                point = std::make_unique<Point>(rule, place);
                if (const auto from = m_resumeFrom.constFind(key); from != m_resumeFrom.cend())
                    point->state.seenUntil = *from;
            }
            warnings::Step step = rule.evaluate(place, snapshot, point->state, now);
            if (snapshot.error())
                return *snapshot.error(); // nothing kept: the next tick reads it all again
            // An alarm is recorded as it changes (raised, worse, cleared); its peak in between
            // is the log's at the next change.
            for (const warnings::Event& e : step.events)
                point->tracker.add(e, changed);
            if (auto open = point->tracker.open(step.state); open && !step.events.empty())
                changed.push_back(std::move(*open));
            stepped.emplace_back(point.get(), std::move(step.state));
        }
    }
    auto recorded = log.record(changed, now);
    if (!recorded)
        return recorded.error();
    for (auto& [point, state] : stepped) // kept only once what they raised is in the log
        point->state = std::move(state);
    return *recorded;
}

} // namespace cityops::alerts
