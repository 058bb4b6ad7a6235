// Golden cases: each folder of tests/data/warnings holds a rule (rule.json, as in rules.json),
// the readings of one series (series.csv) and the timeline the rule must give (expected.json).
// The rule goes through the catalog loader (a rule the loader refuses fails the case), the
// readings into the in-memory store; the timeline must come out the same whether the rule is
// stepped once at the end, at every reading, or every minute.

#include "core/catalog/catalogloader.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"
#include "core/warnings/warnings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <map>

#include "tests/support/cliprocess.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::int64_t instant(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

struct Case
{
    QString name;
    QString dir;
};

QList<Case> loadCases()
{
    QList<Case> cases;
    const QDir root(test::testDataDir() + u"/warnings"_s);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        cases.append({name, root.filePath(name)});
    return cases;
}

[[maybe_unused]] void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name.toStdString();
}

// The built-in catalog with rules.json holding only the case's rule.
std::shared_ptr<const Catalog> catalogWith(const QJsonObject& rule, const QString& dir)
{
    EXPECT_TRUE(test::copyEmbeddedCatalog(dir));
    QFile rules(dir + u"/rules.json"_s);
    EXPECT_TRUE(rules.open(QIODevice::WriteOnly | QIODevice::Truncate));
    rules.write(
        QJsonDocument(QJsonObject{{u"schemaVersion"_s, 1}, {u"warningRules"_s, QJsonArray{rule}}}).toJson());
    rules.close();
    auto loaded = CatalogLoader::load(dir);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().detail.toStdString());
    return loaded.ok() ? std::make_shared<const Catalog>(std::move(loaded).value()) : nullptr;
}

// series.csv: "time,value" (the case's one series) or "time,value,series" (IND@PLACE per row).
std::map<QString, std::vector<store::Point>> readSeries(const QString& path, const QString& single)
{
    std::map<QString, std::vector<store::Point>> out;
    const QList<QByteArray> lines = readAll(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the header
        const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
        if (cells.size() < 2)
            continue;
        const QString key = cells.size() > 2 ? QString::fromUtf8(cells.at(2)) : single;
        out[key].push_back(
            {instant(QString::fromUtf8(cells.at(0))), cells.at(1).toDouble(), store::Quality::Good});
    }
    return out;
}

QString typeName(warnings::Event::Type type)
{
    switch (type) {
    case warnings::Event::Type::Raised:
        return u"raised"_s;
    case warnings::Event::Type::Changed:
        return u"changed"_s;
    case warnings::Event::Type::Cleared:
        return u"cleared"_s;
    }
    return {};
}

QStringList describe(const std::vector<warnings::Event>& events)
{
    QStringList out;
    for (const warnings::Event& e : events)
        out << u"%1 %2 %3 value %4 threshold %5"_s
                   .arg(typeName(e.type),
                        QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone(7 * 3600)).toString(Qt::ISODate),
                        warnings::severityCode(e.severity))
                   .arg(e.value, 0, 'g', 10)
                   .arg(e.threshold, 0, 'g', 10);
    return out;
}

QStringList describe(const QJsonArray& expected)
{
    std::vector<warnings::Event> events;
    for (const QJsonValue& v : expected) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(u"type"_s).toString();
        events.push_back({type == u"raised"_s    ? warnings::Event::Type::Raised
                          : type == u"changed"_s ? warnings::Event::Type::Changed
                                                 : warnings::Event::Type::Cleared,
                          instant(o.value(u"at"_s).toString()),
                          warnings::severityFromCode(o.value(u"severity"_s).toString())
                              .value_or(warnings::Severity::Normal),
                          o.value(u"value"_s).toDouble(), o.value(u"threshold"_s).toDouble(), 0});
    }
    return describe(events);
}

// Steps the rule at each instant of `steps` (the last is `now`), from a state that has read
// nothing before `from`.
std::vector<warnings::Event> run(const warnings::Rule& rule, const QString& place,
                                 const warnings::Snapshot& snapshot, std::int64_t from,
                                 const std::vector<std::int64_t>& steps)
{
    warnings::PointState state;
    state.seenUntil = from;
    std::vector<warnings::Event> events;
    for (const std::int64_t at : steps) {
        warnings::Step step = rule.evaluate(place, snapshot, state, at);
        events.insert(events.end(), step.events.begin(), step.events.end());
        state = std::move(step.state);
    }
    return events;
}

class WarningCase : public ::testing::TestWithParam<Case>
{};

} // namespace

TEST(WarningCases, AreThere)
{
    EXPECT_GE(loadCases().size(), 16);
}

TEST_P(WarningCase, GivesTheExpectedTimelineHoweverOftenItIsStepped)
{
    const Case& c = GetParam();
    const QJsonObject rule = QJsonDocument::fromJson(readAll(c.dir + u"/rule.json"_s)).object();
    const QJsonObject expected = QJsonDocument::fromJson(readAll(c.dir + u"/expected.json"_s)).object();
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const auto catalog = catalogWith(rule, temporary.path() + u"/catalog"_s);
    ASSERT_TRUE(catalog);
    ASSERT_EQ(catalog->warningRules.size(), 1);
    auto compiled = warnings::Rule::compile(catalog->warningRules.front(), *catalog);
    ASSERT_TRUE(compiled.ok()) << compiled.error().message.toStdString();

    const QString place = expected.value(u"place"_s).toString();
    const auto series = readSeries(c.dir + u"/series.csv"_s, compiled->indicatorId() + u'@' + place);
    ASSERT_FALSE(series.empty());
    store::SeriesStore data;
    std::vector<std::int64_t> atReadings;
    for (const auto& [text, points] : series) {
        const store::SeriesKey key = store::SeriesKey::fromString(text);
        const Indicator* indicator = catalog->indicator(key.indicator);
        ASSERT_TRUE(indicator) << text.toStdString();
        (void)data.insert(data.ensureSeries(key, indicator->periodSeconds * 1000LL), points);
        for (const store::Point& p : points)
            atReadings.push_back(p.t);
    }
    std::sort(atReadings.begin(), atReadings.end());
    store::StoreReader reader(data);
    const warnings::ReaderSnapshot snapshot(reader);

    const std::int64_t from = instant(expected.value(u"from"_s).toString());
    const std::int64_t now = instant(expected.value(u"now"_s).toString());
    atReadings.push_back(now);
    std::vector<std::int64_t> everyMinute;
    for (std::int64_t t = from; t < now; t += 60'000)
        everyMinute.push_back(t);
    everyMinute.push_back(now);

    const QStringList want = describe(expected.value(u"events"_s).toArray());
    for (const auto& [mode, steps] :
         {std::pair("once", std::vector<std::int64_t>{now}), std::pair("at every reading", atReadings),
          std::pair("every minute", everyMinute)}) {
        const QStringList got = describe(run(*compiled, place, snapshot, from, steps));
        EXPECT_EQ(got, want) << "stepped " << mode << "\n got:\n  " << got.join(u"\n  "_s).toStdString()
                             << "\n want:\n  " << want.join(u"\n  "_s).toStdString();
    }
    EXPECT_FALSE(snapshot.error());
}

INSTANTIATE_TEST_SUITE_P(Golden, WarningCase, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             QString name = info.param.name;
                             name.replace(u'-', u'_');
                             return name.toStdString();
                         });

TEST(WarningMessages, SayWhatHappenedWhereInBothLanguages)
{
    auto loaded = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    ASSERT_TRUE(loaded.ok());
    const Catalog catalog = std::move(loaded).value();
    const WarningRule* flood = catalog.warningRule(u"flood.depth-levels"_s);
    ASSERT_TRUE(flood);
    auto rule = warnings::Rule::compile(*flood, catalog);
    ASSERT_TRUE(rule.ok());
    const warnings::Event raised{warnings::Event::Type::Changed, 0, warnings::Severity::Medium, 52, 50, 52};
    const QString place = u"flood.thanh-khe.dien-bien-phu"_s;
    EXPECT_EQ(rule->message(raised, place, Language::Vietnamese).toStdString(),
              "Ngập 52 cm tại Điện Biên Phủ – Lê Độ — vượt ngưỡng 50 cm");
    const QString english = catalog.station(place)->name.en;
    EXPECT_EQ(rule->message(raised, place, Language::English).toStdString(),
              QString(u"Flood depth 52 cm at "_s + english + u" — over the 50 cm level"_s).toStdString());

    // Why it has not cleared: still above the medium level's 45 cm, for its 15 min off-delay.
    warnings::PointState state;
    state.level = 2;
    state.lastValue = 41;
    EXPECT_EQ(rule->stillActive(state, place, Language::English).toStdString(),
              "still 41 cm; clears below 45 cm for 15 min");
    EXPECT_EQ(rule->stillActive(state, place, Language::Vietnamese).toStdString(),
              "vẫn 41 cm; hết cảnh báo khi xuống dưới 45 cm trong 15 phút");
    state.level = 0;
    EXPECT_TRUE(rule->stillActive(state, place, Language::English).isEmpty());

    // A target off track: where the year is heading, by the last day of the year.
    const WarningRule* budget = catalog.warningRule(u"economy.budget-revenue-off-track"_s);
    ASSERT_TRUE(budget);
    auto kpi = warnings::Rule::compile(*budget, catalog);
    ASSERT_TRUE(kpi.ok());
    const std::int64_t june =
        QDateTime::fromString(u"2026-06-28T00:00+07:00"_s, Qt::ISODate).toMSecsSinceEpoch();
    const warnings::Event offTrack{
        warnings::Event::Type::Raised, june, warnings::Severity::Low, 91.13, 100, 91.13, 45};
    EXPECT_EQ(kpi->message(offTrack, u"danang"_s, Language::Vietnamese).toStdString(),
              "Thu ngân sách mới đạt 45% dự toán, dự báo 91,1% vào 31/12/2026 — dưới 100%");
    EXPECT_EQ(kpi->message(offTrack, u"danang"_s, Language::English).toStdString(),
              "Budget revenue at 45% of plan, heading for 91.1% by 31 Dec 2026 — short of 100%");
}

// A deadline rule's count changes when a report falls due, with no reading then: a step says
// when, so the evaluator steps it at that instant and not only at the next reading.
TEST(DeadlineRule, WakesWhenAReportFallsDueAndSaysWhyItHasNotCleared)
{
    const QString dir = test::testDataDir() + u"/warnings/deadline-weekend"_s;
    const QJsonObject json = QJsonDocument::fromJson(readAll(dir + u"/rule.json"_s)).object();
    QTemporaryDir temporary;
    const auto catalog = catalogWith(json, temporary.path() + u"/catalog"_s);
    ASSERT_TRUE(catalog);
    auto rule = warnings::Rule::compile(catalog->warningRules.front(), *catalog);
    ASSERT_TRUE(rule.ok());
    store::SeriesStore data;
    for (const auto& [text, points] : readSeries(dir + u"/series.csv"_s, QString()))
        (void)data.insert(data.ensureSeries(store::SeriesKey::fromString(text), 600'000), points);
    store::StoreReader reader(data);
    const warnings::ReaderSnapshot snapshot(reader);
    const QString place = u"thanh-khe"_s;

    warnings::PointState state;
    state.seenUntil = instant(u"2026-10-15T00:00+07:00"_s);
    // Monday noon: the Friday 15:00 report falls due at 15:00, the first change to come.
    auto step = rule->evaluate(place, snapshot, state, instant(u"2026-10-19T12:00+07:00"_s));
    EXPECT_TRUE(step.events.empty());
    EXPECT_EQ(rule->wakeAt(step.state), instant(u"2026-10-19T15:00+07:00"_s));
    // Tuesday 09:00, raised at 08:00: the Saturday report leaves the window on Wednesday 09:00,
    // the Monday one is answered (a reading, not a wake) at 14:00.
    step = rule->evaluate(place, snapshot, step.state, instant(u"2026-10-20T09:00+07:00"_s));
    ASSERT_EQ(step.events.size(), 1u);
    EXPECT_EQ(step.events.front().at, instant(u"2026-10-20T08:00+07:00"_s));
    EXPECT_EQ(rule->wakeAt(step.state), instant(u"2026-10-21T09:00+07:00"_s));
    EXPECT_EQ(rule->stillActive(step.state, place, Language::Vietnamese).toStdString(),
              "vẫn còn 2 quá hạn; hết cảnh báo khi xuống dưới 1");
    EXPECT_EQ(rule->message(step.events.front(), place, Language::English).toStdString(),
              "2 reports past their reply deadline in Thanh Khe District (from 2, within 4 days)");
}

// A reply's minutes may be rounded (a receipt at 08:00:30 answered 2,955 whole minutes
// later): it finds its report within half a minute, and only one report.
TEST(DeadlineRule, AReplyFindsItsReportThoughItsMinutesAreRounded)
{
    const QString dir = test::testDataDir() + u"/warnings/deadline-weekend"_s;
    QTemporaryDir temporary;
    const auto catalog = catalogWith(QJsonDocument::fromJson(readAll(dir + u"/rule.json"_s)).object(),
                                     temporary.path() + u"/catalog"_s);
    ASSERT_TRUE(catalog);
    auto rule = warnings::Rule::compile(catalog->warningRules.front(), *catalog);
    ASSERT_TRUE(rule.ok());
    store::SeriesStore data;
    const std::int64_t receipt = instant(u"2026-10-19T08:00:30+07:00"_s);
    const std::int64_t reply = instant(u"2026-10-21T09:15:00+07:00"_s);
    (void)data.insert(data.ensureSeries({u"feedback.forwarded"_s, u"thanh-khe"_s}, 600'000),
                      std::vector<store::Point>{{receipt, 1, store::Quality::Good},
                                                {receipt + 45'000, 1, store::Quality::Good}});
    (void)data.insert(data.ensureSeries({u"feedback.reply-time"_s, u"thanh-khe"_s}, 600'000),
                      std::vector<store::Point>{{reply, 2955, store::Quality::Good}});
    store::StoreReader reader(data);
    const warnings::ReaderSnapshot snapshot(reader);
    warnings::PointState state;
    state.seenUntil = instant(u"2026-10-19T00:00+07:00"_s);
    const auto step = rule->evaluate(u"thanh-khe"_s, snapshot, state, instant(u"2026-10-22T00:00+07:00"_s));
    EXPECT_EQ(step.state.lastValue, 1) << "one answered, the one 45 s later still waits";
    EXPECT_EQ(step.state.lastAt, reply) << "from the reply on";
}

// The storm scenario, replayed through the catalog's rules from the command line: the flood
// towers of the low districts raise their alarms inside the scenario's window, the same
// alarms every time; bad input is a clear error.
TEST(AlertsEvaluate, RaisesTheStormsFloodAlarmsAtTheLowDistrictsTowers)
{
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QString db = temporary.filePath(u"storm.db"_s);
    const test::CliRun made =
        test::runCli({u"simulate"_s, u"--db"_s, db, u"--from"_s, u"2026-10-13T00:00"_s, u"--days"_s, u"3"_s,
                      u"--scenario"_s, u"storm-flood"_s, u"--scenario-at"_s, u"2026-10-14T00:00"_s});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QStringList evaluate = {u"alerts"_s,    u"evaluate"_s, u"--db"_s, db,
                                  u"--dry-run"_s, u"--format"_s, u"json"_s};
    const test::CliRun run = test::runCli(evaluate);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray alerts = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"alerts"_s).toArray();
    ASSERT_FALSE(alerts.isEmpty());

    // The scenario's key: 30 cm by +6 h and 50 cm by +7 h at these towers, 1 m by +9 h.
    const std::int64_t start = instant(u"2026-10-14T00:00+07:00"_s);
    const QStringList towers = {u"flood.thanh-khe.dien-bien-phu"_s, u"flood.thanh-khe.ha-huy-tap"_s,
                                u"flood.thanh-khe.ham-nghi"_s, u"flood.hai-chau.nguyen-tri-phuong"_s};
    for (const QString& tower : towers) {
        const auto it = std::find_if(alerts.begin(), alerts.end(), [&](const QJsonValue& v) {
            return v[u"rule"_s] == u"flood.depth-levels"_s && v[u"place"_s] == tower;
        });
        ASSERT_NE(it, alerts.end()) << tower.toStdString();
        const QJsonObject alarm = it->toObject();
        EXPECT_GE(instant(alarm.value(u"firedAt"_s).toString()), start) << tower.toStdString();
        EXPECT_LE(instant(alarm.value(u"firedAt"_s).toString()), start + 6 * 3'600'000LL)
            << tower.toStdString();
        EXPECT_EQ(alarm.value(u"severity"_s).toString(), u"high"_s);
        EXPECT_GE(alarm.value(u"peakValue"_s).toDouble(), 100);
        EXPECT_TRUE(alarm.value(u"message"_s).toString().startsWith(u"Ngập "_s));
        for (const char* key :
             {"id", "rule", "place", "severity", "firedAt", "resolvedAt", "peakValue", "message"})
            EXPECT_TRUE(alarm.contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_EQ(test::runCli(evaluate).out, run.out) << "the same archive gives the same alarms";

    const test::CliRun backwards = test::runCli(
        evaluate + QStringList{u"--from"_s, u"2026-10-15T00:00"_s, u"--to"_s, u"2026-10-14T00:00"_s});
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(backwards.err.contains(u"--from"_s)) << backwards.err.toStdString();
    // Recorded, the same alarms once however often the archive is replayed.
    const QStringList record = {u"alerts"_s, u"evaluate"_s, u"--db"_s, db, u"--format"_s, u"json"_s};
    const test::CliRun recorded = test::runCli(record);
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_EQ(recorded.out, run.out);
    EXPECT_TRUE(recorded.err.startsWith(QString::number(alerts.size()) + u" "_s))
        << recorded.err.toStdString();
    EXPECT_TRUE(test::runCli(record).err.startsWith(u"0 "_s)) << "a second replay records nothing new";

    // What ended over a day before the end of the simulated days is history; the rest waits.
    const test::CliRun waiting = test::runCli({u"alerts"_s, u"list"_s, u"--db"_s, db});
    ASSERT_EQ(waiting.exitCode, 0) << waiting.err.toStdString();
    const QJsonArray shown =
        QJsonDocument::fromJson(waiting.out.toUtf8()).object().value(u"alerts"_s).toArray();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_LT(shown.size(), alerts.size());
    const std::int64_t end = instant(u"2026-10-16T00:00+07:00"_s);
    for (const QJsonValue& a : shown) {
        if (!a[u"resolvedAt"_s].isNull()) {
            EXPECT_GT(instant(a[u"resolvedAt"_s].toString()), end - 25 * 3'600'000LL)
                << a[u"id"_s].toString().toStdString();
        }
    }
    // Acknowledged with a comment by one process, seen by the next; refused without one.
    const QString id = shown.first()[u"id"_s].toString();
    EXPECT_EQ(test::runCli({u"alerts"_s, u"ack"_s, u"--db"_s, db, id, u"--user"_s, u"lan"_s}).exitCode, 2);
    const test::CliRun acked = test::runCli({u"alerts"_s, u"ack"_s, u"--db"_s, db, id, u"--user"_s, u"lan"_s,
                                             u"--comment"_s, u"Đã cử đội cứu hộ"_s});
    ASSERT_EQ(acked.exitCode, 0) << acked.err.toStdString();
    const test::CliRun listed = test::runCli({u"alerts"_s, u"list"_s, u"--db"_s, db, u"--state"_s, u"all"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray stored =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"alerts"_s).toArray();
    EXPECT_EQ(stored.size(), alerts.size());
    const auto it =
        std::find_if(stored.begin(), stored.end(), [&](const QJsonValue& v) { return v[u"id"_s] == id; });
    ASSERT_NE(it, stored.end());
    EXPECT_EQ((*it)[u"comment"_s].toString(), u"Đã cử đội cứu hộ"_s);
    EXPECT_EQ((*it)[u"acknowledgedBy"_s].toString(), u"lan"_s);
    const test::CliRun history = test::runCli({u"alerts"_s, u"history"_s, u"--db"_s, db, id});
    // Raised (and cleared), escalated (nobody acknowledged it in time: it fired weeks ago),
    // acknowledged.
    const QJsonArray lines =
        QJsonDocument::fromJson(history.out.toUtf8()).object().value(u"history"_s).toArray();
    EXPECT_EQ(lines.size(), (*it)[u"resolvedAt"_s].isNull() ? 3 : 4) << history.out.toStdString();
    EXPECT_FALSE((*it)[u"escalatedAt"_s].isNull());
    EXPECT_EQ(test::runCli({u"alerts"_s, u"shelve"_s, u"--db"_s, db, id, u"--user"_s, u"lan"_s, u"--reason"_s,
                            u"bảo trì"_s, u"--for"_s, u"48h"_s})
                  .exitCode,
              2);
    EXPECT_EQ(test::runCli({u"alerts"_s, u"history"_s, u"--db"_s, db, u"no.such@alarm"_s}).exitCode, 2);
}
