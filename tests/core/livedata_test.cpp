// What the console's live data says about "now", the rules the wall and the desk show:
// the order of the abnormal list and the place that matters most for an indicator.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kNow = 1'728'867'600'000; // 2024-10-14T08:00+07:00
constexpr std::int64_t kMinute = 60'000;

struct LiveDataTest : testing::Test
{
    LiveDataTest()
        : catalog(std::move(CatalogLoader::load(CatalogLoader::embeddedDirectory())).value())
        , clock(kNow)
        , data(catalog, clock)
    {}
    void reading(const QString& indicator, const QString& place, double v, std::int64_t agoMs = kMinute)
    {
        const store::Point p{kNow - agoMs, v, store::Quality::Good};
        data.insert({indicator, place}, std::span(&p, 1));
    }

    Catalog catalog;
    ManualClock clock;
    live::LiveData data;
};

QStringList order(const live::AbnormalNow& now)
{
    QStringList out;
    for (const live::AbnormalSeries& r : now.rows)
        out << r.series.indicator->id + u'@' + r.series.place;
    return out;
}

} // namespace

TEST_F(LiveDataTest, TheAbnormalListPutsEveryIndicatorInAlarmBeforeRepeatingOne)
{
    // Three rain gauges in alarm (24 h > 100 mm), one flood tower in alarm (> 100 cm), one
    // at warning (> 50 cm), one normal; a river gauge silent for a day; a normal station.
    reading(u"flood.rain-24h"_s, u"rain.hai-chau"_s, 180);
    reading(u"flood.rain-24h"_s, u"rain.thanh-khe"_s, 150);
    reading(u"flood.rain-24h"_s, u"rain.cam-le"_s, 120);
    reading(u"flood.depth"_s, u"flood.hai-chau.nguyen-tri-phuong"_s, 120);
    reading(u"flood.depth"_s, u"flood.thanh-khe.ha-huy-tap"_s, 60);
    reading(u"flood.depth"_s, u"flood.thanh-khe.ham-nghi"_s, 5);
    reading(u"hydro.river-level"_s, u"hydro.cam-le"_s, 1.2, 26 * 60 * kMinute);
    reading(u"flood.rain-24h"_s, u"rain.lien-chieu"_s, 2);

    const live::AbnormalNow now = data.abnormalNow();
    EXPECT_EQ(now.reporting, 8);
    const QStringList rows = order(now);
    ASSERT_EQ(rows.size(), 6) << rows.join(u", "_s).toStdString();
    // Alarms first, one per indicator (catalog order: rain before depth), then the repeats.
    EXPECT_EQ(rows[0], u"flood.rain-24h@rain.hai-chau"_s);
    EXPECT_EQ(rows[1], u"flood.depth@flood.hai-chau.nguyen-tri-phuong"_s);
    EXPECT_EQ(rows[2], u"flood.rain-24h@rain.thanh-khe"_s);
    EXPECT_EQ(rows[3], u"flood.rain-24h@rain.cam-le"_s);
    // Then warnings, then the stale series.
    EXPECT_EQ(rows[4], u"flood.depth@flood.thanh-khe.ha-huy-tap"_s);
    EXPECT_EQ(rows[5], u"hydro.river-level@hydro.cam-le"_s);
    EXPECT_TRUE(now.rows[5].state.stale);
}

TEST_F(LiveDataTest, NothingReportedIsNotNothingAbnormal)
{
    const live::AbnormalNow now = data.abnormalNow();
    EXPECT_EQ(now.reporting, 0);
    EXPECT_TRUE(now.rows.isEmpty());
    EXPECT_FALSE(data.worstPlace(u"flood.depth"_s, QString()).has_value());
}

TEST_F(LiveDataTest, TheWorstPlaceIsTheWorstLevelThenTheWorstValueInTheBadDirection)
{
    reading(u"flood.depth"_s, u"flood.hai-chau.nguyen-tri-phuong"_s, 55); // warning
    reading(u"flood.depth"_s, u"flood.thanh-khe.ha-huy-tap"_s, 70);       // warning, deeper
    reading(u"flood.depth"_s, u"flood.thanh-khe.ham-nghi"_s, 20);         // normal
    auto city = data.worstPlace(u"flood.depth"_s, QString());
    ASSERT_TRUE(city);
    EXPECT_EQ(city->series.place, u"flood.thanh-khe.ha-huy-tap"_s);
    EXPECT_EQ(city->value, 70);
    EXPECT_EQ(city->worst, status::Level::Medium);
    EXPECT_EQ(city->places, 3);
    // Filtered to a district: only its stations.
    auto haiChau = data.worstPlace(u"flood.depth"_s, u"hai-chau"_s);
    ASSERT_TRUE(haiChau);
    EXPECT_EQ(haiChau->series.place, u"flood.hai-chau.nguyen-tri-phuong"_s);
    EXPECT_EQ(haiChau->places, 1);

    // Lower is worse: the lowest speed is the one to show.
    reading(u"traffic.speed"_s, u"traffic.nga-ba-hue"_s, 31);
    reading(u"traffic.speed"_s, u"traffic.nguyen-van-linh-ham-nghi"_s, 12);
    auto slow = data.worstPlace(u"traffic.speed"_s, QString());
    ASSERT_TRUE(slow);
    EXPECT_EQ(slow->value, 12);
}
