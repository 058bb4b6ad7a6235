// The kinds that compare: two series with each other (correlation), or the places of one
// indicator (rank, share).

#include "core/catalog/statservices.h"
#include "core/stats/statkinds.h"
#include "core/stats/statmath.h"
#include "core/store/bucketing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::stats::StatsEngine)
};

QString str(const QJsonObject& p, const char16_t* key, const QString& fallback)
{
    const QJsonValue v = p.value(QStringView(key));
    return v.isString() ? v.toString() : fallback;
}

// (t, value) of a series in time order, aggregated into buckets first when the parameters
// say so.
std::vector<std::pair<std::int64_t, double>> aligned(const KindContext& k, const SeriesData& s)
{
    std::vector<std::pair<std::int64_t, double>> out;
    const QString bucket = str(k.params, u"bucket", QString());
    const auto bucketing =
        bucket.isEmpty() ? std::nullopt : store::parseBucketing(bucket.toLatin1().constData());
    const auto points = inWindow(s, k);
    if (!bucketing) {
        out.reserve(points.size());
        for (std::size_t i = 0; i < points.size(); ++i)
            out.emplace_back(points.t[i], points.v[i]);
        return out;
    }
    const QString fn = str(k.params, u"fn", u"mean"_s);
    std::vector<double> values;
    std::int64_t start = 0;
    std::int64_t end = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < points.size(); ++i) { // a bucket's points are contiguous
        if (points.t[i] >= end) {
            if (const auto v = values.empty() ? std::nullopt : aggregateValues(values, fn))
                out.emplace_back(start, *v); // a bucket without a value (a std of one) is not a pair
            values.clear();
            start = store::bucketStart(points.t[i], *bucketing, k.localOffsetMs);
            end = store::bucketEnd(start, *bucketing, k.localOffsetMs);
        }
        values.push_back(points.v[i]);
    }
    if (const auto v = values.empty() ? std::nullopt : aggregateValues(values, fn))
        out.emplace_back(start, *v);
    return out;
}

} // namespace

Result<StatResult> correlationKind(const KindContext& k, const SeriesData& x, const SeriesData& y)
{
    const std::int64_t lag = parseStatDuration(str(k.params, u"lag", u"0h"_s)).value_or(0);
    const auto xs = aligned(k, x);
    const auto ys = aligned(k, y);
    std::vector<double> a, b; // x(t) with y(t + lag), where both exist (both in time order)
    auto it = ys.begin();
    for (const auto& [t, v] : xs) {
        while (it != ys.end() && it->first < t + lag)
            ++it;
        if (it != ys.end() && it->first == t + lag) {
            a.push_back(v);
            b.push_back(it->second);
        }
    }
    const bool rankBased = str(k.params, u"method", u"pearson"_s) == u"spearman"_s;
    StatResult r;
    r.kind = u"correlation"_s;
    r.value = rankBased ? spearman(a, b) : pearson(a, b);
    if (!r.value)
        r.reason = a.size() < 2 ? Text::tr("fewer than two instants where both series have a reading")
                                : Text::tr("one of the series does not vary");
    r.extra.insert(u"n"_s, qint64(a.size()));
    return r;
}

std::optional<double> placeValue(const KindContext& k, const SeriesData& s, const QString& fallbackFn)
{
    return aggregateValues(inWindow(s, k).v, str(k.params, u"fn", fallbackFn));
}

Result<StatResult> rankKind(const KindContext& k, std::vector<std::pair<QString, double>> values)
{
    const bool ascending = str(k.params, u"order", u"desc"_s) == u"asc"_s;
    std::sort(values.begin(), values.end(), [&](const auto& a, const auto& b) {
        return ascending ? a.second < b.second : a.second > b.second;
    });
    // Ties share the lowest rank (pandas method='min'). Values equal to 12 significant
    // digits are ties — a mean summed in another order differs in its last bit — and tied
    // places are listed by id, so the archive and the store give the same table.
    const auto tied = [](double a, double b) {
        return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
    };
    std::vector<int> ranks(values.size());
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i + 1;
        while (j < values.size() && tied(values[j].second, values[i].second))
            ++j;
        std::sort(values.begin() + std::ptrdiff_t(i), values.begin() + std::ptrdiff_t(j),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::fill(ranks.begin() + std::ptrdiff_t(i), ranks.begin() + std::ptrdiff_t(j), int(i) + 1);
        i = j;
    }
    const qsizetype top = k.params.contains(u"top"_s) ? qsizetype(k.params.value(u"top"_s).toDouble()) : -1;
    StatResult r;
    r.kind = u"rank"_s;
    r.hasValue = false;
    r.hasRows = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (top > 0 && ranks[i] > top)
            break;
        r.objectRows.append(QJsonObject{
            {u"place"_s, values[i].first}, {u"value"_s, values[i].second}, {u"rank"_s, ranks[i]}});
    }
    return r;
}

Result<StatResult> shareKind(const KindContext&, const std::vector<std::pair<QString, double>>& values)
{
    double total = 0;
    for (const auto& [place, v] : values)
        total += v;
    StatResult r;
    r.kind = u"share"_s;
    r.hasValue = false;
    r.hasRows = true;
    for (const auto& [place, v] : values)
        r.objectRows.append(
            QJsonObject{{u"place"_s, place},
                        {u"value"_s, v},
                        {u"sharePct"_s, total != 0 ? QJsonValue(100 * v / total) : QJsonValue()}});
    r.extra.insert(u"total"_s, total);
    return r;
}

} // namespace cityops::stats
