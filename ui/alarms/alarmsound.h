#pragma once

// A console's alarm sound: what the announcer (core/alerts/announcer.h) decides from the alarms
// the console reads, played on a thread of its own — the tone, then the spoken message made by
// espeak-ng — so the wall never waits on a sound. Muting and the voice belong to this console.
// The player is `aplay -q FILE`, or the program named by CITYOPS_AUDIO_PLAYER (given the WAV
// file as its last argument). A sound that cannot be played is said once (failed()); the
// alarms are still seen.

#include "core/alerts/announcer.h"
#include "core/alerts/speech.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace cityops {
class Clock;
class WorkerThread;
namespace alerts {
class AlarmWatch;
}
} // namespace cityops

namespace cityops::ui {

class AlarmSound final : public QObject
{
    Q_OBJECT
public:
    AlarmSound(const Clock& clock, alerts::AlarmWatch& watch, QObject* parent = nullptr);
    ~AlarmSound() override;

    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    alerts::Voice voice() const { return m_voice; }
    void setVoice(alerts::Voice voice);
    // Why the last sound could not be played, or empty.
    const QString& lastError() const { return m_lastError; }
    // Decides now (the watch's changes and a 2-second tick call it).
    void check();

signals:
    // An announcement played to its end: the words said (empty: a tone only).
    void played(const QString& speech);
    void failed(const QString& message);
    void settingsChanged();

private:
    void play(const alerts::Announcement& announcement);

    const Clock& m_clock;
    alerts::AlarmWatch& m_watch;
    alerts::Announcer m_announcer;
    bool m_muted = false;
    alerts::Voice m_voice = alerts::Voice::NorthernFemale;
    QString m_lastError;
    QStringList m_player; // the program and its first arguments
    QTemporaryDir m_dir;
    QTimer m_tick;
    int m_pending = 0;
    int m_made = 0;
    std::unique_ptr<WorkerThread> m_thread; // last: stopped first
};

} // namespace cityops::ui
