#include "app/gui/guioptions.h"

#include "core/common/translations.h"
#include "core/sim/demorunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    parser.addOptions({lang, catalog, screenshot, size, demo, demoDb});

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
