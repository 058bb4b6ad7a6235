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

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace cityops::warnings {

namespace {

constexpr double kMinuteMs = 60'000.0;
constexpr std::int64_t kMatchMs = 30'000; // how far a reply may point beside its report

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
    // Each reply answers the report received its value's minutes before it: the nearest one
    // not answered yet within half a minute (a feed may round the minutes, or the receipt's
    // seconds); replies in time order, so a report's first reply is the one that counts.
    std::vector<std::int64_t> answeredAt(received.size(), std::numeric_limits<std::int64_t>::max());
    for (std::size_t i = 0; i < replies.size(); ++i) {
        if (!(replies.v[i] >= 0))
            continue; // (a reply before its report: the catalog's range refuses it)
        const std::int64_t receipt = replies.t[i] - std::llround(replies.v[i] * kMinuteMs);
        const auto first = std::lower_bound(received.t.begin(), received.t.end(), receipt - kMatchMs);
        std::size_t best = received.size();
        for (auto it = first; it != received.t.end() && *it <= receipt + kMatchMs; ++it) {
            const auto k = std::size_t(it - received.t.begin());
            if (answeredAt[k] == std::numeric_limits<std::int64_t>::max() &&
                (best == received.size() ||
                 std::llabs(*it - receipt) < std::llabs(received.t[best] - receipt)))
                best = k;
        }
        if (best < received.size())
            answeredAt[best] = replies.t[i];
    }
    std::vector<Change> changes;
    for (std::size_t k = 0; k < received.size(); ++k) {
        const std::int64_t receipt = received.t[k];
        const int days = std::clamp(int(std::lround(received.v[k])), 1, 60);
        const std::int64_t due = m_catalog->calendar.addWorkingDays(receipt, days);
        const std::int64_t end = std::min(receipt + m_over, answeredAt[k]);
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
