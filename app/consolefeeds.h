#pragma once

// `cityops --feeds FILE`: the collector of `cityops-cli feeds run` in the console's own
// process, on a thread of its own (its polls never hold the GUI thread), writing into the
// archive the console follows, so the wall and the desk follow what it collects. What it
// reports comes to the GUI thread as signals. On a shared PostgreSQL archive one collector
// runs on a server instead, and every console only follows.

#include "core/common/result.h"
#include "core/feeds/collector.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace cityops {
class WorkerThread;
}

namespace cityops::app {

class ConsoleFeeds : public QObject, public feeds::FeedHealthSource
{
    Q_OBJECT

public:
    explicit ConsoleFeeds(std::shared_ptr<const Catalog> catalog, QObject* parent = nullptr);
    // Stops the collector: a poll under way is finished and written, what the MQTT brokers
    // delivered is written.
    ~ConsoleFeeds() override;

    // Reads and checks the feeds file here (and makes and claims a SQLite archive: a feeds file
    // that may not write it is refused here); claims the archive and starts collecting on the
    // collector's thread (a problem there comes as failed()).
    Result<void> start(const QString& feedsFile, const store::ArchiveLocation& archive);
    std::vector<feeds::FeedHealth> health() const override;
    // The feeds that are polled (not MQTT): how many polled() a screenshot waits for.
    int polledFeeds() const;

signals:
    void polled(const QString& feed, const QStringList& errors);
    void said(const QString& line);
    void failed(const QString& message);

private:
    struct Running;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<Running> m_running;
    std::unique_ptr<WorkerThread> m_thread;
};

} // namespace cityops::app
