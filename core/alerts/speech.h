#pragma once

// Alarm sounds: a tone for new alarms, and a spoken Vietnamese announcement for high ones,
// both as WAV files. Speech is espeak-ng's (offline, ~10 ms for a message; Qt TextToSpeech
// needs a speech daemon that hangs headless), in the four voices Vietnamese readers know from
// news sites: northern male and female, southern female and male.

#include "core/common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cityops::alerts {

enum class Voice
{
    NorthernMale,
    NorthernFemale,
    SouthernFemale,
    SouthernMale,
};

struct VoiceInfo
{
    Voice voice;
    QString code;   // "north-male", "north-female", "south-female", "south-male"
    QString espeak; // espeak-ng's voice and variant: "vi", "vi+f3", "vi-vn-x-south+f3", …
};
const QList<VoiceInfo>& voices();
const VoiceInfo& voiceInfo(Voice voice);
std::optional<Voice> voiceFromCode(const QString& code);
// "Giọng nam miền Bắc" …
QString voiceName(Voice voice);

// `text` spoken into a WAV file at `path` by espeak-ng. Fails with the reason: espeak-ng
// missing, its error, no sound written within `timeoutMs`.
Result<void> synthesize(const QString& text, Voice voice, const QString& path, int timeoutMs = 10'000);

// A chime as a WAV file (16-bit mono, 16 kHz): two notes, three for a high alarm.
Result<void> writeTone(const QString& path, bool high);

} // namespace cityops::alerts
