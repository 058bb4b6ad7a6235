#pragma once

// The archive's schema as numbered migrations. Each step brings the schema from version
// N − 1 to N, runs in one transaction with the new version written to `meta`, and is
// written once for both engines: column types as %BIGINT%, %REAL% and %ID% (the dialect's
// names), plus statements for one engine only where they differ (an index PostgreSQL
// needs, a table laid out per engine). A new feature's tables are one new entry at the end
// of archiveMigrations(); a step already released is never edited.

#include "core/common/result.h"

#include <QStringList>

#include <vector>

namespace cityops::store {

class ArchiveDialect;
class SqlConnection;
struct ArchiveLocation;

struct Migration
{
    int version = 0; // the version this step brings the schema to
    QString summary; // what it adds, for people
    QStringList statements;
    QStringList sqliteOnly;
    QStringList postgresOnly;
};

// The steps of this build, versions 1, 2, … in order.
const std::vector<Migration>& archiveMigrations();

// Reads the schema version of the database on `connection` (0 for a new database) and
// applies the steps of `migrations` after it. Refuses a database that is not a CityOps
// archive, one written by a newer build, and (without `upgrade`) one that needs a step.
// Returns the version the schema is at.
Result<int> migrateSchema(SqlConnection& connection, ArchiveDialect& dialect, const ArchiveLocation& where,
                          const std::vector<Migration>& migrations, bool upgrade);

} // namespace cityops::store
