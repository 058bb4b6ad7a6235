// State-based (first-out) suppression in the alarm log: a symptom's alarm (the tower's water
// rising) is suppressed while the alarm that supersedes it (the flood's depth) is active at the
// same place — it fired then, or was active when that one fired — comes back if it outlasts
// it, and is over without an acknowledgement if it ends while suppressed. The states are the
// same whether the log sees the alarms at once (a replay) or one step at a time, in any order.
// On SQLite and on the throwaway PostgreSQL the test run starts.

#include "core/alerts/alarmhealth.h"
#include "core/alerts/alarmlog.h"
#include "core/store/archive.h"
#include "core/warnings/replay.h"

#include <gtest/gtest.h>

#include "tests/support/pgserver.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT0 = 1'792'000'000'000; // 2026-10-14, about 00:50 in Da Nang
const QString kPlace = u"flood.thanh-khe.ham-nghi"_s;

// An alarm of `rule` at the tower, from `fired` (minutes after kT0) to `resolved` (if over).
warnings::ReplayedAlarm alarm(const QString& rule, int fired, std::optional<int> resolved = std::nullopt)
{
    warnings::ReplayedAlarm a;
    a.rule = rule;
    a.place = kPlace;
    a.firedAt = kT0 + fired * kMinute;
    a.id = rule + u'@' + kPlace + u'@' + QString::number(fired);
    a.severity = warnings::Severity::Medium;
    if (resolved)
        a.resolvedAt = kT0 + *resolved * kMinute;
    a.peakValue = 1;
    a.messageVi = rule;
    a.messageEn = rule;
    return a;
}

warnings::ReplayedAlarm rising(int fired, std::optional<int> resolved = std::nullopt)
{
    return alarm(u"flood.depth-rising"_s, fired, resolved);
}

warnings::ReplayedAlarm depth(int fired, std::optional<int> resolved = std::nullopt)
{
    return alarm(u"flood.depth-levels"_s, fired, resolved);
}

class AlarmSuppressionTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.ok()) << m_scratch.error().toStdString();
        auto opened = store::Archive::open(*store::ArchiveLocation::parse(m_scratch.url()));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_archive = std::move(*opened);
        m_log = std::make_unique<alerts::AlarmLog>(
            *m_archive, alerts::Suppression{{u"flood.depth-rising"_s, {u"flood.depth-levels"_s}}});
    }
    void record(const std::vector<warnings::ReplayedAlarm>& alarms, int at)
    {
        const auto r = m_log->record(alarms, kT0 + at * kMinute);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }
    alerts::Alarm find(const warnings::ReplayedAlarm& a)
    {
        auto found = m_log->find(a.id, kT0);
        EXPECT_TRUE(found.ok()) << a.id.toStdString();
        return found.ok() ? *found : alerts::Alarm();
    }
    QStringList transitions(const QString& id)
    {
        QStringList out;
        auto h = m_log->history(id);
        EXPECT_TRUE(h.ok());
        for (const alerts::AuditEntry& e : h.ok() ? *h : QList<alerts::AuditEntry>())
            out << (e.from.isEmpty() ? u"-"_s : e.from) + u" → "_s + e.to;
        return out;
    }

    test::ScratchArchive m_scratch{GetParam()};
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<alerts::AlarmLog> m_log;
};

} // namespace

TEST_P(AlarmSuppressionTest, ASymptomFiredDuringTheFloodIsNeverShownAndComesBackIfItOutlastsIt)
{
    record({depth(0)}, 0);
    record({rising(10)}, 10);
    const alerts::Alarm symptom = find(rising(10));
    EXPECT_EQ(symptom.state, alerts::State::Suppressed);
    EXPECT_EQ(symptom.suppressedBy, depth(0).id);
    EXPECT_EQ(symptom.suppressedAt, kT0 + 10 * kMinute);
    EXPECT_FALSE(symptom.annunciated());
    const auto attention = m_log->list(std::nullopt, kT0 + 10 * kMinute);
    ASSERT_TRUE(attention.ok());
    ASSERT_EQ(attention->size(), 1) << "only the flood needs attention";
    EXPECT_EQ(attention->front().id, depth(0).id);
    EXPECT_EQ(m_log->list(alerts::State::Suppressed, kT0)->size(), 1);
    EXPECT_EQ(m_log->current(kT0)->size(), 2);
    // Nobody acknowledges or shelves what is not shown.
    EXPECT_FALSE(m_log->acknowledge(rising(10).id, u"lan"_s, u"ok"_s, kT0 + 11 * kMinute).ok());
    EXPECT_FALSE(m_log->shelve(rising(10).id, u"lan"_s, u"ok"_s, kHour, kT0 + 11 * kMinute).ok());

    // The flood's alarm is over, the water still rises: the symptom is news again.
    record({depth(0, 60)}, 61);
    const alerts::Alarm back = find(rising(10));
    EXPECT_EQ(back.state, alerts::State::Unacknowledged);
    EXPECT_EQ(transitions(back.id), (QStringList{u"- → unacknowledged"_s, u"unacknowledged → suppressed"_s,
                                                 u"suppressed → unacknowledged"_s}));
    const auto history = m_log->history(back.id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->back().at, kT0 + 60 * kMinute);
    EXPECT_EQ(history->back().comment, depth(0).id + u" is over"_s);
}

TEST_P(AlarmSuppressionTest, ASymptomShownBeforeTheFloodIsSupersededAndEndsWithoutAnAcknowledgement)
{
    record({rising(0)}, 0);
    EXPECT_EQ(find(rising(0)).state, alerts::State::Unacknowledged);
    record({depth(20)}, 20);
    const alerts::Alarm superseded = find(rising(0));
    EXPECT_EQ(superseded.state, alerts::State::Suppressed);
    EXPECT_EQ(superseded.suppressedAt, kT0 + 20 * kMinute);
    EXPECT_TRUE(superseded.annunciated()) << "it was shown for 20 minutes";
    // It ends while the flood goes on: over, nobody asked to acknowledge it.
    record({rising(0, 40)}, 40);
    const alerts::Alarm over = find(rising(0));
    EXPECT_EQ(over.state, alerts::State::Normal);
    EXPECT_EQ(over.resolvedAt, kT0 + 40 * kMinute);
    EXPECT_EQ(over.suppressedBy, depth(20).id);
    EXPECT_EQ(m_log->list(std::nullopt, kT0 + 40 * kMinute)->size(), 1);
}

TEST_P(AlarmSuppressionTest, AnAcknowledgedSymptomComesBackAcknowledged)
{
    record({rising(0)}, 0);
    ASSERT_TRUE(m_log->acknowledge(rising(0).id, u"lan"_s, u"Theo dõi"_s, kT0 + 5 * kMinute).ok());
    record({depth(10)}, 10);
    EXPECT_EQ(find(rising(0)).state, alerts::State::Suppressed);
    record({depth(10, 30)}, 30);
    const alerts::Alarm back = find(rising(0));
    EXPECT_EQ(back.state, alerts::State::Acknowledged);
    EXPECT_EQ(back.comment, u"Theo dõi"_s);
}

TEST_P(AlarmSuppressionTest, ASymptomOverBeforeTheFloodIsLeftAlone)
{
    record({rising(0, 15), depth(20, 25)}, 25);
    EXPECT_EQ(find(rising(0, 15)).state, alerts::State::RtnUnacknowledged);
    EXPECT_TRUE(find(rising(0, 15)).suppressedBy.isEmpty());
    // Another place's flood does not suppress an alarm here.
    warnings::ReplayedAlarm elsewhere = depth(0);
    elsewhere.place = u"flood.hai-chau.phan-chu-trinh"_s;
    elsewhere.id = elsewhere.rule + u'@' + elsewhere.place + u"@0"_s;
    record({elsewhere, rising(30)}, 30);
    EXPECT_EQ(find(rising(30)).state, alerts::State::Unacknowledged);
}

// A replay records a whole storm at once, in any order; the live evaluator records it a step
// at a time: the same states at the end.
TEST_P(AlarmSuppressionTest, AtOnceInAnyOrderOrStepByStepTheStatesAreTheSame)
{
    const std::vector<warnings::ReplayedAlarm> storm = {rising(0, 45), depth(20, 90), rising(50, 55),
                                                        rising(60, 120), rising(130)};
    record({storm[4], storm[3], storm[2], storm[1], storm[0]}, 200); // all at once, backwards
    std::map<QString, alerts::State> atOnce;
    for (const auto& a : storm)
        atOnce[a.id] = find(a).state;
    EXPECT_EQ(atOnce[storm[0].id], alerts::State::Normal);            // ended while suppressed
    EXPECT_EQ(atOnce[storm[2].id], alerts::State::Normal);            // within the flood
    EXPECT_EQ(atOnce[storm[3].id], alerts::State::RtnUnacknowledged); // outlasted the flood, ended
    EXPECT_EQ(atOnce[storm[4].id], alerts::State::Unacknowledged);    // after it
    EXPECT_TRUE(find(storm[0]).annunciated());
    EXPECT_FALSE(find(storm[2]).annunciated());
    EXPECT_TRUE(find(storm[3]).annunciated()) << "shown once the flood's alarm was over";
    const auto all = m_log->all(kT0 + 200 * kMinute);
    ASSERT_TRUE(all.ok());
    const QJsonObject health = alerts::alarmHealth(*all, {kT0, kT0 + 200 * kMinute},
                                                   [](std::int64_t t) { return QString::number(t); });
    EXPECT_EQ(health.value(u"alarms"_s).toInt(), 4) << "one never shown";
    EXPECT_EQ(health.value(u"suppressed"_s).toInt(), 1);

    // Step by step in a second archive.
    test::ScratchArchive second{GetParam()};
    ASSERT_TRUE(second.ok());
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(second.url()));
    ASSERT_TRUE(archive.ok());
    m_log = std::make_unique<alerts::AlarmLog>(
        **archive, alerts::Suppression{{u"flood.depth-rising"_s, {u"flood.depth-levels"_s}}});
    record({rising(0)}, 0);
    record({depth(20)}, 20);
    record({rising(0, 45)}, 45);
    record({rising(50)}, 50);
    record({rising(50, 55)}, 55);
    record({rising(60)}, 60);
    record({depth(20, 90)}, 90);
    record({rising(60, 120)}, 120);
    record({rising(130)}, 130);
    for (const auto& a : storm)
        EXPECT_EQ(find(a).state, atOnce[a.id]) << a.id.toStdString();
    m_log.reset(); // before the archive it writes to
}

INSTANTIATE_TEST_SUITE_P(Engines, AlarmSuppressionTest, testing::ValuesIn(test::kArchiveEngines),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });
