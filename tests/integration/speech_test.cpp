// The spoken announcement of a real alarm: espeak-ng writes a WAV for the message the flood
// rule makes, in each of the four voices; sox says it is sound (not silence) and that a longer
// message lasts longer. The tone too.

#include "core/alerts/speech.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/warnings/warnings.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

struct Stat
{
    double seconds = 0;
    double rms = 0;
};

// `sox FILE -n stat`: its length and RMS amplitude.
Stat soxStat(const QString& path)
{
    QProcess sox;
    sox.start(u"sox"_s, {path, u"-n"_s, u"stat"_s});
    EXPECT_TRUE(sox.waitForFinished(30'000));
    EXPECT_EQ(sox.exitCode(), 0) << sox.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(sox.readAllStandardError()); // sox prints stat there
    const auto field = [&](const QString& name) {
        const auto m = QRegularExpression(QRegularExpression::escape(name) + u":\\s*([0-9.]+)"_s).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    return {field(u"Length (seconds)"_s), field(u"RMS     amplitude"_s)};
}

// The flood rule's own message for 104 cm at Ngô Quyền.
QString floodMessage()
{
    static const Catalog catalog = *CatalogLoader::load(CatalogLoader::embeddedDirectory());
    const WarningRule* definition = catalog.warningRule(u"flood.depth-levels"_s);
    EXPECT_NE(definition, nullptr);
    auto rule = warnings::Rule::compile(*definition, catalog);
    EXPECT_TRUE(rule.ok());
    warnings::Event e;
    e.severity = warnings::Severity::High;
    e.value = 104;
    e.threshold = 100;
    e.peak = 104;
    e.reading = 104;
    return rule->message(e, u"flood.hai-chau.ngo-quyen"_s, Language::Vietnamese);
}

} // namespace

TEST(Speech, ARealAlarmIsSpokenInEachVoiceAndALongerMessageLastsLonger)
{
    QTemporaryDir dir;
    const QString message = floodMessage();
    ASSERT_TRUE(message.contains(u"104"_s)) << message.toStdString();
    for (const alerts::VoiceInfo& v : alerts::voices()) {
        SCOPED_TRACE(v.code.toStdString());
        const QString path = dir.filePath(v.code + u".wav"_s);
        const auto made = alerts::synthesize(message, v.voice, path);
        ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
        const Stat s = soxStat(path);
        EXPECT_GT(s.seconds, 1.5) << "a sentence takes seconds to say";
        EXPECT_GT(s.rms, 0.02) << "not silence";
    }
    const QString longer = dir.filePath(u"longer.wav"_s);
    ASSERT_TRUE(alerts::synthesize(message + u". Đề nghị lực lượng cứu hộ quận Hải Châu đến ngay."_s,
                                   alerts::Voice::NorthernFemale, longer)
                    .ok());
    EXPECT_GT(soxStat(longer).seconds, soxStat(dir.filePath(u"north-female.wav"_s)).seconds + 1.0);
}

TEST(Speech, AMessageIsNeverReadAsAnOption)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dash.wav"_s);
    const auto made = alerts::synthesize(u"--help -w /tmp/x"_s, alerts::Voice::SouthernMale, path);
    ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
    EXPECT_GT(soxStat(path).rms, 0.01);
}

TEST(Speech, TheToneIsAShortChimeAndAHighOneIsLonger)
{
    QTemporaryDir dir;
    ASSERT_TRUE(alerts::writeTone(dir.filePath(u"tone.wav"_s), false).ok());
    ASSERT_TRUE(alerts::writeTone(dir.filePath(u"high.wav"_s), true).ok());
    const Stat tone = soxStat(dir.filePath(u"tone.wav"_s));
    const Stat high = soxStat(dir.filePath(u"high.wav"_s));
    EXPECT_NEAR(tone.seconds, 0.44, 0.01);
    EXPECT_NEAR(high.seconds, 0.66, 0.01);
    EXPECT_GT(tone.rms, 0.1);
}
