#include "core/alerts/speech.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::alerts::Speech)
};

constexpr int kRate = 16'000;

void put16(QByteArray& out, std::uint16_t v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray& out, std::uint32_t v)
{
    put16(out, std::uint16_t(v & 0xffff));
    put16(out, std::uint16_t(v >> 16));
}

// A RIFF/WAVE header and 16-bit mono samples.
QByteArray wav(const std::vector<std::int16_t>& samples)
{
    QByteArray out;
    const auto bytes = std::uint32_t(samples.size() * 2);
    out.append("RIFF");
    put32(out, 36 + bytes);
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, 1); // mono
    put32(out, kRate);
    put32(out, kRate * 2);
    put16(out, 2);
    put16(out, 16);
    out.append("data");
    put32(out, bytes);
    for (const std::int16_t s : samples)
        put16(out, std::uint16_t(s));
    return out;
}

// A note with a short fade in and out (no click), then a pause.
void note(std::vector<std::int16_t>& out, double hz, int ms, int pauseMs)
{
    const int n = kRate * ms / 1000;
    const int fade = kRate * 10 / 1000;
    for (int i = 0; i < n; ++i) {
        const double envelope = std::min({1.0, double(i) / fade, double(n - i) / fade});
        out.push_back(std::int16_t(12'000 * envelope * std::sin(2 * std::numbers::pi * hz * i / kRate)));
    }
    out.insert(out.end(), std::size_t(kRate * pauseMs / 1000), 0);
}

} // namespace

const QList<VoiceInfo>& voices()
{
    static const QList<VoiceInfo> list = {
        {Voice::NorthernMale, u"north-male"_s, u"vi"_s},
        {Voice::NorthernFemale, u"north-female"_s, u"vi+f3"_s},
        {Voice::SouthernFemale, u"south-female"_s, u"vi-vn-x-south+f3"_s},
        {Voice::SouthernMale, u"south-male"_s, u"vi-vn-x-south"_s},
    };
    return list;
}

const VoiceInfo& voiceInfo(Voice voice)
{
    for (const VoiceInfo& v : voices()) {
        if (v.voice == voice)
            return v;
    }
    return voices().front();
}

std::optional<Voice> voiceFromCode(const QString& code)
{
    for (const VoiceInfo& v : voices()) {
        if (v.code == code)
            return v.voice;
    }
    return std::nullopt;
}

QString voiceName(Voice voice)
{
    switch (voice) {
    case Voice::NorthernMale:
        return Text::tr("Northern male voice");
    case Voice::NorthernFemale:
        return Text::tr("Northern female voice");
    case Voice::SouthernFemale:
        return Text::tr("Southern female voice");
    case Voice::SouthernMale:
        return Text::tr("Southern male voice");
    }
    return {};
}

Result<void> synthesize(const QString& text, Voice voice, const QString& path, int timeoutMs)
{
    const QString program = QStandardPaths::findExecutable(u"espeak-ng"_s);
    if (program.isEmpty())
        return Error{ErrorCode::NotFound, Text::tr("espeak-ng is not installed: alarms cannot be spoken"),
                     QString()};
    QFile::remove(path);
    QProcess espeak;
    // The text on standard input: a message is never read as an option.
    espeak.start(program, {u"-v"_s, voiceInfo(voice).espeak, u"-w"_s, path, u"--stdin"_s});
    if (!espeak.waitForStarted(timeoutMs))
        return Error{ErrorCode::Io, Text::tr("espeak-ng did not start"), espeak.errorString()};
    espeak.write(text.toUtf8());
    espeak.closeWriteChannel();
    if (!espeak.waitForFinished(timeoutMs)) {
        espeak.kill();
        espeak.waitForFinished(1000);
        return Error{ErrorCode::Timeout, Text::tr("espeak-ng did not finish in time"), text.left(80)};
    }
    if (espeak.exitStatus() != QProcess::NormalExit || espeak.exitCode() != 0)
        return Error{ErrorCode::Io, Text::tr("espeak-ng failed"),
                     QString::fromUtf8(espeak.readAllStandardError()).trimmed()};
    if (QFileInfo(path).size() <= 44)
        return Error{ErrorCode::Io, Text::tr("espeak-ng wrote no sound"), path};
    return {};
}

Result<void> writeTone(const QString& path, bool high)
{
    std::vector<std::int16_t> samples;
    note(samples, 880, 140, 60);
    note(samples, 660, 180, 60);
    if (high)
        note(samples, 880, 220, 0);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(wav(samples)) < 0)
        return Error{ErrorCode::Io, Text::tr("Cannot write the alarm tone"),
                     path + u": "_s + file.errorString()};
    return {};
}

} // namespace cityops::alerts
