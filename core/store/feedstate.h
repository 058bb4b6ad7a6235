#pragma once

// What the archive keeps of each feed (schema 7), by the feed's id:
// - which series it writes (feed_series): what a console marks stale when the feed fails,
//   from the moment it starts, before the feed has written anything in this session (a
//   series written by two feeds is each's);
// - the newest time it has read (feed_state): where an incremental feed goes on from when a
//   collector starts again, so a restart leaves no gap.

#include "core/common/result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>

namespace cityops::store {

class Archive;

// feed id → its series ("IND@PLACE").
Result<QHash<QString, QSet<QString>>> feedSeries(Archive& archive);
// Records that `feed` writes these series, in one transaction; returns those the archive has
// no series of yet (to record once they are written).
Result<QSet<QString>> addFeedSeries(Archive& archive, const QString& feed, const QSet<QString>& seriesKeys);

// feed id → the newest time (UTC ms) it has read.
Result<QHash<QString, std::int64_t>> feedNewest(Archive& archive);
Result<void> setFeedNewest(Archive& archive, const QString& feed, std::int64_t newestMs);

} // namespace cityops::store
