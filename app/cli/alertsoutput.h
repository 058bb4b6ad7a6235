#pragma once

// How `cityops-cli alerts` prints alarms, their history and its errors (alertsoutput.cpp).

#include "app/cli/cliio.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <optional>

namespace cityops::alerts {
class AlarmLog;
struct Alarm;
struct OutOfService;
} // namespace cityops::alerts
namespace cityops::warnings {
struct ReplayedAlarm;
}

namespace cityops::cli {

// Messages a person reads; lupdate files them under "cityops::cli::alerts".
struct AlertsText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::alerts)
};

// One line on standard error; returns `code`.
int fail(Io io, const Error& e, int code);

// {"id", "rule", "place", "severity", "firedAt", "resolvedAt", "peakValue", "message", "messageEn"}
QJsonObject replayedJson(const warnings::ReplayedAlarm& a);
// The same with its state, acknowledgement and shelf.
QJsonObject storedJson(const alerts::Alarm& a);

// alerts list: {"alerts": [...]} (or one line per alarm); `state` as --state gives it.
int printList(alerts::AlarmLog& log, const QString& state, bool text, Io io);
// alerts history: {"id", "history": [{"at", "who", "from", "to", "comment"}]}.
int printHistory(alerts::AlarmLog& log, const QString& id, Io io);
// alerts health: the alarm system against the ISA-18.2 targets, over [from, to) (by default
// from the first alarm to just after the last change to one).
int printHealth(alerts::AlarmLog& log, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                Io io);
// ack, shelve: the alarm as it now is, or the reason nothing changed (exit 2).
// out-of-service without --place: {"outOfService": [{"place", "rule", "since", "by", "reason"}]}.
int printOutOfService(const Result<QList<alerts::OutOfService>>& listed, Io io);
// out-of-service, in-service: the period begun or ended, or the error (exit 2).
int printServiceChange(const Result<alerts::OutOfService>& changed, Io io);
int printChanged(const Result<alerts::Alarm>& changed, Io io);

} // namespace cityops::cli
