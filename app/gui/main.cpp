// cityops: the desktop application. This file is the composition root: it builds the
// clock, loads the catalog, fills the live data (the demo city or an archive) and hands
// them to the desk window or the wall screens; nothing below it reaches for a global.

#include "app/gui/guioptions.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/common/translations.h"
#include "core/live/livedata.h"
#include "core/sim/democity.h"
#include "core/sim/demohistory.h"
#include "core/sim/demorunner.h"
#include "core/sim/scenario.h"
#include "core/store/archive.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme/theme.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/wallwindow.h"
#include "ui/widgets/offscreen.h"
#include "ui/widgets/viewcontext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace cityops;

namespace {

constexpr int kExitNoDisplay = 3;
constexpr std::int64_t kDay = 86'400'000;

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

struct AppText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::app)
};

// Renders `window` offscreen at `size` into `path` with every chart drawn.
int writeScreenshot(QWidget& window, QSize size, const QString& path, const QElapsedTimer& sinceStart)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QPixmap pixmap = ui::renderOffscreen(window, size);
    const qint64 firstFrameMs = sinceStart.elapsed();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(path, "PNG")) {
        err << "cityops: " << AppText::tr("cannot write the screenshot to %1").arg(path) << '\n';
        return 1;
    }
    out << AppText::tr("screenshot written: %1 (%2x%3)")
               .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
               .arg(pixmap.width())
               .arg(pixmap.height())
        << '\n';
    if (qEnvironmentVariableIsSet("CITYOPS_TIMING"))
        err << "first-frame-ms " << firstFrameMs << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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

    // The clock: the machine's, or stopped at --at (an instant of the demo city).
    SystemClock systemClock;
    ManualClock frozenClock(options->at.value_or(0));
    const bool rendering = !options->screenshotPath.isEmpty();
    if (rendering && options->demo && !options->at)
        frozenClock.setNowMs(systemClock.nowMs()); // a screenshot of the demo city now
    const Clock& clock = (options->at || (rendering && options->demo)) ? static_cast<const Clock&>(frozenClock)
                                                                       : static_cast<const Clock&>(systemClock);

    live::LiveData data(*sharedCatalog, clock);
    ui::ViewContext context;
    context.data = &data;
    context.language = options->language;
    context.demo = options->demo;
    context.basemap = options->basemap;
    context.tileCache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s;
    context.mapLayer = ui::ViewContext::schematicMap();
    if (!options->mapLayer.isEmpty()) {
        auto layer = geo::Layer::load(options->mapLayer);
        if (!layer) {
            err << "cityops: " << layer.error().toString() << '\n';
            return 1;
        }
        context.mapLayer = std::make_shared<const geo::Layer>(std::move(*layer));
    }

    // The data: the demo city (generated here at a frozen instant, or run into its own
    // archive as time passes) or the archive the feeds write.
    std::unique_ptr<sim::DemoRunner> demo;
    std::unique_ptr<sim::DemoCity> city;
    std::optional<sim::Scenario> scenario;
    std::int64_t scenarioStart = 0;
    if (!options->scenario.isEmpty()) {
        auto loaded = sim::Scenario::load(options->scenario);
        if (!loaded) {
            err << "cityops: " << loaded.error().toString() << '\n';
            return 64;
        }
        scenario = *loaded;
        scenarioStart = options->scenarioAt.value_or(clock.nowMs() - (options->at ? 6 * 3'600'000LL : 0));
    }
    if (options->demo && (options->at || rendering)) {
        city = std::make_unique<sim::DemoCity>(*sharedCatalog, 1);
        if (scenario)
            city->addScenario(*scenario, scenarioStart);
        // A week of everything, and two years of the daily, monthly and yearly series
        // (KPIs move slowly: their cards and charts need their history).
        data.load(sim::generateHistory(*city, clock.nowMs() - 730 * kDay, clock.nowMs() - 7 * kDay, kDay));
        if (qEnvironmentVariableIsSet("CITYOPS_TIMING"))
            err << "slow-history-ms " << sinceStart.elapsed() << Qt::endl;
        data.load(sim::generateHistory(*city, clock.nowMs() - 7 * kDay, clock.nowMs() + 1));
        data.setHistorySource(std::make_shared<sim::DemoHistory>(*city));
        if (qEnvironmentVariableIsSet("CITYOPS_TIMING"))
            err << "week-ms " << sinceStart.elapsed() << Qt::endl;
    } else if (options->demo) {
        auto location = store::ArchiveLocation::parse(options->demoArchive);
        if (!location) {
            err << "cityops: " << location.error().toString() << '\n';
            return 64;
        }
        demo = std::make_unique<sim::DemoRunner>(
            *sharedCatalog, clock, sim::DemoRunner::Options{*location, 1, 7, 5000, scenario, scenarioStart});
        // Follow the archive once the runner has created it and written the first day.
        auto started = std::make_shared<bool>(false);
        QObject::connect(demo.get(), &sim::DemoRunner::progress, &data, [&data, started, location = *location] {
            if (*started)
                return;
            *started = true;
            data.followArchive(location, 7 * kDay, 2000);
            data.setHistorySource(std::make_shared<store::ArchiveHistory>(location));
        });
        demo->start();
    } else if (!rendering) {
        const QString where = options->liveArchive.isEmpty() ? store::ArchiveLocation::defaultSqlitePath()
                                                             : options->liveArchive;
        auto location = store::ArchiveLocation::parse(where);
        if (!location) {
            err << "cityops: " << location.error().toString() << '\n';
            return 64;
        }
        data.followArchive(*location, 7 * kDay, 5000);
        data.setHistorySource(std::make_shared<store::ArchiveHistory>(*location));
    }

    if (options->wall) {
        const QString path = options->wallConfig.isEmpty() ? ui::WallConfig::defaultPath() : options->wallConfig;
        auto config = ui::WallConfig::load(path, *sharedCatalog);
        if (!config) {
            err << "cityops: " << config.error().message << '\n' << config.error().detail << '\n';
            return 1;
        }
        if (options->screen >= config->screens.size()) {
            err << "cityops: "
                << AppText::tr("--screen %1: the wall file has %2 screen(s)")
                       .arg(options->screen)
                       .arg(config->screens.size())
                << '\n';
            return 64;
        }
        std::vector<std::unique_ptr<ui::WallWindow>> windows;
        if (rendering) {
            const int index = std::max(options->screen, 0);
            ui::WallWindow window(context, config->screens[index], index);
            window.showPage(options->page);
            return writeScreenshot(window, options->screenshotSize, options->screenshotPath, sinceStart);
        }
        // One kiosk window per configured screen, on as many screens as the machine has.
        const int physical = int(QGuiApplication::screens().size());
        for (int i = 0; i < config->screens.size(); ++i) {
            if (options->screen >= 0 && i != options->screen)
                continue;
            if (options->screen < 0 && i >= physical) {
                err << "cityops: "
                    << AppText::tr("wall screen %1 is configured but this machine has %2 screen(s); start it "
                                   "elsewhere with --screen %1")
                           .arg(i)
                           .arg(physical)
                    << '\n';
                continue;
            }
            windows.push_back(std::make_unique<ui::WallWindow>(context, config->screens[i], i));
            windows.back()->showKiosk();
        }
        return QApplication::exec();
    }

    ui::MainWindow window(context);
    if (options->demo)
        window.setDemoMode(true);
    if (demo) {
        QObject::connect(demo.get(), &sim::DemoRunner::progress, &window, &ui::MainWindow::showDemoProgress);
        QObject::connect(demo.get(), &sim::DemoRunner::failed, &window, &ui::MainWindow::showDemoFailure);
    }
    QObject::connect(&data, &live::LiveData::failed, &window, [&window](const QString& message) {
        window.showStatus(AppText::tr("The archive cannot be read: %1").arg(message));
    });
    if (city) {
        const QDateTime at = timeutil::toZone(clock.nowMs(), timeutil::defaultDisplayZone());
        window.showStatus(AppText::tr("%1 data groups · %2 indicators — the demo city at %3, clock stopped")
                              .arg(sharedCatalog->groups.size())
                              .arg(sharedCatalog->indicators.size())
                              .arg(QLocale().toString(at, u"HH:mm dd/MM/yyyy"_s)));
    }
    if (!options->group.isEmpty() && !window.groupPage(options->group)) {
        err << "cityops: " << AppText::tr("unknown group '%1'").arg(options->group) << '\n';
        return 64;
    }
    if (rendering) {
        window.refreshNow();
        return writeScreenshot(window, options->screenshotSize, options->screenshotPath, sinceStart);
    }

    // An operations screen uses the whole screen; a smaller desk screen scrolls.
    window.resize(1600, 900);
    window.showMaximized();
    return QApplication::exec();
}
