#include "ui/alarms/alarmsound.h"

#include "core/alerts/alarmwatch.h"
#include "core/common/clock.h"
#include "core/common/workerthread.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr int kTickMs = 2'000;
constexpr int kMaxPending = 2; // announcements waiting to be played; more are dropped

// The player's arguments, then the file; the reason it failed, or empty.
QString playFile(const QStringList& player, const QString& file)
{
    QProcess process;
    process.start(player.front(), player.mid(1) << file);
    if (!process.waitForStarted(5'000))
        return AlarmSound::tr("%1 did not start: %2").arg(player.front(), process.errorString());
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(1'000);
        return AlarmSound::tr("%1 did not finish").arg(player.front());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromUtf8(process.readAllStandardError()).trimmed().split(u'\n').last();
        return AlarmSound::tr("%1 failed: %2")
            .arg(player.front(),
                 said.isEmpty() ? AlarmSound::tr("exit code %1").arg(process.exitCode()) : said);
    }
    return {};
}

QStringList playerCommand()
{
    const QString configured = qEnvironmentVariable("CITYOPS_AUDIO_PLAYER");
    if (!configured.isEmpty())
        return QProcess::splitCommand(configured);
    return {u"aplay"_s, u"-q"_s};
}

} // namespace

AlarmSound::AlarmSound(const Clock& clock, alerts::AlarmWatch& watch, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_watch(watch)
    , m_player(playerCommand())
    , m_thread(std::make_unique<WorkerThread>(u"alarm-sound"_s))
{
    connect(&m_watch, &alerts::AlarmWatch::changed, this, &AlarmSound::check);
    connect(&m_tick, &QTimer::timeout, this, &AlarmSound::check);
    m_tick.start(kTickMs);
}

AlarmSound::~AlarmSound() = default;

void AlarmSound::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    emit settingsChanged();
}

void AlarmSound::setVoice(alerts::Voice voice)
{
    if (voice == m_voice)
        return;
    m_voice = voice;
    emit settingsChanged();
}

void AlarmSound::check()
{
    if (!m_watch.hasRead())
        return;
    // Decided even when muted: unmuting does not replay what was missed.
    const auto announcement = m_announcer.update(m_watch.alarms(), m_clock.nowMs());
    if (announcement && !m_muted && m_pending < kMaxPending)
        play(*announcement);
}

void AlarmSound::play(const alerts::Announcement& a)
{
    if (!m_dir.isValid() || m_player.isEmpty()) {
        m_lastError = tr("No place to make the alarm sound in");
        emit failed(m_lastError);
        return;
    }
    ++m_pending;
    const QString tone = m_dir.filePath(a.high ? u"tone-high.wav"_s : u"tone.wav"_s);
    const QString speech = m_dir.filePath(u"speech-%1.wav"_s.arg(++m_made));
    m_thread->post([this, a, tone, speech, voice = m_voice, player = m_player] {
        QString error;
        if (!QFile::exists(tone)) {
            if (auto written = alerts::writeTone(tone, a.high); !written)
                error = written.error().toString();
        }
        if (error.isEmpty())
            error = playFile(player, tone);
        if (error.isEmpty() && !a.speech.isEmpty()) {
            if (auto made = alerts::synthesize(a.speech, voice, speech); !made)
                error = made.error().toString();
            else
                error = playFile(player, speech);
            QFile::remove(speech);
        }
        QMetaObject::invokeMethod(this, [this, error, said = a.speech] {
            --m_pending;
            if (!error.isEmpty()) {
                const bool again = error == m_lastError;
                m_lastError = error;
                if (!again)
                    emit failed(tr("The alarm sound could not be played: %1").arg(error));
                return;
            }
            m_lastError.clear();
            emit played(said);
        });
    });
}

} // namespace cityops::ui
