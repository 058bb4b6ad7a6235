#include "core/stats/statsrunner.h"

#include "core/stats/statsengine.h"
#include "core/store/archive.h"

#include <QHash>
#include <QMutex>
#include <QThread>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

// An archive reader that owns its connection.
class OwnArchiveReader final : public store::SeriesReader
{
public:
    explicit OwnArchiveReader(std::unique_ptr<store::Archive> archive)
        : m_archive(std::move(archive))
        , m_reader(*m_archive)
    {}
    Result<QList<store::SeriesInfo>> series() override { return m_reader.series(); }
    Result<std::optional<store::SeriesInfo>> find(const store::SeriesKey& key) override
    {
        return m_reader.find(key);
    }
    Result<std::vector<store::Point>> points(const store::SeriesKey& key, std::int64_t from,
                                             std::int64_t to) override
    {
        return m_reader.points(key, from, to);
    }
    Result<std::vector<store::Bucket>> buckets(const store::SeriesKey& key, std::int64_t from,
                                               std::int64_t to, store::Bucketing bucketing) override
    {
        return m_reader.buckets(key, from, to, bucketing);
    }
    bool rollupsCheaper() const override { return m_reader.rollupsCheaper(); }

private:
    std::unique_ptr<store::Archive> m_archive;
    store::ArchiveReader m_reader;
};

} // namespace

// Runs on the worker thread; talks back to the runner through queued calls only.
struct StatsRunner::Worker : QObject
{
    Worker(std::shared_ptr<const Catalog> catalog, ReaderFactory factory)
        : catalog(std::move(catalog))
        , factory(std::move(factory))
    {}

    // The latest request of each channel: older ones stop at their next service.
    bool current(const QString& channel, quint64 request)
    {
        const QMutexLocker lock(&mutex);
        return latest.value(channel) == request && !stopping;
    }

    std::shared_ptr<const Catalog> catalog;
    ReaderFactory factory;
    std::unique_ptr<store::SeriesReader> reader;
    QMutex mutex;
    QHash<QString, quint64> latest; // guarded by mutex
    std::atomic<bool> stopping = false;
};

StatsRunner::StatsRunner(std::shared_ptr<const Catalog> catalog, ReaderFactory factory, QObject* parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_thread(new QThread)
    , m_worker(new Worker(m_catalog, std::move(factory)))
{
    m_thread->setObjectName(u"cityops-stats"_s);
    m_worker->moveToThread(m_thread);
    // The worker (and its reader) goes on its own thread as the thread ends, even when the
    // thread is told to quit before its event loop has started (a call posted to it then
    // would never run).
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

StatsRunner::~StatsRunner()
{
    m_worker->stopping = true;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 StatsRunner::run(const QString& channel, const QStringList& serviceIds, std::int64_t at)
{
    const quint64 request = m_nextRequest++;
    {
        const QMutexLocker lock(&m_worker->mutex);
        m_worker->latest.insert(channel, request);
    }
    ++m_pending;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, channel, serviceIds, at, request] {
        if (!worker->reader && worker->current(channel, request)) {
            auto made = worker->factory();
            if (made)
                worker->reader = std::move(*made);
            else
                for (const QString& id : serviceIds)
                    QMetaObject::invokeMethod(
                        this, [this, request, id, e = made.error()] { deliver(request, id, e); });
        }
        if (worker->reader) {
            StatsEngine engine(*worker->catalog, *worker->reader);
            for (const QString& id : serviceIds) {
                if (!worker->current(channel, request))
                    break;
                const StatService* service = worker->catalog->statService(id);
                Result<StatResult> result =
                    service ? engine.run(*service, at)
                            : Result<StatResult>(
                                  Error{ErrorCode::NotFound, tr("no such service %1").arg(id), QString()});
                QMetaObject::invokeMethod(
                    this, [this, request, id, result = std::move(result)] { deliver(request, id, result); });
            }
        }
        QMetaObject::invokeMethod(this, [this, request] {
            --m_pending;
            emit finished(request);
        });
    });
    return request;
}

void StatsRunner::deliver(quint64 request, const QString& serviceId, const Result<StatResult>& result)
{
    if (result)
        emit resultReady(request, serviceId, *result);
    else
        emit failed(request, serviceId, result.error().message);
}

StatsRunner::ReaderFactory StatsRunner::archiveReader(const store::ArchiveLocation& location)
{
    return [location]() -> Result<std::unique_ptr<store::SeriesReader>> {
        auto archive = store::Archive::open(location, false);
        if (!archive)
            return archive.error();
        return std::unique_ptr<store::SeriesReader>(std::make_unique<OwnArchiveReader>(std::move(*archive)));
    };
}

StatsRunner::ReaderFactory StatsRunner::storeReader(const store::SeriesStore& store)
{
    return [&store]() -> Result<std::unique_ptr<store::SeriesReader>> {
        return std::unique_ptr<store::SeriesReader>(std::make_unique<store::StoreReader>(store));
    };
}

} // namespace cityops::stats
