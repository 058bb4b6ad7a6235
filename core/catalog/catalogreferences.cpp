// The checks across catalog files: every id one file names must be defined in the file
// it refers to, and the areas and stations must agree with each other.
#include "core/catalog/catalogparsing.h"

#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::catalogparsing {

namespace {

// The element's JSON pointer inside its file, for cross-file problems.
QString elementPath(const QString& list, qsizetype index, const QString& key)
{
    return u"/"_s + list + u"/"_s + QString::number(index) + (key.isEmpty() ? QString() : u"/"_s + key);
}

// What the checks read and where they report: the catalog, its directory, the files that
// could not be read (references into them are not checked) and the problems.
struct References
{
    const Catalog& catalog;
    const QString& directory;
    const QSet<QString>& unreadable;
    QList<CatalogProblem>& problems;

    bool known(const QString& file) const { return !unreadable.contains(file); }
    void report(const QString& file, const QString& path, const QString& reason)
    {
        problems.append({QDir(directory).filePath(file), path, reason});
    }
};

void checkIndicators(References& refs)
{
    const Catalog& catalog = refs.catalog;
    const bool groupsKnown = refs.known(kGroupsFile);
    const bool unitsKnown = refs.known(kUnitsFile);
    const bool kindsKnown = refs.known(kStationsFile);
    for (qsizetype i = 0; i < catalog.indicators.size(); ++i) {
        const Indicator& indicator = catalog.indicators.at(i);
        if (groupsKnown && !indicator.group.isEmpty() && !catalog.group(indicator.group)) {
            refs.report(kIndicatorsFile, elementPath(u"indicators"_s, i, u"group"_s),
                        CatalogLoader::tr("unknown group %1 (indicator %2)")
                            .arg(quoted(indicator.group), quoted(indicator.id)));
        }
        if (unitsKnown && !indicator.unit.isEmpty() && !catalog.unit(indicator.unit)) {
            refs.report(kIndicatorsFile, elementPath(u"indicators"_s, i, u"unit"_s),
                        CatalogLoader::tr("unknown unit %1 (indicator %2)")
                            .arg(quoted(indicator.unit), quoted(indicator.id)));
        }
        if (kindsKnown && !indicator.stationKind.isEmpty() && !catalog.stationKind(indicator.stationKind)) {
            refs.report(kIndicatorsFile, elementPath(u"indicators"_s, i, u"stationKind"_s),
                        CatalogLoader::tr("unknown station kind %1 (indicator %2)")
                            .arg(quoted(indicator.stationKind), quoted(indicator.id)));
        }
    }
}

void checkAreaParents(References& refs)
{
    const Catalog& catalog = refs.catalog;
    for (qsizetype i = 0; i < catalog.areas.size(); ++i) {
        const Area& area = catalog.areas.at(i);
        if (area.parent.isEmpty())
            continue;
        const Area* parent = catalog.area(area.parent);
        if (!parent) {
            refs.report(kAreasFile, elementPath(u"areas"_s, i, u"parent"_s),
                        CatalogLoader::tr("unknown parent area %1 (area %2)")
                            .arg(quoted(area.parent), quoted(area.id)));
            continue;
        }
        // Walk up: a cycle would make every "which city is this in" question loop forever.
        QSet<QString> seen{area.id};
        for (const Area* up = parent; up; up = up->parent.isEmpty() ? nullptr : catalog.area(up->parent)) {
            if (seen.contains(up->id)) {
                refs.report(kAreasFile, elementPath(u"areas"_s, i, u"parent"_s),
                            CatalogLoader::tr("the parent chain of area %1 loops").arg(quoted(area.id)));
                break;
            }
            seen.insert(up->id);
        }
    }
}

// The same GSO code may be reused over time, never by two areas valid on the same day.
void checkGsoCodes(References& refs)
{
    const Catalog& catalog = refs.catalog;
    for (qsizetype i = 0; i < catalog.areas.size(); ++i) {
        const Area& a = catalog.areas.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const Area& b = catalog.areas.at(j);
            if (a.gsoCode.isEmpty() || a.gsoCode != b.gsoCode || !a.validFrom.isValid() ||
                !b.validFrom.isValid())
                continue;
            const QDate aEnd = a.validTo.isValid() ? a.validTo : QDate(9999, 12, 31);
            const QDate bEnd = b.validTo.isValid() ? b.validTo : QDate(9999, 12, 31);
            if (a.validFrom <= bEnd && b.validFrom <= aEnd) {
                refs.report(
                    kAreasFile, elementPath(u"areas"_s, i, u"gsoCode"_s),
                    CatalogLoader::tr("GSO code %1 is also used by area %2 over an overlapping period")
                        .arg(quoted(a.gsoCode), quoted(b.id)));
            }
        }
    }
}

// The nearest enclosing area with a bounding box must contain the station.
void checkStationInBox(References& refs, qsizetype i, const Station& station, const Area* area)
{
    int depth = 0;
    for (const Area* up = area; up && depth < 32; up = refs.catalog.area(up->parent), ++depth) {
        if (!up->bbox)
            continue;
        const QList<double>& box = *up->bbox;
        if (std::isfinite(station.longitude) && std::isfinite(station.latitude) &&
            !(station.longitude >= box[0] && station.longitude <= box[2] && station.latitude >= box[1] &&
              station.latitude <= box[3])) {
            refs.report(kStationsFile, elementPath(u"stations"_s, i, QString()),
                        CatalogLoader::tr("station %1 at (%2, %3) lies outside the bounding box of area %4")
                            .arg(quoted(station.id), number(station.longitude), number(station.latitude),
                                 quoted(up->id)));
        }
        break;
    }
}

void checkStations(References& refs)
{
    const Catalog& catalog = refs.catalog;
    const bool areasKnown = refs.known(kAreasFile);
    for (qsizetype i = 0; i < catalog.stations.size(); ++i) {
        const Station& station = catalog.stations.at(i);
        if (!station.kind.isEmpty() && !catalog.stationKind(station.kind)) {
            refs.report(kStationsFile, elementPath(u"stations"_s, i, u"kind"_s),
                        CatalogLoader::tr("unknown station kind %1 (station %2)")
                            .arg(quoted(station.kind), quoted(station.id)));
        }
        const Area* area = station.area.isEmpty() ? nullptr : catalog.area(station.area);
        if (areasKnown && !station.area.isEmpty() && !area) {
            refs.report(kStationsFile, elementPath(u"stations"_s, i, u"area"_s),
                        CatalogLoader::tr("unknown area %1 (station %2)")
                            .arg(quoted(station.area), quoted(station.id)));
        }
        checkStationInBox(refs, i, station, area);
    }
}

} // namespace

void checkReferences(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                     QList<CatalogProblem>& problems)
{
    References refs{catalog, directory, unreadable, problems};
    checkIndicators(refs);
    checkAreaParents(refs);
    checkGsoCodes(refs);
    checkStations(refs);
}

} // namespace cityops::catalogparsing
