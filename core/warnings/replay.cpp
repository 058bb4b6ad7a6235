#include "core/warnings/replay.h"

#include "core/catalog/catalog.h"
#include "core/store/seriesreader.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cityops::warnings {

namespace {

// The alarms one place's events make: a raise opens one, a change keeps it (its worst
// severity and message), a clear closes it.
class Alarms
{
public:
    Alarms(const Rule& rule, const QString& place, std::vector<ReplayedAlarm>& out)
        : m_rule(rule)
        , m_place(place)
        , m_out(out)
    {}

    void add(const Event& e)
    {
        if (e.type == Event::Type::Raised) {
            m_open = ReplayedAlarm{};
            m_isOpen = true;
            m_open.rule = m_rule.definition().id;
            m_open.place = m_place;
            m_open.firedAt = e.at;
            m_open.id =
                m_open.rule + u'@' + m_place + u'@' +
                QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        }
        if (!m_isOpen)
            return; // (a step always raises before it changes or clears)
        m_open.peakValue = peakOf(e.peak);
        if (e.type == Event::Type::Cleared) {
            m_open.resolvedAt = e.at;
            m_out.push_back(m_open);
            m_isOpen = false;
            return;
        }
        if (e.severity > m_open.severity) {
            m_open.severity = e.severity;
            m_open.messageVi = m_rule.message(e, m_place, Language::Vietnamese);
            m_open.messageEn = m_rule.message(e, m_place, Language::English);
        }
    }

    void finish(const PointState& state)
    {
        if (!m_isOpen)
            return;
        m_open.peakValue = peakOf(state.peak);
        m_out.push_back(m_open);
        m_isOpen = false;
    }

private:
    double peakOf(double peak) const
    {
        return m_rule.definition().kind == u"stale"_s ? std::round(peak / 6'000.0) / 10.0 : peak; // ms → min
    }

    const Rule& m_rule;
    QString m_place;
    std::vector<ReplayedAlarm>& m_out;
    ReplayedAlarm m_open;
    bool m_isOpen = false;
};

} // namespace

Result<std::vector<ReplayedAlarm>> replay(const Catalog& catalog, store::SeriesReader& reader,
                                          std::int64_t from, std::int64_t to)
{
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    const ReaderSnapshot snapshot(reader);
    std::vector<ReplayedAlarm> alarms;
    for (const WarningRule& definition : catalog.warningRules) {
        auto rule = Rule::compile(definition, catalog);
        if (!rule)
            return rule.error();
        // The places: those with a series of the rule's indicator (a composite: those it names).
        QStringList places = rule->isComposite() ? definition.places : QStringList();
        for (const store::SeriesInfo& info : *listed) {
            if (rule->isComposite() || info.key.indicator != rule->indicatorId() || info.count == 0)
                continue;
            if (definition.placesScope.isEmpty() && !definition.places.contains(info.key.place))
                continue;
            places << info.key.place;
        }
        for (const QString& place : places) {
            PointState state;
            state.seenUntil = from;
            Step step = rule->evaluate(place, snapshot, state, to - 1);
            if (snapshot.error())
                return *snapshot.error();
            Alarms made(*rule, place, alarms);
            for (const Event& e : step.events)
                made.add(e);
            made.finish(step.state);
        }
    }
    std::sort(alarms.begin(), alarms.end(), [](const ReplayedAlarm& a, const ReplayedAlarm& b) {
        return std::tie(a.firedAt, a.rule, a.place) < std::tie(b.firedAt, b.rule, b.place);
    });
    return alarms;
}

} // namespace cityops::warnings
