#pragma once

// Which feed writes which series (the archive's feed_series, schema 7): what a console marks
// stale when a feed fails, from the moment it starts, before the feed has written anything
// in this session. A series written by two feeds is each's.

#include "core/common/result.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace cityops::store {

class Archive;

// feed id → its series ("IND@PLACE").
Result<QHash<QString, QSet<QString>>> feedSeries(Archive& archive);
// Records that `feed` writes these series, in one transaction; returns those the archive has
// no series of yet (to record once they are written).
Result<QSet<QString>> addFeedSeries(Archive& archive, const QString& feed, const QSet<QString>& seriesKeys);

} // namespace cityops::store
