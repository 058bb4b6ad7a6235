// services.json: each statistics service read and checked against its kind (the
// parameters it may have, their types and ranges), then against the catalog (its group,
// indicators and places, and whether the kind fits the indicator).

#include "core/catalog/catalogparsing.h"
#include "core/catalog/statservices.h"

#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::catalogparsing {

namespace {

const QStringList kScopes = {u"all"_s, u"city"_s, u"areas"_s, u"stations"_s};

} // namespace

void readParameter(Fields& params, const StatParameter& spec)
{
    const QJsonValue v = params.value(spec.key, spec.required ? Need::Required : Need::Optional);
    if (v.isUndefined() || fitsParameter(spec, v))
        return;
    const QString key = quoted(spec.key);
    switch (spec.type) {
    case StatParameter::Type::Number:
        params.report(spec.key, CatalogLoader::tr("%1 must be a number").arg(key));
        break;
    case StatParameter::Type::Fraction:
        params.report(spec.key, CatalogLoader::tr("%1 must be a number from 0 to 1").arg(key));
        break;
    case StatParameter::Type::Count:
        params.report(spec.key, CatalogLoader::tr("%1 must be a whole number of at least 1").arg(key));
        break;
    case StatParameter::Type::Choice:
        params.report(spec.key, CatalogLoader::tr("%1 must be one of %2, not %3")
                                    .arg(key, spec.choices.join(u", "_s),
                                         quoted(v.isString() ? v.toString() : v.toVariant().toString())));
        break;
    case StatParameter::Type::Duration:
        params.report(spec.key, CatalogLoader::tr("%1 must be a duration like 30min, 24h or 7d").arg(key));
        break;
    case StatParameter::Type::Positive:
        params.report(spec.key, CatalogLoader::tr("%1 must be a number above 0").arg(key));
        break;
    case StatParameter::Type::List:
        params.report(spec.key, CatalogLoader::tr("%1 must be a list or an object").arg(key));
        break;
    }
}

namespace {

// The parameters of `kind`: every key known, of its type; and the rules across keys.
void readParameters(FileContext& context, Fields& f, const StatKindSpec& kind, StatService& service)
{
    service.parameters = f.object(u"parameters"_s, Need::Optional).value_or(QJsonObject());
    Fields params(context, service.parameters, f.pathOf(u"parameters"_s)); // reports unknown keys
    for (const StatParameter& spec : kind.parameters)
        readParameter(params, spec);
    const QJsonObject& p = service.parameters;
    if (p.value(u"fn"_s).toString() == u"quantile"_s && !p.contains(u"q"_s))
        params.report(QString(),
                      CatalogLoader::tr("%1 quantile needs %2").arg(quoted(u"fn"_s), quoted(u"q"_s)));
    if (p.value(u"vs"_s).toString() == u"year-ago"_s &&
        !QStringList{u"1mo"_s, u"1q"_s, u"1y"_s}.contains(p.value(u"period"_s).toString()))
        params.report(
            u"vs"_s,
            CatalogLoader::tr("%1 compares months, quarters or years only").arg(quoted(u"year-ago"_s)));
}

} // namespace

void readPlaces(Fields& f, QString& scope, QStringList& named)
{
    const QJsonValue places = f.value(u"places"_s, Need::Optional);
    if (places.isUndefined())
        return;
    if (places.isString()) {
        if (!kScopes.contains(places.toString()))
            f.report(u"places"_s, CatalogLoader::tr("%1 must be one of %2, or a list of place ids")
                                      .arg(quoted(u"places"_s), kScopes.join(u", "_s)));
        else
            scope = places.toString();
        return;
    }
    if (!places.isArray() || places.toArray().isEmpty()) {
        f.report(u"places"_s, CatalogLoader::tr("%1 must be one of %2, or a list of place ids")
                                  .arg(quoted(u"places"_s), kScopes.join(u", "_s)));
        return;
    }
    scope.clear();
    const QJsonArray list = places.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).isString())
            named << list.at(i).toString();
        else
            f.reportItem(u"places"_s, i, CatalogLoader::tr("a place id must be a string"));
    }
}

namespace {

void readWindow(FileContext& context, Fields& f, StatService& service)
{
    const QJsonValue window = f.value(u"window"_s, Need::Optional);
    if (window.isUndefined())
        return;
    if (window.isString()) {
        if (!parseStatWindow(window.toString()))
            f.report(u"window"_s,
                     CatalogLoader::tr("%1 must be \"last 24h\", \"today\", \"this month\", \"last full "
                                       "year\", \"all\" or {\"from\": …, \"to\": …}, not %2")
                         .arg(quoted(u"window"_s), quoted(window.toString())));
        else
            service.window = window.toString().simplified();
        return;
    }
    if (!window.isObject()) {
        f.report(u"window"_s, CatalogLoader::tr("%1 must be an object").arg(quoted(u"window"_s)));
        return;
    }
    Fields range(context, window.toObject(), f.pathOf(u"window"_s));
    service.windowFrom = range.date(u"from"_s, Need::Required);
    service.windowTo = range.date(u"to"_s, Need::Required);
    service.window.clear();
    if (service.windowFrom.isValid() && service.windowTo.isValid() && service.windowTo <= service.windowFrom)
        range.report(u"to"_s,
                     CatalogLoader::tr("%1 must be after %2").arg(quoted(u"to"_s), quoted(u"from"_s)));
}

} // namespace

void readStatServices(FileContext& context, const QJsonObject& root, QList<StatService>& into)
{
    const auto lists = readTopLevel(context, root, {u"statServices"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/statServices"_s, [&](Fields& f, const QString& path) {
        StatService service;
        service.id = f.id();
        ids.add(service.id, path);
        service.group = f.string(u"group"_s, Need::Required);
        service.name = f.names(u"name"_s, Need::Required);
        service.formula = f.names(u"formula"_s, Need::Required);
        service.kind = f.string(u"kind"_s, Need::Required);
        const StatKindSpec* kind = statKind(service.kind);
        if (!service.kind.isEmpty() && !kind)
            f.report(u"kind"_s, CatalogLoader::tr("unknown kind %1").arg(quoted(service.kind)));
        if (const auto indicators = f.array(u"indicators"_s, Need::Required)) {
            for (qsizetype i = 0; i < indicators->size(); ++i) {
                if (!indicators->at(i).isString())
                    f.reportItem(u"indicators"_s, i, CatalogLoader::tr("an indicator id must be a string"));
                else
                    service.indicators.append(indicators->at(i).toString());
            }
            if (kind && indicators->size() != kind->indicators)
                f.report(u"indicators"_s,
                         CatalogLoader::tr("a %1 service names %n indicator(s)", nullptr, kind->indicators)
                             .arg(quoted(kind->kind)));
        }
        readPlaces(f, service.placesScope, service.places);
        readWindow(context, f, service);
        if (kind)
            readParameters(context, f, *kind, service);
        else
            (void)f.object(u"parameters"_s, Need::Optional);
        into.append(service);
    });
}

namespace {

// Whether the kind fits the indicator: comparing places needs places, targets a target.
QString misfit(const StatKindSpec& kind, const Indicator& indicator)
{
    switch (kind.fits) {
    case StatKindSpec::Fits::AnyIndicator:
        break;
    case StatKindSpec::Fits::ComparedPlaces:
        if (indicator.dimension == Dimension::City)
            return CatalogLoader::tr("a %1 service compares places: %2 is city-wide")
                .arg(kind.kind, indicator.id);
        break;
    case StatKindSpec::Fits::WithTargets:
        if (indicator.targets.isEmpty())
            return CatalogLoader::tr("%1 has no targets to compare with").arg(indicator.id);
        break;
    case StatKindSpec::Fits::WithNational:
        if (!indicator.national)
            return CatalogLoader::tr("%1 has no national figure to compare with").arg(indicator.id);
        break;
    }
    return {};
}

} // namespace

QString scopeMisfit(const QString& scope, const Indicator& indicator)
{
    const bool fits = scope == u"all"_s || (scope == u"city"_s && indicator.dimension == Dimension::City) ||
                      (scope == u"areas"_s && indicator.dimension == Dimension::Area) ||
                      (scope == u"stations"_s && indicator.dimension == Dimension::Station);
    const QString per = indicator.dimension == Dimension::City   ? u"city"_s
                        : indicator.dimension == Dimension::Area ? u"area"_s
                                                                 : u"station"_s;
    return fits ? QString()
                : CatalogLoader::tr("places %1 does not fit %2: its series are per %3")
                      .arg(quoted(scope), indicator.id, per);
}

void checkStatServices(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                       QList<CatalogProblem>& problems)
{
    if (unreadable.contains(kIndicatorsFile) || unreadable.contains(kGroupsFile))
        return; // references into a broken file are not reported again
    const QString file = QDir(directory).filePath(kServicesFile);
    for (qsizetype i = 0; i < catalog.statServices.size(); ++i) {
        const StatService& s = catalog.statServices.at(i);
        const QString at = u"/statServices/"_s + QString::number(i);
        const auto report = [&](const QString& key, const QString& reason) {
            problems.append({file, key.isEmpty() ? at : at + u'/' + key, reason});
        };
        if (!s.group.isEmpty() && !catalog.group(s.group))
            report(u"group"_s, CatalogLoader::tr("unknown group %1").arg(quoted(s.group)));
        const StatKindSpec* kind = statKind(s.kind);
        for (qsizetype k = 0; k < s.indicators.size(); ++k) {
            const Indicator* indicator = catalog.indicator(s.indicators.at(k));
            const QString key = u"indicators/"_s + QString::number(k);
            if (!indicator) {
                report(key, CatalogLoader::tr("unknown indicator %1").arg(quoted(s.indicators.at(k))));
                continue;
            }
            if (kind && !misfit(*kind, *indicator).isEmpty())
                report(key, misfit(*kind, *indicator));
            if (!s.placesScope.isEmpty() && !scopeMisfit(s.placesScope, *indicator).isEmpty())
                report(u"places"_s, scopeMisfit(s.placesScope, *indicator));
        }
        if (unreadable.contains(kAreasFile) || unreadable.contains(kStationsFile))
            continue;
        for (qsizetype p = 0; p < s.places.size(); ++p) {
            if (!catalog.area(s.places.at(p)) && !catalog.station(s.places.at(p)))
                report(u"places/"_s + QString::number(p),
                       CatalogLoader::tr("unknown place %1").arg(quoted(s.places.at(p))));
        }
    }
}

} // namespace cityops::catalogparsing
