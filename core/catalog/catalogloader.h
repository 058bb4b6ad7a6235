#pragma once

#include "core/catalog/catalog.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cityops {

// One thing wrong in a catalog directory: which file, where in it (a JSON Pointer,
// RFC 6901), and why, in words a catalog editor can act on.
struct CatalogProblem
{
    QString file;
    QString path;
    QString reason;

    // "FILE: PATH: REASON", one line.
    QString toString() const;
};

// Reads and validates a catalog directory: units.json, groups.json, indicators.json,
// areas.json, stations.json, services.json, rules.json. Every problem is collected (not
// only the first), each naming its file, JSON path and reason; nothing a user writes
// into those files can crash the loader.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(cityops::CatalogLoader)

public:
    static constexpr int kSchemaVersion = 1;
    // Larger files are refused unread: a catalog is hand-edited text of a few hundred KB.
    static constexpr qint64 kMaximumFileBytes = 8 * 1024 * 1024;

    // The catalog built into the application (resources/catalog).
    static QString embeddedDirectory();
    // The file names a catalog directory consists of.
    static QStringList fileNames();

    // Loads `directory`. On failure the error's detail lists every problem, one per line;
    // `problems`, when given, receives them structured.
    static Result<Catalog> load(const QString& directory, QList<CatalogProblem>* problems = nullptr);
};

} // namespace cityops
