#include "ui/shell/mainwindow.h"

#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/common/translations.h"
#include "core/live/livedata.h"
#include "ui/alarms/alarmpanel.h"
#include "ui/alarms/alarmsound.h"
#include "ui/alarms/alarmtext.h"
#include "ui/alarms/supervisorview.h"
#include "ui/map/mapview.h"
#include "ui/shell/deskpages.h"
#include "ui/shell/feedhealthview.h"
#include "ui/wall/walltiles.h"
#include "ui/widgets/datalossbanner.h"
#include "ui/widgets/grouptile.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/reflowgrid.h"
#include "ui/widgets/viewcontext.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {
constexpr int kKpiColumns = 8;
constexpr int kGroupColumns = 5;

QIcon stateIcon(const Theme& theme, status::Level level, bool stale)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(2, 2, 12, 12);
    if (stale && level <= status::Level::Normal) {
        p.setPen(QPen(theme.stale, 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
    } else if (level == status::Level::NoData) {
        // No data is a mark of its own, not a shade of "normal": a hollow ring, struck through.
        p.setPen(QPen(theme.textMuted, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        p.drawLine(QPointF(4, 12), QPointF(12, 4));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(theme.levelColour(level));
        p.drawEllipse(disc);
    }
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(ViewContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_theme(*context.theme)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(500);
    connect(m_coalesce, &QTimer::timeout, this, &MainWindow::refreshLive);
    connect(context.data, &live::LiveData::updated, m_coalesce, qOverload<>(&QTimer::start));

    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(1000);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::refreshClock);
    clockTimer->start();
    auto* ages = new QTimer(this);
    ages->setInterval(5000); // ages and staleness move even without new data
    connect(ages, &QTimer::timeout, this, &MainWindow::refreshLive);
    ages->start();

    buildUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("CityOps — Da Nang Intelligent Operations Center"));
    m_groupPages.clear();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(u"groupNav"_s);
    m_nav->addItem(tr("Overview"));
    for (const Group& group : m_context.catalog().groups)
        m_nav->addItem(QString::number(group.order) + u"  "_s + group.name.in(m_context.language));
    m_nav->addItem(tr("Alarms"));
    m_nav->addItem(tr("Alarm system health"));
    m_nav->setFixedWidth(260);
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_stack->addWidget(buildOverview());
    for (qsizetype i = 0; i < m_context.catalog().groups.size(); ++i) {
        m_stack->addWidget(new QWidget(m_stack)); // a placeholder until first shown
        m_groupPages << nullptr;
    }
    m_alarmPanel = new AlarmPanel(m_context, m_stack);
    m_stack->addWidget(m_alarmPanel);
    m_supervisor = new SupervisorView(m_context, m_stack);
    m_stack->addWidget(m_supervisor);
    m_feedHealth = nullptr;
    if (m_context.feeds) { // (a console that collects feeds: cityops --feeds)
        m_nav->addItem(tr("Feeds"));
        m_feedHealth = new FeedHealthView(m_context, m_stack);
        m_stack->addWidget(m_feedHealth);
    }
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central); // deletes the previous one on a language switch
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showGroup);
    m_nav->setCurrentRow(0);

    buildMenus();
    setDemoMode(m_demo);
    if (!m_statusText.isEmpty())
        m_groupsTitle->setText(m_statusText);
    refreshClock();
    refreshLive();
    restyle(true);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open a map layer (GeoJSON)…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a map layer"), QString(),
                                                          tr("GeoJSON (*.geojson *.json)"));
        QString error;
        if (!path.isEmpty() && !loadMapLayer(path, &error))
            QMessageBox::warning(this, tr("Map layer"), error);
    });
    file->addAction(tr("Use the built-in schematic map"), this, [this] {
        m_context.mapLayer = ViewContext::schematicMap();
        m_context.mapKeyProperty = u"gso_code"_s;
        m_context.mapLabelProperty = u"name"_s;
        buildUi();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    // Named in both languages, so someone who does not read the current one finds it.
    QMenu* language = menuBar()->addMenu(m_context.language == Language::English ? u"&Language / Ngôn ngữ"_s
                                                                                 : u"&Ngôn ngữ / Language"_s);
    auto* group = new QActionGroup(language);
    const auto add = [&](const QString& name, Language lang) {
        QAction* action = language->addAction(name, this, [this, lang] { setLanguage(lang); });
        action->setCheckable(true);
        action->setChecked(m_context.language == lang);
        group->addAction(action);
    };
    add(u"Tiếng Việt"_s, Language::Vietnamese);
    add(u"English"_s, Language::English);
    buildSoundMenu();
}

// This console's alarm sound: muted or not, and the voice high alarms are read in.
void MainWindow::buildSoundMenu()
{
    AlarmSound* sound = m_context.sound;
    if (!sound)
        return;
    QMenu* menu = menuBar()->addMenu(tr("&Sound"));
    menu->setObjectName(u"soundMenu"_s);
    QAction* mute = menu->addAction(tr("Mute alarms on this console"));
    mute->setCheckable(true);
    mute->setChecked(sound->muted());
    connect(mute, &QAction::toggled, sound, &AlarmSound::setMuted);
    menu->addSeparator();
    auto* voices = new QActionGroup(menu);
    for (const alerts::VoiceInfo& v : alerts::voices()) {
        QAction* action = menu->addAction(alerts::voiceName(v.voice), sound,
                                          [sound, voice = v.voice] { sound->setVoice(voice); });
        action->setCheckable(true);
        action->setChecked(sound->voice() == v.voice);
        voices->addAction(action);
    }
    menu->addSeparator();
    QAction* problem = menu->addAction(QString());
    problem->setEnabled(false);
    const auto showProblem = [problem, sound] {
        problem->setText(sound->lastError().isEmpty() ? tr("Sound: working")
                                                      : tr("Sound not heard: %1").arg(sound->lastError()));
    };
    showProblem();
    connect(sound, &AlarmSound::failed, problem, showProblem);
    connect(sound, &AlarmSound::played, problem, showProblem);
}

QWidget* MainWindow::buildHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(u"header"_s);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(16, 8, 16, 8);

    m_title = new QLabel(tr("CityOps · Da Nang Intelligent Operations Center"), header);
    m_title->setObjectName(u"appTitle"_s);
    row->addWidget(m_title, 1);
    // Loss of view is an alarm: it takes the title's place, across the header, in the stale
    // colour (the desk keeps its height; the content below does not move).
    m_lossBanner = new DataLossBanner(header);
    row->addWidget(m_lossBanner, 1);

    m_demoBanner = new QLabel(tr("DEMO — simulated data"), header);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setToolTip(
        tr("The demo city: simulated data in an archive of its own, never the live one."));
    m_demoBanner->hide();
    row->addWidget(m_demoBanner);
    row->addSpacing(24);

    // The alarms, always in view: how many wait for someone, in the worst one's colour.
    m_alarmButton = new QPushButton(header);
    m_alarmButton->setObjectName(u"alarmButton"_s);
    m_alarmButton->setCursor(Qt::PointingHandCursor);
    connect(m_alarmButton, &QPushButton::clicked, this, &MainWindow::showAlarms);
    if (m_context.alarms) {
        connect(m_context.alarms, &alerts::AlarmWatch::changed, this, &MainWindow::refreshAlarmButton);
        connect(m_context.alarms, &alerts::AlarmWatch::failed, this, &MainWindow::refreshAlarmButton);
    }
    row->addWidget(m_alarmButton);
    row->addSpacing(16);

    m_clockLabel = new QLabel(header);
    m_clockLabel->setObjectName(u"clock"_s);
    row->addWidget(m_clockLabel);
    refreshAlarmButton();
    return header;
}

void MainWindow::refreshAlarmButton()
{
    const alerts::AlarmWatch* watch = m_context.alarms;
    m_alarmButton->setVisible(watch != nullptr);
    if (!watch)
        return;
    const int waiting = watch->unacknowledged();
    QString worst = u"normal"_s;
    for (const alerts::Alarm& a : watch->alarms()) {
        const bool needs =
            a.state == alerts::State::Unacknowledged || a.state == alerts::State::RtnUnacknowledged;
        if (needs && severityRank(a.severity) > severityRank(worst))
            worst = a.severity;
    }
    m_alarmButton->setText(!watch->lastError().isEmpty() ? tr("Alarms: NOT READ")
                           : waiting > 0                 ? tr("Alarms: %n unacknowledged", nullptr, waiting)
                                                         : tr("Alarms: none waiting"));
    m_alarmButton->setToolTip(watch->lastError());
    m_alarmButton->setProperty("state", watch->lastError().isEmpty() ? worst : u"stale"_s);
    m_alarmButton->style()->unpolish(m_alarmButton);
    m_alarmButton->style()->polish(m_alarmButton);
}

QString MainWindow::alarmButtonText() const
{
    return m_alarmButton->isVisible() || m_context.alarms ? m_alarmButton->text() : QString();
}

int MainWindow::stackIndexOf(QWidget* page) const
{
    return m_stack->indexOf(page);
}

void MainWindow::showAlarms()
{
    showGroup(m_stack->indexOf(m_alarmPanel));
}

QWidget* MainWindow::buildOverview()
{
    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(16, 10, 16, 12);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(buildKpiPanel(body));
    bodyLayout->addWidget(buildGroupPanel(body), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget* MainWindow::buildKpiPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* title =
        new QLabel(tr("Key indicators — published figures, targets and the national average"), panel);
    title->setObjectName(u"sectionTitle"_s);
    layout->addWidget(title);

    // As many columns as the cards' figures fit (8 at 1920 px), never clipped.
    auto* grid = new ReflowGrid(kKpiColumns, 150, panel);
    for (const Indicator* indicator : m_context.catalog().kpis())
        grid->addItem(new KpiCard(m_context.catalog(), *indicator, m_context.language, grid));
    layout->addWidget(grid);
    return panel;
}

QWidget* MainWindow::buildGroupPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_groupsTitle = new QLabel(sourceText(), panel);
    m_groupsTitle->setObjectName(u"sectionTitle"_s);
    layout->addWidget(m_groupsTitle);

    auto* grid = new ReflowGrid(kGroupColumns, 300, panel);
    grid->setRowsStretch(true);
    for (const Group& group : m_context.catalog().groups)
        grid->addItem(new GroupTile(m_context.catalog(), group, m_context.language, grid));
    layout->addWidget(grid, 1);
    return panel;
}

void MainWindow::showGroup(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    if (index > 0 && index <= m_groupPages.size() && !m_groupPages[index - 1]) {
        const QString id = m_context.catalog().groups[index - 1].id;
        auto* page = new GroupPage(m_context, id, m_stack);
        QWidget* placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, page);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_groupPages[index - 1] = page;
        page->refresh();
    }
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
}

int MainWindow::currentGroup() const
{
    return m_stack->currentIndex();
}

GroupPage* MainWindow::groupPage(const QString& groupId)
{
    const auto& groups = m_context.catalog().groups;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups[i].id == groupId) {
            showGroup(int(i) + 1);
            return m_groupPages[i];
        }
    }
    return nullptr;
}

void MainWindow::setLanguage(Language language)
{
    if (language == m_context.language)
        return;
    installTranslations(*QCoreApplication::instance(), language);
    m_context.language = language;
    const int current = currentGroup();
    // The page stays, and on it the district and the indicator the user chose.
    QString area;
    QString indicator;
    if (current > 0 && m_groupPages[current - 1]) {
        area = m_groupPages[current - 1]->selectedArea();
        indicator = m_groupPages[current - 1]->indicatorPage()->indicatorId();
    }
    m_statusText.clear();
    buildUi();
    showGroup(current);
    if (current > 0 && m_groupPages[current - 1]) {
        GroupPage* page = m_groupPages[current - 1];
        page->selectArea(area);
        page->showIndicatorRow(indicator);
    }
}

bool MainWindow::loadMapLayer(const QString& path, QString* error)
{
    auto layer = geo::Layer::load(path);
    if (!layer) {
        if (error)
            *error = layer.error().toString();
        return false;
    }
    m_context.mapLayer = std::make_shared<const geo::Layer>(std::move(*layer));
    // Official layers name their areas by GSO code as well ("gso_code"); labels by "name".
    const int current = currentGroup();
    buildUi();
    showGroup(current);
    return true;
}

void MainWindow::setDemoMode(bool on)
{
    m_demo = on;
    m_demoBanner->setVisible(on);
    if (on && m_statusText.isEmpty()) {
        m_groupsTitle->setText(tr("%1 data groups · %2 indicators — demo city starting…")
                                   .arg(m_context.catalog().groups.size())
                                   .arg(m_context.catalog().indicators.size()));
    }
}

bool MainWindow::isDemoMode() const
{
    return !m_demoBanner->isHidden();
}

void MainWindow::showDemoProgress(qint64 series, qint64 readings, qint64 latestMs)
{
    const QLocale locale;
    showStatus(tr("%1 data groups · %2 indicators — demo city: %3 series, %4 readings, latest %5")
                   .arg(m_context.catalog().groups.size())
                   .arg(m_context.catalog().indicators.size())
                   .arg(locale.toString(series))
                   .arg(locale.toString(readings))
                   .arg(toZone(latestMs, defaultDisplayZone()).toString(u"HH:mm"_s)));
}

void MainWindow::showDemoFailure(const QString& message)
{
    showStatus(tr("The demo city stopped: %1").arg(message));
}

void MainWindow::showStatus(const QString& message)
{
    m_statusText = message;
    m_groupsTitle->setText(message);
}

void MainWindow::clearStatus(const QString& message)
{
    if (m_statusText != message)
        return;
    m_statusText.clear();
    m_groupsTitle->setText(sourceText());
}

QList<GroupTile*> MainWindow::groupTiles() const
{
    return findChildren<GroupTile*>();
}

QList<KpiCard*> MainWindow::kpiCards() const
{
    return m_stack->widget(0)->findChildren<KpiCard*>();
}

QString MainWindow::clockText() const
{
    return m_clockLabel->text();
}

QStringList MainWindow::navigationTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_nav->count(); ++i)
        texts << m_nav->item(i)->text();
    return texts;
}

QImage MainWindow::navigationMark(int row) const
{
    const QListWidgetItem* item = m_nav->item(row);
    return item ? item->icon().pixmap(16, 16).toImage() : QImage();
}

QString MainWindow::dataLossText() const
{
    return m_lossBanner->isHidden() ? QString() : m_lossBanner->text();
}

void MainWindow::refreshNow()
{
    refreshLive();
}

void MainWindow::refreshClock()
{
    const QDateTime local = toZone(m_context.data->clock().nowMs(), defaultDisplayZone());
    m_clockLabel->setText(QLocale().toString(local, u"HH:mm:ss · ddd dd/MM/yyyy"_s));
}

void MainWindow::refreshLive()
{
    m_coalesce->stop();
    // The navigation: each group with its worst state, so an abnormal group is seen from
    // any page.
    const auto& groups = m_context.catalog().groups;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const live::GroupStatus s = m_context.data->groupStatus(groups[i].id);
        QListWidgetItem* item = m_nav->item(int(i) + 1);
        item->setIcon(stateIcon(m_theme, s.worst, s.stale > 0));
        QString tip = groups[i].description.in(m_context.language);
        if (s.series > 0)
            tip += u"\n"_s + status::levelName(s.worst) + u" · "_s + status::abnormalCountText(s.abnormal) +
                   u" · "_s + status::staleCountText(s.stale);
        item->setToolTip(tip);
    }
    // The KPI cards: the live value where the data has one.
    for (KpiCard* card : kpiCards()) {
        const auto series = m_context.data->find(card->indicator().id, QString());
        if (!series)
            continue;
        const status::SeriesState s = m_context.data->state(*series);
        if (!s.latest)
            continue;
        const auto before =
            m_context.data->valueBefore(*series, std::max<std::int64_t>(series->periodMs, 86'400'000));
        const QDateTime local = toZone(s.latest->t, defaultDisplayZone());
        card->setLive(s.latest->v, before, QLocale().toString(local, u"MM/yyyy"_s), s.stale);
    }
    m_lossBanner->refresh(*m_context.data);
    m_title->setVisible(m_lossBanner->isHidden());
    if (m_statusText.isEmpty())
        m_groupsTitle->setText(sourceText());
    const int current = currentGroup();
    if (current > 0 && m_groupPages[current - 1])
        m_groupPages[current - 1]->refresh();
}

// What the overview reads: the archive it follows, how many series, the newest reading.
QString MainWindow::sourceText() const
{
    const live::LiveData& data = *m_context.data;
    const QString catalog = tr("%1 data groups · %2 indicators")
                                .arg(m_context.catalog().groups.size())
                                .arg(m_context.catalog().indicators.size());
    if (data.sourceName().isEmpty() && data.seriesCount() == 0)
        return catalog + u" — "_s + tr("no live feed connected yet");
    const QString source =
        data.sourceName().isEmpty() ? QString() : tr("archive %1").arg(data.sourceName()) + u": "_s;
    const auto newest = data.newestReading();
    if (!newest)
        return catalog + u" — "_s + source + tr("no series yet");
    const QString when = QLocale().toString(toZone(newest->t, defaultDisplayZone()), u"HH:mm dd/MM/yyyy"_s);
    return catalog + u" — "_s + source +
           tr("%n series, newest reading %1", nullptr, data.seriesCount()).arg(when);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    restyle();
}

void MainWindow::restyle(bool force)
{
    // Type scales with the window height so a 4K wall reads like a 1080p one.
    const int h = height();
    if (!force && m_styledHeight > 0 && std::abs(h - m_styledHeight) < 40)
        return;
    m_styledHeight = h;
    setStyleSheet(m_theme.scaledTo(h).styleSheet());
}

} // namespace cityops::ui
