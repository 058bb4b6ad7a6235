// cityops-cli: the headless face of CityOps. It links the core only, which is the
// living proof that the core needs no GUI.

#include "app/cli/alertscommands.h"
#include "app/cli/catalogcommand.h"
#include "app/cli/cliio.h"
#include "app/cli/feedscommands.h"
#include "app/cli/simcommands.h"
#include "app/cli/statscommands.h"
#include "app/cli/storecommands.h"
#include "core/common/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace cityops;

namespace {

struct Command
{
    QString name;
    const char* summary; // translated when printed
    int (*run)(const QStringList& arguments, cli::Io io);
};

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {u"catalog"_s,
         QT_TRANSLATE_NOOP("cityops::cli", "Show or check the catalog of data groups and indicators"),
         cli::runCatalogCommand},
        {u"ingest"_s,
         QT_TRANSLATE_NOOP("cityops::cli", "Read CSV or NDJSON files into the archive through a mapping"),
         cli::runIngestCommand},
        {u"query"_s,
         QT_TRANSLATE_NOOP("cityops::cli", "Print a series from the archive, as points or buckets"),
         cli::runQueryCommand},
        {u"series"_s, QT_TRANSLATE_NOOP("cityops::cli", "List the series in the archive"),
         cli::runSeriesCommand},
        {u"simulate"_s, QT_TRANSLATE_NOOP("cityops::cli", "Write the demo city into an archive of its own"),
         cli::runSimulateCommand},
        {u"serve"_s,
         QT_TRANSLATE_NOOP("cityops::cli",
                           "Serve the demo city live: NGSI-v2, SensorThings and MQTT on loopback"),
         cli::runServeCommand},
        {u"stats"_s,
         QT_TRANSLATE_NOOP("cityops::cli", "Run the statistics and comparison services, or any kind ad hoc"),
         cli::runStatsCommand},
        {u"alerts"_s,
         QT_TRANSLATE_NOOP(
             "cityops::cli",
             "Replay the archive through the early-warning rules; list, acknowledge and shelve alarms"),
         cli::runAlertsCommand},
        {u"feeds"_s,
         QT_TRANSLATE_NOOP("cityops::cli",
                           "Try a live feed: read an NGSI-v2 broker to the end, writing nothing"),
         cli::runFeedsCommand},
        {u"quarantine"_s,
         QT_TRANSLATE_NOOP("cityops::cli", "List quarantined input with file, line and reason"),
         cli::runQuarantineCommand},
    };
    return list;
}

QString usage()
{
    QString text = QCoreApplication::translate("cityops::cli", "Usage: %1 [--lang vi|en] COMMAND [options]")
                       .arg(QCoreApplication::applicationName()) +
                   u"\n\n"_s +
                   QCoreApplication::translate("cityops::cli",
                                               "CityOps, the operations-center client, without a window.") +
                   u"\n\n"_s + QCoreApplication::translate("cityops::cli", "Commands:") + u"\n"_s;
    for (const Command& command : commands()) {
        text += u"  %1  %2\n"_s.arg(command.name, -12)
                    .arg(QCoreApplication::translate("cityops::cli", command.summary));
    }
    text += u"\n"_s + QCoreApplication::translate("cityops::cli", "Options:") + u"\n"_s;
    text += u"  --lang vi|en   %1\n"_s.arg(
        QCoreApplication::translate("cityops::cli", "Language of messages (default: vi)"));
    text += u"  --version      %1\n"_s.arg(
        QCoreApplication::translate("cityops::cli", "Print the version and exit"));
    text += u"  --help         %1\n"_s.arg(
        QCoreApplication::translate("cityops::cli", "Print this help and exit"));
    text += u"\n"_s +
            QCoreApplication::translate("cityops::cli", "'%1 COMMAND --help' describes a command.")
                .arg(QCoreApplication::applicationName()) +
            u"\n"_s;
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cityops-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYOPS_VERSION));
    QCoreApplication::setOrganizationName(u"CityOps"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Io io{out, err};

    QStringList arguments = QCoreApplication::arguments();
    const QString langText = languageArgument(arguments);
    const auto language = langText.isEmpty() ? std::optional(Language::Vietnamese) : parseLanguage(langText);
    if (!language) {
        err << "cityops-cli: --lang must be vi or en, not '" << langText << "'\n";
        return cli::kExitUsage;
    }
    if (!installTranslations(app, *language))
        err << "cityops-cli: translations missing from this build\n";

    // Global options come before the command; the command's own parser sees the rest
    // (and accepts --lang again, so "catalog --lang en" works too).
    qsizetype index = 1;
    while (index < arguments.size() && arguments.at(index).startsWith(u'-')) {
        const QString& arg = arguments.at(index);
        if (arg == u"--version"_s || arg == u"-v"_s) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                << '\n';
            return cli::kExitOk;
        }
        if (arg == u"--help"_s || arg == u"-h"_s) {
            out << usage();
            return cli::kExitOk;
        }
        if (arg == u"--lang"_s) {
            index += 2;
            continue;
        }
        if (arg.startsWith(u"--lang="_s)) {
            ++index;
            continue;
        }
        err << QCoreApplication::translate("cityops::cli", "Unknown option: %1").arg(arg) << "\n\n"
            << usage();
        return cli::kExitUsage;
    }
    if (index >= arguments.size()) {
        err << usage();
        return cli::kExitUsage;
    }

    const QString name = arguments.at(index);
    for (const Command& command : commands()) {
        if (command.name == name) {
            QStringList commandArguments{QCoreApplication::applicationName()};
            commandArguments += arguments.mid(index + 1);
            return command.run(commandArguments, io);
        }
    }
    err << QCoreApplication::translate("cityops::cli", "Unknown command: %1").arg(name) << "\n\n" << usage();
    return cli::kExitUsage;
}
