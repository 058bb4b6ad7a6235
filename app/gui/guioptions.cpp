#include "app/gui/guioptions.h"

#include "core/common/timeutil.h"
#include "core/common/translations.h"
#include "core/sim/demorunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cstring>

using namespace Qt::StringLiterals;

namespace cityops::app {

Result<GuiOptions> parseGuiOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cityops::app::GuiOptions",
        "CityOps: the desktop client of Da Nang's Intelligent Operations Center."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("cityops::app::GuiOptions", "Language: vi (default) or en."),
        u"LANG"_s, u"vi"_s);
    const QCommandLineOption catalog(
        u"catalog"_s,
        QCoreApplication::translate("cityops::app::GuiOptions",
                                    "Use the catalog in DIR instead of the built-in one."),
        u"DIR"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("cityops::app::GuiOptions",
                                    "Render the window offscreen to the PNG file FILE and exit."),
        u"FILE"_s);
    const QCommandLineOption size(
        u"size"_s,
        QCoreApplication::translate("cityops::app::GuiOptions",
                                    "Size of the screenshot, WxH (default 1920x1080)."),
        u"WxH"_s, u"1920x1080"_s);
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("cityops::app::GuiOptions",
                                    "Run on the demo city (a simulated Da Nang in an archive of its own)."));
    const QCommandLineOption demoDb(
        u"demo-db"_s,
        QCoreApplication::translate("cityops::app::GuiOptions",
                                    "With --demo: the demo archive (default: %1).")
            .arg(sim::DemoRunner::defaultArchivePath()),
        u"DB"_s);
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("cityops::app::GuiOptions", text);
    };
    const QCommandLineOption db(
        u"db"_s, tr("Without --demo: the archive to show (default: the live archive)."), u"DB"_s);
    const QCommandLineOption at(
        u"at"_s,
        tr("With --demo: show the demo city at this instant (2024-10-14T08:00, Da Nang "
           "time unless a zone is given), with the clock stopped there."),
        u"TIME"_s);
    const QCommandLineOption wall(u"wall"_s, tr("The video wall: full-screen kiosk pages that rotate."));
    const QCommandLineOption screenOption(u"screen"_s,
                                          tr("With --wall: only screen N of the wall (0-based)."), u"N"_s);
    const QCommandLineOption wallConfig(u"wall-config"_s,
                                        tr("With --wall: the wall's pages from FILE (JSON)."), u"FILE"_s);
    const QCommandLineOption page(u"page"_s, tr("With --wall --screenshot: which page to render (0-based)."),
                                  u"N"_s, u"0"_s);
    const QCommandLineOption group(u"group"_s,
                                   tr("Open the desk on this data group (an id, e.g. rain-flood)."), u"ID"_s);
    const QCommandLineOption mapLayer(
        u"map-layer"_s, tr("Draw the map from this GeoJSON file instead of the built-in schematic."),
        u"FILE"_s);
    const QCommandLineOption basemap(u"basemap"_s,
                                     tr("A raster basemap under the map: an .mbtiles file or an "
                                        "https://…/{z}/{x}/{y}.png URL (off by default)."),
                                     u"SOURCE"_s);
    const QCommandLineOption scenario(
        u"scenario"_s,
        tr("With --demo: play a scenario (storm-flood, traffic-accident, air-pollution, …) or a JSON file."),
        u"NAME"_s);
    const QCommandLineOption scenarioAt(
        u"scenario-at"_s, tr("When the scenario starts (default: 6 hours before --at, or now)."), u"TIME"_s);
    parser.addOptions({lang, catalog, screenshot, size, demo, demoDb, db, at, wall, screenOption, wallConfig,
                       page, group, mapLayer, basemap, scenario, scenarioAt});

    if (!parser.parse(arguments))
        return Error{ErrorCode::InvalidArgument, parser.errorText(), {}};

    GuiOptions options;
    options.showHelp = parser.isSet(u"help"_s);
    options.showVersion = parser.isSet(u"version"_s);
    options.helpText = parser.helpText();

    const auto language = parseLanguage(parser.value(lang));
    if (!language) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("cityops::app::GuiOptions", "--lang must be vi or en"),
                     parser.value(lang)};
    }
    options.language = *language;
    options.catalogDirectory = parser.value(catalog);
    options.screenshotPath = parser.value(screenshot);
    options.demo = parser.isSet(demo);
    options.demoArchive = parser.isSet(demoDb) ? parser.value(demoDb) : sim::DemoRunner::defaultArchivePath();

    options.liveArchive = parser.value(db);
    options.wall = parser.isSet(wall);
    options.wallConfig = parser.value(wallConfig);
    options.group = parser.value(group);
    options.mapLayer = parser.value(mapLayer);
    options.basemap = parser.value(basemap);
    if (parser.isSet(screenOption)) {
        bool ok = false;
        options.screen = parser.value(screenOption).toInt(&ok);
        if (!ok || options.screen < 0 || options.screen > 63)
            return Error{ErrorCode::InvalidArgument, tr("--screen must be a screen number from 0"),
                         parser.value(screenOption)};
    }
    {
        bool ok = false;
        options.page = parser.value(page).toInt(&ok);
        if (!ok || options.page < 0)
            return Error{ErrorCode::InvalidArgument, tr("--page must be a page number from 0"),
                         parser.value(page)};
    }
    const auto instant = [&](const QCommandLineOption& option) -> Result<qint64> {
        auto parsed = parseInstant(parser.value(option), defaultDisplayZone());
        if (!parsed)
            return Error{
                ErrorCode::InvalidArgument,
                tr("--%1 must be a date and time like 2024-10-14T08:00").arg(option.names().constFirst()),
                parser.value(option)};
        return *parsed;
    };
    if (parser.isSet(at)) {
        if (!options.demo)
            return Error{ErrorCode::InvalidArgument,
                         tr("--at needs --demo: only the demo city can be shown at any instant"),
                         parser.value(at)};
        auto when = instant(at);
        if (!when)
            return when.error();
        options.at = *when;
    }
    if (parser.isSet(scenario) || parser.isSet(scenarioAt)) {
        if (!options.demo)
            return Error{ErrorCode::InvalidArgument, tr("a scenario plays on the demo city: add --demo"),
                         parser.value(scenario)};
        options.scenario = parser.value(scenario);
        if (parser.isSet(scenarioAt)) {
            auto when = instant(scenarioAt);
            if (!when)
                return when.error();
            options.scenarioAt = *when;
        }
    }
    if (options.demo && !options.liveArchive.isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     tr("--db names a live archive; the demo city uses --demo-db"), options.liveArchive};

    static const QRegularExpression sizePattern(u"^([0-9]{2,5})x([0-9]{2,5})$"_s);
    const auto match = sizePattern.match(parser.value(size));
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < 320 || height < 240 || width > 16384 || height > 16384) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("cityops::app::GuiOptions",
                                        "--size must be WIDTHxHEIGHT between 320x240 and 16384x16384"),
            parser.value(size)};
    }
    options.screenshotSize = QSize(width, height);
    if (!parser.positionalArguments().isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("cityops::app::GuiOptions", "Unexpected argument"),
                     parser.positionalArguments().constFirst()};
    }
    return options;
}

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

} // namespace cityops::app
