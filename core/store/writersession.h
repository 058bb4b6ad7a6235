#pragma once

// WriterSession: an archive's writing connection on a thread of its own, kept from one
// ingest run to the next. A collector polls its feeds into one archive for weeks; with a
// session its ObservationWriters share one connection, and what the archive taught it (its
// series, where each of them ends) is not read again at every poll. Without one, each
// ObservationWriter opens a connection for its run alone, as a file ingest does.
//
// After an error the connection is closed and the next run opens another (a PostgreSQL
// server restarted, a disk that filled up and was cleared).
//
// The owner creates and destroys it on a thread other than its own.

#include "core/common/result.h"
#include "core/store/archive.h"

#include <functional>
#include <memory>

namespace cityops {
class WorkerThread;
}

namespace cityops::store {

class WriterSession
{
public:
    explicit WriterSession(ArchiveLocation location);
    ~WriterSession(); // closes the connection on its thread, then stops the thread
    WriterSession(const WriterSession&) = delete;
    WriterSession& operator=(const WriterSession&) = delete;

    const ArchiveLocation& location() const { return m_location; }
    // Runs `work` on the session's thread, after what was posted before.
    void post(std::function<void()> work);

    // On the session's thread: the archive, opened (and created or migrated) when it is not.
    Result<Archive*> archive();
    // On the session's thread: closes the connection; the next archive() opens another.
    void drop();

private:
    ArchiveLocation m_location;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<WorkerThread> m_worker;
};

} // namespace cityops::store
