#include "core/stats/statsengine.h"

#include "core/catalog/statservices.h"
#include "core/common/civiltime.h"
#include "core/common/vectorstate.h"
#include "core/stats/statcoverage.h"
#include "core/stats/statkinds.h"
#include "core/store/bucketing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::stats::StatsEngine)
};

constexpr std::int64_t kDayMs = 86'400'000;

store::Bucketing unitBucketing(const QString& unit)
{
    if (unit == u"week"_s)
        return store::Bucketing::week();
    if (unit == u"month"_s)
        return store::Bucketing::month();
    if (unit == u"quarter"_s)
        return store::Bucketing::quarter();
    if (unit == u"year"_s)
        return store::Bucketing::year();
    return store::Bucketing::fixed(kDayMs);
}

Result<StatResult> runSingle(const QString& kind, const KindContext& k, const SeriesData& s)
{
    using Kind = Result<StatResult> (*)(const KindContext&, const SeriesData&);
    static const QHash<QString, Kind> kinds = {
        {u"aggregate"_s, aggregateKind},   {u"change"_s, changeKind},
        {u"rolling"_s, rollingKind},       {u"cumulative"_s, cumulativeKind},
        {u"exceedance"_s, exceedanceKind}, {u"profile"_s, profileKind},
        {u"trend"_s, trendKind},           {u"completeness"_s, completenessKind},
        {u"target"_s, targetKind},         {u"benchmark"_s, benchmarkKind},
    };
    const auto it = kinds.constFind(kind);
    if (it == kinds.cend())
        return Error{ErrorCode::InvalidArgument, Text::tr("unknown kind %1").arg(kind), QString()};
    settleVectorState(); // after the kind's hash, for its loops (see vectorstate.h)
    return (*it)(k, s);
}

} // namespace

StatResult mergePlaces(const QString& kind, const QList<std::pair<QString, StatResult>>& perPlace)
{
    StatResult merged;
    merged.kind = kind;
    merged.hasValue = false;
    merged.hasRows = true;
    for (const auto& [place, r] : perPlace) {
        if (!r.series.empty()) {
            merged.series.append(r.series, place);
            continue;
        }
        if (r.hasRows) {
            for (const QJsonValue& row : r.objectRows) {
                QJsonObject o = row.toObject();
                o.insert(u"place"_s, place);
                merged.objectRows.append(o);
            }
            continue;
        }
        QJsonObject o{{u"place"_s, place}, {u"value"_s, r.value ? QJsonValue(*r.value) : QJsonValue()}};
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
            o.insert(it.key(), it.value());
        if (!r.reason.isEmpty())
            o.insert(u"reason"_s, r.reason);
        merged.objectRows.append(o);
    }
    return merged;
}

// What one computation needs, whether it came from a service or the command line.
struct StatsEngine::Job
{
    QString kind;
    QList<store::SeriesKey> series;
    std::int64_t from = 0;
    std::int64_t to = 0;
    QJsonObject parameters;
    LocalizedText formula; // a service's own words; empty: made from the kind
    bool leadIn = false;   // a service reads the periods its first one is compared with
};

StatsEngine::StatsEngine(const Catalog& catalog, store::SeriesReader& reader, std::int64_t localOffsetMs)
    : m_catalog(catalog)
    , m_reader(reader)
    , m_offset(localOffsetMs)
{}

std::optional<std::pair<std::int64_t, std::int64_t>> StatsEngine::windowOf(const StatService& service,
                                                                           std::int64_t at) const
{
    if (service.window.isEmpty())
        return std::make_pair(daysFromCivil(service.windowFrom.year(), unsigned(service.windowFrom.month()),
                                            unsigned(service.windowFrom.day())) *
                                      kDayMs -
                                  m_offset,
                              daysFromCivil(service.windowTo.year(), unsigned(service.windowTo.month()),
                                            unsigned(service.windowTo.day())) *
                                      kDayMs -
                                  m_offset);
    const auto window = parseStatWindow(service.window);
    if (!window || window->kind == StatWindow::Kind::All)
        return std::nullopt;
    if (window->kind == StatWindow::Kind::Last)
        return std::make_pair(at - window->lastMs, at);
    const store::Bucketing unit = unitBucketing(window->unit);
    const std::int64_t start = store::bucketStart(at, unit, m_offset);
    if (window->kind == StatWindow::Kind::This)
        return std::make_pair(start, at);
    return std::make_pair(store::bucketStart(start - 1, unit, m_offset), start); // the last full one
}

Result<QList<store::SeriesKey>> StatsEngine::placesOf(const StatService& service, const QString& indicator)
{
    if (!m_series) {
        auto listed = m_reader.series();
        if (!listed)
            return listed.error();
        m_series = *listed;
    }
    QList<store::SeriesKey> keys;
    for (const store::SeriesInfo& info : *m_series) {
        if (info.key.indicator != indicator || info.count == 0)
            continue;
        if (service.placesScope.isEmpty() && !service.places.contains(info.key.place))
            continue;
        keys << info.key;
    }
    // The places in the order of their ids, whichever reader listed them.
    std::sort(keys.begin(), keys.end(),
              [](const store::SeriesKey& a, const store::SeriesKey& b) { return a.place < b.place; });
    return keys;
}

Result<std::pair<std::int64_t, std::int64_t>> StatsEngine::extentOf(const QList<store::SeriesKey>& keys)
{
    std::optional<std::pair<std::int64_t, std::int64_t>> extent;
    for (const store::SeriesKey& key : keys) {
        auto info = m_reader.find(key);
        if (!info)
            return info.error();
        if (!*info)
            return Error{ErrorCode::NotFound, Text::tr("No such series: %1").arg(key.toString()), QString()};
        if ((*info)->count == 0)
            continue;
        const std::int64_t first = (*info)->first;
        const std::int64_t last = (*info)->last + 1;
        extent = extent ? std::make_pair(std::min(extent->first, first), std::max(extent->second, last))
                        : std::make_pair(first, last);
    }
    return extent.value_or(std::make_pair(std::int64_t(0), std::int64_t(0)));
}

Result<StatResult> StatsEngine::run(const StatService& service, std::int64_t at)
{
    Job job;
    job.kind = service.kind;
    job.parameters = service.parameters;
    job.formula = service.formula;
    job.leadIn = true;
    for (const QString& indicator : service.indicators) {
        auto keys = placesOf(service, indicator);
        if (!keys)
            return keys.error();
        // correlation: the first place of each indicator (or the named places in order).
        if (service.kind == u"correlation"_s && !keys->isEmpty())
            job.series << (service.places.size() == 2
                               ? store::SeriesKey{indicator, service.places.at(job.series.size())}
                               : keys->front());
        else
            job.series << *keys;
    }
    if (const auto window = windowOf(service, at)) {
        job.from = window->first;
        job.to = window->second;
    } else {
        auto extent = extentOf(job.series);
        if (!extent)
            return extent.error();
        std::tie(job.from, job.to) = *extent;
    }
    return compute(job);
}

Result<StatResult> StatsEngine::run(const AdHoc& request, std::int64_t)
{
    if (!statKind(request.kind))
        return Error{ErrorCode::InvalidArgument, Text::tr("unknown kind %1").arg(request.kind), QString()};
    if (auto checked = checkParameters(request.kind, request.parameters); !checked)
        return checked.error();
    if (request.series.isEmpty())
        return Error{ErrorCode::InvalidArgument, Text::tr("a statistic needs at least one --series"),
                     QString()};
    if (request.kind == u"correlation"_s && request.series.size() != 2)
        return Error{ErrorCode::InvalidArgument, Text::tr("a correlation needs two --series"), QString()};
    if (request.from && request.to && *request.from >= *request.to)
        return Error{ErrorCode::InvalidArgument, Text::tr("--from must be before --to"), QString()};
    Job job;
    job.kind = request.kind;
    job.series = request.series;
    job.parameters = request.parameters;
    auto extent = extentOf(job.series); // also: every series must exist
    if (!extent)
        return extent.error();
    job.from = request.from.value_or(extent->first);
    job.to = request.to.value_or(extent->second);
    return compute(job);
}

void StatsEngine::cover(Coverage& coverage, const SeriesData& s, const KindContext& k)
{
    const std::int64_t period = s.indicator ? std::int64_t(s.indicator->periodSeconds) * 1000 : 0;
    coverage.begin(s.key.place, period);
    const Readings readings = inWindow(s, k);
    if (period > 0 && m_reader.tellsPeriods()) {
        // (A reader that fails here has lost the series since: its points are what counts.)
        if (auto runs = m_reader.periodRuns(s.key, k.from, k.to, period, m_offset)) {
            coverage.addRuns(*runs);
            coverage.addReadings(std::int64_t(readings.size()));
            coverage.end();
            return;
        }
    }
    coverage.addTimes(readings.t);
    coverage.end();
}

Result<SeriesData> StatsEngine::read(const store::SeriesKey& key, std::int64_t from, std::int64_t to)
{
    auto points = m_reader.columns(key, from, to);
    if (!points)
        return points.error();
    return SeriesData{key, m_catalog.indicator(key.indicator), std::move(*points)};
}

Result<StatResult> StatsEngine::compute(const Job& job)
{
    const KindContext k{job.parameters, job.from, job.to, m_offset};
    const std::int64_t readFrom =
        job.leadIn ? readStart(job.kind, job.parameters, job.from, m_offset) : job.from;
    Coverage coverage(job.from, job.to, m_offset);
    Result<StatResult> result = Error{ErrorCode::NotFound, QString(), QString()};
    const Indicator* indicator =
        job.series.isEmpty() ? nullptr : m_catalog.indicator(job.series.front().indicator);
    if (auto fast = fromRollups(job.kind, job.series, readFrom, k, coverage)) {
        result = std::move(*fast);
    } else if (job.series.isEmpty()) {
        StatResult none;
        none.kind = job.kind;
        none.reason = Text::tr("no series of this indicator in the archive");
        result = none;
    } else if (job.kind == u"correlation"_s) {
        if (job.series.size() != 2)
            return Error{ErrorCode::InvalidArgument, Text::tr("a correlation needs two series"), QString()};
        auto x = read(job.series[0], readFrom, job.to);
        auto y = read(job.series[1], readFrom, job.to);
        if (!x || !y)
            return x ? y.error() : x.error();
        cover(coverage, *x, k);
        cover(coverage, *y, k);
        result = correlationKind(k, *x, *y);
    } else if (job.series.size() == 1 && job.kind != u"rank"_s && job.kind != u"share"_s) {
        auto s = read(job.series.front(), readFrom, job.to);
        if (!s)
            return s.error();
        cover(coverage, *s, k);
        result = runSingle(job.kind, k, *s);
    } else {
        // One place at a time: its value (rank, share) or its own result, then the next.
        std::vector<std::pair<QString, double>> values;
        QList<std::pair<QString, StatResult>> perPlace;
        const bool compares = job.kind == u"rank"_s || job.kind == u"share"_s;
        for (const store::SeriesKey& key : job.series) {
            auto s = read(key, readFrom, job.to);
            if (!s)
                return s.error();
            cover(coverage, *s, k);
            if (compares) {
                if (const auto v = placeValue(k, *s, job.kind == u"rank"_s ? u"mean"_s : u"sum"_s))
                    values.emplace_back(key.place, *v);
                continue;
            }
            auto one = runSingle(job.kind, k, *s);
            if (!one)
                return one.error();
            perPlace.append({key.place, *one});
        }
        result = job.kind == u"rank"_s    ? rankKind(k, std::move(values))
                 : job.kind == u"share"_s ? shareKind(k, values)
                                          : Result<StatResult>(mergePlaces(job.kind, perPlace));
    }
    if (!result)
        return result;
    Provenance& p = result->provenance;
    for (const store::SeriesKey& key : job.series)
        p.series << key.toString();
    p.from = job.from;
    p.to = job.to;
    p.computedAt = QDateTime::currentMSecsSinceEpoch();
    coverage.finish(p);
    describe(job, indicator, p);
    return result;
}

void StatsEngine::describe(const Job& job, const Indicator* indicator, Provenance& p) const
{
    const auto words = [&](Language language) {
        const QString name = indicator ? indicator->name.in(language) : job.series.value(0).indicator;
        const QString what = language == Language::Vietnamese
                                 ? u"%1 (%2) trên %3 giá trị của %4 tại %5 nơi, từ %6 đến %7"_s
                                 : u"%1 (%2) of %3 readings of %4 at %5 place(s), from %6 to %7"_s;
        const QString facts =
            what.arg(job.kind,
                     QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Compact)))
                .arg(p.points)
                .arg(name)
                .arg(job.series.size())
                .arg(isoLocal(job.from), isoLocal(job.to));
        const QString formula = job.formula.in(language);
        return formula.isEmpty() ? facts : formula + u" — "_s + facts;
    };
    p.explanationVi = words(Language::Vietnamese);
    p.explanationEn = words(Language::English);
}

Result<void> checkParameters(const QString& kind, const QJsonObject& parameters)
{
    const StatKindSpec* spec = statKind(kind);
    if (!spec)
        return Error{ErrorCode::InvalidArgument, Text::tr("unknown kind %1").arg(kind), QString()};
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const auto p = std::find_if(spec->parameters.begin(), spec->parameters.end(),
                                    [&](const StatParameter& s) { return s.key == it.key(); });
        if (p == spec->parameters.end())
            return Error{ErrorCode::InvalidArgument, Text::tr("a %1 has no parameter %2").arg(kind, it.key()),
                         QString()};
        const QJsonValue v = it.value();
        if (!fitsParameter(*p, v))
            return Error{
                ErrorCode::InvalidArgument,
                Text::tr("parameter %1 of %2 is out of range or of the wrong type").arg(it.key(), kind),
                QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), v}}).toJson(QJsonDocument::Compact))};
    }
    for (const StatParameter& p : spec->parameters) {
        if (p.required && !parameters.contains(p.key))
            return Error{ErrorCode::InvalidArgument, Text::tr("a %1 needs the parameter %2").arg(kind, p.key),
                         QString()};
    }
    if (parameters.value(u"fn"_s).toString() == u"quantile"_s && !parameters.contains(u"q"_s))
        return Error{ErrorCode::InvalidArgument, Text::tr("fn quantile needs q"), QString()};
    return {};
}

} // namespace cityops::stats
