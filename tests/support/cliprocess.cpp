#include "tests/support/cliprocess.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace cityops::test {

namespace {

CliRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
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

CliRun runGui(const QStringList& arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(CITYOPS_GUI_PATH), arguments, timeoutMs);
}

} // namespace cityops::test
