#pragma once

// `cityops-cli serve` started by a test on 127.0.0.1 (any free port), its address read from
// what it prints; killed at the end unless the test terminates it.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/types.h>

namespace cityops::test {

// A running `serve`, killed at the end (terminate() sends SIGTERM and waits).
class Served
{
public:
    explicit Served(QStringList extra = {}, const QString& http = QStringLiteral("127.0.0.1:0"),
                    const QString& from = QStringLiteral("2024-10-14T08:00"))
    {
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(QStringLiteral(CITYOPS_CLI_PATH),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--http"), http,
                                    QStringLiteral("--from"), from} +
                            extra);
        QByteArray out;
        while (m_process.waitForReadyRead(10'000)) {
            out += m_process.readAllStandardOutput();
            const qsizetype at = out.indexOf("listening ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                base = QString::fromLatin1(out.mid(at + 10, out.indexOf('\n', at) - at - 10));
                break;
            }
        }
    }
    ~Served() { kill(); }
    // SIGKILL: gone at once, as a crashed server is.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // SIGTERM; the exit code, or -1 when it did not stop within 5 s.
    int terminate()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(5000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    QString base;

private:
    QProcess m_process;
};

} // namespace cityops::test
