#pragma once

// The statistics engine: the catalog's services (and any kind, ad hoc) computed on the
// series a SeriesReader answers — the archive for the CLI and reports, the console's
// in-memory store for the desk. It resolves a service's places and window, reads the
// points it needs, runs the kind (statkinds.h) and says what it did (provenance). Pure
// computation on what it reads: no GUI, no clock of its own (the instant is given), used
// from one thread at a time (a reader belongs to the thread that made it).

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/stats/statresult.h"
#include "core/store/seriesreader.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cityops::stats {

struct SeriesData;  // statkinds.h
struct KindContext; // statkinds.h
class Coverage;     // statcoverage.h

class StatsEngine
{
public:
    StatsEngine(const Catalog& catalog, store::SeriesReader& reader,
                std::int64_t localOffsetMs = 7 * 3'600'000);

    // A service of the catalog at the instant `at` (UTC ms).
    Result<StatResult> run(const StatService& service, std::int64_t at);

    // Any kind on the series named (the CLI's ad hoc mode) over [from, to), or the whole
    // series when a bound is not given.
    struct AdHoc
    {
        QString kind;
        QList<store::SeriesKey> series;
        std::optional<std::int64_t> from;
        std::optional<std::int64_t> to;
        QJsonObject parameters;
    };
    Result<StatResult> run(const AdHoc& request, std::int64_t at);

    // The window [from, to) of a service at `at`; nullopt for "all" (the series' own extent).
    std::optional<std::pair<std::int64_t, std::int64_t>> windowOf(const StatService& service,
                                                                  std::int64_t at) const;

private:
    struct Job;
    Result<QList<store::SeriesKey>> placesOf(const StatService& service, const QString& indicator);
    Result<StatResult> compute(const Job& job);
    Result<SeriesData> read(const store::SeriesKey& key, std::int64_t from, std::int64_t to);
    // A series read as points, into the coverage: its periods as the reader tells them where
    // it can (the store's chunk summaries), else from the points' times.
    void cover(Coverage& coverage, const SeriesData& s, const KindContext& k);
    void describe(const Job& job, const Indicator* indicator, Provenance& p) const;
    // The kinds that need only counts, sums, means, minima and maxima, from the rollups
    // (statrollups.cpp); nullopt when the kind, its function or the window does not allow it.
    std::optional<Result<StatResult>> fromRollups(const QString& kind, const QList<store::SeriesKey>& series,
                                                  std::int64_t readFrom, const KindContext& k,
                                                  Coverage& coverage);
    Result<std::vector<store::Bucket>> readPieces(const store::SeriesKey& key, std::int64_t from,
                                                  std::int64_t to, store::Bucketing level,
                                                  Coverage& coverage);
    // Each day's value by fn from a series' pieces (an exceedance of days).
    Result<store::Columns> dayValues(const store::SeriesKey& key, const QString& fn, const KindContext& k,
                                     const std::vector<store::Bucket>& pieces);
    Result<std::pair<std::int64_t, std::int64_t>> extentOf(const QList<store::SeriesKey>& keys);

    const Catalog& m_catalog;
    store::SeriesReader& m_reader;
    std::int64_t m_offset;
    std::optional<QList<store::SeriesInfo>> m_series; // what the reader holds, read once
};

// Checks ad hoc parameters against the kind: unknown keys, types, ranges. The error says
// which parameter and why.
Result<void> checkParameters(const QString& kind, const QJsonObject& parameters);

} // namespace cityops::stats
