#pragma once

// What a console plays when its alarms change, decided from the alarms it has just read (pure:
// the same list and instant give the same answer). A new alarm waiting for an acknowledgement
// gets a tone; a new high one is also spoken (its Vietnamese message), and said again every
// `repeatMs` while nobody acknowledges it. Rate-limited: a tone at most every `toneEveryMs`, a
// spoken message at most every `speechEveryMs` — what waits is said at the next chance, several
// new high alarms in one message ("… và 3 cảnh báo mức cao khác"). Acknowledged, shelved,
// suppressed or over: silent from then on. The first read does not replay the backlog: it says
// how many high alarms wait.
//
// The announcement is Vietnamese whatever the console's language: the voices are Vietnamese.

#include "core/alerts/alarmlog.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <optional>

namespace cityops::alerts {

struct Announcement
{
    bool high = false; // the tone of a high alarm
    QString speech;    // what is said after the tone; empty: a tone only
    QStringList alarms;
};

class Announcer
{
public:
    struct Options
    {
        std::int64_t toneEveryMs = 2'000;
        std::int64_t speechEveryMs = 15'000;
        std::int64_t repeatMs = 5 * 60'000;
    };
    Announcer()
        : Announcer(Options{})
    {}
    explicit Announcer(const Options& options)
        : m_options(options)
    {}

    std::optional<Announcement> update(const QList<Alarm>& alarms, std::int64_t now);

private:
    std::optional<Announcement> first(const QList<const Alarm*>& waiting, std::int64_t now);
    QString speechFor(const QList<const Alarm*>& fresh, int repeats) const;

    Options m_options;
    bool m_started = false;
    QHash<QString, bool> m_toned;          // alarms whose tone has played
    QHash<QString, std::int64_t> m_spoken; // high alarms: when they were last said
    std::int64_t m_lastTone = std::numeric_limits<std::int64_t>::min() / 2;
    std::int64_t m_lastSpeech = std::numeric_limits<std::int64_t>::min() / 2;
};

} // namespace cityops::alerts
