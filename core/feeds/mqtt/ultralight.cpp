#include "core/feeds/mqtt/ultralight.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::UltraLight)
};

struct Reader
{
    const UltraLightDevice& device;
    FeedItems& out;

    void reject(const QString& attribute, const QString& reason)
    {
        out.rejected.push_back({device.id, device.type, attribute, reason});
    }

    void group(QStringView text, int number)
    {
        if (text.trimmed().isEmpty()) {
            reject(QString(), Text::tr("measure group %1 is empty (\"##\")").arg(number));
            return;
        }
        const QList<QStringView> fields = text.split(u'|');
        qsizetype first = 0;
        std::int64_t time = device.receivedAtMs;
        if (fields.size() % 2 == 1) { // an odd count: a leading timestamp
            const auto t = parseFeedTime(fields[0].trimmed(), device.zoneIfNoOffset);
            if (!t) {
                reject(QString(), Text::tr("measure group %1: %2 is not a time (an odd number of fields "
                                           "begins with one)")
                                      .arg(number)
                                      .arg(fields[0].toString()));
                return;
            }
            time = *t;
            first = 1;
        }
        for (qsizetype i = first; i + 1 < fields.size(); i += 2)
            measure(fields[i].trimmed(), fields[i + 1].trimmed(), time, number);
    }

    void measure(QStringView name, QStringView value, std::int64_t time, int number)
    {
        if (name.isEmpty()) {
            reject(QString(), Text::tr("measure group %1: a measure without a name (\"||\")").arg(number));
            return;
        }
        if (value.isEmpty()) {
            reject(name.toString(), Text::tr("no value (\"||\")"));
            return;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            reject(name.toString(), Text::tr("not a number: %1").arg(value.toString()));
            return;
        }
        out.observations.push_back(
            {device.id, device.type, name.toString(), time, v, QString(), std::nullopt});
    }
};

} // namespace

FeedItems parseUltraLight(QByteArrayView payload, const UltraLightDevice& device)
{
    FeedItems out;
    out.entities = 1;
    Reader reader{device, out};
    const QString text = QString::fromUtf8(payload).trimmed();
    if (text.isEmpty()) {
        reader.reject(QString(), Text::tr("an empty payload"));
        return out;
    }
    int number = 0;
    for (const QStringView group : QStringView(text).split(u'#'))
        reader.group(group, ++number);
    return out;
}

} // namespace cityops::feeds
