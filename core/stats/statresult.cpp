#include "core/stats/statresult.h"

#include "core/common/civiltime.h"
#include "core/common/timeutil.h"

#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstdio>

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
    // Asia/Ho_Chi_Minh has kept +07:00 since 13 June 1975: from 1976 on the text is written
    // here (a row of a year's statistics is formatted thousands of times; QDateTime's zone
    // lookup cost more than the statistic); before, Qt's zone database says the offset.
    constexpr std::int64_t k1976 = 189'277'200'000; // 1976-01-01T00:00+07:00
    constexpr std::int64_t kOffset = 7 * 3'600'000;
    if (utcMs < k1976 || utcMs > 253'402'300'799'000) // 9999-12-31T23:59:59Z
        return toZone(utcMs, defaultDisplayZone()).toString(Qt::ISODate);
    const std::int64_t local = utcMs + kOffset;
    const std::int64_t day = local / 86'400'000;
    const auto second = unsigned(local / 1000 - day * 86'400); // 0 … 86,399
    std::int64_t y;
    unsigned m, d;
    civilFromDays(day, y, m, d);
    char text[26];
    std::snprintf(text, sizeof text, "%04u-%02u-%02uT%02u:%02u:%02u+07:00", unsigned(y) % 10000u, m % 13u,
                  d % 32u, second / 3600u % 24u, second / 60u % 60u, second % 60u);
    return QString::fromLatin1(text, 25);
}

void SeriesRows::append(const SeriesRows& other, const QString& placeOfAll)
{
    if (columns.isEmpty())
        columns = other.columns;
    place.resize(t.size());
    t.insert(t.end(), other.t.begin(), other.t.end());
    cells.insert(cells.end(), other.cells.begin(), other.cells.end());
    place.resize(t.size(), placeOfAll);
}

QJsonObject SeriesRows::row(std::size_t i) const
{
    QJsonObject o{{u"t"_s, isoLocal(t[i])}};
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const double v = at(i, c);
        o.insert(columns[c], std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    }
    if (!place.empty())
        o.insert(u"place"_s, place[i]);
    return o;
}

QJsonArray StatResult::rows() const
{
    QJsonArray out = objectRows;
    for (std::size_t i = 0; i < series.size(); ++i)
        out.append(series.row(i));
    return out;
}

void StatResult::keepPlaces(const std::function<bool(const QString&)>& keep)
{
    QJsonArray kept;
    for (const QJsonValue& v : objectRows) {
        const QString place = v.toObject().value(u"place"_s).toString();
        if (place.isEmpty() || keep(place))
            kept.append(v);
    }
    objectRows = kept;
    if (series.place.empty())
        return;
    SeriesRows filtered;
    filtered.columns = series.columns;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (!keep(series.place[i]))
            continue;
        filtered.t.push_back(series.t[i]);
        filtered.place.push_back(series.place[i]);
        const auto row = series.cells.begin() + std::ptrdiff_t(i * std::size_t(series.columns.size()));
        filtered.cells.insert(filtered.cells.end(), row, row + series.columns.size());
    }
    series = std::move(filtered);
}

QJsonObject StatResult::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}};
    if (hasValue)
        o.insert(u"value"_s, value ? QJsonValue(*value) : QJsonValue());
    if (hasRows)
        o.insert(u"rows"_s, rows());
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
                  {u"completenessBasis"_s, provenance.completenessFromCounts ? u"counts"_s : u"periods"_s},
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
    QJsonArray table = rows();
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
