#include "core/store/writersession.h"

#include "core/common/workerthread.h"

#include <QSemaphore>

using namespace Qt::StringLiterals;

namespace cityops::store {

WriterSession::WriterSession(ArchiveLocation location)
    : m_location(std::move(location))
    , m_worker(std::make_unique<WorkerThread>(u"observation-writer"_s))
{}

WriterSession::~WriterSession()
{
    QSemaphore closed;
    m_worker->post([this, &closed] {
        m_archive.reset(); // (the connection is closed on the thread it was made on)
        closed.release();
    });
    closed.acquire(); // the work posted before runs first: the queue runs in order
    m_worker.reset();
}

void WriterSession::post(std::function<void()> work)
{
    m_worker->post(std::move(work));
}

Result<Archive*> WriterSession::archive()
{
    if (!m_archive) {
        auto opened = Archive::open(m_location);
        if (!opened)
            return opened.error();
        m_archive = std::move(*opened);
    }
    return m_archive.get();
}

void WriterSession::drop()
{
    m_archive.reset();
}

} // namespace cityops::store
