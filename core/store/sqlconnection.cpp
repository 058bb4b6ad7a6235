#include "core/store/sqlconnection.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace cityops::store {

namespace {

// Messages a person reads; lupdate files them under "cityops::store::Archive".
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::store::Archive)
};

} // namespace

Error archiveError(const QString& what, const QString& detail)
{
    return Error{ErrorCode::Database, what, detail};
}

Error SqlConnection::queryError(const QSqlQuery& query, const QString& sql)
{
    return archiveError(ArchiveText::tr("The archive refused a query"),
                        query.lastError().text() + u" — "_s + sql.left(200));
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::create(const QString& driver)
{
    static std::atomic<int> counter{0};
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorCode::Unsupported,
                     ArchiveText::tr("The Qt SQL driver for this archive is not installed"), driver};
    std::unique_ptr<SqlConnection> connection(
        new SqlConnection(u"cityops-archive-%1"_s.arg(counter.fetch_add(1))));
    connection->m_db = QSqlDatabase::addDatabase(driver, connection->m_name);
    return connection;
}

SqlConnection::SqlConnection(QString name)
    : m_name(std::move(name))
{}

SqlConnection::~SqlConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<void> SqlConnection::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return queryError(q, sql);
    return {};
}

Result<QSqlQuery> SqlConnection::prepare(const QString& sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q, sql);
    return q;
}

Result<QSqlQuery> SqlConnection::run(const QString& sql, const QVariantList& args)
{
    auto q = prepare(sql);
    if (!q)
        return q.error();
    for (const QVariant& a : args)
        q->addBindValue(a);
    if (!q->exec())
        return queryError(*q, sql);
    return q;
}

Result<QVariant> SqlConnection::scalar(const QString& sql, const QVariantList& args)
{
    auto q = run(sql, args);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

} // namespace cityops::store
