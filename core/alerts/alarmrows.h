#pragma once

// The alarm log's rows in SQL (internal to core/alerts): the columns read, a row as read, the
// audit line every change writes with it, and the one-transaction idiom. Shared by the log
// (alarmlog.cpp) and its out-of-service register (alarmservice.cpp).

#include "core/alerts/alarmlog.h"
#include "core/store/sqlconnection.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

class QSqlQuery;

namespace cityops::warnings {
struct ReplayedAlarm;
}

namespace cityops::alerts::detail {

extern const QString kSystem;  // who the log names for what the rules did
extern const QString kColumns; // the columns rowOf() reads, in its order

QVariant nullableTime(const std::optional<std::int64_t>& t);
std::optional<std::int64_t> timeOf(const QVariant& v);

struct Row
{
    qlonglong rowId = 0;
    Alarm alarm;
    QString shelvedFrom;
    QString suppressedFrom;
};

Row rowOf(const QSqlQuery& q);
Result<std::optional<Row>> rowById(store::SqlConnection& sql, const QString& id);
// An alarm of the same rule at the same place whose time overlaps [firedAt, resolvedAt]: the
// same episode seen from another start (a replay over a shorter window, an evaluator
// restarted in the middle of it), not a second alarm.
Result<std::optional<Row>> rowOverlapping(store::SqlConnection& sql, const warnings::ReplayedAlarm& a);

// An empty text, not SQL's NULL (a null QString binds as NULL).
QString nonNull(const QString& text);
Result<void> audit(store::SqlConnection& sql, qlonglong alarm, std::int64_t at, const QString& who,
                   const QString& from, const QString& to, const QString& comment);
// A change of state: the row, then its audit line.
Result<void> moveTo(store::SqlConnection& sql, const Row& row, State to, std::int64_t at, const QString& who,
                    const QString& comment);
// Tells every console following the archive that its alarms changed: on PostgreSQL a NOTIFY,
// delivered when the transaction commits (consoles on SQLite poll).
Result<void> announce(store::SqlConnection& sql);
Error invalid(const QString& message, const QString& detail = {});
// "?, ?, ?" for `n` values.
QString marks(qsizetype n);

// Runs `work` in one transaction: all of it is written, or none.
template <typename Work> auto transaction(store::SqlConnection& sql, Work work) -> decltype(work())
{
    if (auto begun = sql.exec(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    auto result = work();
    if (!result) {
        (void)sql.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto done = sql.exec(QStringLiteral("COMMIT")); !done)
        return done.error();
    return result;
}

} // namespace cityops::alerts::detail
