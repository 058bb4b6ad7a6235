#include "tests/support/cliprocess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <gtest/gtest.h>

namespace cityops::test {

namespace {

bool finishes(QProcess& process, int timeoutMs, bool serving)
{
    if (!serving)
        return process.waitForFinished(timeoutMs);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    return process.state() == QProcess::NotRunning;
}

CliRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs, bool serving = false)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    if (!finishes(process, timeoutMs, serving) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << program.toStdString()
                      << " did not finish normally: " << arguments.join(QLatin1Char(' ')).toStdString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(CITYOPS_CLI_PATH), arguments, timeoutMs);
}

CliRun runCliServing(const QStringList& arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(CITYOPS_CLI_PATH), arguments, timeoutMs, true);
}

CliRun runGui(const QStringList& arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(CITYOPS_GUI_PATH), arguments, timeoutMs);
}

} // namespace cityops::test
