// Out of service: an operator takes a station (or one rule at it) out of service with a
// reason; its alarms leave what needs attention, alarms raised there meanwhile are recorded
// out of service (never shown), and back in service what is still active waits for an
// acknowledgement again. On SQLite and on the test run's PostgreSQL; and from the command line.

#include "core/alerts/alarmhealth.h"
#include "core/alerts/alarmlog.h"
#include "core/store/archive.h"
#include "core/store/sqlconnection.h"
#include "core/warnings/replay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"
#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT0 = 1'792'000'000'000; // 2026-10-14, about 00:50 in Da Nang
const QString kTower = u"flood.thanh-khe.ham-nghi"_s;

warnings::ReplayedAlarm alarmOf(const QString& rule, const QString& place, std::int64_t firedAt,
                                std::optional<std::int64_t> resolvedAt = std::nullopt)
{
    warnings::ReplayedAlarm a;
    a.rule = rule;
    a.place = place;
    a.firedAt = firedAt;
    a.id = warnings::alarmId(rule, place, firedAt);
    a.severity = warnings::Severity::Medium;
    a.resolvedAt = resolvedAt;
    a.peakValue = 52;
    a.messageVi = u"Ngập 52 cm tại Hàm Nghi"_s;
    a.messageEn = u"Flood depth 52 cm at Ham Nghi"_s;
    return a;
}

class AlarmServiceTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.ok()) << m_scratch.error().toStdString();
        auto opened = store::Archive::open(*store::ArchiveLocation::parse(m_scratch.url()));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_archive = std::move(*opened);
        m_log = std::make_unique<alerts::AlarmLog>(*m_archive);
    }
    alerts::State stateOf(const QString& id)
    {
        auto a = m_log->find(id, m_now);
        EXPECT_TRUE(a.ok()) << id.toStdString();
        return a.ok() ? a->state : alerts::State::Normal;
    }
    QStringList shown()
    {
        QStringList ids;
        auto listed = m_log->list(std::nullopt, m_now);
        EXPECT_TRUE(listed.ok());
        for (const alerts::Alarm& a : listed.ok() ? *listed : QList<alerts::Alarm>())
            ids << a.id;
        return ids;
    }
    QStringList transitions(const QString& id)
    {
        QStringList out;
        auto h = m_log->history(id);
        EXPECT_TRUE(h.ok());
        for (const alerts::AuditEntry& e : h.ok() ? *h : QList<alerts::AuditEntry>())
            out << (e.from.isEmpty() ? u"-"_s : e.from) + u" → "_s + e.to + u" by "_s + e.who;
        return out;
    }

    test::ScratchArchive m_scratch{GetParam()};
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<alerts::AlarmLog> m_log;
    std::int64_t m_now = kT0 + 5 * 60'000;
};

} // namespace

TEST_P(AlarmServiceTest, AStationInMaintenanceIsNotShownAndComesBackWaiting)
{
    const auto depth = alarmOf(u"flood.depth-levels"_s, kTower, kT0);
    const auto elsewhere = alarmOf(u"flood.depth-levels"_s, u"flood.hai-chau.nguyen-tri-phuong"_s, kT0);
    ASSERT_TRUE(m_log->record({depth, elsewhere}, m_now).ok());

    m_now = kT0 + kHour;
    const auto taken = m_log->takeOutOfService(kTower, QString(), u"lan"_s, u"thay cảm biến"_s, m_now);
    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    EXPECT_EQ(stateOf(depth.id), alerts::State::OutOfService);
    EXPECT_EQ(shown(), QStringList{elsewhere.id}) << "the other tower's alarm is still there";
    const auto register_ = m_log->outOfService();
    ASSERT_TRUE(register_.ok());
    ASSERT_EQ(register_->size(), 1);
    EXPECT_EQ(register_->front().place, kTower);
    EXPECT_EQ(register_->front().reason, u"thay cảm biến"_s);

    // Raised while in maintenance: recorded, never shown, not counted as shown.
    m_now = kT0 + 2 * kHour;
    const auto rising = alarmOf(u"flood.depth-rising"_s, kTower, kT0 + 90 * 60'000);
    ASSERT_TRUE(m_log->record({rising}, m_now).ok());
    EXPECT_EQ(stateOf(rising.id), alerts::State::OutOfService);
    auto found = m_log->find(rising.id, m_now);
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->annunciated());
    EXPECT_FALSE(found->needsAttention());
    // The first one ends while out of service: it is over.
    ASSERT_TRUE(
        m_log->record({alarmOf(u"flood.depth-levels"_s, kTower, kT0, kT0 + 100 * 60'000)}, m_now).ok());
    EXPECT_EQ(stateOf(depth.id), alerts::State::Normal);

    // Refused, nothing changed: twice, without a reason, without a user.
    EXPECT_FALSE(m_log->takeOutOfService(kTower, QString(), u"lan"_s, u"lại"_s, m_now).ok());
    EXPECT_FALSE(m_log->takeOutOfService(u"rain.hai-chau"_s, QString(), u"lan"_s, u" "_s, m_now).ok());
    EXPECT_FALSE(m_log->takeOutOfService(u"rain.hai-chau"_s, QString(), QString(), u"bảo trì"_s, m_now).ok());
    EXPECT_EQ(m_log->outOfService()->size(), 1);

    // The supervisor's figures count the one raised in maintenance apart.
    auto health = m_log->forHealth(kT0 - kHour, m_now, m_now);
    ASSERT_TRUE(health.ok());
    const QJsonObject figures =
        alerts::alarmHealth(*health, {kT0 - kHour, m_now}, [](std::int64_t t) { return QString::number(t); });
    EXPECT_EQ(figures.value(u"alarms"_s).toInt(), 2) << "the two shown";
    EXPECT_EQ(figures.value(u"outOfService"_s).toInt(), 1) << "raised in maintenance";

    // Back in service: what is still active waits for an acknowledgement again.
    m_now = kT0 + 3 * kHour;
    const auto back = m_log->returnToService(kTower, QString(), u"minh"_s, u"đã thay cảm biến"_s, m_now);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(stateOf(rising.id), alerts::State::Unacknowledged);
    EXPECT_TRUE(shown().contains(rising.id));
    EXPECT_TRUE(m_log->outOfService()->isEmpty());
    EXPECT_EQ(transitions(rising.id), (QStringList{u"- → unacknowledged by cityops"_s,
                                                   u"unacknowledged → out-of-service by cityops"_s,
                                                   u"out-of-service → unacknowledged by minh"_s}));
    EXPECT_EQ(transitions(depth.id),
              (QStringList{u"- → unacknowledged by cityops"_s, u"unacknowledged → out-of-service by lan"_s,
                           u"out-of-service → normal by cityops"_s}));
    EXPECT_FALSE(m_log->returnToService(kTower, QString(), u"minh"_s, QString(), m_now).ok())
        << "not out now";
}

TEST_P(AlarmServiceTest, OneRuleAtAPlaceOutOfServiceLeavesTheOthers)
{
    const auto depth = alarmOf(u"flood.depth-levels"_s, kTower, kT0);
    const auto silent = alarmOf(u"flood.tower-silent"_s, kTower, kT0);
    ASSERT_TRUE(m_log->record({depth, silent}, m_now).ok());
    ASSERT_TRUE(
        m_log->takeOutOfService(kTower, u"flood.tower-silent"_s, u"lan"_s, u"đường truyền đang sửa"_s, m_now)
            .ok());
    EXPECT_EQ(stateOf(silent.id), alerts::State::OutOfService);
    EXPECT_EQ(stateOf(depth.id), alerts::State::Unacknowledged);
    // The whole place too; the rule's period ends first: still out under the place's.
    ASSERT_TRUE(m_log->takeOutOfService(kTower, QString(), u"lan"_s, u"bảo trì trạm"_s, m_now).ok());
    EXPECT_EQ(stateOf(depth.id), alerts::State::OutOfService);
    ASSERT_TRUE(m_log->returnToService(kTower, u"flood.tower-silent"_s, u"lan"_s, QString(), m_now).ok());
    EXPECT_EQ(stateOf(silent.id), alerts::State::OutOfService);
    ASSERT_TRUE(m_log->returnToService(kTower, QString(), u"lan"_s, QString(), m_now).ok());
    EXPECT_EQ(stateOf(silent.id), alerts::State::Unacknowledged);
    EXPECT_EQ(stateOf(depth.id), alerts::State::Unacknowledged);
}

// Back in service, an alarm waits again as if new — escalated again if nobody acknowledges it
// — unless what supersedes it is still on (then it stays suppressed); a second period has its
// own start; and one period at a time per place and rule, even written behind the log's back.
TEST_P(AlarmServiceTest, BackInServiceAnAlarmWaitsAgainOrStaysSuppressed)
{
    alerts::AlarmLog log(*m_archive, {{u"flood.depth-rising"_s, {u"flood.depth-levels"_s}}});
    const auto depth = alarmOf(u"flood.depth-levels"_s, kTower, kT0);
    const auto rising = alarmOf(u"flood.depth-rising"_s, kTower, kT0 + 10 * 60'000);
    ASSERT_TRUE(log.record({depth, rising}, kT0 + 11 * 60'000).ok());
    ASSERT_EQ(log.find(rising.id, kT0 + 11 * 60'000)->state, alerts::State::Suppressed);
    const auto escalated = log.find(depth.id, kT0 + 40 * 60'000); // medium: 30 min
    ASSERT_TRUE(escalated.ok());
    ASSERT_EQ(escalated->escalatedAt, kT0 + 30 * 60'000);

    ASSERT_TRUE(log.takeOutOfService(kTower, QString(), u"lan"_s, u"bảo trì"_s, kT0 + kHour).ok());
    ASSERT_TRUE(log.returnToService(kTower, QString(), u"minh"_s, QString(), kT0 + 2 * kHour).ok());
    EXPECT_EQ(log.find(rising.id, kT0 + 2 * kHour)->state, alerts::State::Suppressed)
        << "the flood it is part of is still on";
    auto back = log.find(depth.id, kT0 + 2 * kHour + 20 * 60'000);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->state, alerts::State::Unacknowledged);
    EXPECT_FALSE(back->escalatedAt) << "waiting again";
    back = log.find(depth.id, kT0 + 2 * kHour + 31 * 60'000);
    EXPECT_EQ(back->escalatedAt, kT0 + 2 * kHour + 30 * 60'000) << "escalated again, 30 min after its return";

    ASSERT_TRUE(log.takeOutOfService(kTower, QString(), u"lan"_s, u"lần hai"_s, kT0 + 3 * kHour).ok());
    EXPECT_EQ(log.find(depth.id, kT0 + 3 * kHour)->outOfServiceAt, kT0 + 3 * kHour) << "the second period's";
    const auto twice =
        m_archive->connection().run(u"INSERT INTO alarm_service (place, rule, since, by_user, reason) "
                                    "VALUES (?, '', ?, 'khác', 'cùng lúc')"_s,
                                    {kTower, qlonglong(kT0 + 3 * kHour)});
    EXPECT_FALSE(twice.ok()) << "a second open period for the same place and rule";
    EXPECT_EQ(log.outOfService()->size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, AlarmServiceTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

// From the command line, as other tools script it: a clear error and exit 2 for a place or a
// rule nobody knows, the register as JSON.
TEST(AlarmServiceCli, TakesAStationOutOfServiceAndBack)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    {
        auto archive = store::Archive::open(*store::ArchiveLocation::parse(db));
        ASSERT_TRUE(archive.ok());
        alerts::AlarmLog log(**archive);
        ASSERT_TRUE(log.record({alarmOf(u"flood.depth-levels"_s, kTower, kT0)}, kT0).ok());
    }
    const QStringList base = {u"alerts"_s, u"out-of-service"_s, u"--db"_s, db};
    EXPECT_EQ(test::runCli(base + QStringList{u"--place"_s, u"no.such-place"_s, u"--user"_s, u"lan"_s,
                                              u"--reason"_s, u"x"_s})
                  .exitCode,
              2);
    EXPECT_EQ(test::runCli(base + QStringList{u"--place"_s, kTower, u"--rule"_s, u"no.such-rule"_s,
                                              u"--user"_s, u"lan"_s, u"--reason"_s, u"x"_s})
                  .exitCode,
              2);
    EXPECT_EQ(test::runCli(base + QStringList{u"--place"_s, kTower, u"--user"_s, u"lan"_s}).exitCode, 2)
        << "no reason";
    const auto taken = test::runCli(
        base + QStringList{u"--place"_s, kTower, u"--user"_s, u"lan"_s, u"--reason"_s, u"bảo trì"_s});
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    const auto listed = test::runCli(base);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray entries =
        QJsonDocument::fromJson(listed.out.toUtf8()).object()[u"outOfService"_s].toArray();
    ASSERT_EQ(entries.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(entries[0][u"place"_s].toString(), kTower);
    EXPECT_TRUE(entries[0][u"rule"_s].isNull());
    EXPECT_EQ(entries[0][u"by"_s].toString(), u"lan"_s);
    const auto state = test::runCli(
        {u"alerts"_s, u"list"_s, u"--db"_s, db, u"--state"_s, u"out-of-service"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(state.exitCode, 0) << state.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(state.out.toUtf8()).object()[u"alerts"_s].toArray().size(), 1);
    const auto back = test::runCli(
        {u"alerts"_s, u"in-service"_s, u"--db"_s, db, u"--place"_s, kTower, u"--user"_s, u"minh"_s});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(test::runCli(
                  {u"alerts"_s, u"in-service"_s, u"--db"_s, db, u"--place"_s, kTower, u"--user"_s, u"minh"_s})
                  .exitCode,
              2)
        << "not out of service any more";
    const auto waiting = test::runCli({u"alerts"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    EXPECT_EQ(QJsonDocument::fromJson(waiting.out.toUtf8()).object()[u"alerts"_s].toArray().size(), 1);
}
