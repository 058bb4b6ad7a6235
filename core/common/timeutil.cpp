#include "core/common/timeutil.h"

#include <QCoreApplication>

namespace cityops {

QTimeZone defaultDisplayZone()
{
    static const QTimeZone zone = [] {
        QTimeZone named(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return named.isValid() ? named : QTimeZone(7 * 3600);
    }();
    return zone;
}

QDateTime toZone(qint64 utcMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone);
}

Result<qint64> parseInstant(QStringView text, const QTimeZone& zoneIfNoOffset)
{
    QString normalized = text.trimmed().toString();
    if (normalized.size() > 10 && normalized.at(10) == QLatin1Char(' '))
        normalized[10] = QLatin1Char('T');

    const Error unparseable{
        ErrorCode::Parse,
        QCoreApplication::translate("cityops::timeutil", "Not a date and time in ISO 8601 form"),
        text.toString()};
    if (normalized.size() == 10) {
        const auto date = parseDate(normalized);
        if (!date)
            return date.error();
        const QDateTime local(*date, QTime(0, 0), zoneIfNoOffset);
        if (!local.isValid())
            return unparseable;
        return local.toMSecsSinceEpoch();
    }

    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return unparseable;
    if (parsed.timeSpec() != Qt::LocalTime)
        return parsed.toMSecsSinceEpoch();

    // No offset given: the wall-clock time is in `zoneIfNoOffset`.
    const QDateTime local(parsed.date(), parsed.time(), zoneIfNoOffset);
    if (!local.isValid() || local.time() != parsed.time() || local.date() != parsed.date()) {
        return Error{ErrorCode::Parse,
                     QCoreApplication::translate("cityops::timeutil",
                                                 "This local time does not exist in the time zone"),
                     text.toString() + QStringLiteral(" @ ") + QString::fromUtf8(zoneIfNoOffset.id())};
    }
    return local.toMSecsSinceEpoch();
}

Result<QDate> parseDate(QStringView text)
{
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return Error{
            ErrorCode::Parse,
            QCoreApplication::translate("cityops::timeutil", "Not a calendar date in the form YYYY-MM-DD"),
            text.toString()};
    return date;
}

QString toIsoUtc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace cityops
