#pragma once

// One screen of the video wall: a kiosk window (full screen, frameless, no way out but
// Ctrl+Alt+Q) that rotates through its playlist of pages. Pages are built once and
// swapped inside the same window, so the window never leaves full screen on a rotation.
// A header carries the page title, its place in the playlist, the DEMO banner when the
// data is simulated, and the city clock.

#include "ui/theme/theme.h"
#include "ui/wall/wallconfig.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace cityops::ui {

struct ViewContext;
class LiveTile;
class DataLossBanner;
class AlarmTicker;

class WallWindow final : public QWidget
{
    Q_OBJECT
public:
    WallWindow(const ViewContext& context, WallScreen screen, int screenIndex, QWidget* parent = nullptr);
    ~WallWindow() override;

    // Full screen on QGuiApplication::screens()[index] (or the primary screen).
    void showKiosk();

    int pageCount() const;
    int currentPage() const;
    void showPage(int index);
    void nextPage();
    QList<LiveTile*> tilesOfPage(int index) const;
    // Refreshes every tile of the visible page now (tests, screenshots).
    void refreshNow();
    QString pageTitle() const;
    bool isDemoBannerShown() const;
    // The banner shown when the data cannot be read (empty when all is well).
    QString problemText() const;
    // The feed state in the header ("● nguồn 14/15"), empty where no feeds are collected.
    QString feedStateText() const;
    bool feedStateFailing() const;
    int screenIndex() const { return m_screenIndex; }
    // The alarm ticker along the bottom (none without an alarm log).
    AlarmTicker* ticker() const { return m_ticker; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshVisible();
    void refreshFeedState();
    void restyle();

    const ViewContext& m_context;
    WallScreen m_screen;
    int m_screenIndex = 0;
    Theme m_theme;
    int m_styledHeight = -1;
    QStackedWidget* m_pages = nullptr;
    QList<QList<LiveTile*>> m_tiles;
    QLabel* m_title = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_demo = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_feeds = nullptr;
    DataLossBanner* m_problem = nullptr; // loss of view, across the screen
    AlarmTicker* m_ticker = nullptr;
    QTimer* m_rotate = nullptr;
    QTimer* m_coalesce = nullptr;
    bool m_allowClose = false;
};

} // namespace cityops::ui
