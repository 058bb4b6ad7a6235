#pragma once

// mosquitto started by a test on 127.0.0.1:port, keeping its sessions and queued messages in
// `dir`: saved when it is stopped with SIGTERM and every second (so that a broker
// killed keeps them too, as the README tells a city to configure it), read when it starts
// again.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace cityops::test {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class MosquittoBroker
{
public:
    MosquittoBroker(const QString& dir, quint16 port)
        : m_conf(dir + QStringLiteral("/mosquitto.conf"))
    {
        QFile conf(m_conf);
        if (conf.open(QIODevice::WriteOnly))
            conf.write("listener " + QByteArray::number(port) +
                       " 127.0.0.1\nallow_anonymous true\npersistence true\npersistence_location " +
                       dir.toUtf8() + "/\n" +
                       // (What the broker queues for an absent client: mosquitto's default,
                       // 1,000 messages, is a second of the demo city at 3,600x, and what is
                       // over it is dropped.)
                       "max_queued_messages 1000000\n" +
                       // (Saved every second, not only at exit or every 30 minutes: what a
                       // broker killed had not saved is lost.)
                       "autosave_interval 1\n" +
                       // (Started as root, mosquitto would become the user "mosquitto", who
                       // cannot write its persistence in this test's folder.)
                       "user " + QByteArray(getpwuid(geteuid())->pw_name) + "\n");
    }
    ~MosquittoBroker() { stop(); }
    MosquittoBroker(const MosquittoBroker&) = delete;
    MosquittoBroker& operator=(const MosquittoBroker&) = delete;

    bool start()
    {
        m_process.start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), m_conf});
        if (!m_process.waitForStarted(5000))
            return false;
        QThread::msleep(300); // (listening)
        return m_process.state() == QProcess::Running;
    }
    void stop() // SIGTERM: the broker saves its sessions and queues
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    void kill() // SIGKILL: gone at once, as a crashed broker is
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QString m_conf;
    QProcess m_process;
};

} // namespace cityops::test
