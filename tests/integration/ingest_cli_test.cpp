// cityops-cli ingest / query / series / quarantine as a user runs them, on SQLite and on
// the test run's PostgreSQL; and the crash test: SIGKILL in the middle of a large file.

#include "core/store/archive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <map>

#include "tests/support/cliprocess.h"
#include "tests/support/pgserver.h"
#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char* kMapping = R"({"format": "csv",
  "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
  "duplicates": "last",
  "series": [{"column": "value", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}]})";

// Values up to a million are plausible for this indicator: the crash test stores line numbers.
const char* kLongMapping = R"({"format": "csv",
  "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
  "series": [{"column": "value", "indicator": "utilities.outage-customers", "placeColumn": "station",
              "unit": "{customer}"}]})";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return f.fileName();
}

// `rows` rows over 100 stations, one minute apart per station; the value of a row is its
// line number, so that a test can tell exactly which lines are in the archive.
QString writeLongCsv(const QTemporaryDir& dir, int rows)
{
    QFile f(dir.filePath(u"long.csv"_s));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray chunk = "station,time,value\n";
    const std::int64_t base = 1719792000; // 2024-07-01T00:00:00Z
    QByteArray time;
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        if (i % 100 == 0)
            time = QDateTime::fromSecsSinceEpoch(base + std::int64_t(i / 100) * 60, Qt::UTC)
                       .toString(Qt::ISODate)
                       .toLatin1();
        chunk += "st-" + QByteArray::number(i % 100) + ',' + time + ',' + QByteArray::number(line) + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return f.fileName();
}

} // namespace

TEST(IngestCli, JsonSummaryQuerySeriesAndIdempotentRerun)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString file = test::sharedDataDir() + u"/series/hanoi_usembassy_pm25_aqi_hourly_2015-2018.csv"_s;
    const QString mapping = test::testDataDir() + u"/mappings/hanoi_usembassy_pm25_aqi.json"_s;

    const auto first = test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, file, u"--json"_s});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject a = json(first.out);
    EXPECT_EQ(a[u"rows"_s].toInt(), 21706);
    EXPECT_EQ(a[u"accepted"_s].toInt(), 20719);
    EXPECT_EQ(a[u"inserted"_s].toInt(), 20719);
    EXPECT_EQ(a[u"duplicates"_s].toInt(), 1);
    EXPECT_EQ(a[u"quarantined"_s].toInt(), 152);
    EXPECT_EQ(a[u"missing"_s].toInt(), 834);
    EXPECT_EQ(a[u"reasons"_s].toObject()[u"source-flag-bad"_s].toInt(), 148);
    EXPECT_FALSE(first.err.contains(u'\r')) << "no progress line when stderr is not a terminal";

    const auto again = test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, file, u"--json"_s});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(json(again.out)[u"inserted"_s].toInt(), 0);
    EXPECT_EQ(json(again.out)[u"unchanged"_s].toInt(), 20719);

    const auto series = test::runCli({u"series"_s, u"--db"_s, db, u"--json"_s});
    ASSERT_EQ(series.exitCode, 0);
    const QJsonArray list = json(series.out)[u"series"_s].toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject()[u"points"_s].toInt(), 20719);
    EXPECT_EQ(list[0].toObject()[u"first"_s].toString(), u"2015-12-09T15:00:00+07:00"_s);

    const auto day =
        test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@hanoi-us-embassy"_s, u"--from"_s,
                      u"2016-01-01"_s, u"--to"_s, u"2016-01-02"_s, u"--bucket"_s, u"1d"_s});
    ASSERT_EQ(day.exitCode, 0) << day.err.toStdString();
    EXPECT_EQ(day.out, u"time,mean\n2016-01-01T00:00:00+07:00,163.3\n"_s);

    const auto hours =
        test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@hanoi-us-embassy"_s, u"--from"_s,
                      u"2016-01-01T00:00"_s, u"--to"_s, u"2016-01-01T03:00"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(hours.exitCode, 0);
    EXPECT_EQ(json(hours.out)[u"points"_s].toArray().size(), 3);

    const auto months = test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@hanoi-us-embassy"_s,
                                      u"--bucket"_s, u"1mo"_s, u"--agg"_s, u"count"_s});
    ASSERT_EQ(months.exitCode, 0);
    EXPECT_TRUE(months.out.startsWith(u"time,count\n2015-12-01T00:00:00+07:00,"_s))
        << months.out.toStdString();

    // Buckets that do not nest in the rollups (2 h from 07:00) go through the in-memory
    // store: they must agree with the points themselves.
    const auto twoHours =
        test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@hanoi-us-embassy"_s, u"--from"_s,
                      u"2016-01-01T07:00"_s, u"--to"_s, u"2016-01-01T11:00"_s, u"--bucket"_s, u"2h"_s,
                      u"--format"_s, u"json"_s});
    const auto raw =
        test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@hanoi-us-embassy"_s, u"--from"_s,
                      u"2016-01-01T07:00"_s, u"--to"_s, u"2016-01-01T11:00"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(twoHours.exitCode, 0) << twoHours.err.toStdString();
    // Expected: the mean of the points per 2-hour local bucket (06:00, 08:00, 10:00).
    std::map<QString, std::pair<double, int>> expected;
    for (const QJsonValue& p : json(raw.out)[u"points"_s].toArray()) {
        const QString t = p.toObject()[u"t"_s].toString(); // 2016-01-01T07:00:00+07:00
        const int hour = t.mid(11, 2).toInt();
        const QString bucket = t.left(11) + u"%1:00:00+07:00"_s.arg(hour - hour % 2, 2, 10, QLatin1Char('0'));
        expected[bucket].first += p.toObject()[u"v"_s].toDouble();
        ++expected[bucket].second;
    }
    const QJsonArray buckets = json(twoHours.out)[u"points"_s].toArray();
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(std::size_t(buckets.size()), expected.size()) << twoHours.out.toStdString();
    for (const QJsonValue& b : buckets) {
        const auto it = expected.find(b.toObject()[u"t"_s].toString());
        ASSERT_NE(it, expected.end()) << b.toObject()[u"t"_s].toString().toStdString();
        EXPECT_DOUBLE_EQ(b.toObject()[u"v"_s].toDouble(), it->second.first / it->second.second);
    }

    const auto quarantine =
        test::runCli({u"quarantine"_s, u"--db"_s, db, u"--json"_s, u"--limit"_s, u"5000"_s});
    ASSERT_EQ(quarantine.exitCode, 0);
    EXPECT_EQ(json(quarantine.out)[u"quarantine"_s].toArray().size(), 152);

    const auto unknown = test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"air.aqi@nowhere"_s});
    EXPECT_EQ(unknown.exitCode, 2);
}

// The process that writes the data evaluates the rules: ingesting records the alarms the
// archive's data raises — the same as `alerts evaluate` finds — last year's as history, today's
// waiting for an operator; ingesting the same files again adds none.
TEST(IngestCli, RecordsTheAlarmsOfWhatItAdded)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString file = test::sharedDataDir() + u"/series/hanoi_usembassy_pm25_aqi_hourly_2015-2018.csv"_s;
    const QString mapping = test::testDataDir() + u"/mappings/hanoi_usembassy_pm25_aqi.json"_s;
    const auto alarms = [&](const QString& state) {
        const auto run = test::runCli(
            {u"alerts"_s, u"list"_s, u"--db"_s, db, u"--state"_s, state, u"--format"_s, u"json"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return json(run.out)[u"alerts"_s].toArray();
    };

    const auto first = test::runCli(
        {u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, file, u"--json"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonArray recorded = alarms(u"all"_s);
    ASSERT_GT(recorded.size(), 100) << "four years of Hanoi's air: bad episodes and silent spells";
    EXPECT_TRUE(first.err.contains(u"%1 new alarms recorded, 0 brought up to date"_s.arg(recorded.size())))
        << first.err.toStdString();
    const auto evaluated =
        test::runCli({u"alerts"_s, u"evaluate"_s, u"--db"_s, db, u"--dry-run"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
    QStringList expected, got;
    for (const QJsonValue& a : json(evaluated.out)[u"alerts"_s].toArray())
        expected << a[u"id"_s].toString();
    for (const QJsonValue& a : recorded) {
        got << a[u"id"_s].toString();
        EXPECT_EQ(a[u"state"_s].toString(), u"normal"_s)
            << "over years ago: history, nobody asked to acknowledge";
    }
    expected.sort();
    got.sort();
    EXPECT_EQ(got, expected);
    EXPECT_TRUE(alarms(u"unacknowledged"_s).isEmpty());

    const auto again =
        test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, file, u"--lang"_s, u"en"_s});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.err.contains(u"alarm"_s)) << "nothing new, nothing evaluated";
    EXPECT_EQ(alarms(u"all"_s).size(), recorded.size());

    // Today's readings over the limit: an alarm that waits for an operator.
    QByteArray csv = "station,time,value\n";
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
    for (int h = 4; h >= 0; --h)
        csv += "hanoi-us-embassy," +
               QDateTime::fromSecsSinceEpoch(now - h * 3600, Qt::UTC).toString(Qt::ISODate).toLatin1() +
               ",320\n";
    const QString today = writeFile(dir, u"today.csv"_s, csv);
    const QString todayMapping = writeFile(dir, u"today.json"_s, R"({"format": "csv",
      "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
      "series": [{"column": "value", "indicator": "air.aqi", "placeColumn": "station", "unit": "{AQI}"}]})");
    const auto live =
        test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, todayMapping, today, u"--lang"_s, u"en"_s});
    ASSERT_EQ(live.exitCode, 0) << live.err.toStdString();
    // …and the silence between 2018 and today's readings, over four hours ago.
    EXPECT_TRUE(live.err.contains(u"2 new alarms recorded"_s)) << live.err.toStdString();
    const QJsonArray over = alarms(u"rtn-unacknowledged"_s);
    ASSERT_EQ(over.size(), 1);
    EXPECT_EQ(over[0][u"rule"_s].toString(), u"air.station-silent"_s);
    const QJsonArray waiting = alarms(u"unacknowledged"_s);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting[0][u"rule"_s].toString(), u"air.aqi-bad"_s);
    EXPECT_EQ(waiting[0][u"severity"_s].toString(), u"high"_s);

    // Told not to, it records none.
    const QString quiet = dir.filePath(u"quiet.sqlite"_s);
    const auto skipped = test::runCli({u"ingest"_s, u"--db"_s, quiet, u"--mapping"_s, todayMapping, today,
                                       u"--no-alarms"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_FALSE(skipped.err.contains(u"alarm"_s));
    const auto none = test::runCli(
        {u"alerts"_s, u"list"_s, u"--db"_s, quiet, u"--state"_s, u"all"_s, u"--format"_s, u"json"_s});
    EXPECT_TRUE(json(none.out)[u"alerts"_s].toArray().isEmpty())
        << none.out.toStdString() << none.err.toStdString();
}

TEST(IngestCli, BadInputIsAClearErrorAndWritesNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString mapping = writeFile(dir, u"m.json"_s, kMapping);
    const QString good = writeFile(dir, u"good.csv"_s, "station,time,value\ns1,2024-07-01T00:00:00Z,1\n");

    struct Case
    {
        QString name;
        QStringList args;
        int exitCode;
        QString message;
    };
    QList<Case> cases = {
        {u"empty"_s, {writeFile(dir, u"empty.csv"_s, "")}, 2, u"The file is empty"_s},
        {u"header only"_s, {writeFile(dir, u"header.csv"_s, "station,time,value\n")}, 2, u"no data rows"_s},
        {u"binary"_s,
         {writeFile(dir, u"bin.csv"_s,
                    QByteArray("\x7f"
                               "ELF\x02\x01\x01\0\0\0",
                               10))},
         2,
         u"binary"_s},
        {u"missing column"_s,
         {writeFile(dir, u"cols.csv"_s, "station,when,value\ns1,2024-07-01T00:00:00Z,1\n")},
         2,
         u"time (the file has: station, when, value)"_s},
        {u"no such file"_s, {dir.filePath(u"absent.csv"_s)}, 1, u"Cannot read the file"_s},
    };
    // A 200 MB file that is one single line.
    {
        QFile f(dir.filePath(u"oneline.csv"_s));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 200; ++i)
            f.write(block);
        cases.append({u"200 MB line"_s, {f.fileName()}, 2, u"longer than 1048576 bytes"_s});
    }
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name.toStdString());
        const auto run = test::runCli(
            QStringList{u"--lang"_s, u"en"_s, u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping} + c.args);
        EXPECT_EQ(run.exitCode, c.exitCode) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(c.message)) << run.err.toStdString();
    }
    // Mappings that cannot be used: an unknown indicator, a unit without conversion.
    const QString unknownIndicator =
        writeFile(dir, u"m2.json"_s, QByteArray(kMapping).replace("air.pm25", "air.pm2.5"));
    const auto bad = test::runCli(
        {u"--lang"_s, u"en"_s, u"ingest"_s, u"--db"_s, db, u"--mapping"_s, unknownIndicator, good});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"m2.json: /series/0/indicator: unknown indicator \"air.pm2.5\""_s))
        << bad.err.toStdString();

    // Nothing was half-written: no series, no observations, no quarantine.
    auto archive = store::Archive::open(*store::ArchiveLocation::parse(db));
    ASSERT_TRUE(archive.ok());
    EXPECT_TRUE((*archive)->listSeries()->isEmpty());
    EXPECT_TRUE((*archive)->quarantine()->isEmpty());

    // And the usage errors.
    EXPECT_EQ(test::runCli({u"ingest"_s, u"--db"_s, db, good}).exitCode, 64);
    EXPECT_EQ(test::runCli({u"query"_s, u"--db"_s, db}).exitCode, 64);
    EXPECT_EQ(
        test::runCli({u"query"_s, u"--db"_s, db, u"--series"_s, u"a@b"_s, u"--bucket"_s, u"3q"_s}).exitCode,
        64);
}

TEST(IngestCli, SurvivesSigkillMidFileAndCompletesOnRerun)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"crash.sqlite"_s);
    const QString mapping = writeFile(dir, u"m.json"_s, kLongMapping);
    constexpr int kRows = 900'000;
    const QString file = writeLongCsv(dir, kRows);

    QProcess ingest;
    ingest.start(QStringLiteral(CITYOPS_CLI_PATH), {u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping,
                                                    u"--verbose"_s, u"--batch"_s, u"50000"_s, file});
    ingest.setReadChannel(QProcess::StandardError);
    ASSERT_TRUE(ingest.waitForStarted());
    // Wait for three committed batches, then kill without warning.
    QStringList committed;
    QByteArray err;
    while (committed.size() < 3 && ingest.state() == QProcess::Running) {
        ingest.waitForReadyRead(10'000);
        err += ingest.readAllStandardError();
        committed.clear();
        for (const QByteArray& line : err.split('\n')) {
            if (line.startsWith("committed lines "))
                committed << QString::fromLatin1(line);
        }
    }
    ASSERT_EQ(ingest.state(), QProcess::Running) << "the ingest finished before it could be killed";
    ::kill(pid_t(ingest.processId()), SIGKILL);
    ingest.waitForFinished();
    ASSERT_GE(committed.size(), 3) << err.toStdString();

    // The archive is sound and holds every batch that was reported committed.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashcheck"_s);
        sql.setDatabaseName(db);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        ASSERT_TRUE(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"ok"_s);
        for (const QString& line : committed) {
            // "committed lines A-B observations N inserted M": every line A..B is a value.
            const QStringList words = line.split(u' ');
            const QStringList range = words.at(2).split(u'-');
            const qint64 from = range.at(0).toLongLong();
            const qint64 to = range.at(1).toLongLong();
            ASSERT_TRUE(
                q.exec(u"SELECT count(*) FROM obs WHERE v >= %1 AND v <= %2"_s.arg(std::max<qint64>(from, 2))
                           .arg(to)) &&
                q.next());
            EXPECT_EQ(q.value(0).toLongLong(), to - std::max<qint64>(from, 2) + 1) << line.toStdString();
        }
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM obs"_s) && q.next());
        EXPECT_LT(q.value(0).toLongLong(), kRows) << "the kill came too late to test anything";
    }
    QSqlDatabase::removeDatabase(u"crashcheck"_s);

    // Re-running completes the file without duplicates.
    const auto rerun =
        test::runCli({u"ingest"_s, u"--db"_s, db, u"--mapping"_s, mapping, u"--json"_s, file}, 300'000);
    ASSERT_EQ(rerun.exitCode, 0) << rerun.err.toStdString();
    EXPECT_EQ(json(rerun.out)[u"accepted"_s].toInt(), kRows);
    EXPECT_GT(json(rerun.out)[u"unchanged"_s].toInt(), 0);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashcheck2"_s);
        sql.setDatabaseName(db);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        ASSERT_TRUE(
            q.exec(u"SELECT count(*), count(DISTINCT series || '/' || t), min(v), max(v) FROM obs"_s) &&
            q.next());
        EXPECT_EQ(q.value(0).toLongLong(), kRows);
        EXPECT_EQ(q.value(1).toLongLong(), kRows);
        EXPECT_EQ(q.value(2).toLongLong(), 2);
        EXPECT_EQ(q.value(3).toLongLong(), kRows + 1);
        ASSERT_TRUE(q.exec(u"SELECT sum(n) FROM rollup_day"_s) && q.next());
        EXPECT_EQ(q.value(0).toLongLong(), kRows) << "rollups count every point once";
    }
    QSqlDatabase::removeDatabase(u"crashcheck2"_s);
}

TEST(IngestCli, IngestsIntoPostgresql)
{
    CITYOPS_REQUIRE_SHARED_DATA();
    test::ScratchPostgresDatabase pg;
    ASSERT_TRUE(pg.ok()) << pg.error().toStdString();
    const QString file =
        test::sharedDataDir() + u"/series/metro_interstate_traffic_volume_I94_hourly_2012-2018.csv"_s;
    const QString mapping = test::testDataDir() + u"/mappings/metro_interstate_traffic_i94.json"_s;
    for (int run = 0; run < 2; ++run) {
        const auto r =
            test::runCli({u"ingest"_s, u"--db"_s, pg.url(), u"--mapping"_s, mapping, u"--json"_s, file});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(json(r.out)[u"inserted"_s].toInt(), run == 0 ? 121714 : 0);
        EXPECT_EQ(json(r.out)[u"quarantined"_s].toInt(), 11);
    }
    const auto day =
        test::runCli({u"query"_s, u"--db"_s, pg.url(), u"--series"_s, u"traffic.flow@i94-atr301"_s,
                      u"--bucket"_s, u"1d"_s, u"--agg"_s, u"count"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(day.exitCode, 0) << day.err.toStdString();
    qint64 total = 0;
    for (const QJsonValue& p : json(day.out)[u"points"_s].toArray())
        total += qint64(p.toObject()[u"v"_s].toDouble());
    EXPECT_EQ(total, 40575);
}
