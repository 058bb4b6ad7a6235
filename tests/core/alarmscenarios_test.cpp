// The catalog's rules on the demo city, through the command line as an operator's tools run
// them: every scenario's key is announced by the alarm it names, where and by when it says;
// and quiet weeks — one in the dry season, one in the wet — meet the ISA-18.2 / EEMUA 191
// targets (≤ 1 alarm per 10 minutes, no flood, no chattering, no high-priority alarm).

#include "core/catalog/catalogloader.h"
#include "core/sim/scenario.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include "tests/support/cliprocess.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 24 * kHour;
const QTimeZone kDanang(7 * 3600);

std::int64_t instant(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

QString local(std::int64_t t)
{
    return QDateTime::fromMSecsSinceEpoch(t, kDanang).toString(u"yyyy-MM-ddTHH:mm"_s);
}

const Catalog& catalog()
{
    static const Catalog c = [] {
        auto loaded = CatalogLoader::load(CatalogLoader::embeddedDirectory());
        return loaded.ok() ? std::move(*loaded) : Catalog();
    }();
    return c;
}

QJsonObject runJson(const QStringList& arguments)
{
    const test::CliRun run = test::runCli(arguments, 300'000);
    EXPECT_EQ(run.exitCode, 0) << arguments.join(u' ').toStdString() << "\n" << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// The demo city (seed 1) written into `db` from `from` for `days` days, with `scenario` at `at`.
void simulate(const QString& db, std::int64_t from, int days, const QString& scenario = {},
              std::int64_t at = 0)
{
    QStringList arguments = {u"simulate"_s,        u"--db"_s, db, u"--from"_s, local(from), u"--days"_s,
                             QString::number(days)};
    if (!scenario.isEmpty())
        arguments += {u"--scenario"_s, scenario, u"--scenario-at"_s, local(at)};
    const test::CliRun run = test::runCli(arguments, 300'000);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
}

} // namespace

// The trainer's answer sheet and the alarms agree: for each key item, the rule it names raises
// its alarm at one of the item's places between the scenario's start and the item's deadline.
TEST(ScenarioAlarms, EveryKeyItemIsAnnouncedByItsAlarmInTime)
{
    ASSERT_FALSE(catalog().warningRules.isEmpty());
    const std::int64_t start = instant(u"2024-03-04T17:00:00+07:00"_s); // as the data keys' test
    for (const QString& name : sim::Scenario::builtIn()) {
        SCOPED_TRACE(name.toStdString());
        const auto scenario = sim::Scenario::load(name);
        ASSERT_TRUE(scenario.ok());
        QTemporaryDir temporary;
        ASSERT_TRUE(temporary.isValid());
        const QString db = temporary.filePath(u"city.db"_s);
        const std::int64_t from = start - 17 * kHour - kDay; // the day before, from midnight
        simulate(db, from, 2 + int((scenario->durationMs + kDay - 1) / kDay), name, start);
        const QJsonArray alerts =
            runJson({u"alerts"_s, u"evaluate"_s, u"--db"_s, db, u"--dry-run"_s, u"--format"_s, u"json"_s})
                .value(u"alerts"_s)
                .toArray();
        for (const sim::ScenarioKeyItem& item : scenario->key) {
            SCOPED_TRACE(item.indicator.toStdString() + " by +" + std::to_string(item.byMs / 60'000) +
                         " min");
            ASSERT_FALSE(item.alarm.isEmpty()) << "every key item names the alarm that announces it";
            ASSERT_NE(catalog().warningRule(item.alarm), nullptr) << item.alarm.toStdString();
            const auto announced = std::find_if(alerts.begin(), alerts.end(), [&](const QJsonValue& a) {
                const std::int64_t fired = instant(a[u"firedAt"_s].toString());
                return a[u"rule"_s] == item.alarm &&
                       (item.places.isEmpty() || item.places.contains(a[u"place"_s].toString())) &&
                       fired >= start && fired <= start + item.byMs;
            });
            EXPECT_TRUE(announced != alerts.end()) << item.alarm.toStdString() << " did not fire in time";
        }
    }
}

// Seven quiet days (no gauge over 50 mm in 24 h during them or the three days before): the
// alarms the rules raise, recorded in the archive, meet the alarm-system targets.
TEST(QuietWeeks, MeetTheAlarmSystemTargets)
{
    for (const QString& day : {u"2026-03-02"_s /* dry season */, u"2026-10-12"_s /* wet season */}) {
        SCOPED_TRACE(day.toStdString());
        const std::int64_t weekStart = instant(day + u"T00:00:00+07:00"_s);
        QTemporaryDir temporary;
        ASSERT_TRUE(temporary.isValid());
        const QString db = temporary.filePath(u"week.db"_s);
        simulate(db, weekStart - 3 * kDay, 10);

        // The premise: quiet, not a storm's aftermath.
        for (const Station& gauge : catalog().stations) {
            if (gauge.kind != u"rain-gauge"_s)
                continue;
            const QJsonArray buckets =
                runJson({u"query"_s, u"--db"_s, db, u"--series"_s, u"flood.rain-24h@"_s + gauge.id,
                         u"--bucket"_s, u"1w"_s, u"--agg"_s, u"max"_s, u"--format"_s, u"json"_s})
                    .value(u"points"_s)
                    .toArray();
            ASSERT_FALSE(buckets.isEmpty()) << gauge.id.toStdString();
            for (const QJsonValue& b : buckets)
                ASSERT_LT(b[u"v"_s].toDouble(), 50) << gauge.id.toStdString() << " is not quiet";
        }

        const QStringList window = {u"--from"_s, local(weekStart), u"--to"_s, local(weekStart + 7 * kDay)};
        const QJsonArray alerts =
            runJson(QStringList{u"alerts"_s, u"evaluate"_s, u"--db"_s, db, u"--format"_s, u"json"_s} + window)
                .value(u"alerts"_s)
                .toArray();
        for (const QJsonValue& a : alerts)
            EXPECT_NE(a[u"severity"_s], u"high"_s) << a[u"id"_s].toString().toStdString();
        const QJsonObject health =
            runJson(QStringList{u"alerts"_s, u"health"_s, u"--db"_s, db, u"--format"_s, u"json"_s} + window);
        EXPECT_EQ(health.value(u"alarms"_s).toInt(), alerts.size()) << "every alarm raised was recorded";
        EXPECT_LE(health.value(u"per10Minutes"_s).toDouble(), 1.0);
        EXPECT_EQ(health.value(u"floodPeriods"_s).toInt(), 0);
        EXPECT_TRUE(health.value(u"chattering"_s).toArray().isEmpty());
        EXPECT_EQ(health[u"priorities"_s][u"high"_s][u"count"_s].toInt(), 0);
        const QJsonObject meets = health.value(u"meets"_s).toObject();
        for (auto it = meets.begin(); it != meets.end(); ++it)
            EXPECT_TRUE(it.value().toBool()) << it.key().toStdString();
    }
}
