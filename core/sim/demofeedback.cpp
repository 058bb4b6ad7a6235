// The demo city's 1022 reports forwarded to an agency, one by one: when each arrives, its
// reply deadline under QĐ 960, when its reply is sent. Two event series publish them
// (feedback.forwarded at each receipt, its value the deadline in working days;
// feedback.reply-time at each reply, its value the minutes since the receipt) and
// feedback.overdue counts, each hour, those past their deadline and not answered — on the
// catalog's working calendar, as the deadline rule counts them, so the tile and the alarm agree.
//
// Each district has at most one report per 10-minute slot: more by day on working days,
// few at night. A reply takes about 6 hours (log-normal, capped at 6 days), times the backlog
// scenario's factor at the receipt. A reply's instant carries its slot in its milliseconds, so
// two replies never share an instant and each finds its report from its own time.

#include "core/sim/democity.h"
#include "core/store/bucketing.h"

#include <QDate>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::sim {

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kLocal = 7 * kHour; // Asia/Ho_Chi_Minh
constexpr std::int64_t kSlot = 10 * kMinute;
constexpr double kMaxReplyHours = 144;
// The slots back from which a reply may still be on its way (the longest reply, the slot, a minute).
constexpr std::int64_t kReplySlots = (std::int64_t(kMaxReplyHours) * kHour + kSlot + kMinute) / kSlot + 1;

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - store::floorDivide(a, b) * b;
}

} // namespace

std::optional<DemoCity::Report> DemoCity::report(const Series& s, std::int64_t slot) const
{
    const std::int64_t start = slot * kSlot;
    const std::int64_t local = start + kLocal;
    const double hour = double(floorMod(local, kDay)) / double(kHour);
    const QDate day = QDate(1970, 1, 1).addDays(store::floorDivide(local, kDay));
    const double busy = 2.5 + 3.5 * u01(s.placeHash, 30, 0); // reports per working hour
    const double perHour = m_catalog.calendar.isWorkingDay(day) && hour >= 7 && hour < 17 ? busy
                           : hour >= 7 && hour < 22                                       ? 0.25 * busy
                                                                                          : 0.05 * busy;
    const auto draw = [&](std::uint64_t stream) {
        return u01(s.placeHash, std::uint64_t(slot), stream);
    };
    // A backlog brings reminders and repeated reports as well as slow replies.
    const double backlog = scenario(ScenarioEvent::Kind::Backlog, s.key.place, start).value_or(1.0);
    if (draw(31) >= std::min(1.0, perHour * std::sqrt(backlog) * double(kSlot) / double(kHour)))
        return std::nullopt;
    Report r;
    r.received = start + std::int64_t(10 * draw(32)) * kMinute;
    r.days = draw(33) < 0.75 ? 1 : 3;
    const double hours =
        std::clamp(6.0 * std::exp(0.9 * gauss(s.placeHash, std::uint64_t(slot), 34)) * std::pow(backlog, 1.4),
                   0.25, kMaxReplyHours);
    r.replied = r.received + std::int64_t(hours * 60) * kMinute + floorMod(slot, kMinute);
    return r;
}

std::optional<double> DemoCity::feedbackEvent(const Series& s, std::int64_t t) const
{
    if (s.key.indicator == u"feedback.forwarded"_s) {
        const auto r = report(s, store::floorDivide(t, kSlot));
        return r && r->received == t ? std::optional<double>(r->days) : std::nullopt;
    }
    // A reply: its milliseconds name its slot among the last kReplySlots.
    const std::int64_t last = store::floorDivide(t, kSlot);
    const std::int64_t slot = last - floorMod(last - floorMod(t, kMinute), kMinute);
    if (slot < last - kReplySlots)
        return std::nullopt;
    const auto r = report(s, slot);
    if (!r || r->replied != t)
        return std::nullopt;
    return double(t - r->received) / double(kMinute);
}

std::int64_t DemoCity::nextFeedbackEvent(const Series& s, std::int64_t t) const
{
    constexpr std::int64_t kGiveUp = 1'000'000; // slots (19 years): reports come long before
    const std::int64_t first = store::floorDivide(t, kSlot);
    if (s.key.indicator == u"feedback.forwarded"_s) {
        for (std::int64_t slot = first; slot < first + kGiveUp; ++slot) {
            if (const auto r = report(s, slot); r && r->received >= t)
                return r->received;
        }
        return (first + kGiveUp) * kSlot;
    }
    // The earliest reply at or after t, of the reports received since the longest reply ago.
    std::int64_t best = (first + kGiveUp) * kSlot;
    for (std::int64_t slot = first - kReplySlots; slot * kSlot <= best; ++slot) {
        if (const auto r = report(s, slot); r && r->replied >= t)
            best = std::min(best, r->replied);
    }
    return best;
}

double DemoCity::overdueReports(const Series& s, std::int64_t t) const
{
    int count = 0;
    for (std::int64_t slot = store::floorDivide(t, kSlot) - kReplySlots; slot * kSlot <= t; ++slot) {
        const auto r = report(s, slot);
        if (r && r->received <= t && t < r->replied &&
            m_catalog.calendar.addWorkingDays(r->received, r->days) <= t)
            ++count;
    }
    return count;
}

} // namespace cityops::sim
