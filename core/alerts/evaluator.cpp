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
    std::size_t rule = 0;
    std::int64_t wakeAt =
        warnings::kNever;        // see Rule::wakeAt: step it before then only if it has new readings
    std::uint64_t steppedIn = 0; // the last step() that stepped it (a point two series feed)
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

Evaluator::Point& Evaluator::pointFor(std::size_t rule, const QString& place)
{
    auto& point = m_points[rule][place];
    if (!point) {
        point = std::make_unique<Point>(m_rules[rule], place);
        point->rule = rule;
        ++m_pointCount;
        const QString key = pointKey(m_rules[rule].definition().id, place);
        if (const auto from = m_resumeFrom.constFind(key); from != m_resumeFrom.cend())
            point->state.seenUntil = *from;
    }
    return *point;
}

bool Evaluator::sameListing(const QList<store::SeriesInfo>& listed) const
{
    if (std::size_t(listed.size()) != m_watched.size())
        return false;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const Watched& w = m_watched[std::size_t(i)];
        if ((listed[i].count > 0) != w.hasData || listed[i].key != w.key)
            return false;
    }
    return true;
}

// Which points each listed series feeds (the rules of its indicator whose places include it).
void Evaluator::rebuild(const QList<store::SeriesInfo>& listed)
{
    m_points.resize(m_rules.size());
    const warnings::PlacesByIndicator places = warnings::placesByIndicator(listed);
    QHash<store::SeriesKey, std::vector<Point*>> feeds;
    m_composites.clear();
    for (std::size_t r = 0; r < m_rules.size(); ++r) {
        for (const QString& place : warnings::rulePlaces(m_rules[r], places)) {
            Point& point = pointFor(r, place);
            if (m_rules[r].isComposite())
                m_composites.push_back(&point);
            else
                feeds[{m_rules[r].indicatorId(), place}].push_back(&point);
            if (!m_rules[r].repliesId().isEmpty()) // a deadline rule: its replies as well
                feeds[{m_rules[r].repliesId(), place}].push_back(&point);
        }
    }
    QHash<store::SeriesKey, std::int64_t> counted; // as the last step saw them (a new series: 0)
    for (const Watched& w : m_watched)
        counted.insert(w.key, w.count);
    m_watched.clear();
    m_watched.reserve(std::size_t(listed.size()));
    m_ranges.clear();
    for (const store::SeriesInfo& info : listed) {
        m_watched.push_back({info.key, info.count > 0, counted.value(info.key, 0),
                             info.count > 0 ? feeds.value(info.key) : std::vector<Point*>()});
        if (info.count > 0)
            m_ranges.insert(info.key, {info.first, info.last});
    }
    for (Watched& w : m_watched) // (once every entry is in: an insertion may move them)
        w.range = w.hasData ? &m_ranges[w.key] : nullptr;
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
    if (!sameListing(*listed))
        rebuild(*listed);
    ++m_steps;
    for (qsizetype i = 0; i < listed->size(); ++i) {
        if (auto* range = m_watched[std::size_t(i)].range)
            *range = {(*listed)[i].first, (*listed)[i].last};
    }
    warnings::ReaderSnapshot snapshot(reader);
    snapshot.setListed(&m_ranges);
    std::vector<warnings::ReplayedAlarm> changed;
    std::vector<std::pair<Point*, warnings::PointState>> stepped;
    const auto stepPoint = [&](Point& point) {
        const warnings::Rule& rule = m_rules[point.rule];
        warnings::Step step = rule.evaluate(point.tracker.place(), snapshot, point.state, now);
        // An alarm is recorded as it changes (raised, worse, cleared); its peak in between
        // is the log's at the next change.
        if (!step.events.empty()) {
            for (const warnings::Event& e : step.events)
                point.tracker.add(e, changed);
            if (auto open = point.tracker.open(step.state))
                changed.push_back(std::move(*open));
        }
        if (step.state != point.state)
            stepped.emplace_back(&point, std::move(step.state));
    };
    for (qsizetype i = 0; i < listed->size(); ++i) {
        const std::int64_t last = (*listed)[i].last;
        Watched& watched = m_watched[std::size_t(i)];
        // Readings older than the newest, arrived since the last step (a reply sent at 10:00,
        // stored at 10:05): a deadline rule reads its window again and sees them.
        const bool late = (*listed)[i].count != watched.count;
        for (Point* point : watched.points) {
            // Nothing new to read and no delay running out: the step would change nothing.
            if ((last < point->state.seenUntil && now < point->wakeAt && !late) ||
                point->steppedIn == m_steps)
                continue;
            point->steppedIn = m_steps;
            stepPoint(*point);
            if (snapshot.error())
                return *snapshot.error(); // nothing kept: the next tick reads it all again
        }
    }
    for (Point* point : m_composites) {
        stepPoint(*point);
        if (snapshot.error())
            return *snapshot.error();
    }
    auto recorded = log.record(changed, now);
    if (!recorded)
        return recorded.error();
    for (qsizetype i = 0; i < listed->size(); ++i) // (what a failed step read is read again)
        m_watched[std::size_t(i)].count = (*listed)[i].count;
    for (auto& [point, state] : stepped) { // kept only once what they raised is in the log
        point->state = std::move(state);
        point->wakeAt = m_rules[point->rule].wakeAt(point->state);
    }
    return *recorded;
}

} // namespace cityops::alerts
