#pragma once

#include <QStringList>

namespace cityops::test {

// cityops-cli run as a user runs it: a real process, its exit code and its output.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments, int timeoutMs = 60'000);
// The same, with this thread's event loop running meanwhile: for a server the test itself
// runs (QHttpServer on 127.0.0.1) that the command talks to.
CliRun runCliServing(const QStringList& arguments, int timeoutMs = 60'000);
// The desktop program run the same way (offscreen: for --help, --screenshot and errors).
CliRun runGui(const QStringList& arguments, int timeoutMs = 120'000);

} // namespace cityops::test
