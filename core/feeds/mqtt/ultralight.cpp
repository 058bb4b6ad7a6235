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
        if (text.startsWith(u'|')) // (one leading '|' is tolerated, as the agents do)
            text = text.mid(1);
        const QList<QStringView> fields = text.split(u'|');
        // Any '@' after the first character: a command result (device@command|result).
        if (text.indexOf(u'@') > 0) {
            reject(fields[0].toString(), Text::tr("measure group %1 is a command result "
                                                  "(device@command|result), not a measure")
                                             .arg(number));
            return;
        }
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
        // A measure named as the feed's time field is the group's time (a device's "tt").
        for (qsizetype i = first; i + 1 < fields.size(); i += 2) {
            if (fields[i].trimmed() != device.timeField)
                continue;
            const auto t = parseFeedTime(fields[i + 1].trimmed(), device.zoneIfNoOffset);
            if (!t) {
                reject(
                    device.timeField,
                    Text::tr("measure group %1: %2 is not a time").arg(number).arg(fields[i + 1].toString()));
                return;
            }
            time = *t;
        }
        for (qsizetype i = first; i + 1 < fields.size(); i += 2) {
            if (fields[i].trimmed() != device.timeField)
                measure(fields[i].trimmed(), fields[i + 1].trimmed(), time);
        }
    }

    void measure(QStringView name, QStringView value, std::int64_t time)
    {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            reject(name.toString(), Text::tr("not a number: %1").arg(value.left(80).toString()));
            return;
        }
        out.observations.push_back(
            {device.id, device.type, name.toString(), time, v, QString(), std::nullopt});
    }
};

// What the agents refuse whole (PARSE_ERROR): an empty field ("||", a trailing '|') or an
// empty group ("##", a trailing '#'). Reading around it could pair a value with the wrong
// name, so nothing of such a payload is read.
QString malformed(QStringView text)
{
    const QList<QStringView> groups = text.split(u'#');
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QStringView group = groups[g];
        if (group.trimmed().isEmpty())
            return Text::tr("measure group %1 is empty (\"##\")").arg(g + 1);
        if (group.startsWith(u'|'))
            group = group.mid(1);
        for (const QStringView field : group.split(u'|')) {
            if (field.trimmed().isEmpty())
                return Text::tr("measure group %1 has an empty field (\"||\")").arg(g + 1);
        }
    }
    return QString();
}

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
    if (const QString why = malformed(text); !why.isEmpty()) {
        reader.reject(QString(), Text::tr("not UltraLight 2.0: %1; nothing of it is read").arg(why));
        return out;
    }
    int number = 0;
    for (const QStringView group : QStringView(text).split(u'#'))
        reader.group(group, ++number);
    return out;
}

} // namespace cityops::feeds
