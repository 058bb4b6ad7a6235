// The feeds a console collects, as the people watching them see them: a row per feed on the
// desk (its condition in a mark and a word, when it last succeeded, records a minute, what was
// quarantined and why, the last error in words), the desk's "Feeds" page only where feeds are
// collected, and the wall's "● feeds N/M" in its header, in the alarm colour when one fails.

#include "core/feeds/feedhealth.h"
#include "ui/shell/feedhealthview.h"
#include "ui/shell/mainwindow.h"
#include "ui/wall/wallconfig.h"
#include "ui/wall/wallwindow.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

class FakeFeeds : public feeds::FeedHealthSource
{
public:
    std::vector<feeds::FeedHealth> health() const override { return all; }
    std::vector<feeds::FeedHealth> all;
};

feeds::FeedHealth feed(const QString& id, bool ok, qint64 lastSuccessAgoMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    feeds::FeedHealth h;
    h.feed = id;
    h.name = u"Orion "_s + id;
    h.pollSeconds = 60;
    h.ok = ok;
    h.lastAttemptMs = now - 1000;
    h.lastSuccessMs = lastSuccessAgoMs < 0 ? 0 : now - lastSuccessAgoMs;
    h.lastSeconds = 0.25;
    h.perMinute = 12.5;
    return h;
}

} // namespace

TEST(FeedHealth, ConditionsFromWhatTheCollectorKept)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    feeds::FeedHealth waiting;
    EXPECT_EQ(feeds::conditionOf(waiting, now), feeds::FeedCondition::Waiting);
    EXPECT_EQ(feeds::conditionOf(feed(u"a"_s, true, 10'000), now), feeds::FeedCondition::Ok);
    EXPECT_EQ(feeds::conditionOf(feed(u"a"_s, true, 181'000), now), feeds::FeedCondition::Late)
        << "fine when last heard of, three intervals (at least 3 min) ago";
    EXPECT_EQ(feeds::conditionOf(feed(u"a"_s, false, 10'000), now), feeds::FeedCondition::Failing);
    const feeds::FeedsTally t = feeds::tally({feed(u"a"_s, true, 0), feed(u"b"_s, false, -1), waiting}, now);
    EXPECT_EQ(t.fine, 1);
    EXPECT_EQ(t.total, 3);
    EXPECT_FALSE(t.allFine());

    // What views mark stale: the series of the failing and the late, not of the fine.
    std::vector<feeds::FeedHealth> all{feed(u"a"_s, true, 0), feed(u"b"_s, false, 0),
                                       feed(u"c"_s, true, 600'000)};
    all[0].series = {u"air.pm25@air.hai-chau"_s};
    all[1].series = {u"flood.depth@flood.thanh-khe.ham-nghi"_s};
    all[2].series = {u"air.no2@air.son-tra"_s};
    EXPECT_EQ(feeds::seriesOfFailingFeeds(all, now),
              (QSet<QString>{u"flood.depth@flood.thanh-khe.ham-nghi"_s, u"air.no2@air.son-tra"_s}));
}

// A series whose feed fails is stale on every view at once, however fresh its last reading.
TEST(FeedHealth, TheSeriesOfAFailingFeedAreStaleEverywhere)
{
    uitest::LiveFixture live(Language::English);
    live.fillDemo(1);
    const auto flood = live.data.seriesOf(u"flood.depth"_s);
    ASSERT_FALSE(flood.isEmpty());
    const live::SeriesRef ref = flood.first();
    ASSERT_FALSE(live.data.state(ref).stale) << "the demo city's readings are fresh";
    int updates = 0;
    QObject::connect(&live.data, &live::LiveData::updated, [&] { ++updates; });
    live.data.setFailingSources({u"flood.depth@"_s + ref.place});
    EXPECT_EQ(updates, 1);
    EXPECT_TRUE(live.data.state(ref).stale);
    EXPECT_TRUE(live.data.state(ref).sourceFailing);
    EXPECT_FALSE(live.data.state(flood.last()).stale || flood.size() == 1) << "only the failing feed's";
    live.data.setFailingSources({u"flood.depth@"_s + ref.place});
    EXPECT_EQ(updates, 1) << "unchanged: no refresh";
    live.data.setFailingSources({});
    EXPECT_FALSE(live.data.state(ref).stale);
    EXPECT_EQ(updates, 2);
}

TEST(FeedHealth, TheDeskShowsARowPerFeedAndTheWallHowManyAreFine)
{
    uitest::LiveFixture live(Language::English);
    FakeFeeds source;
    source.all = {feed(u"air"_s, true, 5000), feed(u"flood"_s, false, 3'600'000)};
    source.all[1].lastError = u"cannot reach the server: Connection refused"_s;
    source.all[1].quarantined = 3;
    source.all[1].reasons = {{u"future-time"_s, 2}, {u"out-of-range"_s, 1}};
    live.context.feeds = &source;
    ui::FeedHealthView view(live.context);
    const QStringList rows = view.rows();
    ASSERT_EQ(rows.size(), 2) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows[0].contains(u"Orion air\nair · ngsi-v2 | ● fine | "_s)) << rows[0].toStdString();
    EXPECT_TRUE(rows[0].contains(u"| 0.25 s | 12.5 | 0 | —"_s)) << rows[0].toStdString();
    EXPECT_TRUE(rows[1].contains(u"| ✖ failing | "_s)) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(u"(60 min ago)"_s)) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(u"| 3 (future-time 2, out-of-range 1) | cannot reach the server"_s))
        << rows[1].toStdString();
    EXPECT_EQ(ui::FeedHealthView::summary(live.context), u"✖ feeds 1/2"_s);
    source.all[1] = feed(u"flood"_s, true, 1000);
    EXPECT_EQ(ui::FeedHealthView::summary(live.context), u"● feeds 2/2"_s);

    // The wall's header.
    auto wall = ui::WallConfig::load(ui::WallConfig::defaultPath(), *live.catalog);
    ASSERT_TRUE(wall.ok());
    {
        ui::WallWindow window(live.context, wall->screens[0], 0);
        window.refreshNow();
        EXPECT_EQ(window.feedStateText(), u"● feeds 2/2"_s);
        EXPECT_FALSE(window.feedStateFailing());
        source.all[0].ok = false;
        window.refreshNow();
        EXPECT_EQ(window.feedStateText(), u"✖ feeds 1/2"_s);
        EXPECT_TRUE(window.feedStateFailing());
        source.all[0].ok = true;
    }

    // The desk has its "Feeds" page only where feeds are collected.
    ui::MainWindow desk(live.context);
    ASSERT_NE(desk.feedHealthView(), nullptr);
    EXPECT_TRUE(desk.navigationTexts().contains(u"Feeds"_s));
    live.context.feeds = nullptr;
    ui::MainWindow plain(live.context);
    EXPECT_EQ(plain.feedHealthView(), nullptr);
    EXPECT_FALSE(plain.navigationTexts().contains(u"Feeds"_s));
}
