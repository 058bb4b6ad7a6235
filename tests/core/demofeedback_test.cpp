// The demo city's 1022 reports, one by one: each reply finds its report from its own value,
// once; every report is answered; and the overdue count the city publishes each hour is the
// one the catalog's deadline rule counts from those events, through the backlog week.

#include "core/catalog/catalogloader.h"
#include "core/sim/democity.h"
#include "core/sim/scenario.h"
#include "core/store/seriesreader.h"
#include "core/store/seriesstore.h"
#include "core/warnings/warnings.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace cityops;
using namespace cityops::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kStart = 1709546400000; // 2024-03-04T17:00+07:00, a Monday

const Catalog& catalog()
{
    static const Catalog c = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    return c;
}

} // namespace

TEST(DemoFeedback, EveryReplyFindsItsReportAndTheOverdueCountIsTheDeadlineRules)
{
    DemoCity city(catalog(), 1);
    city.addScenario(*Scenario::load(u"public-service-backlog"_s), kStart);
    const QString place = u"cam-le"_s;
    const std::int64_t from = kStart - 7 * kDay;
    const std::int64_t to = kStart + 6 * kDay;
    store::SeriesStore data;
    std::map<QString, std::vector<store::Point>> byIndicator;
    city.generate(from, to, [&](std::size_t s, const std::vector<store::Point>& points) {
        const auto& series = city.series()[s];
        if (series.key.place != place || !series.key.indicator.startsWith(u"feedback."_s))
            return;
        byIndicator[series.key.indicator] = points;
        (void)data.insert(data.ensureSeries(series.key, series.periodMs), points);
    });
    const auto& received = byIndicator[u"feedback.forwarded"_s];
    const auto& replies = byIndicator[u"feedback.reply-time"_s];
    const auto& overdue = byIndicator[u"feedback.overdue"_s];
    ASSERT_GT(received.size(), 13 * 20u) << "some twenty reports a day or more";
    ASSERT_EQ(overdue.size(), std::size_t((to - from) / kHour));

    std::set<std::int64_t> receipts;
    for (const store::Point& p : received) {
        EXPECT_TRUE(p.v == 1 || p.v == 3) << "a deadline of 1 or 3 working days";
        receipts.insert(p.t);
    }
    std::set<std::int64_t> answered;
    for (const store::Point& p : replies) {
        const std::int64_t receipt = p.t - std::llround(p.v * 60'000.0);
        if (receipt < from)
            continue; // a report received before the stretch generated
        EXPECT_TRUE(receipts.count(receipt)) << "a reply at " << p.t << " answers no report";
        EXPECT_TRUE(answered.insert(receipt).second) << "a report answered twice";
    }
    for (const std::int64_t t : receipts) {
        if (t < to - 6 * kDay - kHour) {
            EXPECT_TRUE(answered.count(t)) << "every report is answered within six days: " << t;
        }
    }

    // The rule, stepped every hour through the week: the count it compares is the city's.
    const WarningRule* definition = catalog().warningRule(u"feedback.overdue-reports"_s);
    ASSERT_TRUE(definition);
    auto rule = warnings::Rule::compile(*definition, catalog());
    ASSERT_TRUE(rule.ok());
    store::StoreReader reader(data);
    const warnings::ReaderSnapshot snapshot(reader);
    warnings::PointState state;
    state.seenUntil = from;
    double peak = 0;
    int raised = 0;
    for (const store::Point& p : overdue) {
        auto step = rule->evaluate(place, snapshot, state, p.t);
        for (const auto& e : step.events)
            raised += e.type == warnings::Event::Type::Raised ? 1 : 0;
        state = std::move(step.state);
        const double counted = state.lastAt == warnings::kNever ? 0.0 : state.lastValue;
        EXPECT_EQ(counted, p.v) << "at " << p.t;
        peak = std::max(peak, p.v);
    }
    EXPECT_GT(peak, 40) << "the backlog piles them up";
    EXPECT_EQ(raised, 1);
}
