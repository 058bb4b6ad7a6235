#include "core/feeds/feedhealth.h"

#include <algorithm>

namespace cityops::feeds {

FeedCondition conditionOf(const FeedHealth& h, qint64 nowMs)
{
    if (h.lastAttemptMs == 0)
        return FeedCondition::Waiting;
    if (!h.ok)
        return FeedCondition::Failing;
    const qint64 allowed = std::max<qint64>(3LL * h.pollSeconds * 1000, 180'000);
    return nowMs - h.lastSuccessMs > allowed ? FeedCondition::Late : FeedCondition::Ok;
}

FeedsTally tally(const std::vector<FeedHealth>& feeds, qint64 nowMs)
{
    FeedsTally t;
    for (const FeedHealth& h : feeds) {
        ++t.total;
        t.fine += conditionOf(h, nowMs) == FeedCondition::Ok ? 1 : 0;
    }
    return t;
}

QSet<QString> seriesOfFailingFeeds(const std::vector<FeedHealth>& feeds, qint64 nowMs)
{
    QSet<QString> out;
    for (const FeedHealth& h : feeds) {
        const FeedCondition c = conditionOf(h, nowMs);
        if (c == FeedCondition::Failing || c == FeedCondition::Late)
            out.unite(h.series);
    }
    return out;
}

} // namespace cityops::feeds
