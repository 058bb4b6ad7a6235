#pragma once

// A console's view of its archive's alarms: the alarm log read on a thread of its own (its own
// connection), every `pollMs` and at once after an action, so the wall and the desk never wait
// on the database. What the operators do — acknowledge with a comment, shelve with a reason —
// goes through it to the same log, on the same thread. Lives on the GUI thread. With SQLite
// every console polls; the evaluator is elsewhere (the process that writes the data).

#include "core/alerts/alarmlog.h"
#include "core/store/archive.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace cityops {
class Clock;
class WorkerThread;
} // namespace cityops

namespace cityops::alerts {

class AlarmWatch final : public QObject
{
    Q_OBJECT
public:
    explicit AlarmWatch(const Clock& clock, QObject* parent = nullptr);
    ~AlarmWatch() override;

    void follow(const store::ArchiveLocation& location, int pollMs);
    // Reads the log again now (what changed arrives through changed()).
    void refresh();

    // The alarms not over, as last read: those that need attention (Alarm::needsAttention())
    // and those suppressed, which a list of what needs attention leaves out.
    const QList<Alarm>& alarms() const { return m_alarms; }
    bool hasRead() const { return m_read; }
    // Why the log could not be read, or empty.
    const QString& lastError() const { return m_lastError; }
    const std::optional<store::ArchiveLocation>& location() const { return m_location; }
    int unacknowledged() const;
    // Alarm-system health over the last 24 hours (core/alerts/alarmhealth.h), as last read.
    const QJsonObject& health() const { return m_health; }

    void acknowledge(const QString& id, const QString& user, const QString& comment);
    void shelve(const QString& id, const QString& user, const QString& reason, std::int64_t forMs);

signals:
    void changed();
    void failed(const QString& message);
    // An acknowledgement or a shelving done (error empty) or refused (error: why).
    void actionFinished(const QString& id, const QString& error);

private:
    struct Connection;
    template <typename Action> void act(const QString& id, Action action);
    // Reads the log (unless, not `force`d, nothing may have changed since the last read).
    void poll(Connection& connection, bool force = true);
    void take(const QList<Alarm>& alarms, const QJsonObject& health);

    const Clock& m_clock;
    std::shared_ptr<Connection> m_connection; // used on the thread only
    std::unique_ptr<WorkerThread> m_thread;
    std::optional<store::ArchiveLocation> m_location;
    QList<Alarm> m_alarms;
    QJsonObject m_health;
    QString m_lastError;
    bool m_read = false;
};

} // namespace cityops::alerts
