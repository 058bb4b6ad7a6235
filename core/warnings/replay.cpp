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

QString alarmId(const QString& rule, const QString& place, std::int64_t firedAt)
{
    return rule + u'@' + place + u'@' +
           QDateTime::fromMSecsSinceEpoch(firedAt, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

void AlarmTracker::add(const Event& e, std::vector<ReplayedAlarm>& closed)
{
    if (e.type == Event::Type::Raised) {
        m_open = ReplayedAlarm{};
        m_isOpen = true;
        m_open.rule = m_rule->definition().id;
        m_open.place = m_place;
        m_open.firedAt = e.at;
        m_open.id = alarmId(m_open.rule, m_place, e.at);
    }
    if (!m_isOpen)
        return; // (a step always raises before it changes or clears)
    m_open.peakValue = peakOf(e.peak);
    if (e.type == Event::Type::Cleared) {
        m_open.resolvedAt = e.at;
        closed.push_back(m_open);
        m_isOpen = false;
        return;
    }
    if (e.severity > m_open.severity) {
        m_open.severity = e.severity;
        m_open.messageVi = m_rule->message(e, m_place, Language::Vietnamese);
        m_open.messageEn = m_rule->message(e, m_place, Language::English);
    }
}

std::optional<ReplayedAlarm> AlarmTracker::open(const PointState& state) const
{
    if (!m_isOpen)
        return std::nullopt;
    ReplayedAlarm now = m_open;
    now.peakValue = peakOf(state.peak);
    return now;
}

double AlarmTracker::peakOf(double peak) const
{
    return m_rule->definition().kind == u"stale"_s ? std::round(peak / 6'000.0) / 10.0 : peak; // ms → min
}

QStringList rulePlaces(const Rule& rule, const QList<store::SeriesInfo>& series)
{
    return rulePlaces(rule, placesByIndicator(series));
}

PlacesByIndicator placesByIndicator(const QList<store::SeriesInfo>& series)
{
    PlacesByIndicator out;
    for (const store::SeriesInfo& info : series) {
        if (info.count > 0)
            out[info.key.indicator] << info.key.place;
    }
    return out;
}

QStringList rulePlaces(const Rule& rule, const PlacesByIndicator& places)
{
    const WarningRule& definition = rule.definition();
    if (rule.isComposite())
        return definition.places;
    const QStringList all = places.value(rule.indicatorId());
    if (!definition.placesScope.isEmpty())
        return all;
    QStringList named;
    for (const QString& place : all) {
        if (definition.places.contains(place))
            named << place;
    }
    return named;
}

Result<std::vector<ReplayedAlarm>> replay(const Catalog& catalog, store::SeriesReader& reader,
                                          std::int64_t from, std::int64_t to)
{
    auto listed = reader.series();
    if (!listed)
        return listed.error();
    ReaderSnapshot snapshot(reader);
    snapshot.setListed(*listed);
    const PlacesByIndicator places = placesByIndicator(*listed);
    std::vector<ReplayedAlarm> alarms;
    for (const WarningRule& definition : catalog.warningRules) {
        auto rule = Rule::compile(definition, catalog);
        if (!rule)
            return rule.error();
        for (const QString& place : rulePlaces(*rule, places)) {
            PointState state;
            state.seenUntil = from;
            Step step = rule->evaluate(place, snapshot, state, to - 1);
            if (snapshot.error())
                return *snapshot.error();
            AlarmTracker made(*rule, place);
            for (const Event& e : step.events)
                made.add(e, alarms);
            if (auto open = made.open(step.state))
                alarms.push_back(std::move(*open));
        }
    }
    std::sort(alarms.begin(), alarms.end(), [](const ReplayedAlarm& a, const ReplayedAlarm& b) {
        return std::tie(a.firedAt, a.rule, a.place) < std::tie(b.firedAt, b.rule, b.place);
    });
    return alarms;
}

} // namespace cityops::warnings
