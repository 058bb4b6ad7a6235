#include "app/cli/catalogcommand.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogjson.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/valueformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

bool english()
{
    return QLocale().language() == QLocale::English;
}

const QString& localized(const LocalizedText& text)
{
    return text.in(english() ? Language::English : Language::Vietnamese);
}

void printSummary(const Catalog& catalog, const QString& source, QTextStream& out)
{
    out << QCoreApplication::translate("cityops::cli::catalog", "CityOps catalog: %1").arg(source) << '\n';
    out << QCoreApplication::translate("cityops::cli::catalog",
                                       "%1 data groups, %2 indicators (%3 KPIs), %4 areas, %5 stations, "
                                       "%6 statistics services, %7 warning rules")
               .arg(catalog.groups.size())
               .arg(catalog.indicators.size())
               .arg(catalog.kpis().size())
               .arg(catalog.areas.size())
               .arg(catalog.stations.size())
               .arg(catalog.statServices.size())
               .arg(catalog.warningRules.size())
        << "\n\n";

    out << QCoreApplication::translate("cityops::cli::catalog", "Data groups") << '\n';
    for (const Group& group : catalog.groups) {
        out << u"  %1  %2  %3\n"_s.arg(group.order, 2)
                   .arg(localized(group.name), -32)
                   .arg(QCoreApplication::translate("cityops::cli::catalog", "%n indicator(s)", nullptr,
                                                    int(catalog.indicatorsOfGroup(group.id).size())));
    }

    out << '\n' << QCoreApplication::translate("cityops::cli::catalog", "KPIs") << '\n';
    const bool en = english();
    for (const Indicator* kpi : catalog.kpis()) {
        const Unit* unit = catalog.unit(kpi->unit);
        QStringList parts;
        if (kpi->reported) {
            parts << QCoreApplication::translate("cityops::cli::catalog", "%1 (%2)")
                         .arg((kpi->reported->approximate ? u"≈ "_s : QString()) +
                                  formatValue(kpi->reported->value, *kpi, unit, en),
                              kpi->reported->asOf);
        }
        if (kpi->national) {
            if (kpi->national->value) {
                parts << QCoreApplication::translate("cityops::cli::catalog", "national %1")
                             .arg(formatValue(*kpi->national->value, *kpi, unit, en));
            } else if (kpi->national->ratio) {
                parts << QCoreApplication::translate("cityops::cli::catalog", "%1x the national average")
                             .arg(formatNumber(*kpi->national->ratio, 1));
            }
        }
        for (const Target& target : kpi->targets) {
            const QString goal = formatTarget(target, *kpi, unit, en);
            parts << QCoreApplication::translate("cityops::cli::catalog", "target %1: %2")
                         .arg(target.year)
                         .arg(goal);
        }
        out << u"  %1\n      %2\n"_s.arg(localized(kpi->name), parts.join(u" · "_s));
    }
}

} // namespace

int runCatalogCommand(const QStringList& arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cityops::cli::catalog",
        "Shows the catalog of data groups, indicators, areas and stations, or checks "
        "a catalog directory."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        u"json"_s,
        QCoreApplication::translate("cityops::cli::catalog", "Print the whole catalog as one JSON object."));
    const QCommandLineOption checkOption(
        u"check"_s,
        QCoreApplication::translate(
            "cityops::cli::catalog",
            "Validate the catalog directory PATH: exit 0 when valid, 2 with one line per "
            "problem otherwise."),
        u"PATH"_s);
    const QCommandLineOption catalogOption(
        u"catalog"_s,
        QCoreApplication::translate("cityops::cli::catalog",
                                    "Use the catalog in DIR instead of the built-in one."),
        u"DIR"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("cityops::cli::catalog", "Language of the output: vi or en."),
        u"LANG"_s);
    parser.addOptions({jsonOption, checkOption, catalogOption, langOption});

    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << '\n';
        return kExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationName() + u" [options]"_s,
                                            QCoreApplication::applicationName() + u" catalog [options]"_s);
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cityops::cli::catalog", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst())
               << '\n';
        return kExitUsage;
    }

    if (parser.isSet(checkOption)) {
        const QString path = parser.value(checkOption);
        QList<CatalogProblem> problems;
        const auto catalog = CatalogLoader::load(path, &problems);
        if (!catalog) {
            for (const CatalogProblem& problem : problems)
                io.out << problem.toString() << '\n';
            io.err << catalog.error().message << '\n';
            return kExitInvalid;
        }
        io.out << QCoreApplication::translate("cityops::cli::catalog",
                                              "%1: valid (%2 groups, %3 indicators, %4 areas, %5 stations)")
                      .arg(path)
                      .arg(catalog->groups.size())
                      .arg(catalog->indicators.size())
                      .arg(catalog->areas.size())
                      .arg(catalog->stations.size())
               << '\n';
        return kExitOk;
    }

    const bool builtIn = !parser.isSet(catalogOption);
    const QString directory = builtIn ? CatalogLoader::embeddedDirectory() : parser.value(catalogOption);
    const auto catalog = CatalogLoader::load(directory);
    if (!catalog) {
        io.err << catalog.error().message << '\n' << catalog.error().detail << '\n';
        return kExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        io.out << QString::fromUtf8(QJsonDocument(catalogToJson(*catalog)).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    printSummary(*catalog,
                 builtIn ? QCoreApplication::translate("cityops::cli::catalog", "built-in") : directory,
                 io.out);
    return kExitOk;
}

} // namespace cityops::cli
