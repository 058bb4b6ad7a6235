// A deadline rule's count: the reports past their reply deadline (QĐ 960: 1 or 3 working
// days, counted on the catalog's working calendar) that have not been answered yet.
//
// Its two series are events, one reading each: a report received (at its receipt; its value
// the deadline in working days) and a reply (when it was sent; its value the minutes since the
// report's receipt, which is how a reply finds its report). A report counts from its deadline
// until it is answered, or until it leaves the window (`within`: a report unanswered for a
// month is the KPI's business, not an alarm's any more).

#include "core/catalog/catalog.h"
#include "core/warnings/warnings.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cityops::warnings {

namespace {

constexpr double kMinuteMs = 60'000.0;

struct Change
{
    std::int64_t at;
    int delta; // +1: a report falls due; −1: an overdue one is answered or leaves the window
};

} // namespace

Rule::Derived Rule::overdue(const QString& place, const Snapshot& snapshot, std::int64_t from,
                            std::int64_t now, double previous, std::int64_t& next) const
{
    const store::Columns received = snapshot.readings({m_indicatorId, place}, from - m_over, now + 1);
    const store::Columns replies = snapshot.readings({m_repliesId, place}, from - m_over, now + 1);
    // Each reply, by the receipt of the report it answers (the first reply counts).
    QHash<std::int64_t, std::int64_t> answeredAt;
    answeredAt.reserve(qsizetype(replies.size()));
    for (std::size_t i = 0; i < replies.size(); ++i) {
        if (!(replies.v[i] >= 0))
            continue; // (a reply before its report: the catalog's range refuses it)
        const std::int64_t receipt = replies.t[i] - std::llround(replies.v[i] * kMinuteMs);
        const auto it = answeredAt.find(receipt);
        if (it == answeredAt.end())
            answeredAt.insert(receipt, replies.t[i]);
        else
            *it = std::min(*it, replies.t[i]);
    }
    std::vector<Change> changes;
    for (std::size_t k = 0; k < received.size(); ++k) {
        const std::int64_t receipt = received.t[k];
        const int days = std::clamp(int(std::lround(received.v[k])), 1, 60);
        const std::int64_t due = m_catalog->calendar.addWorkingDays(receipt, days);
        std::int64_t end = receipt + m_over;
        if (const auto it = answeredAt.constFind(receipt); it != answeredAt.cend())
            end = std::min(end, *it);
        if (due >= end)
            continue; // answered in time
        changes.push_back({due, +1});
        changes.push_back({end, -1});
    }
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.at < b.at; });

    Derived out;
    int count = 0;
    std::size_t i = 0;
    for (; i < changes.size() && changes[i].at < from; ++i)
        count += changes[i].delta;
    const auto add = [&](std::int64_t t, int value) {
        out.values.push_back(t, double(value));
        out.readings.push_back(double(value));
    };
    // The count just before `from` is what the last step compared last — unless this is a
    // first step, or a reply came in late (after the step that counted its report overdue):
    // then the count is corrected at `from`.
    if (double(count) != previous)
        add(from, count);
    next = kNever;
    while (i < changes.size()) {
        const std::int64_t at = changes[i].at;
        if (at > now) {
            next = at;
            break;
        }
        for (; i < changes.size() && changes[i].at == at; ++i)
            count += changes[i].delta;
        if (!out.values.t.empty() && out.values.t.back() == at)
            out.values.v.back() = out.readings.back() = double(count);
        else
            add(at, count);
    }
    return out;
}

} // namespace cityops::warnings
