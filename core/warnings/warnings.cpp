// A rule compiled from the catalog (its levels, delays and limits read once), and the words
// an operator reads about it.

#include "core/warnings/warnings.h"

#include "core/catalog/catalog.h"
#include "core/catalog/statservices.h"
#include "core/catalog/valueformat.h"
#include "core/store/archive.h"
#include "core/store/seriesreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::warnings {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::warnings::Rule)
};

std::int64_t durationOf(const QJsonObject& p, const QString& key, std::int64_t fallback)
{
    return p.contains(key) ? parseStatDuration(p.value(key).toString()).value_or(fallback) : fallback;
}

// A threshold's levels as rules.json gives them (checked by the catalog loader).
std::vector<Rule::Level> levelsOf(const QJsonArray& list, bool& rising)
{
    std::vector<Rule::Level> out;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        rising = o.contains(u"above"_s);
        const double at = o.value(rising ? u"above"_s : u"below"_s).toDouble();
        out.push_back({severityFromCode(o.value(u"severity"_s).toString()).value_or(Severity::Medium), at,
                       o.value(u"clear"_s).toDouble(at)});
    }
    return out;
}

// "15 phút", "2 giờ 5 phút", "3 ngày" (or "15 min", "2 h 5 min", "3 days"): in the language
// asked for, not the interface's (an alarm's message is kept in both).
QString durationWords(std::int64_t ms, Language language)
{
    const bool en = language == Language::English;
    const std::int64_t minutes = ms / 60'000;
    if (minutes < 60)
        return QString::number(std::max<std::int64_t>(minutes, 1)) + (en ? u" min"_s : u" phút"_s);
    const std::int64_t hours = minutes / 60;
    if (hours >= 48)
        return QString::number(hours / 24) + (en ? u" days"_s : u" ngày"_s);
    const QString h = QString::number(hours) + (en ? u" h"_s : u" giờ"_s);
    return minutes % 60 == 0 ? h : h + u' ' + QString::number(minutes % 60) + (en ? u" min"_s : u" phút"_s);
}

QString placeName(const Catalog& catalog, const QString& place, Language language)
{
    if (const Station* s = catalog.station(place))
        return s->name.in(language);
    if (const Area* a = catalog.area(place))
        return a->name.in(language);
    return place;
}

} // namespace

void ReaderSnapshot::setListed(const QList<store::SeriesInfo>& series)
{
    m_listed.clear();
    m_listed.reserve(series.size());
    for (const store::SeriesInfo& info : series) {
        if (info.count > 0)
            m_listed.insert(info.key, {info.first, info.last});
    }
    m_ranges = &m_listed;
}

bool ReaderSnapshot::mayHaveReadings(const store::SeriesKey& key, std::int64_t from, std::int64_t to) const
{
    if (!m_ranges)
        return true;
    const auto range = m_ranges->constFind(key);
    return range != m_ranges->cend() && from <= range->second && to > range->first;
}

store::Columns ReaderSnapshot::readings(const store::SeriesKey& key, std::int64_t from, std::int64_t to) const
{
    if (!mayHaveReadings(key, from, to))
        return {};
    auto read = m_reader.columns(key, from, to);
    if (read)
        return std::move(*read);
    if (read.error().code != ErrorCode::NotFound && !m_error)
        m_error = read.error();
    return {};
}

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return u"normal"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    }
    return u"normal"_s;
}

std::optional<Severity> severityFromCode(const QString& code)
{
    for (const Severity s : {Severity::Normal, Severity::Low, Severity::Medium, Severity::High}) {
        if (severityCode(s) == code)
            return s;
    }
    return std::nullopt;
}

Result<Rule> Rule::compile(const WarningRule& rule, const Catalog& catalog)
{
    Rule r;
    r.m_rule = &rule;
    r.m_catalog = &catalog;
    r.m_indicatorId = rule.indicators.value(0);
    r.m_indicator = catalog.indicator(r.m_indicatorId);
    if (!r.m_indicator)
        return Error{ErrorCode::InvalidArgument,
                     Text::tr("rule %1: unknown indicator %2").arg(rule.id, r.m_indicatorId), QString()};
    const QJsonObject& p = rule.parameters;
    const Severity severity = severityFromCode(rule.severity).value_or(Severity::Medium);
    const std::int64_t period =
        std::max<std::int64_t>(60'000, std::int64_t(r.m_indicator->periodSeconds) * 1000);
    r.m_period = period;
    r.m_onDelay = durationOf(p, u"onDelay"_s, 0);
    r.m_offDelay = durationOf(p, u"offDelay"_s, 0);
    if (rule.kind == u"threshold"_s) {
        r.m_kind = Kind::Threshold;
        r.m_levels = levelsOf(p.value(u"levels"_s).toArray(), r.m_rising);
        const QJsonObject perPlace = p.value(u"placeLevels"_s).toObject();
        for (auto it = perPlace.begin(); it != perPlace.end(); ++it) {
            bool rising = r.m_rising;
            r.m_placeLevels.emplace_back(it.key(), levelsOf(it.value().toArray(), rising));
        }
    } else if (rule.kind == u"rate"_s) {
        r.m_kind = Kind::Rate;
        r.m_rising = p.value(u"direction"_s).toString(u"rise"_s) == u"rise"_s;
        r.m_over = durationOf(p, u"over"_s, 3'600'000);
        const double perHour = p.value(u"perHour"_s).toDouble();
        r.m_levels = {{severity, perHour, p.value(u"clearPerHour"_s).toDouble(perHour)}};
    } else if (rule.kind == u"count"_s) {
        r.m_kind = Kind::Count;
        r.m_over = durationOf(p, u"within"_s, 86'400'000);
        const QString fn = p.value(u"fn"_s).toString(u"sum"_s);
        r.m_countFn = fn == u"count"_s ? CountFn::Count : fn == u"mean"_s ? CountFn::Mean : CountFn::Sum;
        const double atLeast = p.value(u"atLeast"_s).toDouble();
        r.m_levels = {{severity, atLeast, p.value(u"clearBelow"_s).toDouble(atLeast)}};
    } else if (rule.kind == u"anomaly"_s) {
        r.m_kind = Kind::Anomaly;
        r.m_seasonal = p.value(u"method"_s).toString() == u"seasonal"_s;
        r.m_over = durationOf(p, u"baseline"_s, 7 * 86'400'000LL);
        r.m_weeks = p.value(u"weeks"_s).toInt(4);
        r.m_minBaseline = p.value(u"minBaseline"_s).toInt(r.m_seasonal ? 7 : 24);
        r.m_rising = p.value(u"direction"_s).toString(u"up"_s) == u"up"_s;
        const double z = p.value(u"z"_s).toDouble(3);
        r.m_levels = {{severity, z, p.value(u"clearZ"_s).toDouble(std::max(0.5, z - 1))}};
    } else if (rule.kind == u"composite"_s) {
        r.m_kind = Kind::Composite;
        r.m_all = p.value(u"op"_s).toString() == u"all"_s;
        r.m_over = durationOf(p, u"maxAge"_s, 3 * 3'600'000LL);
        for (const QJsonValue& v : p.value(u"parts"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const bool above = o.contains(u"above"_s);
            r.m_parts.push_back({{o.value(u"indicator"_s).toString(), o.value(u"place"_s).toString()},
                                 above,
                                 o.value(above ? u"above"_s : u"below"_s).toDouble()});
        }
        r.m_levels = {{severity, 1, 1}}; // the joined condition holds (1) or not (0)
    } else if (rule.kind == u"forecast"_s) {
        r.m_kind = Kind::Forecast;
        r.m_rising = p.contains(u"above"_s);
        r.m_over = durationOf(p, u"window"_s, 6 * 3'600'000LL);
        r.m_horizon = durationOf(p, u"horizon"_s, 3'600'000);
        r.m_minReadings = p.value(u"minReadings"_s).toInt(4);
        const double at = p.value(r.m_rising ? u"above"_s : u"below"_s).toDouble();
        r.m_levels = {{severity, at, p.value(u"clear"_s).toDouble(at)}};
    } else if (rule.kind == u"kpi"_s) {
        r.m_kind = Kind::Kpi;
        r.m_rising = p.contains(u"atMost"_s); // a figure that must stay at most its target
        r.m_over = durationOf(p, u"window"_s, 180 * 86'400'000LL);
        r.m_sincePeriodStart = p.value(u"since"_s).toString() == u"period-start"_s;
        const QString by = p.value(u"by"_s).toString();
        r.m_targetMonths = by == u"month-end"_s ? 1 : by == u"quarter-end"_s ? 3 : 12;
        r.m_minReadings = p.value(u"minReadings"_s).toInt(3);
        // Off track once the projection is short of the target (or past it): a projection on
        // the target is on track.
        const double target = p.value(r.m_rising ? u"atMost"_s : u"atLeast"_s).toDouble();
        const double margin = p.value(u"margin"_s).toDouble(0);
        const double infinity = std::numeric_limits<double>::infinity();
        r.m_levels = {{severity, std::nextafter(target, r.m_rising ? infinity : -infinity),
                       r.m_rising ? target - margin : target + margin}};
    } else if (rule.kind == u"stale"_s) {
        r.m_kind = Kind::Stale;
        r.m_staleFactor = p.value(u"factor"_s).toDouble(3);
        r.m_staleAfter = std::int64_t(r.m_staleFactor * double(period));
        r.m_levels = {{severity, double(r.m_staleAfter), double(r.m_staleAfter)}};
    } else if (rule.kind == u"deadline"_s) {
        r.m_kind = Kind::Deadline;
        r.m_repliesId = rule.indicators.value(1);
        if (!catalog.indicator(r.m_repliesId))
            return Error{ErrorCode::InvalidArgument,
                         Text::tr("rule %1: unknown indicator %2").arg(rule.id, r.m_repliesId), QString()};
        r.m_over = durationOf(p, u"within"_s, 30 * 86'400'000LL);
        const double atLeast = p.value(u"atLeast"_s).toDouble();
        r.m_levels = {{severity, atLeast, p.value(u"clearBelow"_s).toDouble(atLeast)}};
    } else {
        return Error{ErrorCode::InvalidArgument, Text::tr("rule %1: unknown kind %2").arg(rule.id, rule.kind),
                     QString()};
    }
    if (r.m_levels.empty())
        return Error{ErrorCode::InvalidArgument, Text::tr("rule %1 has no levels").arg(rule.id), QString()};
    // A first step reads back far enough to see the delays through (and a stale rule, a month).
    r.m_lookback = r.m_kind == Kind::Stale ? 30 * 86'400'000LL
                                           : std::max(r.m_onDelay, r.m_offDelay) + 3 * period + 2 * r.m_over;
    return r;
}

const std::vector<Rule::Level>& Rule::levelsAt(const QString& place) const
{
    for (const auto& [id, levels] : m_placeLevels) {
        if (id == place)
            return levels;
    }
    return m_levels;
}

QString Rule::message(const Event& event, const QString& place, Language language) const
{
    const bool english = language == Language::English;
    const QLocale locale(english ? QLocale::English : QLocale::Vietnamese);
    const Unit* unit = m_catalog->unit(m_indicator->unit);
    const int decimals = m_indicator->decimals;
    QString text = m_rule->message.in(language);
    const auto put = [&](const char16_t* name, const QString& value) {
        text.replace(QString::fromUtf16(name), value);
    };
    put(u"{place}", placeName(*m_catalog, place, language));
    put(u"{unit}", unit ? unit->display.in(language) : QString());
    put(u"{severity}", severityCode(event.severity));
    if (m_kind == Kind::Stale) {
        put(u"{age}", durationWords(std::int64_t(event.peak), language));
        put(u"{threshold}", durationWords(std::int64_t(event.threshold), language));
    } else if (m_kind == Kind::Rate) {
        put(u"{rate}", formatNumber(event.value, std::max(decimals, 1), locale));
        put(u"{threshold}", formatNumber(event.threshold, std::max(decimals, 1), locale));
    } else if (m_kind == Kind::Count || m_kind == Kind::Deadline) {
        put(u"{value}", formatNumber(event.value, decimals, locale));
        put(u"{threshold}", formatNumber(event.threshold, decimals, locale));
        put(u"{within}", durationWords(m_over, language));
    } else if (m_kind == Kind::Kpi) {
        put(u"{value}", formatNumber(event.reading, decimals, locale));
        put(u"{forecast}", formatNumber(event.value, std::max(decimals, 1), locale));
        put(u"{threshold}", formatNumber(event.threshold, decimals, locale));
        // The last day of the target's period, in Da Nang time.
        const QDate last =
            QDateTime::fromMSecsSinceEpoch(targetPeriod(event.at).second - 1, QTimeZone(7 * 3600)).date();
        put(u"{by}", locale.toString(last, english ? u"d MMM yyyy"_s : u"dd/MM/yyyy"_s));
    } else if (m_kind == Kind::Forecast) {
        put(u"{value}", formatNumber(event.reading, decimals, locale));
        put(u"{forecast}", formatNumber(event.value, std::max(decimals, 1), locale));
        put(u"{threshold}", formatNumber(event.threshold, decimals, locale));
        put(u"{horizon}", durationWords(m_horizon, language));
    } else if (m_kind == Kind::Anomaly) {
        put(u"{value}", formatNumber(event.reading, decimals, locale));
        put(u"{z}", formatNumber(event.value, 1, locale));
        put(u"{threshold}", formatNumber(event.threshold, 1, locale));
    } else {
        put(u"{value}", formatNumber(event.value, decimals, locale));
        put(u"{threshold}", formatNumber(event.threshold, decimals, locale));
    }
    return text;
}

QString Rule::stillActive(const PointState& state, const QString& place, Language language) const
{
    if (state.level <= 0)
        return {};
    const bool english = language == Language::English;
    const QLocale locale(english ? QLocale::English : QLocale::Vietnamese);
    if (m_kind == Kind::Stale) {
        // Da Nang time (UTC+7), as the wall shows it.
        const QString since =
            QDateTime::fromMSecsSinceEpoch(state.lastAt, QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s);
        return english ? u"no reading since %1"_s.arg(since) : u"chưa có số liệu mới từ %1"_s.arg(since);
    }
    if (m_kind == Kind::Composite) {
        const QString when =
            m_all ? (english ? u"one of them no longer does"_s : u"một điều kiện không còn đúng"_s)
                  : (english ? u"none of them does"_s : u"không còn điều kiện nào đúng"_s);
        return english ? u"the conditions still hold; clears when %1"_s.arg(when)
                       : u"các điều kiện vẫn đúng; hết cảnh báo khi %1"_s.arg(when);
    }
    const std::vector<Level>& levels = levelsAt(place);
    const Level& level = levels[std::size_t(std::min<int>(state.level, int(levels.size())) - 1)];
    const QString delay = m_offDelay > 0 ? durationWords(m_offDelay, language) : QString();
    if (m_kind == Kind::Deadline) {
        const QString now = formatNumber(state.lastValue, 0, locale);
        const QString clear = formatNumber(level.clear, 0, locale);
        if (english)
            return u"still %1 past their deadline; clears below %2%3"_s.arg(
                now, clear, delay.isEmpty() ? QString() : u" for "_s + delay);
        return u"vẫn còn %1 quá hạn; hết cảnh báo khi xuống dưới %2%3"_s.arg(
            now, clear, delay.isEmpty() ? QString() : u" trong "_s + delay);
    }
    const Unit* unit = m_catalog->unit(m_indicator->unit);
    // What is compared: the reading (threshold, forecast: where it is heading), its rate per
    // hour, a count, or a z-score (in deviations, σ).
    const QString symbol = m_kind == Kind::Anomaly ? u" σ"_s
                           : unit                  ? u" "_s + unit->display.in(language)
                                                   : QString();
    const QString perHour = m_kind == Kind::Rate ? (english ? u"/h"_s : u"/giờ"_s) : QString();
    const int decimals = m_kind == Kind::Rate || m_kind == Kind::Anomaly ? std::max(m_indicator->decimals, 1)
                                                                         : m_indicator->decimals;
    const QString now = formatNumber(state.lastValue, decimals, locale) + symbol + perHour;
    const QString clear = formatNumber(level.clear, decimals, locale) + symbol + perHour;
    // (Only a threshold or forecast compares the other way round; the others rise with the alarm.)
    const bool below = !comparesEitherWay() || m_rising;
    if (english)
        return u"still %1; clears %2 %3%4"_s.arg(now, below ? u"below"_s : u"above"_s, clear,
                                                 delay.isEmpty() ? QString() : u" for "_s + delay);
    return u"vẫn %1; hết cảnh báo khi %2 %3%4"_s.arg(now, below ? u"xuống dưới"_s : u"lên trên"_s, clear,
                                                     delay.isEmpty() ? QString() : u" trong "_s + delay);
}

} // namespace cityops::warnings
