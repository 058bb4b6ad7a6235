#pragma once

// The alarms of an archive and their lifecycle, after ISA-18.2: an alarm fires
// unacknowledged; an operator acknowledges it with a comment; it returns to normal by itself
// (acknowledged: it is done; not yet: "return-to-normal unacknowledged", still shown until
// someone acknowledges it); an operator may shelve it for a while, with a reason. Every change
// is written the moment it happens, in one transaction with its line in the append-only audit
// log (who, when, from → to, comment), so a restart finds every alarm as it was. Alarms belong
// to their archive: a demo archive has demo alarms, never mixed with live ones.
//
// One evaluator per archive records what the rules raise (record()); every console reads the
// alarms and writes acknowledgements and shelving through the same log.

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cityops {
class Catalog;
}
namespace cityops::store {
class Archive;
}
namespace cityops::warnings {
struct ReplayedAlarm;
}

namespace cityops::alerts {

enum class State
{
    Unacknowledged,    // active, nobody has acknowledged it
    Acknowledged,      // active, acknowledged
    RtnUnacknowledged, // back to normal before anyone acknowledged it
    Shelved,           // hidden by an operator until a time, with a reason
    Suppressed,        // by design: an alarm of a rule that supersedes it is active at its place
    OutOfService,      // its place (or its rule there) is out of service: a station in maintenance
    Normal,            // over and acknowledged: history
};
// "unacknowledged", "acknowledged", "rtn-unacknowledged", "shelved", "suppressed",
// "out-of-service", "normal".
QString stateCode(State state);
std::optional<State> stateFromCode(const QString& code);

// The PostgreSQL channel an archive's alarm log notifies on every change (LISTEN/NOTIFY).
QString alarmChannel(); // "cityops_alarms"

// How long an alarm may wait for an acknowledgement before it is escalated (to the shift
// supervisor): high 10 min, medium 30 min, low 2 h.
std::int64_t escalateAfterMs(const QString& severity);

// The longest an alarm may be shelved.
inline constexpr std::int64_t kMaxShelveMs = 24 * 3'600'000LL;

// An alarm first recorded this long after it ended (a file of last year's data, an archive
// evaluated again) is history: recorded as over, with no acknowledgement asked of anyone.
inline constexpr std::int64_t kHistoryAfterMs = 24 * 3'600'000LL;

struct Alarm
{
    QString id; // "<rule>@<place>@<fired, UTC>"
    QString rule;
    QString place;
    QString severity;
    State state = State::Unacknowledged;
    std::int64_t firedAt = 0;
    std::optional<std::int64_t> resolvedAt;
    double peakValue = 0;
    QString messageVi;
    QString messageEn;
    QString acknowledgedBy;
    std::optional<std::int64_t> acknowledgedAt;
    QString comment;
    std::optional<std::int64_t> shelvedUntil;
    QString shelvedBy;
    QString shelveReason;
    // Set once an alarm has been suppressed: the alarm that superseded it, from when.
    QString suppressedBy;
    std::optional<std::int64_t> suppressedAt;
    // When it was escalated, having waited escalateAfterMs() for an acknowledgement.
    std::optional<std::int64_t> escalatedAt;
    // Set once its place (or its rule there) has been out of service while it was active: from when.
    std::optional<std::int64_t> outOfServiceAt;
    // When it last came back in service: it has waited for an acknowledgement since then.
    std::optional<std::int64_t> inServiceAt;
    std::int64_t waitingSince() const { return std::max(firedAt, inServiceAt.value_or(firedAt)); }
    // Shown to the operators at some time: not suppressed from the instant it fired to its end
    // (over unacknowledged, it ended while suppressed: outlasting what superseded it, it would
    // have waited for an acknowledgement).
    bool annunciated() const
    {
        const bool hiddenAtBirth =
            (suppressedAt && *suppressedAt <= firedAt) || (outOfServiceAt && *outOfServiceAt <= firedAt);
        const bool neverBack = state == State::Suppressed || state == State::OutOfService ||
                               (state == State::Normal && acknowledgedBy.isEmpty());
        return !(hiddenAtBirth && neverBack);
    }
    bool needsAttention() const
    {
        return state != State::Suppressed && state != State::OutOfService && state != State::Normal;
    }
};

// State-based (first-out) suppression, by rule: the rules whose alarm at a place supersedes
// this rule's alarm there (a flood's depth alarm supersedes its tower's rise and forecast).
using Suppression = QHash<QString, QStringList>;
Suppression suppressionOf(const Catalog& catalog);

struct AuditEntry
{
    std::int64_t at = 0;
    QString who;
    QString from; // empty for the alarm's first entry
    QString to;
    QString comment;
};

// A place out of service (a station in maintenance), or one rule at it: its alarms are still
// recorded, but not shown, heard or escalated until it is back in service.
struct OutOfService
{
    QString place;
    QString rule; // empty: every rule at the place
    std::int64_t since = 0;
    QString by;
    QString reason;
};

struct RecordCounts
{
    int added = 0;
    int updated = 0; // resolved, or grown worse, since they were recorded
};

class AlarmLog
{
public:
    // A log that records (the evaluator's) knows which rules supersede which; one that only
    // reads and acknowledges needs not.
    explicit AlarmLog(store::Archive& archive, Suppression suppression = {})
        : m_archive(archive)
        , m_suppression(std::move(suppression))
    {}

    // The alarms of a replay or a live step: new ones added, known ones brought up to date
    // (resolved since, or worse). Recording the same alarms again changes nothing. An alarm
    // whose time overlaps one already there for the same rule and place is that alarm (one
    // alarm per rule and place at a time), whatever instant it was first seen at. An alarm
    // that overlaps an active alarm of a rule that supersedes it is suppressed (it fired while
    // that one was active, or was active when that one fired) and comes back if it outlasts it;
    // one that ends while suppressed is over without an acknowledgement. One that ended more
    // than kHistoryAfterMs before `now` is history (normal, never shown as waiting).
    Result<RecordCounts> record(const std::vector<warnings::ReplayedAlarm>& alarms, std::int64_t now);
    // Alarms in `state`; without one, those that need attention (every state but suppressed
    // and normal). Every read first catches up with the time: a shelf whose time has run out
    // is lifted, an alarm waiting too long for an acknowledgement is escalated (both logged).
    // A shelf whose time has run out is lifted first (and logged).
    Result<QList<Alarm>> list(std::optional<State> state, std::int64_t now);
    // Every alarm not over: those that need attention and those suppressed.
    Result<QList<Alarm>> current(std::int64_t now);
    // Every alarm, in every state.
    Result<QList<Alarm>> all(std::int64_t now);
    // What alarm-system health over [from, to) needs: the alarms that fired then, and those
    // still active (however old: a stale alarm fired long before).
    Result<QList<Alarm>> forHealth(std::int64_t from, std::int64_t to, std::int64_t now);
    Result<Alarm> find(const QString& id, std::int64_t now);
    // Refused (nothing changed) without a user or a comment, or for an alarm that does not
    // wait for an acknowledgement.
    Result<Alarm> acknowledge(const QString& id, const QString& user, const QString& comment,
                              std::int64_t now);
    // Refused without a user or a reason, for longer than kMaxShelveMs, or for an alarm
    // already shelved or over.
    Result<Alarm> shelve(const QString& id, const QString& user, const QString& reason, std::int64_t forMs,
                         std::int64_t now);
    Result<QList<AuditEntry>> history(const QString& id);

    // Takes `place` (every rule at it, or only `rule`) out of service: its active alarms leave
    // what needs attention (those over are done), and alarms raised there meanwhile are recorded
    // out of service. Refused without a place, a user or a reason, or when it already is.
    Result<OutOfService> takeOutOfService(const QString& place, const QString& rule, const QString& user,
                                          const QString& reason, std::int64_t now);
    // Back in service: its alarms still active wait for an acknowledgement again (what the
    // station says now must be looked at), those that ended meanwhile are over. Refused when
    // it is not out of service (under that rule, or place-wide).
    Result<OutOfService> returnToService(const QString& place, const QString& rule, const QString& user,
                                         const QString& comment, std::int64_t now);
    // What is out of service now, by place and rule.
    Result<QList<OutOfService>> outOfService();

private:
    Result<void> catchUp(std::int64_t now);
    Result<void> liftExpiredShelves(std::int64_t now);
    Result<void> escalateOverdue(std::int64_t now);
    Result<void> reconcileSuppression(std::int64_t now);
    Result<void> reconcileService(std::int64_t now);
    store::Archive& m_archive;
    Suppression m_suppression;
};

} // namespace cityops::alerts
