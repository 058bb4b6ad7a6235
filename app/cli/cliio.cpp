#include "app/cli/cliio.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cityops::cli {

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& command, Io io)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << '\n';
        return kExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationName() + u" [options]"_s,
                                            QCoreApplication::applicationName() + u' ' + command +
                                                u" [options]"_s);
        return kExitOk;
    }
    return -1;
}

} // namespace cityops::cli
