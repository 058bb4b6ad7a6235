// Out of service, after ISA-18.2: an operator takes a place (a station in maintenance), or one
// rule at it, out of service with a reason; its alarms are recorded as ever but not shown,
// heard or escalated; back in service, what is still active waits for an acknowledgement.
// The register (alarm_service) keeps every period, who began and ended it and why.

#include "core/alerts/alarmlog.h"
#include "core/alerts/alarmrows.h"
#include "core/store/archive.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

using namespace detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::alerts::AlarmLog)
};

const QString kServiceColumns = u"id, place, rule, since, by_user, reason"_s;

OutOfService entryOf(const QSqlQuery& q)
{
    return {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
            q.value(5).toString()};
}

// The active entry for exactly (place, rule), if there is one: its row id.
Result<std::optional<qlonglong>> activeEntry(store::SqlConnection& sql, const QString& place,
                                             const QString& rule)
{
    auto q = sql.run(u"SELECT id FROM alarm_service WHERE place = ? AND rule = ? AND ended_at IS NULL"_s,
                     {place, nonNull(rule)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qlonglong>();
    return std::optional<qlonglong>(q->value(0).toLongLong());
}

// The alarms at `place` (of `rule`, or of every rule) in one of `states`.
Result<std::vector<Row>> alarmsAt(store::SqlConnection& sql, const QString& place, const QString& rule,
                                  const QString& states)
{
    QVariantList args{place};
    QString where = u"place = ? AND state IN ("_s + states + u")"_s;
    if (!rule.isEmpty()) {
        where += u" AND rule = ?"_s;
        args.append(rule);
    }
    auto q = sql.run(u"SELECT "_s + kColumns + u" FROM alarm WHERE "_s + where + u" ORDER BY fired_at, key"_s,
                     args);
    if (!q)
        return q.error();
    std::vector<Row> rows;
    while (q->next())
        rows.push_back(rowOf(*q));
    return rows;
}

const QString kShown = u"'unacknowledged', 'acknowledged', 'rtn-unacknowledged', 'shelved', 'suppressed'"_s;

// An alarm whose place went out of service: out of service while active, over if it had ended.
Result<void> takeOut(store::SqlConnection& sql, const Row& row, const OutOfService& entry, const QString& who,
                     std::int64_t now)
{
    const Alarm& a = row.alarm;
    const std::int64_t since = std::max(a.firedAt, entry.since);
    auto q = sql.run(u"UPDATE alarm SET out_of_service_at = ?, updated_at = ? WHERE id = ?"_s,
                     {qlonglong(since), qlonglong(now), row.rowId});
    if (!q)
        return q.error();
    const State to = a.resolvedAt ? State::Normal : State::OutOfService;
    return moveTo(sql, row, to, since, who, Text::tr("out of service: %1").arg(entry.reason));
}

} // namespace

Result<QList<OutOfService>> AlarmLog::outOfService()
{
    auto q = m_archive.connection().run(u"SELECT "_s + kServiceColumns +
                                        u" FROM alarm_service WHERE ended_at IS NULL ORDER BY place, rule"_s);
    if (!q)
        return q.error();
    QList<OutOfService> out;
    while (q->next())
        out.append(entryOf(*q));
    return out;
}

Result<OutOfService> AlarmLog::takeOutOfService(const QString& place, const QString& rule,
                                                const QString& user, const QString& reason, std::int64_t now)
{
    if (place.trimmed().isEmpty())
        return invalid(Text::tr("Out of service needs a place (--place)"));
    if (user.trimmed().isEmpty())
        return invalid(Text::tr("Out of service names who does it (--user)"));
    if (reason.trimmed().isEmpty())
        return invalid(Text::tr("Out of service needs a reason (--reason)"));
    store::SqlConnection& sql = m_archive.connection();
    const OutOfService entry{place, rule, now, user, reason};
    auto done = transaction(sql, [&]() -> Result<void> {
        auto known = activeEntry(sql, place, rule);
        if (!known)
            return known.error();
        if (*known)
            return invalid(
                Text::tr("%1 is already out of service").arg(rule.isEmpty() ? place : rule + u'@' + place));
        auto q = sql.run(
            u"INSERT INTO alarm_service (place, rule, since, by_user, reason) VALUES (?, ?, ?, ?, ?)"_s,
            {place, nonNull(rule), qlonglong(now), user, reason});
        if (!q) // (another console took it out a moment ago: one open period per place and rule)
            return q.error();
        auto rows = alarmsAt(sql, place, rule, kShown);
        if (!rows)
            return rows.error();
        for (const Row& row : *rows) {
            if (auto r = takeOut(sql, row, entry, user, now); !r)
                return r;
        }
        return announce(sql);
    });
    if (!done)
        return done.error();
    return entry;
}

Result<OutOfService> AlarmLog::returnToService(const QString& place, const QString& rule, const QString& user,
                                               const QString& comment, std::int64_t now)
{
    if (user.trimmed().isEmpty())
        return invalid(Text::tr("Back in service names who does it (--user)"));
    store::SqlConnection& sql = m_archive.connection();
    OutOfService ended;
    auto done = transaction(sql, [&]() -> Result<void> {
        auto known = activeEntry(sql, place, rule);
        if (!known)
            return known.error();
        if (!*known)
            return invalid(
                Text::tr("%1 is not out of service").arg(rule.isEmpty() ? place : rule + u'@' + place));
        auto entry =
            sql.run(u"SELECT "_s + kServiceColumns + u" FROM alarm_service WHERE id = ?"_s, {**known});
        if (!entry)
            return entry.error();
        if (entry->next())
            ended = entryOf(*entry);
        auto q =
            sql.run(u"UPDATE alarm_service SET ended_at = ?, ended_by = ?, end_comment = ? WHERE id = ?"_s,
                    {qlonglong(now), user, nonNull(comment), **known});
        if (!q)
            return q.error();
        // Still out of service under another entry (the whole place, or its rule): stays so.
        auto still =
            sql.run(u"SELECT rule FROM alarm_service WHERE place = ? AND ended_at IS NULL"_s, {place});
        if (!still)
            return still.error();
        QStringList covering;
        while (still->next())
            covering << still->value(0).toString();
        auto rows = alarmsAt(sql, place, rule, u"'out-of-service'"_s);
        if (!rows)
            return rows.error();
        const QString why = comment.trimmed().isEmpty() ? Text::tr("back in service")
                                                        : Text::tr("back in service: %1").arg(comment);
        for (const Row& row : *rows) {
            if (covering.contains(QString()) || covering.contains(row.alarm.rule))
                continue;
            const State to = row.alarm.resolvedAt ? State::Normal : State::Unacknowledged;
            // (Waiting again: escalated again if nobody acknowledges it; the audit keeps the first.)
            auto q = sql.run(u"UPDATE alarm SET in_service_at = ?, escalated_at = NULL WHERE id = ?"_s,
                             {qlonglong(now), row.rowId});
            if (!q)
                return q.error();
            if (auto r = moveTo(sql, row, to, now, user, why); !r)
                return r;
        }
        if (!m_suppression.isEmpty()) { // (waiting again, unless what supersedes it is still on)
            if (auto r = reconcileSuppression(now); !r)
                return r;
        }
        return announce(sql);
    });
    if (!done)
        return done.error();
    return ended;
}

// After a record: what was raised at a place out of service is out of service too.
Result<void> AlarmLog::reconcileService(std::int64_t now)
{
    store::SqlConnection& sql = m_archive.connection();
    auto entries = outOfService();
    if (!entries)
        return entries.error();
    for (const OutOfService& entry : *entries) {
        auto rows = alarmsAt(sql, entry.place, entry.rule, kShown);
        if (!rows)
            return rows.error();
        for (const Row& row : *rows) {
            if (auto r = takeOut(sql, row, entry, kSystem, now); !r)
                return r;
        }
    }
    return {};
}

} // namespace cityops::alerts
