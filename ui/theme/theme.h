#pragma once

#include "core/status/status.h"

#include <QColor>
#include <QString>

namespace cityops::ui {

// Colours and type for CityOps, after ISA-101: neutral greys for everything normal,
// saturated colour reserved for abnormal states and alarm priorities (and the same
// colour means the same thing everywhere). Sizes are in pixels at a 1080-line screen
// and scale with the window, so a 4K wall gets the same proportions.
struct Theme
{
    QColor background;    // window
    QColor surface;       // tiles and cards
    QColor surfaceRaised; // headers inside tiles
    QColor border;
    QColor text;
    QColor textMuted;
    QColor accent;      // neutral highlight (selection, focus): never an alarm colour
    QColor alarmHigh;   // red
    QColor alarmMedium; // orange
    QColor alarmLow;    // yellow
    QColor stale;       // magenta: stale or bad data
    QColor demoBanner;
    QColor ink;           // dark text on the bright fills (orange, yellow)
    QColor onAlarm;       // light text on red, magenta and the demo banner
    QColor normalFill;    // a normal value drawn as a shape (bars)
    QColor normalMarker;  // a station reporting a normal value
    QColor noData;        // nothing received: never a shade of "normal"
    QColor mapBackground; // the sea and what lies beyond the city
    QColor mapArea;       // an area with nothing to say
    QColor mapBorder;
    QColor mapWater; // rivers: muted, never an alarm colour
    QColor mapCoast;
    QColor rampLow;  // a quantity (not an alarm), from its low end…
    QColor rampHigh; // …to its high end

    QString fontFamily;
    double scale = 1.0; // window height / 1080

    // The dark wall palette: dark grey background, light grey text. The composition root
    // makes it and hands it to the windows (ViewContext::theme); widgets never ask for it.
    static Theme wall();

    // The colour of an alarm level: red, orange, yellow; the normal grey; "no data".
    QColor levelColour(status::Level level) const;
    // The colour of a quantity at `fraction` (0…1) of its range: one hue, light to dark.
    QColor rampColour(double fraction) const;

    int px(double pixelsAt1080) const;
    Theme scaledTo(int windowHeight) const;
    // `paintEveryBackground` false: only windows, headers, tiles and cards paint a
    // background (the wall: at 4K, every label filling its own rectangle cost a sixth of
    // each frame).
    QString styleSheet(bool paintEveryBackground = true) const;
};

// "normal", "low", "medium", "high", "nodata", "stale": the style property of a level,
// which the style sheet colours.
QString styleState(status::Level level, bool stale);

// Sets the application font (Noto Sans when installed: complete Vietnamese diacritics)
// and the palette.
void applyTheme(const Theme& theme);

} // namespace cityops::ui
