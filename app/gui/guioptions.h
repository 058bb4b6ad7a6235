#pragma once

#include "core/common/language.h"
#include "core/common/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace cityops::app {

// The command line of the desktop application.
struct GuiOptions
{
    Language language = Language::Vietnamese;
    QString catalogDirectory; // empty: the built-in catalog
    QString screenshotPath;   // non-empty: render offscreen to this PNG and exit
    QSize screenshotSize{1920, 1080};
    bool demo = false;   // run on the demo city
    QString demoArchive; // its own archive
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
