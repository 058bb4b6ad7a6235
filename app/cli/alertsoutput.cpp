#include "app/cli/alertsoutput.h"

#include "app/cli/archiveoptions.h"
#include "core/alerts/alarmhealth.h"
#include "core/alerts/alarmlog.h"
#include "core/warnings/replay.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

QJsonValue timeOrNull(const std::optional<std::int64_t>& t)
{
    return t ? QJsonValue(localTime(*t)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// (To 10 significant digits: a rate of 0.61 m/h, not 0.6100000000000001.)
double shown(double v)
{
    return QString::number(v, 'g', 10).toDouble();
}

void print(Io io, const QJsonObject& o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

int fail(Io io, const Error& e, int code)
{
    io.err << u"cityops-cli alerts: "_s << e.message;
    if (!e.detail.isEmpty())
        io.err << u" ("_s << e.detail << u')';
    io.err << '\n';
    return code;
}

QJsonObject replayedJson(const warnings::ReplayedAlarm& a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"rule"_s, a.rule},
                       {u"place"_s, a.place},
                       {u"severity"_s, warnings::severityCode(a.severity)},
                       {u"firedAt"_s, localTime(a.firedAt)},
                       {u"resolvedAt"_s, timeOrNull(a.resolvedAt)},
                       {u"peakValue"_s, shown(a.peakValue)},
                       {u"message"_s, a.messageVi},
                       {u"messageEn"_s, a.messageEn}};
}

QJsonObject storedJson(const alerts::Alarm& a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"rule"_s, a.rule},
                       {u"place"_s, a.place},
                       {u"severity"_s, a.severity},
                       {u"state"_s, alerts::stateCode(a.state)},
                       {u"firedAt"_s, localTime(a.firedAt)},
                       {u"resolvedAt"_s, timeOrNull(a.resolvedAt)},
                       {u"peakValue"_s, shown(a.peakValue)},
                       {u"message"_s, a.messageVi},
                       {u"messageEn"_s, a.messageEn},
                       {u"acknowledgedBy"_s, textOrNull(a.acknowledgedBy)},
                       {u"acknowledgedAt"_s, timeOrNull(a.acknowledgedAt)},
                       {u"comment"_s, textOrNull(a.comment)},
                       {u"shelvedUntil"_s, timeOrNull(a.shelvedUntil)},
                       {u"shelvedBy"_s, textOrNull(a.shelvedBy)},
                       {u"shelveReason"_s, textOrNull(a.shelveReason)},
                       {u"suppressedBy"_s, textOrNull(a.suppressedBy)},
                       {u"suppressedAt"_s, timeOrNull(a.suppressedAt)},
                       {u"escalatedAt"_s, timeOrNull(a.escalatedAt)},
                       {u"outOfServiceAt"_s, timeOrNull(a.outOfServiceAt)}};
}

int printList(alerts::AlarmLog& log, const QString& stateText, bool text, Io io)
{
    const bool all = stateText == u"all"_s;
    std::optional<alerts::State> state;
    if (!stateText.isEmpty() && !all) {
        state = alerts::stateFromCode(stateText);
        if (!state || *state == alerts::State::Normal)
            return fail(
                io,
                Error{ErrorCode::InvalidArgument,
                      AlertsText::tr(
                          "--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved, "
                          "suppressed, out-of-service or all"),
                      stateText},
                kExitUsage);
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    auto listed = all ? log.all(now) : log.list(state, now); // no state: those that need attention
    if (!listed)
        return fail(io, listed.error(), kExitFailure);
    if (text) {
        const bool english = QLocale().language() == QLocale::English;
        for (const alerts::Alarm& a : *listed)
            io.out << localTime(a.firedAt) << u"  "_s << a.severity << u"  "_s << alerts::stateCode(a.state)
                   << u"  "_s << (english ? a.messageEn : a.messageVi) << u"  ["_s << a.id << u"]\n"_s;
        io.out << AlertsText::tr("%n alarm(s)", nullptr, int(listed->size())) << '\n';
        return kExitOk;
    }
    QJsonArray out;
    for (const alerts::Alarm& a : *listed)
        out.append(storedJson(a));
    print(io, QJsonObject{{u"alerts"_s, out}});
    return kExitOk;
}

int printHistory(alerts::AlarmLog& log, const QString& id, Io io)
{
    auto entries = log.history(id);
    if (!entries)
        return fail(io, entries.error(),
                    entries.error().code == ErrorCode::NotFound ? kExitInvalid : kExitFailure);
    QJsonArray out;
    for (const alerts::AuditEntry& e : *entries)
        out.append(QJsonObject{{u"at"_s, localTime(e.at)},
                               {u"who"_s, e.who},
                               {u"from"_s, textOrNull(e.from)},
                               {u"to"_s, e.to},
                               {u"comment"_s, e.comment}});
    print(io, QJsonObject{{u"id"_s, id}, {u"history"_s, out}});
    return kExitOk;
}

int printHealth(alerts::AlarmLog& log, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                Io io)
{
    auto alarms = log.all(QDateTime::currentMSecsSinceEpoch());
    if (!alarms)
        return fail(io, alarms.error(), kExitFailure);
    // Without bounds: from the first alarm to just after the last thing that happened to one.
    std::int64_t first = alarms->isEmpty() ? 0 : alarms->front().firedAt;
    std::int64_t last = first;
    for (const alerts::Alarm& a : *alarms)
        last = std::max({last, a.firedAt, a.resolvedAt.value_or(a.firedAt)});
    const alerts::HealthWindow window{from.value_or(first), to.value_or(last + 1)};
    if (window.from >= window.to && (from || to))
        return fail(
            io, Error{ErrorCode::InvalidArgument, AlertsText::tr("--from must be before --to"), QString()},
            kExitInvalid);
    print(io, alerts::alarmHealth(*alarms, window, localTime));
    return kExitOk;
}

namespace {

QJsonObject serviceJson(const alerts::OutOfService& s)
{
    return {{u"place"_s, s.place},
            {u"rule"_s, s.rule.isEmpty() ? QJsonValue() : QJsonValue(s.rule)},
            {u"since"_s, localTime(s.since)},
            {u"by"_s, s.by},
            {u"reason"_s, s.reason}};
}

} // namespace

int printOutOfService(const Result<QList<alerts::OutOfService>>& listed, Io io)
{
    if (!listed)
        return fail(io, listed.error(), kExitFailure);
    QJsonArray out;
    for (const alerts::OutOfService& s : *listed)
        out.append(serviceJson(s));
    print(io, QJsonObject{{u"outOfService"_s, out}});
    return kExitOk;
}

int printServiceChange(const Result<alerts::OutOfService>& changed, Io io)
{
    if (!changed) {
        const ErrorCode code = changed.error().code;
        return fail(io, changed.error(),
                    code == ErrorCode::Database || code == ErrorCode::Io ? kExitFailure : kExitInvalid);
    }
    print(io, serviceJson(*changed));
    return kExitOk;
}

int printChanged(const Result<alerts::Alarm>& changed, Io io)
{
    if (!changed) {
        const ErrorCode code = changed.error().code;
        return fail(io, changed.error(),
                    code == ErrorCode::Database || code == ErrorCode::Io ? kExitFailure : kExitInvalid);
    }
    print(io, storedJson(*changed));
    return kExitOk;
}

} // namespace cityops::cli
