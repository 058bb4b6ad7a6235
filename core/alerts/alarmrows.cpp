#include "core/alerts/alarmrows.h"

#include "core/warnings/replay.h"

#include <QSqlQuery>
#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::alerts::detail {

const QString kSystem = u"cityops"_s; // who the log names for what the rules did

const QString kColumns =
    u"id, key, rule, place, severity, state, fired_at, resolved_at, peak_value, message_vi, "
    "message_en, acknowledged_by, acknowledged_at, comment, shelved_until, shelved_by, "
    "shelve_reason, shelved_from, suppressed_from, suppressed_at, suppressed_by, escalated_at, "
    "out_of_service_at, in_service_at"_s;

QVariant nullableTime(const std::optional<std::int64_t>& t)
{
    return t ? QVariant(qlonglong(*t)) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<std::int64_t> timeOf(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

Row rowOf(const QSqlQuery& q)
{
    Row r;
    r.rowId = q.value(0).toLongLong();
    Alarm& a = r.alarm;
    a.id = q.value(1).toString();
    a.rule = q.value(2).toString();
    a.place = q.value(3).toString();
    a.severity = q.value(4).toString();
    a.state = stateFromCode(q.value(5).toString()).value_or(State::Unacknowledged);
    a.firedAt = q.value(6).toLongLong();
    a.resolvedAt = timeOf(q.value(7));
    a.peakValue = q.value(8).toDouble();
    a.messageVi = q.value(9).toString();
    a.messageEn = q.value(10).toString();
    a.acknowledgedBy = q.value(11).toString();
    a.acknowledgedAt = timeOf(q.value(12));
    a.comment = q.value(13).toString();
    a.shelvedUntil = timeOf(q.value(14));
    a.shelvedBy = q.value(15).toString();
    a.shelveReason = q.value(16).toString();
    r.shelvedFrom = q.value(17).toString();
    r.suppressedFrom = q.value(18).toString();
    a.suppressedAt = timeOf(q.value(19));
    a.suppressedBy = q.value(20).toString();
    a.escalatedAt = timeOf(q.value(21));
    a.outOfServiceAt = timeOf(q.value(22));
    a.inServiceAt = timeOf(q.value(23));
    return r;
}

Result<std::optional<Row>> rowById(store::SqlConnection& sql, const QString& id)
{
    auto q = sql.run(u"SELECT "_s + kColumns + u" FROM alarm WHERE key = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Row>();
    return std::optional<Row>(rowOf(*q));
}

// An alarm of the same rule at the same place whose time overlaps [firedAt, resolvedAt]: the
// same episode seen from another start (a replay over a shorter window, an evaluator
// restarted in the middle of it), not a second alarm.
Result<std::optional<Row>> rowOverlapping(store::SqlConnection& sql, const warnings::ReplayedAlarm& a)
{
    const qlonglong end = a.resolvedAt ? qlonglong(*a.resolvedAt) : std::numeric_limits<qlonglong>::max();
    auto q = sql.run(u"SELECT "_s + kColumns +
                         u" FROM alarm WHERE rule = ? AND place = ? AND fired_at <= ? AND "
                         "(resolved_at IS NULL OR resolved_at >= ?) ORDER BY fired_at LIMIT 1"_s,
                     {a.rule, a.place, end, qlonglong(a.firedAt)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Row>();
    return std::optional<Row>(rowOf(*q));
}

// An empty text, not SQL's NULL (a null QString binds as NULL).
QString nonNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

Result<void> audit(store::SqlConnection& sql, qlonglong alarm, std::int64_t at, const QString& who,
                   const QString& from, const QString& to, const QString& comment)
{
    auto q = sql.run(u"INSERT INTO alarm_audit (alarm, at, who, from_state, to_state, comment) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {alarm, qlonglong(at), who, nonNull(from), to, nonNull(comment)});
    return q ? Result<void>() : Result<void>(q.error());
}

// A change of state: the row, then its audit line.
Result<void> moveTo(store::SqlConnection& sql, const Row& row, State to, std::int64_t at, const QString& who,
                    const QString& comment)
{
    auto q = sql.run(u"UPDATE alarm SET state = ?, updated_at = ? WHERE id = ?"_s,
                     {stateCode(to), qlonglong(at), row.rowId});
    if (!q)
        return q.error();
    return audit(sql, row.rowId, at, who, stateCode(row.alarm.state), stateCode(to), comment);
}

// Tells every console following the archive that its alarms changed: on PostgreSQL a NOTIFY,
// delivered when the transaction commits (consoles on SQLite poll).
Result<void> announce(store::SqlConnection& sql)
{
    if (sql.database().driverName() != u"QPSQL"_s)
        return {};
    return sql.exec(u"NOTIFY "_s + alarmChannel());
}

Error invalid(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidArgument, message, detail};
}

// "?, ?, ?" for `n` values.
QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

} // namespace cityops::alerts::detail
