#include "core/stats/statresult.h"

#include "core/common/timeutil.h"

#include <QJsonDocument>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

// A number as the shortest text that reads back as it; text quoted when it must be.
QString csvField(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble()) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v.toDouble());
        return QString::fromLatin1(buf, r.ptr - buf);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    QString text = v.isString()
                       ? v.toString()
                       : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString isoLocal(std::int64_t utcMs)
{
    return toZone(utcMs, defaultDisplayZone()).toString(Qt::ISODate);
}

QJsonObject StatResult::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}};
    if (hasValue)
        o.insert(u"value"_s, value ? QJsonValue(*value) : QJsonValue());
    if (hasRows)
        o.insert(u"rows"_s, rows);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    QJsonObject p{{u"series"_s, QJsonArray::fromStringList(provenance.series)},
                  {u"from"_s, isoLocal(provenance.from)},
                  {u"to"_s, isoLocal(provenance.to)},
                  {u"points"_s, qint64(provenance.points)},
                  {u"completenessPct"_s,
                   provenance.completenessPct ? QJsonValue(*provenance.completenessPct) : QJsonValue()},
                  {u"missingPeriods"_s, qint64(provenance.missingPeriods)},
                  {u"gaps"_s, QJsonArray::fromStringList(provenance.gaps)},
                  {u"computedAt"_s, isoLocal(provenance.computedAt)},
                  {u"explanation"_s,
                   QJsonObject{{u"vi"_s, provenance.explanationVi}, {u"en"_s, provenance.explanationEn}}}};
    o.insert(u"provenance"_s, p);
    return o;
}

} // namespace cityops::stats

namespace cityops::stats {

QString StatResult::toCsv() const
{
    QJsonArray table = rows;
    if (!hasRows) {
        QJsonObject one{{u"value"_s, value ? QJsonValue(*value) : QJsonValue()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            one.insert(it.key(), it.value());
        if (!reason.isEmpty())
            one.insert(u"reason"_s, reason);
        table = QJsonArray{one};
    }
    QStringList columns;
    for (const char16_t* first : {u"place", u"key", u"t"}) {
        for (const QJsonValue& row : table) {
            if (row.toObject().contains(QStringView(first))) {
                columns << QString::fromUtf16(first);
                break;
            }
        }
    }
    for (const QJsonValue& row : table) {
        for (const QString& key : row.toObject().keys()) {
            if (!columns.contains(key))
                columns << key;
        }
    }
    QString csv = columns.join(u',') + u'\n';
    for (const QJsonValue& row : table) {
        const QJsonObject o = row.toObject();
        QStringList fields;
        for (const QString& column : columns)
            fields << csvField(o.value(column));
        csv += fields.join(u',') + u'\n';
    }
    return csv;
}

} // namespace cityops::stats
