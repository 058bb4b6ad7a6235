#include "core/alerts/alarmwatch.h"

#include "core/alerts/alarmhealth.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/common/workerthread.h"
#include "core/store/sqlconnection.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QTimer>

#include <functional>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

constexpr std::int64_t kFullReadMs = 5'000;
constexpr std::int64_t kDayMs = 86'400'000;

QString displayTime(std::int64_t utcMs)
{
    return toZone(utcMs, defaultDisplayZone()).toString(Qt::ISODate);
}

bool sameAlarms(const QList<Alarm>& a, const QList<Alarm>& b)
{
    const auto key = [](const Alarm& x) {
        return std::tie(x.id, x.severity, x.state, x.resolvedAt, x.acknowledgedBy, x.comment, x.shelvedUntil,
                        x.messageVi);
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const Alarm& x, const Alarm& y) { return key(x) == key(y); });
}

} // namespace

// The archive connection and log of the watch's thread.
struct AlarmWatch::Connection
{
    store::ArchiveLocation location;
    std::unique_ptr<store::Archive> archive;
    QString lastError;
    std::function<void()> notified; // on PostgreSQL: the log changed (LISTEN/NOTIFY)
    bool listening = false;
    // SQLite: the file's version when the log was last read (PRAGMA data_version changes with
    // every commit of another connection), and when that was, so a poll with nothing changed
    // costs one pragma; at least every kFullReadMs (and when a shelf runs out) it reads all.
    std::optional<qlonglong> dataVersion;
    QElapsedTimer sinceRead; // (wall time: a demo city's clock may stand still)
    std::optional<std::int64_t> shelfEnds;

    // Whether anything may have changed since the log was last read.
    bool changed(std::int64_t now)
    {
        if (!archive || archive->connection().database().driverName() != u"QSQLITE"_s)
            return true;
        auto version = archive->connection().scalar(u"PRAGMA data_version"_s);
        const std::optional<qlonglong> seen =
            version ? std::optional<qlonglong>(version->toLongLong()) : std::nullopt;
        const bool same = seen && seen == dataVersion && sinceRead.isValid() &&
                          sinceRead.elapsed() < kFullReadMs && !(shelfEnds && *shelfEnds <= now);
        dataVersion = seen;
        return !same;
    }
    void read(const QList<Alarm>& alarms)
    {
        sinceRead.start();
        shelfEnds.reset();
        for (const Alarm& a : alarms) {
            if (a.state == State::Shelved && a.shelvedUntil)
                shelfEnds = std::min(shelfEnds.value_or(*a.shelvedUntil), *a.shelvedUntil);
        }
    }

    Result<AlarmLog*> log()
    {
        if (!archive) {
            auto opened = store::Archive::open(location, false); // the writer owns the archive
            if (!opened)
                return opened.error();
            archive = std::move(*opened);
            m_log = std::make_unique<AlarmLog>(*archive);
            listen();
        }
        return m_log.get();
    }
    // A change made by any console (or the evaluator) is read at once, not at the next poll.
    void listen()
    {
        QSqlDriver* driver = archive->connection().database().driver();
        listening = driver && driver->hasFeature(QSqlDriver::EventNotifications) &&
                    driver->subscribeToNotification(alarmChannel());
        if (listening)
            QObject::connect(driver, &QSqlDriver::notification, driver, [this] {
                if (notified)
                    notified();
            });
    }
    void drop()
    {
        m_log.reset();
        archive.reset();
    }

private:
    std::unique_ptr<AlarmLog> m_log;
};

AlarmWatch::AlarmWatch(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

AlarmWatch::~AlarmWatch()
{
    m_thread.reset(); // stopped and waited for before anything its work refers to goes
}

int AlarmWatch::unacknowledged() const
{
    return int(std::count_if(m_alarms.begin(), m_alarms.end(), [](const Alarm& a) {
        return a.state == State::Unacknowledged || a.state == State::RtnUnacknowledged;
    }));
}

void AlarmWatch::follow(const store::ArchiveLocation& location, int pollMs)
{
    m_thread.reset();
    m_location = location;
    m_connection = std::make_shared<Connection>();
    m_connection->location = location;
    m_thread = std::make_unique<WorkerThread>(u"alarm-watch"_s);
    QObject* worker = m_thread->context();
    m_connection->notified = [this, connection = m_connection.get()] {
        poll(*connection);
    };
    m_thread->post([this, worker, pollMs, connection = m_connection] {
        auto* timer = new QTimer(worker);
        timer->setInterval(pollMs);
        connect(timer, &QTimer::timeout, worker, [this, connection] { poll(*connection, false); });
        timer->start();
        poll(*connection);
    });
}

void AlarmWatch::refresh()
{
    if (m_thread)
        m_thread->post([this, connection = m_connection] { poll(*connection); });
}

// On the thread: the log read, and what it holds handed to the GUI thread.
void AlarmWatch::poll(Connection& connection, bool force)
{
    auto log = connection.log();
    if (log && !force && !connection.changed(m_clock.nowMs()))
        return;
    auto listed = log ? (*log)->current(m_clock.nowMs()) : Result<QList<Alarm>>(log.error());
    if (!listed) {
        const QString message = listed.error().toString();
        connection.drop(); // reconnect next time
        if (message != connection.lastError)
            QMetaObject::invokeMethod(this, [this, message] {
                m_lastError = message;
                emit failed(message);
            });
        connection.lastError = message;
        return;
    }
    connection.lastError.clear();
    connection.read(*listed);
    // The supervisor's figures: the last 24 hours.
    const std::int64_t now = m_clock.nowMs();
    auto recent = (*log)->forHealth(now - kDayMs, now, now);
    const QJsonObject health =
        recent ? alarmHealth(*recent, {now - kDayMs, now}, &displayTime) : QJsonObject();
    QMetaObject::invokeMethod(this, [this, alarms = std::move(*listed), health] { take(alarms, health); });
}

void AlarmWatch::take(const QList<Alarm>& alarms, const QJsonObject& health)
{
    const bool same = m_read && m_lastError.isEmpty() && sameAlarms(alarms, m_alarms) && health == m_health;
    m_health = health;
    m_read = true;
    m_lastError.clear();
    if (same)
        return;
    m_alarms = alarms;
    emit changed();
}

template <typename Action> void AlarmWatch::act(const QString& id, Action action)
{
    if (!m_thread) {
        emit actionFinished(id, tr("No archive is followed."));
        return;
    }
    m_thread->post([this, connection = m_connection, id, action] {
        auto log = connection->log();
        QString error;
        if (!log)
            error = log.error().toString();
        else if (auto done = action(**log); !done)
            error = done.error().message;
        QMetaObject::invokeMethod(this, [this, id, error] { emit actionFinished(id, error); });
        poll(*connection);
    });
}

void AlarmWatch::acknowledge(const QString& id, const QString& user, const QString& comment)
{
    const Clock* clock = &m_clock; // (immutable, safe on the thread)
    act(id, [id, user, comment, clock](AlarmLog& log) -> Result<void> {
        auto done = log.acknowledge(id, user, comment, clock->nowMs());
        return done ? Result<void>() : Result<void>(done.error());
    });
}

void AlarmWatch::shelve(const QString& id, const QString& user, const QString& reason, std::int64_t forMs)
{
    const Clock* clock = &m_clock;
    act(id, [id, user, reason, forMs, clock](AlarmLog& log) -> Result<void> {
        auto done = log.shelve(id, user, reason, forMs, clock->nowMs());
        return done ? Result<void>() : Result<void>(done.error());
    });
}

} // namespace cityops::alerts
