#include "core/catalog/unitconversion.h"

using namespace Qt::StringLiterals;

namespace cityops {

const QList<UnitConversion>& knownUnitConversions()
{
    // UCUM codes. Each pair appears in both directions.
    static const QList<UnitConversion> list = [] {
        const QList<UnitConversion> oneWay = {
            {u"K"_s, u"Cel"_s, 1, -273.15},
            {u"[degF]"_s, u"Cel"_s, 5.0 / 9.0, -32.0 * 5.0 / 9.0},
            {u"km/h"_s, u"m/s"_s, 1 / 3.6, 0},
            {u"[kn_i]"_s, u"m/s"_s, 1852.0 / 3600.0, 0},
            {u"veh/h"_s, u"veh/15min"_s, 0.25, 0},
            {u"mm"_s, u"cm"_s, 0.1, 0},
            {u"cm"_s, u"m"_s, 0.01, 0},
            {u"mm"_s, u"m"_s, 0.001, 0},
            {u"[in_i]"_s, u"mm"_s, 25.4, 0},
            {u"mg/m3"_s, u"ug/m3"_s, 1000, 0},
            {u"hPa"_s, u"bar"_s, 0.001, 0},
            {u"kPa"_s, u"bar"_s, 0.01, 0},
            {u"1"_s, u"%"_s, 100, 0},
        };
        QList<UnitConversion> both = oneWay;
        for (const UnitConversion& c : oneWay)
            both.append({c.to, c.from, 1 / c.scale, -c.offset / c.scale});
        return both;
    }();
    return list;
}

std::optional<UnitConversion> findUnitConversion(const QString& from, const QString& to)
{
    if (from == to)
        return UnitConversion{from, to, 1, 0};
    for (const UnitConversion& c : knownUnitConversions()) {
        if (c.from == from && c.to == to)
            return c;
    }
    return std::nullopt;
}

} // namespace cityops
