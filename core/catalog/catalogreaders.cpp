// One reader per catalog file: each turns the file's lists into catalog entries and
// reports what is wrong inside that file alone (references to other files are checked
// afterwards, in catalogreferences.cpp).
#include "core/catalog/catalogparsing.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::catalogparsing {

void readUnits(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"units"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/units"_s, [&](Fields& f, const QString& path) {
        Unit unit;
        unit.code = f.string(u"code"_s, Need::Required);
        ids.add(unit.code, path);
        unit.display.vi = f.string(u"display"_s, Need::Optional);
        unit.display.en = f.string(u"displayEn"_s, Need::Optional);
        if (unit.display.vi.isEmpty())
            f.report({}, CatalogLoader::tr("unit %1 has no display form ('display')").arg(quoted(unit.code)));
        unit.name = f.names(u"name"_s, Need::Required);
        unit.cefactCode = f.string(u"cefact"_s, Need::Optional);
        catalog.units.append(unit);
    });
}

void readGroups(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"groups"_s});
    UniqueIds ids(context);
    QHash<int, QString> orders;
    forEachObject(context, lists.at(0), u"/groups"_s, [&](Fields& f, const QString& path) {
        Group group;
        group.id = f.id();
        ids.add(group.id, path);
        group.name = f.names(u"name"_s, Need::Required);
        group.description = f.names(u"description"_s, Need::Optional);
        group.order = f.integer(u"order"_s, Need::Required, 1, 1000).value_or(0);
        if (group.order > 0 && orders.contains(group.order)) {
            f.report(u"order"_s, CatalogLoader::tr("order %1 is already used by group %2")
                                     .arg(group.order)
                                     .arg(quoted(orders.value(group.order))));
        }
        orders.insert(group.order, group.id);
        catalog.groups.append(group);
    });
}

void readAreas(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"areas"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/areas"_s, [&](Fields& f, const QString& path) {
        Area area;
        area.id = f.id();
        ids.add(area.id, path);
        area.gsoCode = f.string(u"gsoCode"_s, Need::Required);
        static const QRegularExpression digits(u"^[0-9]{2,5}$"_s);
        if (!area.gsoCode.isEmpty() && !digits.match(area.gsoCode).hasMatch())
            f.report(u"gsoCode"_s,
                     CatalogLoader::tr("GSO code %1 must be 2 to 5 digits").arg(quoted(area.gsoCode)));
        area.name = f.names(u"name"_s, Need::Required);
        area.level =
            f.choice(u"level"_s, Need::Required, {u"city"_s, u"district"_s, u"commune"_s, u"special-zone"_s});
        area.parent = f.string(u"parent"_s, Need::Optional);
        area.validFrom = f.date(u"validFrom"_s, Need::Required);
        area.validTo = f.date(u"validTo"_s, Need::Optional);
        if (area.validFrom.isValid() && area.validTo.isValid() && area.validTo < area.validFrom)
            f.report(u"validTo"_s, CatalogLoader::tr("'validTo' is before 'validFrom'"));
        area.noData = f.boolean(u"noData"_s, false);
        if (const auto bbox = f.array(u"bbox"_s, Need::Optional)) {
            QList<double> box;
            for (const QJsonValue& v : *bbox)
                box.append(v.toDouble(std::nan("")));
            const bool shaped = box.size() == 4 && std::all_of(box.cbegin(), box.cend(),
                                                               [](double v) { return std::isfinite(v); });
            if (!shaped || !(box[0] < box[2] && box[1] < box[3]) || box[0] < -180 || box[2] > 180 ||
                box[1] < -90 || box[3] > 90) {
                f.report(u"bbox"_s,
                         CatalogLoader::tr("'bbox' must be [west, south, east, north] in degrees"));
            } else {
                area.bbox = box;
            }
        }
        catalog.areas.append(area);
    });
}

void readStations(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"stationKinds"_s, u"stations"_s});
    UniqueIds kindIds(context);
    forEachObject(context, lists.at(0), u"/stationKinds"_s, [&](Fields& f, const QString& path) {
        StationKind kind;
        kind.id = f.id();
        kindIds.add(kind.id, path);
        kind.name = f.names(u"name"_s, Need::Required);
        catalog.stationKinds.append(kind);
    });
    UniqueIds ids(context);
    forEachObject(context, lists.at(1), u"/stations"_s, [&](Fields& f, const QString& path) {
        Station station;
        station.id = f.id();
        ids.add(station.id, path);
        station.kind = f.string(u"kind"_s, Need::Required);
        station.name = f.names(u"name"_s, Need::Required);
        station.area = f.string(u"area"_s, Need::Required);
        const auto lon = f.number(u"lon"_s, Need::Required);
        const auto lat = f.number(u"lat"_s, Need::Required);
        if (lon && (*lon < -180 || *lon > 180))
            f.report(u"lon"_s,
                     CatalogLoader::tr("longitude %1 is not between -180 and 180").arg(number(*lon)));
        if (lat && (*lat < -90 || *lat > 90))
            f.report(u"lat"_s, CatalogLoader::tr("latitude %1 is not between -90 and 90").arg(number(*lat)));
        station.longitude = lon.value_or(std::nan(""));
        station.latitude = lat.value_or(std::nan(""));
        catalog.stations.append(station);
    });
}

// ---- the parts of one indicator ---------------------------------------------------------
// `havePlausible` says whether the indicator's 'range' was read: without it there is no
// range to check a value against.

namespace {

void readDimension(Fields& f, Indicator& indicator)
{
    const QString dimension = f.choice(u"dimension"_s, Need::Required, {u"city"_s, u"area"_s, u"station"_s});
    indicator.dimension = dimension == u"area"_s      ? Dimension::Area
                          : dimension == u"station"_s ? Dimension::Station
                                                      : Dimension::City;
    indicator.stationKind = f.string(u"stationKind"_s, Need::Optional);
    if (dimension == u"station"_s && indicator.stationKind.isEmpty())
        f.report({}, CatalogLoader::tr("'stationKind' is required when 'dimension' is 'station'"));
    if (!dimension.isEmpty() && dimension != u"station"_s && !indicator.stationKind.isEmpty())
        f.report(u"stationKind"_s,
                 CatalogLoader::tr("'stationKind' is only allowed when 'dimension' is 'station'"));
}

void readBadDirection(FileContext& context, Fields& f, Indicator& indicator)
{
    const QString bad =
        f.choice(u"badDirection"_s, Need::Required, {u"up"_s, u"down"_s, u"both"_s, u"none"_s});
    indicator.badDirection = bad == u"down"_s   ? BadDirection::Down
                             : bad == u"both"_s ? BadDirection::Both
                             : bad == u"none"_s ? BadDirection::None
                                                : BadDirection::Up;
    indicator.normalBand = readRange(f, u"normalBand"_s, u"low"_s, u"high"_s, Need::Optional, context);
    if (bad == u"both"_s && !indicator.normalBand && !f.has(u"normalBand"_s))
        f.report({}, CatalogLoader::tr("'badDirection' 'both' needs a 'normalBand'"));
}

void readThresholds(Fields& f, Indicator& indicator, bool havePlausible)
{
    const auto thresholds = f.array(u"thresholds"_s, Need::Optional);
    if (!thresholds)
        return;
    for (qsizetype i = 0; i < thresholds->size(); ++i) {
        const QJsonValue v = thresholds->at(i);
        const QString key = u"thresholds"_s;
        if (!v.isDouble()) {
            f.reportItem(key, i, CatalogLoader::tr("a threshold must be a number"));
            continue;
        }
        if (!indicator.thresholds.isEmpty() && v.toDouble() <= indicator.thresholds.last())
            f.reportItem(key, i, CatalogLoader::tr("thresholds must be in ascending order"));
        if (havePlausible && !indicator.plausible.contains(v.toDouble()))
            f.reportItem(key, i, outsideRange(v.toDouble(), indicator.plausible));
        indicator.thresholds.append(v.toDouble());
    }
}

void readTargets(FileContext& context, Fields& f, Indicator& indicator, bool havePlausible)
{
    const auto targets = f.array(u"targets"_s, Need::Optional);
    if (!targets)
        return;
    forEachObject(context, *targets, f.pathOf(u"targets"_s), [&](Fields& t, const QString&) {
        Target target;
        target.value = t.number(u"value"_s, Need::Optional);
        if (target.value)
            checkPlausible(t, u"value"_s, *target.value, indicator.plausible, havePlausible);
        target.band = readRange(t, u"band"_s, u"low"_s, u"high"_s, Need::Optional, context);
        target.year = t.integer(u"year"_s, Need::Required, 1990, 2100).value_or(0);
        target.note = t.names(u"note"_s, Need::Optional);
        target.source = t.string(u"source"_s, Need::Required);
        if (target.value && t.has(u"band"_s))
            t.report({}, CatalogLoader::tr("a target has either 'value' or 'band', not both"));
        if (!target.value && !t.has(u"band"_s) && target.note.isEmpty())
            t.report({}, CatalogLoader::tr("a target needs 'value', 'band' or a note"));
        indicator.targets.append(target);
    });
}

void readNational(FileContext& context, Fields& f, Indicator& indicator, bool havePlausible)
{
    const auto national = f.object(u"national"_s, Need::Optional);
    if (!national)
        return;
    Fields n(context, *national, f.pathOf(u"national"_s));
    Benchmark benchmark;
    benchmark.value = n.number(u"value"_s, Need::Optional);
    if (benchmark.value)
        checkPlausible(n, u"value"_s, *benchmark.value, indicator.plausible, havePlausible);
    benchmark.ratio = n.number(u"ratio"_s, Need::Optional);
    if (benchmark.ratio && !(*benchmark.ratio > 0))
        n.report(u"ratio"_s, CatalogLoader::tr("'ratio' must be greater than 0"));
    if (!benchmark.value && !benchmark.ratio && !n.has(u"ratio"_s))
        n.report({}, CatalogLoader::tr("a national benchmark needs 'value' or 'ratio'"));
    benchmark.note = n.names(u"note"_s, Need::Optional);
    benchmark.source = n.string(u"source"_s, Need::Required);
    indicator.national = benchmark;
}

void readReported(FileContext& context, Fields& f, Indicator& indicator, bool havePlausible)
{
    const auto reported = f.object(u"reported"_s, Need::Optional);
    if (!reported)
        return;
    Fields r(context, *reported, f.pathOf(u"reported"_s));
    ReportedValue value;
    const auto v = r.number(u"value"_s, Need::Required);
    if (v)
        checkPlausible(r, u"value"_s, *v, indicator.plausible, havePlausible);
    value.value = v.value_or(0);
    value.asOf = r.string(u"asOf"_s, Need::Required);
    static const QRegularExpression asOfPattern(u"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"_s);
    if (!value.asOf.isEmpty() && !asOfPattern.match(value.asOf).hasMatch())
        r.report(u"asOf"_s, CatalogLoader::tr("'asOf' must be YYYY, YYYY-MM or YYYY-MM-DD"));
    value.changePoints = r.number(u"changePoints"_s, Need::Optional);
    value.approximate = r.boolean(u"approximate"_s, false);
    value.note = r.names(u"note"_s, Need::Optional);
    value.source = r.string(u"source"_s, Need::Required);
    indicator.reported = value;
}

} // namespace

void readIndicators(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"indicators"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/indicators"_s, [&](Fields& f, const QString& path) {
        Indicator indicator;
        indicator.id = f.id();
        ids.add(indicator.id, path);
        indicator.group = f.string(u"group"_s, Need::Required);
        indicator.name = f.names(u"name"_s, Need::Required);
        indicator.unit = f.string(u"unit"_s, Need::Required);
        indicator.periodSeconds = f.integer(u"periodSeconds"_s, Need::Required, 1, 400 * 86400).value_or(0);
        readDimension(f, indicator);
        readBadDirection(context, f, indicator);

        const auto plausible = readRange(f, u"range"_s, u"min"_s, u"max"_s, Need::Required, context);
        indicator.plausible = plausible.value_or(ValueRange{});
        indicator.decimals = f.integer(u"decimals"_s, Need::Optional, 0, 6).value_or(0);

        readThresholds(f, indicator, plausible.has_value());
        readTargets(context, f, indicator, plausible.has_value());
        readNational(context, f, indicator, plausible.has_value());
        readReported(context, f, indicator, plausible.has_value());
        catalog.indicators.append(indicator);
    });
}

} // namespace cityops::catalogparsing
