#pragma once

// A mapping file: how the columns of a CSV or NDJSON file become CityOps series.
//
//   {
//     "format": "csv",                        // or "ndjson"; "delimiter": ";" for CSV
//     "timestamp": {"column": "date_time", "format": "yyyy-MM-dd HH:mm:ss",
//                   "timeZone": "America/Chicago", "ambiguous": "earlier",
//                   "zoneSuffix": "respect"},
//     "naValues": ["NA", ""],
//     "duplicates": "last",                   // first | last | mean | reject
//     "quality": {"column": "qc", "values": {"Valid": "good", "Invalid": "bad"}, "other": "suspect"},
//     "series": [
//       {"column": "traffic_volume", "indicator": "traffic.flow", "station": "i94-atr301", "unit": "veh/h"},
//       {"column": "temp", "indicator": "hydro.air-temperature", "station": "i94-atr301", "unit": "K",
//        "convertTo": "Cel"},
//       {"column": "value", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}
//     ],
//     "note": "free text for the people who read the mapping"
//   }
//
// timestamp.format: "iso8601" (offset optional), "epoch-s", "epoch-ms" or a pattern of
// yyyy MM dd HH mm ss zzz. timeZone (IANA name, "UTC", or "+07:00") applies to times
// without an offset; with zoneSuffix "ignore" a stated offset is ignored too (for files
// whose "Z" is not true). ambiguous: which instant a repeated local hour means
// (earlier — the default, as in the first pass through the hour —, later, or reject).

#include "core/catalog/catalog.h"
#include "core/catalog/unitconversion.h"
#include "core/common/civiltime.h"
#include "core/common/result.h"
#include "core/store/observation.h"
#include "core/store/observationwriter.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace cityops::feeds::files {

enum class FileFormat
{
    Csv,
    Ndjson,
};

using store::DuplicatePolicy;

enum class AmbiguousTimePolicy
{
    Earlier,
    Later,
    Reject,
};

struct SeriesMapping
{
    QString column;
    QString indicator;
    QString place;             // a fixed place (station, area or free name)…
    QString placeColumn;       // …or the column that names it on each row
    QString unit;              // as given by the file
    UnitConversion conversion; // from `unit` to the indicator's unit (identity if equal)
    ValueRange plausible;      // in the indicator's unit
    QString indicatorUnit;
    int periodSeconds = 0;
};

struct QualityMapping
{
    QString column;
    // Source flag → quality; std::nullopt means "bad": the value is quarantined.
    QHash<QString, std::optional<store::Quality>> values;
    std::optional<store::Quality> other = store::Quality::Suspect; // a flag not listed
    bool otherIsBad = false;
};

struct Mapping
{
    QString name; // file name, for messages
    FileFormat format = FileFormat::Csv;
    char delimiter = ',';
    QString timestampColumn;
    QString timestampFormatText;
    TimestampFormat timestampFormat = *TimestampFormat::make(QStringLiteral("iso8601"), nullptr);
    QString timeZoneName;
    QTimeZone timeZone;
    bool ignoreZoneSuffix = false;
    AmbiguousTimePolicy ambiguous = AmbiguousTimePolicy::Earlier;
    QStringList naValues;
    DuplicatePolicy duplicates = DuplicatePolicy::Last;
    std::optional<QualityMapping> quality;
    QList<SeriesMapping> series;
    QString note;
    QByteArray sourceText; // the mapping as read (stored with each ingest run)

    // Reads and validates a mapping against the catalog. Every problem is reported at
    // once, one per line, as "MAPPING: /json/pointer: reason".
    static Result<Mapping> load(const QString& path, const Catalog& catalog);
    static Result<Mapping> parse(const QByteArray& json, const QString& name, const Catalog& catalog);
};

using store::duplicatePolicyName;

} // namespace cityops::feeds::files
