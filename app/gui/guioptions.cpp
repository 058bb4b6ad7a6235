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

namespace {

// Messages a person reads; lupdate files them under "cityops::app::GuiOptions".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::app::GuiOptions)
};

// The options of the command line, in the order --help lists them.
struct OptionSet
{
    const QCommandLineOption lang{u"lang"_s, Text::tr("Language: vi (default) or en."), u"LANG"_s, u"vi"_s};
    const QCommandLineOption catalog{
        u"catalog"_s, Text::tr("Use the catalog in DIR instead of the built-in one."), u"DIR"_s};
    const QCommandLineOption screenshot{
        u"screenshot"_s, Text::tr("Render the window offscreen to the PNG file FILE and exit."), u"FILE"_s};
    const QCommandLineOption size{u"size"_s, Text::tr("Size of the screenshot, WxH (default 1920x1080)."),
                                  u"WxH"_s, u"1920x1080"_s};
    const QCommandLineOption demo{
        u"demo"_s, Text::tr("Run on the demo city (a simulated Da Nang in an archive of its own).")};
    const QCommandLineOption demoDb{
        u"demo-db"_s,
        Text::tr("With --demo: the demo archive (default: %1).").arg(sim::DemoRunner::defaultArchivePath()),
        u"DB"_s};
    const QCommandLineOption db{
        u"db"_s, Text::tr("Without --demo: the archive to show (default: the live archive)."), u"DB"_s};
    const QCommandLineOption at{
        u"at"_s,
        Text::tr("With --demo: show the demo city at this instant (2024-10-14T08:00, Da Nang "
                 "time unless a zone is given), with the clock stopped there."),
        u"TIME"_s};
    const QCommandLineOption wall{u"wall"_s,
                                  Text::tr("The video wall: full-screen kiosk pages that rotate.")};
    const QCommandLineOption screenOption{
        u"screen"_s, Text::tr("With --wall: only screen N of the wall (0-based)."), u"N"_s};
    const QCommandLineOption wallConfig{
        u"wall-config"_s, Text::tr("With --wall: the wall's pages from FILE (JSON)."), u"FILE"_s};
    const QCommandLineOption page{
        u"page"_s, Text::tr("With --wall --screenshot: which page to render (0-based)."), u"N"_s, u"0"_s};
    const QCommandLineOption group{
        u"group"_s, Text::tr("Open the desk on this data group (an id, e.g. rain-flood)."), u"ID"_s};
    const QCommandLineOption stats{
        u"stats"_s, Text::tr("With --group: open the group's statistics services (\"Thống kê\").")};
    const QCommandLineOption alarms{u"alarms"_s, Text::tr("Open the desk on its alarm panel.")};
    const QCommandLineOption alarmHealth{
        u"alarm-health"_s, Text::tr("Open the desk on the alarm system's health (the supervisor's view).")};
    const QCommandLineOption mapLayer{
        u"map-layer"_s, Text::tr("Draw the map from this GeoJSON file instead of the built-in schematic."),
        u"FILE"_s};
    const QCommandLineOption basemap{u"basemap"_s,
                                     Text::tr("A raster basemap under the map: an .mbtiles file or an "
                                              "https://…/{z}/{x}/{y}.png URL (off by default)."),
                                     u"SOURCE"_s};
    const QCommandLineOption scenario{
        u"scenario"_s,
        Text::tr(
            "With --demo: play a scenario (storm-flood, traffic-accident, air-pollution, …) or a JSON file."),
        u"NAME"_s};
    const QCommandLineOption feedHealth{
        u"feed-health"_s, Text::tr("With --feeds: open the desk on the feeds' health (one row per feed).")};
    const QCommandLineOption feeds{
        u"feeds"_s,
        Text::tr("Collect the feeds of this feeds file into the archive shown (--db), in this process, "
                 "as cityops-cli feeds run does; the wall and the desk follow it. Not with --demo."),
        u"FILE"_s};
    const QCommandLineOption scenarioAt{
        u"scenario-at"_s, Text::tr("When the scenario starts (default: 6 hours before --at, or now)."),
        u"TIME"_s};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({lang,     catalog,    screenshot, size,         demo,       demoDb,
                           db,       at,         wall,       screenOption, wallConfig, page,
                           group,    stats,      alarms,     alarmHealth,  mapLayer,   basemap,
                           scenario, scenarioAt, feeds,      feedHealth});
    }
};

Error invalid(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidArgument, message, detail};
}

// --screen and --page: small whole numbers.
Result<void> readNumbers(const QCommandLineParser& parser, const OptionSet& o, GuiOptions& options)
{
    if (parser.isSet(o.screenOption)) {
        bool ok = false;
        options.screen = parser.value(o.screenOption).toInt(&ok);
        if (!ok || options.screen < 0 || options.screen > 63)
            return invalid(Text::tr("--screen must be a screen number from 0"), parser.value(o.screenOption));
    }
    bool ok = false;
    options.page = parser.value(o.page).toInt(&ok);
    if (!ok || options.page < 0)
        return invalid(Text::tr("--page must be a page number from 0"), parser.value(o.page));
    return {};
}

Result<qint64> readInstant(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    auto parsed = parseInstant(parser.value(option), defaultDisplayZone());
    if (!parsed)
        return invalid(
            Text::tr("--%1 must be a date and time like 2024-10-14T08:00").arg(option.names().constFirst()),
            parser.value(option));
    return *parsed;
}

// --at, --scenario and --scenario-at: only on the demo city, which never uses --db.
Result<void> readDemo(const QCommandLineParser& parser, const OptionSet& o, GuiOptions& options)
{
    if (parser.isSet(o.at)) {
        if (!options.demo)
            return invalid(Text::tr("--at needs --demo: only the demo city can be shown at any instant"),
                           parser.value(o.at));
        auto when = readInstant(parser, o.at);
        if (!when)
            return when.error();
        options.at = *when;
    }
    if (parser.isSet(o.scenario) || parser.isSet(o.scenarioAt)) {
        if (!options.demo)
            return invalid(Text::tr("a scenario plays on the demo city: add --demo"),
                           parser.value(o.scenario));
        options.scenario = parser.value(o.scenario);
        if (parser.isSet(o.scenarioAt)) {
            auto when = readInstant(parser, o.scenarioAt);
            if (!when)
                return when.error();
            options.scenarioAt = *when;
        }
    }
    if (options.demo && !options.liveArchive.isEmpty())
        return invalid(Text::tr("--db names a live archive; the demo city uses --demo-db"),
                       options.liveArchive);
    return {};
}

Result<QSize> readSize(const QString& text)
{
    static const QRegularExpression sizePattern(u"^([0-9]{2,5})x([0-9]{2,5})$"_s);
    const auto match = sizePattern.match(text);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < 320 || height < 240 || width > 16384 || height > 16384)
        return invalid(Text::tr("--size must be WIDTHxHEIGHT between 320x240 and 16384x16384"), text);
    return QSize(width, height);
}

} // namespace

Result<GuiOptions> parseGuiOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("CityOps: the desktop client of Da Nang's Intelligent Operations Center."));
    parser.addHelpOption();
    parser.addVersionOption();
    const OptionSet o;
    o.addTo(parser);
    if (!parser.parse(arguments))
        return invalid(parser.errorText(), {});

    GuiOptions options;
    options.showHelp = parser.isSet(u"help"_s);
    options.showVersion = parser.isSet(u"version"_s);
    options.helpText = parser.helpText();
    const auto language = parseLanguage(parser.value(o.lang));
    if (!language)
        return invalid(Text::tr("--lang must be vi or en"), parser.value(o.lang));
    options.language = *language;
    options.catalogDirectory = parser.value(o.catalog);
    options.screenshotPath = parser.value(o.screenshot);
    options.demo = parser.isSet(o.demo);
    options.demoArchive = parser.value(o.demoDb); // empty: the demo's default archive
    options.liveArchive = parser.value(o.db);
    options.wall = parser.isSet(o.wall);
    options.wallConfig = parser.value(o.wallConfig);
    options.group = parser.value(o.group);
    options.stats = parser.isSet(o.stats);
    if (options.stats && options.group.isEmpty())
        return invalid(Text::tr("--stats needs --group ID"), QString());
    options.alarms = parser.isSet(o.alarms);
    options.alarmHealth = parser.isSet(o.alarmHealth);
    if (options.alarmHealth && (options.wall || !options.group.isEmpty() || options.alarms))
        return invalid(
            Text::tr("--alarm-health opens the desk's supervisor view: not with --wall, --group or --alarms"),
            QString());
    if (options.alarms && (options.wall || !options.group.isEmpty()))
        return invalid(Text::tr("--alarms opens the desk's alarm panel: not with --wall or --group"),
                       QString());
    options.mapLayer = parser.value(o.mapLayer);
    options.basemap = parser.value(o.basemap);
    options.feeds = parser.value(o.feeds);
    options.feedHealth = parser.isSet(o.feedHealth);
    if (options.feedHealth && (options.feeds.isEmpty() || options.wall))
        return invalid(Text::tr("--feed-health opens the desk's feed panel: it needs --feeds, not --wall"),
                       QString());
    if (!options.feeds.isEmpty() && options.demo)
        return invalid(Text::tr("--feeds collects into the archive shown with --db, not into the demo city"),
                       options.feeds);
    for (const auto& read : {readNumbers, readDemo}) {
        if (auto r = read(parser, o, options); !r)
            return r.error();
    }
    auto size = readSize(parser.value(o.size));
    if (!size)
        return size.error();
    options.screenshotSize = *size;
    if (!parser.positionalArguments().isEmpty())
        return invalid(Text::tr("Unexpected argument"), parser.positionalArguments().constFirst());
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
