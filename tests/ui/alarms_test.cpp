// The alarms as operators see them: the wall's list (unacknowledged first, blinking until
// someone acknowledges them), the desk's panel (filter, explanation, acknowledge with a
// comment, shelve with a reason) and the header's button — all read from the archive's alarm
// log through the console's watch, as a second console would see them.

#include "core/alerts/alarmlog.h"
#include "core/alerts/alarmwatch.h"
#include "core/store/archive.h"
#include "core/warnings/replay.h"
#include "ui/alarms/alarmpanel.h"
#include "ui/alarms/alarmsound.h"
#include "ui/alarms/supervisorview.h"
#include "ui/map/citymap.h"
#include "ui/map/mapview.h"
#include "ui/shell/mainwindow.h"
#include "ui/wall/alarmticker.h"
#include "ui/wall/walltiles.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;

warnings::ReplayedAlarm alarm(const QString& rule, const QString& place, warnings::Severity severity,
                              qint64 firedAt, std::optional<qint64> resolvedAt, const QString& message)
{
    warnings::ReplayedAlarm a;
    a.rule = rule;
    a.place = place;
    a.severity = severity;
    a.firedAt = firedAt;
    a.resolvedAt = resolvedAt;
    a.id = warnings::alarmId(rule, place, firedAt);
    a.peakValue = 1;
    a.messageVi = message;
    a.messageEn = message;
    return a;
}

bool waitFor(const std::function<bool()>& done, int ms = 10'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// An archive with three alarms: a high one waiting, a low one over but never acknowledged, a
// medium one acknowledged; a console watching it.
struct AlarmFixture
{
    AlarmFixture()
        : live(Language::English)
        , watch(live.clock)
    {
        const QString path = temporary.filePath(u"alarms.sqlite"_s);
        location = *store::ArchiveLocation::parse(path);
        auto archive = store::Archive::open(location);
        EXPECT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        const qint64 now = live.clock.nowMs();
        high = alarm(u"flood.depth-levels"_s, u"flood.thanh-khe.ham-nghi"_s, warnings::Severity::High,
                     now - 40 * kMinute, std::nullopt, u"Flood depth 104 cm at Ham Nghi"_s);
        low = alarm(u"air.station-silent"_s, u"air.hai-chau"_s, warnings::Severity::Low, now - 90 * kMinute,
                    now - 30 * kMinute, u"Hai Chau air station silent"_s);
        medium = alarm(u"flood.rain-1h-intense"_s, u"rain.hai-chau"_s, warnings::Severity::Medium,
                       now - 20 * kMinute, std::nullopt, u"Intense rain at Hai Chau"_s);
        EXPECT_TRUE(log.record({high, low, medium}, now).ok());
        EXPECT_TRUE(log.acknowledge(medium.id, u"minh"_s, u"đang theo dõi"_s, now).ok());
        live.context.alarms = &watch;
        watch.follow(location, 100);
        EXPECT_TRUE(waitFor([&] { return watch.hasRead(); }));
    }

    QTemporaryDir temporary;
    uitest::LiveFixture live;
    alerts::AlarmWatch watch;
    store::ArchiveLocation location;
    warnings::ReplayedAlarm high, low, medium;
};

} // namespace

TEST(WallAlarms, UnacknowledgedFirstAndBlinkingUntilAcknowledged)
{
    AlarmFixture f;
    ui::AlertsTile tile(f.live.context, nullptr);
    tile.refresh();
    ASSERT_EQ(tile.rows().size(), 3);
    EXPECT_TRUE(tile.rows()[0].startsWith(u"▲ High: Flood depth 104 cm"_s)) << tile.rows()[0].toStdString();
    EXPECT_TRUE(tile.rows()[1].startsWith(u"● Low: Hai Chau air station silent"_s))
        << tile.rows()[1].toStdString();
    EXPECT_TRUE(tile.rows()[1].contains(u"Cleared, unacknowledged"_s));
    EXPECT_TRUE(tile.rows()[2].contains(u"Acknowledged"_s));
    EXPECT_EQ(tile.title(), u"Alarms · 2 unacknowledged"_s);
    EXPECT_EQ(tile.state(), u"high"_s);
    EXPECT_TRUE(tile.isBlinking());
    const bool phase = tile.blinkPhase();
    EXPECT_TRUE(waitFor([&] { return tile.blinkPhase() != phase; }, 3000)) << "it blinks";

    // Acknowledged elsewhere (another console, the command line): the wall follows, and stops.
    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(log.acknowledge(f.high.id, u"lan"_s, u"đã cử đội"_s, f.live.clock.nowMs()).ok());
        ASSERT_TRUE(log.acknowledge(f.low.id, u"lan"_s, u"trạm đã có lại"_s, f.live.clock.nowMs()).ok());
    }
    ASSERT_TRUE(waitFor([&] { return f.watch.unacknowledged() == 0; }));
    EXPECT_FALSE(tile.isBlinking());
    EXPECT_EQ(tile.title(), u"Alarms"_s);
    EXPECT_EQ(tile.rows().size(), 2) << "the one over and acknowledged is history";
    EXPECT_EQ(tile.state(), u"high"_s) << "still active, acknowledged";
}

TEST(DeskAlarms, PanelFiltersExplainsAndAcknowledgesWithAComment)
{
    AlarmFixture f;
    ui::AlarmPanel panel(f.live.context);
    ASSERT_EQ(panel.visibleRows(), 3);
    EXPECT_TRUE(panel.rowText(0).startsWith(u"▲ High | Unacknowledged"_s)) << panel.rowText(0).toStdString();
    EXPECT_EQ(panel.selectedId(), f.high.id);
    EXPECT_TRUE(panel.explanation().contains(u"Flooding at a depth tower"_s))
        << panel.explanation().toStdString();
    EXPECT_TRUE(panel.explanation().contains(u"≥ 100"_s)) << "the rule's levels, in words";

    // A comment is required: refused, nothing changes.
    int finished = 0;
    QObject::connect(&f.watch, &alerts::AlarmWatch::actionFinished, [&] { ++finished; });
    panel.acknowledgeSelected(u"lan"_s, QString());
    ASSERT_TRUE(waitFor([&] { return finished == 1; }));
    EXPECT_TRUE(panel.statusText().startsWith(u"Refused"_s)) << panel.statusText().toStdString();
    EXPECT_EQ(f.watch.unacknowledged(), 2);

    panel.acknowledgeSelected(u"lan"_s, u"Đã cử đội cứu hộ"_s);
    ASSERT_TRUE(waitFor([&] { return f.watch.unacknowledged() == 1; }));
    ASSERT_TRUE(panel.select(f.high.id));
    EXPECT_TRUE(panel.explanation().contains(u"Acknowledged by lan: Đã cử đội cứu hộ"_s))
        << panel.explanation().toStdString();

    // Shelved with a reason: out of the list that needs attention, back when the time is up.
    ASSERT_TRUE(panel.select(f.medium.id));
    panel.shelveSelected(u"lan"_s, u"trạm đang bảo trì"_s, 60 * kMinute);
    ASSERT_TRUE(waitFor([&] { return panel.visibleRows() == 2; }));
    f.live.clock.setNowMs(f.live.clock.nowMs() + 61 * kMinute);
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return panel.visibleRows() == 3; }));
}

TEST(DeskAlarms, TheHeaderSaysHowManyWaitAndOpensThePanel)
{
    AlarmFixture f;
    f.live.fillDemo(1);
    ui::MainWindow window(f.live.context);
    EXPECT_EQ(window.alarmButtonText(), u"Alarms: 2 unacknowledged"_s);
    window.showAlarms();
    EXPECT_EQ(window.currentGroup(), 16);
    ASSERT_NE(window.alarmPanel(), nullptr);
    EXPECT_EQ(window.alarmPanel()->visibleRows(), 3);
}

// A symptom superseded by the flood at its place (state-based suppression): not on the wall,
// not among what needs attention, found under "Suppressed" with what it is part of.
TEST(DeskAlarms, ASuppressedAlarmIsNotShownButCanBeFound)
{
    AlarmFixture f;
    const qint64 now = f.live.clock.nowMs();
    const warnings::ReplayedAlarm rising =
        alarm(u"flood.depth-rising"_s, u"flood.thanh-khe.ham-nghi"_s, warnings::Severity::Medium,
              now - 10 * kMinute, std::nullopt, u"Water rising 30 cm/h at Ham Nghi"_s);
    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive, alerts::suppressionOf(f.live.context.catalog()));
        ASSERT_TRUE(log.record({rising}, now).ok());
        EXPECT_EQ(log.find(rising.id, now)->state, alerts::State::Suppressed);
    }
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return f.watch.alarms().size() == 4; }));
    EXPECT_EQ(f.watch.unacknowledged(), 2);

    ui::AlertsTile tile(f.live.context, nullptr);
    tile.refresh();
    EXPECT_EQ(tile.rows().size(), 3) << "the wall shows what needs attention";

    ui::AlarmPanel panel(f.live.context);
    EXPECT_EQ(panel.visibleRows(), 3);
    auto* show = panel.findChild<QComboBox*>(u"alarmShow"_s);
    ASSERT_NE(show, nullptr);
    show->setCurrentIndex(show->findText(u"Suppressed"_s));
    ASSERT_EQ(panel.visibleRows(), 1);
    EXPECT_TRUE(panel.rowText(0).contains(u"Suppressed: part of a larger alarm"_s))
        << panel.rowText(0).toStdString();
    ASSERT_TRUE(panel.select(rising.id));
    EXPECT_TRUE(panel.explanation().contains(u"part of Flooding at a depth tower"_s))
        << panel.explanation().toStdString();
}

// A station in maintenance: its alarm leaves the wall, the ticker and what the panel shows
// first, and the panel's "Out of service" filter finds it with why.
TEST(DeskAlarms, AnAlarmOutOfServiceIsNotShownButCanBeFound)
{
    AlarmFixture f;
    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(
            log.takeOutOfService(f.high.place, QString(), u"lan"_s, u"thay cảm biến"_s, f.live.clock.nowMs())
                .ok());
    }
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return f.watch.unacknowledged() == 1; }));
    ui::AlertsTile tile(f.live.context, nullptr);
    tile.refresh();
    EXPECT_EQ(tile.rows().size(), 2);
    ui::AlarmTicker ticker(f.live.context, nullptr);
    EXPECT_EQ(ticker.count(), 2);
    ui::AlarmPanel panel(f.live.context);
    EXPECT_EQ(panel.visibleRows(), 2);
    auto* show = panel.findChild<QComboBox*>(u"alarmShow"_s);
    ASSERT_NE(show, nullptr);
    show->setCurrentIndex(show->findText(u"Out of service"_s));
    ASSERT_EQ(panel.visibleRows(), 1);
    ASSERT_TRUE(panel.select(f.high.id));
    EXPECT_TRUE(panel.explanation().contains(u"its place is in maintenance"_s))
        << panel.explanation().toStdString();
}

// Heard: the console's sound plays the tone and the spoken message through the player (here a
// script that keeps what it was given), says nothing while muted, and says once that a sound
// could not be played.
TEST(AlarmSound, PlaysTheToneAndTheMessageAndIsSilentWhenMuted)
{
    AlarmFixture f;
    QTemporaryDir heard;
    const QString script = heard.filePath(u"player.sh"_s);
    QDir().mkpath(heard.filePath(u"played"_s));
    {
        QFile file(script);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("#!/bin/sh\nn=$(ls '%1' | wc -l)\ncp \"$1\" '%1'/$n.wav\n")
                       .arg(heard.filePath(u"played"_s))
                       .toUtf8());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    qputenv("CITYOPS_AUDIO_PLAYER", script.toUtf8());
    ui::AlarmSound sound(f.live.clock, f.watch);
    qunsetenv("CITYOPS_AUDIO_PLAYER");
    QStringList said;
    QObject::connect(&sound, &ui::AlarmSound::played, [&](const QString& s) { said << s; });
    sound.check();
    ASSERT_TRUE(waitFor([&] { return !said.isEmpty(); }));
    EXPECT_EQ(said.front(), u"Có 1 cảnh báo mức cao chưa xác nhận."_s);
    const QStringList files = QDir(heard.filePath(u"played"_s)).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files, (QStringList{u"0.wav"_s, u"1.wav"_s})) << "the tone, then the message";
    QProcess sox;
    sox.start(u"sox"_s, {heard.filePath(u"played/1.wav"_s), u"-n"_s, u"stat"_s});
    ASSERT_TRUE(sox.waitForFinished(30'000));
    const QString stat = QString::fromUtf8(sox.readAllStandardError());
    EXPECT_TRUE(stat.contains(u"Length (seconds):      "_s)) << stat.toStdString();
    EXPECT_FALSE(stat.contains(u"RMS     amplitude:     0.000000"_s)) << "not silence";

    // Muted: a new high alarm (a minute later) is seen, not heard.
    sound.setMuted(true);
    f.live.clock.setNowMs(f.live.clock.nowMs() + kMinute);
    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(
            log.record({alarm(u"hydro.river-alarm-levels"_s, u"hydro.cam-le"_s, warnings::Severity::High,
                              f.live.clock.nowMs(), std::nullopt, u"Sông Cẩm Lệ trên báo động 3"_s)},
                       f.live.clock.nowMs())
                .ok());
    }
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return f.watch.unacknowledged() == 3; }));
    sound.check();
    QApplication::processEvents(QEventLoop::AllEvents, 500);
    EXPECT_EQ(said.size(), 1);
    EXPECT_EQ(QDir(heard.filePath(u"played"_s)).entryList(QDir::Files).size(), 2);
}

TEST(AlarmSound, ASoundThatCannotPlayIsSaidOnce)
{
    AlarmFixture f;
    qputenv("CITYOPS_AUDIO_PLAYER", "false");
    ui::AlarmSound sound(f.live.clock, f.watch);
    qunsetenv("CITYOPS_AUDIO_PLAYER");
    QStringList failures;
    QObject::connect(&sound, &ui::AlarmSound::failed, [&](const QString& m) { failures << m; });
    sound.check();
    ASSERT_TRUE(waitFor([&] { return !sound.lastError().isEmpty(); }));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.front().startsWith(u"The alarm sound could not be played"_s))
        << failures.front().toStdString();
}

// A cell, a marker and the alarm list never disagree: with an alarm log, the group cells and
// the map's markers take their colour from the alarms and blink while one waits for an
// acknowledgement; acknowledged, they stop blinking and keep the colour while it is active.
TEST(WallAlarms, GroupCellsAndMapMarkersShowTheAlarmsAndBlinkUntilAcknowledged)
{
    AlarmFixture f;
    f.live.fillDemo(1);
    ui::GroupsTile groups(f.live.context, nullptr);
    groups.refresh();
    EXPECT_EQ(groups.cellStates().value(u"rain-flood"_s), u"high"_s) << "the flood tower's high alarm";
    EXPECT_TRUE(groups.isBlinking(u"rain-flood"_s));
    EXPECT_EQ(groups.cellStates().value(u"traffic"_s), u"normal"_s) << "no alarm there";
    EXPECT_FALSE(groups.isBlinking(u"traffic"_s));

    std::unique_ptr<ui::MapView> map(ui::createCityMap(f.live.context, nullptr));
    ui::showLiveValues(*map, f.live.context, QString(), u"flood.depth"_s);
    EXPECT_EQ(map->blinkingMarkerCount(), 1) << "the tower whose alarm waits";
    const bool phase = map->blinkPhase();
    EXPECT_TRUE(waitFor([&] { return map->blinkPhase() != phase; }, 3000)) << "it blinks";

    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(log.acknowledge(f.high.id, u"lan"_s, u"đã cử đội"_s, f.live.clock.nowMs()).ok());
        ASSERT_TRUE(log.acknowledge(f.low.id, u"lan"_s, u"trạm đã có lại"_s, f.live.clock.nowMs()).ok());
    }
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return f.watch.unacknowledged() == 0; }));
    groups.refresh();
    EXPECT_FALSE(groups.isBlinking(u"rain-flood"_s));
    EXPECT_EQ(groups.cellStates().value(u"rain-flood"_s), u"high"_s) << "acknowledged, still active";
    ui::showLiveValues(*map, f.live.context, QString(), u"flood.depth"_s);
    EXPECT_EQ(map->blinkingMarkerCount(), 0);
}

// The supervisor's view: the alarm system's own figures over the last 24 hours, each against
// its target in words.
TEST(DeskAlarms, TheSupervisorSeesTheAlarmSystemsHealth)
{
    AlarmFixture f;
    ASSERT_TRUE(waitFor([&] { return !f.watch.health().isEmpty(); }));
    ui::SupervisorView view(f.live.context);
    const QStringList lines = view.lines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.front(), u"Alarms in 24 h: 3"_s);
    EXPECT_TRUE(lines.contains(u"Busiest 10 minutes: 1 — ✓ meets the target (≤ 10)"_s))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"High priority: 33.3 % (target ~5 %)"_s)) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"Escalated (not acknowledged in time): 1"_s))
        << lines.join(u'\n').toStdString();
}

// The wall's ticker: the alarms that need attention one after another in reading order, a new
// one at once, blinking while the one shown waits for an acknowledgement; shelved ones not on it.
TEST(WallAlarms, TheTickerPagesThroughTheAlarmsAndShowsANewOneAtOnce)
{
    AlarmFixture f;
    ui::AlarmTicker ticker(f.live.context, nullptr);
    ASSERT_EQ(ticker.count(), 3);
    EXPECT_TRUE(
        ticker.text().startsWith(u"1/3 ▲ High Flood depth 104 cm at Ham Nghi · 40 min · Unacknowledged"_s))
        << ticker.text().toStdString();
    EXPECT_TRUE(ticker.isBlinking());
    ticker.next();
    EXPECT_TRUE(ticker.text().startsWith(u"2/3 ● Low Hai Chau air station silent"_s))
        << ticker.text().toStdString();
    ticker.next();
    EXPECT_TRUE(ticker.text().contains(u"Acknowledged"_s)) << ticker.text().toStdString();
    EXPECT_FALSE(ticker.isBlinking()) << "an acknowledged alarm does not blink";
    ticker.next();
    EXPECT_EQ(ticker.position(), 0) << "round again";

    // A new alarm recorded (by the evaluator, another process): shown at once.
    const qint64 now = f.live.clock.nowMs();
    const warnings::ReplayedAlarm fresh =
        alarm(u"hydro.river-rising"_s, u"hydro.cam-le"_s, warnings::Severity::Medium, now - 2 * kMinute,
              std::nullopt, u"Cam Le river rising 25 cm/h"_s);
    {
        auto archive = store::Archive::open(f.location);
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(log.record({fresh}, now).ok());
        ASSERT_TRUE(log.shelve(f.low.id, u"lan"_s, u"trạm đang bảo trì"_s, 2 * 3600'000, now).ok());
    }
    f.watch.refresh();
    ASSERT_TRUE(waitFor([&] { return ticker.currentId() == fresh.id; })) << ticker.text().toStdString();
    EXPECT_EQ(ticker.count(), 3) << "the shelved one left the ticker";
    EXPECT_TRUE(ticker.text().contains(u"Cam Le river rising 25 cm/h · 2 min"_s))
        << ticker.text().toStdString();
    EXPECT_TRUE(ticker.isBlinking());
}
