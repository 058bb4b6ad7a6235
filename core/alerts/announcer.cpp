#include "core/alerts/announcer.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

bool waiting(const Alarm& a)
{
    return a.state == State::Unacknowledged || a.state == State::RtnUnacknowledged;
}

// Said until someone acknowledges it: high and still active.
bool speaks(const Alarm& a)
{
    return a.state == State::Unacknowledged && a.severity == u"high"_s;
}

// Forgets what is no longer waiting: should it wait again (a shelf over), it is news again.
template <typename T> void keepOnly(QHash<QString, T>& heard, const QSet<QString>& ids)
{
    for (auto it = heard.begin(); it != heard.end();)
        it = ids.contains(it.key()) ? std::next(it) : heard.erase(it);
}

} // namespace

std::optional<Announcement> Announcer::update(const QList<Alarm>& alarms, std::int64_t now)
{
    QList<const Alarm*> open;
    QSet<QString> ids;
    for (const Alarm& a : alarms) {
        if (waiting(a)) {
            open.append(&a);
            ids.insert(a.id);
        }
    }
    // The newest first: it is what a new message is about.
    std::sort(open.begin(), open.end(),
              [](const Alarm* a, const Alarm* b) { return a->firedAt > b->firedAt; });
    if (!m_started)
        return first(open, now);
    keepOnly(m_toned, ids);
    keepOnly(m_spoken, ids);

    QList<const Alarm*> fresh; // not toned yet
    QList<const Alarm*> say;   // high: never said, or said longer ago than repeatMs
    int repeats = 0;
    for (const Alarm* a : open) {
        if (!m_toned.contains(a->id))
            fresh.append(a);
        if (!speaks(*a))
            continue;
        const auto said = m_spoken.constFind(a->id);
        if (said == m_spoken.cend() || now - *said >= m_options.repeatMs) {
            say.append(a);
            repeats += said == m_spoken.cend() ? 0 : 1;
        }
    }
    const bool speakNow = !say.isEmpty() && now - m_lastSpeech >= m_options.speechEveryMs;
    const bool toneNow = speakNow || (!fresh.isEmpty() && now - m_lastTone >= m_options.toneEveryMs);
    if (!toneNow)
        return std::nullopt;
    Announcement out;
    for (const Alarm* a : fresh) {
        m_toned.insert(a->id, true);
        out.alarms << a->id;
        out.high = out.high || a->severity == u"high"_s;
    }
    m_lastTone = now;
    if (speakNow) {
        out.speech = speechFor(say, repeats);
        out.high = true;
        for (const Alarm* a : say) {
            m_spoken.insert(a->id, now);
            m_toned.insert(a->id, true);
            if (!out.alarms.contains(a->id))
                out.alarms << a->id;
        }
        m_lastSpeech = now;
    }
    return out;
}

// Started with alarms already waiting: one tone, and how many high ones wait.
std::optional<Announcement> Announcer::first(const QList<const Alarm*>& waiting, std::int64_t now)
{
    m_started = true;
    Announcement out;
    int high = 0;
    for (const Alarm* a : waiting) {
        m_toned.insert(a->id, true);
        out.alarms << a->id;
        if (speaks(*a)) {
            m_spoken.insert(a->id, now);
            ++high;
        }
    }
    if (waiting.isEmpty())
        return std::nullopt;
    m_lastTone = now;
    out.high = high > 0;
    if (high > 0) {
        out.speech = u"Có %1 cảnh báo mức cao chưa xác nhận."_s.arg(high);
        m_lastSpeech = now;
    }
    return out;
}

// The newest new alarm's message, and how many more; or how many are still not acknowledged.
QString Announcer::speechFor(const QList<const Alarm*>& say, int repeats) const
{
    const qsizetype news = say.size() - repeats;
    if (news == 0)
        return u"Còn %1 cảnh báo mức cao chưa xác nhận."_s.arg(say.size());
    const auto newest =
        std::find_if(say.begin(), say.end(), [&](const Alarm* a) { return !m_spoken.contains(a->id); });
    QString text = (*newest)->messageVi;
    if (say.size() > 1)
        text += u", và %1 cảnh báo mức cao khác"_s.arg(say.size() - 1);
    return text + u'.';
}

} // namespace cityops::alerts
