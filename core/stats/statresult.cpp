#include "core/stats/statresult.h"

#include "core/common/timeutil.h"

using namespace Qt::StringLiterals;

namespace cityops::stats {

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
