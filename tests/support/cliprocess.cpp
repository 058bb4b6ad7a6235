#include "tests/support/cliprocess.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace cityops::test {

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(CITYOPS_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "cityops-cli did not finish normally: "
                      << arguments.join(QLatin1Char(' ')).toStdString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cityops::test
