#include "core/catalog/catalogloader.h"

#include "core/catalog/catalogparsing.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cityops {

QString CatalogProblem::toString() const
{
    return file + u": "_s + (path.isEmpty() ? u"/"_s : path) + u": "_s + reason;
}

QString CatalogLoader::embeddedDirectory()
{
    return u":/catalog"_s;
}

QStringList CatalogLoader::fileNames()
{
    using namespace catalogparsing;
    return {kUnitsFile,    kGroupsFile,   kIndicatorsFile, kAreasFile,
            kStationsFile, kServicesFile, kRulesFile,      kCalendarFile};
}

// Reading, the per-file readers and the cross-file checks live in catalogfields.cpp,
// catalogreaders.cpp and catalogreferences.cpp; this is the order they run in.
Result<Catalog> CatalogLoader::load(const QString& directory, QList<CatalogProblem>* problemsOut)
{
    using namespace catalogparsing;
    QList<CatalogProblem> problems;
    Catalog catalog;

    const QDir dir(directory);
    if (!dir.exists()) {
        problems.append({directory, QString(), tr("catalog directory does not exist")});
    } else {
        // A stray file is most often a misspelt one ("indicator.json"): say so.
        const QStringList expected = fileNames();
        const QStringList present = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString& name : present) {
            if (!expected.contains(name))
                problems.append(
                    {dir.filePath(name), QString(),
                     tr("unexpected file: a catalog consists of %1").arg(expected.join(u", "_s))});
        }

        using Reader = void (*)(FileContext&, const QJsonObject&, Catalog&);
        const QList<std::pair<QString, Reader>> readers = {
            {kUnitsFile, readUnits},
            {kGroupsFile, readGroups},
            {kIndicatorsFile, readIndicators},
            {kAreasFile, readAreas},
            {kStationsFile, readStations},
            {kServicesFile,
             [](FileContext& c, const QJsonObject& o, Catalog& cat) {
                 readStatServices(c, o, cat.statServices);
             }},
            {kRulesFile,
             [](FileContext& c, const QJsonObject& o, Catalog& cat) {
                 readWarningRules(c, o, cat.warningRules);
             }},
            {kCalendarFile, readCalendar},
        };
        QSet<QString> unreadable;
        for (const auto& [name, read] : readers) {
            FileContext context(dir.filePath(name), problems);
            if (const auto root = readJsonObject(context, context.file()))
                read(context, *root, catalog);
            else
                unreadable.insert(name);
        }
        catalog.buildIndex();
        checkReferences(catalog, directory, unreadable, problems);
        checkStatServices(catalog, directory, unreadable, problems);
        checkWarningRules(catalog, directory, unreadable, problems);
    }

    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty()) {
        QStringList lines;
        lines.reserve(problems.size());
        for (const CatalogProblem& problem : problems)
            lines.append(problem.toString());
        return Error{ErrorCode::Validation,
                     tr("The catalog in %1 has %n problem(s)", nullptr, int(problems.size())).arg(directory),
                     lines.join(u'\n')};
    }
    return catalog;
}

} // namespace cityops
