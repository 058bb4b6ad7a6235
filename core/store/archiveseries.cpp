// The archive's series: created on first use, looked up by key, listed with their extent.

#include "core/store/archiveimpl.h"

#include <QDateTime>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cityops::store {

Result<SeriesId> Archive::ensureSeries(const SeriesKey& key, const QString& unit)
{
    auto existing = findSeries(key);
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->unit != unit)
            return Error{ErrorCode::Validation, ArchiveText::tr("This series is archived in another unit"),
                         u"%1: %2 ≠ %3"_s.arg(key.toString(), (*existing)->unit, unit)};
        return (*existing)->id;
    }
    auto inserted =
        d->sql->run(u"INSERT INTO series (indicator, place, unit, created_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (indicator, place) DO NOTHING"_s,
                    {key.indicator, key.place, unit, QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    existing = findSeries(key);
    if (!existing)
        return existing.error();
    if (!*existing)
        return archiveError(ArchiveText::tr("The archive refused a query"),
                            u"series not created: "_s + key.toString());
    return (*existing)->id;
}

Result<std::vector<SeriesId>>
Archive::ensureSeries(const std::vector<std::pair<SeriesKey, QString>>& keysAndUnits)
{
    // (Looked up once each: a snapshot poll asks for 60,000 it knows.)
    std::vector<SeriesId> ids(keysAndUnits.size());
    std::vector<std::size_t> missing;
    const auto take = [&](std::size_t i, const std::pair<SeriesId, QString>& known) -> Result<void> {
        const auto& [key, unit] = keysAndUnits[i];
        if (known.second != unit)
            return Error{ErrorCode::Validation, ArchiveText::tr("This series is archived in another unit"),
                         u"%1: %2 ≠ %3"_s.arg(key.toString(), known.second, unit)};
        ids[i] = known.first;
        return {};
    };
    for (std::size_t i = 0; i < keysAndUnits.size(); ++i) {
        const auto known = d->knownSeries.constFind(keysAndUnits[i].first);
        if (known == d->knownSeries.cend())
            missing.push_back(i);
        else if (auto r = take(i, *known); !r)
            return r.error();
    }
    if (missing.empty())
        return ids;
    std::vector<std::pair<SeriesKey, QString>> unknown;
    unknown.reserve(missing.size());
    for (const std::size_t i : missing)
        unknown.push_back(keysAndUnits[i]);
    if (auto r = d->ensureUnknownSeries(unknown); !r)
        return r.error();
    for (const std::size_t i : missing) {
        const auto known = d->knownSeries.constFind(keysAndUnits[i].first);
        if (known == d->knownSeries.cend())
            return archiveError(ArchiveText::tr("The archive refused a query"),
                                u"series not created: "_s + keysAndUnits[i].first.toString());
        if (auto r = take(i, *known); !r)
            return r.error();
    }
    return ids;
}

Result<void>
Archive::Impl::ensureUnknownSeries(const std::vector<std::pair<SeriesKey, QString>>& keysAndUnits)
{
    // Two statements prepared once for all of them (a statement prepared per series cost more
    // than the rest of a feed's poll), in one transaction.
    auto find = sql->prepare(u"SELECT id, unit FROM series WHERE indicator = ? AND place = ?"_s);
    auto insert = sql->prepare(u"INSERT INTO series (indicator, place, unit, created_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (indicator, place) DO NOTHING"_s);
    if (!find)
        return find.error();
    if (!insert)
        return insert.error();
    if (auto r = dialect->beginWrite(); !r)
        return r.error();
    const auto fail = [&](const Error& e) -> Result<void> {
        (void)sql->exec(u"ROLLBACK"_s);
        return e;
    };
    // The series' id and unit, if it is there.
    const auto lookup = [&](const SeriesKey& key) -> Result<std::optional<std::pair<qint64, QString>>> {
        find->addBindValue(key.indicator);
        find->addBindValue(key.place);
        if (!find->exec())
            return SqlConnection::queryError(*find, u"series lookup"_s);
        std::optional<std::pair<qint64, QString>> out;
        if (find->next())
            out = std::pair(find->value(0).toLongLong(), find->value(1).toString());
        find->finish();
        return out;
    };
    // Many: every series read at once (one statement for 60,000 beats 60,000 lookups).
    QHash<SeriesKey, std::pair<qint64, QString>> stored;
    if (keysAndUnits.size() > 256) {
        auto all = sql->run(u"SELECT id, indicator, place, unit FROM series"_s);
        if (!all)
            return fail(all.error());
        while (all->next())
            stored.insert({all->value(1).toString(), all->value(2).toString()},
                          {all->value(0).toLongLong(), all->value(3).toString()});
    }
    QHash<SeriesKey, std::pair<SeriesId, QString>> found;
    std::vector<SeriesId> created; // by this transaction: no point stored yet
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& [key, unit] : keysAndUnits) {
        const auto cached = stored.constFind(key);
        auto row = cached != stored.cend() ? Result<std::optional<std::pair<qint64, QString>>>(*cached)
                                           : lookup(key);
        bool inserted = false;
        if (row && !*row) {
            for (const QVariant& v :
                 {QVariant(key.indicator), QVariant(key.place), QVariant(unit), QVariant(now)})
                insert->addBindValue(v);
            if (!insert->exec())
                return fail(SqlConnection::queryError(*insert, u"series insert"_s));
            inserted = true;
            row = lookup(key);
        }
        if (!row)
            return fail(row.error());
        if (!*row || (*row)->first <= 0 || (*row)->first > qint64(std::numeric_limits<SeriesId>::max()))
            return fail(archiveError(ArchiveText::tr("The archive refused a query"),
                                     u"series not created: "_s + key.toString()));
        const SeriesId id = SeriesId((*row)->first);
        found.insert(key, {id, (*row)->second});
        if (inserted)
            created.push_back(id);
    }
    // (Where obs ends as the new series are made: none of them has a point there.)
    std::optional<std::int64_t> lastId;
    if (!created.empty()) {
        auto last = dialect->lastObservationId();
        if (!last)
            return fail(last.error());
        lastId = *last;
    }
    if (auto r = sql->exec(u"COMMIT"_s); !r)
        return fail(r.error());
    knownSeries.insert(found);
    if (lastId) {
        checkLatest(*lastId);
        for (SeriesId id : created)
            latest[id] = kNoTime;
    }
    return {};
}

namespace {

// id, indicator, place, unit, count, first, last. Series ids are 32-bit (the PostgreSQL
// obs.series column is an integer): a larger one is an error, never a silent wrap.
Result<SeriesInfo> seriesInfoFrom(const QSqlQuery& q)
{
    SeriesInfo info;
    const qint64 id = q.value(0).toLongLong();
    if (id <= 0 || id > qint64(std::numeric_limits<SeriesId>::max()))
        return archiveError(ArchiveText::tr("The archive refused a query"),
                            u"series id out of range: %1"_s.arg(id));
    info.id = SeriesId(id);
    info.key = {q.value(1).toString(), q.value(2).toString()};
    info.unit = q.value(3).toString();
    info.count = q.value(4).toLongLong();
    info.first = q.value(5).toLongLong();
    info.last = q.value(6).toLongLong();
    return info;
}

QString seriesInfoSql(const ArchiveDialect& dialect)
{
    return u"SELECT s.id, s.indicator, s.place, s.unit, coalesce(sum(sp.n), 0), min(sp.t_first), "
           "max(sp.t_last) FROM series s LEFT JOIN %1 sp ON sp.series = s.id "_s.arg(dialect.extentTable());
}

} // namespace

Result<std::optional<SeriesInfo>> Archive::findSeries(const SeriesKey& key)
{
    auto found = d->sql->run(seriesInfoSql(*d->dialect) + u"WHERE s.indicator = ? AND s.place = ? "
                                                          "GROUP BY s.id, s.indicator, s.place, s.unit"_s,
                             {key.indicator, key.place});
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<SeriesInfo>();
    auto info = seriesInfoFrom(*found);
    if (!info)
        return info.error();
    return std::optional<SeriesInfo>(*info);
}

Result<QList<SeriesInfo>> Archive::listSeries()
{
    auto found = d->sql->run(seriesInfoSql(*d->dialect) +
                             u"GROUP BY s.id, s.indicator, s.place, s.unit ORDER BY s.indicator, s.place"_s);
    if (!found)
        return found.error();
    QList<SeriesInfo> out;
    while (found->next()) {
        auto info = seriesInfoFrom(*found);
        if (!info)
            return info.error();
        out.append(*info);
    }
    return out;
}

} // namespace cityops::store
