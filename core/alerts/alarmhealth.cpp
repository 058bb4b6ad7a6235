#include "core/alerts/alarmhealth.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

constexpr std::int64_t kTenMinutes = 600'000;
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr int kFlood = 10;

double percent(double part, double whole)
{
    return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0;
}

// The 10-minute periods (from the window's start) and how many alarms fired in each.
QJsonObject rates(const QList<const Alarm*>& fired, const HealthWindow& w, QString (*localTime)(std::int64_t))
{
    const std::int64_t periods = std::max<std::int64_t>(1, (w.to - w.from + kTenMinutes - 1) / kTenMinutes);
    std::map<std::int64_t, int> perPeriod;
    for (const Alarm* a : fired)
        ++perPeriod[(a->firedAt - w.from) / kTenMinutes];
    int peak = 0;
    std::int64_t peakPeriod = 0;
    int floods = 0;
    for (const auto& [period, n] : perPeriod) {
        if (n > peak) {
            peak = n;
            peakPeriod = period;
        }
        floods += n > kFlood ? 1 : 0;
    }
    const double average = double(fired.size()) / double(periods);
    return QJsonObject{
        {u"per10Minutes"_s, std::round(average * 1000) / 1000},
        {u"peak10Minutes"_s, peak},
        {u"peakAt"_s, peak > 0 ? QJsonValue(localTime(w.from + peakPeriod * kTenMinutes)) : QJsonValue()},
        {u"floodPeriods"_s, floods},
        {u"timeInFloodPct"_s, percent(floods, double(periods))},
    };
}

// One rule at one place firing 3 times or more within a minute.
QJsonArray chattering(const QList<const Alarm*>& fired)
{
    QHash<QString, std::vector<std::int64_t>> times;
    for (const Alarm* a : fired)
        times[a->rule + u'@' + a->place].push_back(a->firedAt);
    QJsonArray out;
    QStringList keys = times.keys();
    keys.sort();
    for (const QString& key : keys) {
        std::vector<std::int64_t>& t = times[key];
        std::sort(t.begin(), t.end());
        bool chatters = false;
        for (std::size_t i = 2; i < t.size() && !chatters; ++i)
            chatters = t[i] - t[i - 2] <= kMinute;
        if (chatters)
            out.append(QJsonObject{{u"rule"_s, key.section(u'@', 0, 0)},
                                   {u"place"_s, key.section(u'@', 1)},
                                   {u"count"_s, int(t.size())}});
    }
    return out;
}

QJsonArray top(const QList<const Alarm*>& fired)
{
    QHash<QString, int> perRule;
    for (const Alarm* a : fired)
        ++perRule[a->rule];
    std::vector<std::pair<QString, int>> ranked;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray out;
    for (std::size_t i = 0; i < ranked.size() && i < 10; ++i)
        out.append(QJsonObject{{u"rule"_s, ranked[i].first},
                               {u"count"_s, ranked[i].second},
                               {u"sharePct"_s, percent(ranked[i].second, double(fired.size()))}});
    return out;
}

QJsonObject priorities(const QList<const Alarm*>& fired)
{
    QJsonObject out;
    for (const auto& [severity, target] : {std::pair(u"low"_s, 80), {u"medium"_s, 15}, {u"high"_s, 5}}) {
        const auto n = std::count_if(fired.begin(), fired.end(),
                                     [&](const Alarm* a) { return a->severity == severity; });
        out.insert(severity, QJsonObject{{u"count"_s, qint64(n)},
                                         {u"pct"_s, percent(double(n), double(fired.size()))},
                                         {u"targetPct"_s, target}});
    }
    return out;
}

} // namespace

QJsonObject alarmHealth(const QList<Alarm>& alarms, const HealthWindow& w, QString (*localTime)(std::int64_t))
{
    QList<const Alarm*> fired;
    int stale = 0;
    int shelved = 0;
    int suppressed = 0;
    int outOfService = 0;
    int escalated = 0;
    for (const Alarm& a : alarms) {
        escalated += a.escalatedAt && *a.escalatedAt >= w.from && *a.escalatedAt < w.to ? 1 : 0;
        // What an operator was shown: an alarm suppressed from the instant it fired never was.
        if (a.firedAt >= w.from && a.firedAt < w.to) {
            if (a.annunciated())
                fired.append(&a);
            else if (a.outOfServiceAt && *a.outOfServiceAt <= a.firedAt)
                ++outOfService; // raised while its place was in maintenance
            else
                ++suppressed;
        }
        // Active for more than a day at the window's end.
        if (a.firedAt <= w.to - kDay && (!a.resolvedAt || *a.resolvedAt >= w.to))
            ++stale;
        shelved += a.state == State::Shelved ? 1 : 0;
    }
    QJsonObject out = rates(fired, w, localTime);
    out.insert(u"from"_s, localTime(w.from));
    out.insert(u"to"_s, localTime(w.to));
    out.insert(u"alarms"_s, int(fired.size()));
    const QJsonArray chatter = chattering(fired);
    out.insert(u"chattering"_s, chatter);
    out.insert(u"staleAlarms"_s, stale);
    out.insert(u"top"_s, top(fired));
    out.insert(u"priorities"_s, priorities(fired));
    out.insert(u"shelved"_s, shelved);
    out.insert(u"suppressed"_s, suppressed);
    out.insert(u"outOfService"_s, outOfService);
    out.insert(u"escalated"_s, escalated); // waited too long for an acknowledgement
    // Against the targets: true where the figure meets it.
    out.insert(u"meets"_s, QJsonObject{{u"rate"_s, out.value(u"per10Minutes"_s).toDouble() <= 1.0},
                                       {u"flood"_s, out.value(u"timeInFloodPct"_s).toDouble() < 1.0},
                                       {u"peak"_s, out.value(u"peak10Minutes"_s).toInt() <= kFlood},
                                       {u"chattering"_s, chatter.isEmpty()},
                                       {u"stale"_s, stale < 5}});
    return out;
}

} // namespace cityops::alerts
