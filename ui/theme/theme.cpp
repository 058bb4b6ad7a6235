#include "ui/theme/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QRegularExpression>

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
    t.ink = QColor(0x12, 0x14, 0x16);
    t.onAlarm = QColor(0xff, 0xff, 0xff);
    t.normalFill = QColor(0x8a, 0x93, 0x9d);
    t.normalMarker = QColor(0xc9, 0xce, 0xd4);
    t.noData = QColor(0x5f, 0x66, 0x6e);
    t.mapBackground = QColor(0x1f, 0x23, 0x28);
    t.mapArea = QColor(0x3a, 0x3f, 0x46); // ISA-101: grey unless there is something to say
    t.mapBorder = QColor(0x8a, 0x93, 0x9d);
    t.mapWater = QColor(0x5b, 0x7f, 0x9e);
    t.mapCoast = QColor(0xb8, 0xc0, 0xc8);
    t.rampLow = QColor(0x45, 0x4b, 0x52); // neutral greys: colour is kept for what is abnormal
    t.rampHigh = QColor(0xb4, 0xbb, 0xc3);
    t.fontFamily = u"Noto Sans"_s;
    return t;
}

QColor Theme::levelColour(status::Level level) const
{
    switch (level) {
    case status::Level::High:
        return alarmHigh;
    case status::Level::Medium:
        return alarmMedium;
    case status::Level::Low:
        return alarmLow;
    case status::Level::Normal:
        return normalMarker;
    case status::Level::NoData:
        break;
    }
    return noData;
}

QColor Theme::rampColour(double fraction) const
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    return QColor::fromRgbF(float(rampLow.redF() + (rampHigh.redF() - rampLow.redF()) * f),
                            float(rampLow.greenF() + (rampHigh.greenF() - rampLow.greenF()) * f),
                            float(rampLow.blueF() + (rampHigh.blueF() - rampLow.blueF()) * f));
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

QString Theme::styleSheet(bool paintEveryBackground) const
{
    // Object names select the roles; widgets set them (kpiCard, groupTile, …). Colours
    // are named tokens; sizes are "px(N)" at 1080 lines, scaled here.
    QString sheet = uR"(
@base
QWidget { color: @text; font-family: "@font"; font-size: px(15)px; }
QWidget#wallWindow { background: @background; }
QFrame#header { background: @raised; border-bottom: 1px solid @border; }
QLabel#appTitle { font-size: px(26)px; font-weight: 600; background: transparent; }
QLabel#clock { font-size: px(26)px; font-weight: 600; background: transparent; }
QLabel#dataLossBanner { font-size: px(30)px; font-weight: 700; color: @onalarm; background: @stale; padding: px(8)px px(24)px; }
QFrame#header QLabel#dataLossBanner { font-size: px(19)px; padding: px(2)px px(14)px; border-radius: px(4)px; }
QPushButton#alarmButton { font-size: px(18)px; font-weight: 700; color: @text; background: @surface; border: px(2)px solid @border; border-radius: px(4)px; padding: px(2)px px(14)px; }
QPushButton#alarmButton[state="high"] { background: @high; color: @onalarm; border-color: @high; }
QPushButton#alarmButton[state="medium"] { background: @medium; color: @ink; border-color: @medium; }
QPushButton#alarmButton[state="low"] { background: @low; color: @ink; border-color: @low; }
QPushButton#alarmButton[state="stale"] { border: px(2)px dashed @stale; color: @stale; }
QLabel#demoBanner { font-size: px(22)px; font-weight: 700; color: @onalarm; background: @demo; border-radius: px(4)px; padding: px(2)px px(18)px; }
QLabel#sectionTitle { font-size: px(18)px; font-weight: 600; color: @muted; background: transparent; }
QLabel#feedState { font-size: px(22)px; font-weight: 700; background: transparent; padding: px(2)px px(14)px; }
QLabel#feedState[failing="true"] { color: @onalarm; background: @high; border-radius: px(4)px; }
QFrame#kpiCard, QFrame#groupTile { background: @surface; border: 1px solid @border; border-radius: px(6)px; }
QFrame#kpiCard QLabel, QFrame#groupTile QLabel { background: transparent; }
QLabel#kpiName { font-size: px(14)px; color: @muted; }
QLabel#kpiValue { font-size: px(36)px; font-weight: 700; color: @text; }
QLabel#kpiUnit { font-size: px(19)px; font-weight: 600; color: @text; padding-bottom: px(5)px; }
QLabel#kpiDetail { font-size: px(14)px; color: @text; }
QLabel#kpiAsOf { font-size: px(13)px; color: @muted; padding-bottom: px(5)px; }
QLabel#groupTitle { font-size: px(21)px; font-weight: 600; }
QLabel#groupNumber { font-size: px(21)px; font-weight: 600; color: @muted; }
QLabel#groupStatus { font-size: px(13)px; color: @muted; }
QLabel#indicatorLine { font-size: px(13)px; color: @text; }
QLabel#indicatorUnit { font-size: px(13)px; color: @muted; }
QLabel#kpiTrend { font-size: px(30)px; font-weight: 700; color: @muted; }
QLabel#kpiTrend[bad="true"] { color: @low; }
QLabel#kpiAsOf[stale="true"] { color: @stale; font-weight: 700; }
QFrame#wallTile, QFrame#kpiTile { background: @surface; border: px(2)px solid @border; } /* square: rounded corners are antialiased paths, 1 ms a 4K frame */
QFrame#kpiTile > QFrame#kpiCard { border: none; }
QFrame#wallTile[state="high"] { border: px(5)px solid @high; }
QFrame#wallTile[state="medium"] { border: px(5)px solid @medium; }
QFrame#wallTile[state="low"] { border: px(4)px solid @low; }
QFrame#wallTile[state="stale"], QFrame#kpiTile[state="stale"] { border: px(4)px dashed @stale; }
QFrame#wallTile QLabel { background: transparent; }
QLabel#tileTitle { font-size: px(18)px; font-weight: 600; color: @muted; }
QLabel#tileValue { font-size: px(34)px; font-weight: 700; color: @text; }
QLabel#tileValue[state="high"] { color: @high; }
QLabel#tileValue[state="medium"] { color: @medium; }
QLabel#tileValue[state="low"] { color: @low; }
QLabel#tileBadge { font-size: px(17)px; font-weight: 700; padding: px(2)px px(10)px; border-radius: px(3)px; color: @ink; }
QLabel#tileBadge[state="high"] { background: @high; color: @onalarm; }
QLabel#tileBadge[state="medium"] { background: @medium; }
QLabel#tileBadge[state="low"] { background: @low; }
QLabel#tileBadge[state="stale"] { background: @stale; color: @onalarm; }
QLabel#tileBadge[state="nodata"] { background: @background; color: @text; border: px(2)px dotted @muted; }
QLabel#tileDetail { font-size: px(15)px; color: @muted; }
QFrame#kpiTile QLabel#kpiName { font-size: px(20)px; }
QFrame#kpiTile QLabel#kpiValue { font-size: px(60)px; }
QFrame#kpiTile QLabel#kpiUnit { font-size: px(28)px; }
QFrame#kpiTile QLabel#kpiDetail { font-size: px(18)px; }
QFrame#kpiTile QLabel#kpiTrend { font-size: px(48)px; }
QFrame#kpiTile QLabel#kpiAsOf { font-size: px(18)px; }
QFrame#statCard { background: @surface; border: 1px solid @border; border-radius: px(6)px; }
QFrame#statCard QLabel { background: transparent; }
QLabel#cardTitle { font-size: px(16)px; font-weight: 600; color: @text; }
QLabel#statValue { font-size: px(30)px; font-weight: 700; color: @text; }
QLabel#muted { font-size: px(13)px; color: @muted; }
QFrame#wallTile QLabel#statValue { font-size: px(72)px; }
QFrame#wallTile QLabel#statDetail { font-size: px(24)px; color: @muted; }
QLabel#clockBig { font-size: px(80)px; font-weight: 700; color: @text; }
QLabel#alertList { font-size: px(17)px; color: @text; }
QFrame#alarmTicker { background: @raised; border-top: px(2)px solid @border; }
QFrame#alarmTicker QLabel { background: transparent; }
QLabel#tickerCount { font-size: px(20)px; font-weight: 600; color: @muted; }
QLabel#tickerText { font-size: px(24)px; font-weight: 600; color: @text; }
QLabel#tickerText[muted="true"] { color: @muted; }
QFrame#alarmTicker QLabel#tickerMark { font-size: px(22)px; font-weight: 700; padding: px(2)px px(12)px; border: px(3)px solid @border; border-radius: px(3)px; color: @ink; }
QFrame#alarmTicker QLabel#tickerMark[state="high"] { background: @high; border-color: @high; color: @onalarm; }
QFrame#alarmTicker QLabel#tickerMark[state="medium"] { background: @medium; border-color: @medium; }
QFrame#alarmTicker QLabel#tickerMark[state="low"] { background: @low; border-color: @low; }
QFrame#alarmTicker QLabel#tickerMark[state="stale"] { background: @stale; border-color: @stale; color: @onalarm; }
QFrame#alarmTicker QLabel#tickerMark[blink="off"] { background: @raised; color: @text; }
QLabel#supervisorTitle { font-size: px(20)px; font-weight: 600; }
QLabel#supervisorFigures, QLabel#supervisorTop { font-size: px(17)px; }
QFrame#groupCell { background: @raised; border: px(2)px solid @border; border-radius: px(4)px; }
QFrame#groupCell QLabel { background: transparent; }
QFrame#groupCell[state="high"] { background: @high; border-color: @high; }
QFrame#groupCell[state="high"] QLabel { color: @onalarm; }
QFrame#groupCell[state="medium"] { background: @medium; border-color: @medium; }
QFrame#groupCell[state="medium"] QLabel { color: @ink; }
QFrame#groupCell[state="low"] { background: @low; border-color: @low; }
QFrame#groupCell[state="low"] QLabel { color: @ink; }
QFrame#groupCell[state="high"][blink="off"] { background: @raised; border: px(4)px solid @high; }
QFrame#groupCell[state="medium"][blink="off"] { background: @raised; border: px(4)px solid @medium; }
QFrame#groupCell[state="low"][blink="off"] { background: @raised; border: px(4)px solid @low; }
QFrame#groupCell[blink="off"] QLabel { color: @text; }
QFrame#groupCell[state="stale"] { border: px(4)px dashed @stale; }
QFrame#groupCell[state="nodata"] { background: @background; border: px(2)px dotted @muted; } /* no data is not "normal" */
QFrame#groupCell[state="nodata"] QLabel { color: @muted; }
QLabel#groupCellName { font-size: px(19)px; font-weight: 700; }
QLabel#groupCellStatus { font-size: px(15)px; }
QLabel#mapCaption { background: transparent; color: @muted; font-size: px(12)px; font-style: italic; }
QLabel#mapLegend { background: @legend; padding: px(6)px; font-size: px(14)px; border-radius: px(4)px; }
QListWidget#groupNav { background: @surface; border: none; font-size: px(16)px; }
QListWidget#groupNav::item { padding: px(6)px px(10)px; }
QListWidget#groupNav::item:selected { background: @raised; color: @text; border-left: px(4)px solid @accent; }
QPushButton { background: @raised; border: 1px solid @border; border-radius: px(4)px; padding: px(4)px px(12)px; }
QPushButton:checked { border: px(2)px solid @accent; }
QListWidget#indicatorList { background: @surface; border: 1px solid @border; font-size: px(15)px; }
)"_s;
    sheet.replace(u"@base"_s, paintEveryBackground ? u"QWidget { background: @background; }"_s
                                                   : u"QWidget { background: transparent; }"_s);
    static const QRegularExpression sizeToken(u"px\\((\\d+)\\)"_s);
    QString scaled;
    qsizetype last = 0;
    for (auto it = sizeToken.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        scaled += QStringView(sheet).mid(last, match.capturedStart() - last);
        scaled += QString::number(px(match.captured(1).toDouble()));
        last = match.capturedEnd();
    }
    scaled += QStringView(sheet).mid(last);

    const std::pair<const char16_t*, QString> colours[] = {
        {u"@background", background.name()},
        {u"@surface", surface.name()},
        {u"@raised", surfaceRaised.name()},
        {u"@border", border.name()},
        {u"@muted", textMuted.name()},
        {u"@text", text.name()},
        {u"@demo", demoBanner.name()},
        {u"@font", fontFamily},
        {u"@high", alarmHigh.name()},
        {u"@medium", alarmMedium.name()},
        {u"@low", alarmLow.name()},
        {u"@stale", stale.name()},
        {u"@accent", accent.name()},
        {u"@ink", ink.name()},
        {u"@onalarm", onAlarm.name()},
        {u"@legend",
         u"rgba(%1, %2, %3, 210)"_s.arg(background.red()).arg(background.green()).arg(background.blue())},
    };
    for (const auto& [token, value] : colours)
        scaled.replace(QString::fromUtf16(token), value);
    return scaled;
}

QString styleState(status::Level level, bool stale)
{
    if (stale)
        return u"stale"_s;
    switch (level) {
    case status::Level::High:
        return u"high"_s;
    case status::Level::Medium:
        return u"medium"_s;
    case status::Level::Low:
        return u"low"_s;
    case status::Level::Normal:
        return u"normal"_s;
    case status::Level::NoData:
        break;
    }
    return u"nodata"_s;
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
