#pragma once

#include "core/common/language.h"
#include "core/common/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace cityops::app {

// The command line of the desktop application.
struct GuiOptions
{
    Language language = Language::Vietnamese;
    QString catalogDirectory; // empty: the built-in catalog
    QString screenshotPath;   // non-empty: render offscreen to this PNG and exit
    QSize screenshotSize{1920, 1080};
    bool demo = false;                // run on the demo city
    QString demoArchive;              // its own archive
    QString liveArchive;              // without --demo: the archive to follow (default: the live one)
    std::optional<qint64> at;         // --at: the demo city at this instant (UTC ms), clock frozen there
    QString scenario;                 // with --demo: a scenario to play (built-in name or JSON file)
    std::optional<qint64> scenarioAt; // when it starts (default: 6 h before --at, or now)
    bool wall = false;                // the video wall instead of the desk
    int screen = -1;                  // --screen N: only this wall screen (-1: every configured screen)
    QString wallConfig;               // a user's wall file (default: the built-in one)
    int page = 0;                     // with --screenshot --wall: which page of the playlist
    QString group;                    // the desk page to open: a group id (default: the overview)
    bool stats = false;               // …on its statistics services
    bool alarms = false;              // the desk on its alarm panel
    bool alarmHealth = false;         // …or on the alarm system's health
    bool feedHealth = false;          // …or on the feeds it collects (with --feeds)
    QString mapLayer;                 // a GeoJSON layer instead of the schematic map
    QString basemap;                  // an MBTiles file or an XYZ URL (default: none, offline)
    QString feeds;                    // a feeds file collected into the live archive, in-process
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

// Parses `arguments` (argv, program name first). Needs a QCoreApplication for tr().
Result<GuiOptions> parseGuiOptions(const QStringList& arguments);

// True when the raw arguments ask for an offscreen render, so main() can select the
// offscreen platform before the application object exists.
bool wantsScreenshot(int argc, char** argv);

} // namespace cityops::app
