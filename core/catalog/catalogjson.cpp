#include "core/catalog/catalogjson.h"

#include "core/catalog/catalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cityops {

namespace {

void putNames(QJsonObject& object, const QString& prefix, const LocalizedText& text)
{
    if (!text.vi.isEmpty())
        object.insert(prefix + u"Vi"_s, text.vi);
    if (!text.en.isEmpty())
        object.insert(prefix + u"En"_s, text.en);
}

QJsonObject rangeJson(const ValueRange& range, const QString& lowKey, const QString& highKey)
{
    return {{lowKey, range.low}, {highKey, range.high}};
}

template <typename T, typename Convert> QJsonArray arrayOf(const QList<T>& items, Convert convert)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(convert(item));
    return array;
}

QJsonObject indicatorJson(const Indicator& indicator)
{
    QJsonObject o{{u"id"_s, indicator.id},
                  {u"group"_s, indicator.group},
                  {u"unit"_s, indicator.unit},
                  {u"periodSeconds"_s, indicator.periodSeconds},
                  {u"dimension"_s, dimensionName(indicator.dimension)},
                  {u"badDirection"_s, badDirectionName(indicator.badDirection)},
                  {u"range"_s, rangeJson(indicator.plausible, u"min"_s, u"max"_s)},
                  {u"decimals"_s, indicator.decimals}};
    putNames(o, u"name"_s, indicator.name);
    if (!indicator.stationKind.isEmpty())
        o.insert(u"stationKind"_s, indicator.stationKind);
    if (indicator.normalBand)
        o.insert(u"normalBand"_s, rangeJson(*indicator.normalBand, u"low"_s, u"high"_s));
    if (!indicator.thresholds.isEmpty())
        o.insert(u"thresholds"_s, arrayOf(indicator.thresholds, [](double v) { return QJsonValue(v); }));
    if (!indicator.targets.isEmpty()) {
        o.insert(u"targets"_s, arrayOf(indicator.targets, [](const Target& t) {
                     QJsonObject target{{u"year"_s, t.year}, {u"source"_s, t.source}};
                     if (t.value)
                         target.insert(u"value"_s, *t.value);
                     if (t.band)
                         target.insert(u"band"_s, rangeJson(*t.band, u"low"_s, u"high"_s));
                     putNames(target, u"note"_s, t.note);
                     return target;
                 }));
    }
    if (indicator.national) {
        QJsonObject national{{u"source"_s, indicator.national->source}};
        if (indicator.national->value)
            national.insert(u"value"_s, *indicator.national->value);
        if (indicator.national->ratio)
            national.insert(u"ratio"_s, *indicator.national->ratio);
        putNames(national, u"note"_s, indicator.national->note);
        o.insert(u"national"_s, national);
    }
    if (indicator.reported) {
        const ReportedValue& r = *indicator.reported;
        QJsonObject reported{{u"value"_s, r.value}, {u"asOf"_s, r.asOf}, {u"source"_s, r.source}};
        if (r.changePoints)
            reported.insert(u"changePoints"_s, *r.changePoints);
        if (r.approximate)
            reported.insert(u"approximate"_s, true);
        putNames(reported, u"note"_s, r.note);
        o.insert(u"reported"_s, reported);
    }
    o.insert(u"kpi"_s, indicator.isKpi());
    return o;
}

QJsonObject statServiceJson(const StatService& service)
{
    QJsonObject o{{u"id"_s, service.id},
                  {u"group"_s, service.group},
                  {u"kind"_s, service.kind},
                  {u"indicators"_s, QJsonArray::fromStringList(service.indicators)}};
    putNames(o, u"name"_s, service.name);
    putNames(o, u"formula"_s, service.formula);
    o.insert(u"places"_s, service.placesScope.isEmpty()
                              ? QJsonValue(QJsonArray::fromStringList(service.places))
                              : QJsonValue(service.placesScope));
    if (service.window.isEmpty())
        o.insert(u"window"_s, QJsonObject{{u"from"_s, service.windowFrom.toString(Qt::ISODate)},
                                          {u"to"_s, service.windowTo.toString(Qt::ISODate)}});
    else
        o.insert(u"window"_s, service.window);
    if (!service.parameters.isEmpty())
        o.insert(u"parameters"_s, service.parameters);
    return o;
}

QJsonObject warningRuleJson(const WarningRule& rule)
{
    QJsonObject o{{u"id"_s, rule.id},
                  {u"group"_s, rule.group},
                  {u"kind"_s, rule.kind},
                  {u"severity"_s, rule.severity},
                  {u"indicators"_s, QJsonArray::fromStringList(rule.indicators)},
                  {u"parameters"_s, rule.parameters}};
    putNames(o, u"name"_s, rule.name);
    putNames(o, u"message"_s, rule.message);
    o.insert(u"places"_s, rule.placesScope.isEmpty() ? QJsonValue(QJsonArray::fromStringList(rule.places))
                                                     : QJsonValue(rule.placesScope));
    if (!rule.suppressedBy.isEmpty())
        o.insert(u"suppressedBy"_s, QJsonArray::fromStringList(rule.suppressedBy));
    return o;
}

} // namespace

QJsonObject catalogToJson(const Catalog& catalog)
{
    QJsonObject root;
    root.insert(u"units"_s, arrayOf(catalog.units, [](const Unit& u) {
                    QJsonObject o{{u"id"_s, u.code}, {u"code"_s, u.code}, {u"display"_s, u.display.vi}};
                    if (!u.display.en.isEmpty())
                        o.insert(u"displayEn"_s, u.display.en);
                    putNames(o, u"name"_s, u.name);
                    if (!u.cefactCode.isEmpty())
                        o.insert(u"cefact"_s, u.cefactCode);
                    return o;
                }));
    root.insert(u"groups"_s, arrayOf(catalog.groups, [&catalog](const Group& g) {
                    QJsonObject o{{u"id"_s, g.id},
                                  {u"order"_s, g.order},
                                  {u"indicatorCount"_s, catalog.indicatorsOfGroup(g.id).size()}};
                    putNames(o, u"name"_s, g.name);
                    putNames(o, u"description"_s, g.description);
                    return o;
                }));
    root.insert(u"indicators"_s, arrayOf(catalog.indicators, indicatorJson));
    root.insert(u"areas"_s, arrayOf(catalog.areas, [](const Area& a) {
                    QJsonObject o{{u"id"_s, a.id},
                                  {u"gsoCode"_s, a.gsoCode},
                                  {u"level"_s, a.level},
                                  {u"validFrom"_s, a.validFrom.toString(Qt::ISODate)},
                                  {u"noData"_s, a.noData}};
                    putNames(o, u"name"_s, a.name);
                    if (!a.parent.isEmpty())
                        o.insert(u"parent"_s, a.parent);
                    if (a.validTo.isValid())
                        o.insert(u"validTo"_s, a.validTo.toString(Qt::ISODate));
                    if (a.bbox)
                        o.insert(u"bbox"_s, arrayOf(*a.bbox, [](double v) { return QJsonValue(v); }));
                    return o;
                }));
    root.insert(u"stationKinds"_s, arrayOf(catalog.stationKinds, [](const StationKind& k) {
                    QJsonObject o{{u"id"_s, k.id}};
                    putNames(o, u"name"_s, k.name);
                    return o;
                }));
    root.insert(u"stations"_s, arrayOf(catalog.stations, [](const Station& s) {
                    QJsonObject o{{u"id"_s, s.id},
                                  {u"kind"_s, s.kind},
                                  {u"area"_s, s.area},
                                  {u"lon"_s, s.longitude},
                                  {u"lat"_s, s.latitude}};
                    putNames(o, u"name"_s, s.name);
                    return o;
                }));
    root.insert(u"statServices"_s, arrayOf(catalog.statServices, statServiceJson));
    root.insert(u"warningRules"_s, arrayOf(catalog.warningRules, warningRuleJson));
    return root;
}

} // namespace cityops
