// Two consoles on one PostgreSQL archive (the throwaway server the test run starts): an
// acknowledgement made on one shows on the other within a second. The other console is a
// second process whose watch polls only once a minute, so only LISTEN/NOTIFY can tell it in
// time.

#include "core/alerts/alarmlog.h"
#include "core/alerts/alarmwatch.h"
#include "core/common/clock.h"
#include "core/store/archive.h"
#include "core/warnings/replay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kT0 = 1'792'000'000'000;

warnings::ReplayedAlarm flood()
{
    warnings::ReplayedAlarm a;
    a.rule = u"flood.depth-levels"_s;
    a.place = u"flood.thanh-khe.ham-nghi"_s;
    a.firedAt = kT0;
    a.id = warnings::alarmId(a.rule, a.place, a.firedAt);
    a.severity = warnings::Severity::High;
    a.peakValue = 104;
    a.messageVi = u"Ngập 104 cm tại Hàm Nghi"_s;
    a.messageEn = u"Flood depth 104 cm at Ham Nghi"_s;
    return a;
}

// Reads the child's output until a line starting with `word`; false after `ms`.
bool readLine(QProcess& child, const QByteArray& word, QByteArray& out, int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms) {
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith(word))
                return true;
        child.waitForReadyRead(50);
        out += child.readAllStandardOutput();
    }
    return false;
}

} // namespace

// The second console (run only by the next test): follows the archive, says when it has read
// it, then when it sees the alarm acknowledged.
TEST(AlarmConsoleChild, DISABLED_FollowsTheArchive)
{
    const QString db = qEnvironmentVariable("CITYOPS_CHILD_DB");
    ASSERT_FALSE(db.isEmpty());
    SystemClock clock;
    alerts::AlarmWatch watch(clock);
    QEventLoop loop;
    bool ready = false;
    QObject::connect(&watch, &alerts::AlarmWatch::changed, &loop, [&] {
        if (!ready) {
            ready = true;
            QTextStream(stdout) << "READY " << watch.alarms().size() << Qt::endl;
        }
        for (const alerts::Alarm& a : watch.alarms()) {
            if (a.state == alerts::State::Acknowledged) {
                QTextStream(stdout) << "SEEN " << a.acknowledgedBy << Qt::endl;
                loop.quit();
            }
        }
    });
    QObject::connect(&watch, &alerts::AlarmWatch::failed, &loop, [&](const QString& m) {
        QTextStream(stdout) << "FAILED " << m << Qt::endl;
        loop.quit();
    });
    watch.follow(*store::ArchiveLocation::parse(db), 60'000);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
}

TEST(AlarmConsoles, AnAcknowledgementOnOneShowsOnTheOtherWithinASecond)
{
    test::ScratchArchive scratch{"postgresql"};
    ASSERT_TRUE(scratch.ok()) << scratch.error().toStdString();
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(scratch.url()));
    ASSERT_TRUE(archive.ok()) << archive.error().toString().toStdString();
    alerts::AlarmLog log(**archive);
    ASSERT_TRUE(log.record({flood()}, kT0).ok());

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CITYOPS_CHILD_DB"_s, scratch.url());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=AlarmConsoleChild.DISABLED_FollowsTheArchive"_s,
                 u"--gtest_also_run_disabled_tests"_s});
    QByteArray out;
    ASSERT_TRUE(readLine(child, "READY 1", out, 30'000)) << out.toStdString();

    QElapsedTimer sinceAcknowledged;
    sinceAcknowledged.start();
    ASSERT_TRUE(log.acknowledge(flood().id, u"lan"_s, u"Đã cử đội cứu hộ"_s, kT0 + 60'000).ok());
    ASSERT_TRUE(readLine(child, "SEEN lan", out, 10'000)) << out.toStdString();
    const qint64 ms = sinceAcknowledged.elapsed();
    EXPECT_LT(ms, 1000) << "the other console saw it after " << ms << " ms";
    child.waitForFinished(10'000);
    EXPECT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    std::cout << "acknowledgement seen by the other console after " << ms << " ms\n";
}
