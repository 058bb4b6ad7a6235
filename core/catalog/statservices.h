#pragma once

// The kinds of statistics service and what each may be given: the vocabulary of
// services.json. The catalog checks services against it (a kind it does not know, a
// parameter of the wrong type or out of range, a kind that does not fit its indicator);
// core/stats implements the kinds. Adding a service is a data change; adding a kind is
// one entry here and one function there.

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace cityops {

struct StatParameter
{
    enum class Type
    {
        Number,   // any finite number
        Fraction, // a number in [0, 1]
        Count,    // a whole number ≥ 1
        Choice,   // one of `choices`
        Duration, // "30min", "24h", "7d", "-2h" (a lag may be negative)
        Positive, // a finite number > 0
        List,     // an array or object, checked by its kind's own reader (a rule's levels)
    };
    QString key;
    Type type = Type::Number;
    QStringList choices;
    bool required = false;
};

struct StatKindSpec
{
    enum class Fits
    {
        AnyIndicator,
        ComparedPlaces, // across the places of an area or station indicator (rank, share)
        WithTargets,    // a KPI with targets
        WithNational,   // a KPI with a national figure
    };
    QString kind;
    int indicators = 1; // how many indicators the service names (correlation: 2)
    Fits fits = Fits::AnyIndicator;
    QList<StatParameter> parameters;
};

// Whether `value` is of the parameter's type and in its range (a List: an array or object).
bool fitsParameter(const StatParameter& spec, const QJsonValue& value);

// Every kind, in the order of the documentation.
const QList<StatKindSpec>& statKinds();
const StatKindSpec* statKind(const QString& kind);

// The bucket widths a service may ask for: 1h, 1d, 1w, 1mo, 1q, 1y.
const QStringList& statBuckets();

// A window as services.json writes it, read: "last 24h" (Last, 24 h), "this month" (This,
// month), "last full year" (LastFull, year), "today" (This, day), "all".
struct StatWindow
{
    enum class Kind
    {
        All,
        Last,     // the `lastMs` before the instant asked for
        This,     // the calendar `unit` containing it, up to it
        LastFull, // the calendar `unit` before the one containing it
        Fixed,    // [from, to) as given (a service's fixed range, the CLI's --from/--to)
    };
    Kind kind = Kind::All;
    std::int64_t lastMs = 0;
    QString unit; // "day", "week", "month", "quarter", "year"
};
std::optional<StatWindow> parseStatWindow(const QString& text);

// "30min", "24h", "7d", "2w", "-2h" in milliseconds; nullopt when not understood.
std::optional<std::int64_t> parseStatDuration(const QString& text);

} // namespace cityops
