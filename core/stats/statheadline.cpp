#include "core/stats/statheadline.h"

#include "core/catalog/valueformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::stats {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::stats::Headline)
};

// What every rule needs: the catalog's words for the service's indicator, in one language.
struct Words
{
    const Catalog& catalog;
    const StatService& service;
    const StatResult& result;
    Language language;
    QLocale locale;
    const Indicator* indicator = nullptr;

    QString value(double v) const
    {
        if (!indicator)
            return formatNumber(v, 2, locale);
        const Unit* unit = catalog.unit(indicator->unit);
        // A sum of a rate (guests per day summed over a month) is a count: "lượt khách".
        if (summed() && unit && unit->code.contains(u'/'))
            return formatNumber(v, indicator->decimals, locale) + u' ' +
                   unit->display.in(language).section(u'/', 0, 0);
        return formatValue(v, *indicator, unit, language == Language::English, locale);
    }
    bool summed() const
    {
        return service.kind == u"cumulative"_s ||
               (param(u"fn") == u"sum"_s && service.kind != u"exceedance"_s && service.kind != u"trend"_s);
    }
    QString percent(double v, bool sign = false) const
    {
        return (sign && v > 0 ? u"+"_s : QString()) + formatNumber(v, 1, locale) + u"%"_s;
    }
    // A difference: in percentage points for a share.
    QString difference(double v) const
    {
        const QString sign = v > 0 ? u"+"_s : QString();
        if (indicator && indicator->unit == u"%"_s)
            return Text::tr("%1 points").arg(sign + formatNumber(v, indicator->decimals, locale));
        return sign + value(v);
    }
    QString place(const QString& id) const { return placeName(catalog, id, language); }
    QString param(const char16_t* key) const { return service.parameters.value(QStringView(key)).toString(); }
    // A bucket's or a reading's time, as long as its period needs.
    QString when(const QString& iso, const QString& bucket) const
    {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        if (bucket == u"1y"_s)
            return t.toString(u"yyyy"_s);
        if (bucket == u"1q"_s)
            return Text::tr("Q%1 %2").arg((t.date().month() - 1) / 3 + 1).arg(t.date().year());
        if (bucket == u"1mo"_s)
            return t.toString(u"MM/yyyy"_s);
        if (bucket == u"1d"_s || bucket == u"1w"_s)
            return t.toString(u"dd/MM/yyyy"_s);
        return t.toString(u"HH:mm dd/MM"_s);
    }
    // The worst of several places: the highest, unless lower is the bad direction.
    bool higherIsWorse() const { return !indicator || indicator->badDirection != BadDirection::Down; }
};

QList<QJsonObject> rowsOf(const StatResult& r)
{
    QList<QJsonObject> rows;
    for (const QJsonValue& v : r.rows())
        rows << v.toObject();
    return rows;
}

// The last row of each place (rows are in time order within a place).
std::map<QString, QJsonObject> lastPerPlace(const QList<QJsonObject>& rows)
{
    std::map<QString, QJsonObject> last;
    for (const QJsonObject& row : rows)
        last[row.value(u"place"_s).toString()] = row;
    return last;
}

Headline none(const Words& w)
{
    return {u"—"_s, w.result.reason.isEmpty() ? Text::tr("no data in the window") : w.result.reason, {}, {}};
}

// One of several rows, chosen by `better` on `field`.
template <typename Better>
std::optional<QJsonObject> pick(const QList<QJsonObject>& rows, const QString& field, Better better)
{
    std::optional<QJsonObject> best;
    for (const QJsonObject& row : rows) {
        const QJsonValue v = row.value(field);
        if (v.isDouble() && (!best || better(v.toDouble(), best->value(field).toDouble())))
            best = row;
    }
    return best;
}

Headline worstPlace(const Words& w, const QList<QJsonObject>& rows, const QString& bucket,
                    bool lowerIsWorse = false)
{
    const bool higher = !lowerIsWorse && w.higherIsWorse();
    const auto row = pick(rows, u"value"_s, [&](double a, double b) { return higher ? a > b : a < b; });
    if (!row)
        return none(w);
    const double v = row->value(u"value"_s).toDouble();
    const QString where = w.place(row->value(u"place"_s).toString());
    QString detail = higher ? Text::tr("highest: %1").arg(where) : Text::tr("lowest: %1").arg(where);
    if (row->contains(u"t"_s))
        detail += u" · "_s + w.when(row->value(u"t"_s).toString(), bucket);
    return {w.value(v), detail, v, row->value(u"place"_s).toString()};
}

// Aggregates, exceedance counts and completeness shares: one figure, buckets, or places.
enum class Figure
{
    Value,
    Count,
    Percent,
};

Headline aggregateLike(const Words& w, Figure figure)
{
    const QString bucket = w.param(u"bucket");
    const bool counts = figure == Figure::Count;
    const auto format = [&](double v) {
        if (figure == Figure::Percent)
            return w.percent(v);
        if (!counts)
            return w.value(v);
        return w.param(u"of") == u"1d"_s ? Text::tr("%n day(s)", nullptr, int(v))
                                         : Text::tr("%n reading(s)", nullptr, int(v));
    };
    if (!w.result.hasRows) {
        if (!w.result.value)
            return none(w);
        const QString detail =
            counts ? w.param(u"op") + u' ' + w.value(w.service.parameters.value(u"threshold"_s).toDouble())
                   : Text::tr("%n reading(s)", nullptr, w.result.extra.value(u"n"_s).toInt());
        return {format(*w.result.value), detail, w.result.value, {}};
    }
    QList<QJsonObject> rows = rowsOf(w.result);
    if (rows.isEmpty())
        return none(w);
    const bool places = rows.front().contains(u"place"_s);
    if (counts) {
        // Counts add up over the buckets: the place (or the window) with the most.
        std::map<QString, double> totals;
        for (const QJsonObject& row : rows)
            totals[row.value(u"place"_s).toString()] += row.value(u"value"_s).toDouble();
        const auto most = std::max_element(totals.begin(), totals.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        const QString threshold =
            w.param(u"op") + u' ' + w.value(w.service.parameters.value(u"threshold"_s).toDouble());
        const QString detail = !places             ? threshold
                               : most->second == 0 ? Text::tr("none at any place (%1)").arg(threshold)
                                                   : Text::tr("most: %1").arg(w.place(most->first));
        return {format(most->second), detail, most->second, most->first};
    }
    if (!places) {
        const QJsonObject last = rows.back();
        if (!last.value(u"value"_s).isDouble())
            return none(w);
        const double v = last.value(u"value"_s).toDouble();
        return {format(v), w.when(last.value(u"t"_s).toString(), bucket), v, {}};
    }
    QList<QJsonObject> latest;
    for (const auto& [place, row] : lastPerPlace(rows))
        latest << row;
    Headline h = worstPlace(w, latest, bucket, figure == Figure::Percent);
    if (h.number)
        h.value = format(*h.number);
    return h;
}

Headline change(const Words& w)
{
    QList<QJsonObject> latest;
    for (const auto& [place, row] : lastPerPlace(rowsOf(w.result)))
        latest << row;
    const auto row =
        pick(latest, u"changePct"_s, [](double a, double b) { return std::abs(a) > std::abs(b); });
    if (!row) {
        if (latest.isEmpty())
            return none(w);
        const QJsonObject& only = latest.front();
        return {w.value(only.value(u"value"_s).toDouble()), Text::tr("nothing to compare with"), {}, {}};
    }
    const double pct = row->value(u"changePct"_s).toDouble();
    QString detail =
        Text::tr("%1 vs %2")
            .arg(w.value(row->value(u"value"_s).toDouble()), w.value(row->value(u"previous"_s).toDouble()));
    const QString place = row->value(u"place"_s).toString();
    if (!place.isEmpty())
        detail = w.place(place) + u": "_s + detail;
    return {w.percent(pct, true), detail, pct, place};
}

Headline latestRow(const Words& w)
{
    const QList<QJsonObject> rows = rowsOf(w.result);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->value(u"value"_s).isDouble()) {
            const double v = it->value(u"value"_s).toDouble();
            return {w.value(v), w.when(it->value(u"t"_s).toString(), w.param(u"bucket")), v,
                    it->value(u"place"_s).toString()};
        }
    }
    return none(w);
}

QString profileKey(const Words& w, int key)
{
    const QString by = w.param(u"by");
    if (by == u"hour"_s)
        return Text::tr("%1:00").arg(key, 2, 10, QChar(u'0'));
    if (by == u"weekday"_s)
        return w.locale.dayName(key, QLocale::LongFormat);
    return w.locale.monthName(key, QLocale::LongFormat);
}

Headline profile(const Words& w)
{
    const auto row = pick(rowsOf(w.result), u"value"_s,
                          [&](double a, double b) { return w.higherIsWorse() ? a > b : a < b; });
    if (!row)
        return none(w);
    const double v = row->value(u"value"_s).toDouble();
    const QString place = row->value(u"place"_s).toString();
    QString detail = Text::tr("peak: %1").arg(profileKey(w, row->value(u"key"_s).toInt()));
    if (!place.isEmpty())
        detail += u" · "_s + w.place(place);
    return {w.value(v), detail, v, place};
}

Headline rankOrShare(const Words& w, bool share)
{
    const QList<QJsonObject> rows = rowsOf(w.result);
    if (rows.isEmpty())
        return none(w);
    if (!share) {
        const QJsonObject& first = rows.front();
        const double v = first.value(u"value"_s).toDouble();
        return {w.value(v), Text::tr("first: %1").arg(w.place(first.value(u"place"_s).toString())), v,
                first.value(u"place"_s).toString()};
    }
    const auto row = pick(rows, u"sharePct"_s, [](double a, double b) { return a > b; });
    if (!row)
        return none(w);
    const double pct = row->value(u"sharePct"_s).toDouble();
    return {w.percent(pct),
            Text::tr("%1: %2 of the total")
                .arg(w.place(row->value(u"place"_s).toString()), w.value(row->value(u"value"_s).toDouble())),
            pct, row->value(u"place"_s).toString()};
}

Headline trend(const Words& w)
{
    const auto describe = [&](double slope, const QJsonObject& figures, const QString& place) {
        const QString per = w.param(u"per") == u"1d"_s ? Text::tr("/day") : Text::tr("/year");
        QString detail = Text::tr("Mann-Kendall τ = %1, p = %2")
                             .arg(formatNumber(figures.value(u"tau"_s).toDouble(), 2, w.locale),
                                  w.locale.toString(figures.value(u"p"_s).toDouble(), 'g', 2));
        if (!place.isEmpty())
            detail = w.place(place) + u" · "_s + detail;
        return Headline{(slope > 0 ? u"+"_s : QString()) + w.value(slope) + per, detail, slope, place};
    };
    if (!w.result.hasRows)
        return w.result.value ? describe(*w.result.value, w.result.extra, {}) : none(w);
    const auto row =
        pick(rowsOf(w.result), u"value"_s, [](double a, double b) { return std::abs(a) > std::abs(b); });
    return row ? describe(row->value(u"value"_s).toDouble(), *row, row->value(u"place"_s).toString())
               : none(w);
}

Headline correlation(const Words& w)
{
    if (!w.result.value)
        return none(w);
    const bool spearman = w.param(u"method") == u"spearman"_s;
    return {(spearman ? u"ρ = "_s : u"r = "_s) + formatNumber(*w.result.value, 2, w.locale),
            Text::tr("%n pair(s) of readings", nullptr, w.result.extra.value(u"n"_s).toInt()),
            w.result.value,
            {}};
}

Headline benchmark(const Words& w)
{
    if (!w.result.value)
        return none(w);
    const QJsonObject& e = w.result.extra;
    QString detail;
    if (e.value(u"national"_s).isDouble()) {
        detail = Text::tr("×%1 the national %2 (%3)")
                     .arg(formatNumber(e.value(u"ratio"_s).toDouble(), 2, w.locale),
                          w.value(e.value(u"national"_s).toDouble()),
                          w.difference(e.value(u"difference"_s).toDouble()));
    } else if (e.value(u"ratio"_s).isDouble()) {
        detail = Text::tr("×%1 the national figure")
                     .arg(formatNumber(e.value(u"ratio"_s).toDouble(), 2, w.locale));
    }
    return {w.value(*w.result.value), detail, w.result.value, {}};
}

Headline target(const Words& w)
{
    if (!w.result.value)
        return none(w);
    const auto row = currentTarget(w.result);
    if (!row)
        return {w.value(*w.result.value), Text::tr("no target with a figure"), w.result.value, {}};
    QString detail = Text::tr("target %1: %2")
                         .arg(row->value(u"year"_s).toInt())
                         .arg(w.value(row->value(u"target"_s).toDouble()));
    if (row->value(u"achievedPct"_s).isDouble())
        detail += u" · "_s + Text::tr("%1 achieved").arg(w.percent(row->value(u"achievedPct"_s).toDouble()));
    if (row->contains(u"met"_s))
        detail += u" · "_s + (row->value(u"met"_s).toBool() ? Text::tr("met at the end of %1")
                                                            : Text::tr("not met at the end of %1"))
                                 .arg(row->value(u"year"_s).toInt());
    if (row->contains(u"onTrack"_s))
        detail +=
            u" · "_s + (row->value(u"onTrack"_s).toBool() ? Text::tr("on track") : Text::tr("off track"));
    return {w.value(*w.result.value), detail, w.result.value, {}};
}

} // namespace

std::optional<QJsonObject> currentTarget(const StatResult& result)
{
    std::optional<QJsonObject> past;
    for (const QJsonValue& v : result.objectRows) {
        const QJsonObject row = v.toObject();
        if (!row.value(u"target"_s).isDouble())
            continue;
        if (row.contains(u"projected"_s))
            return row; // the first year still ahead
        past = row;
    }
    return past;
}

QString placeName(const Catalog& catalog, const QString& place, Language language)
{
    if (const Area* area = catalog.area(place))
        return area->name.in(language);
    if (const Station* station = catalog.station(place))
        return station->name.in(language);
    if (place == u"danang"_s) // the city-wide series
        return language == Language::English ? u"Da Nang"_s : u"Đà Nẵng"_s;
    return place;
}

Headline headline(const Catalog& catalog, const StatService& service, const StatResult& result,
                  Language language)
{
    const Words w{catalog,
                  service,
                  result,
                  language,
                  QLocale(language == Language::English ? QLocale::English : QLocale::Vietnamese),
                  service.indicators.isEmpty() ? nullptr : catalog.indicator(service.indicators.front())};
    const QString& kind = service.kind;
    if (kind == u"aggregate"_s)
        return aggregateLike(w, Figure::Value);
    if (kind == u"completeness"_s)
        return aggregateLike(w, Figure::Percent);
    if (kind == u"exceedance"_s)
        return aggregateLike(w, Figure::Count);
    if (kind == u"change"_s)
        return change(w);
    if (kind == u"rolling"_s || kind == u"cumulative"_s)
        return latestRow(w);
    if (kind == u"profile"_s)
        return profile(w);
    if (kind == u"rank"_s || kind == u"share"_s)
        return rankOrShare(w, kind == u"share"_s);
    if (kind == u"trend"_s)
        return trend(w);
    if (kind == u"correlation"_s)
        return correlation(w);
    if (kind == u"benchmark"_s)
        return benchmark(w);
    if (kind == u"target"_s)
        return target(w);
    return none(w);
}

} // namespace cityops::stats
