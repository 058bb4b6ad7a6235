#include "core/store/feedstate.h"

#include "core/store/archive.h"
#include "core/store/observation.h"
#include "core/store/sqlconnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cityops::store {

Result<QHash<QString, QSet<QString>>> feedSeries(Archive& archive)
{
    auto q = archive.connection().run(u"SELECT f.feed, s.indicator, s.place FROM feed_series f "
                                      "JOIN series s ON s.id = f.series"_s);
    if (!q)
        return q.error();
    QHash<QString, QSet<QString>> out;
    while (q->next())
        out[q->value(0).toString()].insert(
            SeriesKey{q->value(1).toString(), q->value(2).toString()}.toString());
    return out;
}

Result<QSet<QString>> addFeedSeries(Archive& archive, const QString& feed, const QSet<QString>& seriesKeys)
{
    QSet<QString> absent;
    if (seriesKeys.isEmpty())
        return absent;
    SqlConnection& sql = archive.connection();
    auto find = sql.prepare(u"SELECT id FROM series WHERE indicator = ? AND place = ?"_s);
    auto insert = sql.prepare(
        u"INSERT INTO feed_series (feed, series) VALUES (?, ?) ON CONFLICT (feed, series) DO NOTHING"_s);
    if (!find)
        return find.error();
    if (!insert)
        return insert.error();
    if (auto begun = sql.exec(u"BEGIN"_s); !begun)
        return begun.error();
    const auto fail = [&](const Error& e) -> Result<QSet<QString>> {
        (void)sql.exec(u"ROLLBACK"_s);
        return e;
    };
    for (const QString& key : seriesKeys) {
        const SeriesKey k = SeriesKey::fromString(key);
        find->addBindValue(k.indicator);
        find->addBindValue(k.place);
        if (!find->exec())
            return fail(SqlConnection::queryError(*find, u"series lookup"_s));
        const bool found = find->next();
        const qlonglong id = found ? find->value(0).toLongLong() : 0;
        find->finish();
        if (!found) {
            absent.insert(key);
            continue;
        }
        insert->addBindValue(feed);
        insert->addBindValue(id);
        if (!insert->exec())
            return fail(SqlConnection::queryError(*insert, u"feed series"_s));
    }
    if (auto done = sql.exec(u"COMMIT"_s); !done)
        return done.error();
    return absent;
}

Result<QHash<QString, std::int64_t>> feedNewest(Archive& archive)
{
    auto q = archive.connection().run(u"SELECT feed, newest FROM feed_state"_s);
    if (!q)
        return q.error();
    QHash<QString, std::int64_t> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Result<void> setFeedNewest(Archive& archive, const QString& feed, std::int64_t newestMs)
{
    auto q = archive.connection().run(u"INSERT INTO feed_state (feed, newest) VALUES (?, ?) "
                                      "ON CONFLICT (feed) DO UPDATE SET newest = excluded.newest"_s,
                                      {feed, qlonglong(newestMs)});
    if (!q)
        return q.error();
    return {};
}

} // namespace cityops::store
