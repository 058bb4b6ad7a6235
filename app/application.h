#pragma once

// The composition root of the desktop application: from the parsed command line it builds
// the clock, the catalog, the theme, the data (the demo city, or the archive the feeds
// write) and the windows (the desk, or the wall's kiosk screens), and wires them together.
// Nothing below it reaches for a global; each service arrives through a constructor.
// New services (the feed manager, the statistics and warning engines, the alarm
// announcer) are one more member and one more step in start().

#include "app/gui/guioptions.h"
#include "core/common/clock.h"
#include "core/sim/scenario.h"

#include <QElapsedTimer>
#include <QList>
#include <QSize>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QWidget;

namespace cityops {
class Catalog;
namespace alerts {
class AlarmWatch;
}
namespace live {
class LiveData;
}
namespace sim {
class DemoCity;
class DemoRunner;
} // namespace sim
namespace stats {
class StatsRunner;
}
namespace store {
struct ArchiveLocation;
}
namespace ui {
class AlarmSound;
struct Theme;
struct ViewContext;
class MainWindow;
class LiveTile;
class StatsPage;
class WallWindow;
} // namespace ui
} // namespace cityops

namespace cityops::app {

class ConsoleFeeds;

class Application
{
public:
    // `sinceStart` runs from the start of main() (first-frame timing).
    Application(GuiOptions options, QElapsedTimer sinceStart);
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    // Builds what the options ask for and runs it: the event loop, or one offscreen frame
    // with --screenshot. Returns the process's exit code.
    int run();

private:
    // Each step returns an exit code when it cannot go on (1 failure, 64 command line).
    std::optional<int> loadCatalog();
    Catalog withArchiveStations(Catalog catalog) const;
    std::optional<int> makeContext();
    std::optional<int> startData();
    void startDemoCityAt();
    std::optional<int> startDemoRunner();
    std::optional<int> followLiveArchive();
    std::optional<int> startFeeds(const store::ArchiveLocation& archive);
    void waitForFirstPolls();
    void waitForFirstRead();
    // The alarms the console shows: those of the archive it follows; a demo city generated
    // here has its alarms replayed into an archive of its own that dies with the process.
    void followAlarms(const store::ArchiveLocation& archive);
    void recordFrozenDemoAlarms();
    void waitForAlarms();
    // The statistics run on the archive the console follows, or (null) on its in-memory store.
    void startStatistics(const store::ArchiveLocation* archive);
    void waitForStatistics(ui::StatsPage& page);
    void waitForStatTiles(const QList<ui::LiveTile*>& tiles);
    int runWall();
    int runDesk();
    int writeScreenshot(QWidget& window);
    bool rendering() const { return !m_options.screenshotPath.isEmpty(); }
    const Clock& clock() const;

    GuiOptions m_options;
    QElapsedTimer m_sinceStart;
    SystemClock m_systemClock;
    ManualClock m_frozenClock; // --at, or a screenshot of the demo city now
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const ui::Theme> m_theme;
    std::unique_ptr<live::LiveData> m_data;
    std::unique_ptr<ui::ViewContext> m_context;
    std::unique_ptr<sim::DemoCity> m_city;         // the demo city generated here (--at, screenshots)
    std::unique_ptr<sim::DemoRunner> m_runner;     // …or run into its own archive as time passes
    std::unique_ptr<stats::StatsRunner> m_stats;   // the statistics services, on their own thread
    std::unique_ptr<alerts::AlarmWatch> m_alarms;  // the archive's alarms, read on their own thread
    std::unique_ptr<ui::AlarmSound> m_sound;       // …and heard (not in a screenshot)
    std::unique_ptr<QTemporaryDir> m_frozenAlarms; // (a demo city generated here: its alarms' archive)
    std::unique_ptr<ConsoleFeeds> m_feeds;         // --feeds: the collector, on its own thread
    std::optional<sim::Scenario> m_scenario;       // a trainer's exercise on the demo city
    std::int64_t m_scenarioStart = 0;
};

} // namespace cityops::app
