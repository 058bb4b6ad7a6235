// The alarm lifecycle in an archive: recorded once however often the rules are replayed,
// resolved, acknowledged with a comment, shelved for a while with a reason, every change in the
// audit log; and refused, with nothing changed, when the input is wrong. On SQLite and on the
// throwaway PostgreSQL the test run starts.

#include "core/alerts/alarmlog.h"
#include "core/store/archive.h"
#include "core/warnings/replay.h"

#include <gtest/gtest.h>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT0 = 1'792'000'000'000; // 2026-10-14, about 00:50 in Da Nang

warnings::ReplayedAlarm flood(std::optional<std::int64_t> resolvedAt = std::nullopt,
                              warnings::Severity severity = warnings::Severity::Medium)
{
    warnings::ReplayedAlarm a;
    a.rule = u"flood.depth-levels"_s;
    a.place = u"flood.thanh-khe.ham-nghi"_s;
    a.firedAt = kT0;
    a.id = a.rule + u'@' + a.place + u"@20261014T000000Z"_s;
    a.severity = severity;
    a.resolvedAt = resolvedAt;
    a.peakValue = 52;
    a.messageVi = u"Ngập 52 cm tại Hàm Nghi – Thạc Gián — vượt ngưỡng 50 cm"_s;
    a.messageEn = u"Flood depth 52 cm at Ham Nghi – Thac Gian — over the 50 cm level"_s;
    return a;
}

class AlarmLogTest : public ::testing::TestWithParam<const char*>
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
};

} // namespace

TEST_P(AlarmLogTest, RecordsAnAlarmOnceAndFollowsItToNormal)
{
    const auto first = m_log->record({flood()}, kT0 + 1);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->added, 1);
    const auto again = m_log->record({flood()}, kT0 + 2);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added + again->updated, 0) << "the same alarm recorded again adds nothing";

    // Worse, then over: one alarm, brought up to date; unacknowledged, it waits for someone.
    ASSERT_TRUE(m_log->record({flood(std::nullopt, warnings::Severity::High)}, kT0 + 3).ok());
    ASSERT_TRUE(m_log->record({flood(kT0 + 2 * kHour, warnings::Severity::High)}, kT0 + 3 * kHour).ok());
    const auto listed = m_log->list(std::nullopt, kT0 + 3 * kHour);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->front().state, alerts::State::RtnUnacknowledged);
    EXPECT_EQ(listed->front().severity, u"high"_s);
    EXPECT_EQ(listed->front().resolvedAt, kT0 + 2 * kHour);

    // Acknowledged after it is over: done, out of the list that needs attention.
    const auto acked = m_log->acknowledge(flood().id, u"lan"_s, u"Nước đã rút"_s, kT0 + 4 * kHour);
    ASSERT_TRUE(acked.ok()) << acked.error().message.toStdString();
    EXPECT_EQ(acked->state, alerts::State::Normal);
    EXPECT_EQ(acked->comment, u"Nước đã rút"_s);
    EXPECT_TRUE(m_log->list(std::nullopt, kT0 + 4 * kHour)->isEmpty());
    EXPECT_EQ(transitions(flood().id), (QStringList{u"- → unacknowledged by cityops"_s,
                                                    u"unacknowledged → rtn-unacknowledged by cityops"_s,
                                                    u"rtn-unacknowledged → rtn-unacknowledged by cityops"_s,
                                                    u"rtn-unacknowledged → normal by lan"_s}))
        << "(the third: escalated, nobody having acknowledged it within 10 minutes)";
}

TEST_P(AlarmLogTest, AnAcknowledgedAlarmThatClearsIsOver)
{
    ASSERT_TRUE(m_log->record({flood()}, kT0).ok());
    ASSERT_TRUE(m_log->acknowledge(flood().id, u"lan"_s, u"Đã cử đội cứu hộ"_s, kT0 + kHour).ok());
    ASSERT_TRUE(m_log->record({flood(kT0 + 2 * kHour)}, kT0 + 2 * kHour).ok());
    const auto alarm = m_log->find(flood().id, kT0 + 2 * kHour);
    ASSERT_TRUE(alarm.ok());
    EXPECT_EQ(alarm->state, alerts::State::Normal);
    EXPECT_EQ(alarm->acknowledgedBy, u"lan"_s);
}

TEST_P(AlarmLogTest, RefusesBadInputAndChangesNothing)
{
    ASSERT_TRUE(m_log->record({flood()}, kT0).ok());
    const QString id = flood().id;
    EXPECT_EQ(m_log->acknowledge(id, u"lan"_s, u"  "_s, kT0).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(m_log->acknowledge(id, QString(), u"ok"_s, kT0).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(m_log->acknowledge(u"no.such@alarm@x"_s, u"lan"_s, u"ok"_s, kT0).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(m_log->shelve(id, u"lan"_s, QString(), kHour, kT0).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(m_log->shelve(id, u"lan"_s, u"bảo trì"_s, 25 * kHour, kT0).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(m_log->find(id, kT0)->state, alerts::State::Unacknowledged);
    EXPECT_EQ(transitions(id).size(), 1);
}

TEST_P(AlarmLogTest, AShelfRunsOutAndTheAlarmComesBack)
{
    ASSERT_TRUE(m_log->record({flood()}, kT0).ok());
    const auto shelved =
        m_log->shelve(flood().id, u"minh"_s, u"Cột đo đang bảo trì"_s, 2 * kHour, kT0 + kHour);
    ASSERT_TRUE(shelved.ok());
    EXPECT_EQ(shelved->state, alerts::State::Shelved);
    EXPECT_EQ(shelved->shelvedUntil, kT0 + 3 * kHour);
    EXPECT_EQ(m_log->list(alerts::State::Shelved, kT0 + 2 * kHour)->size(), 1);
    // The shelf's time is over: back as it was, and the log says so.
    const auto back = m_log->find(flood().id, kT0 + 3 * kHour + 1);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->state, alerts::State::Unacknowledged);
    EXPECT_EQ(
        transitions(flood().id),
        (QStringList{u"- → unacknowledged by cityops"_s, u"unacknowledged → unacknowledged by cityops"_s,
                     u"unacknowledged → shelved by minh"_s, u"shelved → unacknowledged by cityops"_s}))
        << "(the second: escalated, not acknowledged within 30 minutes, before it was shelved)";
}

TEST_P(AlarmLogTest, ARestartFindsTheAlarmItsStateAndItsCommentOnce)
{
    ASSERT_TRUE(m_log->record({flood()}, kT0).ok());
    ASSERT_TRUE(m_log->acknowledge(flood().id, u"lan"_s, u"Đã cử đội cứu hộ"_s, kT0 + kHour).ok());
    m_log.reset();
    m_archive.reset(); // the process ends
    auto reopened = store::Archive::open(*store::ArchiveLocation::parse(m_scratch.url()), false);
    ASSERT_TRUE(reopened.ok());
    alerts::AlarmLog log(**reopened);
    const auto listed = log.list(std::nullopt, kT0 + 2 * kHour);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->front().state, alerts::State::Acknowledged);
    EXPECT_EQ(listed->front().comment, u"Đã cử đội cứu hộ"_s);
}

// Waiting too long for an acknowledgement (high: 10 min): escalated once, at the instant the
// time ran out, with a line in the audit log; an acknowledged alarm never is.
TEST_P(AlarmLogTest, AnAlarmNobodyAcknowledgesIsEscalatedOnce)
{
    constexpr std::int64_t kMinute = 60'000;
    ASSERT_TRUE(m_log->record({flood(std::nullopt, warnings::Severity::High)}, kT0).ok());
    EXPECT_FALSE(m_log->find(flood().id, kT0 + 9 * kMinute)->escalatedAt);
    const auto late = m_log->find(flood().id, kT0 + 11 * kMinute);
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(late->escalatedAt, kT0 + 10 * kMinute);
    EXPECT_EQ(late->state, alerts::State::Unacknowledged);
    (void)m_log->list(std::nullopt, kT0 + 20 * kMinute);
    const auto history = m_log->history(flood().id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2) << "escalated once, however often it is read";
    EXPECT_EQ(history->back().at, kT0 + 10 * kMinute);
    EXPECT_TRUE(history->back().comment.contains(u"escalated"_s)) << history->back().comment.toStdString();

    warnings::ReplayedAlarm other = flood(std::nullopt, warnings::Severity::High);
    other.place = u"flood.hai-chau.ngo-quyen"_s;
    other.id = other.rule + u'@' + other.place + u"@20261014T000000Z"_s;
    ASSERT_TRUE(m_log->record({other}, kT0).ok());
    ASSERT_TRUE(m_log->acknowledge(other.id, u"lan"_s, u"đã cử đội"_s, kT0 + 5 * kMinute).ok());
    EXPECT_FALSE(m_log->find(other.id, kT0 + 60 * kMinute)->escalatedAt) << "acknowledged in time";
}

INSTANTIATE_TEST_SUITE_P(Engines, AlarmLogTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });
