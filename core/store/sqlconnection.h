#pragma once

// One QtSql connection of the archive, with every statement checked: a failed prepare()
// or exec() is an Error naming the SQL, never a silently empty result. Owned by one
// thread (QtSql connections may not cross threads); closed and removed on destruction.

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace cityops::store {

class SqlConnection
{
public:
    // A connection for `driver` ("QSQLITE", "QPSQL") with a name unique in the process.
    static Result<std::unique_ptr<SqlConnection>> create(const QString& driver);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    QSqlDatabase& database() { return m_db; }

    // Runs one statement without parameters.
    Result<void> exec(const QString& sql);
    // Prepares `sql`, binds `args` in order and runs it; the query is positioned before
    // its first row (forward only).
    Result<QSqlQuery> run(const QString& sql, const QVariantList& args = {});
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& args = {});
    // A prepared statement to bind and exec() many times; check each exec with failed().
    Result<QSqlQuery> prepare(const QString& sql);

    // The error for a query that failed, with the driver's message and the SQL.
    static Error queryError(const QSqlQuery& query, const QString& sql);

private:
    explicit SqlConnection(QString name);
    QString m_name;
    QSqlDatabase m_db;
};

// "The archive refused a query"-style errors a person reads, with technical detail.
Error archiveError(const QString& what, const QString& detail);

} // namespace cityops::store
