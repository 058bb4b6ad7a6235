// The statistics services' vocabulary (kinds, parameters, windows, durations), the reader
// of services.json and its checks against the rest of the catalog.

#include "core/catalog/statservices.h"

#include "core/catalog/catalogparsing.h"

#include <QDir>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops {

namespace {

using Type = StatParameter::Type;

const QStringList kFns = {u"count"_s, u"sum"_s, u"mean"_s, u"min"_s, u"max"_s};

QList<StatKindSpec> makeKinds()
{
    const QStringList aggregateFns = kFns + QStringList{u"median"_s, u"std"_s, u"var"_s, u"quantile"_s};
    const QStringList periods = {u"1d"_s, u"1w"_s, u"1mo"_s, u"1q"_s, u"1y"_s};
    const StatParameter bucket{u"bucket"_s, Type::Choice, statBuckets(), false};
    const StatParameter fn{u"fn"_s, Type::Choice, kFns, false};
    using Fits = StatKindSpec::Fits;
    return {
        {u"aggregate"_s,
         1,
         Fits::AnyIndicator,
         {{u"fn"_s, Type::Choice, aggregateFns, true}, {u"q"_s, Type::Fraction, {}, false}, bucket}},
        {u"change"_s,
         1,
         Fits::AnyIndicator,
         {{u"period"_s, Type::Choice, periods, true},
          {u"fn"_s, Type::Choice, {u"mean"_s, u"sum"_s}, false},
          {u"vs"_s, Type::Choice, {u"previous"_s, u"year-ago"_s}, false}}},
        {u"rolling"_s,
         1,
         Fits::AnyIndicator,
         {{u"window"_s, Type::Duration, {}, true}, fn, {u"minPeriods"_s, Type::Count, {}, false}}},
        {u"cumulative"_s,
         1,
         Fits::AnyIndicator,
         {{u"fn"_s, Type::Choice, {u"sum"_s}, false},
          {u"reset"_s, Type::Choice, {u"1mo"_s, u"1y"_s}, true},
          bucket}},
        {u"exceedance"_s,
         1,
         Fits::AnyIndicator,
         {{u"threshold"_s, Type::Number, {}, true},
          {u"op"_s, Type::Choice, {u">"_s, u">="_s, u"<"_s, u"<="_s}, false},
          {u"of"_s, Type::Choice, {u"points"_s, u"1d"_s}, false},
          fn,
          bucket}},
        {u"profile"_s,
         1,
         Fits::AnyIndicator,
         {{u"by"_s, Type::Choice, {u"hour"_s, u"weekday"_s, u"month"_s}, true},
          {u"fn"_s, Type::Choice, kFns + QStringList{u"median"_s}, false}}},
        {u"trend"_s,
         1,
         Fits::AnyIndicator,
         {{u"per"_s, Type::Choice, {u"1d"_s, u"1y"_s}, false}, bucket, fn}},
        {u"correlation"_s,
         2,
         Fits::AnyIndicator,
         {{u"method"_s, Type::Choice, {u"pearson"_s, u"spearman"_s}, false},
          {u"lag"_s, Type::Duration, {}, false},
          bucket,
          fn}},
        {u"completeness"_s, 1, Fits::AnyIndicator, {{u"period"_s, Type::Duration, {}, false}, bucket}},
        {u"rank"_s,
         1,
         Fits::ComparedPlaces,
         {{u"fn"_s, Type::Choice, kFns + QStringList{u"median"_s}, false},
          {u"order"_s, Type::Choice, {u"desc"_s, u"asc"_s}, false},
          {u"top"_s, Type::Count, {}, false}}},
        {u"share"_s,
         1,
         Fits::ComparedPlaces,
         {{u"fn"_s, Type::Choice, {u"sum"_s, u"mean"_s, u"count"_s}, false}}},
        {u"target"_s, 1, Fits::WithTargets, {}},
        {u"benchmark"_s, 1, Fits::WithNational, {}},
    };
}

} // namespace

const QList<StatKindSpec>& statKinds()
{
    static const QList<StatKindSpec> kinds = makeKinds();
    return kinds;
}

bool fitsParameter(const StatParameter& spec, const QJsonValue& v)
{
    switch (spec.type) {
    case Type::Number:
        return v.isDouble() && std::isfinite(v.toDouble());
    case Type::Fraction:
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1;
    case Type::Count:
        return v.isDouble() && v.toDouble() >= 1 && v.toDouble() == std::floor(v.toDouble());
    case Type::Choice:
        return v.isString() && spec.choices.contains(v.toString());
    case Type::Duration:
        return v.isString() && parseStatDuration(v.toString()).has_value();
    case Type::Positive:
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0;
    case Type::List:
        return v.isArray() || v.isObject();
    }
    return false;
}

const StatKindSpec* statKind(const QString& kind)
{
    for (const StatKindSpec& spec : statKinds()) {
        if (spec.kind == kind)
            return &spec;
    }
    return nullptr;
}

const QStringList& statBuckets()
{
    static const QStringList buckets = {u"1h"_s, u"1d"_s, u"1w"_s, u"1mo"_s, u"1q"_s, u"1y"_s};
    return buckets;
}

std::optional<std::int64_t> parseStatDuration(const QString& text)
{
    static const QRegularExpression pattern(u"^(-?)([0-9]{1,6})(min|h|d|w)$"_s);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const std::int64_t n = m.captured(2).toLongLong();
    const QString unit = m.captured(3);
    const std::int64_t ms = unit == u"min"_s ? 60'000
                            : unit == u"h"_s ? 3'600'000
                            : unit == u"d"_s ? 86'400'000
                                             : 604'800'000;
    return (m.captured(1).isEmpty() ? 1 : -1) * n * ms;
}

std::optional<StatWindow> parseStatWindow(const QString& text)
{
    static const QStringList units = {u"day"_s, u"week"_s, u"month"_s, u"quarter"_s, u"year"_s};
    const QString t = text.simplified();
    if (t == u"all"_s)
        return StatWindow{};
    if (t == u"today"_s)
        return StatWindow{StatWindow::Kind::This, 0, u"day"_s};
    if (t.startsWith(u"this "_s) && units.contains(t.mid(5)))
        return StatWindow{StatWindow::Kind::This, 0, t.mid(5)};
    if (t.startsWith(u"last full "_s) && units.contains(t.mid(10)))
        return StatWindow{StatWindow::Kind::LastFull, 0, t.mid(10)};
    if (t.startsWith(u"last "_s)) {
        const auto d = parseStatDuration(t.mid(5));
        if (d && *d > 0)
            return StatWindow{StatWindow::Kind::Last, *d, QString()};
    }
    return std::nullopt;
}

} // namespace cityops
