#pragma once

// Statistics off the GUI thread: a worker thread of its own (low priority) with its own
// reader — an archive connection opened there, or the thread-safe in-memory store — runs
// the services asked for and hands each result back on the thread that owns the runner,
// one at a time, as it is ready. A request replaces what is still queued for the same
// channel (a page that changes its filter does not wait for its old request); a destroyed
// runner stops after the service in progress and delivers nothing more.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/stats/statresult.h"
#include "core/store/seriesreader.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cityops::stats {

class StatsRunner final : public QObject
{
    Q_OBJECT
public:
    // Makes the reader, on the worker thread, the first time one is needed.
    using ReaderFactory = std::function<Result<std::unique_ptr<store::SeriesReader>>()>;

    StatsRunner(std::shared_ptr<const Catalog> catalog, ReaderFactory factory, QObject* parent = nullptr);
    ~StatsRunner() override;

    // Queues the services (catalog ids) at the instant `at`; returns the request's number.
    // What `channel` still had queued is dropped.
    quint64 run(const QString& channel, const QStringList& serviceIds, std::int64_t at);
    // Requests started and not yet finished.
    int pending() const { return m_pending; }

    // A reader on an archive: a connection opened (never created) on the calling thread.
    static ReaderFactory archiveReader(const store::ArchiveLocation& location);
    // A reader on a store that outlives the runner.
    static ReaderFactory storeReader(const store::SeriesStore& store);

signals:
    void resultReady(quint64 request, const QString& serviceId, const cityops::stats::StatResult& result);
    void failed(quint64 request, const QString& serviceId, const QString& message);
    void finished(quint64 request);

private:
    struct Worker;
    void deliver(quint64 request, const QString& serviceId, const Result<StatResult>& result);

    std::shared_ptr<const Catalog> m_catalog;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr; // lives on m_thread
    quint64 m_nextRequest = 1;
    int m_pending = 0;
};

} // namespace cityops::stats
