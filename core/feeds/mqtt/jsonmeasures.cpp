#include "core/feeds/mqtt/jsonmeasures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::JsonMeasures)
};

struct Reader
{
    const UltraLightDevice& device;
    const JsonMeasures& options;
    FeedItems& out;

    void reject(const QString& attribute, const QString& reason)
    {
        out.rejected.push_back({device.id, device.type, attribute, reason});
    }

    void reading(const QJsonObject& o, int number)
    {
        std::int64_t time = device.receivedAtMs;
        if (const QJsonValue t = o.value(options.timeField); !t.isUndefined()) {
            const auto parsed = parseFeedTime(t.toString(), device.zoneIfNoOffset);
            if (!t.isString() || !parsed) {
                reject(QString(), Text::tr("reading %1: %2 = %3 is not a time (ISO 8601)")
                                      .arg(number)
                                      .arg(options.timeField, t.toVariant().toString().left(80)));
                return;
            }
            time = *parsed;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != options.timeField)
                measure(it.key(), *it, time);
        }
    }

    void measure(const QString& name, const QJsonValue& value, std::int64_t time)
    {
        double v = value.toDouble();
        bool ok = value.isDouble();
        if (value.isString()) {
            if (!options.numericText.contains(name))
                return; // text (a status, a name): not a measurement, as in NGSI
            v = value.toString().trimmed().toDouble(&ok);
            if (!ok) {
                reject(name, Text::tr("not a number: \"%1\"").arg(value.toString().left(80)));
                return;
            }
        } else if (!ok) {
            return; // true, false, null, an object, an array: not a measurement
        }
        if (!std::isfinite(v)) {
            reject(name, Text::tr("not a finite number"));
            return;
        }
        out.observations.push_back({device.id, device.type, name, time, v, QString(), std::nullopt});
    }
};

} // namespace

FeedItems parseJsonMeasures(QByteArrayView payload, const UltraLightDevice& device,
                            const JsonMeasures& options)
{
    FeedItems out;
    out.entities = 1;
    Reader reader{device, options, out};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        reader.reject(QString(),
                      Text::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        return out;
    }
    if (doc.isObject()) {
        reader.reading(doc.object(), 1);
        return out;
    }
    const QJsonArray readings = doc.array();
    if (readings.isEmpty())
        reader.reject(QString(), Text::tr("must be an object of measures, or an array of them"));
    int number = 0;
    for (const QJsonValue& r : readings) {
        if (r.isObject())
            reader.reading(r.toObject(), ++number);
        else
            reader.reject(QString(), Text::tr("reading %1 is not an object of measures").arg(++number));
    }
    return out;
}

} // namespace cityops::feeds
