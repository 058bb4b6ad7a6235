#include "app/cli/cliio.h"

#include <QCoreApplication>
#include <QJsonDocument>

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
        // The usage line names the program as it was started (a path, in the language of
        // the help); a person runs "cityops-cli COMMAND".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), QCoreApplication::applicationName() + u' ' + command);
        io.out << help;
        return kExitOk;
    }
    return -1;
}

QString jsonLine(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace cityops::cli
