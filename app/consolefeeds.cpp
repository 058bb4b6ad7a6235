#include "app/consolefeeds.h"

#include "core/alerts/liverules.h"
#include "core/common/workerthread.h"
#include "core/store/archive.h"

#include <QSemaphore>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cityops::app {

struct ConsoleFeeds::Running
{
    feeds::FeedsConfig config;
    store::ArchiveLocation archive;
    std::unique_ptr<feeds::FeedCollector> collector;     // made, used and deleted on the thread
    std::atomic<feeds::FeedCollector*> started{nullptr}; // …and once started, read for its health
};

ConsoleFeeds::ConsoleFeeds(std::shared_ptr<const Catalog> catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
{}

ConsoleFeeds::~ConsoleFeeds()
{
    if (!m_thread)
        return;
    Running* running = m_running.get();
    QSemaphore stopped;
    m_thread->post([running, &stopped] {
        if (!running->collector) {
            stopped.release();
            return;
        }
        running->collector->onStopped([&stopped] { stopped.release(); });
        running->collector->stop();
    });
    stopped.acquire();
    QSemaphore deleted;
    m_thread->post([running, &deleted] {
        running->started = nullptr;
        running->collector.reset();
        deleted.release();
    });
    deleted.acquire();
    m_thread.reset();
}

Result<void> ConsoleFeeds::start(const QString& feedsFile, const store::ArchiveLocation& archive)
{
    auto loaded = feeds::FeedsConfig::load(feedsFile, *m_catalog);
    if (!loaded)
        return loaded.error();
    // A SQLite archive is made and claimed now, before the views follow it: a new one is there
    // at once, and a feeds file that may not write it is refused before a window opens. (A
    // PostgreSQL server is asked on the collector's thread: one that cannot be reached does not
    // hold up the window, and is asked again.)
    if (archive.kind == store::ArchiveLocation::Kind::Sqlite) {
        if (auto claimed = feeds::claimArchiveFor(*loaded, archive);
            !claimed && claimed.error().code == ErrorCode::Validation)
            return claimed.error();
    }
    m_running = std::make_unique<Running>();
    m_running->config = std::move(*loaded);
    m_running->archive = archive;
    m_thread = std::make_unique<WorkerThread>(u"feeds"_s);
    Running* running = m_running.get();
    const Catalog* catalog = m_catalog.get();
    m_thread->post([this, running, catalog] {
        const auto fail = [this](const Error& e) {
            QMetaObject::invokeMethod(this, [this, message = e.toString()] { emit failed(message); });
        };
        if (auto claimed = feeds::claimArchiveFor(running->config, running->archive); !claimed)
            return fail(claimed.error());
        running->collector =
            std::make_unique<feeds::FeedCollector>(running->config, *catalog, running->archive);
        running->collector->onPolled([this](const feeds::FeedPollSummary& s) {
            QMetaObject::invokeMethod(
                this, [this, feed = s.feed, errors = s.errors] { emit polled(feed, errors); });
        });
        running->collector->onSaid([this](const QString& line) {
            QMetaObject::invokeMethod(this, [this, line] { emit said(line); });
        });
        // (The console that collects writes the archive: it evaluates its rules.)
        running->collector->evaluateWith(alerts::liveRulesStep(*catalog));
        if (auto started = running->collector->start(); !started)
            return fail(started.error());
        running->started = running->collector.get();
    });
    return {};
}

std::vector<feeds::FeedHealth> ConsoleFeeds::health() const
{
    const feeds::FeedCollector* collector = m_running ? m_running->started.load() : nullptr;
    return collector ? collector->health() : std::vector<feeds::FeedHealth>(); // (it locks what it reads)
}

int ConsoleFeeds::polledFeeds() const
{
    int n = 0;
    for (const feeds::FeedConfig& f : m_running ? m_running->config.feeds : QList<feeds::FeedConfig>())
        n += f.protocol == feeds::FeedProtocol::Mqtt ? 0 : 1;
    return n;
}

} // namespace cityops::app
