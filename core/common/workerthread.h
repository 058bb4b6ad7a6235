#pragma once

// A thread of its own with an object living on it: post work to it, parent timers to its
// context(). The destructor stops the thread and waits for it, so work posted here never
// outlives what it refers to when the owner is destroyed first.

#include <QObject>
#include <QThread>

#include <utility>

namespace cityops {

class WorkerThread
{
public:
    explicit WorkerThread(const QString& name)
        : m_context(new QObject)
    {
        m_thread.setObjectName(name);
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The object on the thread: the context of posted work and the parent of its timers.
    QObject* context() const { return m_context; }
    template <typename Function> void post(Function&& function)
    {
        QMetaObject::invokeMethod(m_context, std::forward<Function>(function));
    }

private:
    QThread m_thread;
    QObject* m_context; // deleted on the thread when it finishes
};

} // namespace cityops
