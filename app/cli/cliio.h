#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace cityops::cli {

// Exit codes of cityops-cli, the same for every command.
enum ExitCode : int
{
    kExitOk = 0,
    kExitFailure = 1, // the command could not do its work (I/O, a broken built-in catalog)
    kExitInvalid = 2, // the input given to check is invalid (catalog --check)
    kExitUsage = 64,  // the command line itself is wrong (EX_USAGE)
};

// Standard output and standard error as UTF-8 text streams.
struct Io
{
    QTextStream& out;
    QTextStream& err;
};

// Adds --help, parses `arguments` and answers --help for `cityops-cli COMMAND`. Returns -1
// when the command should go on, else the exit code to return.
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& command, Io io);

// One JSON object on one line, as NDJSON output prints it.
QString jsonLine(const QJsonObject& o);

} // namespace cityops::cli
