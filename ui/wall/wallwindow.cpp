#include "ui/wall/wallwindow.h"

#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/feeds/feedhealth.h"
#include "core/live/livedata.h"
#include "ui/charts/timeserieschart.h"
#include "ui/wall/alarmticker.h"
#include "ui/wall/walltiles.h"
#include "ui/widgets/datalossbanner.h"
#include "ui/widgets/viewcontext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace cityops::ui {

WallWindow::WallWindow(const ViewContext& context, WallScreen screen, int screenIndex, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_screen(std::move(screen))
    , m_screenIndex(screenIndex)
    , m_theme(*context.theme)
{
    setObjectName(u"wallWindow"_s);
    setWindowTitle(tr("CityOps wall — screen %1").arg(screenIndex + 1));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QFrame(this);
    header->setObjectName(u"header"_s);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(16, 6, 16, 6);
    m_title = new QLabel(header);
    m_title->setObjectName(u"appTitle"_s);
    m_position = new QLabel(header);
    m_position->setObjectName(u"sectionTitle"_s);
    m_feeds = new QLabel(header); // (a console that collects feeds: how many are fine)
    m_feeds->setObjectName(u"feedState"_s);
    m_feeds->setVisible(context.feeds != nullptr);
    m_demo = new QLabel(tr("DEMO — simulated data"), header);
    m_demo->setObjectName(u"demoBanner"_s);
    m_demo->setVisible(context.demo);
    m_clock = new QLabel(header);
    m_clock->setObjectName(u"clock"_s);
    row->addWidget(m_title);
    row->addSpacing(16);
    row->addWidget(m_position);
    row->addStretch(1);
    row->addWidget(m_feeds);
    row->addSpacing(24);
    row->addWidget(m_demo);
    row->addSpacing(24);
    row->addWidget(m_clock);
    layout->addWidget(header);
    // When the view of the city is lost, the room must see it: across the screen.
    m_problem = new DataLossBanner(this);
    layout->addWidget(m_problem);

    m_pages = new QStackedWidget(this);
    for (const WallPage& page : m_screen.pages) {
        auto* widget = new QWidget(m_pages);
        auto* grid = new QGridLayout(widget);
        grid->setContentsMargins(10, 10, 10, 10);
        grid->setSpacing(10);
        QList<LiveTile*> tiles;
        for (const WallTile& tile : page.tiles) {
            LiveTile* t = createTile(tile, context, widget);
            grid->addWidget(t, tile.row, tile.col, tile.rowSpan, tile.colSpan);
            tiles << t;
        }
        for (int c = 0; c < page.columns; ++c)
            grid->setColumnStretch(c, 1);
        for (int r = 0; r < page.rows; ++r)
            grid->setRowStretch(r, 1);
        m_pages->addWidget(widget);
        m_tiles << tiles;
    }
    layout->addWidget(m_pages, 1);
    // The alarms, on every screen and page: where an operator's eye goes for what is new.
    if (context.alarms) {
        m_ticker = new AlarmTicker(context, this);
        layout->addWidget(m_ticker);
    }

    // New data: one refresh per 250 ms however much arrives; ages and the clock: every second.
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(250);
    connect(m_coalesce, &QTimer::timeout, this, &WallWindow::refreshVisible);
    connect(context.data, &live::LiveData::updated, m_coalesce, qOverload<>(&QTimer::start));
    connect(context.data, &live::LiveData::failed, this, [this] { m_problem->refresh(*m_context.data); });
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        const QDateTime local = toZone(m_context.data->clock().nowMs(), defaultDisplayZone());
        m_clock->setText(QLocale().toString(local, u"HH:mm:ss · dd/MM/yyyy"_s));
        refreshFeedState();
        for (LiveTile* tile : m_tiles.value(currentPage())) {
            if (tile->type() == WallTile::Type::Clock)
                tile->refresh();
        }
    });
    tick->start();
    refreshFeedState();
    auto* ages = new QTimer(this);
    ages->setInterval(5000);
    connect(ages, &QTimer::timeout, this, &WallWindow::refreshVisible);
    ages->start();

    m_rotate = new QTimer(this);
    if (m_screen.rotateSeconds > 0 && m_pages->count() > 1) {
        m_rotate->setInterval(m_screen.rotateSeconds * 1000);
        connect(m_rotate, &QTimer::timeout, this, &WallWindow::nextPage);
        m_rotate->start();
    }
    // A kiosk window owns its keys: no tile (the map, a chart) takes the focus and with it
    // the arrows that page the wall.
    for (QWidget* child : findChildren<QWidget*>())
        child->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);
    showPage(0);
    restyle();
}

WallWindow::~WallWindow() = default;

// "● nguồn 14/15": the feeds this console collects that are fine; white on the alarm red,
// with a cross, when one is not (the desk's feed panel says which and why).
void WallWindow::refreshFeedState()
{
    if (!m_context.feeds)
        return;
    const feeds::FeedsTally t = feeds::tally(m_context.feeds->health(), QDateTime::currentMSecsSinceEpoch());
    m_feeds->setText((t.allFine() ? tr("● feeds %1/%2") : tr("✖ feeds %1/%2")).arg(t.fine).arg(t.total));
    if (m_feeds->property("failing").toBool() != !t.allFine()) {
        m_feeds->setProperty("failing", !t.allFine());
        m_feeds->style()->unpolish(m_feeds);
        m_feeds->style()->polish(m_feeds);
    }
}

void WallWindow::showKiosk()
{
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target =
        m_screenIndex < screens.size() ? screens[m_screenIndex] : QGuiApplication::primaryScreen();
    if (target) {
        setGeometry(target->geometry());
        if (windowHandle())
            windowHandle()->setScreen(target);
    }
    setCursor(Qt::BlankCursor);
    showFullScreen();
    activateWindow();
    setFocus(); // the arrows page the wall
}

int WallWindow::pageCount() const
{
    return m_pages->count();
}

int WallWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void WallWindow::showPage(int index)
{
    if (m_pages->count() == 0)
        return;
    index = ((index % m_pages->count()) + m_pages->count()) % m_pages->count();
    m_pages->setCurrentIndex(index);
    m_title->setText(m_screen.pages[index].title.in(m_context.language));
    m_position->setText(m_pages->count() > 1 ? tr("page %1 of %2").arg(index + 1).arg(m_pages->count())
                                             : QString());
    refreshVisible();
}

void WallWindow::nextPage()
{
    showPage(currentPage() + 1);
}

QList<LiveTile*> WallWindow::tilesOfPage(int index) const
{
    return m_tiles.value(index);
}

void WallWindow::refreshNow()
{
    refreshVisible();
}

QString WallWindow::pageTitle() const
{
    return m_title->text();
}

bool WallWindow::isDemoBannerShown() const
{
    return !m_demo->isHidden();
}

QString WallWindow::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString WallWindow::feedStateText() const
{
    return m_context.feeds ? m_feeds->text() : QString();
}

bool WallWindow::feedStateFailing() const
{
    return m_feeds->property("failing").toBool();
}

void WallWindow::refreshVisible()
{
    m_coalesce->stop();
    const QDateTime local = toZone(m_context.data->clock().nowMs(), defaultDisplayZone());
    m_clock->setText(QLocale().toString(local, u"HH:mm:ss · dd/MM/yyyy"_s));
    refreshFeedState();
    // Only the visible page works; the others catch up when they are shown.
    for (LiveTile* tile : m_tiles.value(currentPage()))
        tile->refresh();
    m_problem->refresh(*m_context.data);
}

void WallWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    restyle();
}

void WallWindow::keyPressEvent(QKeyEvent* event)
{
    // Kiosk: Escape and Alt+F4 do nothing; an operator on the keyboard can page by hand;
    // Ctrl+Alt+Q is the one way out.
    if (event->key() == Qt::Key_Q && event->modifiers() == (Qt::ControlModifier | Qt::AltModifier)) {
        m_allowClose = true;
        QApplication::quit();
        return;
    }
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown) {
        nextPage();
        m_rotate->start(); // a full period on the page chosen by hand
        return;
    }
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp) {
        showPage(currentPage() - 1);
        m_rotate->start();
        return;
    }
    event->accept();
}

void WallWindow::closeEvent(QCloseEvent* event)
{
    if (m_allowClose || !isFullScreen()) {
        event->accept();
        return;
    }
    event->ignore();
}

void WallWindow::restyle()
{
    const int h = height();
    if (m_styledHeight > 0 && std::abs(h - m_styledHeight) < 40)
        return;
    m_styledHeight = h;
    const Theme scaled = m_theme.scaledTo(h);
    setStyleSheet(scaled.styleSheet(false));
    for (const auto& tiles : m_tiles) {
        for (LiveTile* tile : tiles) {
            if (auto* chart = tile->findChild<TimeSeriesChart*>())
                chart->applyTheme(scaled);
        }
    }
}

} // namespace cityops::ui
