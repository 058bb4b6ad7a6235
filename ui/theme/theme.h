#pragma once

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

    QString fontFamily;
    double scale = 1.0; // window height / 1080

    // The dark wall palette: dark grey background, light grey text.
    static Theme wall();

    int px(double pixelsAt1080) const;
    Theme scaledTo(int windowHeight) const;
    // `paintEveryBackground` false: only windows, headers, tiles and cards paint a
    // background (the wall: at 4K, every label filling its own rectangle cost a sixth of
    // each frame).
    QString styleSheet(bool paintEveryBackground = true) const;
};

// Sets the application font (Noto Sans when installed: complete Vietnamese diacritics)
// and the palette.
void applyTheme(const Theme& theme);

} // namespace cityops::ui
