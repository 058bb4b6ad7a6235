#include "core/alerts/alarmlog.h"

#include "core/alerts/alarmrows.h"
#include "core/catalog/catalog.h"
#include "core/store/archive.h"
#include "core/store/sqlconnection.h"
#include "core/warnings/replay.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

using namespace detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::alerts::AlarmLog)
};

// An alarm of a superseding rule, from when to when.
struct Span
{
    QString key;
    std::int64_t firedAt = 0;
    std::optional<std::int64_t> resolvedAt;
    bool covers(std::int64_t t) const { return firedAt <= t && (!resolvedAt || t <= *resolvedAt); }
};

// The alarms of `rules` at the alarm's place whose time overlaps it.
Result<std::vector<Span>> overlapping(store::SqlConnection& sql, const QStringList& rules, const Alarm& a)
{
    QVariantList args{a.place};
    for (const QString& rule : rules)
        args.append(rule);
    args.append(a.resolvedAt ? qlonglong(*a.resolvedAt) : std::numeric_limits<qlonglong>::max());
    args.append(qlonglong(a.firedAt));
    auto q =
        sql.run(u"SELECT key, fired_at, resolved_at FROM alarm WHERE place = ? AND rule IN ("_s +
                    marks(rules.size()) +
                    u") AND fired_at <= ? AND (resolved_at IS NULL OR resolved_at >= ?) ORDER BY fired_at"_s,
                args);
    if (!q)
        return q.error();
    std::vector<Span> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toLongLong(), timeOf(q->value(2))});
    return out;
}

// What suppresses the alarm now: an alarm still active while it is, or one it ended within.
const Span* suppressing(const Alarm& a, const std::vector<Span>& spans)
{
    for (const Span& s : spans) {
        if (a.resolvedAt ? s.covers(*a.resolvedAt) : !s.resolvedAt)
            return &s;
    }
    return nullptr;
}

// An alarm superseded by `by`: suppressed while active; over if it ended while superseded.
Result<void> suppress(store::SqlConnection& sql, const Row& row, const Span& by, std::int64_t now)
{
    const Alarm& a = row.alarm;
    const std::int64_t since = std::max(a.firedAt, by.firedAt);
    const State to = a.resolvedAt ? State::Normal : State::Suppressed;
    auto q = sql.run(
        u"UPDATE alarm SET state = ?, suppressed_from = ?, suppressed_at = COALESCE(suppressed_at, ?), "
        "suppressed_by = ?, updated_at = ? WHERE id = ?"_s,
        {stateCode(to), stateCode(a.state), qlonglong(since), by.key, qlonglong(now), row.rowId});
    if (!q)
        return q.error();
    const QString why = a.resolvedAt ? Text::tr("ended while superseded by %1").arg(by.key)
                                     : Text::tr("superseded by %1").arg(by.key);
    return audit(sql, row.rowId, a.resolvedAt ? *a.resolvedAt : since, kSystem, stateCode(a.state),
                 stateCode(to), why);
}

// A suppressed alarm whose superseding alarms are over: back to the state it was in (it is
// annunciated again if nobody had acknowledged it).
Result<void> unsuppress(store::SqlConnection& sql, const Row& row, const std::vector<Span>& spans,
                        std::int64_t now)
{
    const Alarm& a = row.alarm;
    State back = stateFromCode(row.suppressedFrom).value_or(State::Unacknowledged);
    if (back != State::Acknowledged)
        back = State::Unacknowledged;
    if (a.resolvedAt)
        back = back == State::Acknowledged ? State::Normal : State::RtnUnacknowledged;
    std::int64_t at = a.firedAt;
    for (const Span& s : spans)
        at = std::max(at, s.resolvedAt.value_or(at));
    auto q = sql.run(u"UPDATE alarm SET state = ?, suppressed_from = NULL, updated_at = ? WHERE id = ?"_s,
                     {stateCode(back), qlonglong(now), row.rowId});
    if (!q)
        return q.error();
    return audit(sql, row.rowId, at, kSystem, stateCode(a.state), stateCode(back),
                 Text::tr("%1 is over").arg(a.suppressedBy));
}

} // namespace

QString alarmChannel()
{
    return u"cityops_alarms"_s;
}

Suppression suppressionOf(const Catalog& catalog)
{
    Suppression out;
    for (const WarningRule& rule : catalog.warningRules) {
        if (!rule.suppressedBy.isEmpty())
            out.insert(rule.id, rule.suppressedBy);
    }
    return out;
}

QString stateCode(State state)
{
    switch (state) {
    case State::Unacknowledged:
        return u"unacknowledged"_s;
    case State::Acknowledged:
        return u"acknowledged"_s;
    case State::RtnUnacknowledged:
        return u"rtn-unacknowledged"_s;
    case State::Shelved:
        return u"shelved"_s;
    case State::Suppressed:
        return u"suppressed"_s;
    case State::OutOfService:
        return u"out-of-service"_s;
    case State::Normal:
        return u"normal"_s;
    }
    return u"normal"_s;
}

std::optional<State> stateFromCode(const QString& code)
{
    for (const State s : {State::Unacknowledged, State::Acknowledged, State::RtnUnacknowledged,
                          State::Shelved, State::Suppressed, State::OutOfService, State::Normal}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

Result<RecordCounts> AlarmLog::record(const std::vector<warnings::ReplayedAlarm>& alarms, std::int64_t now)
{
    store::SqlConnection& sql = m_archive.connection();
    return transaction(sql, [&]() -> Result<RecordCounts> {
        RecordCounts counts;
        QStringList history; // recorded over a day after they ended
        for (const warnings::ReplayedAlarm& a : alarms) {
            auto known = rowById(sql, a.id);
            if (known && !*known)
                known = rowOverlapping(sql, a);
            if (!known)
                return known.error();
            if (!*known) {
                const State state = a.resolvedAt ? State::RtnUnacknowledged : State::Unacknowledged;
                if (a.resolvedAt && now - *a.resolvedAt > kHistoryAfterMs)
                    history.push_back(a.id); // once suppression has had its say
                auto q = sql.run(
                    u"INSERT INTO alarm (key, rule, place, severity, state, fired_at, resolved_at, "
                    "peak_value, message_vi, message_en, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {a.id, a.rule, a.place, warnings::severityCode(a.severity), stateCode(state),
                     qlonglong(a.firedAt), nullableTime(a.resolvedAt), a.peakValue, a.messageVi, a.messageEn,
                     qlonglong(now)});
                if (!q)
                    return q.error();
                auto inserted = rowById(sql, a.id);
                if (!inserted || !*inserted)
                    return inserted ? invalid(Text::tr("An alarm just recorded is not there"), a.id)
                                    : inserted.error();
                const qlonglong row = (*inserted)->rowId;
                if (auto r = audit(sql, row, a.firedAt, kSystem, QString(), stateCode(State::Unacknowledged),
                                   a.messageVi);
                    !r)
                    return r.error();
                if (a.resolvedAt) {
                    if (auto r = audit(sql, row, *a.resolvedAt, kSystem, stateCode(State::Unacknowledged),
                                       stateCode(State::RtnUnacknowledged), QString());
                        !r)
                        return r.error();
                }
                ++counts.added;
                continue;
            }
            const Row& row = **known;
            const bool worse =
                warnings::severityFromCode(row.alarm.severity).value_or(warnings::Severity::Normal) <
                a.severity;
            const bool resolved = a.resolvedAt && !row.alarm.resolvedAt;
            // Only a replay that saw more (a worse level, the end) changes a recorded alarm: one
            // over a shorter window must not shrink its peak or reopen it.
            if (!worse && !resolved)
                continue;
            auto q = sql.run(
                u"UPDATE alarm SET severity = ?, peak_value = ?, message_vi = ?, message_en = ?, "
                "resolved_at = ?, updated_at = ? WHERE id = ?"_s,
                {warnings::severityCode(
                     worse ? a.severity
                           : warnings::severityFromCode(row.alarm.severity).value_or(a.severity)),
                 a.peakValue, worse ? a.messageVi : row.alarm.messageVi,
                 worse ? a.messageEn : row.alarm.messageEn,
                 nullableTime(resolved ? a.resolvedAt : row.alarm.resolvedAt), qlonglong(now), row.rowId});
            if (!q)
                return q.error();
            if (resolved) {
                // Back to normal: acknowledged, it is over; not yet, it waits for someone.
                const State current = row.alarm.state == State::Shelved
                                          ? stateFromCode(row.shelvedFrom).value_or(State::Unacknowledged)
                                          : row.alarm.state;
                // Suppressed, nobody was asked to look at it: it is over.
                const State next = current == State::Acknowledged || current == State::Suppressed ||
                                           current == State::OutOfService
                                       ? State::Normal
                                       : State::RtnUnacknowledged;
                if (row.alarm.state == State::Shelved) {
                    auto s = sql.run(u"UPDATE alarm SET shelved_from = ? WHERE id = ?"_s,
                                     {stateCode(next), row.rowId});
                    if (!s)
                        return s.error();
                } else if (auto r = moveTo(sql, row, next, *a.resolvedAt, kSystem, QString()); !r) {
                    return r.error();
                }
            }
            ++counts.updated;
        }
        if (counts.added + counts.updated > 0 && !m_suppression.isEmpty()) {
            if (auto r = reconcileSuppression(now); !r)
                return r.error();
        }
        if (counts.added + counts.updated > 0) {
            if (auto r = reconcileService(now); !r)
                return r.error();
        }
        for (const QString& id : history) {
            auto row = rowById(sql, id);
            if (!row)
                return row.error();
            if (*row && (*row)->alarm.state == State::RtnUnacknowledged) {
                if (auto r =
                        moveTo(sql, **row, State::Normal, now, kSystem,
                               Text::tr("recorded after it had ended: history, no acknowledgement asked"));
                    !r)
                    return r.error();
            }
        }
        if (counts.added + counts.updated > 0) {
            if (auto r = announce(sql); !r)
                return r.error();
        }
        return counts;
    });
}

// Every alarm of a rule something supersedes, brought in line with the alarms that supersede
// it: the same states whether the log saw them all at once (a replay) or one step at a time.
Result<void> AlarmLog::reconcileSuppression(std::int64_t now)
{
    store::SqlConnection& sql = m_archive.connection();
    QVariantList rules;
    for (auto it = m_suppression.cbegin(); it != m_suppression.cend(); ++it)
        rules.append(it.key());
    auto q = sql.run(u"SELECT "_s + kColumns +
                         u" FROM alarm WHERE state IN ('unacknowledged', 'acknowledged', "
                         "'rtn-unacknowledged', 'suppressed') AND rule IN ("_s +
                         marks(rules.size()) + u") ORDER BY fired_at, key"_s,
                     rules);
    if (!q)
        return q.error();
    std::vector<Row> rows;
    while (q->next())
        rows.push_back(rowOf(*q));
    for (const Row& row : rows) {
        auto spans = overlapping(sql, m_suppression.value(row.alarm.rule), row.alarm);
        if (!spans)
            return spans.error();
        const Span* by = suppressing(row.alarm, *spans);
        const bool suppressed = row.alarm.state == State::Suppressed;
        if (by && !suppressed) {
            if (auto r = suppress(sql, row, *by, now); !r)
                return r;
        } else if (!by && suppressed) {
            if (auto r = unsuppress(sql, row, *spans, now); !r)
                return r;
        }
    }
    return {};
}

std::int64_t escalateAfterMs(const QString& severity)
{
    constexpr std::int64_t minute = 60'000;
    return severity == u"high"_s ? 10 * minute : severity == u"medium"_s ? 30 * minute : 120 * minute;
}

Result<void> AlarmLog::catchUp(std::int64_t now)
{
    if (auto lifted = liftExpiredShelves(now); !lifted)
        return lifted;
    return escalateOverdue(now);
}

// Waiting longer than its severity allows: escalated once, at the instant the time ran out
// (another console may be doing the same: the row says whether it already is).
Result<void> AlarmLog::escalateOverdue(std::int64_t now)
{
    store::SqlConnection& sql = m_archive.connection();
    auto q = sql.run(u"SELECT "_s + kColumns +
                         u" FROM alarm WHERE state IN ('unacknowledged', 'rtn-unacknowledged') AND "
                         "escalated_at IS NULL AND COALESCE(in_service_at, fired_at) <= ?"_s,
                     {qlonglong(now - escalateAfterMs(u"high"_s))});
    if (!q)
        return q.error();
    std::vector<Row> due;
    while (q->next()) {
        Row row = rowOf(*q);
        if (row.alarm.waitingSince() + escalateAfterMs(row.alarm.severity) <= now)
            due.push_back(std::move(row));
    }
    if (due.empty())
        return {};
    return transaction(sql, [&]() -> Result<void> {
        for (const Row& row : due) {
            const std::int64_t at = row.alarm.waitingSince() + escalateAfterMs(row.alarm.severity);
            auto u = sql.run(
                u"UPDATE alarm SET escalated_at = ?, updated_at = ? WHERE id = ? AND escalated_at IS NULL"_s,
                {qlonglong(at), qlonglong(now), row.rowId});
            if (!u)
                return u.error();
            if (u->numRowsAffected() != 1)
                continue;
            const QString state = stateCode(row.alarm.state);
            if (auto r =
                    audit(sql, row.rowId, at, kSystem, state, state,
                          Text::tr("not acknowledged within %n minute(s): escalated to the shift supervisor",
                                   nullptr, int(escalateAfterMs(row.alarm.severity) / 60'000)));
                !r)
                return r;
        }
        return announce(sql);
    });
}

Result<void> AlarmLog::liftExpiredShelves(std::int64_t now)
{
    store::SqlConnection& sql = m_archive.connection();
    auto q =
        sql.run(u"SELECT "_s + kColumns + u" FROM alarm WHERE state = 'shelved' AND shelved_until <= ?"_s,
                {qlonglong(now)});
    if (!q)
        return q.error();
    std::vector<Row> expired;
    while (q->next())
        expired.push_back(rowOf(*q));
    for (const Row& row : expired) {
        auto lifted = transaction(sql, [&]() -> Result<void> {
            const State back = stateFromCode(row.shelvedFrom).value_or(State::Unacknowledged);
            if (auto r =
                    moveTo(sql, row, back, *row.alarm.shelvedUntil, kSystem, Text::tr("shelf time over"));
                !r)
                return r;
            auto clear = sql.run(u"UPDATE alarm SET shelved_from = NULL WHERE id = ?"_s, {row.rowId});
            return clear ? announce(sql) : Result<void>(clear.error());
        });
        if (!lifted)
            return lifted;
    }
    return {};
}

Result<QList<Alarm>> AlarmLog::list(std::optional<State> state, std::int64_t now)
{
    if (auto lifted = catchUp(now); !lifted)
        return lifted.error();
    auto q = state ? m_archive.connection().run(u"SELECT "_s + kColumns +
                                                    u" FROM alarm WHERE state = ? ORDER BY fired_at, key"_s,
                                                {stateCode(*state)})
                   : m_archive.connection().run(
                         u"SELECT "_s + kColumns +
                         u" FROM alarm WHERE state NOT IN ('normal', 'suppressed', 'out-of-service') "
                         "ORDER BY fired_at, key"_s);
    if (!q)
        return q.error();
    QList<Alarm> out;
    while (q->next())
        out.append(rowOf(*q).alarm);
    return out;
}

Result<QList<Alarm>> AlarmLog::current(std::int64_t now)
{
    if (auto lifted = catchUp(now); !lifted)
        return lifted.error();
    auto q = m_archive.connection().run(u"SELECT "_s + kColumns +
                                        u" FROM alarm WHERE state <> 'normal' ORDER BY fired_at, key"_s);
    if (!q)
        return q.error();
    QList<Alarm> out;
    while (q->next())
        out.append(rowOf(*q).alarm);
    return out;
}

Result<QList<Alarm>> AlarmLog::forHealth(std::int64_t from, std::int64_t to, std::int64_t now)
{
    if (auto lifted = catchUp(now); !lifted)
        return lifted.error();
    auto q = m_archive.connection().run(
        u"SELECT "_s + kColumns +
            u" FROM alarm WHERE (fired_at >= ? AND fired_at < ?) OR resolved_at IS "
            "NULL OR resolved_at >= ? ORDER BY fired_at, key"_s,
        {qlonglong(from), qlonglong(to), qlonglong(from)});
    if (!q)
        return q.error();
    QList<Alarm> out;
    while (q->next())
        out.append(rowOf(*q).alarm);
    return out;
}

Result<QList<Alarm>> AlarmLog::all(std::int64_t now)
{
    if (auto lifted = catchUp(now); !lifted)
        return lifted.error();
    auto q = m_archive.connection().run(u"SELECT "_s + kColumns + u" FROM alarm ORDER BY fired_at, key"_s);
    if (!q)
        return q.error();
    QList<Alarm> out;
    while (q->next())
        out.append(rowOf(*q).alarm);
    return out;
}

Result<Alarm> AlarmLog::find(const QString& id, std::int64_t now)
{
    if (auto lifted = catchUp(now); !lifted)
        return lifted.error();
    auto row = rowById(m_archive.connection(), id);
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, Text::tr("No such alarm (alerts list names them)"), id};
    return (*row)->alarm;
}

Result<Alarm> AlarmLog::acknowledge(const QString& id, const QString& user, const QString& comment,
                                    std::int64_t now)
{
    if (user.trimmed().isEmpty())
        return invalid(Text::tr("An acknowledgement names who makes it (--user)"));
    if (comment.trimmed().isEmpty())
        return invalid(Text::tr("An acknowledgement needs a comment (--comment)"));
    auto alarm = find(id, now);
    if (!alarm)
        return alarm.error();
    if (alarm->state != State::Unacknowledged && alarm->state != State::RtnUnacknowledged)
        return invalid(Text::tr("This alarm does not wait for an acknowledgement: it is %1")
                           .arg(stateCode(alarm->state)),
                       id);
    store::SqlConnection& sql = m_archive.connection();
    auto done = transaction(sql, [&]() -> Result<void> {
        auto row = rowById(sql, id);
        if (!row || !*row)
            return row ? Result<void>(invalid(Text::tr("No such alarm (alerts list names them)"), id))
                       : Result<void>(row.error());
        const State next = alarm->state == State::RtnUnacknowledged ? State::Normal : State::Acknowledged;
        auto q =
            sql.run(u"UPDATE alarm SET acknowledged_by = ?, acknowledged_at = ?, comment = ? WHERE id = ?"_s,
                    {user, qlonglong(now), comment, (*row)->rowId});
        if (!q)
            return q.error();
        if (auto moved = moveTo(sql, **row, next, now, user, comment); !moved)
            return moved;
        return announce(sql);
    });
    if (!done)
        return done.error();
    return find(id, now);
}

Result<Alarm> AlarmLog::shelve(const QString& id, const QString& user, const QString& reason,
                               std::int64_t forMs, std::int64_t now)
{
    if (user.trimmed().isEmpty())
        return invalid(Text::tr("Shelving names who does it (--user)"));
    if (reason.trimmed().isEmpty())
        return invalid(Text::tr("Shelving needs a reason (--reason)"));
    if (forMs <= 0 || forMs > kMaxShelveMs)
        return invalid(Text::tr("An alarm is shelved for up to 24 h"));
    auto alarm = find(id, now);
    if (!alarm)
        return alarm.error();
    if (alarm->state == State::Shelved || !alarm->needsAttention())
        return invalid(Text::tr("This alarm cannot be shelved: it is %1").arg(stateCode(alarm->state)), id);
    store::SqlConnection& sql = m_archive.connection();
    auto done = transaction(sql, [&]() -> Result<void> {
        auto row = rowById(sql, id);
        if (!row || !*row)
            return row ? Result<void>(invalid(Text::tr("No such alarm (alerts list names them)"), id))
                       : Result<void>(row.error());
        auto q = sql.run(
            u"UPDATE alarm SET shelved_from = ?, shelved_until = ?, shelved_by = ?, shelve_reason = ? "
            "WHERE id = ?"_s,
            {stateCode(alarm->state), qlonglong(now + forMs), user, reason, (*row)->rowId});
        if (!q)
            return q.error();
        if (auto moved = moveTo(sql, **row, State::Shelved, now, user, reason); !moved)
            return moved;
        return announce(sql);
    });
    if (!done)
        return done.error();
    return find(id, now);
}

Result<QList<AuditEntry>> AlarmLog::history(const QString& id)
{
    auto row = rowById(m_archive.connection(), id);
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, Text::tr("No such alarm (alerts list names them)"), id};
    auto q = m_archive.connection().run(
        u"SELECT at, who, from_state, to_state, comment FROM alarm_audit WHERE alarm = ? ORDER BY id"_s,
        {(*row)->rowId});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString()});
    return out;
}

} // namespace cityops::alerts
