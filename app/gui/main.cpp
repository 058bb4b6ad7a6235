// cityops: the desktop application. This file is the composition root: it builds the
// clock, loads the catalog and hands both to the window; nothing below it reaches for a
// global.

#include "app/gui/guioptions.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/common/translations.h"
#include "core/sim/demorunner.h"
#include "core/store/archive.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace cityops;

namespace {

constexpr int kExitNoDisplay = 3;

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    bool textOnly = false; // --help and --version need no display either
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        textOnly = textOnly || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v";
    }
    const bool screenshot = app::wantsScreenshot(argc, argv) || textOnly;
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!screenshot && !haveDisplay()) {
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

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString langText = languageArgument(QApplication::arguments());
    installTranslations(application, parseLanguage(langText).value_or(Language::Vietnamese));

    const auto options = app::parseGuiOptions(QApplication::arguments());
    if (!options) {
        err << "cityops: " << options.error().toString() << '\n';
        return 64;
    }
    if (options->showHelp) {
        out << options->helpText;
        return 0;
    }
    if (options->showVersion) {
        out << QApplication::applicationName() << ' ' << QApplication::applicationVersion() << '\n';
        return 0;
    }

    const QString catalogDir =
        options->catalogDirectory.isEmpty() ? CatalogLoader::embeddedDirectory() : options->catalogDirectory;
    auto catalog = CatalogLoader::load(catalogDir);
    if (!catalog) {
        err << "cityops: " << catalog.error().message << '\n' << catalog.error().detail << '\n';
        return 1;
    }
    auto sharedCatalog = std::make_shared<const Catalog>(std::move(catalog).value());

    const ui::Theme theme = ui::Theme::wall();
    ui::applyTheme(theme);

    SystemClock clock;
    ui::MainWindow window(sharedCatalog, clock, options->language);

    // The demo city: simulated data written into its own archive, never the live one.
    std::unique_ptr<sim::DemoRunner> demo;
    if (options->demo) {
        window.setDemoMode(true);
        if (options->screenshotPath.isEmpty()) {
            auto location = store::ArchiveLocation::parse(options->demoArchive);
            if (!location) {
                err << "cityops: " << location.error().toString() << '\n';
                return 64;
            }
            demo = std::make_unique<sim::DemoRunner>(*sharedCatalog, clock,
                                                     sim::DemoRunner::Options{*location, 1, 7, 5000});
            QObject::connect(demo.get(), &sim::DemoRunner::progress, &window,
                             &ui::MainWindow::showDemoProgress);
            QObject::connect(demo.get(), &sim::DemoRunner::failed, &window, &ui::MainWindow::showDemoFailure);
            demo->start();
        }
    }

    if (!options->screenshotPath.isEmpty()) {
        window.resize(options->screenshotSize);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QApplication::processEvents();
        const QPixmap pixmap = window.grab();
        const QString path = options->screenshotPath;
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(path, "PNG")) {
            err << "cityops: "
                << QApplication::translate("cityops::app", "cannot write the screenshot to %1").arg(path)
                << '\n';
            return 1;
        }
        out << QApplication::translate("cityops::app", "screenshot written: %1 (%2x%3)")
                   .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
                   .arg(pixmap.width())
                   .arg(pixmap.height())
            << '\n';
        return 0;
    }

    // An operations screen uses the whole screen; a smaller desk screen scrolls.
    window.resize(1600, 900);
    window.showMaximized();
    return QApplication::exec();
}
