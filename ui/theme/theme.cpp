#include "ui/theme/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::ui {

Theme Theme::wall()
{
    Theme t;
    t.background = QColor(0x1e, 0x21, 0x24);
    t.surface = QColor(0x2a, 0x2e, 0x32);
    t.surfaceRaised = QColor(0x33, 0x38, 0x3d);
    t.border = QColor(0x45, 0x4b, 0x52);
    t.text = QColor(0xe8, 0xea, 0xed);
    t.textMuted = QColor(0xa9, 0xb0, 0xb8);
    t.accent = QColor(0x8a, 0xb4, 0xd8);
    t.alarmHigh = QColor(0xe5, 0x39, 0x35);
    t.alarmMedium = QColor(0xfb, 0x8c, 0x00);
    t.alarmLow = QColor(0xfd, 0xd8, 0x35);
    t.stale = QColor(0xd0, 0x5c, 0xe3);
    t.demoBanner = QColor(0x6a, 0x1b, 0x9a);
    t.fontFamily = u"Noto Sans"_s;
    return t;
}

int Theme::px(double pixelsAt1080) const
{
    return std::max(1, static_cast<int>(std::lround(pixelsAt1080 * scale)));
}

Theme Theme::scaledTo(int windowHeight) const
{
    Theme t = *this;
    t.scale = std::clamp(windowHeight / 1080.0, 0.6, 4.0);
    return t;
}

QString Theme::styleSheet() const
{
    const auto c = [](const QColor& color) {
        return color.name();
    };
    // Object names select the roles; widgets set them (kpiCard, groupTile, …).
    return uR"(
QWidget { background: %1; color: %2; font-family: "%3"; font-size: %4px; }
QFrame#header { background: %5; border-bottom: 1px solid %6; }
QLabel#appTitle { font-size: %7px; font-weight: 600; background: transparent; }
QLabel#clock { font-size: %7px; font-weight: 600; background: transparent; }
QLabel#sectionTitle { font-size: %8px; font-weight: 600; color: %9; background: transparent; }
QFrame#kpiCard, QFrame#groupTile { background: %10; border: 1px solid %6; border-radius: %11px; }
QFrame#kpiCard QLabel, QFrame#groupTile QLabel { background: transparent; }
QLabel#kpiName { font-size: %12px; color: %9; }
QLabel#kpiValue { font-size: %13px; font-weight: 700; color: %2; }
QLabel#kpiUnit { font-size: %15px; font-weight: 600; color: %2; padding-bottom: %16px; }
QLabel#kpiDetail { font-size: %12px; color: %2; }
QLabel#kpiAsOf { font-size: %14px; color: %9; padding-bottom: %16px; }
QLabel#groupTitle { font-size: %15px; font-weight: 600; }
QLabel#groupNumber { font-size: %15px; font-weight: 600; color: %9; }
QLabel#groupStatus { font-size: %14px; color: %9; }
QLabel#indicatorLine { font-size: %14px; color: %2; }
QLabel#indicatorUnit { font-size: %14px; color: %9; }
)"_s.arg(c(background), c(text), fontFamily)
        .arg(px(15))
        .arg(c(surfaceRaised), c(border))
        .arg(px(26))
        .arg(px(18))
        .arg(c(textMuted), c(surface))
        .arg(px(6))
        .arg(px(14))
        .arg(px(36))
        .arg(px(13))
        .arg(px(19))
        .arg(px(5));
}

void applyTheme(const Theme& theme)
{
    if (QFontDatabase::families().contains(theme.fontFamily)) {
        QFont font(theme.fontFamily);
        font.setPixelSize(theme.px(15));
        QApplication::setFont(font);
    }
    QPalette palette;
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Base, theme.surface);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Button, theme.surfaceRaised);
    palette.setColor(QPalette::ButtonText, theme.text);
    palette.setColor(QPalette::Highlight, theme.accent);
    palette.setColor(QPalette::ToolTipBase, theme.surfaceRaised);
    palette.setColor(QPalette::ToolTipText, theme.text);
    QApplication::setPalette(palette);
}

} // namespace cityops::ui
