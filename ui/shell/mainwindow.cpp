#include "ui/shell/mainwindow.h"

#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "ui/widgets/grouptile.h"
#include "ui/widgets/kpicard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {
constexpr int kKpiColumns = 8;
constexpr int kGroupColumns = 5;
} // namespace

MainWindow::MainWindow(std::shared_ptr<const Catalog> catalog, const Clock& clock, Language language,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_clock(clock)
    , m_language(language)
    , m_theme(Theme::wall())
{
    setWindowTitle(tr("CityOps — Da Nang Intelligent Operations Center"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    auto* body = new QWidget(central);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(16, 10, 16, 12);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(buildKpiPanel());
    bodyLayout->addWidget(buildGroupPanel(), 1);
    auto* scroll = new QScrollArea(central);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(1000);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::refreshClock);
    clockTimer->start();
    refreshClock();
    restyle();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(u"header"_s);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(16, 8, 16, 8);

    auto* title = new QLabel(tr("CityOps · Da Nang Intelligent Operations Center"), header);
    title->setObjectName(u"appTitle"_s);
    row->addWidget(title, 1);

    m_demoBanner = new QLabel(tr("DEMO — simulated data"), header);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setToolTip(
        tr("The demo city: simulated data in an archive of its own, never the live one."));
    m_demoBanner->hide();
    row->addWidget(m_demoBanner);
    row->addSpacing(24);

    m_clockLabel = new QLabel(header);
    m_clockLabel->setObjectName(u"clock"_s);
    row->addWidget(m_clockLabel);
    return header;
}

QWidget* MainWindow::buildKpiPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* title =
        new QLabel(tr("Key indicators — published figures, targets and the national average"), panel);
    title->setObjectName(u"sectionTitle"_s);
    layout->addWidget(title);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    int index = 0;
    for (const Indicator* indicator : m_catalog->kpis()) {
        auto* card = new KpiCard(*m_catalog, *indicator, m_language, panel);
        grid->addWidget(card, index / kKpiColumns, index % kKpiColumns);
        ++index;
    }
    for (int column = 0; column < kKpiColumns; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid);
    return panel;
}

QWidget* MainWindow::buildGroupPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_groupsTitle = new QLabel(tr("%1 data groups · %2 indicators — no live feed connected yet")
                                   .arg(m_catalog->groups.size())
                                   .arg(m_catalog->indicators.size()),
                               panel);
    m_groupsTitle->setObjectName(u"sectionTitle"_s);
    layout->addWidget(m_groupsTitle);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    int index = 0;
    for (const Group& group : m_catalog->groups) {
        auto* tile = new GroupTile(*m_catalog, group, m_language, panel);
        grid->addWidget(tile, index / kGroupColumns, index % kGroupColumns);
        ++index;
    }
    for (int column = 0; column < kGroupColumns; ++column)
        grid->setColumnStretch(column, 1);
    for (int row = 0; row < (index + kGroupColumns - 1) / kGroupColumns; ++row)
        grid->setRowStretch(row, 1);
    layout->addLayout(grid, 1);
    return panel;
}

void MainWindow::setDemoMode(bool on)
{
    m_demoBanner->setVisible(on);
    if (on) {
        m_groupsTitle->setText(tr("%1 data groups · %2 indicators — demo city starting…")
                                   .arg(m_catalog->groups.size())
                                   .arg(m_catalog->indicators.size()));
    }
}

bool MainWindow::isDemoMode() const
{
    return !m_demoBanner->isHidden();
}

void MainWindow::showDemoProgress(qint64 series, qint64 readings, qint64 latestMs)
{
    const QLocale locale;
    m_groupsTitle->setText(
        tr("%1 data groups · %2 indicators — demo city: %3 series, %4 readings, latest %5")
            .arg(m_catalog->groups.size())
            .arg(m_catalog->indicators.size())
            .arg(locale.toString(series))
            .arg(locale.toString(readings))
            .arg(timeutil::toZone(latestMs, timeutil::defaultDisplayZone()).toString(u"HH:mm"_s)));
}

void MainWindow::showDemoFailure(const QString& message)
{
    m_groupsTitle->setText(tr("The demo city stopped: %1").arg(message));
}

QList<GroupTile*> MainWindow::groupTiles() const
{
    return findChildren<GroupTile*>();
}

QList<KpiCard*> MainWindow::kpiCards() const
{
    return findChildren<KpiCard*>();
}

QString MainWindow::clockText() const
{
    return m_clockLabel->text();
}

void MainWindow::refreshClock()
{
    const QDateTime local = timeutil::toZone(m_clock.nowMs(), timeutil::defaultDisplayZone());
    const QLocale locale;
    m_clockLabel->setText(locale.toString(local, u"HH:mm:ss · ddd dd/MM/yyyy"_s));
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    restyle();
}

void MainWindow::restyle()
{
    // Type scales with the window height so a 4K wall reads like a 1080p one.
    const int h = height();
    if (m_styledHeight > 0 && std::abs(h - m_styledHeight) < 40)
        return;
    m_styledHeight = h;
    setStyleSheet(m_theme.scaledTo(h).styleSheet());
}

} // namespace cityops::ui
