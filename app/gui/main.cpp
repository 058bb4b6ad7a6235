// cityops: the desktop application. main() only decides the platform (a display, or
// offscreen for --screenshot), creates the application object and the translations, and
// reads the command line; app/application.cpp wires everything else.

#include "app/application.h"
#include "app/gui/guioptions.h"
#include "core/common/translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace cityops;

namespace {

constexpr int kExitNoDisplay = 3;
constexpr int kExitUsage = 64;

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// --help, --version and --screenshot need no display: they run on the offscreen platform.
bool needsNoDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return app::wantsScreenshot(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const bool offscreen = needsNoDisplay(argc, argv);
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!offscreen && !haveDisplay()) {
        std::fputs("cityops: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  Start it from a desktop session, or under a virtual display:\n"
                   "    xvfb-run -a -s \"-screen 0 1920x1080x24\" cityops --demo\n"
                   "  or render one frame without a display:\n"
                   "    cityops --demo --screenshot cityops.png --size 1920x1080\n",
                   stderr);
        return kExitNoDisplay;
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(u"cityops"_s);
    QApplication::setApplicationDisplayName(u"CityOps"_s);
    QApplication::setApplicationVersion(QStringLiteral(CITYOPS_VERSION));
    QApplication::setOrganizationName(u"CityOps"_s);
    const QString langText = languageArgument(QApplication::arguments());
    installTranslations(application, parseLanguage(langText).value_or(Language::Vietnamese));

    auto options = app::parseGuiOptions(QApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "cityops: " << options.error().toString() << '\n';
        return kExitUsage;
    }
    if (options->showHelp) {
        QTextStream(stdout) << options->helpText;
        return 0;
    }
    if (options->showVersion) {
        QTextStream(stdout) << QApplication::applicationName() << ' ' << QApplication::applicationVersion()
                            << '\n';
        return 0;
    }
    app::Application app(std::move(*options), sinceStart);
    return app.run();
}
