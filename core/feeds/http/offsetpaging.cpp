#include "core/feeds/http/offsetpaging.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::Http)
};

constexpr int kMaxEntities = 10'000'000;

// The page's entities not seen on an earlier one (they shift onto later pages when entities
// before them are removed).
void keepNew(FeedItems& page, QSet<QString>& seen, FeedItems& into)
{
    QSet<QString> onThisPage;
    for (FeedObservation& o : page.observations) {
        const QString key = o.type + u'\n' + o.entity;
        if (seen.contains(key))
            continue;
        onThisPage.insert(key);
        into.observations.push_back(std::move(o));
    }
    for (FeedRejection& r : page.rejected) {
        if (!seen.contains(r.type + u'\n' + r.entity))
            into.rejected.push_back(std::move(r));
    }
    seen.unite(onThisPage);
    into.entities += page.entities;
}

} // namespace

Result<OffsetPaged> readByOffset(int pageSize, const QString& where,
                                 const std::function<Result<OffsetPage>(int offset, int pass)>& page)
{
    OffsetPaged out;
    QSet<QString> seen; // "type\nid" of every entity read
    std::optional<std::int64_t> firstTotal;
    for (int pass = 0; pass < 2; ++pass) {
        bool changed = false;
        for (int offset = 0;; offset += pageSize) {
            if (offset >= kMaxEntities) // (a broker that ignores offset, and sends no count)
                return Error{ErrorCode::Network,
                             Text::tr("the paging did not end after %1 entities").arg(kMaxEntities), where};
            auto got = page(offset, pass);
            if (!got)
                return got.error();
            if (got->unchanged && out.pages == 0) { // nothing new since the last poll
                out.unchanged = true;
                return out;
            }
            ++out.pages;
            out.totalCount = got->total;
            if (!firstTotal)
                firstTotal = got->total;
            changed = changed || got->total != firstTotal;
            const int entities = got->items.entities;
            keepNew(got->items, seen, out.items);
            if (entities < pageSize || (got->total && offset + pageSize >= *got->total))
                break;
        }
        if (!changed)
            break;
        out.reread = true; // the offsets moved under us: once more, what was skipped is found
        firstTotal = out.totalCount;
    }
    return out;
}

} // namespace cityops::feeds
