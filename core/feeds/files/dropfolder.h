#pragma once

// A watched drop folder: each poll takes the files that match the feed's patterns and have
// settled (not modified for kSettleMs: a copy still being written is left for the next
// poll), ingests each through the feed's mapping as `cityops-cli ingest` does (the same
// writer, quarantine and counts), and moves it out of the way: to done/ when it was read
// (its bad rows are in the quarantine), to failed/ with FILE.error.txt saying why when it
// could not be read at all. A file is never read twice and never lost: a name already in
// done/ or failed/ gets the time appended. Hidden files (".x") and done/ and failed/ are
// not looked at.

#include "core/catalog/catalog.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/feedpoll.h"
#include "core/store/archive.h"

namespace cityops::feeds::files {

inline constexpr qint64 kSettleMs = 5'000;

FeedPollSummary pollDropFolder(const FeedConfig& feed, const Catalog& catalog,
                               const store::ArchiveLocation& archive, const PollOptions& options);

} // namespace cityops::feeds::files
