#include "app/application.h"

#include "app/consolefeeds.h"
#include "core/alerts/alarmwatch.h"
#include "core/alerts/evaluator.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/timeutil.h"
#include "core/feeds/feedhealth.h"
#include "core/live/livedata.h"
#include "core/sim/democity.h"
#include "core/sim/demohistory.h"
#include "core/sim/demorunner.h"
#include "core/sim/scenario.h"
#include "core/stats/statsrunner.h"
#include "core/store/archive.h"
#include "core/store/feedstations.h"
#include "core/store/historysource.h"
#include "core/store/seriesreader.h"
#include "core/warnings/replay.h"
#include "ui/alarms/alarmsound.h"
#include "ui/alarms/supervisorview.h"
#include "ui/shell/deskpages.h"
#include "ui/shell/feedhealthview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statspage.h"
#include "ui/theme/theme.h"
#include "ui/wall/stattile.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/wallwindow.h"
#include "ui/widgets/offscreen.h"
#include "ui/widgets/viewcontext.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cityops::app {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 64;
constexpr std::int64_t kDay = 86'400'000;

struct AppText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::app)
};

// A line on standard error, written when the statement ends.
class ErrorLine
{
public:
    template <typename T> ErrorLine& operator<<(const T& value)
    {
        m_stream << value;
        return *this;
    }

private:
    QTextStream m_stream{stderr};
};

ErrorLine err()
{
    return {};
}

bool timing()
{
    return qEnvironmentVariableIsSet("CITYOPS_TIMING");
}

} // namespace

Application::Application(GuiOptions options, QElapsedTimer sinceStart)
    : m_options(std::move(options))
    , m_sinceStart(sinceStart)
    , m_frozenClock(m_options.at.value_or(0))
{
    if (rendering() && m_options.demo && !m_options.at)
        m_frozenClock.setNowMs(m_systemClock.nowMs()); // a screenshot of the demo city now
}

Application::~Application() = default; // the windows went first: they lived in run()

const Clock& Application::clock() const
{
    // The machine's clock, or one stopped at --at (an instant of the demo city).
    if (m_options.at || (rendering() && m_options.demo))
        return m_frozenClock;
    return m_systemClock;
}

int Application::run()
{
    for (auto step : {&Application::loadCatalog, &Application::makeContext, &Application::startData}) {
        if (const auto exit = (this->*step)())
            return *exit;
    }
    return m_options.wall ? runWall() : runDesk();
}

std::optional<int> Application::loadCatalog()
{
    const QString dir = m_options.catalogDirectory.isEmpty() ? CatalogLoader::embeddedDirectory()
                                                             : m_options.catalogDirectory;
    auto catalog = CatalogLoader::load(dir);
    if (!catalog) {
        err() << "cityops: " << catalog.error().message << '\n' << catalog.error().detail << '\n';
        return kExitFailure;
    }
    m_catalog = std::make_shared<const Catalog>(withArchiveStations(std::move(catalog).value()));
    return std::nullopt;
}

// The live archive's sensors that the catalog does not list, as the feeds described them:
// shown as the catalog's stations are (the demo city has none).
Catalog Application::withArchiveStations(Catalog catalog) const
{
    if (m_options.demo)
        return catalog;
    const auto location =
        store::ArchiveLocation::resolve(m_options.liveArchive, store::ArchiveLocation::defaultSqlitePath());
    if (!location)
        return catalog; // (said by followLiveArchive)
    auto stations = store::feedStationsAt(*location);
    if (!stations) {
        err() << "cityops: "
              << AppText::tr("the stations the feeds described cannot be read: %1")
                     .arg(stations.error().toString())
              << '\n';
        return catalog;
    }
    return stations->isEmpty() ? catalog : store::withFeedStations(catalog, *stations);
}

std::optional<int> Application::makeContext()
{
    m_theme = std::make_shared<const ui::Theme>(ui::Theme::wall());
    ui::applyTheme(*m_theme);
    m_data = std::make_unique<live::LiveData>(*m_catalog, clock());
    m_context = std::make_unique<ui::ViewContext>();
    m_context->data = m_data.get();
    m_context->theme = m_theme;
    m_context->language = m_options.language;
    m_context->demo = m_options.demo;
    m_context->basemap = m_options.basemap;
    m_context->tileCache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s;
    m_context->mapLayer = ui::ViewContext::schematicMap();
    if (!m_options.mapLayer.isEmpty()) {
        auto layer = geo::Layer::load(m_options.mapLayer);
        if (!layer) {
            err() << "cityops: " << layer.error().toString() << '\n';
            return kExitFailure;
        }
        m_context->mapLayer = std::make_shared<const geo::Layer>(std::move(*layer));
    }
    return std::nullopt;
}

// The data: the demo city (generated here at a frozen instant, or run into its own
// archive as time passes) or the archive the feeds write.
std::optional<int> Application::startData()
{
    if (!m_options.scenario.isEmpty()) {
        auto loaded = sim::Scenario::load(m_options.scenario);
        if (!loaded) {
            err() << "cityops: " << loaded.error().toString() << '\n';
            return kExitUsage;
        }
        m_scenario = *loaded;
        m_scenarioStart =
            m_options.scenarioAt.value_or(clock().nowMs() - (m_options.at ? 6 * 3'600'000LL : 0));
    }
    if (m_options.demo && (m_options.at || rendering())) {
        startDemoCityAt();
        return std::nullopt;
    }
    if (m_options.demo)
        return startDemoRunner();
    return followLiveArchive();
}

void Application::startDemoCityAt()
{
    m_city = std::make_unique<sim::DemoCity>(*m_catalog, 1);
    if (m_scenario)
        m_city->addScenario(*m_scenario, m_scenarioStart);
    // A week of everything, and two years of the daily, monthly and yearly series (KPIs
    // move slowly: their cards and charts need their history).
    const std::int64_t now = clock().nowMs();
    m_data->load(sim::generateHistory(*m_city, now - 730 * kDay, now - 7 * kDay, kDay));
    if (timing())
        err() << "slow-history-ms " << m_sinceStart.elapsed() << Qt::endl;
    m_data->load(sim::generateHistory(*m_city, now - 7 * kDay, now + 1));
    if (timing())
        err() << "week-ms " << m_sinceStart.elapsed() << Qt::endl;
    m_data->setHistorySource(std::make_shared<sim::DemoHistory>(*m_city));
    startStatistics(nullptr);
    recordFrozenDemoAlarms();
}

void Application::followAlarms(const store::ArchiveLocation& archive)
{
    m_alarms = std::make_unique<alerts::AlarmWatch>(clock());
    m_context->alarms = m_alarms.get();
    // SQLite: a poll that finds nothing changed costs one pragma, so it can be frequent (an
    // alarm recorded by another process shows within 200 ms); PostgreSQL tells (NOTIFY).
    m_alarms->follow(archive, archive.kind == store::ArchiveLocation::Kind::Postgres ? 5000 : 200);
    if (rendering())
        return;
    // Heard: muted or not, and in which voice, is this console's setting.
    m_sound = std::make_unique<ui::AlarmSound>(clock(), *m_alarms);
    QSettings settings;
    m_sound->setMuted(settings.value(u"alarmSound/muted"_s, false).toBool());
    m_sound->setVoice(alerts::voiceFromCode(settings.value(u"alarmSound/voice"_s).toString())
                          .value_or(alerts::Voice::NorthernFemale));
    QObject::connect(m_sound.get(), &ui::AlarmSound::settingsChanged, m_sound.get(), [sound = m_sound.get()] {
        QSettings saved;
        saved.setValue(u"alarmSound/muted"_s, sound->muted());
        saved.setValue(u"alarmSound/voice"_s, alerts::voiceInfo(sound->voice()).code);
    });
    QObject::connect(m_sound.get(), &ui::AlarmSound::failed, m_sound.get(),
                     [](const QString& message) { err() << "cityops: " << message << Qt::endl; });
    m_context->sound = m_sound.get();
}

// The week the console holds, replayed through the rules into a throwaway archive: the demo
// city at an instant has its alarms, and what an operator does to them lasts as long as it.
void Application::recordFrozenDemoAlarms()
{
    m_frozenAlarms = std::make_unique<QTemporaryDir>();
    const auto location = store::ArchiveLocation::parse(m_frozenAlarms->filePath(u"alarms.sqlite"_s));
    auto archive = location ? store::Archive::open(*location)
                            : Result<std::unique_ptr<store::Archive>>(location.error());
    if (archive)
        (void)(*archive)->claimPurpose(u"demo"_s);
    store::StoreReader reader(m_data->store());
    const std::int64_t now = clock().nowMs();
    auto replayed = archive ? warnings::replay(*m_catalog, reader, now - 7 * kDay, now + 1)
                            : Result<std::vector<warnings::ReplayedAlarm>>(archive.error());
    if (replayed) {
        alerts::AlarmLog log(**archive, alerts::suppressionOf(*m_catalog));
        if (auto recorded = log.record(*replayed, now); !recorded)
            replayed = recorded.error();
    }
    if (!replayed) {
        err() << "cityops: " << replayed.error().toString() << '\n';
        return;
    }
    archive->reset(); // the watch reads it through a connection of its own
    followAlarms(*location);
}

// A screenshot shows the alarms there are: the first read of the log first.
void Application::waitForAlarms()
{
    if (!m_alarms || m_alarms->hasRead() || !m_alarms->lastError().isEmpty())
        return; // (an unreadable log is shown as such)
    QEventLoop loop;
    QObject::connect(m_alarms.get(), &alerts::AlarmWatch::changed, &loop, &QEventLoop::quit);
    QObject::connect(m_alarms.get(), &alerts::AlarmWatch::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
}

void Application::startStatistics(const store::ArchiveLocation* archive)
{
    m_stats = std::make_unique<stats::StatsRunner>(
        m_catalog, archive ? stats::StatsRunner::archiveReader(*archive)
                           : stats::StatsRunner::storeReader(m_data->store()));
    m_context->stats = m_stats.get();
}

std::optional<int> Application::startDemoRunner()
{
    auto location =
        store::ArchiveLocation::resolve(m_options.demoArchive, sim::DemoRunner::defaultArchivePath());
    if (!location) {
        err() << "cityops: " << location.error().toString() << '\n';
        return kExitUsage;
    }
    // The console that writes the demo city evaluates its rules: one evaluator per archive.
    auto evaluator = alerts::Evaluator::create(*m_catalog);
    if (!evaluator) {
        err() << "cityops: " << evaluator.error().toString() << '\n';
        return kExitFailure;
    }
    std::shared_ptr<alerts::Evaluator> rules = std::move(*evaluator);
    // (On the runner's thread.) What it recorded is shown on this console at once, not at the
    // watch's next poll: its own watch is told on the GUI thread.
    auto evaluate = [this, rules, suppression = alerts::suppressionOf(*m_catalog)](
                        store::Archive& archive, std::int64_t now) -> Result<void> {
        store::ArchiveReader reader(archive);
        alerts::AlarmLog log(archive, suppression);
        auto stepped = rules->step(reader, log, now);
        if (!stepped)
            return stepped.error();
        if (stepped->added + stepped->updated > 0)
            QMetaObject::invokeMethod(qApp, [this] {
                if (m_alarms)
                    m_alarms->refresh();
            });
        return {};
    };
    m_runner = std::make_unique<sim::DemoRunner>(
        *m_catalog, clock(),
        sim::DemoRunner::Options{*location, 1, 7, 5000, m_scenario, m_scenarioStart, std::move(evaluate)});
    // Follow the archive once the runner has created it and written the first day.
    auto started = std::make_shared<bool>(false);
    live::LiveData* data = m_data.get();
    QObject::connect(m_runner.get(), &sim::DemoRunner::progress, data,
                     [this, data, started, location = *location] {
                         if (*started)
                             return;
                         *started = true;
                         data->followArchive(location, 7 * kDay, 2000);
                         data->setHistorySource(std::make_shared<store::ArchiveHistory>(location));
                         followAlarms(location);
                     });
    m_runner->start();
    startStatistics(&*location); // the runner's archive (until it exists, each run tries again)
    return std::nullopt;
}

std::optional<int> Application::followLiveArchive()
{
    auto location =
        store::ArchiveLocation::resolve(m_options.liveArchive, store::ArchiveLocation::defaultSqlitePath());
    if (!location) {
        err() << "cityops: " << location.error().toString() << '\n';
        return kExitUsage;
    }
    if (!m_options.feeds.isEmpty()) {
        if (const auto code = startFeeds(*location))
            return code;
    }
    m_data->followArchive(*location, 7 * kDay, 5000);
    m_data->setHistorySource(std::make_shared<store::ArchiveHistory>(*location));
    startStatistics(&*location);
    followAlarms(*location);
    if (rendering())
        waitForFirstRead();
    return std::nullopt;
}

// --feeds: the collector into the archive the console follows. What it says goes to stderr
// (and the desk's status line: runDesk).
std::optional<int> Application::startFeeds(const store::ArchiveLocation& archive)
{
    m_feeds = std::make_unique<ConsoleFeeds>(m_catalog);
    if (auto started = m_feeds->start(m_options.feeds, archive); !started) {
        err() << "cityops: " << started.error().toString() << '\n';
        return kExitUsage;
    }
    m_context->feeds = m_feeds.get();
    // The series of a failing (or late) feed are stale on every view, whatever their age.
    const auto mark = [this] {
        m_data->setFailingSources(
            feeds::seriesOfFailingFeeds(m_feeds->health(), QDateTime::currentMSecsSinceEpoch()));
    };
    auto* every = new QTimer(m_feeds.get());
    QObject::connect(every, &QTimer::timeout, m_feeds.get(), mark);
    every->start(5000);
    QObject::connect(m_feeds.get(), &ConsoleFeeds::polled, m_feeds.get(), mark);
    QObject::connect(m_feeds.get(), &ConsoleFeeds::said,
                     [](const QString& line) { err() << "cityops: " << line << Qt::endl; });
    QObject::connect(m_feeds.get(), &ConsoleFeeds::failed,
                     [](const QString& message) { err() << "cityops: " << message << Qt::endl; });
    QObject::connect(m_feeds.get(), &ConsoleFeeds::polled,
                     [](const QString& feed, const QStringList& errors) {
                         for (const QString& e : errors)
                             err() << "cityops: " << feed << ": " << e << Qt::endl;
                     });
    if (rendering())
        waitForFirstPolls();
    return std::nullopt;
}

// A screenshot with --feeds shows what their first polls wrote (a minute at most).
void Application::waitForFirstPolls()
{
    QEventLoop loop;
    int polled = 0;
    const int feeds = m_feeds->polledFeeds();
    QObject::connect(m_feeds.get(), &ConsoleFeeds::polled, &loop, [&] {
        if (++polled >= feeds)
            loop.quit();
    });
    QObject::connect(m_feeds.get(), &ConsoleFeeds::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (feeds > 0)
        loop.exec();
}

// A screenshot of an archive shows what it holds: the first read (or its failure) first.
void Application::waitForFirstRead()
{
    QEventLoop loop;
    QObject::connect(m_data.get(), &live::LiveData::loaded, &loop, &QEventLoop::quit);
    QObject::connect(m_data.get(), &live::LiveData::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // a hung server does not hang the render
    loop.exec();
}

// A screenshot of the statistics shows their results, not "computing…".
void Application::waitForStatistics(ui::StatsPage& page)
{
    QEventLoop loop;
    QObject::connect(&page, &ui::StatsPage::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    page.refresh();
    loop.exec();
}

// …and a wall page its statistics' figures.
void Application::waitForStatTiles(const QList<ui::LiveTile*>& tiles)
{
    QEventLoop loop;
    int waiting = 0;
    for (ui::LiveTile* tile : tiles) {
        if (auto* stat = qobject_cast<ui::StatTile*>(tile)) {
            ++waiting;
            QObject::connect(stat, &ui::StatTile::computed, &loop, [&] {
                if (--waiting == 0)
                    loop.quit();
            });
            stat->refresh();
        }
    }
    if (waiting == 0 || !m_stats)
        return;
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
}

int Application::runWall()
{
    const QString path =
        m_options.wallConfig.isEmpty() ? ui::WallConfig::defaultPath() : m_options.wallConfig;
    auto config = ui::WallConfig::load(path, *m_catalog);
    if (!config) {
        err() << "cityops: " << config.error().message << '\n' << config.error().detail << '\n';
        return kExitFailure;
    }
    if (m_options.screen >= config->screens.size()) {
        err() << "cityops: "
              << AppText::tr("--screen %1: the wall file has %2 screen(s)")
                     .arg(m_options.screen)
                     .arg(config->screens.size())
              << '\n';
        return kExitUsage;
    }
    if (rendering()) {
        const int index = std::max(m_options.screen, 0);
        const qsizetype pages = config->screens[index].pages.size();
        if (m_options.page >= pages) {
            err() << "cityops: "
                  << AppText::tr("--page %1: screen %2 of the wall has %3 page(s)")
                         .arg(m_options.page)
                         .arg(index)
                         .arg(pages)
                  << '\n';
            return kExitUsage;
        }
        waitForAlarms();
        ui::WallWindow window(*m_context, config->screens[index], index);
        window.showPage(m_options.page);
        waitForStatTiles(window.tilesOfPage(m_options.page));
        return writeScreenshot(window);
    }
    // One kiosk window per configured screen, on as many screens as the machine has.
    std::vector<std::unique_ptr<ui::WallWindow>> windows;
    const int physical = int(QGuiApplication::screens().size());
    for (int i = 0; i < config->screens.size(); ++i) {
        if (m_options.screen >= 0 && i != m_options.screen)
            continue;
        if (m_options.screen < 0 && i >= physical) {
            err() << "cityops: "
                  << AppText::tr("wall screen %1 is configured but this machine has %2 screen(s); start it "
                                 "elsewhere with --screen %1")
                         .arg(i)
                         .arg(physical)
                  << '\n';
            continue;
        }
        windows.push_back(std::make_unique<ui::WallWindow>(*m_context, config->screens[i], i));
        windows.back()->showKiosk();
    }
    return QApplication::exec();
}

int Application::runDesk()
{
    ui::MainWindow window(*m_context);
    if (m_options.demo)
        window.setDemoMode(true);
    if (m_runner) {
        QObject::connect(m_runner.get(), &sim::DemoRunner::progress, &window,
                         &ui::MainWindow::showDemoProgress);
        QObject::connect(m_runner.get(), &sim::DemoRunner::failed, &window, &ui::MainWindow::showDemoFailure);
    }
    // (Until it is read again: an archive a collector is about to create, a server restarted.)
    auto archiveProblem = std::make_shared<QString>();
    QObject::connect(m_data.get(), &live::LiveData::failed, &window,
                     [&window, archiveProblem](const QString& message) {
                         *archiveProblem = AppText::tr("The archive cannot be read: %1").arg(message);
                         window.showStatus(*archiveProblem);
                     });
    QObject::connect(m_data.get(), &live::LiveData::recovered, &window,
                     [&window, archiveProblem] { window.clearStatus(*archiveProblem); });
    if (m_feeds) {
        QObject::connect(m_feeds.get(), &ConsoleFeeds::failed, &window, [&window](const QString& message) {
            window.showStatus(AppText::tr("The feeds cannot be collected: %1").arg(message));
        });
        QObject::connect(m_feeds.get(), &ConsoleFeeds::polled, &window,
                         [&window](const QString& feed, const QStringList& errors) {
                             if (!errors.isEmpty())
                                 window.showStatus(AppText::tr("Feed %1: %2").arg(feed, errors.last()));
                         });
    }
    if (m_city) {
        const QDateTime at = toZone(clock().nowMs(), defaultDisplayZone());
        window.showStatus(AppText::tr("%1 data groups · %2 indicators — the demo city at %3, clock stopped")
                              .arg(m_catalog->groups.size())
                              .arg(m_catalog->indicators.size())
                              .arg(QLocale().toString(at, u"HH:mm dd/MM/yyyy"_s)));
    }
    if (!m_options.group.isEmpty() && !window.groupPage(m_options.group)) {
        err() << "cityops: " << AppText::tr("unknown group '%1'").arg(m_options.group) << '\n';
        return kExitUsage;
    }
    if (m_options.alarms)
        window.showAlarms();
    if (m_options.alarmHealth)
        window.showGroup(window.stackIndexOf(window.supervisorView()));
    if (m_options.feedHealth && window.feedHealthView())
        window.showGroup(window.stackIndexOf(window.feedHealthView()));
    if (m_options.stats) {
        ui::GroupPage* page = window.groupPage(m_options.group);
        page->showStatistics();
        if (rendering())
            waitForStatistics(*page->statsPage());
    }
    if (rendering()) {
        waitForAlarms();
        window.refreshNow();
        return writeScreenshot(window);
    }
    // An operations screen uses the whole screen; a smaller desk screen scrolls.
    window.resize(1600, 900);
    window.showMaximized();
    return QApplication::exec();
}

// Renders `window` offscreen at the requested size into the PNG with every chart drawn.
int Application::writeScreenshot(QWidget& window)
{
    const QPixmap pixmap = ui::renderOffscreen(window, m_options.screenshotSize);
    const qint64 firstFrameMs = m_sinceStart.elapsed();
    const QFileInfo info(m_options.screenshotPath);
    if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(m_options.screenshotPath, "PNG")) {
        err() << "cityops: " << AppText::tr("cannot write the screenshot to %1").arg(m_options.screenshotPath)
              << '\n';
        return kExitFailure;
    }
    QTextStream(stdout) << AppText::tr("screenshot written: %1 (%2x%3)")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
                               .arg(pixmap.width())
                               .arg(pixmap.height())
                        << '\n';
    if (timing())
        err() << "first-frame-ms " << firstFrameMs << '\n';
    return 0;
}

} // namespace cityops::app
