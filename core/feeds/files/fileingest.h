#pragma once

// File ingest: a CSV or NDJSON file, read through a mapping, into the archive.
//
// The file is memory-mapped and parsed on the calling thread while the store's
// ObservationWriter (core/store/observationwriter.h), on a thread of its own with its own
// archive connection, converts, checks, folds duplicates and commits batches (one
// transaction each): parsing and writing overlap. Every observation (one mapped cell of one row) ends in
// exactly one of: accepted (stored, or already stored), duplicate (folded into another by the mapping's
// policy), quarantined (kept with file, line, column and reason), or missing (an NA value the file declares
// missing). Nothing is dropped without being counted.
//
// Re-running the same file adds nothing: the archive keeps one point per (series, time)
// and one quarantine entry per (file digest, line, column). After a crash, re-running
// completes what was not committed.

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/feeds/files/mapping.h"
#include "core/store/archive.h"
#include "core/store/observationwriter.h"

#include <QMap>
#include <QString>

#include <functional>

namespace cityops::feeds::files {

struct IngestProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0;
    double seconds = 0;
};

struct IngestSummary
{
    QString file;
    qint64 rows = 0;         // data rows (lines after the header, or NDJSON objects)
    qint64 observations = 0; // rows × mapped series
    qint64 accepted = 0;     // handed to the archive
    qint64 inserted = 0;     // …of which new
    qint64 unchanged = 0;    // …already stored with the same value
    qint64 replaced = 0;     // …replacing a different stored value
    qint64 kept = 0;         // …where a different stored value was kept (policy first/reject)
    qint64 duplicates = 0;   // folded into another observation of the same series and time
    qint64 quarantined = 0;
    qint64 missing = 0;        // NA values
    qint64 ambiguousTimes = 0; // rows whose local time happened twice, resolved by the mapping's policy
    qint64 batches = 0;
    double seconds = 0;
    QMap<QString, qint64> reasons;     // quarantine reason → observations
    QMap<QString, qint64> conversions; // "K→Cel" → values converted
    QMap<QString, qint64> missingByColumn;
    QStringList unknownPlaces; // places not in the catalog (kept as free names)
    QString digest;
    std::int64_t run = 0;

    QString toJson() const;
};

using store::BatchCommitted;

struct IngestOptions
{
    std::int64_t nowMs = 0;                      // later times are quarantined as "future-time"
    std::int64_t futureToleranceMs = 5 * 60'000; // clock skew allowed
    qsizetype batchObservations = 200'000;
    qsizetype maxLineBytes = 1 << 20;
    std::function<void(const IngestProgress&)> onProgress;  // on the calling thread, ~5 times a second
    std::function<void(const BatchCommitted&)> onCommitted; // on the writer thread, after each commit
};

// A quarantine reason code ("out-of-range") as a person reads it, in the current language;
// an unknown code is returned as it is. Codes stay codes in JSON and in the archive.
QString quarantineReasonName(const QString& code);

// Ingests one file. Errors that make the file unusable (unreadable, empty, binary, no
// data rows, a mapped column missing from the header, an archive failure) return an Error;
// checks on the file happen before anything is written.
Result<IngestSummary> ingestFile(const QString& path, const Mapping& mapping, const Catalog& catalog,
                                 const store::ArchiveLocation& archive, const IngestOptions& options);

} // namespace cityops::feeds::files
